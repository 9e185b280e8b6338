"""Catalogs introspected from live engines (DuckDB, PostgreSQL, MySQL/MariaDB, Spark)."""

from __future__ import annotations

from collections import defaultdict

from datamask_sql.catalog import mysql, spark
from datamask_sql.catalog.model import Catalog, Column, ForeignKey, Index, Table
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.errors import CatalogError
from datamask_sql.sqltypes import parse_type

_DUCKDB_COLUMNS = """
SELECT schema_name, table_name, column_name, data_type, is_nullable
FROM duckdb_columns()
WHERE database_name = current_database() AND NOT internal
ORDER BY schema_name, table_name, column_index
"""
_DUCKDB_CONSTRAINTS = """
SELECT schema_name, table_name, constraint_type, constraint_column_names, referenced_table,
       referenced_column_names, constraint_name
FROM duckdb_constraints()
WHERE database_name = current_database()
  AND constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
ORDER BY schema_name, table_name, constraint_index
"""
_PG_COLUMNS = """
SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'
  AND NOT c.relispartition
ORDER BY n.nspname, c.relname, a.attnum
"""
_PG_CONSTRAINTS = """
SELECT n.nspname, c.relname,
       CASE con.contype WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' ELSE 'FOREIGN KEY' END,
       ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),
       rc.relname,
       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),
       con.conname, rn.nspname
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class rc ON rc.oid = con.confrelid
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE con.contype IN ('p', 'u', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY n.nspname, c.relname, con.conname
"""

_DUCKDB_INDEXES = """
SELECT schema_name, table_name, index_name, is_unique, expressions
FROM duckdb_indexes()
WHERE database_name = current_database()
ORDER BY schema_name, table_name, index_name
"""
# Indexes no constraint owns, on plain columns only (no expressions, no predicate).
_PG_INDEXES = """
SELECT n.nspname, t.relname, i.relname, ix.indisunique,
       ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY AS k(num, ord)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.num ORDER BY k.ord)
FROM pg_index ix
JOIN pg_class i ON i.oid = ix.indexrelid
JOIN pg_class t ON t.oid = ix.indrelid
JOIN pg_namespace n ON n.oid = t.relnamespace
WHERE ix.indexprs IS NULL AND ix.indpred IS NULL
  AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = ix.indexrelid)
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%%'
ORDER BY n.nspname, t.relname, i.relname
"""


def _duckdb_index_columns(expressions: str, columns: set[str]) -> tuple[str, ...] | None:
    """'[a, "b c"]' -> ('a', 'b c'); None when an entry is an expression rather than a column."""
    inner = expressions.strip()[1:-1]
    names = tuple(part.strip().strip('"') for part in inner.split(",")) if inner.strip() else ()
    return names if names and all(n in columns for n in names) else None


def _assemble(dialect: str, url: str, column_rows: list[tuple], constraint_rows: list[tuple],
              index_rows: list[tuple] = ()) -> Catalog:
    columns: dict[tuple[str, str], list[Column]] = defaultdict(list)
    for schema, table, name, type_text, nullable in column_rows:
        columns[(schema, table)].append(Column(name, parse_type(type_text, dialect),
                                               bool(nullable)))
    pk: dict[tuple[str, str], tuple[str, ...]] = {}
    unique: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    fks: dict[tuple[str, str], list[ForeignKey]] = defaultdict(list)
    for row in constraint_rows:
        schema, table, kind, cols, ref_table, ref_cols, name = row[:7]
        ref_schema = row[7] if len(row) > 7 and row[7] else schema
        key = (schema, table)
        if kind == "PRIMARY KEY":
            pk[key] = tuple(cols)
        elif kind == "UNIQUE":
            unique[key].append(tuple(cols))
        else:
            fks[key].append(ForeignKey(tuple(cols), ref_schema, ref_table, tuple(ref_cols), name))
    indexes: dict[tuple[str, str], list[Index]] = defaultdict(list)
    for schema, table, name, is_unique, cols in index_rows:
        names = {c.name for c in columns.get((schema, table), [])}
        cols = _duckdb_index_columns(cols, names) if isinstance(cols, str) else tuple(cols)
        if cols:
            indexes[(schema, table)].append(Index(name, cols, bool(is_unique)))
    tables = tuple(
        Table(schema, table, tuple(cols), pk.get((schema, table), ()), tuple(unique[(schema, table)]),
              tuple(fks[(schema, table)]), tuple(indexes[(schema, table)]))
        for (schema, table), cols in sorted(columns.items())
    )
    return Catalog(tables, dialect, source=url)


def introspect(conn: Connection) -> Catalog:
    """Read tables, column types, nullability and keys from a live connection."""
    queries = {"duckdb": (_DUCKDB_COLUMNS, _DUCKDB_CONSTRAINTS, _DUCKDB_INDEXES),
               "postgres": (_PG_COLUMNS, _PG_CONSTRAINTS, _PG_INDEXES)}
    readers = {"mysql": mysql.read, "spark": spark.read}
    if conn.dialect not in queries and conn.dialect not in readers:
        raise CatalogError(f"no introspector for {conn.dialect}")
    try:
        index_rows: list[tuple] = []
        if conn.dialect in readers:
            column_rows, constraint_rows = readers[conn.dialect](conn)
        else:
            columns_sql, constraints_sql, indexes_sql = queries[conn.dialect]
            column_rows = conn.query(columns_sql)
            constraint_rows = conn.query(constraints_sql)
            index_rows = conn.query(indexes_sql)
    except DRIVER_ERRORS as exc:
        raise CatalogError(f"cannot introspect {conn.url}: {str(exc).strip().splitlines()[0]}") from None
    return _assemble(conn.dialect, conn.url, column_rows, constraint_rows, index_rows)
