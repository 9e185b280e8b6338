"""Redshift: SHA2 and STRTOL exist; with no custom session settings the key lives in a temp table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit, regex_class

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column

# A temporary table is private to the session and dropped when it ends.
KEY_TABLE = KEY_VARIABLE


class Redshift(MaskingDialect):
    """Amazon Redshift."""

    name = "redshift"
    sqlglot_dialect = "redshift"
    transactional_ddl = True
    schema_case = (
        "Redshift folds names to lower case unless case sensitivity is enabled, "
        "so names that differ only in case are taken as one"
    )
    database_refusal = "Redshift reads other databases but writes only into the one the session is connected to"
    database_fix = "drop target.database and connect to the target database, reading the source through its name"

    def key(self) -> exp.Expression:
        """Scalar subquery on the session's temp table; a missing table fails the statement."""
        return exp.Subquery(this=exp.select(exp.column("k")).from_(exp.to_table(KEY_TABLE)))

    def set_key(self) -> exp.Expression:
        """One-row temp table filled from a bound parameter."""
        return self.template(f"CREATE TEMP TABLE {KEY_TABLE} AS SELECT CAST(%s AS VARCHAR(64)) AS k")

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return f"CREATE TEMP TABLE {KEY_TABLE} AS SELECT CAST('<output of: datamask-sql key>' AS VARCHAR(64)) AS k;"

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """SHA2 over the UTF-8 bytes, lowercase hex."""
        return self.call("SHA2", text, lit(256))

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """STRTOL(text, 16) returns BIGINT."""
        return self.call("STRTOL", self.substring(hex_text, start, count), lit(16))

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """'YYYY-MM-DD'."""
        return self.call("TO_CHAR", value, lit("YYYY-MM-DD"))

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """US: six fractional digits."""
        return self.call("TO_CHAR", value, lit("YYYY-MM-DD HH24:MI:SS.US"))

    def not_null(self, table: exp.Table, column: Column) -> list[exp.Expression]:
        """Redshift cannot add NOT NULL to an existing column; verify checks instead."""
        return []

    def make_date(self, year: exp.Expression, month: exp.Expression, day: exp.Expression) -> exp.Expression:
        """Redshift has no DATE_FROM_PARTS: parse the zero-padded ISO text."""
        return self.template(
            "TO_DATE(LPAD(CAST(:y AS VARCHAR), 4, '0') || '-' || LPAD(CAST(:m AS VARCHAR), 2, '0') || '-' || "
            "LPAD(CAST(:d AS VARCHAR), 2, '0'), 'YYYY-MM-DD')",
            y=year,
            m=month,
            d=day,
        )

    def regexp_replace_all(self, text: exp.Expression, pattern: str, replacement: str) -> exp.Expression:
        """Redshift replaces every match by default; its fourth argument is a position, not a 'g' flag."""
        return self.call("REGEXP_REPLACE", text, lit(pattern), lit(replacement))

    def mask_except(self, text: exp.Expression, keep: str, mask: str) -> exp.Expression:
        """As regexp_replace_all: three arguments only."""
        return self.call("REGEXP_REPLACE", text, lit(f"[^{regex_class(keep)}]"), lit(mask))
