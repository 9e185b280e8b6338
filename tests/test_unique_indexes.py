"""A unique index is a key: injectivity checks see it on every engine, and give every engine the same verdict."""

from __future__ import annotations

import pytest
import yaml
from sqlglot import exp

from datamask_sql.catalog import introspect
from datamask_sql.errors import PlanError
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy

ENGINES = ("duckdb", "postgres", "mariadb")


def _source(engine) -> str:
    """account(id, handle) with handle unique through CREATE UNIQUE INDEX only, no constraint."""
    s = engine.fresh_schema("uix")
    engine.create_table(s, "account", [("id", "INT", False), ("handle", "VARCHAR(40)", True)], primary_key=("id",))
    index = exp.Create(
        this=exp.Index(
            this=exp.to_identifier(f"handle_{s}"),
            table=exp.table_(exp.to_identifier("account"), db=exp.to_identifier(s)),
            params=exp.IndexParameters(columns=[exp.column("handle")]),
        ),
        kind="INDEX",
        unique=True,
    )
    engine.conn.execute(engine.sql(index))
    return s


def _plan(engine, schema: str, rule) -> None:
    doc = {
        "version": 1,
        "source": {"schema": schema},
        "target": {"schema": f"{schema}_m"},
        "tables": {"account": {"columns": {"id": "keep", "handle": rule}}},
    }
    plan(parse_policy(yaml.safe_dump(doc), "p.yml"), introspect(engine.conn))


@pytest.mark.parametrize("name", ENGINES)
@pytest.mark.parametrize(
    "rule",
    [
        {"transform": "expression", "sql": "upper(handle)"},
        {"transform": "partial", "keep_first": 1},
        {"transform": "constant", "value": "x"},
    ],
    ids=["expression", "partial", "constant"],
)
def test_unique_index_refuses_lossy_rules_on_every_engine(name, rule, request):
    engine = request.getfixturevalue(f"{name}_engine")
    s = _source(engine)
    assert engine.name == name and introspect(engine.conn).table(s, "account").is_unique("handle")
    with pytest.raises(PlanError, match=r"account\.handle \(\w+(\(40\))?\) is a primary or unique key"):
        _plan(engine, s, rule)


@pytest.mark.parametrize("name", ENGINES)
def test_unique_index_accepts_injective_rules_on_every_engine(name, request):
    engine = request.getfixturevalue(f"{name}_engine")
    s = _source(engine)
    _plan(engine, s, {"transform": "hash", "length": 32})
    _plan(engine, s, "keep")
