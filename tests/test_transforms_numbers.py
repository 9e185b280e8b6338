"""hash_int (and the other numeric transforms): engine output equals the Python reference; ranges; plan notes."""

from __future__ import annotations

import decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.errors import PlanError
from datamask_sql.transforms import RefContext, get_transform
from datamask_sql.transforms.numbers import birthday_bound, decimal_bounds
from tests.engines import mask_column, mask_tables, reference_column
from tests.strategies import ENGINE_SETTINGS, batches

HASH_INT_CASES = [
    ("INT", {"transform": "hash_int"}, st.integers(-(2**31), 2**31 - 1)),
    ("SMALLINT", {"transform": "hash_int", "min": -50, "max": 50}, st.integers(-(2**15), 2**15 - 1)),
    ("BIGINT", {"transform": "hash_int", "min": 1000, "max": 9999}, st.integers(-(2**63), 2**63 - 1)),
    ("BIGINT", {"transform": "hash_int", "min": -5}, st.integers(-(2**63), 2**63 - 1)),
]


@pytest.mark.parametrize("type_sql,rule,ints", HASH_INT_CASES, ids=lambda x: str(x) if isinstance(x, str) else None)
@settings(ENGINE_SETTINGS, max_examples=15)
@given(data=st.data())
def test_hash_int_engine_equals_reference(engine, type_sql, rule, ints, data):
    values = data.draw(batches(ints))
    out = mask_column(engine, type_sql, values, rule)
    assert out == reference_column(engine, type_sql, values, rule)
    low = rule.get("min", 1)
    high = rule.get("max", 2**31 - 1 if type_sql == "INT" else 2**63 - 1)
    assert all(low <= o <= high for o in out if o is not None)


def test_hash_int_golden_vectors():
    t = get_transform("hash_int")
    ctx = RefContext(reference.derive_key("golden"), "customers.id", Column("id", exp.DataType.build("INT")))
    assert [t.reference(v, ctx, t.Params()) for v in (1, 2, 2**31 - 1)] == GOLDEN
    assert t.reference(1, ctx, t.Params(min=10, max=19)) == 10 + reference.hex_int(ctx.digest(1), 1, 15) % 10


GOLDEN = [1657535617, 1560705820, 109560433]


def test_unique_column_gets_a_collision_note(duckdb_engine):
    schema = duckdb_engine.fresh_schema()
    duckdb_engine.create_table(schema, "t", [("id", "BIGINT", False)], primary_key=("id",))
    duckdb_engine.insert(schema, "t", ["id"], [(i,) for i in range(50)])
    _, compiled, result = mask_tables(duckdb_engine, schema, {"t": {"id": {"transform": "hash_int"}}})
    note = [n for n in compiled.plan.notes if n.startswith("t.id: hash_int")]
    assert note and "1000000 rows" in note[0]
    assert result.outcome == "succeeded"
    assert birthday_bound(10_000, 2**31) == pytest.approx(0.02301, abs=1e-4)
    assert birthday_bound(1_000_000, 2**60) < 1e-6


def test_unique_column_with_a_small_range_is_refused(duckdb_engine):
    schema = duckdb_engine.fresh_schema()
    duckdb_engine.create_table(schema, "t", [("id", "INT", False)], primary_key=("id",))
    with pytest.raises(PlanError, match="collide") as err:
        mask_tables(duckdb_engine, schema, {"t": {"id": {"transform": "hash_int", "min": 1, "max": 1000}}})
    assert "hash_int" in err.value.hint


def test_hash_int_range_must_fit_the_type(duckdb_engine):
    with pytest.raises(PlanError, match="does not fit the type"):
        mask_column(duckdb_engine, "SMALLINT", [1], {"transform": "hash_int", "max": 100000})
    with pytest.raises(PlanError, match="max must be at least min"):
        mask_column(duckdb_engine, "INT", [1], {"transform": "hash_int", "min": 5, "max": 1})


def _decimals(precision: int, scale: int) -> st.SearchStrategy:
    top = decimal.Decimal(10) ** (precision - scale) - decimal.Decimal(1).scaleb(-scale)
    return st.decimals(min_value=-top, max_value=top, places=scale, allow_nan=False, allow_infinity=False)


NOISE_CASES = [
    ("INT", {"transform": "noise", "percent": 10}, st.integers(-(2**31), 2**31 - 1)),
    ("BIGINT", {"transform": "noise", "percent": 50, "decimals": -2}, st.integers(-(2**63), 2**63 - 1)),
    ("DECIMAL(12,2)", {"transform": "noise", "percent": 2.5}, _decimals(12, 2)),
    ("DECIMAL(18,4)", {"transform": "noise", "percent": 10, "decimals": 1}, _decimals(18, 4)),
]


@pytest.mark.parametrize("type_sql,rule,numbers", NOISE_CASES, ids=lambda x: str(x) if isinstance(x, str) else None)
@settings(ENGINE_SETTINGS, max_examples=15)
@given(data=st.data())
def test_noise_engine_equals_reference_and_stays_in_bounds(engine, type_sql, rule, numbers, data):
    values = data.draw(batches(numbers))
    out = mask_column(engine, type_sql, values, rule)
    assert out == reference_column(engine, type_sql, values, rule)
    col = Column("v", exp.DataType.build(type_sql))
    low, high = decimal_bounds(col)
    unit = decimal.Decimal(1).scaleb(-rule.get("decimals", col.scale or 0))
    for before, after in zip(values, out):
        if before is None:
            continue
        before, after = decimal.Decimal(before), decimal.Decimal(after)
        assert low <= after <= high
        limit = abs(before) * decimal.Decimal(str(rule["percent"])) / 100 + unit / 2
        assert abs(after - before) <= limit or after in (low, high)
        if abs(before) >= unit:
            assert after == 0 or (after > 0) == (before > 0)


def test_noise_golden_vectors():
    t = get_transform("noise")
    ctx = RefContext(
        reference.derive_key("golden"), "orders.total", Column("total", exp.DataType.build("DECIMAL(10,2)"))
    )
    assert t.reference(decimal.Decimal("1234.56"), ctx, t.Params(percent=10)) == NOISE_GOLDEN
    assert t.reference(decimal.Decimal("99999999.99"), ctx, t.Params(percent=50)) <= decimal.Decimal("99999999.99")


NOISE_GOLDEN = decimal.Decimal("1351.23")


def test_noise_refuses_more_decimals_than_the_scale(duckdb_engine):
    with pytest.raises(PlanError, match="more than the column's scale"):
        mask_column(duckdb_engine, "DECIMAL(10,2)", [1], {"transform": "noise", "percent": 5, "decimals": 3})
    with pytest.raises(PlanError, match="less than or equal to 50"):
        mask_column(duckdb_engine, "INT", [1], {"transform": "noise", "percent": 80})
