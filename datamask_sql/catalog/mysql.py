"""MySQL/MariaDB introspection from information_schema: a database is a schema; text columns have a charset."""

from __future__ import annotations

from datamask_sql.connection import Connection

SYSTEM_SCHEMAS = ("information_schema", "mysql", "performance_schema", "sys")

COLUMNS = """
SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE = 'YES', CHARACTER_SET_NAME, COLLATION_NAME
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

# Indexes no constraint owns (a UNIQUE index is a UNIQUE constraint here), on whole columns only: prefix,
# functional, FULLTEXT and SPATIAL indexes are not re-created. The index InnoDB made for a foreign key is
# read like any other; re-created before the key, the key uses it.
INDEXES = """
SELECT s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, MIN(s.NON_UNIQUE) = 0,
       GROUP_CONCAT(s.COLUMN_NAME ORDER BY s.SEQ_IN_INDEX SEPARATOR '\\0')
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA NOT IN ('information_schema', 'mysql', 'performance_schema', 'sys')
  AND s.INDEX_NAME <> 'PRIMARY'
  AND NOT EXISTS (SELECT 1 FROM information_schema.TABLE_CONSTRAINTS c
                  WHERE c.CONSTRAINT_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME
                    AND c.CONSTRAINT_NAME = s.INDEX_NAME AND c.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE'))
GROUP BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME
HAVING SUM(s.SUB_PART IS NOT NULL OR s.COLUMN_NAME IS NULL OR s.INDEX_TYPE NOT IN ('BTREE', 'HASH')) = 0
ORDER BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME
"""


def current_database(conn: Connection) -> str | None:
    """The database the connection URL named (None when it named none)."""
    return conn.query("SELECT DATABASE()")[0][0]


def column_type(text: str) -> str:
    """MySQL's BOOLEAN is TINYINT(1): read it as a boolean so its canonical text is 'true'/'false'."""
    return "BOOLEAN" if text.lower() in ("tinyint(1)", "tinyint(1) unsigned") else text


def read(conn: Connection) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Column (with charset and collation), constraint and index rows in the shape catalog.live assembles."""
    columns = [(s, t, c, column_type(ty), bool(n), cs, co) for s, t, c, ty, n, cs, co in conn.query(COLUMNS)]
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
    indexes = [(s, t, name, bool(u), tuple(cols.split("\0"))) for s, t, name, u, cols in conn.query(INDEXES)]
    return columns, constraints, indexes
