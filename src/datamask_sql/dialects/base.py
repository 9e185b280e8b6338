"""MaskingDialect: the primitives every transform is built from; engines override where they differ."""

from __future__ import annotations

from typing import ClassVar

import sqlglot
from sqlglot import exp

from datamask_sql.errors import UnsupportedError

KEY_VARIABLE = "datamask_key"


def lit(value: str | int) -> exp.Expression:
    """A SQL literal for a Python str or int."""
    return exp.Literal.string(value) if isinstance(value, str) else exp.Literal.number(value)


class MaskingDialect:
    """The default implementation of every primitive; one subclass per engine overrides what differs."""

    name: ClassVar[str] = "generic"
    sqlglot_dialect: ClassVar[str] = ""
    # Whether CREATE/DROP/RENAME TABLE can run inside a transaction, making the swap atomic.
    transactional_ddl: ClassVar[bool] = False

    # --- templates -----------------------------------------------------------------------------
    def template(self, sql: str, **values: exp.Expression) -> exp.Expression:
        """Parse `sql` in this dialect once and fill its :placeholders with expressions."""
        return exp.replace_placeholders(sqlglot.parse_one(sql, read=self.sqlglot_dialect), **values)

    def unsupported(self, what: str, alternative: str) -> UnsupportedError:
        """The compile-time error for something this dialect cannot express."""
        return UnsupportedError(f"{what} cannot be expressed in {self.name}", hint=alternative)

    # --- the secret ----------------------------------------------------------------------------
    def key(self) -> exp.Expression:
        """Expression reading the masking key the session holds (never the key itself)."""
        raise self.unsupported("reading the masking key", "emit for an engine with session variables")

    def set_key(self) -> exp.Expression:
        """Statement with one placeholder that stores the key in the session, bound through the driver."""
        raise self.unsupported("setting the masking key", "emit for an engine with session variables")

    def key_instructions(self) -> str:
        """How a person running the files by hand supplies the key (one line, no secret in it)."""
        return "set the session variable datamask_key to the output of `datamask-sql key` before running"

    # --- strings -------------------------------------------------------------------------------
    def concat(self, *parts: exp.Expression) -> exp.Expression:
        """Concatenation of non-NULL text parts."""
        return exp.DPipe(this=parts[0], expression=self.concat(*parts[1:])) if len(parts) > 1 else parts[0]

    def length(self, text: exp.Expression) -> exp.Expression:
        """Length in Unicode code points."""
        return exp.Length(this=text)

    def substring(self, text: exp.Expression, start: exp.Expression | int,
                  length: exp.Expression | int | None = None) -> exp.Expression:
        """Code points [start, start+length) of text, 1-based; to the end when length is None."""
        start = lit(start) if isinstance(start, int) else start
        args = {"this": text, "start": start}
        if length is not None:
            args["length"] = lit(length) if isinstance(length, int) else length
        return exp.Substring(**args)

    def strpos(self, text: exp.Expression, needle: str) -> exp.Expression:
        """1-based position of the first `needle` in text, 0 if absent."""
        return exp.StrPosition(this=text, substr=lit(needle))

    def reverse(self, text: exp.Expression) -> exp.Expression:
        """Text with its code points in reverse order."""
        return exp.func("REVERSE", text, dialect=self.sqlglot_dialect)

    def mask_except(self, text: exp.Expression, keep_class: str, mask: str) -> exp.Expression:
        """Replace every code point not in the regex class body `keep_class` by `mask`."""
        return exp.RegexpReplace(this=text, expression=lit(f"[^{keep_class}]"), replacement=lit(mask),
                                 modifiers=lit("g"))

    def repeat(self, text: str, times: exp.Expression) -> exp.Expression:
        """`text` repeated `times` times."""
        return exp.Repeat(this=lit(text), times=times)

    def regexp_replace_all(self, text: exp.Expression, pattern: str, replacement: str) -> exp.Expression:
        """Replace every match of `pattern` (a bracket class or anchored run, portable subset) by `replacement`."""
        return exp.RegexpReplace(this=text, expression=lit(pattern), replacement=lit(replacement))

    def index_in(self, alphabet: str, char: exp.Expression) -> exp.Expression:
        """1-based position of the one-character `char` in the literal `alphabet`; 0 if absent."""
        return exp.StrPosition(this=lit(alphabet), substr=char)

    # --- dates ---------------------------------------------------------------------------------
    def add_days(self, value: exp.Expression, days: exp.Expression) -> exp.Expression:
        """A date or timestamp moved by an integer number of days (the renderer casts back)."""
        return exp.DateAdd(this=value, expression=days, unit=exp.var("DAY"))

    def year_of(self, value: exp.Expression) -> exp.Expression:
        """Calendar year of a date or timestamp as an integer."""
        return exp.cast(exp.Extract(this=exp.var("YEAR"), expression=value), exp.DataType.build("INT"))

    def month_of(self, value: exp.Expression) -> exp.Expression:
        """Month (1-12) of a date or timestamp as an integer."""
        return exp.cast(exp.Extract(this=exp.var("MONTH"), expression=value), exp.DataType.build("INT"))

    def make_date(self, year: exp.Expression, month: exp.Expression, day: exp.Expression) -> exp.Expression:
        """The date with these integer parts."""
        return exp.DateFromParts(year=year, month=month, day=day)

    # --- hashing -------------------------------------------------------------------------------
    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """Lowercase 64-char hex SHA-256 of the UTF-8 bytes of `text`."""
        return exp.SHA2(this=text, length=exp.Literal.number(256))

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """Unsigned integer value of hex digits [start, start+count) (count <= 15)."""
        raise self.unsupported("hex to integer", "none")

    def mod(self, value: exp.Expression, divisor: int) -> exp.Expression:
        """value modulo a positive divisor (value is non-negative)."""
        # An AST is not text: a Sub/Add operand must be parenthesised or it renders as a - (b % n).
        value = exp.paren(value) if isinstance(value, exp.Binary) else value
        return exp.Mod(this=value, expression=lit(divisor))

    # --- canonical text ------------------------------------------------------------------------
    def canonical_text(self, value: exp.Expression, logical: str, data_type: exp.DataType) -> exp.Expression:
        """Canonical text of a typed value, per docs/determinism.md."""
        if logical == "text":
            return value
        if logical == "char":
            return exp.func("RTRIM", value)
        if logical in ("integer", "decimal"):
            return exp.cast(value, exp.DataType.build("TEXT"))
        if logical == "boolean":
            return exp.Case(ifs=[exp.If(this=value, true=lit("true"))], default=lit("false"))
        if logical == "date":
            return exp.TimeToStr(this=value, format=lit("%Y-%m-%d"))
        if logical == "timestamp":
            return exp.TimeToStr(this=value, format=lit("%Y-%m-%d %H:%M:%S.%f"))
        if logical == "uuid":
            return exp.Lower(this=exp.cast(value, exp.DataType.build("TEXT")))
        raise self.unsupported(f"canonical text of {logical} values", "keep or null this column")

    # --- types and statements ------------------------------------------------------------------
    def text_type(self) -> exp.DataType:
        """The unbounded text type."""
        return exp.DataType.build("TEXT")

    def cast(self, value: exp.Expression, data_type: exp.DataType) -> exp.Expression:
        """value converted to the target column's declared type."""
        return exp.Cast(this=value, to=data_type.copy())

    def create_schema(self, schema: str) -> exp.Expression:
        """CREATE SCHEMA IF NOT EXISTS."""
        return exp.Create(this=exp.Table(this=exp.to_identifier(schema)), kind="SCHEMA", exists=True)

    def drop_table(self, table: exp.Table) -> exp.Expression:
        """DROP TABLE IF EXISTS."""
        return exp.Drop(tables=[table.copy()], kind="TABLE", exists=True)

    def create_table_as(self, table: exp.Table, select: exp.Select) -> exp.Expression:
        """CREATE TABLE ... AS SELECT."""
        return exp.Create(this=table.copy(), kind="TABLE", expression=select)

    def set_not_null(self, table: exp.Table, column: str) -> exp.Expression:
        """Make a column NOT NULL after a CTAS (which does not carry nullability)."""
        action = exp.AlterColumn(this=exp.to_identifier(column), allow_null=exp.false())
        return exp.Alter(this=table.copy(), kind="TABLE", actions=[action])

    def rename_table(self, table: exp.Table, new_name: str) -> exp.Expression:
        """Rename a table within its schema."""
        return exp.Alter(this=table.copy(), kind="TABLE", actions=[exp.AlterRename(this=exp.to_table(new_name))])

    def swap(self, pairs: list[tuple[exp.Table, exp.Table]]) -> list[exp.Expression]:
        """Replace each target by its staged table, atomically where the engine allows."""
        statements: list[exp.Expression] = [exp.Transaction()] if self.transactional_ddl else []
        for stage, target in pairs:
            statements.append(self.drop_table(target))
            statements.append(self.rename_table(stage, target.name))
        if self.transactional_ddl:
            statements.append(exp.Commit())
        return statements
