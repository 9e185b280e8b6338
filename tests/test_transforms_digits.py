"""digits: engine output equals the Python reference; Luhn validity; shape kept; plan-time refusals."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.errors import PlanError
from datamask_sql.transforms import RefContext, get_transform
from tests.engines import mask_column, reference_column
from tests.strategies import ANY_CHAR, ENGINE_SETTINGS, UNICODE_TEXT, batches

PHONE_LIKE = st.text(st.one_of(st.sampled_from("0123456789" * 3 + " -()+./"), ANY_CHAR), max_size=40)
RULES = [
    {"transform": "digits"},
    {"transform": "digits", "keep_first": 3, "keep_last": 4},
    {"transform": "digits", "luhn": True, "keep_first": 6, "keep_last": 4},
    {"transform": "digits", "luhn": True, "keep_last": 2, "max_length": 20},
]


@pytest.mark.parametrize(
    "rule", RULES, ids=lambda r: ",".join(f"{k}={v}" for k, v in r.items() if k != "transform") or "plain"
)
@settings(ENGINE_SETTINGS, max_examples=10)
@given(values=batches(st.one_of(PHONE_LIKE, UNICODE_TEXT)))
def test_engine_equals_reference(engine, rule, values):
    # VARCHAR(40): 40 keyed positions, two digest blocks, values up to the maximum length (emoji sequences
    # are several code points, so cut to what the column holds).
    values = [v if v is None else v[:40] for v in values]
    out = mask_column(engine, "VARCHAR(40)", values, rule)
    assert out == reference_column(engine, "VARCHAR(40)", values, rule)


def test_bounded_column_uses_its_length_and_max_length_values(engine):
    # VARCHAR(12): all 12 positions keyed; the full-length value is the extreme case.
    values = ["123456789012", "1-2-3-4-5-6-", "", None, "999999999999"]
    rule = {"transform": "digits", "luhn": True}
    assert mask_column(engine, "VARCHAR(12)", values, rule) == reference_column(engine, "VARCHAR(12)", values, rule)


CARDS = st.lists(st.sampled_from("0123456789"), min_size=12, max_size=19).map("".join)


@settings(ENGINE_SETTINGS, max_examples=12)
@given(cards=st.lists(st.tuples(CARDS, st.sampled_from(["", " ", "-"])), min_size=1, max_size=20))
def test_luhn_outputs_pass_the_check_and_keep_the_ends(engine, cards):
    values = [sep.join(re.findall(".{1,4}", c)) for c, sep in cards]
    out = mask_column(
        engine, "VARCHAR(40)", values, {"transform": "digits", "luhn": True, "keep_first": 6, "keep_last": 4}
    )
    for before, after in zip(values, out):
        assert len(after) == len(before)
        assert reference.luhn_valid(re.sub("[^0-9]", "", after)), (before, after)
        assert after[:6] == before[:6] and after[-4:] == before[-4:]
        assert [c.isdigit() for c in after] == [c.isdigit() for c in before]


def test_non_digits_and_length_are_kept(duckdb_engine):
    values = ["+55 (12) 3923-5555", "DE89 3704 0044 0532 0130 00", "ÅÄÖ-1234-👍🏽"]
    out = mask_column(duckdb_engine, "VARCHAR", values, {"transform": "digits"})
    for before, after in zip(values, out):
        assert re.sub("[0-9]", "#", before) == re.sub("[0-9]", "#", after)
    assert out != values


def test_golden_vectors():
    # Fixed key and domain -> exact outputs; a change here is a new algorithm version.
    t = get_transform("digits")
    col = Column("v", exp.DataType.build("VARCHAR"))
    ctx = RefContext(reference.derive_key("golden"), "people.phone", col)
    assert t.reference("+55 (12) 3923-5555", ctx, t.Params()) == GOLDEN["phone"]
    assert t.reference("4111 1111 1111 1111", ctx, t.Params(luhn=True, keep_first=6, keep_last=4)) == GOLDEN["card"]
    assert reference.derived_digit("0" * 62 + "ff", 32) == "5"
    assert reference.derived_digit("ab" * 32, 33) == str(int(reference.sha256_hex("ab" * 32 + "1")[:2], 16) % 10)


GOLDEN = {"phone": "+20 (17) 9109-1457", "card": "4111 1405 5901 1111"}


def test_plan_refuses_non_text_and_unique_columns(duckdb_engine):
    with pytest.raises(PlanError, match="does not fit"):
        mask_column(duckdb_engine, "INT", [1], {"transform": "digits"})
    with pytest.raises(PlanError, match="less than or equal to 128"):
        mask_column(duckdb_engine, "VARCHAR", ["1"], {"transform": "digits", "max_length": 500})


def test_unbounded_column_keys_32_positions_and_zeroes_the_rest(engine):
    values = ["1234567890" * 5, "+1 " + "9" * 40, "x" * 31 + "12345"]
    rule = {"transform": "digits", "luhn": True, "keep_last": 3}
    out = mask_column(engine, "TEXT", values, rule)
    assert out == reference_column(engine, "TEXT", values, rule)
    assert out[0][32:] == "0" * 18 and out[1][32:] == "0" * 11
    assert all(reference.luhn_valid(re.sub("[^0-9]", "", o)) for o in out)
