"""Refused policy SQL never reaches a warehouse: `datamask-sql run` with a hostile subset.where, lookup table,
when: or expression exits 1 on DuckDB, PostgreSQL and MariaDB, quickly, with nothing written anywhere.

Each engine also runs the legitimate version of the same policy to exit 0, so the harness can tell a run that
happened from one that did not.
"""

from __future__ import annotations

import os
import time

import duckdb
import pytest
import yaml
from sqlglot import exp
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.connection import connect
from tests.conftest import MYSQL_URL
from tests.engines import Engine

SECRET = "policy-sql-engine-secret-42"
SLEEP = 20
LO_FILE = f"/tmp/datamask_lo_export_{os.getpid()}"


class Source:
    """A source on one engine: schema `s` (t, names), schema `secret` (payroll), and the URL the CLI opens."""

    def __init__(self, name: str, request, tmp_path) -> None:
        self.name = name
        if name == "duckdb":
            duckdb.connect(str(tmp_path / "source.duckdb")).close()
            self.url = f"duckdb:///{tmp_path / 'source.duckdb'}"
            self.engine = Engine("duckdb", connect(self.url))
        elif name == "postgres":
            self.url = request.getfixturevalue("postgres_url")
            self.engine = request.getfixturevalue("postgres_engine")
        else:
            self.url = MYSQL_URL
            self.engine = request.getfixturevalue("mariadb_engine")
        e = self.engine
        self.schema, self.secret = e.fresh_schema("psql"), e.fresh_schema("secret")
        self.target = f"{self.schema}_masked"
        e.create_table(
            self.schema,
            "t",
            [("id", "INT", False), ("v", "VARCHAR(40)", True), ("country", "VARCHAR(2)", True)],
            primary_key=("id",),
        )
        e.insert(self.schema, "t", ["id", "v", "country"], [(1, "ana", "DE"), (2, "bo", "BR"), (3, None, "DE")])
        e.create_table(self.schema, "names", [("nm", "VARCHAR(40)", True)])
        e.insert(self.schema, "names", ["nm"], [("Xavier",), ("Yolanda",)])
        e.create_table(self.secret, "payroll", [("name", "VARCHAR(40)", True)])
        e.insert(self.secret, "payroll", ["name"], [("the boss",)])
        if name == "duckdb":
            e.conn.close()  # the CLI opens the file itself

    def scalar(self, query: exp.Expression):
        engine = Engine("duckdb", connect(self.url)) if self.name == "duckdb" else self.engine
        try:
            return engine.conn.query(engine.sql(query))[0][0]
        finally:
            if self.name == "duckdb":
                engine.conn.close()

    def schema_exists(self, schema: str) -> bool:
        query = (
            exp.select(exp.Count(this=exp.Star()))
            .from_(exp.table_("schemata", db="information_schema"))
            .where(exp.EQ(this=exp.column("schema_name"), expression=exp.Literal.string(schema)))
        )
        return self.scalar(query) > 0

    def large_objects(self) -> int | None:
        if self.name != "postgres":
            return None
        return self.scalar(exp.select(exp.Count(this=exp.Star())).from_(exp.table_("pg_largeobject_metadata")))


ENGINES = ("duckdb", "postgres", "mariadb")


def on(engine: str, *values):
    """A parameter set for `engine`, marked with it so the fast lane (-m "not postgres ...") leaves it out."""
    return pytest.param(engine, *values, marks=getattr(pytest.mark, engine), id="-".join(map(str, (engine, *values))))


@pytest.fixture
def source(request, tmp_path):
    return Source(request.param, request, tmp_path)


LEGIT_SQL = "UPPER(SUBSTRING(v, 1, 1)) || 'x'"


def policy(src: Source, *, where=None, lookup="names", when="country <> 'BR'", sql=LEGIT_SQL) -> str:
    doc = {
        "version": 1,
        "source": {"schema": src.schema},
        "target": {"schema": src.target},
        "tables": {
            "t": {
                "columns": {
                    "id": "keep",
                    "v": {"transform": "fake", "lookup": {"table": lookup, "column": "nm"}, "when": when},
                    "country": {"transform": "expression", "sql": sql},
                },
            }
        },
    }
    if where is not None:
        doc["tables"]["t"]["subset"] = {"where": where}
    return yaml.safe_dump(doc, sort_keys=False, default_flow_style=False)


def run(src: Source, text: str, tmp_path):
    path = tmp_path / "policy.yml"
    path.write_text(text)
    start = time.monotonic()
    result = CliRunner().invoke(
        app, ["run", str(path), "--source", src.url, "--out", str(tmp_path / "build")], env={"DATAMASK_SECRET": SECRET}
    )
    return path, result, time.monotonic() - start


