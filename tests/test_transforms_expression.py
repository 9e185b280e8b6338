"""expression: policy SQL transpiled per dialect gives the same values on DuckDB and PostgreSQL; unsafe SQL refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datamask_sql.errors import PlanError
from tests.engines import mask_rows
from tests.strategies import ENGINE_SETTINGS

COLUMNS = [("city", "VARCHAR"), ("country", "VARCHAR"), ("n", "INT")]
RULES = {
    "city": {"transform": "expression", "sql": "UPPER(SUBSTRING(city, 1, 3)) || '-' || COALESCE(country, '??')"},
    "country": {
        "transform": "expression",
        "sql": "CASE WHEN country IN ('BR', 'PT') THEN country ELSE 'XX' END",
        "dialect": "postgres",
    },
    "n": {"transform": "expression", "sql": "ABS(n) % 100 + 1", "dialect": "duckdb"},
}
ASCII_ROWS = st.lists(
    st.tuples(
        st.one_of(st.none(), st.text("abcxyzÀé' ", max_size=8)),
        st.one_of(st.none(), st.sampled_from(["BR", "PT", "US", ""])),
        st.one_of(st.none(), st.integers(-(2**31) + 1, 2**31 - 1)),
    ),
    min_size=1,
    max_size=25,
)


@settings(ENGINE_SETTINGS, max_examples=20)
@given(rows=ASCII_ROWS)
def test_engines_agree_and_match_the_intended_values(duckdb_engine, postgres_engine, rows):
    on_duckdb = mask_rows(duckdb_engine, COLUMNS, rows, RULES)
    on_postgres = mask_rows(postgres_engine, COLUMNS, rows, RULES)
    assert on_duckdb == on_postgres
    for (city, country, n), masked in zip(rows, on_duckdb):
        assert masked == (
            None if city is None else city[:3].upper() + "-" + (country if country is not None else "??"),
            country if country in ("BR", "PT") else "XX",
            None if n is None else abs(n) % 100 + 1,
        )


@pytest.mark.parametrize(
    "sql,message",
    [
        ("(SELECT max(n) FROM t)", "SUBQUERY"),
        ("other_column || 'x'", "column 'other_column' does not exist"),
        ("getvariable('datamask_key')", "getvariable"),
        ("sum(n)", "SUM"),
        ("n; DELETE FROM t", "exactly one"),
        ("n +", "cannot parse"),
    ],
)
def test_unsafe_or_invalid_sql_is_refused_at_plan_time(duckdb_engine, sql, message):
    with pytest.raises(PlanError, match=message):
        mask_rows(
            duckdb_engine,
            COLUMNS,
            [],
            {"city": {"transform": "expression", "sql": sql}, "country": "keep", "n": "keep"},
        )
