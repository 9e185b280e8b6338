"""Targets in another database (catalog, project): one statement reads PROD.public and writes DEV.masked.

The source guard compares (database, schema) pairs: another database with the source's schema name is
allowed, the source's own database and schema (in any spelling the engine folds) is refused, at plan time and
again by the runner; engines that write within one database refuse target.database at the policy's line.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import duckdb
import pytest
import sqlglot
import yaml
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.cli import app
from datamask_sql.connection import connect
from datamask_sql.dialects import DIALECTS, get_dialect
from datamask_sql.emit import emit_sql
from datamask_sql.errors import CatalogError, PlanError, RunError
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy
from datamask_sql.render import render
from datamask_sql.runner import run
from tests.engines import TEST_KEY

SECRET = "target-databases-secret-1"
GOLDEN = Path(__file__).parent / "golden" / "databases"
# Engines where one statement reads one database (catalog, project) and writes another.
ACROSS = sorted(name for name, d in DIALECTS.items() if d.database_level is not None)
TABLES = {
    "customers": {"columns": {"id": "hash_int", "email": "email", "name": {"transform": "fake", "kind": "first_name"}}},
    "orders": {"columns": {"id": "keep", "total": "keep"}},
}
DDL = """
CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(100) UNIQUE, name VARCHAR(80));
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT REFERENCES customers (id), total INT);
"""


def _policy(tmp_path: Path, target: dict, source: dict | None = None) -> Path:
    doc = {"version": 1, "source": source or {}, "target": target, "tables": TABLES}
    path = tmp_path / "policy.yml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def _invoke(*args: str):
    result = CliRunner().invoke(app, list(args), env={"DATAMASK_SECRET": SECRET})
    assert "Traceback" not in result.output
    return result.exit_code, " ".join(result.output.split())


# --- DuckDB: the target is a second database file attached to the session ------------------------


@pytest.fixture
def prod(tmp_path) -> Path:
    """prod.duckdb with main.customers and main.orders (orders.customer_id -> customers.id)."""
    path = tmp_path / "prod.duckdb"
    con = duckdb.connect(str(path))
    con.execute(DDL)
    con.execute("INSERT INTO customers VALUES (1, 'ann@x.org', 'Ann'), (2, 'bob@y.org', 'Bob'), (3, NULL, NULL)")
    con.execute("INSERT INTO orders VALUES (10, 1, 5), (11, 2, 7), (12, 1, 9), (13, NULL, 1)")
    con.close()
    return path


def _state(path: Path) -> list:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables() ORDER BY 1, 2").fetchall()
        return [(t, con.execute(f'SELECT * FROM "{t[0]}"."{t[1]}" ORDER BY ALL').fetchall()) for t in tables]
    finally:
        con.close()


@pytest.mark.duckdb
def test_duckdb_masks_into_an_attached_database_with_the_sources_schema_name(tmp_path, prod):
    before = _state(prod)
    dev = tmp_path / "dev.duckdb"
    url = f"duckdb:///{prod}?attach={dev}"
    code, text = _invoke("run", str(_policy(tmp_path, {"database": "dev", "schema": "main"})), "-s", url)
    assert code == 0, text
    assert "into schema 'dev.main'" in text and "checks passed" in text
    assert _state(prod) == before
    con = duckdb.connect(str(dev), read_only=True)
    customers = con.execute("SELECT id, email, name FROM main.customers ORDER BY id").fetchall()
    joined = con.execute("SELECT count(*) FROM main.orders o JOIN main.customers c ON o.customer_id = c.id").fetchone()
    con.close()
    assert len(customers) == 3 and {c[0] for c in customers}.isdisjoint({1, 2, 3})
    assert {c[1] for c in customers} & {"ann@x.org", "bob@y.org"} == set() and joined == (3,)
    code, text = _invoke("verify", str(tmp_path / "policy.yml"), "-s", url)
    assert code == 0, text


@pytest.mark.duckdb
@pytest.mark.parametrize(
    ("target", "source", "fragment"),
    [
        ({"database": "prod", "schema": "main"}, None, "target schema 'main' is the source schema 'main'"),
        ({"database": "PROD", "schema": "MAIN"}, None, "target schema 'MAIN' is the source schema 'main'"),
        ({"database": " Prod ", "schema": "Main"}, {"database": "prod"}, "is the source schema 'main'"),
    ],
)
def test_duckdb_the_sources_own_database_and_schema_are_refused(tmp_path, prod, target, source, fragment):
    before = _state(prod)
    dev = tmp_path / "dev.duckdb"
    code, text = _invoke("run", str(_policy(tmp_path, target, source)), "-s", f"duckdb:///{prod}?attach={dev}")
    assert code == 1 and "masking would overwrite the source" in text and fragment in text, text
    assert "policy.yml:" in text
    assert _state(prod) == before


def _hand_built(url: str, source_database: str | None, target_database: str | None):
    """Work planned for dev.masked, moved by hand onto another (database, schema) with no plan check in the way."""
    conn = connect(url)
    policy = parse_policy(
        yaml.safe_dump({"version": 1, "target": {"database": "dev", "schema": "masked"}, "tables": TABLES}), "p.yml"
    )
    safe = plan(policy, introspect(conn))
    tables = tuple(
        dataclasses.replace(t, target_schema="main", target_database=target_database, source_database=source_database)
        for t in safe.tables
    )
    moved = dataclasses.replace(
        safe, tables=tables, target_schema="main", target_database=target_database, source_database=source_database
    )
    return conn, emit_sql(render(moved, get_dialect("duckdb")))


@pytest.mark.duckdb
@pytest.mark.parametrize(
    ("source_database", "target_database"),
    [("prod", "PROD"), ("prod", None), (None, "dev")],
    ids=["same-database-other-case", "target-database-unnamed", "source-database-unnamed"],
)
def test_the_runner_compares_database_and_schema_pairs(tmp_path, prod, source_database, target_database):
    """Only a database named on both sides tells two databases apart; either unnamed is taken as the same."""
    before = _state(prod)
    conn, emitted = _hand_built(f"duckdb:///{prod}?attach={tmp_path / 'dev.duckdb'}", source_database, target_database)
    with pytest.raises(RunError, match="refusing to run: 000_setup.sql would write schema .*main"):
        run(conn, emitted, TEST_KEY)
    conn.close()
    assert _state(prod) == before


@pytest.mark.duckdb
def test_the_runner_lets_another_database_with_the_same_schema_name_through(tmp_path, prod):
    conn, emitted = _hand_built(f"duckdb:///{prod}?attach={tmp_path / 'dev.duckdb'}", "prod", "dev")
    result = run(conn, emitted, TEST_KEY)
    conn.close()
    assert result.outcome == "succeeded" and result.rows == {"customers": 3, "orders": 4}


def test_a_duckdb_url_takes_only_attach_parameters(tmp_path, prod):
    with pytest.raises(CatalogError, match="unknown or empty DuckDB URL parameter 'atach'"):
        connect(f"duckdb:///{prod}?atach={tmp_path / 'dev.duckdb'}")


# --- Spark: a schema of the session's catalog named through it ------------------------------------


@pytest.mark.spark
def test_spark_writes_through_three_part_names_of_its_catalog(spark_engine, tmp_path):
    schema = spark_engine.fresh_schema("db")
    spark_engine.create_table(schema, "t", [("id", "INT", False), ("v", "VARCHAR(40)", True)])
    spark_engine.insert(schema, "t", ["id", "v"], [(1, "ana@example.org"), (2, None)])
    doc = {
        "version": 1,
        "source": {"schema": schema},
        "target": {"database": "spark_catalog", "schema": f"{schema}_m"},
        "tables": {"t": {"columns": {"id": "keep", "v": "email"}}},
    }
    policy = tmp_path / "policy.yml"
    policy.write_text(yaml.safe_dump(doc, sort_keys=False))
    out = tmp_path / "out"
    result = api.run_policy(policy, spark_engine.conn.url, TEST_KEY, out_dir=out, connection=spark_engine.conn)
    assert result.outcome == "succeeded" and result.rows == {"t": 2}
    assert result.target_schema == f"spark_catalog.{schema}_m"
    got = spark_engine.select(f"{schema}_m", "t", ["id", "v"], "id")
    assert got[1][1] is None and got[0][1] != "ana@example.org" and "@example." in got[0][1]
    swap = next(out.glob("*_swap.sql")).read_text()
    assert f"ALTER TABLE `spark_catalog`.`{schema}_m`.`_dm_stage_" in swap and f"RENAME TO `{schema}_m`.`t`" in swap
    same = dict(doc, target={"database": "SPARK_CATALOG", "schema": schema.upper()})
    policy.write_text(yaml.safe_dump(same, sort_keys=False))
    with pytest.raises(PlanError, match="masking would overwrite the source"):
        api.run_policy(policy, spark_engine.conn.url, TEST_KEY, out_dir=out, connection=spark_engine.conn)


# --- where no database is known, or the engine writes within one ----------------------------------


def _compile(tmp_path: Path, dialect: str, target: dict, source: dict | None = None) -> tuple[int, str]:
    ddl = tmp_path / "schema.sql"
    ddl.write_text(DDL)
    policy = _policy(tmp_path, target, source)
    return _invoke("compile", str(policy), "-s", str(ddl), "--dialect", dialect, "--out", str(tmp_path / "out"))


def test_a_target_database_needs_the_sources_named_when_the_source_cannot_say(tmp_path):
    code, text = _compile(tmp_path, "snowflake", {"database": "DEV", "schema": "masked"})
    assert code == 1, text
    assert "policy.yml:4: target.database:" in text and "set source.database" in text


@pytest.mark.parametrize("dialect", ["postgres", "mysql", "redshift"])
def test_engines_writing_within_one_database_refuse_another_at_the_policys_line(tmp_path, dialect):
    code, text = _compile(tmp_path, dialect, {"database": "dev", "schema": "masked"}, {"database": "prod"})
    assert code == 1, text
    assert "policy.yml:5: target.database: target.database 'dev' is not the source's database 'prod'" in text
    assert get_dialect(dialect).database_refusal in text


def test_postgres_takes_its_own_database_as_target_and_names_two_parts(tmp_path):
    code, text = _compile(tmp_path, "postgres", {"database": "prod", "schema": "masked"}, {"database": "prod"})
    assert code == 0, text
    sql = "".join(p.read_text() for p in sorted((tmp_path / "out").glob("*.sql")))
    assert '"masked"."customers"' in sql and '"prod"' not in sql


@pytest.mark.parametrize(
    ("field", "target", "source"),
    [("target", {"database": "", "schema": "m"}, {"database": "P"}), ("source", {"schema": "m"}, {"database": " "})],
)
def test_an_empty_database_is_refused(tmp_path, field, target, source):
    code, text = _compile(tmp_path, "snowflake", target, source)
    assert code == 1 and f"{field}.database is empty" in text, text


# --- three-part names on the warehouses, reviewed and parsed back ---------------------------------


def _golden_text(dialect: str) -> str:
    compiled = api.compile_policy(
        GOLDEN / "policy.yml", str(GOLDEN / "schema.sql"), TEST_KEY, dialect=dialect, source_dialect="postgres"
    )
    for f in compiled.files:
        for statement in f.statements:
            assert sqlglot.parse_one(statement.sql, read=DIALECTS[dialect].sqlglot_dialect) is not None
    return "".join(f"-- file: {f.name}\n{f.text}\n" for f in compiled.files if f.kind != "lookup")


@pytest.mark.parametrize("dialect", ACROSS)
def test_golden_three_part_names(dialect, update_goldens):
    text = _golden_text(dialect)
    path = GOLDEN / f"{dialect}.sql"
    if update_goldens:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{path} changed; review, then pytest --update-goldens"
    # The source is read from PROD, everything written goes into DEV, under the same schema name.
    quote = {"bigquery": "`", "spark": "`", "tsql": "["}.get(dialect, '"')
    close = "]" if quote == "[" else quote
    assert f"FROM {quote}PROD{close}.{quote}public{close}.{quote}customers{close}" in text
    written = [line for line in text.splitlines() if line.startswith(("CREATE TABLE", "DROP TABLE"))]
    assert written and all(f"{quote}DEV{close}." in line for line in written)
    assert "PROD" not in "".join(written)


def test_every_warehouse_with_databases_declares_its_word_for_them():
    assert ACROSS == ["bigquery", "duckdb", "snowflake", "spark", "trino", "tsql"]
    assert {DIALECTS[d].database_level for d in ACROSS} == {"database", "project", "catalog"}