# (engine, policy key, hostile value); {secret} is the other schema of the test source.
HOSTILE = [
    ("postgres", "where", "lo_import('/etc/passwd') > 0"),
    ("postgres", "where", f"lo_export(lo_create(0), '{LO_FILE}') = 1"),
    ("postgres", "where", f"pg_sleep({SLEEP}) IS NULL"),
    ("postgres", "where", "pg_read_file('/etc/passwd') <> ''"),
    ("postgres", "where", "query_to_xml('select * from pg_authid', true, true, '') IS NOT NULL"),
    ("postgres", "where", "set_config('datamask.key', 'attacker', false) = 'attacker'"),
    ("postgres", "where", "get_bit(convert_to(current_setting('datamask.key'), 'UTF8'), 1) = 1"),
    ("postgres", "lookup", "pg_read_file('/etc/passwd')"),
    ("postgres", "lookup", "current_setting('datamask.key')"),
    ("postgres", "lookup", "pg_catalog.pg_authid"),
    ("postgres", "lookup", "pg_authid"),
    ("postgres", "lookup", "{secret}.payroll"),
    ("postgres", "when", "current_user || version() <> ''"),
    ("postgres", "sql", "current_user || version()"),
    ("mariadb", "where", f"SLEEP({SLEEP}) = 0"),
    ("mariadb", "where", "BENCHMARK(100000000, MD5('a')) = 0"),
    ("mariadb", "where", "LOAD_FILE('/etc/passwd') IS NULL"),
    ("mariadb", "where", "(@datamask_key := 'attacker') = 'attacker'"),
    ("mariadb", "lookup", "mysql.user"),
    ("mariadb", "lookup", "information_schema.tables"),
    ("mariadb", "lookup", "{secret}.payroll"),
    ("mariadb", "when", "@@datadir <> ''"),
    ("mariadb", "sql", "CONCAT(@@datadir, USER())"),
    ("duckdb", "where", "read_text('/etc/passwd') IS NOT NULL"),
    ("duckdb", "where", "getvariable('datamask_key') IS NOT NULL"),
    ("duckdb", "lookup", "read_text('/etc/passwd')"),
    ("duckdb", "lookup", "read_csv('/etc/passwd')"),
    ("duckdb", "lookup", "information_schema.tables"),
    ("duckdb", "lookup", "{secret}.payroll"),
    ("duckdb", "sql", "current_setting('threads')"),
]


@pytest.mark.parametrize("source", [on(e) for e in ENGINES], indirect=True)
def test_a_legitimate_policy_runs(source, tmp_path):
    # The control: the same harness and policy shape, with allowed SQL, does reach the engine.
    _, result, _ = run(source, policy(source, where="country = 'DE' AND id > 0"), tmp_path)
    assert result.exit_code == 0, result.output
    assert source.schema_exists(source.target)
    rows = source.engine if source.name != "duckdb" else Engine("duckdb", connect(source.url))
    try:
        got = rows.select(source.target, "t", ["id", "v", "country"], "id")
    finally:
        if source.name == "duckdb":
            rows.conn.close()
    assert [r[0] for r in got] == [1, 3]  # the subset kept DE rows
    assert got[0][1] in ("Xavier", "Yolanda") and got[0][2] == "Ax"  # lookup from the source schema
    assert got[1][1] is None and got[1][2] is None


@pytest.mark.parametrize(("source", "key", "value"), [on(*case) for case in HOSTILE], indirect=["source"])
def test_hostile_policy_sql_never_reaches_the_engine(source, tmp_path, key, value):
    value = value.replace("{secret}", source.secret)
    options = {"where": value} if key == "where" else {"lookup": value} if key == "lookup" else {key: value}
    large_objects = source.large_objects()
    text = policy(source, **options)
    path, result, seconds = run(source, text, tmp_path)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    line = next(
        i for i, t in enumerate(text.splitlines(), 1) if t.strip().startswith(f"{'table' if key == 'lookup' else key}:")
    )
    assert f"{path}:{line}:" in " ".join(result.output.split())
    # Nothing ran: refused before setup, which creates the target schema first; no sleep, no file, no objects.
    assert seconds < SLEEP / 2
    assert not source.schema_exists(source.target)
    assert source.large_objects() == large_objects
    assert not os.path.exists(LO_FILE)
    assert not (tmp_path / "build" / "run_order.txt").exists()
