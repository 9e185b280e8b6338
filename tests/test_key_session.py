"""The key in a run's session, on DuckDB, PostgreSQL and MariaDB: engine errors that echo it are scrubbed, a key
replaced mid-run fails the run with the old target intact, and PostgreSQL gets it at connect time, not by SET."""

from __future__ import annotations

import dataclasses
import json
import warnings

import pytest
from sqlglot import exp

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.connection import connect
from datamask_sql.emit.sql import Emitted, EmittedFile, EmittedStatement, to_sql
from datamask_sql.errors import DatamaskWarning, RunError
from datamask_sql.policy import parse_policy
from datamask_sql.runner import append_run_record, run
from datamask_sql.secret import REDACTED, key_from_secret
from tests.engines import Engine, policy_text

SECRET = "k3y-Sess10n-Q8w7e6r5t4y3"
KEY = key_from_secret(SECRET)
ATTACKER = "a" * 64
ENGINES = [
    pytest.param("duckdb", marks=pytest.mark.duckdb),
    pytest.param("postgres", marks=pytest.mark.postgres),
    pytest.param("mariadb", marks=pytest.mark.mariadb),
]


def _leaks(text: str) -> list[str]:
    """16-character runs of the key or the secret in `text`, any case (independent of the scrubber)."""
    folded = text.casefold()
    return [
        v[i : i + 16] for v in (KEY.value, SECRET) for i in range(len(v) - 15) if v[i : i + 16].casefold() in folded
    ]


@pytest.fixture
def target(request, tmp_path):
    """(engine, a connection that runs, source schema, compiled work) with one masked run already done."""
    engine = request.getfixturevalue(f"{request.param}_engine")
    conn = engine.conn
    if engine.name == "postgres":
        # The way `run` opens it: the key is a startup option of the session.
        conn = connect(request.getfixturevalue("postgres_url"), key=KEY)
        request.addfinalizer(conn.close)
    schema = engine.fresh_schema("ks")
    engine.create_table(schema, "t", [("id", "INT", False), ("v", "TEXT", True)], primary_key=("id",))
    engine.insert(schema, "t", ["id", "v"], [(1, "one"), (2, "two")])
    policy = parse_policy(policy_text(schema, f"{schema}_masked", {"t": {"id": "keep", "v": "hash"}}), "p.yml")
    compiled = api.compile_inputs(policy, introspect(conn), engine.dialect, KEY, source=conn.url)
    assert run(conn, compiled.emitted, KEY).outcome == "succeeded"
    return engine, conn, f"{schema}_masked", compiled.emitted


def _with_setup(emitted: Emitted, *asts: exp.Expression) -> Emitted:
    """The emitted work with one more setup file, as a hostile policy statement would run."""
    dialect = emitted.rendered.dialect
    sql = tuple(to_sql(dialect, a) for a in asts)
    evil = EmittedFile("000_evil.sql", "setup", None, tuple(EmittedStatement(s) for s in sql), ";\n".join(sql))
    return dataclasses.replace(emitted, files=(evil, *emitted.files))


def _set_key_to(dialect, value: str) -> exp.Expression:
    """The dialect's own set-key statement with `value` in place of its bound parameter."""
    return dialect.set_key().transform(lambda n: exp.Literal.string(value) if isinstance(n, exp.Placeholder) else n)


ECHOES = {
    "whole": lambda d: d.key(),
    "upper": lambda d: exp.Upper(this=d.key()),
    "truncated": lambda d: d.substring(d.key(), 5, 20),
    "split by a space": lambda d: d.concat(
        d.substring(d.key(), 1, 30), exp.Literal.string(" "), d.substring(d.key(), 31)
    ),
}


@pytest.mark.parametrize("target", ENGINES, indirect=True)
@pytest.mark.parametrize("echo", sorted(ECHOES))
def test_an_engine_error_echoing_the_key_is_scrubbed_everywhere(target, echo, tmp_path):
    engine, conn, schema, emitted = target
    d = engine.dialect
    # CAST(<key> AS INT) fails on every engine with the offending text in the message.
    probe = exp.table_(exp.to_identifier("probe"), db=exp.to_identifier(schema))
    cast = d.cast(ECHOES[echo](d), exp.DataType.build("INT"))
    hostile = _with_setup(emitted, d.create_table_as(probe, exp.select(exp.alias_(cast, "x"))))
    with pytest.raises(RunError) as info:
        run(conn, hostile, KEY)
    message = info.value.render()
    assert REDACTED in message, message  # the engine did echo it: the test can fail
    assert _leaks(message) == []
    log = tmp_path / "runs.jsonl"
    append_run_record(info.value.result, log)
    record = json.loads(log.read_text())
    assert record["outcome"] == "failed" and _leaks(record["error"]) == [] and REDACTED in record["error"]


