"""Library entry points of the audit verbs: scan a source for sensitive columns, check a policy against its
source (the CI gate), and render the audit report. api.py re-exports them; the CLI only prints."""

from __future__ import annotations

from pathlib import Path

from datamask_sql.catalog import Catalog, introspect, load_catalog
from datamask_sql.connection import dialect_of_url, is_url
from datamask_sql.dialects import default_schema, get_dialect
from datamask_sql.files import prepare_dir, write_text
from datamask_sql.inputs import open_source
from datamask_sql.scan import SAMPLE_ROWS, ScanResult, draft_policy, scan_tables, tables_in

__all__ = ["scan_source"]


def _schema_of(catalog: Catalog, dialect_name: str, source_schema: str | None) -> str | None:
    """The schema scan reads: as given, else the one the source chose (MySQL), else the engine's default."""
    return source_schema or catalog.default_schema or default_schema(dialect_name)


def scan_source(
    source: str,
    *,
    source_schema: str | None = None,
    source_dialect: str | None = None,
    rows: int = SAMPLE_ROWS,
    write_policy: Path | None = None,
) -> ScanResult:
    """Classify every column of the source's schema from its name and, on a live source, the match rates of its
    values on a sample of `rows` rows measured in the warehouse; `write_policy`: also write the draft policy."""
    # A schema file is read as PostgreSQL unless told otherwise: pg_dump output is the common case.
    dialect = get_dialect(dialect_of_url(source) if is_url(source) else source_dialect or "postgres")
    with open_source(source) as conn:
        if conn is None:
            fallback = source_schema or default_schema(dialect.name) or "public"
            catalog = load_catalog(source, dialect=dialect.sqlglot_dialect, default_schema=fallback)
        else:
            catalog = introspect(conn)
        tables = tables_in(catalog, _schema_of(catalog, dialect.name, source_schema))
        result = scan_tables(tables, conn, dialect, rows)
    if write_policy is not None:
        prepare_dir(write_policy.parent)
        # The schema is written only when named: a policy on the engine's default serves DuckDB and PostgreSQL.
        write_text(write_policy, draft_policy(tables, result.by_column(), source_schema))
    return result
