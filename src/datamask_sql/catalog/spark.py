"""Spark catalog introspection through the session's catalog API (Spark tables declare no keys)."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.connection import Connection

SYSTEM_SCHEMAS = ("global_temp",)


def read(conn: Connection) -> tuple[list[tuple], list[tuple]]:
    """Column rows of every permanent table; the catalog API needs no SQL text at all."""
    catalog = conn.raw.catalog
    columns: list[tuple] = []
    for database in sorted(d.name for d in catalog.listDatabases()):
        if database in SYSTEM_SCHEMAS:
            continue
        for table in sorted((t for t in catalog.listTables(database) if not t.isTemporary), key=lambda t: t.name):
            qualified = exp.table_(exp.to_identifier(table.name), db=exp.to_identifier(database))
            for col in catalog.listColumns(qualified.sql(dialect="spark", identify=True)):
                columns.append((database, table.name, col.name, col.dataType, col.nullable))
    return columns, []
