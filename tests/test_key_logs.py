"""Server logs turned all the way up, then grepped: a run leaves neither the key nor the secret in them.

Each test also shows its grep can fail: the same key sent the old way (a statement) is found in the log."""

from __future__ import annotations

import os
import secrets
import time
import warnings
from pathlib import Path

import pytest

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.connection import connect
from datamask_sql.errors import DatamaskWarning
from datamask_sql.policy import parse_policy
from datamask_sql.runner import run
from datamask_sql.secret import key_from_secret
from tests.conftest import MYSQL_URL
from tests.engines import Engine, policy_text, unavailable

RULES = {"t": {"id": "keep", "v": "hash"}}


def _leaks(text: str, *values: str) -> list[str]:
    """16-character runs of `values` in `text`, any case."""
    folded = text.casefold()
    return [v[i : i + 16] for v in values for i in range(len(v) - 15) if v[i : i + 16].casefold() in folded]


def _source(engine: Engine, tmp_path: Path) -> tuple[str, Path]:
    """A two-row source table and a policy file masking it; (source schema, policy path)."""
    schema = engine.fresh_schema("kl")
    engine.create_table(schema, "t", [("id", "INT", False), ("v", "TEXT", True)], primary_key=("id",))
    engine.insert(schema, "t", ["id", "v"], [(1, "one"), (2, "two")])
    policy = tmp_path / f"{schema}.yml"
    policy.write_text(policy_text(schema, f"{schema}_masked", RULES))
    return schema, policy


def _fresh_secret() -> str:
    return f"log-{secrets.token_hex(16)}"


# --- PostgreSQL: log_statement = all, log_connections, log_min_duration_statement = 0 -------------------------

PG_LOGGING = {
    "log_statement": "all",
    "log_connections": "on",
    "log_disconnections": "on",
    "log_min_duration_statement": "0",
}


def _pg_log_file(admin) -> Path:
    current = admin.query("SELECT pg_current_logfile()")[0][0]
    if current:
        path = Path(current)
        path = path if path.is_absolute() else Path(admin.query("SHOW data_directory")[0][0]) / path
    else:  # no logging collector: the server's stderr, where Debian's pg_ctlcluster sends it
        logs = sorted(Path("/var/log/postgresql").glob("postgresql-*.log"), key=lambda p: p.stat().st_mtime)
        path = logs[-1] if logs else Path("/nonexistent")
    if not os.access(path, os.R_OK):
        unavailable("the PostgreSQL server log", f"cannot read {path}")
    return path


def _fresh_setting(url: str, name: str) -> str:
    conn = connect(url)
    try:
        return conn.query("SELECT current_setting(%s)", [name])[0][0]
    finally:
        conn.close()


@pytest.fixture
def pg_log(postgres_url):
    """The server log file, with every statement, parameter and connection logged until teardown."""
    admin = connect(postgres_url)
    path = _pg_log_file(admin)
    before = {
        name: admin.query("SELECT setting, coalesce(sourcefile, '') FROM pg_settings WHERE name = %s", [name])[0]
        for name in PG_LOGGING
    }
    try:
        for name, value in PG_LOGGING.items():
            admin.execute(f"ALTER SYSTEM SET {name} = '{value}'")  # test-only: fixed names and values
        admin.execute("SELECT pg_reload_conf()")
        deadline = time.monotonic() + 10
        while _fresh_setting(postgres_url, "log_statement") != "all":
            assert time.monotonic() < deadline, "the server did not reload its configuration"
            time.sleep(0.1)
        yield path
    finally:
        for name, (setting, sourcefile) in before.items():
            if sourcefile.endswith("postgresql.auto.conf"):
                admin.execute(f"ALTER SYSTEM SET {name} = '{setting}'")
            else:
                admin.execute(f"ALTER SYSTEM RESET {name}")
        admin.execute("SELECT pg_reload_conf()")
        admin.close()


def _appended(path: Path, offset: int, expect: str) -> str:
    """What the log gained since `offset`, once it shows `expect` (the backend writes it asynchronously)."""
    deadline = time.monotonic() + 10
    while True:
        with path.open("rb") as fh:
            fh.seek(offset)
            text = fh.read().decode("utf-8", errors="replace")
        if expect in text or time.monotonic() > deadline:
            return text


def test_a_postgres_run_leaves_no_key_in_the_server_log(pg_log, postgres_url, postgres_engine, tmp_path):
    schema, policy = _source(postgres_engine, tmp_path)
    secret = _fresh_secret()
    key = key_from_secret(secret)
    offset = pg_log.stat().st_size
    result = api.run_policy(policy, postgres_url, key, out_dir=tmp_path / "out")
    assert result.outcome == "succeeded"
    text = _appended(pg_log, offset, f"{schema}_masked")
    # The log really recorded the run: its connection and its statements, with their parameters.
    assert "connection authorized" in text and f'"{schema}_masked"' in text and "statement:" in text
    assert _leaks(text, key.value, secret) == []
    for written in (tmp_path / "out").rglob("*"):
        assert _leaks(written.read_text(), key.value, secret) == [], written

    # The grep can fail: on a connection opened without the key, run sets it by statement and the log has it.
    plain = connect(postgres_url)
    try:
        parsed = parse_policy(policy.read_text(), str(policy))
        compiled = api.compile_inputs(parsed, introspect(plain), postgres_engine.dialect, key, source=plain.url)
        offset = pg_log.stat().st_size
        with pytest.warns(DatamaskWarning, match="log_statement"):
            run(plain, compiled.emitted, key)
        assert _leaks(_appended(pg_log, offset, key.value), key.value)
    finally:
        plain.close()


