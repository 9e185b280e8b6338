"""BigQuery: SHA256 returns BYTES (hence TO_HEX); the key is the query parameter @datamask_key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit
from datamask_sql.sqltypes import build_type

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column


class BigQuery(MaskingDialect):
    """Google BigQuery (GoogleSQL)."""

    name = "bigquery"
    sqlglot_dialect = "bigquery"
    transactional_ddl = False
    schema_case = "BigQuery dataset names are case-sensitive, but names that differ only in case are taken as one here"
    # A project; BigQuery calls the schema a dataset.
    database_level = "project"

    def key(self) -> exp.Expression:
        """A named query parameter: a missing parameter is an error, so this fails closed."""
        return exp.Parameter(this=exp.var(KEY_VARIABLE))

    def set_key(self) -> exp.Expression:
        """BigQuery has no session variable a later statement can read; the key is bound per query."""
        raise self.unsupported(
            "storing the masking key in a session",
            "run the files with the query parameter datamask_key (see docs/dialects.md)",
        )

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return (
            f"bq query --use_legacy_sql=false --parameter={KEY_VARIABLE}:STRING:<output of: datamask-sql key>"
            " < this file"
        )

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """SHA256 of a STRING hashes its UTF-8 bytes and returns BYTES."""
        return self.call("TO_HEX", self.call("SHA256", text))

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """BigQuery casts '0x...' strings to INT64."""
        digits = self.substring(hex_text, start, count)
        return exp.cast(self.call("CONCAT", lit("0x"), digits), build_type("INT64", dialect="bigquery"), copy=False)

    def concat(self, *parts: exp.Expression) -> exp.Expression:
        """CONCAT of STRINGs."""
        return self.call("CONCAT", *parts) if len(parts) > 1 else parts[0]

    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """One function per type: DATE_ADD, DATETIME_ADD, TIMESTAMP_ADD."""
        name = {"date": "DATE_ADD", "timestamp": "DATETIME_ADD"}.get(logical, "TIMESTAMP_ADD")
        return self.template(f"{name}(:v, INTERVAL :n DAY)", v=value, n=days)

    def decimal_text(self, value: exp.Expression, scale: int) -> exp.Expression:
        """CAST(NUMERIC AS STRING) drops trailing zeros ('1.5'); FORMAT keeps the declared scale."""
        return self.call("FORMAT", lit(f"%.{scale}f"), value)

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """'YYYY-MM-DD'."""
        return self.call("FORMAT_DATE", lit("%Y-%m-%d"), value)

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """%E6S: seconds with exactly six fractional digits."""
        return self.call("FORMAT_DATETIME", lit("%Y-%m-%d %H:%M:%E6S"), value)

    def to_utc(self, value: exp.Expression) -> exp.Expression:
        """A TIMESTAMP (an instant) as the UTC DATETIME."""
        return self.call("DATETIME", value, lit("UTC"))

    def from_utc(self, value: exp.Expression) -> exp.Expression:
        """TIMESTAMP(datetime or date, 'UTC')."""
        return self.call("TIMESTAMP", value, lit("UTC"))

    def not_null(self, table: exp.Table, column: Column) -> list[exp.Expression]:
        """BigQuery cannot add NOT NULL to an existing column; verify checks instead."""
        return []

    def swap(self, pairs: list[tuple[exp.Table, exp.Table]]) -> list[exp.Expression]:
        """CREATE OR REPLACE ... COPY replaces each target atomically; then the stage goes."""
        statements: list[exp.Expression] = []
        for stage, target in pairs:
            copy = exp.Clone(this=stage.copy(), copy=True)
            statements.append(exp.Create(this=target.copy(), kind="TABLE", replace=True, clone=copy))
            statements.append(self.drop_table(stage))
        return statements
