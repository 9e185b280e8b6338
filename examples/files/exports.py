"""Write the file exports of the shop example: what a warehouse unload or a vendor drop looks like.

Writes ``examples/files/exports/`` from ``examples/shop/shop.sql`` through DuckDB:

- ``customers.csv``: the customers, a header line and ``"`` quotes;
- ``orders.parquet``: the orders, zstd-compressed, with the shipping address as a nested ``STRUCT`` column
  (``shipping.street``, ``shipping.city``, ...), NULL for an order without one;
- ``payments.jsonl``: the payments, one JSON object a line.

Rerun from the repository root with ``python examples/files/exports.py`` (or ``make exports``); the data is
the shop's, so the files are the same each time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
from sqlglot import exp, parse_one

HERE = Path(__file__).resolve().parent
SHOP_SQL = HERE.parent / "shop" / "shop.sql"

ORDERS = """
SELECT o.id, o.customer_id, o.ordered_at, o.status, o.total,
       CASE WHEN a.id IS NULL THEN NULL
            ELSE {'street': a.street, 'city': a.city, 'postal_code': a.postal_code, 'country': a.country}
       END AS shipping
FROM orders o LEFT JOIN addresses a ON a.id = o.shipping_address_id
ORDER BY o.id
"""

PAYMENTS = "COPY (SELECT * FROM payments ORDER BY id) TO 'out.jsonl' (FORMAT json)"


def _to(statement: str, path: Path) -> str:
    """`statement` writing to `path` (a quoted literal, whatever the path holds)."""
    copy = parse_one(statement, read="duckdb")
    copy.find(exp.Literal).replace(exp.Literal.string(str(path)))
    return copy.sql(dialect="duckdb")


def write_exports(folder: Path) -> list[Path]:
    """Write customers.csv, orders.parquet and payments.jsonl into `folder`; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / "customers.csv", folder / "orders.parquet", folder / "payments.jsonl"]
    conn = duckdb.connect()
    try:
        conn.execute(SHOP_SQL.read_text(encoding="utf-8"))
        conn.sql("SELECT * FROM customers ORDER BY id").write_csv(str(written[0]), header=True)
        conn.sql(ORDERS).write_parquet(str(written[1]), compression="zstd")
        conn.execute(_to(PAYMENTS, written[2]))
    finally:
        conn.close()
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "exports"
    for path in write_exports(target):
        print(path)
