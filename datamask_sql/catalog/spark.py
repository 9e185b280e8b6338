"""Spark catalog introspection through the session's catalog API (Spark tables declare no keys)."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.connection import Connection

SYSTEM_SCHEMAS = ("global_temp",)
# Spark stores CHAR(n)/VARCHAR(n) as string and keeps the declared type in the field metadata.
CHAR_VARCHAR_KEY = "__CHAR_VARCHAR_TYPE_STRING"


def read(conn: Connection) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Column rows of every permanent table (no keys or indexes); the catalog API needs no SQL text at all."""
    session = conn.raw
    columns: list[tuple] = []
    for database in sorted(d.name for d in session.catalog.listDatabases()):
        if database in SYSTEM_SCHEMAS:
            continue
        tables = sorted(t.name for t in session.catalog.listTables(database) if not t.isTemporary)
        for table in tables:
            qualified = exp.table_(exp.to_identifier(table), db=exp.to_identifier(database))
            for field in session.table(qualified.sql(dialect="spark", identify=True)).schema.fields:
                declared = field.metadata.get(CHAR_VARCHAR_KEY) or field.dataType.simpleString()
                columns.append((database, table, field.name, declared, field.nullable))
    return columns, [], []
