"""Hostile identifiers, failed runs and the source: nothing half-written, nothing written to the source."""

from __future__ import annotations

import pytest

from datamask_sql.connection import connect
from datamask_sql.errors import RunError
from datamask_sql.transforms import RefContext, get_transform
from tests.engines import TEST_KEY, column_of, mask_tables

HOSTILE_TABLE = "we\"ird tab'le"
HOSTILE_COLUMNS = ["select", "my col", 'quo"te', "ünï", "it's"]


def test_hostile_identifiers_round_trip(engine):
    schema = engine.fresh_schema("h s")
    engine.create_table(
        schema,
        HOSTILE_TABLE,
        [("id", "INT", False)] + [(c, "TEXT", True) for c in HOSTILE_COLUMNS],
        primary_key=("id",),
    )
    rows = [(1, "a@b.c", "x", "y", "z", "w"), (2, None, "", "'; DROP TABLE t; --", "😀", "\\")]
    engine.insert(schema, HOSTILE_TABLE, ["id"] + HOSTILE_COLUMNS, rows)
    rules = {
        "id": "keep",
        "select": "email",
        "my col": "hash",
        'quo"te': {"transform": "partial", "keep_first": 1},
        "ünï": "keep",
        "it's": "null",
    }
    target, _, result = mask_tables(engine, schema, {HOSTILE_TABLE: rules})
    assert result.rows == {HOSTILE_TABLE: 2}
    out = engine.select(target, HOSTILE_TABLE, ["id"] + HOSTILE_COLUMNS, "id")
    email = get_transform("email")
    ctx = RefContext(TEST_KEY.value, f"{HOSTILE_TABLE}.select".lower(), column_of(engine, "TEXT"))
    assert out[0][1] == email.reference("a@b.c", ctx, email.Params())
    assert out[1][1] is None and len(out[1][2]) == 64
    assert out[1][3] == "'* **** ***** ** --" and out[1][4] == "😀"
    assert [r[5] for r in out] == [None, None]
    # The source still holds its original rows.
    assert engine.select(schema, HOSTILE_TABLE, ["id"] + HOSTILE_COLUMNS, "id") == rows


def _seed(engine, schema):
    engine.create_table(schema, "a", [("id", "INT", False), ("v", "TEXT", True)], primary_key=("id",))
    engine.create_table(schema, "b", [("id", "INT", False), ("v", "TEXT", True)], primary_key=("id",))
    engine.insert(schema, "a", ["id", "v"], [(1, "one"), (2, "two")])
    engine.insert(schema, "b", ["id", "v"], [(1, "uno")])


def test_failed_verification_leaves_previous_target(engine, monkeypatch):
    schema = engine.fresh_schema()
    _seed(engine, schema)
    target, _, _ = mask_tables(engine, schema, {"a": {"id": "keep", "v": "hash"}, "b": {"id": "keep", "v": "hash"}})
    before = engine.select(target, "a", ["id", "v"], "id")
    engine.insert(schema, "a", ["id", "v"], [(3, "three")])

    from datamask_sql import runner
    from datamask_sql.verify import Check

    monkeypatch.setattr(runner, "verify", lambda *a, **k: [Check("row count", "a", False, "forced")])
    with pytest.raises(RunError, match="verification failed, target left unchanged"):
        mask_tables(engine, schema, {"a": {"id": "keep", "v": "hash"}, "b": {"id": "keep", "v": "hash"}})
    assert engine.select(target, "a", ["id", "v"], "id") == before
    stages = engine.conn.query(
        "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '\\_dm\\_stage%' ESCAPE '\\'"
    )
    assert stages[0][0] == 0


def test_dead_connection_mid_run_keeps_target_and_source(postgres_engine, postgres_url):
    engine = postgres_engine
    schema = engine.fresh_schema()
    _seed(engine, schema)
    rules = {"a": {"id": "keep", "v": "hash"}, "b": {"id": "keep", "v": "hash"}}
    target, compiled, _ = mask_tables(engine, schema, rules)
    before = engine.select(target, "a", ["id", "v"], "id")

    from datamask_sql import runner

    victim = connect(postgres_url)
    pid = victim.query("SELECT pg_backend_pid()")[0][0]
    admin = connect(postgres_url)

    class KillAfterFirstTable:
        def started(self, n): ...
        def table_started(self, t): ...
        def phase(self, p): ...
        def table_done(self, table, rows, seconds):
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])

    with pytest.raises(RunError) as info:
        runner.run(victim, compiled.emitted, TEST_KEY, KillAfterFirstTable())
    message = " ".join(info.value.render().split())
    assert "failed" in message and TEST_KEY.value not in message
    # The connection is gone, so nothing could be dropped: the message says so instead of claiming it was.
    assert "staging tables were removed" not in message
    assert "could not drop the staging tables (" in message and f"so {target}._dm_stage_" in message, message
    leftover = admin.query(
        "SELECT count(*) FROM pg_tables WHERE schemaname = %s AND tablename LIKE '\\_dm\\_stage%%'", [target]
    )
    assert leftover[0][0] >= 1
    assert engine.select(target, "a", ["id", "v"], "id") == before
    assert engine.select(schema, "a", ["id", "v"], "id") == [(1, "one"), (2, "two")]
    # The next run cleans the leftover staging table and succeeds.
    mask_tables(engine, schema, rules)
    leftovers = admin.query(
        "SELECT count(*) FROM pg_tables WHERE schemaname = %s AND tablename LIKE '\\_dm\\_stage%%'", [target]
    )
    assert leftovers[0][0] == 0
    admin.close()


