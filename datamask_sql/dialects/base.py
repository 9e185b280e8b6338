"""MaskingDialect: the primitives every transform is built from; engines override where they differ."""

from __future__ import annotations

from typing import ClassVar

import sqlglot
from sqlglot import exp

from datamask_sql.dialects.keys import TableShape, describe_key, index_statements, key_constraints, labelled
from datamask_sql.dialects.session import KEY_VARIABLE, SessionKey
from datamask_sql.dialects.shapes import ValueShapes
from datamask_sql.dialects.targets import TargetSafety
from datamask_sql.errors import UnsupportedError

__all__ = ["KEY_VARIABLE", "MaskingDialect", "lit", "regex_class"]


def _scale(data_type: exp.DataType) -> int:
    params = [p.this if isinstance(p, exp.DataTypeParam) else p for p in data_type.expressions]
    numbers = [int(p.this) for p in params if isinstance(p, exp.Literal) and not p.is_string]
    return numbers[1] if len(numbers) > 1 else 0


def lit(value: str | int) -> exp.Expression:
    """A SQL literal for a Python str or int."""
    return exp.Literal.string(value) if isinstance(value, str) else exp.Literal.number(value)


def regex_class(chars: str) -> str:
    """Body of a bracket expression matching exactly `chars` (punctuation only; '-' last so it is literal)."""
    return "".join(sorted(set(chars) - {"-"})) + ("-" if "-" in chars else "")


