"""What a user would pick instead: pynonymizer's UPDATE in place (PostgreSQL, MariaDB), a Python streaming pass
(DuckDB: Arrow batches through hashlib and back)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa

from bench.workload import COLUMNS, MASKED, TABLE, build_statements
from datamask_sql import reference
from datamask_sql.connection import connect
from datamask_sql.secret import MaskingKey

PEER_DB = "dm_bench_pyn"
BATCH_ROWS = 100_000
# pynonymizer's own column strategies for the same masked columns (it has no date shift, noise or partial:
# those columns get its nearest fake type, so it does no less work than we do).
STRATEGY = """\
tables:
  people:
    columns:
      first_name: first_name
      last_name: last_name
      email: unique_email
      phone: phone_number
      birth_date: date_of_birth
      code: {type: fake_update, fake_type: bothify, fake_args: {text: 'C########'}}
      card: credit_card_number
"""


def measure(engine: str, conn, url: str, rows: int, key: MaskingKey) -> dict[str, float]:
    """Seconds the peer takes on the same table on this engine ({} where the issue names none)."""
    if engine in ("postgres", "mysql"):
        return {"peer": _pynonymizer(engine, conn, url, rows)}
    if engine == "duckdb":
        return {"peer": _python_stream(conn, key)}
    return {}


def _pynonymizer(engine: str, conn, url: str, rows: int) -> float:
    """pynonymizer's ANONYMIZE_DB step alone, on a database holding a fresh copy of the table."""
    conn.execute(f"DROP DATABASE IF EXISTS {PEER_DB}")
    conn.execute(f"CREATE DATABASE {PEER_DB}")
    try:
        peer_url = url.rsplit("/", 1)[0] + "/" + PEER_DB
        peer = connect(peer_url)
        schema = "public" if engine == "postgres" else PEER_DB
        for statement in build_statements(engine, schema, rows)[1:]:
            peer.execute(statement)
        peer.close()
        with tempfile.TemporaryDirectory(prefix="dm-bench-pyn-") as tmp:
            strategy = Path(tmp) / "strategy.yml"
            strategy.write_text(STRATEGY, encoding="utf-8")
            command = [
                *(sys.executable, "-m", "pynonymizer", "--only-step", "ANONYMIZE_DB"),
                *("--db-type", "postgres" if engine == "postgres" else "mysql"),
                *("--db-host", "127.0.0.1", "--db-name", PEER_DB, "--strategy", str(strategy)),
                *("--db-user", "postgres" if engine == "postgres" else "root"),
            ]
            began = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, timeout=3600)
            return time.perf_counter() - began
    finally:
        if engine == "postgres":
            conn.execute(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{PEER_DB}' "
                "AND pid <> pg_backend_pid()"
            )
        conn.execute(f"DROP DATABASE IF EXISTS {PEER_DB}")


def _python_stream(conn, key: MaskingKey) -> float:
    """Read the table as Arrow batches, one keyed SHA-256 per masked cell in hashlib, write the batches back."""
    raw = conn.raw
    secret = key.value.encode()
    tags = {name: reference.domain_tag(name).encode() for name in MASKED}
    began = time.perf_counter()
    # A cursor of its own, so the writes below do not end the read.
    reader = raw.cursor().execute(f"SELECT * FROM dm_bench_src.{TABLE}").to_arrow_reader(BATCH_ROWS)
    created = False
    for batch in reader:
        arrays = []
        for name, _ in COLUMNS:
            column = batch.column(name)
            if name in MASKED:
                prefix = secret + tags[name]
                column = pa.array(
                    [
                        None if v is None else hashlib.sha256(prefix + str(v).encode()).hexdigest()
                        for v in column.to_pylist()
                    ]
                )
            arrays.append(column)
        out = pa.RecordBatch.from_arrays(arrays, names=[name for name, _ in COLUMNS])  # noqa: F841 (read by DuckDB)
        if not created:
            raw.execute("CREATE TABLE dm_bench_src.python_people AS SELECT * FROM out")
            created = True
        else:
            raw.execute("INSERT INTO dm_bench_src.python_people SELECT * FROM out")
    return time.perf_counter() - began
