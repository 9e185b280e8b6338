"""Scanning a source: every table's sample measured (over a live connection) and every column classified."""

from __future__ import annotations

from dataclasses import dataclass

from datamask_sql.catalog.model import Catalog, Table
from datamask_sql.connection import Connection
from datamask_sql.dialects import MaskingDialect
from datamask_sql.scan.classify import Finding, classify
from datamask_sql.scan.sample import SAMPLE_ROWS, TableRates, measure_table


@dataclass(frozen=True)
class ScanResult:
    """Every column's finding, in catalog order, and the tables whose values could not be measured."""

    findings: tuple[Finding, ...]
    unmeasured: dict[str, str]
    sample_rows: int

    def by_column(self) -> dict[tuple[str, str], Finding]:
        """Findings keyed by (table, column), table names as the catalog spells them."""
        return {(f.table, f.column): f for f in self.findings}

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {
            "sample_rows": self.sample_rows,
            "columns": [f.to_dict() for f in self.findings],
            "unmeasured": self.unmeasured,
            "sensitive": sum(f.sensitive for f in self.findings),
        }


def tables_in(catalog: Catalog, schema: str | None) -> list[Table]:
    """The tables of `schema` (every schema when None), skipping datamask-sql's own lookup tables."""
    return [t for t in catalog.tables if (schema is None or t.schema == schema) and not t.name.startswith("_dm_")]


def scan_tables(
    tables: list[Table], conn: Connection | None, dialect: MaskingDialect, rows: int = SAMPLE_ROWS
) -> ScanResult:
    """Classify every column of `tables`; with a connection, from names and measured values, else names alone."""
    findings, unmeasured = [], {}
    for table in tables:
        measured = measure_table(conn, table, dialect, rows) if conn is not None else TableRates(0, {})
        if measured.error:
            unmeasured[table.name] = measured.error
        findings += [classify(table, c, measured.columns.get(c.name)) for c in table.columns]
    return ScanResult(tuple(findings), unmeasured, rows)
