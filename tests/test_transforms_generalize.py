"""generalize: engine output equals the Python reference for dates, timestamps and integer bands."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datamask_sql.errors import PlanError
from tests.engines import mask_column, reference_column
from tests.strategies import ENGINE_SETTINGS, batches

DATES = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
TIMESTAMPS = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31, 23, 59, 59, 999999))
CASES = [
    ("DATE", {"transform": "generalize", "to": "month"}, DATES),
    ("DATE", {"transform": "generalize", "to": "decade"}, DATES),
    ("TIMESTAMP", {"transform": "generalize", "to": "year"}, TIMESTAMPS),
    ("INT", {"transform": "generalize", "band": 10}, st.integers(-(2**31), 2**31 - 1)),
    ("BIGINT", {"transform": "generalize", "band": 1000}, st.integers(-(2**63), 2**63 - 1)),
]


@pytest.mark.parametrize("type_sql,rule,values_of", CASES, ids=lambda x: str(x) if isinstance(x, str) else None)
@settings(ENGINE_SETTINGS, max_examples=15)
@given(data=st.data())
def test_engine_equals_reference(engine, type_sql, rule, values_of, data):
    values = data.draw(batches(values_of))
    out = mask_column(engine, type_sql, values, rule)
    assert out == reference_column(engine, type_sql, values, rule)


def test_examples(duckdb_engine):
    assert mask_column(duckdb_engine, "INT", [37, 30, 39, -37, 0], {"transform": "generalize", "band": 10}) == [
        30,
        30,
        30,
        -30,
        0,
    ]
    days = [dt.date(2024, 3, 15), dt.date(5, 6, 7), dt.date(1999, 12, 31)]
    assert mask_column(duckdb_engine, "DATE", days, {"transform": "generalize", "to": "decade"}) == [
        dt.date(2020, 1, 1),
        dt.date(1, 1, 1),
        dt.date(1990, 1, 1),
    ]


def test_wrong_parameter_for_the_type_is_refused(duckdb_engine):
    with pytest.raises(PlanError, match="band: N"):
        mask_column(duckdb_engine, "INT", [1], {"transform": "generalize", "to": "year"})
    with pytest.raises(PlanError, match="to: month"):
        mask_column(duckdb_engine, "DATE", [dt.date(2020, 1, 1)], {"transform": "generalize", "band": 10})
