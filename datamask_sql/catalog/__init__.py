"""Catalog: what tables and columns a source holds, from a live engine or a DDL file."""

from __future__ import annotations

from pathlib import Path

from datamask_sql.catalog.dbt import read_dbt_catalog
from datamask_sql.catalog.ddl import read_ddl
from datamask_sql.catalog.live import introspect
from datamask_sql.catalog.model import Catalog, Column, ForeignKey, Table, logical_type
from datamask_sql.connection import connect, is_url
from datamask_sql.errors import CatalogError

__all__ = [
    "Catalog",
    "Column",
    "ForeignKey",
    "Table",
    "load_catalog",
    "logical_type",
    "read_ddl",
    "read_dbt_catalog",
    "introspect",
]


def load_catalog(source: str, *, dialect: str, default_schema: str) -> Catalog:
    """Catalog of a URL (introspected read-only), a .sql DDL file or a dbt catalog.json, read in `dialect`."""
    if is_url(source):
        conn = connect(source, read_only=True)
        try:
            return introspect(conn)
        finally:
            conn.close()
    path = Path(source)
    if path.suffix.lower() == ".json":
        return read_dbt_catalog(path, dialect)
    if path.suffix.lower() != ".sql":
        raise CatalogError(
            f"'{source}' is neither a connection URL, a .sql DDL file nor a dbt catalog.json",
            hint="use duckdb:///path.duckdb, postgresql://user@host/db, mysql://user@host/db, schema.sql "
            "or target/catalog.json",
        )
    return read_ddl(path, dialect, default_schema)
