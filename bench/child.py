"""One measurement in its own process (python -m bench.child engine|rss|wide ...), printed as a JSON line."""

from __future__ import annotations

import json
import sys

from bench import engines, wide
from bench.settings import ROWS


def main(argv: list[str]) -> None:
    """Dispatch on the first argument."""
    what = argv[0]
    if what == "wide":
        out = wide.measure(max(10, int(wide.TABLES * float(argv[1]))))
    else:
        engine, scale = argv[1], float(argv[2])
        rows = max(1000, int(ROWS[engine] * scale))
        out = engines.measure(engine, rows, with_peers=what == "engine")
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1:])