# --- MariaDB: general log and slow log (long_query_time = 0) to tables ----------------------------------------


@pytest.fixture
def mariadb_logs(mariadb_conn):
    """The general and slow query logs on, written to mysql.general_log and mysql.slow_log, until teardown."""
    conn = mariadb_conn
    output, general, slow, threshold = conn.query(
        "SELECT @@global.log_output, @@global.general_log, @@global.slow_query_log, @@global.long_query_time"
    )[0]
    try:
        for setting in ("log_output = 'TABLE'", "general_log = 1", "slow_query_log = 1", "long_query_time = 0"):
            conn.execute(f"SET GLOBAL {setting}")  # test-only: fixed settings
        yield conn
    finally:
        conn.execute(f"SET GLOBAL general_log = {int(general)}, slow_query_log = {int(slow)}")
        conn.execute(f"SET GLOBAL long_query_time = {float(threshold)}")
        conn.execute("SET GLOBAL log_output = ?", [output])
        if "TABLE" not in output.upper():  # the tables were ours: what this test logged goes with it
            conn.execute("TRUNCATE TABLE mysql.general_log")
            conn.execute("TRUNCATE TABLE mysql.slow_log")


def _logged_since(conn, start) -> tuple[str, str]:
    general = conn.query("SELECT CONVERT(argument USING utf8mb4) FROM mysql.general_log WHERE event_time >= ?", [start])
    slow = conn.query("SELECT CONVERT(sql_text USING utf8mb4) FROM mysql.slow_log WHERE start_time >= ?", [start])
    return "\n".join(r[0] or "" for r in general), "\n".join(r[0] or "" for r in slow)


def test_a_mariadb_run_leaves_no_key_in_the_general_or_slow_log(mariadb_logs, mariadb_engine, tmp_path):
    conn = mariadb_logs
    schema, policy = _source(mariadb_engine, tmp_path)
    secret = _fresh_secret()
    key = key_from_secret(secret)
    start = conn.query("SELECT NOW(6)")[0][0]
    result = api.run_policy(policy, MYSQL_URL.rsplit("/", 1)[0] + f"/{schema}", key, out_dir=tmp_path / "out")
    assert result.outcome == "succeeded"
    general, slow = _logged_since(conn, start)
    assert f"`{schema}_masked`" in general and f"`{schema}_masked`" in slow  # both logs recorded the run
    # The key came as a client file: no log was silenced for it (sql_log_off was never set).
    assert "LOAD DATA LOCAL INFILE" in general and "sql_log_off" not in general
    assert _leaks(general, key.value, secret) == [] and _leaks(slow, key.value, secret) == []


@pytest.fixture
def mariadb_user(mariadb_logs):
    """A user with every privilege on the test's databases but none on the server (no SUPER); (name, url maker)."""
    conn = mariadb_logs
    user, password = f"dmk_{os.getpid()}", secrets.token_hex(8)
    conn.execute(f"CREATE USER '{user}'@'%' IDENTIFIED BY '{password}'")  # test-only generated names
    port = MYSQL_URL.rsplit(":", 1)[1].split("/")[0]

    def grant(schema: str) -> str:
        for db in (schema, f"{schema}_masked"):
            conn.execute(f"GRANT ALL PRIVILEGES ON `{db}`.* TO '{user}'@'%'")
        return f"mysql://{user}:{password}@127.0.0.1:{port}/{schema}"

    try:
        yield grant
    finally:
        conn.execute(f"DROP USER '{user}'@'%'")


def test_a_mariadb_user_without_super_leaves_no_key_in_the_general_log(
    mariadb_logs, mariadb_user, mariadb_engine, tmp_path
):
    conn = mariadb_logs
    schema, policy = _source(mariadb_engine, tmp_path)
    url = mariadb_user(schema)
    key = key_from_secret(_fresh_secret())
    start = conn.query("SELECT NOW(6)")[0][0]
    with warnings.catch_warnings():
        warnings.simplefilter("error", DatamaskWarning)  # nothing to warn about: no log could record the key
        assert api.run_policy(policy, url, key, out_dir=tmp_path / "out").outcome == "succeeded"
    general, slow = _logged_since(conn, start)
    assert f"`{schema}_masked`" in general
    assert _leaks(general, key.value) == [] and _leaks(slow, key.value) == []

    # The grep can fail: the same user setting the key by statement puts it in the general log.
    plain = connect(url)
    try:
        plain.execute("SET @datamask_key = ?", [key.value])
    finally:
        plain.close()
    assert _leaks(_logged_since(conn, start)[0], key.value)


def test_a_server_refusing_client_files_falls_back_and_says_what_the_general_log_shows(
    mariadb_logs, mariadb_user, mariadb_engine, tmp_path
):
    conn = mariadb_logs
    schema, policy = _source(mariadb_engine, tmp_path)
    url = mariadb_user(schema)
    before = conn.query("SELECT @@global.local_infile")[0][0]
    conn.execute("SET GLOBAL local_infile = 0")
    try:
        key = key_from_secret(_fresh_secret())
        start = conn.query("SELECT NOW(6)")[0][0]
        with pytest.warns(DatamaskWarning, match="general query log .*SUPER.*SET @datamask_key"):
            assert api.run_policy(policy, url, key, out_dir=tmp_path / "out").outcome == "succeeded"
        general, slow = _logged_since(conn, start)
        assert _leaks(general, key.value)  # as the warning says: the grep finds it
        assert _leaks(slow, key.value) == []  # the slow log needs no privilege to keep it out
    finally:
        conn.execute(f"SET GLOBAL local_infile = {int(before)}")
