"""Spark SQL / Databricks: SHA2 returns hex; the key is a session variable (Spark 4, Databricks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit
from datamask_sql.sqltypes import build_type

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column


class Spark(MaskingDialect):
    """Spark 4 SQL and Databricks SQL (session variables need Spark 4.0 / DBR 14.1+)."""

    name = "spark"
    sqlglot_dialect = "spark"
    default_schema = "default"
    aliases = ("databricks",)
    url_schemes = ("spark",)
    transactional_ddl = False
    # Delta's MERGE is atomic on its own; Spark SQL has no multi-statement transaction.
    transactional_merge = False
    # Spark's own (non-Delta) tables take no DELETE.
    deletes_rows = False
    schema_case = "Spark ignores case in database names"
    # A catalog (spark_catalog, Unity Catalog); Spark calls the schema a database.
    database_level = "catalog"

    def try_lock(self, target: str) -> None:
        """Spark SQL has no lock statement: runs into one target must be scheduled one after another (README)."""
        return None

    def key(self) -> exp.Expression:
        """system.session.datamask_key, qualified so a source column of that name cannot shadow it."""
        return self.template(
            f"COALESCE(system.session.{KEY_VARIABLE}, RAISE_ERROR('{KEY_VARIABLE} is not set (see the file header)'))"
        )

    def set_key(self) -> exp.Expression:
        """DECLARE OR REPLACE VARIABLE with a bound parameter marker (spark.sql(args=[...]))."""
        return self.template(f"DECLARE OR REPLACE VARIABLE {KEY_VARIABLE} STRING DEFAULT ?")

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return f"DECLARE OR REPLACE VARIABLE {KEY_VARIABLE} STRING DEFAULT '<output of: datamask-sql key>';"

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """SHA2 hashes the UTF-8 bytes of a string and returns lowercase hex."""
        return self.call("SHA2", text, lit(256))

    def struct_pack(self, fields: list[tuple[str, exp.Expression]]) -> exp.Expression:
        """named_struct('name', value, ...): the names as string literals, whatever the values are."""
        return self.call("named_struct", *(part for name, value in fields for part in (lit(name), value)))

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """CONV returns decimal digits as a string; 15 hex digits fit a BIGINT."""
        digits = self.substring(hex_text, start, count)
        return exp.cast(self.call("CONV", digits, lit(16), lit(10)), build_type("BIGINT"), copy=False)

    def replace_at(self, text: exp.Expression, position: exp.Expression, char: exp.Expression) -> exp.Expression:
        """OVERLAY reads the text once."""
        return exp.Overlay(this=text, expression=char, from_=position, for_=lit(1))

    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """DATE_ADD drops the time of a timestamp; TIMESTAMPADD keeps it. DATE_ADD takes only an INT count."""
        if logical == "date":
            return self.call("DATE_ADD", value, exp.cast(days, build_type("INT"), copy=False))
        return self.call("TIMESTAMPADD", exp.var("DAY"), days, value)

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """Java datetime pattern."""
        return self.call("DATE_FORMAT", value, lit("yyyy-MM-dd"))

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """SSSSSS is always six fractional digits."""
        return self.call("DATE_FORMAT", value, lit("yyyy-MM-dd HH:mm:ss.SSSSSS"))

    def to_utc(self, value: exp.Expression) -> exp.Expression:
        """TIMESTAMP is an instant shown in the session time zone; shift it to the UTC wall clock."""
        return self.call("TO_UTC_TIMESTAMP", value, self.call("CURRENT_TIMEZONE"))

    def from_utc(self, value: exp.Expression) -> exp.Expression:
        """The inverse of TO_UTC_TIMESTAMP with the session time zone."""
        return self.call("FROM_UTC_TIMESTAMP", value, self.call("CURRENT_TIMEZONE"))

    def shift_instant(self, value: exp.Expression, days: exp.Expression) -> exp.Expression:
        """TIMESTAMP is an instant, and TIMESTAMPADD adds hours to it exactly (days would follow the session zone)."""
        return self.call(
            "TIMESTAMPADD", exp.var("HOUR"), exp.Mul(this=exp.paren(days, copy=False), expression=lit(24)), value
        )

    def not_null(self, table: exp.Table, column: Column) -> list[exp.Expression]:
        """Data-source tables (parquet) cannot add NOT NULL after creation; verify checks instead."""
        return []

    def rename_table(self, table: exp.Table, new_name: str) -> exp.Expression:
        """Qualify the new name with its database (schema): an unqualified one would land in the session's
        current database. Not with its catalog: Spark renames within the table's own catalog and refuses a
        three-part new name there."""
        new = exp.table_(exp.to_identifier(new_name), db=table.args["db"].copy())
        return exp.Alter(this=table.copy(), kind="TABLE", actions=[exp.AlterRename(this=new)])

    def create_table(
        self, table: exp.Table, columns: list[tuple[str, exp.DataType]], primary_key: tuple[str, ...] = ()
    ) -> exp.Expression:
        """Spark data-source tables take no PRIMARY KEY or NOT NULL constraints: plain columns only."""
        defs = [exp.ColumnDef(this=exp.to_identifier(name), kind=data_type.copy()) for name, data_type in columns]
        return exp.Create(this=exp.Schema(this=table.copy(), expressions=defs), kind="TABLE")

    def file_relation(self, fmt: str, path: str) -> exp.Expression:
        """parquet.`path` / json.`path`: Spark SQL reads the files where they lie (a folder, partitions included)."""
        if fmt not in ("parquet", "json"):
            # csv.`path` would read the header line as data and every column as _c0, _c1, ...
            raise self.unsupported(
                f"reading {fmt} files by path", "convert them to Parquet, or define a view with header"
            )
        return exp.Table(this=exp.to_identifier(path, quoted=True), db=exp.to_identifier(fmt))
