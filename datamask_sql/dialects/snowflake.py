"""Snowflake: SHA2 returns hex of UTF-8; the key is the session variable $datamask_key."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit
from datamask_sql.sqltypes import build_type


class Snowflake(MaskingDialect):
    """Snowflake."""

    name = "snowflake"
    sqlglot_dialect = "snowflake"
    # DDL commits implicitly; each table is swapped atomically with ALTER TABLE ... SWAP WITH.
    transactional_ddl = False
    schema_case = (
        "Snowflake folds unquoted names to upper case, so schema names that differ only in case are taken as one"
    )
    database_level = "database"

    def key(self) -> exp.Expression:
        """$datamask_key: an unset session variable is an error, so this fails closed."""
        return self.template(f"${KEY_VARIABLE}")

    def set_key(self) -> exp.Expression:
        """SET with a bound parameter; upper case because $datamask_key resolves unquoted (upper-cased)."""
        return self.template(f"SET {KEY_VARIABLE.upper()} = ?")

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return f"SET {KEY_VARIABLE} = '<output of: datamask-sql key>';"

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """SHA2 over the UTF-8 bytes, lowercase hex."""
        return self.call("SHA2", text, lit(256))

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """TO_NUMBER with one X per hex digit."""
        digits = self.substring(hex_text, start, count)
        return self.call("TO_NUMBER", digits, lit("X" * count))

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """Snowflake format model."""
        return self.call("TO_CHAR", value, lit("YYYY-MM-DD"))

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """FF6: six fractional digits."""
        return self.call("TO_CHAR", value, lit("YYYY-MM-DD HH24:MI:SS.FF6"))

    def to_utc(self, value: exp.Expression) -> exp.Expression:
        """The same instant as a UTC wall-clock TIMESTAMP_NTZ."""
        return self.call("CONVERT_TIMEZONE", lit("UTC"), value)

    def from_utc(self, value: exp.Expression) -> exp.Expression:
        """A TIMESTAMP_TZ at +00:00: the UTC wall clock with its offset spelled out (no session zone involved)."""
        wall = self.call(
            "TO_CHAR",
            exp.cast(value, build_type("TIMESTAMP_NTZ", dialect="snowflake"), copy=False),
            lit("YYYY-MM-DD HH24:MI:SS.FF9"),
        )
        return self.call("TO_TIMESTAMP_TZ", self.concat(wall, lit(" +00:00")), lit("YYYY-MM-DD HH24:MI:SS.FF9 TZH:TZM"))

    def swap(self, pairs: list[tuple[exp.Table, exp.Table]]) -> list[exp.Expression]:
        """SWAP WITH exchanges two tables atomically; an empty target is created first on a first run."""
        statements: list[exp.Expression] = []
        for stage, target in pairs:
            like = exp.Properties(expressions=[exp.LikeProperty(this=stage.copy())])
            statements.append(exp.Create(this=target.copy(), kind="TABLE", exists=True, properties=like))
            statements.append(exp.Alter(this=target.copy(), kind="TABLE", actions=[exp.SwapTable(this=stage.copy())]))
            statements.append(self.drop_table(stage))
        return statements
