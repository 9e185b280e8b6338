"""Docs that state facts about the code say what the code does: counts and lists computed, not remembered."""

from __future__ import annotations

import re
from pathlib import Path

from datamask_sql.catalog.live import INTROSPECTORS
from datamask_sql.policy.packs import builtin_packs, load_packs

DOCS = Path(__file__).resolve().parents[1] / "docs"
NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def text_of(name: str) -> str:
    return " ".join((DOCS / name).read_text(encoding="utf-8").split())


def test_policy_packs_doc_names_exactly_the_transforms_the_packs_use():
    used = set()
    for pack in load_packs(list(builtin_packs()), "policy.yml", lambda i: None):
        for rule in pack.classes.values():
            used.add(rule.rule["transform"] if isinstance(rule.rule, dict) else rule.rule or "null")
    match = re.search(r"The shipped packs use (\w+) transforms: ([^.]+)\.", text_of("policy-packs.md"))
    assert match, "docs/policy-packs.md no longer says which transforms the packs use"
    assert match.group(1) == NUMBERS[len(used)]
    assert set(re.findall(r"`(\w+)`", match.group(2))) == used


def test_relationships_doc_names_every_engine_keys_are_read_from():
    section = text_of("relationships.md").split("## Where foreign keys come from", 1)[1].split("## ", 1)[0]
    shown = {"duckdb": "DuckDB", "postgres": "PostgreSQL", "mysql": "MySQL/MariaDB", "spark": "Spark"}
    assert set(INTROSPECTORS) <= set(shown), "name the new engine in docs/relationships.md"
    assert [shown[d] for d in INTROSPECTORS if shown[d] not in section] == []
