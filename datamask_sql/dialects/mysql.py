"""MySQL and MariaDB: hash utf8mb4 bytes whatever the column charset; key in a user variable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from datamask_sql.dialects.base import KEY_VARIABLE, MaskingDialect, lit
from datamask_sql.dialects.mysqltables import MySQLTables
from datamask_sql.dialects.session import LogGuard
from datamask_sql.sqltypes import build_type, logical_type

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column

T = exp.DataType.Type

# Evaluated only when the key is unset (COALESCE is lazy): a scalar subquery with two rows raises
# "Subquery returns more than 1 row", so an unset key fails the statement instead of hashing NULL.
# The session-only table LOAD DATA needs to read the key's file into @datamask_key (it keeps no value).
_KEY_UPLOAD_TABLE = "_datamask_key_upload"
# Types whose sort key is the whole value: their leak check can sort. A sort key is cut at max_sort_length
# (1,024 bytes by default) and MariaDB's UCA collations key each character in up to 8 bytes (its other
# utf8mb4 collations in at most 4): only strings up to 128 characters are sure to sort on their whole value.
_SORTED_WHOLE = {T.DATE, T.DECIMAL} | exp.DataType.INTEGER_TYPES
_SORTED_IF_SHORT = {T.CHAR, T.NCHAR, T.VARCHAR, T.NVARCHAR, T.BINARY, T.VARBINARY}
_SHORT = 128


def _sorts_whole(data_type: exp.DataType) -> bool:
    """Whether MariaDB/MySQL sort `data_type` on its whole value (not on a prefix of its sort key)."""
    if data_type.this in _SORTED_WHOLE:
        return True
    size = data_type.expressions[0].this if data_type.expressions else None
    length = int(size.this) if isinstance(size, exp.Literal) and size.is_int else None
    return data_type.this in _SORTED_IF_SHORT and length is not None and length <= _SHORT


_FAIL_WHEN_UNSET = "(SELECT 'datamask_key is not set' UNION ALL SELECT 'see the file header')"


class MySQL(MySQLTables, MaskingDialect):
    """MySQL 8 and MariaDB 10.6+ (a MySQL database is the policy's schema)."""

    name = "mysql"
    sqlglot_dialect = "mysql"
    aliases = ("mariadb",)
    url_schemes = ("mysql", "mariadb")
    schemas_are_databases = True
    # CREATE/DROP/RENAME commit implicitly; the swap is one atomic multi-table RENAME instead.
    transactional_ddl = False
    enforces_constraints = True
    merge_needs_unique_key = True

    key_statement_log = "when on, the general query log shows it as the statement text SET @datamask_key = '<the key>'"

    schema_case = (
        "MySQL and MariaDB compare database names with or without case depending on lower_case_table_names, "
        "so names that differ only in case are taken as one"
    )
    database_refusal = "on MySQL and MariaDB a database is a schema, so there is no level above it"
    database_fix = "drop target.database and name the target database in target.schema"

    def try_lock(self, target: str) -> exp.Expression:
        """GET_LOCK(name, 0): a server-wide named lock, and a MySQL target schema is a database (server-wide)."""
        return exp.select(self.call("GET_LOCK", lit(self.lock_name(target)), lit(0)))

    def unlock(self, target: str) -> exp.Expression:
        """RELEASE_LOCK(name)."""
        return exp.select(self.call("RELEASE_LOCK", lit(self.lock_name(target))))

    def key(self) -> exp.Expression:
        """The user variable @datamask_key, failing the statement when it is unset."""
        return self.template(f"COALESCE(@{KEY_VARIABLE}, {_FAIL_WHEN_UNSET})")

    def set_key(self) -> exp.Expression:
        """SET @datamask_key = ? (pymysql interpolates the escaped value client-side)."""
        return self.template(f"SET @{KEY_VARIABLE} = ?")

    def key_upload(self, schema: str, path: str) -> tuple[exp.Expression, ...]:
        """LOAD DATA LOCAL INFILE reads the key into @datamask_key through a session-only table: the value
        travels as the protocol's file packets, which neither the general log nor the process list shows."""
        table = exp.table_(_KEY_UPLOAD_TABLE, db=schema, quoted=True)
        # sqlglot has no node for LOAD DATA: the statement is a Command around sqlglot-rendered parts.
        load = exp.Command(
            this="LOAD",
            expression=f"DATA LOCAL INFILE {lit(path).sql('mysql')} INTO TABLE {table.sql('mysql')} "
            f"CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '' LINES TERMINATED BY '\\n' "
            f"(@{KEY_VARIABLE})",
        )
        drop = exp.Drop(tables=[table.copy()], kind="TABLE", exists=True, temporary=True)
        column = exp.ColumnDef(this=exp.to_identifier("k"), kind=build_type("TEXT"))
        return (
            exp.Create(this=exp.Table(db=exp.to_identifier(schema, quoted=True)), kind="SCHEMA", exists=True),
            drop,
            exp.Create(
                this=exp.Schema(this=table.copy(), expressions=[column]),
                kind="TABLE",
                properties=exp.Properties(expressions=[exp.TemporaryProperty()]),
            ),
            load,
            drop.copy(),
        )

    def key_log_guards(self) -> tuple[LogGuard, ...]:
        """sql_log_off keeps the key out of the general log (it needs SUPER); the slow log gets a session
        threshold no SET reaches. Both go back to the server's value right after."""
        return (
            LogGuard(
                "general query log",
                self.template("SET SESSION sql_log_off = 1"),
                self.template("SET SESSION sql_log_off = DEFAULT"),
                needs="setting sql_log_off needs SUPER on MariaDB, SESSION_VARIABLES_ADMIN on MySQL 8",
            ),
            LogGuard(
                "slow query log",
                self.template("SET SESSION long_query_time = 31536000"),
                self.template("SET SESSION long_query_time = DEFAULT"),
            ),
        )

    def key_instructions(self) -> str:
        """How to supply the key by hand."""
        return f"SET @{KEY_VARIABLE} = '<output of: datamask-sql key>';"

    def regex_match(self, text: exp.Expression, pattern: str) -> exp.Expression:
        """REGEXP_INSTR, which MySQL 8 and MariaDB both have (MariaDB has no REGEXP_LIKE)."""
        return exp.GT(this=self.call("REGEXP_INSTR", text, lit(pattern)), expression=lit(0))

    def text_canonical(self, value: exp.Expression) -> exp.Expression:
        """Convert to utf8mb4 so latin1 or utf8mb3 columns hash the same bytes as everywhere else."""
        return self.template("CONVERT(:v USING utf8mb4)", v=value)

    def projection_level(self, select: exp.Select) -> exp.Select:
        """A derived table with LIMIT is never merged into the query above, which would repeat each of its
        expressions once per reference (the limit is the largest row count the server can return)."""
        return select.limit(lit(18446744073709551615))

    def leak_count(self, built: exp.Table, source: exp.Table, column: str, data_type: exp.DataType) -> exp.Select:
        """One sort of both columns' non-NULL values (GROUP BY under SQL_BIG_RESULT), summing the built rows of
        each value the source also holds. `IN (SELECT ...)` materializes the whole source column into a
        temporary table with a unique key, which spills to disk past tmp_table_size: 8-10 s per column at 1M
        rows, against 1.5-3 s sorted. The values are grouped by the collation the IN compared them with. Values
        that sort on a prefix of their sort key (TEXT, BLOB, long strings) keep the IN: a sort that leaves equal
        values apart splits their group, and the leak goes uncounted."""
        if not _sorts_whole(data_type):
            return super().leak_count(built, source, column, data_type)
        value, side = exp.to_identifier("v"), exp.to_identifier("side")

        def values(table: exp.Table, mark: int) -> exp.Select:
            col = exp.column(exp.to_identifier(column))
            present = exp.not_(exp.Is(this=col.copy(), expression=exp.null()))
            return (
                exp.select(exp.alias_(col, value.copy()), exp.alias_(lit(mark), side.copy()))
                .from_(table.copy())
                .where(present)
            )

        both = exp.union(values(built, 1), values(source, 0), distinct=False)
        groups = (
            exp.select(exp.alias_(exp.Sum(this=exp.column(side.copy())), "n"))
            .from_(exp.alias_(exp.Subquery(this=both), "u", table=True))
            .group_by(exp.column(value.copy()))
            .having(exp.EQ(this=exp.Min(this=exp.column(side.copy())), expression=lit(0)))
        )
        groups.set("operation_modifiers", [exp.var("SQL_BIG_RESULT")])
        return exp.select(exp.Sum(this=exp.column("n"))).from_(exp.alias_(exp.Subquery(this=groups), "g", table=True))

    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """SHA2 hashes the bytes of its argument in the argument's charset: force utf8mb4."""
        return self.template("LOWER(SHA2(CONVERT(:t USING utf8mb4), 256))", t=text)

    def replace_at(self, text: exp.Expression, position: exp.Expression, char: exp.Expression) -> exp.Expression:
        """INSERT(text, position, 1, char) reads the text once (and returns an empty text as it is)."""
        return self.call("INSERT", text, position, lit(1), char)

    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """DATE_ADD keeps DATE for dates and DATETIME for datetimes."""
        return self.template("DATE_ADD(:v, INTERVAL :n DAY)", v=value, n=days)

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """CONV returns the decimal digits as text; at most 15 hex digits fit a signed BIGINT."""
        digits = self.substring(hex_text, start, count)
        return self.template("CAST(CONV(:d, 16, 10) AS SIGNED)", d=digits)

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """'YYYY-MM-DD'."""
        return self.template("DATE_FORMAT(:v, '%Y-%m-%d')", v=value)

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """%f is always six digits, whatever the column's fractional precision."""
        return self.template("DATE_FORMAT(:v, '%Y-%m-%d %H:%i:%s.%f')", v=value)

    def to_utc(self, value: exp.Expression) -> exp.Expression:
        """TIMESTAMP values are shown in the session time zone; convert them back to UTC.

        CONVERT_TZ returns NULL for unknown zones, but a session cannot be set to a zone the server
        does not know (SET time_zone fails), so @@session.time_zone always converts.
        """
        return self.template("CONVERT_TZ(:v, @@session.time_zone, '+00:00')", v=value)

    def from_utc(self, value: exp.Expression) -> exp.Expression:
        """The session's wall clock of a UTC one, which a TIMESTAMP column stores as that instant."""
        return self.template("CONVERT_TZ(:v, '+00:00', @@session.time_zone)", v=value)

    def cast(self, value: exp.Expression, data_type: exp.DataType) -> exp.Expression:
        """CAST accepts few targets: integers are SIGNED/UNSIGNED without display width, TIMESTAMP is DATETIME;
        binary types go through BINARY, ENUM and SET through CHAR, YEAR through SIGNED, spatial values stay
        as built, and each of those gets its declared type back after the CREATE TABLE AS (restate_type)."""
        target = data_type.copy()
        logical = logical_type(target)
        if logical == "spatial":
            return value
        if logical == "binary":
            # BINARY(n) pads to n bytes as a BINARY(n) column does; every other binary type keeps its length.
            fixed = target.this == T.BINARY and target.expressions
            target = exp.DataType(this=T.BINARY, expressions=target.expressions if fixed else [])
        elif target.this in (T.ENUM, T.SET):
            target = self.text_type()
        elif target.this == T.YEAR:
            target = exp.DataType(this=T.INT)
        elif logical in ("integer", "boolean"):
            target.set("expressions", [])
        elif target.this in (exp.DataType.Type.TIMESTAMPTZ, exp.DataType.Type.TIMESTAMP):
            target = exp.DataType(this=exp.DataType.Type.DATETIME, expressions=target.expressions)
        return exp.Cast(this=value, to=target)

    def cast_to_column(self, value: exp.Expression, column: Column) -> exp.Expression:
        """CAST(... AS CHAR(n) CHARACTER SET cs) COLLATE co for text: a plain CAST would give the CTAS column
        the connection's charset (utf8mb4) instead of the source column's."""
        if column.logical not in ("text", "char") or not column.charset:
            return self.cast(value, column.data_type)
        target = exp.DataType(
            this=exp.DataType.Type.CHARACTER_SET,
            expressions=[p.copy() for p in column.data_type.expressions],
            kind=exp.var(column.charset),
        )
        cast = exp.Cast(this=value, to=target)
        return exp.Collate(this=cast, expression=exp.var(column.collation)) if column.collation else cast

    def restates_type(self, data_type: exp.DataType) -> bool:
        """Binary, spatial, ENUM, SET and YEAR columns are built through another type (see cast)."""
        return logical_type(data_type) in ("binary", "spatial") or data_type.this in (T.ENUM, T.SET, T.YEAR)

    def restate_type(self, table: exp.Table, column: str, data_type: exp.DataType) -> list[exp.Expression]:
        """ALTER TABLE ... MODIFY the column to its declared type."""
        definition = exp.ColumnDef(this=exp.to_identifier(column), kind=data_type.copy())
        return [exp.Alter(this=table.copy(), kind="TABLE", actions=[exp.ModifyColumn(this=definition)])]

    def text_bytes(self, text: exp.Expression) -> exp.Expression:
        """The utf8mb4 bytes, whatever the connection's character set."""
        return self.text_canonical(text)

    def point_coordinates(self, value: exp.Expression, data_type: exp.DataType) -> tuple[exp.Expression, ...]:
        """ST_X and ST_Y (the axis order of the value's spatial reference system)."""
        return self.call("ST_X", value), self.call("ST_Y", value.copy())

    def make_point(
        self, x: exp.Expression, y: exp.Expression, like: exp.Expression, data_type: exp.DataType
    ) -> exp.Expression:
        """Point(x, y) moved into the SRID of `like` (MySQL and MariaDB both have ST_PointFromWKB(wkb, srid))."""
        return self.template("ST_PointFromWKB(ST_AsWKB(Point(:x, :y)), ST_SRID(:v))", x=x, y=y, v=like)

    def text_type(self) -> exp.DataType:
        """CHAR is MySQL's cast target for text."""
        return build_type("CHAR", dialect="mysql")

    def text_column_type(self) -> exp.DataType:
        """As a column type CHAR means CHAR(1); lookup values need TEXT."""
        return build_type("TEXT", dialect="mysql")

    def make_date(self, year: exp.Expression, month: exp.Expression, day: exp.Expression) -> exp.Expression:
        """MySQL has no DATE_FROM_PARTS: day 1 of the year, then whole months and days added."""
        return self.template(
            "DATE_ADD(DATE_ADD(MAKEDATE(:y, 1), INTERVAL (:m - 1) MONTH), INTERVAL (:d - 1) DAY)",
            y=year,
            m=month,
            d=day,
        )
