"""The ratio table `make bench` prints and writes to bench/results.md, with each target met or missed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

# run / floor at most this, per engine (the targets).
FLOOR_TARGET = {"duckdb": 1.25, "postgres": 1.25, "mysql": 1.5, "spark": 1.5}
PEER_TARGET = 3.0  # the peer takes at least this many times as long as `run`
SWAP_VERIFY_SHARE = 0.15
COMPILE_TARGET_S = 3.0
RSS_TARGET_MB = 250.0
PEER_NAMES = {"postgres": "pynonymizer 2.5", "mysql": "pynonymizer 2.5", "duckdb": "Python stream"}
NAMES = {"duckdb": "DuckDB", "postgres": "PostgreSQL", "mysql": "MariaDB", "spark": "Spark"}


def _mark(ok: bool) -> str:
    return "met" if ok else "MISSED"


def render(results: dict[str, dict], wide: dict[str, float], scale: float, machine: str) -> str:
    """Markdown: one row per engine, then the targets and whether each was met."""
    lines = [
        f"Measured {dt.date.today().isoformat()} at BENCH_SCALE={scale:g} on {machine}.",
        "",
        "| engine | rows | copy s | floor s | run s | run / floor | lookups | CTAS | verify | swap | "
        "swap+verify | peer | peer s | peer / run | compile s | client RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|",
    ]
    targets = []
    for engine, r in results.items():
        name = NAMES[engine]
        ratio = r["run"] / r["floor"]
        share = (r["swap"] + r["verify"]) / r["run"]
        peer = r.get("peer")
        peer_cells = f"{PEER_NAMES[engine]} | {peer:.2f} | {peer / r['run']:.2f}x" if peer else "- | - | -"
        lines.append(
            f"| {NAMES[engine]} | {r['rows']:,} | {r['plain copy']:.2f} | {r['floor']:.2f} | {r['run']:.2f} | "
            f"{ratio:.2f}x | {r['lookups']:.2f} | {r['ctas']:.2f} | {r['verify']:.2f} | {r['swap']:.2f} | "
            f"{share:.0%} | {peer_cells} | {r['compile']:.2f} | {r['rss_mb']:.0f} |"
        )
        targets.append(
            f"- {name} run <= {FLOOR_TARGET[engine]}x floor: {ratio:.2f}x, {_mark(ratio <= FLOOR_TARGET[engine])}"
        )
        targets.append(f"- {name} swap + verify <= 15% of run: {share:.0%}, {_mark(share <= SWAP_VERIFY_SHARE)}")
        if peer:
            speedup = peer / r["run"]
            targets.append(
                f"- {name} >= 3x faster than {PEER_NAMES[engine]}: {speedup:.2f}x, {_mark(speedup >= PEER_TARGET)}"
            )
        rss = max(r["rss_mb"], r.get("rss_small_mb", 0))
        small = f" ({r['rss_small_mb']:.0f} MB at a fifth of the rows)" if "rss_small_mb" in r else ""
        targets.append(f"- {name} client RSS < 250 MB: {r['rss_mb']:.0f} MB{small}, {_mark(rss < RSS_TARGET_MB)}")
    compile_s = wide["compile"]
    targets.append(
        f"- compile of 1,000 tables x 50 columns <= 3 s: {compile_s:.2f} s "
        f"(+ {wide['load policy']:.2f} s loading the policy; measured on {wide['tables']} tables, scaled linearly), "
        f"{_mark(compile_s <= COMPILE_TARGET_S)}"
    )
    return "\n".join([*lines, "", "Targets:", "", *targets])


def write_results(path: Path, table: str) -> None:
    """Replace the measured part of results.md, keeping the notes written below the marker."""
    marker = "<!-- notes: kept by make bench -->"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    notes = old[old.index(marker) :] if marker in old else marker + "\n"
    path.write_text(f"# Benchmark results\n\n{table}\n\n{notes}", encoding="utf-8")
