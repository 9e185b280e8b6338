"""MaskingDialect: the primitives every transform is built from; engines override where they differ."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, ClassVar

import sqlglot
from sqlglot import exp

from datamask_sql.dialects.checks import VerifyQueries
from datamask_sql.dialects.detect import ValueTests
from datamask_sql.dialects.refresh import RefreshStatements
from datamask_sql.dialects.session import KEY_VARIABLE, SessionKey
from datamask_sql.dialects.shapes import ValueShapes
from datamask_sql.dialects.statements import TableStatements
from datamask_sql.dialects.targets import TargetSafety
from datamask_sql.errors import UnsupportedError
from datamask_sql.sqltypes import build_type

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column

__all__ = ["KEY_VARIABLE", "MaskingDialect", "lit", "regex_class"]


def _scale(data_type: exp.DataType) -> int:
    params = [p.this if isinstance(p, exp.DataTypeParam) else p for p in data_type.expressions]
    numbers = [int(p.this) for p in params if isinstance(p, exp.Literal) and not p.is_string]
    return numbers[1] if len(numbers) > 1 else 0


@functools.cache
def _parsed(sql: str, dialect: str) -> exp.Expression:
    return sqlglot.parse_one(sql, read=dialect)


def lit(value: str | int) -> exp.Expression:
    """A SQL literal for a Python str or int."""
    return exp.Literal.string(value) if isinstance(value, str) else exp.Literal.number(value)


def regex_class(chars: str) -> str:
    """Body of a bracket expression matching exactly `chars` (punctuation only; '-' last so it is literal)."""
    return "".join(sorted(set(chars) - {"-"})) + ("-" if "-" in chars else "")


class MaskingDialect(
    SessionKey, TargetSafety, TableStatements, RefreshStatements, ValueShapes, ValueTests, VerifyQueries
):
    """The default implementation of every primitive; one subclass per engine overrides what differs.

    The key's primitives (key, set_key, key_fingerprint, ...) come from SessionKey (dialects/session.py), the
    binary and spatial ones (text_bytes, make_point, restate_type, ...) from ValueShapes (dialects/shapes.py),
    the tests `scan` measures values with from ValueTests (dialects/detect.py), verify's engine-specific
    queries from VerifyQueries (dialects/checks.py)."""

    name: ClassVar[str] = "generic"
    sqlglot_dialect: ClassVar[str] = ""
    # Schema unqualified names live in when a policy does not say (None: the engine has no such default).
    default_schema: ClassVar[str | None] = None
    # Whether a schema is a database of its own (MySQL): then errors never list the others on the server.
    schemas_are_databases: ClassVar[bool] = False
    # Other names get_dialect accepts for this dialect (--dialect, policy files).
    aliases: ClassVar[tuple[str, ...]] = ()
    # Connection URL schemes this engine is opened by; empty for engines we only emit SQL for.
    url_schemes: ClassVar[tuple[str, ...]] = ()

    # --- templates -----------------------------------------------------------------------------
    def call(self, name: str, *args: exp.Expression) -> exp.Expression:
        """An engine function called by its own name, so sqlglot does not reinterpret its arguments."""
        return exp.Anonymous(this=name, expressions=list(args))

    def template(self, sql: str, **values: exp.Expression) -> exp.Expression:
        """Parse `sql` in this dialect once and fill its :placeholders with expressions."""
        # replace_placeholders fills a copy, so the parsed template is shared.
        return exp.replace_placeholders(_parsed(sql, self.sqlglot_dialect), **values)

    def projection_level(self, select: exp.Select) -> exp.Select:
        """One level of per-row values computed over the level below (engines that would inline it into the
        level above, and so compute it once per reference, keep it a level of its own here)."""
        return select

    def unsupported(self, what: str, alternative: str) -> UnsupportedError:
        """The compile-time error for something this dialect cannot express."""
        return UnsupportedError(f"{what} cannot be expressed in {self.name}", hint=alternative)

    # --- strings -------------------------------------------------------------------------------
    def concat(self, *parts: exp.Expression) -> exp.Expression:
        """Concatenation of non-NULL text parts."""
        return exp.DPipe(this=parts[0], expression=self.concat(*parts[1:])) if len(parts) > 1 else parts[0]

    def length(self, text: exp.Expression) -> exp.Expression:
        """Length in Unicode code points."""
        return exp.Length(this=text)

    def substring(
        self, text: exp.Expression, start: exp.Expression | int, length: exp.Expression | int | None = None
    ) -> exp.Expression:
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

    def mask_except(self, text: exp.Expression, keep: str, mask: str) -> exp.Expression:
        """Replace every code point of `text` that is not in `keep` by `mask` (`keep` is non-empty).

        The default is REGEXP_REPLACE(text, pattern, mask), which replaces every match in most engines;
        engines that replace only the first match without a flag override this.
        """
        return self.template("REGEXP_REPLACE(:t, :p, :m)", t=text, p=lit(f"[^{regex_class(keep)}]"), m=lit(mask))

    def repeat(self, text: str | exp.Expression, times: exp.Expression) -> exp.Expression:
        """`text` repeated `times` times."""
        return exp.Repeat(this=lit(text) if isinstance(text, str) else text, times=times)

    def replace_at(self, text: exp.Expression, position: exp.Expression, char: exp.Expression) -> exp.Expression:
        """`text` with its code point at `position` (1-based, within it, or 1 of an empty text) made `char`.

        Default: the two sides around it concatenated, which reads `text` twice; engines with OVERLAY read it once."""
        before = self.substring(text, 1, exp.Sub(this=position, expression=lit(1)))
        return self.concat(before, char, self.substring(text.copy(), exp.Add(this=position.copy(), expression=lit(1))))

    def regexp_replace_all(self, text: exp.Expression, pattern: str, replacement: str) -> exp.Expression:
        """Replace every match of `pattern` (a bracket class or anchored run, portable subset) by `replacement`."""
        return exp.RegexpReplace(this=text, expression=lit(pattern), replacement=lit(replacement))

    def index_in(self, alphabet: str, char: exp.Expression) -> exp.Expression:
        """1-based position of the one-character `char` in the literal `alphabet`; 0 if absent."""
        return exp.StrPosition(this=lit(alphabet), substr=char)

    # --- dates ---------------------------------------------------------------------------------
    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """A date or timestamp moved by `days` whole days (may be negative); time of day and zone kept.

        The renderer casts the result back to the column's type, so engines where date + interval
        yields a timestamp are fine.
        """
        return self.call("DATEADD", exp.var("DAY"), days, value)

    def year_of(self, value: exp.Expression) -> exp.Expression:
        """Calendar year of a date or timestamp as an integer."""
        return exp.cast(exp.Extract(this=exp.var("YEAR"), expression=value), build_type("INT"), copy=False)

    def month_of(self, value: exp.Expression) -> exp.Expression:
        """Month (1-12) of a date or timestamp as an integer."""
        return exp.cast(exp.Extract(this=exp.var("MONTH"), expression=value), build_type("INT"), copy=False)

    def make_date(self, year: exp.Expression, month: exp.Expression, day: exp.Expression) -> exp.Expression:
        """The date with these integer parts."""
        return exp.DateFromParts(year=year, month=month, day=day)

    # --- nested values -------------------------------------------------------------------------
    def struct_field(self, value: exp.Expression, field: str) -> exp.Expression:
        """The field `field` of a STRUCT value."""
        return exp.Dot(this=value, expression=exp.to_identifier(field))

    def struct_pack(self, fields: list[tuple[str, exp.Expression]]) -> exp.Expression:
        """A STRUCT of (field name, value) pairs, fields in the order given ({'name': value} in DuckDB)."""
        return exp.Struct(expressions=[exp.PropertyEQ(this=exp.to_identifier(n), expression=v) for n, v in fields])

    # --- hashing -------------------------------------------------------------------------------
    def sha256_hex(self, text: exp.Expression) -> exp.Expression:
        """Lowercase 64-char hex SHA-256 of the UTF-8 bytes of `text`."""
        return exp.SHA2(this=text, length=exp.Literal.number(256))

    def hex_int(self, hex_text: exp.Expression, start: int, count: int) -> exp.Expression:
        """Unsigned integer value of hex digits [start, start+count) (count <= 15)."""
        raise self.unsupported("hex to integer", "emit for one of the supported dialects")

    def mod(self, value: exp.Expression, divisor: int) -> exp.Expression:
        """value modulo a positive divisor (value is non-negative)."""
        # An AST is not text: a Sub/Add operand must be parenthesised or it renders as a - (b % n).
        value = exp.paren(value, copy=False) if isinstance(value, exp.Binary) else value
        return exp.Mod(this=value, expression=lit(divisor))

    # --- canonical text ------------------------------------------------------------------------
    def canonical_text(self, value: exp.Expression, logical: str, data_type: exp.DataType) -> exp.Expression:
        """Canonical text of a typed value, per docs/dialects.md ('Canonical text')."""
        if logical == "text":
            return self.text_canonical(value)
        if logical == "char":
            return self.char_value(self.text_canonical(value))
        if logical == "integer":
            return self.integer_text(value)
        if logical == "decimal":
            return self.decimal_text(value, _scale(data_type))
        if logical == "boolean":
            return self.boolean_text(value)
        if logical == "date":
            return self.date_text(value)
        if logical == "timestamp":
            return self.timestamp_text(value)
        if logical == "timestamptz":
            return self.timestamp_text(self.to_utc(value))
        if logical == "uuid":
            return exp.Lower(this=exp.cast(value, self.text_type(), copy=False))
        raise self.unsupported(f"canonical text of {logical} values", "keep or null this column")

    def char_value(self, value: exp.Expression) -> exp.Expression:
        """A CHAR value without its trailing blanks (the padding engines disagree on)."""
        return exp.func("RTRIM", value)

    def text_canonical(self, value: exp.Expression) -> exp.Expression:
        """Text as the engine holds it (engines with per-column charsets convert to UTF-8 here)."""
        return value

    def integer_text(self, value: exp.Expression) -> exp.Expression:
        """Decimal digits of an integer, '-' for negatives, no leading zeros."""
        return exp.cast(value, self.text_type(), copy=False)

    def decimal_text(self, value: exp.Expression, scale: int) -> exp.Expression:
        """Plain notation with exactly the declared scale ('-0.50', '0.00', '12.000')."""
        return exp.cast(value, self.text_type(), copy=False)

    def boolean_text(self, value: exp.Expression) -> exp.Expression:
        """'true' or 'false' (NULL stays NULL)."""
        return exp.Case(
            ifs=[exp.If(this=value, true=lit("true")), exp.If(this=exp.Not(this=value.copy()), true=lit("false"))]
        )

    def date_text(self, value: exp.Expression) -> exp.Expression:
        """'YYYY-MM-DD'."""
        return exp.TimeToStr(this=value, format=lit("%Y-%m-%d"))

    def timestamp_text(self, value: exp.Expression) -> exp.Expression:
        """'YYYY-MM-DD HH:MM:SS.ffffff', always six fractional digits."""
        return exp.TimeToStr(this=value, format=lit("%Y-%m-%d %H:%M:%S.%f"))

    def to_utc(self, value: exp.Expression) -> exp.Expression:
        """A timestamp with time zone as the UTC wall-clock timestamp of the same instant."""
        return exp.AtTimeZone(this=value, zone=lit("UTC"))

    def from_utc(self, value: exp.Expression) -> exp.Expression:
        """The inverse of to_utc: a UTC wall-clock timestamp (or a date: its UTC midnight) as a zoned timestamp."""
        return exp.AtTimeZone(this=exp.cast(value, build_type("TIMESTAMP"), copy=False), zone=lit("UTC"))

    def shift_instant(self, value: exp.Expression, days: exp.Expression) -> exp.Expression:
        """A timestamp with time zone moved by exactly `days` x 24 hours: the UTC instant moves, whatever the
        session's time zone and its daylight saving changes."""
        return self.from_utc(self.add_days(self.to_utc(value), days, "timestamp"))

    # --- types ---------------------------------------------------------------------------------
    def text_type(self) -> exp.DataType:
        """The unbounded text type."""
        return build_type("TEXT")

    def file_relation(self, fmt: str, path: str) -> exp.Expression:
        """The table of data files at `path` (a file, folder or glob) in format `fmt`, read where they lie."""
        raise self.unsupported(f"reading {fmt} files by path", "run file sources with datamask-sql run (DuckDB)")

    def text_column_type(self) -> exp.DataType:
        """Type of a text column in tables datamask-sql creates itself (lookups); may differ from casts."""
        return self.text_type()

    def cast(self, value: exp.Expression, data_type: exp.DataType) -> exp.Expression:
        """value converted to the target column's declared type."""
        return exp.Cast(this=value, to=data_type.copy())

    def cast_to_column(self, value: exp.Expression, column: Column) -> exp.Expression:
        """A masked value converted to everything the source column declares (engines with per-column
        character sets keep the column's)."""
        return self.cast(value, column.data_type)
