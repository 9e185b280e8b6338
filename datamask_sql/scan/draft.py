"""The draft policy scan writes: every column decided, each decision commented with its reason.

Sensitive columns are tagged with the shipped packs' classes (`{class: contact.email}`); the rest are kept,
with the reason scan found nothing. The text is YAML written line by line so each comment sits beside its rule.
"""

from __future__ import annotations

import functools
import json
import re

from datamask_sql.catalog.model import Table
from datamask_sql.files import FileScope
from datamask_sql.policy.packs import class_rules, load_packs
from datamask_sql.scan.classify import Finding, pack_of

# Words YAML 1.1 reads as something other than a string when written bare as a key.
_YAML_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~", "version", "include"}
_PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Rules for a class whose pack rule cannot take the column's type: a keyed integer keeps an integer an integer.
_INTEGER_RULE = "{transform: hash_int}"
_INTEGER_TYPES = ("integer",)
# The rule a class stands for, written out where the installed packs predate the class.
_WRITTEN_OUT = {"finance.iban": "{transform: digits}"}


@functools.cache
def _shipped_classes() -> frozenset[str]:
    packs = load_packs(["pii", "pci"], "draft.yml", lambda i: None, FileScope.working_dir())
    return frozenset(class_rules(packs))


def yaml_key(name: str) -> str:
    """`name` as a YAML mapping key: bare when it is a plain identifier, else a double-quoted string."""
    return name if _PLAIN.match(name) and name.lower() not in _YAML_WORDS else json.dumps(name, ensure_ascii=False)


def _comment(text: str) -> str:
    # A comment ends at the line: a name with a line break in it must not end it early.
    return " ".join(text.split())


def _rule(finding: Finding, logical: str) -> str:
    if finding.cls is None:
        return "keep"
    if logical in _INTEGER_TYPES:
        return _INTEGER_RULE
    if finding.cls == "person.birth_date" and logical in ("text", "char"):
        return "{transform: digits}"
    if finding.cls not in _shipped_classes() and finding.cls in _WRITTEN_OUT:
        return _WRITTEN_OUT[finding.cls]
    return f"{{class: {finding.cls}}}"


def _why(finding: Finding) -> str:
    if finding.cls is None:
        return "not sensitive: " + "; ".join(finding.evidence)
    return f"{finding.cls}: " + "; ".join(finding.evidence) + f" (confidence {finding.confidence:.2f})"


def draft_policy(tables: list[Table], findings: dict[tuple[str, str], Finding], schema: str | None) -> str:
    """The draft policy text for `tables`, every column's rule from its finding."""
    packs = sorted({pack_of(f.cls) for f in findings.values() if f.cls}, key=["pii", "pci"].index)
    lines = [
        "# Draft masking policy written by `datamask-sql scan`: review every rule before you rely on it.",
        "# Sensitive columns take a class from the included packs; every other column is kept, and its comment",
        "# says why scan found nothing. A column added to the source later fails compilation (unlisted: error).",
        "version: 1",
    ]
    if packs:
        lines.append(f"include: [{', '.join(packs)}]")
    if schema:
        lines.append(f"source: {{schema: {yaml_key(schema)}}}")
    lines += ["target: {schema: masked}", "defaults:", "  unlisted: error", "tables:"]
    for table in tables:
        lines += [f"  {yaml_key(table.name)}:", "    columns:"]
        for column in table.columns:
            finding = findings[(table.name, column.name)]
            rule = _rule(finding, column.logical)
            lines.append(f"      {yaml_key(column.name)}: {rule}  # {_comment(_why(finding))}")
    return "\n".join(lines) + "\n"
