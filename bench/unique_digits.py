"""digits unique: true keeps 1,000,000 distinct inputs distinct on DuckDB, PostgreSQL, MariaDB and Spark.

    PYTHONPATH=. python bench/unique_digits.py [--rows 1000000] [--engines duckdb,postgres,mariadb,spark]

The rows are generated in each engine: a phone ('+55 (11) 9' and seven digits) and a 16-digit card ('4', the
row number in 14 digits, a 0), so only the permutation keeps them apart. Both are masked with `digits: {unique:
true}` (the card with `luhn: true`) and counted there: distinct outputs, outputs that lost the input's format (a
digit where a digit was, every other character kept) and cards that fail the Luhn check. Exit code 1 when an engine
returns fewer distinct values than it was given, or any value out of format.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time

from sqlglot import exp

from datamask_sql.connection import connect
from datamask_sql.dialects.base import lit
from datamask_sql.scan.checksums import luhn_sql
from tests.engines import Engine, mask_tables

URLS = {
    "duckdb": "duckdb:///:memory:",
    "postgres": "postgresql://postgres@127.0.0.1:5432/postgres",
    "mariadb": "mysql://root@127.0.0.1:3306/test",
    "spark": "spark://" + tempfile.mkdtemp(prefix="datamask-bench-"),
}
GENERATE = {
    "duckdb": "SELECT CAST(i AS INT) AS id, '+55 (11) 9' || LPAD(CAST(i AS VARCHAR), 7, '0') AS v, "
    "'4' || LPAD(CAST(i AS VARCHAR), 14, '0') || '0' AS card FROM RANGE({n}) r(i)",
    "postgres": "SELECT i AS id, CAST('+55 (11) 9' || LPAD(i::text, 7, '0') AS VARCHAR(20)) AS v, "
    "CAST('4' || LPAD(i::text, 14, '0') || '0' AS VARCHAR(16)) AS card FROM GENERATE_SERIES(0, {n} - 1) i",
    "mariadb": "SELECT seq AS id, CAST(CONCAT('+55 (11) 9', LPAD(seq, 7, '0')) AS CHAR(20)) AS v, "
    "CAST(CONCAT('4', LPAD(seq, 14, '0'), '0') AS CHAR(16)) AS card FROM seq_0_to_{last}",
    "spark": "SELECT CAST(id AS INT) AS id, CONCAT('+55 (11) 9', LPAD(CAST(id AS STRING), 7, '0')) AS v, "
    "CONCAT('4', LPAD(CAST(id AS STRING), 14, '0'), '0') AS card FROM RANGE({n})",
}
RULES = {
    "id": "keep",
    "v": {"transform": "digits", "unique": True},
    "card": {"transform": "digits", "unique": True, "luhn": True},
}
SHAPES = {"v": "+00 (00) 00000000", "card": "0" * 16}


def _checks(engine: Engine, target: str) -> exp.Select:
    """COUNT(*), distinct phones, distinct cards, values out of format, cards failing Luhn: one scan."""
    d = engine.dialect
    column = {name: exp.column(name, quoted=True) for name in SHAPES}
    off = [
        exp.NEQ(this=d.regexp_replace_all(column[name].copy(), "[0-9]", "0"), expression=lit(shape))
        for name, shape in SHAPES.items()
    ]
    card = column["card"]

    def count_if(cond: exp.Expression) -> exp.Expression:
        return exp.Sum(this=exp.Case(ifs=[exp.If(this=cond, true=lit(1))], default=lit(0)))

    return exp.select(
        exp.Count(this=exp.Star()),
        exp.Count(this=exp.Distinct(expressions=[column["v"].copy()])),
        exp.Count(this=exp.Distinct(expressions=[card.copy()])),
        count_if(exp.or_(*off)),
        count_if(exp.Not(this=exp.paren(luhn_sql(d, card.copy(), d.reverse(card.copy()))))),
    ).from_(exp.table_("t", db=target, quoted=True))


def _drop_schema(engine: str, schema: str) -> exp.Expression:
    """DROP SCHEMA IF EXISTS with its tables (MariaDB drops them without being told; CASCADE is not its syntax)."""
    table = exp.Table(this=exp.to_identifier(schema, quoted=True))
    return exp.Drop(tables=[table], kind="SCHEMA", exists=True, cascade=engine != "mariadb")


def main() -> int:
    """Mask and count on each engine; 0 when every engine kept every value distinct and in format."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--engines", default=",".join(GENERATE))
    args = parser.parse_args()
    failed = False
    for name in args.engines.split(","):
        engine = Engine(name, connect(URLS[name]))
        schema = engine.fresh_schema("i12key_fpebench")
        select = GENERATE[name].format(n=args.rows, last=args.rows - 1)
        try:
            engine.conn.execute(f"CREATE TABLE {schema}.t AS {select}")  # fixed bench text; the schema is generated
            start = time.perf_counter()
            target, _, _ = mask_tables(engine, schema, {"t": RULES})
            seconds = time.perf_counter() - start
            (total, phones, cards, off, not_luhn), *_ = engine.conn.query(engine.sql(_checks(engine, target)))
            print(
                f"{name}: {total:,} rows masked in {seconds:.1f} s; distinct phones {phones:,}, distinct cards "
                f"{cards:,} (of {args.rows:,} each); out of format {off:,}; cards failing Luhn {not_luhn:,}",
                flush=True,
            )
            failed |= phones != args.rows or cards != args.rows or bool(off) or bool(not_luhn)
        finally:
            for drop in (f"{schema}_masked", schema):  # the shared servers keep no bench data
                try:
                    engine.conn.execute(engine.sql(_drop_schema(name, drop)))
                except Exception:  # noqa: BLE001 - a bench script: the next engine still runs
                    pass
            engine.conn.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
