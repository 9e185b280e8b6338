"""redact_text: engine output equals the Python reference on free text with embedded emails, phones and cards."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datamask_sql.errors import PlanError
from tests.engines import mask_column, reference_column
from tests.strategies import ENGINE_SETTINGS, UNICODE_TEXT, batches

WORDS = st.sampled_from(
    [
        "call",
        "mail",
        "ana.souza+x@mail.example.co.uk",
        "bob@x.io",
        "a@b",
        "@@",
        "x@y.",
        "+55 (11) 91234-5678",
        "4111-1111-1111-1111",
        "zoë@exämple.de",
        "ID 123.456.789-00",
        "user@host-1.example",
        ".",
        "é",
        "👍🏽",
    ]
)
FREE_TEXT = st.lists(st.one_of(WORDS, UNICODE_TEXT), max_size=8).map(" ".join)
RULES = [
    {"transform": "redact_text"},
    {"transform": "redact_text", "email": None, "digit": "0"},
    {"transform": "redact_text", "email": "[email]", "digit": None},
]


@pytest.mark.parametrize("rule", RULES, ids=["default", "digits-only", "emails-only"])
@settings(ENGINE_SETTINGS, max_examples=20)
@given(values=batches(FREE_TEXT))
def test_engine_equals_reference(engine, rule, values):
    assert mask_column(engine, "TEXT", values, rule) == reference_column(engine, "TEXT", values, rule)


def test_bounded_column_truncates_like_the_engine(postgres_engine):
    values = ["a@b.co x", "mail a@b.co"]
    rule = {"transform": "redact_text"}
    out = mask_column(postgres_engine, "VARCHAR(12)", values, rule)
    assert out == reference_column(postgres_engine, "VARCHAR(12)", values, rule) == ["user@example", "mail user@ex"]


def test_example(duckdb_engine):
    out = mask_column(
        duckdb_engine, "VARCHAR", ["mail ana@x.com or call +55 11 91234-5678"], {"transform": "redact_text"}
    )
    assert out == ["mail user@example.com or call +## ## #####-####"]
    assert not re.search("[0-9]", out[0].replace("user@example.com", ""))


def test_replacements_with_regex_meaning_are_refused(duckdb_engine):
    with pytest.raises(PlanError, match="replacements cannot contain"):
        mask_column(duckdb_engine, "VARCHAR", ["x"], {"transform": "redact_text", "email": "$1@x"})
