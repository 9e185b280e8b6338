"""One engine's measurements: build the data, copy, floor, `run` and its parts, compile time, peers."""

from __future__ import annotations

import resource
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from bench import peers
from bench.settings import KEY, MYSQL_URL, PG_URL
from bench.workload import TABLE, build_statements, policy_text, references
from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.connection import connect
from datamask_sql.emit.sql import to_sql
from datamask_sql.policy import parse_policy
from datamask_sql.runkey import put_key
from datamask_sql.runner import run

SOURCE, TARGET = "dm_bench_src", "dm_bench_masked"


@dataclass
class Timings:
    """What `run` reported, stamped as it went (the runner's Progress protocol)."""

    began: float = field(default_factory=time.perf_counter)
    marks: dict[str, float] = field(default_factory=dict)

    def started(self, total_tables: int) -> None:
        self.marks["started"] = time.perf_counter()

    def table_started(self, table: str) -> None:
        self.marks.setdefault("tables", time.perf_counter())

    def table_done(self, table: str, rows: int, seconds: float) -> None:
        self.marks["tables_done"] = time.perf_counter()

    def phase(self, name: str) -> None:
        self.marks[name] = time.perf_counter()


def _url(engine: str, workdir: Path) -> str:
    if engine == "duckdb":
        path = workdir / "bench.duckdb"
        duckdb.connect(str(path)).close()  # a duckdb:// URL names an existing file
        return f"duckdb:///{path}"
    if engine == "spark":
        return f"spark://{workdir / 'warehouse'}"
    return PG_URL if engine == "postgres" else MYSQL_URL


def _drop(conn, engine: str) -> None:
    for schema in (SOURCE, TARGET):
        conn.execute(
            f"DROP DATABASE IF EXISTS {schema}" if engine == "mysql" else f"DROP SCHEMA IF EXISTS {schema} CASCADE"
        )


def _timed(conn, sql: str) -> float:
    began = time.perf_counter()
    conn.execute(sql)
    return time.perf_counter() - began


def measure(engine: str, rows: int, with_peers: bool = True) -> dict[str, float]:
    """Seconds of each step on `engine` with `rows` rows, and the client's peak RSS in MB."""
    warnings.simplefilter("ignore")  # the key-in-log warnings are about servers, not speed
    out: dict[str, float] = {"rows": rows}
    with tempfile.TemporaryDirectory(prefix="dm-bench-") as tmp:
        url = _url(engine, Path(tmp))
        conn = connect(url, key=KEY)
        dialect = api.get_dialect(engine)
        _drop(conn, engine)
        began = time.perf_counter()
        for statement in build_statements(engine, SOURCE, rows):
            conn.execute(statement)
        out["build data"] = time.perf_counter() - began

        began = time.perf_counter()
        policy = parse_policy(policy_text(SOURCE, TARGET), "bench.yml")
        compiled = api.compile_inputs(policy, introspect(conn), dialect, KEY, source=url)
        out["compile"] = time.perf_counter() - began
        table = next(t for t in compiled.catalog.tables if t.name == TABLE and t.schema == SOURCE)
        logicals = {c.name: c.logical for c in table.columns}
        types = {c.name: c.data_type for c in table.columns}
        refs = references(dialect, SOURCE, logicals, types)
        out["plain copy"] = _timed(conn, to_sql(dialect, refs.copy))
        put_key(conn, compiled.emitted, KEY)
        out["floor"] = _timed(conn, to_sql(dialect, refs.floor))

        timings = Timings()
        run(conn, compiled.emitted, KEY, timings)
        end = time.perf_counter()
        marks = timings.marks
        out["run"] = end - timings.began + out["compile"]
        out["lookups"] = marks["tables"] - marks["started"]
        out["ctas"] = marks["tables_done"] - marks["tables"]
        out["verify"] = marks["swap"] - marks["verify"]
        out["swap"] = end - marks["swap"]
        # Before the peers: their memory is theirs (embedded DuckDB's is in this process, and counted).
        out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if with_peers:
            out.update(peers.measure(engine, conn, url, rows, KEY))
        _drop(conn, engine)
        conn.close()
    return out
