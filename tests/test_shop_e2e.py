"""The README's user path on the shop example: DuckDB and PostgreSQL produce identical masked tables."""

from __future__ import annotations

from pathlib import Path

import duckdb
from sqlglot import exp
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.connection import connect
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "examples" / "shop"
ENV = {"DATAMASK_SECRET": "shop-e2e-secret-1"}
TABLES = {"customers": 200, "addresses": 300, "orders": 600, "payments": 642}


def _masked_rows(conn, table):
    query = exp.select("*").from_(exp.table_(exp.to_identifier(table), db=exp.to_identifier("masked"))).order_by("id")
    return conn.query(to_sql(get_dialect(conn.dialect), query))


def test_duckdb_and_postgres_agree_on_the_shop(tmp_path, postgres_url):
    db = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(db))
    con.execute((SHOP / "shop.sql").read_text())
    con.close()
    pg = connect(postgres_url)
    pg.execute((SHOP / "shop.sql").read_text())

    runner = CliRunner()
    for source in (f"duckdb:///{db}", postgres_url):
        result = runner.invoke(
            app,
            ["run", str(SHOP / "policy.yml"), "--source", source, "--out", str(tmp_path / source.split(":")[0])],
            env=ENV,
        )
        assert result.exit_code == 0, result.output

    duck = connect(f"duckdb:///{db}")
    for table, count in TABLES.items():
        duck_rows, pg_rows = _masked_rows(duck, table), _masked_rows(pg, table)
        assert len(duck_rows) == count
        assert duck_rows == pg_rows, table
    # Joins still match after masking, and masked columns really changed.
    join = 'SELECT count(*) FROM "masked"."orders" o JOIN "masked"."customers" c ON o."customer_id" = c."id"'
    assert duck.query(join)[0][0] == 600
    source_emails = {r[0] for r in duck.query('SELECT "email" FROM "main"."customers"')}
    assert not source_emails & {r[1] for r in _masked_rows(duck, "customers")}
    duck.close()
    pg.execute("DROP TABLE payments, orders, addresses, customers")
    pg.execute('DROP SCHEMA "masked" CASCADE')
    pg.close()
