"""digits unique: true keeps 1,000,000 distinct inputs distinct on DuckDB, PostgreSQL, MariaDB and Spark.

    PYTHONPATH=. python bench/unique_digits.py [--rows 1000000] [--engines duckdb,postgres,mariadb,spark]

The rows are generated in each engine (every '+55 (11) 9' followed by seven digits, so only the permutation
keeps them apart), masked, and counted there; exit code 1 when an engine returns fewer distinct values.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time

from datamask_sql.connection import connect
from tests.engines import Engine, mask_tables

URLS = {
    "duckdb": "duckdb:///:memory:",
    "postgres": "postgresql://postgres@127.0.0.1:5432/postgres",
    "mariadb": "mysql://root@127.0.0.1:3306/test",
    "spark": "spark://" + tempfile.mkdtemp(prefix="datamask-bench-"),
}
GENERATE = {
    "duckdb": "SELECT CAST(i AS INT) AS id, '+55 (11) 9' || LPAD(CAST(i AS VARCHAR), 7, '0') AS v FROM RANGE({n}) r(i)",
    "postgres": "SELECT i AS id, CAST('+55 (11) 9' || LPAD(i::text, 7, '0') AS VARCHAR(20)) AS v "
    "FROM GENERATE_SERIES(0, {n} - 1) i",
    "mariadb": "SELECT seq AS id, CAST(CONCAT('+55 (11) 9', LPAD(seq, 7, '0')) AS CHAR(20)) AS v FROM seq_0_to_{last}",
    "spark": "SELECT CAST(id AS INT) AS id, CONCAT('+55 (11) 9', LPAD(CAST(id AS STRING), 7, '0')) AS v "
    "FROM RANGE({n})",
}


def main() -> int:
    """Mask and count on each engine; 0 when every engine kept every value distinct."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--engines", default=",".join(GENERATE))
    args = parser.parse_args()
    failed = False
    for name in args.engines.split(","):
        engine = Engine(name, connect(URLS[name]))
        schema = engine.fresh_schema("fpebench")
        select = GENERATE[name].format(n=args.rows, last=args.rows - 1)
        engine.conn.execute(f"CREATE TABLE {schema}.t AS {select}")  # fixed bench text; the schema is generated
        start = time.perf_counter()
        target, _, _ = mask_tables(engine, schema, {"t": {"id": "keep", "v": {"transform": "digits", "unique": True}}})
        seconds = time.perf_counter() - start
        (total, distinct), *_ = engine.conn.query(f"SELECT COUNT(*), COUNT(DISTINCT v) FROM {target}.t")
        print(f"{name}: {total:,} rows, {distinct:,} distinct after masking, {seconds:.1f} s")
        failed |= distinct != args.rows
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
