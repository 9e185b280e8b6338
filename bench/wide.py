"""Compile time of a wide schema: 1,000 tables x 50 columns on a live (in-memory) DuckDB catalog."""

from __future__ import annotations

import time

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.connection import connect
from datamask_sql.policy import parse_policy

TABLES, COLUMNS = 1000, 50
# One rule per column slot, cycling: the transforms a real policy mixes, with most columns kept.
SLOTS = (
    ("VARCHAR", "email"),
    ("VARCHAR", "{transform: fake, kind: first_name}"),
    ("VARCHAR", "digits"),
    ("VARCHAR", "{transform: hash, length: 16}"),
    ("VARCHAR", "{transform: partial, keep_last: 4}"),
    ("DATE", "{transform: date_shift, days: 30}"),
    ("DECIMAL(12,2)", "{transform: noise, percent: 5}"),
    ("VARCHAR", "keep"),
    ("INTEGER", "keep"),
    ("TIMESTAMP", "keep"),
)


def measure(tables: int = TABLES, columns: int = COLUMNS) -> dict[str, float]:
    """Seconds to load the policy and to compile it (plan, render, emit in memory), scaled to TABLES tables."""
    conn = connect("duckdb:///:memory:")
    rules = []
    for t in range(tables):
        slots = [SLOTS[c % len(SLOTS)] for c in range(columns - 1)]
        defs = ", ".join(f"c{c} {type_}" for c, (type_, _) in enumerate(slots))
        conn.execute(f"CREATE TABLE t{t} (id INTEGER PRIMARY KEY, {defs})")
        body = "".join(f"      c{c}: {rule}\n" for c, (_, rule) in enumerate(slots))
        rules.append(f"  t{t}:\n    columns:\n      id: keep\n{body}")
    text = "version: 1\nsource: {schema: main}\ntarget: {schema: masked}\ntables:\n" + "".join(rules)
    catalog = introspect(conn)
    began = time.perf_counter()
    policy = parse_policy(text, "wide.yml")
    loaded = time.perf_counter()
    api.compile_inputs(policy, catalog, api.get_dialect("duckdb"), None, source=conn.url)
    done = time.perf_counter()
    conn.close()
    scale = TABLES / tables
    # Compile work is per table, so a smaller schema's time scales linearly to the full one.
    return {"tables": tables, "load policy": (loaded - began) * scale, "compile": (done - loaded) * scale}
