"""Catalogs introspected from live engines: one reader per engine, one assembly of their rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from datamask_sql.catalog import duckdb, mysql, postgres, spark
from datamask_sql.catalog.model import Catalog, Column, ForeignKey, Index, Table
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.errors import CatalogError
from datamask_sql.secret import scrub
from datamask_sql.sqltypes import parse_type

Rows = tuple

# Column rows: (schema, table, column, type text, nullable[, charset, collation]).
# Constraint rows: (schema, table, kind, columns, referenced table, referenced columns, name[, referenced schema
# [, enforced on every row]]).
# Index rows: (schema, table, name, unique, columns[, partial, definition node, dialect it was read in]).
# An optional fourth element maps (schema, table) to (partitioning text, inheritance children).
INTROSPECTORS: dict[str, Callable[[Connection], Rows]] = {
    "duckdb": duckdb.read,
    "postgres": postgres.read,
    "mysql": mysql.read,
    "spark": spark.read,
}

# Where the connection itself chooses the schema unqualified names mean (MySQL: the URL's database).
CURRENT_SCHEMA: dict[str, Callable[[Connection], str | None]] = {"mysql": mysql.current_database}
# The database (catalog) the session reads unqualified names in, where the engine has a level above schemas.
CURRENT_DATABASE: dict[str, str] = {
    "duckdb": "SELECT current_database()",
    "postgres": "SELECT current_database()",
    "spark": "SELECT current_catalog()",
}


def _assemble(
    dialect: str,
    url: str,
    column_rows: list[tuple],
    constraint_rows: list[tuple],
    index_rows: list[tuple],
    current: str | None = None,
    layout: dict | None = None,
    database: str | None = None,
) -> Catalog:
    columns: dict[tuple[str, str], list[Column]] = defaultdict(list)
    for schema, table, name, type_text, nullable, *encoding in column_rows:
        charset, collation = (encoding + [None, None])[:2]
        columns[(schema, table)].append(
            Column(name, parse_type(type_text, dialect), bool(nullable), charset or None, collation or None)
        )
    pk: dict[tuple[str, str], tuple[str, ...]] = {}
    unique: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    fks: dict[tuple[str, str], list[ForeignKey]] = defaultdict(list)
    for row in constraint_rows:
        schema, table, kind, cols, ref_table, ref_cols, name = row[:7]
        ref_schema = row[7] if len(row) > 7 and row[7] else schema
        enforced = bool(row[8]) if len(row) > 8 else True
        key = (schema, table)
        if kind == "PRIMARY KEY":
            pk[key] = tuple(cols)
        elif kind == "UNIQUE":
            unique[key].append(tuple(cols))
        else:
            fks[key].append(ForeignKey(tuple(cols), ref_schema, ref_table, tuple(ref_cols), name, enforced=enforced))
    indexes: dict[tuple[str, str], list[Index]] = defaultdict(list)
    for schema, table, name, is_unique, cols, *more in index_rows:
        partial, params, read_in = (more + [False, None, None])[:3]
        # An index known only by its columns can be re-created only when it covers every row on plain columns.
        if params is not None or (cols and not partial):
            indexes[(schema, table)].append(
                Index(name, tuple(cols or ()), bool(is_unique), bool(partial), params, read_in)
            )
    layout = layout or {}
    tables = tuple(
        Table(
            schema,
            table,
            tuple(cols),
            pk.get((schema, table), ()),
            tuple(unique[(schema, table)]),
            tuple(fks[(schema, table)]),
            tuple(indexes[(schema, table)]),
            *layout.get((schema, table), (None, ())),
        )
        for (schema, table), cols in sorted(columns.items())
    )
    return Catalog(tables, dialect, source=url, default_schema=current, database=database, server=True)


def introspect(conn: Connection) -> Catalog:
    """Read tables, column types, nullability and keys from a live connection."""
    read = INTROSPECTORS.get(conn.dialect)
    if read is None:
        raise CatalogError(f"no introspector for {conn.dialect}")
    try:
        column_rows, constraint_rows, index_rows, *layout = read(conn)
        current = CURRENT_SCHEMA[conn.dialect](conn) if conn.dialect in CURRENT_SCHEMA else None
        database = conn.query(CURRENT_DATABASE[conn.dialect])[0][0] if conn.dialect in CURRENT_DATABASE else None
    except DRIVER_ERRORS as exc:
        # Scrubbed whole before the first line is taken: a key broken across lines is found whole.
        text = scrub(str(exc)).strip()
        detail = text.splitlines()[0] if text else type(exc).__name__
        raise CatalogError(f"cannot introspect {conn.url}: {detail}") from None
    layout_map = layout[0] if layout else None
    return _assemble(conn.dialect, conn.url, column_rows, constraint_rows, index_rows, current, layout_map, database)
