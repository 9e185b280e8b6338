"""MySQL/MariaDB introspection from information_schema: a database is a schema."""

from __future__ import annotations

from datamask_sql.connection import Connection

SYSTEM_SCHEMAS = ("information_schema", "mysql", "performance_schema", "sys")

COLUMNS = """
SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE = 'YES'
FROM information_schema.COLUMNS
WHERE TABLE_SCHEMA NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')
  AND TABLE_NAME IN (SELECT TABLE_NAME FROM information_schema.TABLES t
                     WHERE t.TABLE_SCHEMA = COLUMNS.TABLE_SCHEMA AND t.TABLE_TYPE = 'BASE TABLE')
ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION
"""
KEYS = """
SELECT k.TABLE_SCHEMA, k.TABLE_NAME, c.CONSTRAINT_TYPE, k.CONSTRAINT_NAME, k.COLUMN_NAME,
       k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME
FROM information_schema.KEY_COLUMN_USAGE k
JOIN information_schema.TABLE_CONSTRAINTS c
  ON c.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND c.TABLE_NAME = k.TABLE_NAME
 AND c.CONSTRAINT_NAME = k.CONSTRAINT_NAME
WHERE k.TABLE_SCHEMA NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')
  AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
"""


def column_type(text: str) -> str:
    """MySQL's BOOLEAN is TINYINT(1): read it as a boolean so its canonical text is 'true'/'false'."""
    return "BOOLEAN" if text.lower() in ("tinyint(1)", "tinyint(1) unsigned") else text


def read(conn: Connection) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Column and constraint rows in the shape catalog.live assembles; no plain indexes."""
    columns = [(s, t, c, column_type(ty), bool(n)) for s, t, c, ty, n in conn.query(COLUMNS)]
    grouped: dict[tuple, dict] = {}
    for schema, table, kind, name, col, ref_schema, ref_table, ref_col in conn.query(KEYS):
        entry = grouped.setdefault(
            (schema, table, kind, name), {"cols": [], "ref_cols": [], "ref_table": ref_table, "ref_schema": ref_schema}
        )
        entry["cols"].append(col)
        if ref_col is not None:
            entry["ref_cols"].append(ref_col)
    constraints = [
        (s, t, kind, e["cols"], e["ref_table"], e["ref_cols"], name, e["ref_schema"])
        for (s, t, kind, name), e in grouped.items()
    ]
    return columns, constraints, []
