"""No target lands on a source schema: refused at plan time as each engine matches names, and again by the runner."""

from __future__ import annotations

import dataclasses
import os

import duckdb
import pytest
import yaml
from typer.testing import CliRunner

from datamask_sql.catalog import introspect
from datamask_sql.cli import app
from datamask_sql.connection import connect
from datamask_sql.dialects import get_dialect
from datamask_sql.emit import emit_sql
from datamask_sql.errors import RunError
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy
from datamask_sql.render import render
from datamask_sql.runner import run
from tests.conftest import MYSQL_URL
from tests.engines import TEST_KEY

SECRET = "source-guard-secret-1"
ROWS = [(1, "alice"), (2, "bob")]


def _policy(tmp_path, source: str, target: dict, tables: list[str]) -> str:
    doc = {
        "version": 1,
        "source": {"schema": source},
        "target": target,
        "tables": {t: {"columns": {"id": "keep", "v": "hash"}} for t in tables},
    }
    path = tmp_path / "policy.yml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return str(path)


def _refused(tmp_path, policy: str, url: str, *fragments: str) -> str:
    result = CliRunner().invoke(
        app, ["run", policy, "-s", url, "--out", str(tmp_path / "out")], env={"DATAMASK_SECRET": SECRET}
    )
    text = " ".join(result.output.split())
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for fragment in ("masking would overwrite the source", "policy.yml:", *fragments):
        assert fragment in text, text
    return text


def _snapshot(conn, tables: list[tuple[str, str]]) -> dict:
    """Every row of the source tables."""
    out = {}
    for schema, table in tables:
        out[(schema, table)] = conn.query(f'SELECT id, v FROM "{schema}"."{table}" ORDER BY id')  # test-only names
    return out


# --- DuckDB -------------------------------------------------------------------------------------


@pytest.fixture
def duck_file(tmp_path):
    """A DuckDB file with main.t, secret.p and masked_secret.q, each holding ROWS."""
    path = tmp_path / "src.duckdb"
    con = duckdb.connect(str(path))
    for schema, table in (("main", "t"), ("secret", "p"), ("masked_secret", "q")):
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        con.execute(f"CREATE TABLE {schema}.{table} (id INT PRIMARY KEY, v TEXT)")
        con.executemany(f"INSERT INTO {schema}.{table} VALUES (?, ?)", ROWS)
    con.close()
    return path


def _duck_state(path) -> tuple:
    con = duckdb.connect(str(path), read_only=True)
    try:
        tables = con.execute("SELECT schema_name, table_name FROM duckdb_tables() ORDER BY 1, 2").fetchall()
        rows = [con.execute(f'SELECT * FROM "{s}"."{t}" ORDER BY 1').fetchall() for s, t in tables]
        schemas = con.execute("SELECT schema_name FROM duckdb_schemas() ORDER BY 1").fetchall()
    finally:
        con.close()
    return tables, rows, schemas


@pytest.mark.parametrize(
    ("target", "tables", "fragment"),
    [
        ({"schema": "MAIN"}, ["t"], "target schema 'MAIN' is the source schema 'main' (DuckDB ignores case"),
        ({"schema": "Main"}, ["t"], "target schema 'Main' is the source schema 'main'"),
        ({"schema": "db.main"}, ["t"], "target schema 'db.main' contains the source schema 'main'"),
        ({"schema": "masked", "schemas": {"secret": "main"}}, ["t", "secret.p"], "target.schemas.secret:"),
        ({"schema": "masked", "schemas": {"secret": "MAIN"}}, ["t", "secret.p"], "for 'secret' is the source"),
        # The default target of secret is masked_secret, which the policy also reads.
        ({"schema": "masked"}, ["t", "secret.p", "masked_secret.q"], "the default target schema 'masked_secret'"),
    ],
)
def test_duckdb_target_on_a_source_schema_is_refused_and_the_source_is_untouched(
    tmp_path, duck_file, target, tables, fragment
):
    before = _duck_state(duck_file)
    policy = _policy(tmp_path, "main", target, tables)
    _refused(tmp_path, policy, f"duckdb:///{duck_file}", fragment)
    assert _duck_state(duck_file) == before


