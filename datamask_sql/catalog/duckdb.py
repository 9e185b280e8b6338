"""DuckDB introspection from its duckdb_* table functions, in the current database only."""

from __future__ import annotations

from collections import defaultdict

from datamask_sql.connection import Connection

COLUMNS = """
SELECT schema_name, table_name, column_name, data_type, is_nullable
FROM duckdb_columns()
WHERE database_name = current_database() AND NOT internal
ORDER BY schema_name, table_name, column_index
"""

CONSTRAINTS = """
SELECT schema_name, table_name, constraint_type, constraint_column_names, referenced_table,
       referenced_column_names, constraint_name
FROM duckdb_constraints()
WHERE database_name = current_database()
  AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
ORDER BY schema_name, table_name, constraint_index
"""

INDEXES = """
SELECT schema_name, table_name, index_name, is_unique, expressions
FROM duckdb_indexes()
WHERE database_name = current_database()
ORDER BY schema_name, table_name, index_name
"""


def _index_columns(expressions: str, columns: set[str]) -> tuple[str, ...] | None:
    """'[a, "b c"]' -> ('a', 'b c'); None when an entry is an expression rather than a column."""
    inner = expressions.strip()[1:-1]
    names = tuple(part.strip().strip('"') for part in inner.split(",")) if inner.strip() else ()
    return names if names and all(n in columns for n in names) else None


def read(conn: Connection) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """Column, constraint and index rows in the shape catalog.live assembles."""
    columns = conn.query(COLUMNS)
    constraints = conn.query(CONSTRAINTS)
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for schema, table, name, *_ in columns:
        names[(schema, table)].add(name)
    indexes = []
    for schema, table, name, is_unique, cols in conn.query(INDEXES):
        # duckdb_indexes() gives the indexed expressions as one text; keep only plain-column indexes.
        cols = _index_columns(cols, names[(schema, table)]) if isinstance(cols, str) else tuple(cols)
        if cols:
            indexes.append((schema, table, name, is_unique, cols))
    return columns, constraints, indexes
