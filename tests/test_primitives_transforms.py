"""Builder table for the primitives the value transforms added: (dialect, expected SQL)."""

from __future__ import annotations

import pytest
from sqlglot import exp

from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql

V = exp.column("v")
CASES = [
    (
        "mod of a difference keeps its parentheses",
        lambda d: d.mod(exp.Sub(this=exp.Literal.number(10), expression=V), 10),
        {"duckdb": '(10 - "v") % 10', "postgres": '(10 - "v") % 10'},
    ),
    (
        "make_date",
        lambda d: d.make_date(d.year_of(V), exp.Literal.number(1), exp.Literal.number(1)),
        {
            "duckdb": 'MAKE_DATE(CAST(EXTRACT(YEAR FROM "v") AS INT), 1, 1)',
            "postgres": 'MAKE_DATE(CAST(EXTRACT(YEAR FROM "v") AS INT), 1, 1)',
        },
    ),
    (
        "regexp_replace_all is global",
        lambda d: d.regexp_replace_all(V, "[0-9]", "#"),
        {"duckdb": "REGEXP_REPLACE(\"v\", '[0-9]', '#', 'g')", "postgres": "REGEXP_REPLACE(\"v\", '[0-9]', '#', 'g')"},
    ),
    (
        "index_in",
        lambda d: d.index_in("0123456789", V),
        {"duckdb": "STRPOS('0123456789', \"v\")", "postgres": "POSITION(\"v\" IN '0123456789')"},
    ),
]


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
@pytest.mark.parametrize("name,build,expected", CASES, ids=[c[0] for c in CASES])
def test_primitive_sql(dialect, name, build, expected):
    d = get_dialect(dialect)
    assert to_sql(d, build(d)) == expected[dialect]
