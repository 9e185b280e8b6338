"""Incremental refresh of 1 % changed rows against a full run, on PostgreSQL, DuckDB and MariaDB.

    PYTHONPATH=. python bench/refresh.py [--scale 0.05] [--engines postgres,duckdb,mysql]

Builds the benchmark's `people` table (2M rows on PostgreSQL, 5M on DuckDB, 1M on MariaDB, times the scale)
with an `updated_at` cursor and `incremental: {cursor: updated_at, deletes: true}`, runs it in full, changes
1 % of the rows (0.5 % updated, masked columns included; 0.3 % inserted; 0.2 % deleted), refreshes, and reports
refresh / full (target <= 10 %). The refreshed target must equal a fresh full run: same row count and the same
order-independent checksum of every cell, both computed in the engine. Writes its section of bench/results.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
import warnings
from datetime import date
from pathlib import Path

import duckdb

from bench.settings import KEY, MYSQL_URL, PG_URL, ROWS
from bench.workload import COLUMNS, RULES, TABLE, build_statements
from datamask_sql import api
from datamask_sql.connection import connect

SOURCE, TARGET, REBUILT = "i17bench_src", "i17bench_masked", "i17bench_rebuilt"
NAMES = {"postgres": "PostgreSQL", "duckdb": "DuckDB", "mysql": "MariaDB"}
TARGET_SHARE = 0.10
HEADING = "## Incremental refresh (bench/refresh.py)"
CELLS = [name for name, _ in COLUMNS] + ["updated_at"]


def policy_text(target: str) -> str:
    """The benchmark policy with the table refreshed incrementally on updated_at, deletes included."""
    rules = "".join(f"      {name}: {rule}\n" for name, rule in {**RULES, "updated_at": "keep"}.items())
    return (
        f"version: 1\nsource: {{schema: {SOURCE}}}\ntarget: {{schema: {target}}}\n"
        f"tables:\n  {TABLE}:\n    incremental: {{cursor: updated_at, deletes: true}}\n    columns:\n{rules}"
    )


def _changes(engine: str, rows: int) -> list[str]:
    """1 % of the rows changed at cursor 1: 0.5 % updated (masked columns too), 0.3 % inserted, 0.2 % deleted."""
    table = f"{SOURCE}.{TABLE}"
    cat = (lambda *a: "CONCAT(" + ", ".join(a) + ")") if engine == "mysql" else (lambda *a: " || ".join(a))
    names = ", ".join(CELLS)
    copied = ", ".join(
        [f"id + {rows}", "first_name", "last_name", cat("'new'", "email"), "phone"]
        + ["birth_date", "balance", "code", "card", "1"]
    )
    moved, prefixed = cat("email", "'.moved'"), cat("'X'", "last_name")
    return [
        f"UPDATE {table} SET email = {moved}, last_name = {prefixed}, "
        "phone = '+1 (555) 0000000', balance = balance + 1, updated_at = 1 WHERE id % 200 = 7",
        f"INSERT INTO {table} ({names}) SELECT {copied} FROM {table} WHERE id % 1000 < 3",
        f"DELETE FROM {table} WHERE id % 1000 IN (500, 501)",
    ]


def _checksum_sql(engine: str, schema: str) -> str:
    """Row count and an order-independent checksum of every cell (the sum of a hash of each row's text)."""
    text = {
        "postgres": "concat_ws('|', {})",
        "duckdb": "concat_ws('|', {})",
        "mysql": "CONCAT_WS('|', {})",
    }[engine].format(", ".join(f"COALESCE(CAST({c} AS {_text(engine)}), '~')" for c in CELLS))
    row_hash = {
        "postgres": f"('x' || left(md5({text}), 15))::bit(60)::bigint::numeric",
        "duckdb": f"CAST(hash({text}) AS HUGEINT)",
        "mysql": f"CAST(CONV(LEFT(MD5({text}), 15), 16, 10) AS DECIMAL(20, 0))",
    }[engine]
    return f"SELECT COUNT(*), SUM({row_hash}) FROM {schema}.{TABLE}"


def _text(engine: str) -> str:
    return "CHAR" if engine == "mysql" else "VARCHAR"


def _url(engine: str, workdir: Path) -> str:
    if engine == "duckdb":
        path = workdir / "refresh.duckdb"
        duckdb.connect(str(path)).close()
        return f"duckdb:///{path}"
    return PG_URL if engine == "postgres" else MYSQL_URL


def _drop(conn, engine: str) -> None:
    for schema in (SOURCE, TARGET, REBUILT):
        conn.execute(
            f"DROP DATABASE IF EXISTS {schema}" if engine == "mysql" else f"DROP SCHEMA IF EXISTS {schema} CASCADE"
        )


class Timings:
    """The runner's Progress protocol, stamping when each phase began."""

    def __init__(self) -> None:
        self.began, self.marks = time.perf_counter(), {}

    def started(self, total_tables: int) -> None:
        self.marks["started"] = time.perf_counter()

    def table_started(self, table: str) -> None:
        self.marks.setdefault("tables", time.perf_counter())

    def table_done(self, table: str, rows: int, seconds: float) -> None:
        self.marks["tables_done"] = time.perf_counter()

    def phase(self, name: str) -> None:
        self.marks[name] = time.perf_counter()


def _run(policy: Path, url: str, out: Path, **kw) -> tuple[float, dict[str, float], object]:
    """Seconds of one `run` end to end (introspect, compile, execute, verify), its phases, and its result."""
    timings = Timings()
    result = api.run_policy(policy, url, KEY, out_dir=out, progress=timings, **kw)
    end = time.perf_counter()
    m = timings.marks
    phases = {
        "compile": m["started"] - timings.began,
        "stage": m.get("tables_done", m.get("merge", end)) - m.get("tables", m["started"]),
        "merge": m["verify"] - m["merge"] if "merge" in m else 0.0,
        "verify": m["swap"] - m["verify"],
        "swap": end - m["swap"],
    }
    return end - timings.began, phases, result


def measure(engine: str, rows: int) -> dict:
    """Full run, 1 % changes, refresh, fresh full run; their seconds, the refresh's phases, and the comparison."""
    warnings.simplefilter("ignore")
    out: dict = {"rows": rows}
    with tempfile.TemporaryDirectory(prefix="dm-refresh-") as tmp:
        work = Path(tmp)
        url = _url(engine, work)
        conn = connect(url, key=KEY)
        try:
            _drop(conn, engine)
            for statement in build_statements(engine, SOURCE, rows):
                conn.execute(statement)
            conn.execute(f"ALTER TABLE {SOURCE}.{TABLE} ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0")
            if engine == "postgres":
                conn.execute(f"ANALYZE {SOURCE}.{TABLE}")
            refreshed, rebuilt = work / "refreshed.yml", work / "rebuilt.yml"
            refreshed.write_text(policy_text(TARGET), encoding="utf-8")
            rebuilt.write_text(policy_text(REBUILT), encoding="utf-8")
            out["full"], out["full_phases"], first = _run(refreshed, url, work / "a")
            assert first.mode == "full", first.mode
            began = time.perf_counter()
            for statement in _changes(engine, rows):
                conn.execute(statement)
            out["change"] = time.perf_counter() - began
            out["refresh"], out["phases"], result = _run(refreshed, url, work / "a")
            assert result.mode == "incremental", result.mode
            out["merged"] = result.merged[TABLE]
            _run(rebuilt, url, work / "b", full_refresh=True)
            got = conn.query(_checksum_sql(engine, TARGET))[0]
            want = conn.query(_checksum_sql(engine, REBUILT))[0]
            out["equal"] = tuple(map(str, got)) == tuple(map(str, want))
            out["count"] = int(got[0])
            assert out["equal"], f"{engine}: refreshed {got} != rebuilt {want}"
        finally:
            _drop(conn, engine)
            conn.close()
    return out


def render(results: dict[str, dict], scale: float) -> str:
    """The section of results.md: the table, the target per engine."""
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}"
    lines = [
        HEADING,
        "",
        f"Measured {date.today().isoformat()} at BENCH_SCALE={scale:g} on {machine}.",
        "",
        "| engine | rows | full s | refresh s | refresh / full | staged | deleted | compile | stage | merge | "
        "verify | swap | equal to a full run |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    targets = []
    for engine, r in results.items():
        share, p, m = r["refresh"] / r["full"], r["phases"], r["merged"]
        lines.append(
            f"| {NAMES[engine]} | {r['rows']:,} | {r['full']:.2f} | {r['refresh']:.2f} | {share:.1%} | "
            f"{m['staged']:,} | {m['deleted']:,} | {p['compile']:.2f} | {p['stage']:.2f} | {p['merge']:.2f} | "
            f"{p['verify']:.2f} | {p['swap']:.2f} | {'yes' if r['equal'] else 'NO'} ({r['count']:,} rows) |"
        )
        met = "met" if share <= TARGET_SHARE else "MISSED"
        targets.append(f"- {NAMES[engine]} refresh of 1 % changed rows <= 10 % of a full run: {share:.1%}, {met}")
    return "\n".join([*lines, "", "Targets:", "", *targets])


def write_section(path: Path, section: str) -> None:
    """Replace this benchmark's section of results.md (kept below the notes marker, so `make bench` keeps it)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if HEADING in text:
        head, rest = text.split(HEADING, 1)
        tail = rest[rest.find("\n## ") :] if "\n## " in rest else ""
        text = head.rstrip("\n") + "\n\n" + section + "\n" + tail
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def main() -> int:
    """Measure each engine, print and record the section; 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=float(os.environ.get("BENCH_SCALE") or 1.0))
    parser.add_argument("--engines", default="postgres,duckdb,mysql")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results.md"))
    args = parser.parse_args()
    results = {}
    for engine in args.engines.split(","):
        print(f"refreshing on {engine} ...", file=sys.stderr, flush=True)
        results[engine] = measure(engine, max(1000, int(ROWS[engine] * args.scale)))
    section = render(results, args.scale)
    print(section)
    write_section(args.out, section)
    return 0 if all(r["refresh"] / r["full"] <= TARGET_SHARE for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