def test_columns_named_like_internal_names(engine):
    # Names the generated SQL uses internally (lambda parameters, digest columns, the source alias).
    schema = engine.fresh_schema()
    names = ["c", "_dm_ch", "_dm_digest_1", "src"]
    engine.create_table(schema, "t", [("id", "INT", False)] + [(n, "TEXT", True) for n in names], primary_key=("id",))
    engine.insert(schema, "t", ["id"] + names, [(1, "12-34", "ab cd", "x@y.z", "s")])
    rules = {
        "id": "keep",
        "c": {"transform": "partial", "keep_last": 1},
        "_dm_ch": "partial",
        "_dm_digest_1": "email",
        "src": "hash",
    }
    target, _, _ = mask_tables(engine, schema, {"t": rules})
    row = engine.select(target, "t", ["id"] + names, "id")[0]
    assert row[1:3] == ("**-*4", "** **")
    assert row[3].endswith(("@example.com", "@example.net", "@example.org")) and len(row[4]) == 64


def test_killed_mariadb_connection_mid_run_says_what_it_left(mariadb_engine, mariadb_conn):
    engine = mariadb_engine
    schema = engine.fresh_schema()
    _seed(engine, schema)
    rules = {"a": {"id": "keep", "v": "hash"}, "b": {"id": "keep", "v": "hash"}}
    target, compiled, _ = mask_tables(engine, schema, rules)
    before = engine.select(target, "a", ["id", "v"], "id")

    from datamask_sql import runner
    from tests.conftest import MYSQL_URL

    victim = connect(MYSQL_URL)
    thread = victim.query("SELECT CONNECTION_ID()")[0][0]

    class KillAfterFirstTable:
        def started(self, n): ...
        def table_started(self, t): ...
        def phase(self, p): ...
        def table_done(self, table, rows, seconds):
            mariadb_conn.execute(f"KILL {int(thread)}")

    with pytest.raises(RunError) as info:
        runner.run(victim, compiled.emitted, TEST_KEY, KillAfterFirstTable())
    message = " ".join(info.value.render().split())
    assert TEST_KEY.value not in message and "staging tables were removed" not in message
    assert "could not drop the staging tables (" in message and f"so {target}._dm_stage_" in message, message
    assert engine.select(target, "a", ["id", "v"], "id") == before
    assert engine.select(schema, "a", ["id", "v"], "id") == [(1, "one"), (2, "two")]
    # What the message says is left is there, and the next run drops it.
    stages = (
        "SELECT count(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME LIKE '\\_dm\\_stage%'"
    )
    assert mariadb_conn.query(stages, [target])[0][0] >= 1
    mask_tables(engine, schema, rules)
    assert mariadb_conn.query(stages, [target])[0][0] == 0


def test_a_killed_run_leaves_its_started_record(tmp_path):
    import json

    import duckdb

    from datamask_sql import api

    path = tmp_path / "k.duckdb"
    raw = duckdb.connect(str(path))
    raw.execute("CREATE TABLE t (id INT PRIMARY KEY, v TEXT)")
    raw.execute("INSERT INTO t VALUES (1, 'one')")
    policy = tmp_path / "p.yml"
    policy.write_text("version: 1\ntables:\n  t: {columns: {id: keep, v: hash}}\n")
    out = tmp_path / "out"
    conn = connect(f"duckdb:///{path}")

    class DiesMidRun:
        """The process is killed while the first table builds: no handler runs, no final record."""

        dialect, url = conn.dialect, conn.url

        def execute(self, sql, params=None):
            if "_dm_stage_" in sql and "CREATE TABLE" in sql:
                assert (out / "runs.jsonl").exists(), "nothing recorded before executing"
                raise KeyboardInterrupt
            conn.execute(sql, params)

        def query(self, sql, params=None):
            return conn.query(sql, params)

    with pytest.raises(KeyboardInterrupt):
        api.run_policy(policy, f"duckdb:///{path}", TEST_KEY, out_dir=out, connection=DiesMidRun())
    [record] = [json.loads(line) for line in (out / "runs.jsonl").read_text().splitlines()]
    assert record["outcome"] == "started" and len(record["run_id"]) == 32
    assert record["key_fingerprint"] == TEST_KEY.fingerprint and record["manifest_sha256"]
    conn.close()
    raw.close()