@pytest.mark.parametrize("target", ENGINES, indirect=True)
def test_a_key_replaced_before_the_tables_fails_the_run_and_keeps_the_target(target):
    engine, conn, schema, emitted = target
    before = engine.select(schema, "t", ["id", "v"], "id")
    hostile = _with_setup(emitted, _set_key_to(engine.dialect, ATTACKER))
    with pytest.raises(RunError, match="masking key in the session changed"):
        run(conn, hostile, KEY)
    assert engine.select(schema, "t", ["id", "v"], "id") == before


@pytest.mark.parametrize("target", ENGINES, indirect=True)
def test_a_key_replaced_after_the_tables_fails_before_the_swap(target):
    engine, conn, schema, emitted = target
    before = engine.select(schema, "t", ["id", "v"], "id")
    replace = to_sql(engine.dialect, _set_key_to(engine.dialect, ATTACKER))

    class ReplaceWhileVerifying:
        """A connection-level attacker: the key changes once every table is built, just before the swap."""

        def started(self, n): ...
        def table_started(self, t): ...
        def table_done(self, table, rows, seconds): ...
        def phase(self, name):
            if name == "verify":
                conn.execute(replace)

    with pytest.raises(RunError, match="masking key in the session changed"):
        run(conn, emitted, KEY, ReplaceWhileVerifying())
    assert engine.select(schema, "t", ["id", "v"], "id") == before
    # The next honest run on the same session sets the key again and succeeds.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DatamaskWarning)  # PostgreSQL: set by statement this time
        assert run(conn, emitted, KEY).outcome == "succeeded"


class Recording:
    """A connection that records every statement and its parameters on the way to the real one."""

    def __init__(self, conn):
        self.conn, self.seen = conn, []

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def execute(self, sql, params=None):
        self.seen.append((sql, params))
        self.conn.execute(sql, params)

    def query(self, sql, params=None):
        self.seen.append((sql, params))
        return self.conn.query(sql, params)


def test_postgres_opened_with_the_key_sets_none(postgres_url):
    conn = connect(postgres_url, key=KEY)
    try:
        assert conn.key_fingerprint == KEY.fingerprint
        assert conn.query("SELECT current_setting('datamask.key')")[0][0] == KEY.value
        engine = Engine("postgres", conn)
        schema = engine.fresh_schema("ks")
        engine.create_table(schema, "t", [("id", "INT", False), ("v", "TEXT", True)], primary_key=("id",))
        engine.insert(schema, "t", ["id", "v"], [(1, "one")])
        policy = parse_policy(policy_text(schema, f"{schema}_masked", {"t": {"id": "keep", "v": "hash"}}), "p.yml")
        compiled = api.compile_inputs(policy, introspect(conn), engine.dialect, KEY, source=conn.url)
        spy = Recording(conn)
        with warnings.catch_warnings():
            warnings.simplefilter("error", DatamaskWarning)
            assert run(spy, compiled.emitted, KEY).outcome == "succeeded"
        assert spy.seen, "the spy saw the run"
        assert not [s for s, p in spy.seen if "set_config" in s.lower() or KEY.value in s or p]
    finally:
        conn.close()


def test_postgres_without_the_key_at_connect_sets_it_and_says_it_may_be_logged(postgres_engine):
    engine = postgres_engine
    schema = engine.fresh_schema("ks")
    engine.create_table(schema, "t", [("id", "INT", False), ("v", "TEXT", True)], primary_key=("id",))
    policy = parse_policy(policy_text(schema, f"{schema}_masked", {"t": {"id": "keep", "v": "hash"}}), "p.yml")
    compiled = api.compile_inputs(policy, introspect(engine.conn), engine.dialect, KEY, source=engine.conn.url)
    with pytest.warns(DatamaskWarning, match="log_statement"):
        assert run(engine.conn, compiled.emitted, KEY).outcome == "succeeded"


def test_postgres_keeps_options_the_url_already_has(postgres_url):
    conn = connect(postgres_url + "?options=-c%20statement_timeout%3D4321", key=KEY)
    try:
        assert conn.query("SHOW statement_timeout")[0][0] == "4321ms"
        assert conn.query("SELECT current_setting('datamask.key')")[0][0] == KEY.value
    finally:
        conn.close()
