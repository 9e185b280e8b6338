"""Two runs into one target never mix: the second waits for the run lock or fails clearly; the log tells the truth."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import duckdb
import pytest
import yaml
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.cli import app
from datamask_sql.connection import connect
from datamask_sql.errors import RunError
from datamask_sql.secret import key_from_secret
from datamask_sql.transforms import RefContext, get_transform
from tests.conftest import MYSQL_URL

KEY_A = key_from_secret("lock-test-secret-aaaa")
KEY_B = key_from_secret("lock-test-secret-bbbb")
VALUES = [f"value {i}" for i in range(20)]
SERVERS = [pytest.param("postgres", marks=pytest.mark.postgres), pytest.param("mariadb", marks=pytest.mark.mariadb)]


class Hold:
    """Progress that keeps a run inside its build (lock held) until released."""

    def __init__(self) -> None:
        self.building = threading.Event()
        self.release = threading.Event()

    def started(self, total_tables: int) -> None: ...
    def table_started(self, table: str) -> None: ...
    def phase(self, name: str) -> None: ...

    def table_done(self, table: str, rows: int, seconds: float) -> None:
        self.building.set()
        self.release.wait(60)


class Runner(threading.Thread):
    """One run_policy on its own connection, in a thread; keeps its result or error."""

    def __init__(self, setup, key, out, progress=None, lock_wait=0.0) -> None:
        super().__init__(daemon=True)
        self.setup, self.key, self.out, self.progress, self.lock_wait = setup, key, out, progress, lock_wait
        self.result = self.error = None
        self.finished = 0.0

    def run(self) -> None:
        conn = connect(self.setup["url"])
        try:
            self.result = api.run_policy(
                self.setup["policy"],
                self.setup["url"],
                self.key,
                out_dir=self.out,
                progress=self.progress,
                connection=conn,
                lock_wait=self.lock_wait,
            )
        except RunError as exc:
            self.error = exc
        finally:
            self.finished = time.monotonic()
            conn.close()

    def records(self) -> list[dict]:
        log = self.out / "runs.jsonl"
        return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


@pytest.fixture(params=SERVERS)
def target_setup(request, tmp_path):
    """A source table t(id, v) on PostgreSQL or MariaDB and a policy hashing v into `<schema>_masked`."""
    server = request.param
    engine = request.getfixturevalue(f"{server}_engine")
    url = request.getfixturevalue("postgres_url") if server == "postgres" else MYSQL_URL
    schema = engine.fresh_schema("lk")
    engine.create_table(schema, "t", [("id", "INT", False), ("v", "TEXT", True)], primary_key=("id",))
    engine.insert(schema, "t", ["id", "v"], list(enumerate(VALUES)))
    doc = {
        "version": 1,
        "source": {"schema": schema},
        "target": {"schema": f"{schema}_masked"},
        "tables": {"t": {"columns": {"id": "keep", "v": "hash"}}},
    }
    policy = tmp_path / "policy.yml"
    policy.write_text(yaml.safe_dump(doc, sort_keys=False))
    column = introspect(engine.conn).table(schema, "t").column("v")
    return {"engine": engine, "url": url, "policy": policy, "schema": schema, "target": f"{schema}_masked", "v": column}


def _expected(setup, key) -> list[tuple]:
    hash_ = get_transform("hash")
    ctx = RefContext(key.value, "t.v", setup["v"])
    return [(i, hash_.reference(v, ctx, hash_.Params())) for i, v in enumerate(VALUES)]


def _target(setup) -> list[tuple]:
    return [tuple(r) for r in setup["engine"].select(setup["target"], "t", ["id", "v"], "id")]


def test_a_second_run_fails_clearly_while_the_first_holds_the_target(target_setup, tmp_path):
    hold = Hold()
    first = Runner(target_setup, KEY_A, tmp_path / "a", hold)
    first.start()
    assert hold.building.wait(60), "the first run never started building"
    second = Runner(target_setup, KEY_B, tmp_path / "b")
    second.start()
    second.join(60)
    hold.release.set()
    first.join(60)
    assert first.error is None and first.result.outcome == "succeeded"
    assert second.result is None
    message = second.error.render()
    assert f"another datamask-sql run holds the lock on target '{target_setup['target']}'" in message
    # The second run touched nothing of the first: the target is all key A.
    assert _target(target_setup) == _expected(target_setup, KEY_A)
    [started, failed] = second.records()
    assert (started["outcome"], failed["outcome"]) == ("started", "failed")
    assert started["run_id"] == failed["run_id"] and failed["key_fingerprint"] == KEY_B.fingerprint
    assert [r["outcome"] for r in first.records()] == ["started", "succeeded"]


def test_a_second_run_that_may_wait_runs_after_the_first(target_setup, tmp_path):
    hold = Hold()
    first = Runner(target_setup, KEY_A, tmp_path / "a", hold)
    first.start()
    assert hold.building.wait(60)
    second = Runner(target_setup, KEY_B, tmp_path / "b", lock_wait=60)
    second.start()
    time.sleep(1.5)
    # Still waiting for the lock: started, nothing built.
    assert second.is_alive() and [r["outcome"] for r in second.records()] == ["started"]
    hold.release.set()
    first.join(60)
    second.join(60)
    assert first.error is None and second.error is None, (first.error, second.error)
    assert first.finished < second.finished
    # The last successful run's key, as its record says, is the key the whole target holds.
    last = second.records()[-1]
    assert last["outcome"] == "succeeded" and last["key_fingerprint"] == KEY_B.fingerprint
    assert _target(target_setup) == _expected(target_setup, KEY_B)
    assert _target(target_setup) != _expected(target_setup, KEY_A)


def test_lock_statements_name_the_target_as_the_engine_matches_it():
    from datamask_sql.dialects import get_dialect

    pg, my = get_dialect("postgres"), get_dialect("mysql")
    assert pg.try_lock("Masked").sql("postgres") == pg.try_lock("masked").sql("postgres")
    assert "PG_TRY_ADVISORY_LOCK" in pg.try_lock("masked").sql("postgres")
    assert my.try_lock("masked").sql("mysql") == "SELECT GET_LOCK('datamask-sql:masked', 0)"
    assert len(my.lock_name("x" * 64)) <= 64
    assert get_dialect("duckdb").try_lock("masked") is None and get_dialect("spark").try_lock("masked") is None


def test_duckdb_file_open_in_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "busy.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (id INT PRIMARY KEY, v TEXT)")
    con.close()
    policy = tmp_path / "p.yml"
    policy.write_text("version: 1\ntables:\n  t: {columns: {id: keep, v: hash}}\n")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ready', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = CliRunner().invoke(
            app,
            ["run", str(policy), "-s", f"duckdb:///{path}", "--out", str(tmp_path / "o")],
            env={"DATAMASK_SECRET": "duck-lock-secret-1"},
        )
    finally:
        holder.kill()
        holder.wait()
    text = " ".join(result.output.split())
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"(PID {holder.pid})" in text and "perhaps another datamask-sql run" in text, text