@pytest.mark.parametrize("blank", ["", "   "])
def test_an_empty_target_schema_is_refused(tmp_path, duck_file, blank):
    policy = _policy(tmp_path, "main", {"schema": blank}, ["t"])
    result = CliRunner().invoke(
        app, ["compile", policy, "-s", f"duckdb:///{duck_file}"], env={"DATAMASK_SECRET": SECRET}
    )
    assert result.exit_code == 1 and "target.schema: target schema is empty" in " ".join(result.output.split())
    mapped = _policy(tmp_path, "main", {"schema": "masked", "schemas": {"secret": blank}}, ["t", "secret.p"])
    result = CliRunner().invoke(
        app, ["compile", mapped, "-s", f"duckdb:///{duck_file}"], env={"DATAMASK_SECRET": SECRET}
    )
    assert result.exit_code == 1 and "target.schemas.secret: target schema is empty" in " ".join(result.output.split())


def test_a_separate_target_still_runs(tmp_path, duck_file):
    before = _duck_state(duck_file)
    policy = _policy(tmp_path, "main", {"schema": "masked", "schemas": {"secret": "masked_s"}}, ["t", "secret.p"])
    result = CliRunner().invoke(
        app,
        ["run", policy, "-s", f"duckdb:///{duck_file}", "--out", str(tmp_path / "o")],
        env={"DATAMASK_SECRET": SECRET},
    )
    assert result.exit_code == 0, result.output
    tables, rows, _ = _duck_state(duck_file)
    assert [r for t, r in zip(tables, rows) if t[0] in ("main", "secret")] == [ROWS, ROWS]
    assert ("masked", "t") in tables and ("masked_s", "p") in tables and before[0] != tables


# --- the runner's own check, with the plan-time one bypassed ---------------------------------------


def _hand_built(con_url: str, target: str):
    """Work compiled for a safe target, then re-planned by hand onto `target` (no Scope check in the way)."""
    conn = connect(con_url)
    policy = parse_policy(
        yaml.safe_dump(
            {"version": 1, "source": {"schema": "main"}, "tables": {"t": {"columns": {"id": "keep", "v": "hash"}}}}
        ),
        "hand.yml",
    )
    safe = plan(policy, introspect(conn))
    moved = dataclasses.replace(
        safe, target_schema=target, tables=tuple(dataclasses.replace(t, target_schema=target) for t in safe.tables)
    )
    return conn, emit_sql(render(moved, get_dialect("duckdb")))


def test_the_runner_refuses_work_that_writes_into_a_source_schema(tmp_path, duck_file):
    before = _duck_state(duck_file)
    conn, emitted = _hand_built(f"duckdb:///{duck_file}", "MAIN")
    with pytest.raises(
        RunError,
        match="refusing to run: 000_setup.sql would write schema MAIN, in schema 'main' the masked copy is read from",
    ) as info:
        run(conn, emitted, TEST_KEY)
    assert info.value.result.outcome == "failed"
    # Nothing ran, not even the key: the session holds no variable.
    assert conn.query("SELECT getvariable('datamask_key')") == [(None,)]
    conn.close()
    assert _duck_state(duck_file) == before


def test_the_runner_reads_the_destructive_statements_themselves(tmp_path, duck_file):
    """A swap whose text was changed by hand (its recorded writes still say 'masked') is caught on its text."""
    before = _duck_state(duck_file)
    conn, emitted = _hand_built(f"duckdb:///{duck_file}", "masked")
    swap = emitted.of_kind("swap")[0]
    forged = tuple(dataclasses.replace(s, sql=s.sql.replace('"masked"."t"', '"Main"."t"')) for s in swap.statements)
    assert forged != swap.statements
    files = tuple(dataclasses.replace(f, statements=forged) if f is swap else f for f in emitted.files)
    with pytest.raises(RunError, match=r"refusing to run: \d+_swap.sql would write table Main.t, in schema 'main'"):
        run(conn, dataclasses.replace(emitted, files=files), TEST_KEY)
    conn.close()
    assert _duck_state(duck_file) == before


# --- PostgreSQL ---------------------------------------------------------------------------------


