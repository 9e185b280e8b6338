"""Trino: no session variables, so the key is a bound statement parameter (PREPARE ... EXECUTE USING)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from datamask_sql.dialects.base import MaskingDialect, lit
from datamask_sql.sqltypes import build_type

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column


class Trino(MaskingDialect):
    """Trino (and Starburst)."""

    name = "trino"
    sqlglot_dialect = "trino"
    transactional_ddl = False
    transactional_merge = False
    schema_case = "Trino folds schema names to lower case"
    database_level = "catalog"

    def key(self) -> exp.Expression:
        """A '?' parameter; every '?' in a statement is bound to the same key."""
        return exp.Placeholder()

    def set_key(self) -> exp.Expression:
        """Nothing in a Trino session can hold the key for later statements."""
        raise self.unsupported(
            "storing the masking key in a session",
            "bind the key to every '?' with PREPARE/EXECUTE USING (see docs/dialects.md)",
        )

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return "PREPARE each statement, then EXECUTE it USING the output of `datamask-sql key` once per '?'"

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """sha256 takes varbinary: encode to UTF-8 first; to_hex returns upper case."""
        return exp.Lower(this=self.call("TO_HEX", self.call("SHA256", self.call("TO_UTF8", text))))

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """from_base(text, 16) returns BIGINT."""
        return self.call("FROM_BASE", self.substring(hex_text, start, count), lit(16))

    def repeat(self, text: str | exp.Expression, times: exp.Expression) -> exp.Expression:
        """Trino's repeat builds an array; join it back into a string."""
        text = lit(text) if isinstance(text, str) else text
        return self.call("ARRAY_JOIN", self.call("REPEAT", text, times), lit(""))

    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """date_add('day', n, value)."""
        return self.call("DATE_ADD", exp.Literal.string("day"), days, value)

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """MySQL-style format specifiers."""
        return self.call("DATE_FORMAT", value, lit("%Y-%m-%d"))

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """%f is six fractional digits; %i is minutes."""
        return self.call("DATE_FORMAT", value, lit("%Y-%m-%d %H:%i:%s.%f"))

    def to_utc(self, value: exp.Expression) -> exp.Expression:
        """Same instant at UTC, then drop the zone so the format sees the UTC wall clock."""
        return exp.cast(exp.AtTimeZone(this=value, zone=lit("UTC")), build_type("TIMESTAMP(6)"), copy=False)

    def from_utc(self, value: exp.Expression) -> exp.Expression:
        """with_timezone reads a timestamp's wall clock in the given zone."""
        return self.call("WITH_TIMEZONE", exp.cast(value, build_type("TIMESTAMP(6)"), copy=False), lit("UTC"))

    def not_null(self, table: exp.Table, column: Column) -> list[exp.Expression]:
        """Trino cannot add NOT NULL to an existing column; verify checks instead."""
        return []

    def rename_table(self, table: exp.Table, new_name: str) -> exp.Expression:
        """Qualify the new name: an unqualified one would resolve against the session schema."""
        catalog = table.args.get("catalog")
        new = exp.table_(exp.to_identifier(new_name), db=table.args["db"].copy(), catalog=catalog and catalog.copy())
        return exp.Alter(this=table.copy(), kind="TABLE", actions=[exp.AlterRename(this=new)])

    def make_date(self, year: exp.Expression, month: exp.Expression, day: exp.Expression) -> exp.Expression:
        """Trino has no DATE_FROM_PARTS: format the zero-padded ISO text and read it as a date."""
        return self.template("DATE(FORMAT('%04d-%02d-%02d', :y, :m, :d))", y=year, m=month, d=day)