class MaskingDialect(SessionKey, TargetSafety, ValueShapes):
    """The default implementation of every primitive; one subclass per engine overrides what differs.

    The key's primitives (key, set_key, key_fingerprint, ...) come from SessionKey (dialects/session.py), the
    binary and spatial ones (text_bytes, make_point, restate_type, ...) from ValueShapes (dialects/shapes.py)."""

    name: ClassVar[str] = "generic"
    sqlglot_dialect: ClassVar[str] = ""
    # Schema unqualified names live in when a policy does not say (None: the engine has no such default).
    default_schema: ClassVar[str | None] = None
    # Other names get_dialect accepts for this dialect (--dialect, policy files).
    aliases: ClassVar[tuple[str, ...]] = ()
    # Connection URL schemes this engine is opened by; empty for engines we only emit SQL for.
    url_schemes: ClassVar[tuple[str, ...]] = ()
    # Whether CREATE/DROP/RENAME TABLE can run inside a transaction, making the swap atomic.
    transactional_ddl: ClassVar[bool] = False
    # Whether the engine enforces primary, unique and foreign keys, so re-creating them is worth it.
    enforces_constraints: ClassVar[bool] = False

    # --- templates -----------------------------------------------------------------------------
    def call(self, name: str, *args: exp.Expression) -> exp.Expression:
        """An engine function called by its own name, so sqlglot does not reinterpret its arguments."""
        return exp.Anonymous(this=name, expressions=list(args))

    def template(self, sql: str, **values: exp.Expression) -> exp.Expression:
        """Parse `sql` in this dialect once and fill its :placeholders with expressions."""
        return exp.replace_placeholders(sqlglot.parse_one(sql, read=self.sqlglot_dialect), **values)

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
    def add_days(self, value: exp.Expression, days: exp.Expression, logical: str) -> exp.Expression:
        """A date or timestamp moved by `days` whole days (may be negative); time of day and zone kept.

        The renderer casts the result back to the column's type, so engines where date + interval
        yields a timestamp are fine.
        """
        return self.call("DATEADD", exp.var("DAY"), days, value)

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
        raise self.unsupported("hex to integer", "emit for one of the supported dialects")

    def mod(self, value: exp.Expression, divisor: int) -> exp.Expression:
        """value modulo a positive divisor (value is non-negative)."""
        # An AST is not text: a Sub/Add operand must be parenthesised or it renders as a - (b % n).
        value = exp.paren(value) if isinstance(value, exp.Binary) else value
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
            return exp.Lower(this=exp.cast(value, self.text_type()))
        raise self.unsupported(f"canonical text of {logical} values", "keep or null this column")

    def char_value(self, value: exp.Expression) -> exp.Expression:
        """A CHAR value without its trailing blanks (the padding engines disagree on)."""
        return exp.func("RTRIM", value)

    def text_canonical(self, value: exp.Expression) -> exp.Expression:
        """Text as the engine holds it (engines with per-column charsets convert to UTF-8 here)."""
        return value

    def integer_text(self, value: exp.Expression) -> exp.Expression:
        """Decimal digits of an integer, '-' for negatives, no leading zeros."""
        return exp.cast(value, self.text_type())

    def decimal_text(self, value: exp.Expression, scale: int) -> exp.Expression:
        """Plain notation with exactly the declared scale ('-0.50', '0.00', '12.000')."""
        return exp.cast(value, self.text_type())

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

    # --- types and statements ------------------------------------------------------------------
    def text_type(self) -> exp.DataType:
        """The unbounded text type."""
        return exp.DataType.build("TEXT")

    def text_column_type(self) -> exp.DataType:
        """Type of a text column in tables datamask-sql creates itself (lookups); may differ from casts."""
        return self.text_type()

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

    def create_table(
        self, table: exp.Table, columns: list[tuple[str, exp.DataType]], primary_key: tuple[str, ...] = ()
    ) -> exp.Expression:
        """CREATE TABLE with NOT NULL columns and an optional primary key."""
        defs: list[exp.Expression] = [
            exp.ColumnDef(
                this=exp.to_identifier(name),
                kind=data_type.copy(),
                constraints=[exp.ColumnConstraint(kind=exp.NotNullColumnConstraint())],
            )
            for name, data_type in columns
        ]
        if primary_key:
            defs.append(exp.PrimaryKey(expressions=[exp.to_identifier(c) for c in primary_key]))
        return exp.Create(this=exp.Schema(this=table.copy(), expressions=defs), kind="TABLE")

    def insert_values(self, table: exp.Table, columns: list[str], rows: list[tuple[str | int, ...]]) -> exp.Expression:
        """INSERT INTO table (columns) VALUES literal rows."""
        values = exp.Values(expressions=[exp.Tuple(expressions=[lit(v) for v in row]) for row in rows])
        target = exp.Schema(this=table.copy(), expressions=[exp.to_identifier(c) for c in columns])
        return exp.Insert(this=target, expression=values)

    def not_null(self, table: exp.Table, column: str, data_type: exp.DataType) -> list[exp.Expression]:
        """Make a column NOT NULL after a CTAS (which does not carry nullability)."""
        action = exp.AlterColumn(this=exp.to_identifier(column), allow_null=exp.false())
        return [exp.Alter(this=table.copy(), kind="TABLE", actions=[action])]

    def rename_table(self, table: exp.Table, new_name: str) -> exp.Expression:
        """Rename a table within its schema."""
        return exp.Alter(
            this=table.copy(), kind="TABLE", actions=[exp.AlterRename(this=exp.table_(exp.to_identifier(new_name)))]
        )

    def swap(self, pairs: list[tuple[exp.Table, exp.Table]]) -> list[exp.Expression]:
        """Replace each target by its staged table, atomically where the engine allows."""
        statements: list[exp.Expression] = [exp.Transaction()] if self.transactional_ddl else []
        # Previous targets may carry foreign keys between them: drop children (later pairs) first.
        statements += [self.drop_table(target) for _, target in reversed(pairs)]
        statements += [self.rename_table(stage, target.name) for stage, target in pairs]
        if self.transactional_ddl:
            statements.append(exp.Commit())
        return statements

    def swap_with_constraints(self, shapes: list[TableShape]) -> list[exp.Expression]:
        """Swap (`shapes` parents first), then add keys: old targets go children first, FKs after every rename."""
        statements: list[exp.Expression] = [exp.Transaction()] if self.transactional_ddl else []
        statements += [self.drop_table(s.target) for s in reversed(shapes)]
        statements += [self.rename_table(s.stage, s.target.name) for s in shapes]
        for foreign in (False, True):
            for shape in shapes:
                keys = key_constraints(shape, foreign=foreign)
                keys = keys[len(key_constraints(shape, foreign=False)) :] if foreign else keys
                statements += [
                    labelled(
                        exp.Alter(this=shape.target.copy(), kind="TABLE", actions=[exp.AddConstraint(expressions=[c])]),
                        describe_key(shape, c),
                    )
                    for c in keys
                ]
        statements += [s for shape in shapes for s in index_statements(shape, self.name)]
        if self.transactional_ddl:
            statements.append(exp.Commit())
        return statements
