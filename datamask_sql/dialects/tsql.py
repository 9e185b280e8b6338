"""SQL Server: HASHBYTES over UTF-8 (via a _UTF8 collation), key in SESSION_CONTEXT, no regex."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit
from datamask_sql.sqltypes import build_type

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column

# SQL Server 2019+: converting NVARCHAR to VARCHAR under this collation yields UTF-8 bytes.
UTF8_COLLATION = "Latin1_General_100_CI_AS_SC_UTF8"
# Longest NVARCHAR(MAX) in characters: SUBSTRING needs an explicit length.
MAX_CHARS = 1073741823


class TSQL(MaskingDialect):
    """Microsoft SQL Server 2022+ and Azure SQL (GENERATE_SERIES, UTF-8 collations)."""

    name = "tsql"
    sqlglot_dialect = "tsql"
    default_schema = "dbo"
    aliases = ("sqlserver", "mssql")
    transactional_ddl = True
    schema_case = "SQL Server compares names by the database collation, usually without case"
    database_level = "database"

    def key(self) -> exp.Expression:
        """SESSION_CONTEXT value; when unset, a failing conversion stops the statement."""
        return self.template(
            f"CASE WHEN SESSION_CONTEXT(N'{KEY_VARIABLE}') IS NULL "
            f"THEN CAST(CAST(N'{KEY_VARIABLE} is not set (see the file header)' AS INT) AS NVARCHAR(64)) "
            f"ELSE CAST(SESSION_CONTEXT(N'{KEY_VARIABLE}') AS NVARCHAR(64)) END"
        )

    def set_key(self) -> exp.Expression:
        """sp_set_session_context with a bound parameter."""
        return self.template(f"EXEC sp_set_session_context @key = N'{KEY_VARIABLE}', @value = ?")

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return f"EXEC sp_set_session_context @key = N'{KEY_VARIABLE}', @value = N'<output of: datamask-sql key>';"

    def concat(self, *parts: exp.Expression) -> exp.Expression:
        """CONCAT, not '+': '+' would add numbers."""
        return self.call("CONCAT", *parts) if len(parts) > 1 else parts[0]

    def length(self, text: exp.Expression) -> exp.Expression:
        """LEN ignores trailing spaces; measure with a sentinel appended."""
        return exp.Sub(this=exp.func("LEN", self.call("CONCAT", text, lit("."))), expression=lit(1))

    def substring(
        self, text: exp.Expression, start: exp.Expression | int, length: exp.Expression | int | None = None
    ) -> exp.Expression:
        """SUBSTRING requires a length."""
        return super().substring(text, start, MAX_CHARS if length is None else length)

    def mask_except(self, text: exp.Expression, keep: str, mask: str) -> exp.Expression:
        """No regex before SQL Server 2025: walk the characters with GENERATE_SERIES (2022+), re-join in order.

        `keep` holds only literal characters (partial restricts separators), so it is also the
        set CHARINDEX searches.
        """
        return self.template(
            "COALESCE((SELECT STRING_AGG(CASE WHEN CHARINDEX(SUBSTRING(:t, n.value, 1), :keep) > 0 "
            "THEN SUBSTRING(:t, n.value, 1) ELSE :m END, '') WITHIN GROUP (ORDER BY n.value) "
            "FROM GENERATE_SERIES(1, :len) AS n), '')",
            t=text,
            keep=lit(keep),
            m=lit(mask),
            len=self.length(text.copy()),
        )

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """HASHBYTES hashes bytes: make them UTF-8 through a _UTF8 collation, then hex style 2."""
        return self.template(
            f"LOWER(CONVERT(VARCHAR(64), HASHBYTES('SHA2_256', "
            f"CAST(CAST(:t AS NVARCHAR(MAX)) COLLATE {UTF8_COLLATION} AS VARCHAR(MAX))), 2))",
            t=text,
        )

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """Left-pad to 16 digits, read as 8 bytes with style 1, then as BIGINT."""
        digits = self.substring(hex_text, start, count)
        return self.template(
            "CAST(CONVERT(VARBINARY(8), CONCAT('0x', RIGHT(CONCAT('0000000000000000', :d), 16)), 1) AS BIGINT)",
            d=digits,
        )

    def text_canonical(self, value: exp.Expression) -> exp.Expression:
        """NVARCHAR so VARCHAR columns in any code page convert to Unicode first."""
        return exp.cast(value, build_type("NVARCHAR(MAX)", dialect="tsql"), copy=False)

    def text_type(self) -> exp.DataType:
        """Unicode text."""
        return build_type("NVARCHAR(MAX)", dialect="tsql")

    def boolean_text(self, value: exp.Expression) -> exp.Expression:
        """BIT is a number, not a predicate (NULL stays NULL)."""
        return exp.Case(
            ifs=[
                exp.If(this=exp.EQ(this=value, expression=lit(1)), true=lit("true")),
                exp.If(this=exp.EQ(this=value.copy(), expression=lit(0)), true=lit("false")),
            ]
        )

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """Style 23 is yyyy-mm-dd."""
        return self.template("CONVERT(VARCHAR(10), :v, 23)", v=value)

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """Style 121 on DATETIME2(6): six fractional digits."""
        return self.template("CONVERT(VARCHAR(26), CAST(:v AS DATETIME2(6)), 121)", v=value)

    def to_utc(self, value: exp.Expression) -> exp.Expression:
        """DATETIMEOFFSET moved to +00:00."""
        return self.call("SWITCHOFFSET", value, lit("+00:00"))

    def from_utc(self, value: exp.Expression) -> exp.Expression:
        """A DATETIMEOFFSET at +00:00 (a date or DATETIME2 goes through DATETIME2 first)."""
        return self.call(
            "TODATETIMEOFFSET", exp.cast(value, build_type("DATETIME2(7)", dialect="tsql"), copy=False), lit(0)
        )

    def not_null(self, table: exp.Table, column: Column) -> list[exp.Expression]:
        """ALTER COLUMN restates the type with NOT NULL."""
        action = exp.AlterColumn(this=exp.to_identifier(column.name), dtype=column.data_type.copy(), allow_null=False)
        return [exp.Alter(this=table.copy(), kind="TABLE", actions=[action])]

    def create_schema(self, schema: str, database: str | None = None) -> exp.Expression:
        """CREATE SCHEMA takes no database name: in another database it runs through that database's
        sp_executesql, which runs its text there."""
        if database is None:
            return super().create_schema(schema)
        text = super().create_schema(schema).sql(dialect=self.sqlglot_dialect, identify=True)
        return _in_database(database, "sp_executesql", exp.National(this=text))

    def rename_table(self, table: exp.Table, new_name: str) -> exp.Expression:
        """sp_rename renames in the current database only: a table of another one goes through its own."""
        catalog = table.args.get("catalog")
        if catalog is None:
            return super().rename_table(table, new_name)
        old = exp.table_(table.args["this"].copy(), db=table.args["db"].copy())
        text = old.sql(dialect=self.sqlglot_dialect, identify=True)
        return _in_database(catalog.name, "sp_rename", exp.Literal.string(text), exp.Literal.string(new_name))


def _in_database(database: str, procedure: str, *arguments: exp.Expression) -> exp.Expression:
    """EXECUTE database.sys.procedure arguments: a system procedure run in the context of `database`."""
    name = exp.table_(exp.to_identifier(procedure), db=exp.to_identifier("sys"), catalog=exp.to_identifier(database))
    return exp.Execute(this=name, expressions=list(arguments))
