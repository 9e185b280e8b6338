"""Redshift: SHA2 and STRTOL exist; with no custom session settings the key lives in a temp table."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit

# A temporary table is private to the session and dropped when it ends.
KEY_TABLE = KEY_VARIABLE


class Redshift(MaskingDialect):
    """Amazon Redshift."""

    name = "redshift"
    sqlglot_dialect = "redshift"
    transactional_ddl = True

    def key(self) -> exp.Expression:
        """Scalar subquery on the session's temp table; a missing table fails the statement."""
        return exp.Subquery(this=exp.select(exp.column("k")).from_(exp.to_table(KEY_TABLE)))

    def set_key(self) -> exp.Expression:
        """One-row temp table filled from a bound parameter."""
        return self.template(f"CREATE TEMP TABLE {KEY_TABLE} AS SELECT CAST(%s AS VARCHAR(64)) AS k")

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return (f"CREATE TEMP TABLE {KEY_TABLE} AS SELECT CAST('<output of: datamask-sql key>' AS VARCHAR(64))"
                " AS k;")

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

    def not_null(self, table: exp.Table, column: str, data_type: exp.DataType) -> list[exp.Expression]:
        """Redshift cannot add NOT NULL to an existing column; verify checks instead."""
        return []