def test_postgres_public_vs_Public(tmp_path, postgres_url):
    conn = connect(postgres_url)
    table = f"guard_{os.getpid()}"
    conn.execute(f'CREATE TABLE public."{table}" (id INT PRIMARY KEY, v TEXT)')
    conn.execute(f'CREATE SCHEMA IF NOT EXISTS "secret_{table}"')
    conn.execute(f'CREATE TABLE "secret_{table}".p (id INT PRIMARY KEY, v TEXT)')
    for schema, name in (("public", table), (f"secret_{table}", "p")):
        for row in ROWS:
            conn.execute(f'INSERT INTO "{schema}"."{name}" VALUES (%s, %s)', list(row))
    sources = [("public", table), (f"secret_{table}", "p")]
    before = _snapshot(conn, sources)
    cases = [
        ({"schema": "Public"}, "target schema 'Public' is the source schema 'public' (PostgreSQL folds"),
        ({"schema": "PUBLIC"}, "is the source schema 'public'"),
        ({"schema": f"masked_{table}", "schemas": {f"secret_{table}": "public"}}, f"target.schemas.secret_{table}:"),
        ({"schema": f"masked_{table}", "schemas": {f"secret_{table}": "Public"}}, "is the source schema 'public'"),
    ]
    for target, fragment in cases:
        policy = _policy(tmp_path, "public", target, [table, f"secret_{table}.p"])
        _refused(tmp_path, policy, postgres_url, fragment)
        assert _snapshot(conn, sources) == before
    # Only the schemas this test names: other tests in the session leave their reusable lookup tables.
    schemas = ["public", f"secret_{table}", f"masked_{table}"]
    leftovers = conn.query(
        "SELECT schemaname, tablename FROM pg_tables WHERE tablename LIKE '\\_dm\\_%%' AND schemaname = ANY(%s)",
        [schemas],
    )
    assert leftovers == []
    conn.close()


# --- MariaDB ------------------------------------------------------------------------------------


def test_mariadb_TEST_vs_test(tmp_path, mariadb_conn):
    conn = mariadb_conn
    table = f"guard_{os.getpid()}"
    other = f"gother_{os.getpid()}"
    conn.created_schemas.append(other)
    conn.execute(f"CREATE TABLE test.`{table}` (id INT PRIMARY KEY, v TEXT)")
    conn.execute(f"CREATE DATABASE IF NOT EXISTS `{other}`")
    conn.execute(f"CREATE TABLE `{other}`.p (id INT PRIMARY KEY, v TEXT)")
    try:
        for schema, name in (("test", table), (other, "p")):
            conn.execute(f"INSERT INTO `{schema}`.`{name}` VALUES (1, 'alice'), (2, 'bob')")
        sources = [("test", table), (other, "p")]
        snap = lambda: [conn.query(f"SELECT id, v FROM `{s}`.`{t}` ORDER BY id") for s, t in sources]  # noqa: E731
        before = snap()
        cases = [
            ({"schema": "TEST"}, "target schema 'TEST' is the source schema 'test' (MySQL and MariaDB compare"),
            ({"schema": "Test"}, "is the source schema 'test'"),
            ({"schema": f"masked_{table}", "schemas": {other: "test"}}, f"target.schemas.{other}:"),
            ({"schema": f"masked_{table}", "schemas": {other: "TEST"}}, "is the source schema 'test'"),
        ]
        for target, fragment in cases:
            policy = _policy(tmp_path, "test", target, [table, f"{other}.p"])
            _refused(tmp_path, policy, MYSQL_URL, fragment)
            assert snap() == before
        created = conn.query(
            "SELECT count(*) FROM information_schema.SCHEMATA WHERE BINARY SCHEMA_NAME IN ('TEST', 'Test')"
        )
        assert created == [(0,)]
    finally:
        conn.execute(f"DROP TABLE IF EXISTS test.`{table}`")


# --- how each engine's names are matched ----------------------------------------------------------


@pytest.mark.parametrize("name", ["duckdb", "postgres", "mysql", "spark", "snowflake", "bigquery", "trino", "tsql"])
def test_every_engine_matches_schema_names_without_case_and_by_dotted_part(name):
    d = get_dialect(name)
    assert d.overlaps_schema("MAIN", "main") and d.overlaps_schema("main", "Main")
    assert d.overlaps_schema("db.Main", "main") and d.overlaps_schema(" main ", "main")
    assert not d.overlaps_schema("main_masked", "main") and not d.overlaps_schema("masked", "main")
    assert d.schema_case and d.lock_name("MASKED") == d.lock_name("masked")
