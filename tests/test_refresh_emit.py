"""Refresh SQL for engines without a server here: MERGE emitted and parsed back; plan-time refusals at file:line."""

from __future__ import annotations

import pytest
import sqlglot
from sqlglot import exp

from datamask_sql.catalog.ddl import read_ddl
from datamask_sql.dialects import get_dialect
from datamask_sql.emit import emit_sql
from datamask_sql.errors import PlanError
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy
from datamask_sql.render import render

DDL = """
CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(80), upd TIMESTAMP NOT NULL);
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL REFERENCES customer(id), upd INT NOT NULL,
  note VARCHAR(20));
"""
POLICY = """version: 1
target: {schema: masked}
tables:
  customer:
    incremental: {cursor: upd}
    columns: {id: keep, email: email, upd: keep}
  orders:
    incremental: {cursor: upd, deletes: true}
    columns: {id: keep, customer_id: keep, upd: keep, note: hash}
"""


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    path = tmp_path_factory.mktemp("ddl") / "schema.sql"
    path.write_text(DDL, encoding="utf-8")
    return read_ddl(path, "postgres", "public")


def _plan(catalog, policy_text: str = POLICY):
    return plan(parse_policy(policy_text, "p.yml"), catalog)


@pytest.mark.parametrize("name", ["snowflake", "bigquery", "tsql", "spark", "postgres", "duckdb", "redshift"])
def test_merge_is_emitted_and_parses_back(name, catalog):
    dialect = get_dialect(name)
    emitted = emit_sql(render(_plan(catalog), dialect, frozenset({"customer", "orders"})))
    merge = emitted.of_kind("merge")
    assert merge, "a refresh has a merge file"
    parsed = [sqlglot.parse_one(s.sql, read=dialect.sqlglot_dialect) for s in merge[0].statements]
    merges = [p for p in parsed if isinstance(p, exp.Merge)]
    deletes = [p for p in parsed if isinstance(p, exp.Delete)]
    assert len(merges) == 2 and len(deletes) == 2
    # Written tables are the targets only; the deletes read the source.
    assert {s.writes for s in merge[0].statements if s.writes} == {(("masked", "customer"),), (("masked", "orders"),)}
    # The stage reads only the rows past the watermark recorded in the state table.
    stage = next(f for f in emitted.of_kind("table") if f.table == "customer")
    assert "_datamask_meta" in stage.text and "watermark" in stage.text


def test_mysql_upserts_on_duplicate_key(catalog):
    emitted = emit_sql(render(_plan(catalog), get_dialect("mysql"), frozenset({"customer", "orders"})))
    text = emitted.of_kind("merge")[0].text
    assert "ON DUPLICATE KEY UPDATE" in text and "MERGE" not in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("incremental: {cursor: nope}", "has no column 'nope'"),
        ("incremental: {cursor: email}", "not a number, date or timestamp"),
        ("incremental: {cursor: upd, key: [email]}", "is not unique in the source"),
    ],
)
def test_bad_incremental_specs_are_refused_at_their_line(change, message, catalog):
    text = POLICY.replace("incremental: {cursor: upd}", change, 1)
    with pytest.raises(PlanError) as caught:
        _plan(catalog, text)
    assert message in caught.value.message and caught.value.line == 5


def test_a_subset_with_incremental_is_refused(catalog):
    text = POLICY.replace("  orders:\n", '  orders:\n    subset: {where: "upd > 1"}\n', 1)
    with pytest.raises(PlanError) as caught:
        _plan(catalog, text)
    assert "subsets" in caught.value.message and "closure" in (caught.value.hint or "")
