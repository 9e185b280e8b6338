"""python -m bench [--scale 0.05] [--engines duckdb,postgres,mysql,spark]: measure, print, write bench/results.md.

Each engine runs in a child process, so its peak RSS is that engine's alone. Ratios, not seconds, are the
result: the machine may be shared, and ratios within one run cancel its speed out."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

from bench.report import render, write_results

ENGINES = ("duckdb", "postgres", "mysql", "spark")


def _child(*args: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.child", *args], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    """Run every engine's measurements and the wide compile, then report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=float(os.environ.get("BENCH_SCALE") or 1.0))
    parser.add_argument("--engines", default=os.environ.get("BENCH_ENGINES") or ",".join(ENGINES))
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results.md"))
    args = parser.parse_args()
    results: dict[str, dict] = {}
    for engine in args.engines.split(","):
        print(f"measuring {engine} ...", file=sys.stderr, flush=True)
        results[engine] = _child("engine", engine, str(args.scale))
        if engine == "duckdb":
            # Client memory must not grow with the data: the same run on a fifth of the rows.
            results[engine]["rss_small_mb"] = _child("rss", engine, str(args.scale / 5))["rss_mb"]
    print("measuring the 1000 x 50 compile ...", file=sys.stderr, flush=True)
    wide = _child("wide", str(args.scale))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, Python {platform.python_version()}"
    table = render(results, wide, args.scale, machine)
    print(table)
    write_results(args.out, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
