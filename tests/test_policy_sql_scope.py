"""Policy SQL in a real plan: lookup tables confined to the source scope, subset.where and when: checked, every
refusal at the policy's file:line, and through the CLI exit 1 (never a traceback), tokenizer errors included."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml
from typer.testing import CliRunner

from datamask_sql.catalog import introspect
from datamask_sql.cli import app
from datamask_sql.connection import connect
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import PlanError
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy
from datamask_sql.render.subset import SubsetSQL

SCHEMA_SQL = """
CREATE SCHEMA app; CREATE SCHEMA secret; CREATE SCHEMA other;
CREATE TABLE app.t (id INTEGER PRIMARY KEY, v VARCHAR(40), country VARCHAR(2), n INTEGER);
CREATE TABLE app.names (nm VARCHAR(40));
CREATE TABLE app."Odd Names" ("Nick Name" VARCHAR(40));
CREATE TABLE app.pg_class (nm VARCHAR(40));
CREATE TABLE secret.payroll (id INTEGER PRIMARY KEY, name VARCHAR(40), salary INTEGER);
CREATE TABLE other.x (id INTEGER PRIMARY KEY, nm VARCHAR(40));
INSERT INTO app.t VALUES (1, 'a', 'DE', 1), (2, 'b', 'BR', 2);
INSERT INTO app.names VALUES ('Ana'), ('Bo');
INSERT INTO secret.payroll VALUES (1, 'boss', 100);
"""


@pytest.fixture(scope="module")
def catalog():
    conn = connect("duckdb:///:memory:")
    conn.raw.execute(SCHEMA_SQL)
    yield introspect(conn)
    conn.close()


def policy(v_rule, *, subset=None, extra_tables=None) -> str:
    tables = {"t": {"columns": {"id": "keep", "v": v_rule, "country": "keep", "n": "keep"}}}
    if subset is not None:
        tables["t"]["subset"] = subset
    tables.update(extra_tables or {})
    doc = {"version": 1, "source": {"schema": "app"}, "target": {"schema": "masked"}, "tables": tables}
    return yaml.safe_dump(doc, sort_keys=False, default_flow_style=False)


def line_of(text: str, key: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if line.strip().startswith(f"{key}:"))


def fake(table: str, column: str = "nm") -> dict:
    return {"transform": "fake", "lookup": {"table": table, "column": column}}


def refused(catalog, text: str) -> PlanError:
    with pytest.raises(PlanError) as err:
        plan(parse_policy(text, "p.yml"), catalog)
    assert err.value.file == "p.yml"
    return err.value


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("secret.payroll", "outside the policy's source scope (app)"),
        ("pg_catalog.pg_authid", "system schema"),
        ("PG_CATALOG.pg_class", "system schema"),
        ("information_schema.tables", "system schema"),
        ("mysql.user", "system schema"),
        ("performance_schema.threads", "system schema"),
        ("sys.objects", "system schema"),
        ("pg_authid", "does not exist in schema 'app'"),
        ("nope.names", "outside the policy's source scope"),
        ('"NAMES"', "does not exist in schema 'app'"),  # quoted: exact spelling only
        ("pg_read_file('/etc/passwd')", "not a plain table name"),
        ("read_text('/etc/passwd')", "not a plain table name"),
        ("read_csv('/etc/passwd')", "not a plain table name"),
        ("current_setting('datamask.key')", "not a plain table name"),
        ("set_config('datamask.key', 'x', false)", "not a plain table name"),
        ("(SELECT 'x' AS nm)", "not a plain table name"),
        ("app.names AS x", "not a plain table name"),
        ("memory.app.names", "not a plain table name"),
        ("names; DROP TABLE app.t", "not a plain table name"),
        ("'names", "not a plain table name"),
    ],
)
def test_lookup_tables_outside_the_source_scope_are_refused(catalog, table, message):
    text = policy(fake(table))
    err = refused(catalog, text)
    assert message in err.message
    assert err.path == "tables.t.columns.v.lookup.table"
    assert err.line == line_of(text, "table")
    assert err.hint


def test_a_lookup_column_must_exist(catalog):
    text = policy(fake("names", "nope"))
    err = refused(catalog, text)
    assert "lookup column 'nope' does not exist in table 'app.names'" in err.message
    assert err.line == line_of(text, "column") and err.path.endswith("lookup.column")


def _lookup_from(result):
    (table,) = [t for t in result.tables if t.name == "t"]
    (column,) = [c for c in table.columns if c.name == "v"]
    return column.params.lookup.warehouse_table()


@pytest.mark.parametrize(
    ("table", "column", "resolved"),
    [
        ("names", "nm", ("app", "names", "nm")),
        ("app.names", "NM", ("app", "names", "nm")),
        ("APP.NAMES", "nm", ("app", "names", "nm")),
        ('"Odd Names"', "nick name", ("app", "Odd Names", "Nick Name")),
        # A source-schema table called like a catalog table is that table, named schema-qualified.
        ("pg_class", "nm", ("app", "pg_class", "nm")),
    ],
)
def test_lookup_tables_in_scope_resolve_to_the_catalog_spelling(catalog, table, column, resolved):
    result = plan(parse_policy(policy(fake(table, column)), "p.yml"), catalog)
    source, name = _lookup_from(result)
    assert (source.db, source.name, name) == resolved


def test_a_schema_the_policy_copies_from_is_in_scope(catalog):
    extra = {"other.x": {"columns": {"id": "keep", "nm": "keep"}}}
    result = plan(parse_policy(policy(fake("other.x"), extra_tables=extra), "p.yml"), catalog)
    source, _ = _lookup_from(result)
    assert (source.db, source.name) == ("other", "x")
    extra = {"secret.payroll": {"columns": {"id": "keep", "name": "keep", "salary": "keep"}}}
    text = policy(fake("secret.payroll", "name"), extra_tables=extra)
    assert _lookup_from(plan(parse_policy(text, "p.yml"), catalog))[0].db == "secret"


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("lo_import('/etc/passwd') > 0", "function 'lo_import'"),
        ("pg_sleep(50) IS NULL", "function 'pg_sleep'"),
        ("SLEEP(50) = 0", "function 'SLEEP'"),
        ("LOAD_FILE('/etc/passwd') IS NULL", "function 'LOAD_FILE'"),
        ("read_text('/etc/passwd') = ''", "function 'read_text'"),
        ("query_to_xml('select 1', true, true, '') IS NULL", "function 'query_to_xml'"),
        ("set_config('datamask.key', 'x', false) = 'x'", "function 'set_config'"),
        ("get_bit(v, 1) = 1", "function 'GETBIT'"),
        ("id IN (SELECT id FROM secret.payroll)", "SUBQUERY"),
        ("random() < 0.5", "function 'RAND'"),
        ("CURRENT_DATE > '2020-01-01'", "function 'CURRENT_DATE'"),
        ("n + 1", "is not a condition"),
        ("contry = 'DE'", "column 'contry' does not exist"),
        ("country = 'DE", "cannot parse"),  # tokenizer error
    ],
)
def test_subset_where_goes_through_the_checked_parser(catalog, where, message):
    text = policy("keep", subset={"where": where})
    err = refused(catalog, text)
    assert message in err.message
    assert err.path == "tables.t.subset.where" and err.line == line_of(text, "where")
    assert "docs/policy-sql.md" in err.hint or "condition" in err.hint or "columns:" in err.hint or "quotes" in err.hint


def test_subset_where_renders_the_checked_tree_with_the_catalog_spelling(catalog):
    result = plan(parse_policy(policy("keep", subset={"where": "COUNTRY = 'DE' AND N > 0"}), "p.yml"), catalog)
    (table,) = [t for t in result.tables if t.name == "t"]
    where = SubsetSQL(result, get_dialect("postgres")).where(table, "a")
    assert to_sql(get_dialect("postgres"), where) == '("a"."country" = \'DE\' AND "a"."n" > 0)'


# -- through the CLI: exit 1 with file:line, never exit 2 --------------------------------------------------

SECRET = "policy-sql-cli-secret-42"


@pytest.fixture
def source(tmp_path) -> str:
    path = tmp_path / "src.duckdb"
    con = duckdb.connect(str(path))
    con.execute(SCHEMA_SQL)
    con.close()
    return f"duckdb:///{path}"


def cli(*args: str):
    return CliRunner().invoke(app, list(args), env={"DATAMASK_SECRET": SECRET})


@pytest.mark.parametrize(
    ("rule", "subset", "key", "fragment"),
    [
        ({"transform": "hash", "when": "v = 'abc"}, None, "when", "cannot parse"),
        ({"transform": "hash", "when": {"sql": "v = $$abc", "dialect": "postgres"}}, None, "when", "cannot parse"),
        ({"transform": "hash", "when": '"abc = v'}, None, "when", "cannot parse"),
        ({"transform": "expression", "sql": "'abc"}, None, "sql", "cannot parse"),
        ({"transform": "expression", "sql": "v || $$x", "dialect": "postgres"}, None, "sql", "cannot parse"),
        ({"transform": "expression", "sql": "current_user || version()"}, None, "sql", "CURRENT_USER"),
        ({"transform": "expression", "sql": "@@datadir", "dialect": "mysql"}, None, "sql", "variables"),
        ("keep", {"where": "v = 'abc"}, "where", "cannot parse"),
        ("keep", {"where": "pg_sleep(50) IS NULL"}, "where", "pg_sleep"),
        (fake("secret.payroll", "name"), None, "table", "outside the policy's source scope"),
        (fake("pg_read_file('/etc/passwd')"), None, "table", "not a plain table name"),
    ],
)
@pytest.mark.parametrize("command", ["compile", "plan", "run"])
def test_the_cli_refuses_with_file_line_and_exit_1(tmp_path, source, command, rule, subset, key, fragment):
    text = policy(rule, subset=subset)
    path = tmp_path / "policy.yml"
    path.write_text(text)
    args = [command, str(path), "--source", source]
    if command != "plan":
        args += ["--out", str(tmp_path / "build")]
    result = cli(*args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and "internal error" not in result.output.lower()
    flat = " ".join(result.output.split())
    assert f"{path}:{line_of(text, key)}:" in flat and fragment in flat
    assert not (tmp_path / "build" / "run_order.txt").exists()


def test_a_hostile_policy_writes_nothing_through_the_cli(tmp_path, source):
    path = tmp_path / "policy.yml"
    path.write_text(policy(fake("read_text('/etc/passwd')")))
    assert cli("run", str(path), "--source", source, "--out", str(tmp_path / "build")).exit_code == 1
    con = duckdb.connect(source.removeprefix("duckdb:///"), read_only=True)
    schemas = {r[0] for r in con.execute("SELECT schema_name FROM information_schema.schemata").fetchall()}
    con.close()
    assert "masked" not in schemas


def test_examples_and_packs_still_compile(tmp_path):
    root = Path(__file__).resolve().parents[1]
    shop = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(shop))
    con.execute((root / "examples" / "shop" / "shop.sql").read_text())
    con.close()
    result = cli(
        "compile", str(root / "examples" / "shop" / "policy.yml"), "-s", f"duckdb:///{shop}", "-o", str(tmp_path / "b")
    )
    assert result.exit_code == 0, result.output
