"""Library entry points of the audit verbs: scan a source for sensitive columns, check a policy against its
source (the CI gate), and render the audit report. api.py re-exports them; the CLI only prints."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from datamask_sql.catalog import Catalog, introspect, load_catalog
from datamask_sql.connection import dialect_of_url, is_url
from datamask_sql.dialects import default_schema, get_dialect
from datamask_sql.files import prepare_dir, write_text
from datamask_sql.inputs import open_source
from datamask_sql.policy import load_policy
from datamask_sql.report import load_audit, render_page
from datamask_sql.scan import SAMPLE_ROWS, ScanResult, draft_policy, scan_tables, tables_in
from datamask_sql.scan.check import CheckResult, check, policy_tables

__all__ = ["check_policy", "scan_source", "write_report"]

REPORT = "report.html"


def _schema_of(catalog: Catalog, dialect_name: str, source_schema: str | None) -> str | None:
    """The schema scan reads: as given, else the one the source chose (MySQL), else the engine's default."""
    return source_schema or catalog.default_schema or default_schema(dialect_name)


def _catalog(source: str, conn, dialect, schema: str | None) -> Catalog:
    if conn is not None:
        return introspect(conn)
    fallback = schema or default_schema(dialect.name) or "public"
    return load_catalog(source, dialect=dialect.sqlglot_dialect, default_schema=fallback)


def _dialect(source: str, source_dialect: str | None):
    # A schema file is read as PostgreSQL unless told otherwise: pg_dump output is the common case.
    return get_dialect(dialect_of_url(source) if is_url(source) else source_dialect or "postgres")


def check_policy(
    policy_path: Path | str,
    source: str,
    *,
    source_schema: str | None = None,
    source_dialect: str | None = None,
    allow_paths: Iterable[Path | str] = (),
    rows: int = SAMPLE_ROWS,
) -> CheckResult:
    """Whether a policy is still true of its source, for CI: no secret needed, nothing written anywhere.

    Finds rules for tables or columns that no longer exist, new columns no rule covers, rules the plan now
    refuses (a changed type), and columns scan classifies as sensitive that the policy keeps without a reason."""
    policy = load_policy(policy_path, allow_paths)
    dialect = _dialect(source, source_dialect)
    with open_source(source) as conn:
        wanted = source_schema or policy.source_schema
        catalog = _catalog(source, conn, dialect, wanted)
        schema = _schema_of(catalog, dialect.name, wanted) or "public"
        present = [t for t in policy_tables(policy, catalog, schema).values() if t is not None]
        scanned = scan_tables(present, conn, dialect, rows)
    return check(policy, catalog, schema, scanned.by_column(), source_schema)


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
    dialect = _dialect(source, source_dialect)
    with open_source(source) as conn:
        catalog = _catalog(source, conn, dialect, source_schema)
        tables = tables_in(catalog, _schema_of(catalog, dialect.name, source_schema))
        result = scan_tables(tables, conn, dialect, rows)
    if write_policy is not None:
        prepare_dir(write_policy.parent)
        # The schema is written only when named: a policy on the engine's default serves DuckDB and PostgreSQL.
        write_text(write_policy, draft_policy(tables, result.by_column(), source_schema))
    return result


def write_report(out_dir: Path) -> Path:
    """Render `out_dir`'s manifest.json and runs.jsonl into `out_dir`/report.html; returns its path."""
    page = render_page(load_audit(out_dir))
    path = out_dir / REPORT
    write_text(path, page)
    return path
