"""fake: substitute a realistic value picked from a lookup table by the keyed digest (docs/lookups.md)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, ClassVar, Literal

from pydantic import Field
from sqlglot import exp

from datamask_sql import lookups, reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import lit
from datamask_sql.errors import PolicyError
from datamask_sql.lookups import LookupTable
from datamask_sql.policy import did_you_mean
from datamask_sql.transforms import regional
from datamask_sql.transforms.base import TEXT_TYPES, BuildContext, Params, RefContext, Transform
from datamask_sql.transforms.lookupsource import LookupSource

__all__ = ["Fake", "FakeParams", "LookupSource"]

# Which hex digits of the digest pick the row, and which make the unique suffix (spec in docs/lookups.md).
INDEX_DIGITS = (1, 15)
SUFFIX_DIGITS = (16, 15)


class FakeParams(Params):
    """Parameters of `fake`."""

    unhashed_defaults: ClassVar[tuple[str, ...]] = ("locale_from",)

    kind: str | None = Field(
        None,
        description="Shipped list to pick from: first_name, last_name, full_name, "
        "city, street_address, postal_code, company, job_title, country, region.",
    )
    locale: str = Field("en_US", description="Locale of the shipped list: en_US, de_DE, fr_FR, pt_BR.")
    locale_from: str | None = Field(
        None,
        description="Column of the row whose country code (US, DE, FR, BR; alpha-2 or alpha-3) picks the locale "
        "per row; other values and NULL use `locale`.",
    )
    lookup: LookupSource | None = Field(None, description="Your own list instead of `kind`: {csv: path}.")
    unique: bool = Field(
        False,
        description="Append ' ' and a deterministic number so distinct inputs stay "
        "distinct (for unique and key columns).",
    )
    suffix_digits: int = Field(
        8, ge=4, le=15, description="Digits of the unique suffix (more digits, fewer collisions; see docs/lookups.md)."
    )
    blank: Literal["keep", "fill"] = Field(
        "keep",
        description="An empty value (a CHAR of blanks too): keep it empty, as NULL stays NULL, or fill it with "
        "a substitute like any other value.",
    )


def suffix_length(params: FakeParams) -> int:
    """Characters the unique suffix adds: a space and `suffix_digits` digits (0 without unique)."""
    return 1 + params.suffix_digits if params.unique else 0


def room(params: FakeParams, column: Column) -> int | None:
    """Characters a substitute may have: the column length less the unique suffix (None: unbounded)."""
    return None if column.length is None else column.length - suffix_length(params)


def in_warehouse(params: FakeParams) -> bool:
    """Whether the list is a warehouse table, so N is counted in SQL rather than known at compile time."""
    return params.lookup is not None and params.lookup.table is not None


def warehouse_order(values: list[Any], max_length: int | None) -> list[str]:
    """A warehouse list as the SQL numbers it: distinct non-empty values that fit, by SHA-256 hex of the value.

    Ordering by a hex digest (ASCII) instead of the value keeps idx the same under every engine's collation.
    """
    texts = {str(v) for v in values if v is not None}
    fit = {t for t in texts if len(t) >= 1 and (max_length is None or len(t) <= max_length)}
    return sorted(fit, key=reference.sha256_hex)


def source_table(params: FakeParams) -> LookupTable:
    """The whole list the parameters name, before length fitting."""
    if params.lookup is not None:
        return lookups.from_csv(params.lookup.csv, params.lookup.column, params.lookup.scope)
    return lookups.builtin(params.kind or "", params.locale)


def fitting_table(params: FakeParams, column: Column) -> LookupTable:
    """The values that fit the column once the unique suffix is added, in file order."""
    return source_table(params).fitting(room(params, column))


def _unknown(what: str, value: str, choices: tuple[str, ...]) -> str | None:
    if value in choices:
        return None
    hint = did_you_mean(value, list(choices)) or f"{what}s: {', '.join(choices)}"
    return f"unknown {what} '{value}' ({hint})"


class Fake(Transform):
    """'Ana Souza' -> 'Dawn Simpson': a keyed pick from a realistic list, joined in the warehouse."""

    name = "fake"
    Params = FakeParams
    keyed = True
    accepts = TEXT_TYPES
    summary = "a realistic value (name, city, street, ...) picked from a lookup table by the keyed digest"

    def check(self, params: FakeParams, column: Column) -> str | None:
        """A known list, and at least one of its values must fit the column with any suffix."""
        if (params.kind is None) == (params.lookup is None):
            return "fake needs exactly one of 'kind' (a shipped list) or 'lookup' (your own CSV or table)"
        if params.lookup is not None and (params.lookup.csv is None) == (params.lookup.table is None):
            return "lookup needs exactly one of 'csv' (a file) or 'table' (a warehouse table)"
        if in_warehouse(params):
            if not params.lookup.column:
                return "a warehouse lookup needs 'column': the column of the table holding the values"
            if room(params, column) is not None and room(params, column) < 1:
                return f"the unique suffix leaves no room for a value in {column.length} characters"
            return None
        if params.lookup is None:
            problem = _unknown("kind", params.kind, lookups.kinds()) or _unknown(
                "locale", params.locale, lookups.locales()
            )
            if problem or params.locale_from:
                return problem or regional.check(params.kind, room(params, column))
        elif params.locale_from:
            return "locale_from picks among the shipped lists: use it with 'kind', not 'lookup'"
        try:
            candidates = fitting_table(params, column).values
        except PolicyError as exc:
            if exc.option:
                raise  # the file may not be read from there: the caller says what to allow
            # A user CSV that cannot be read is reported on the rule's line, naming the file.
            where = f"{exc.file}:{exc.line}" if exc.line else exc.file
            return f"{exc.message}: {where}" + (f" ({exc.hint})" if exc.hint else "")
        if not candidates:
            return f"no {source_table(params).label} value fits in {room(params, column)} characters" + (
                f" after the {suffix_length(params)}-character unique suffix" if params.unique else ""
            )
        return None

    def columns_used(self, params: FakeParams) -> tuple[str, ...]:
        """The column that names the row's locale."""
        return (params.locale_from,) if params.locale_from else ()

    def injective(self, params: FakeParams, column: Column) -> bool:
        """Only with the unique suffix; a plain pick maps many inputs to one of N values."""
        return params.unique

    def lossy_hint(self, params: FakeParams, column: Column) -> str | None:
        """Why substitution collides and how to keep the column unique."""
        n = "the table's" if in_warehouse(params) else len(fitting_table(params, column).values)
        return (
            f"fake picks one of {n} values, so distinct inputs share outputs; add 'unique: true' to append a "
            f"deterministic {params.suffix_digits}-digit suffix, or use hash/email for keys"
        )

    def build(self, ctx: BuildContext, params: FakeParams) -> exp.Expression:
        """The substitute, except that an empty value stays as it is (unless blank: fill)."""
        value = self._substitute(ctx, params)
        return value if params.blank == "fill" else self.keep_blank(ctx, value)

    def keep_blank(self, ctx: BuildContext, value: exp.Expression) -> exp.Expression:
        """`value`, except where the column's value is empty (an empty canonical text, the same test as the
        reference's, whatever the collation says): that stays as it is."""
        d = ctx.dialect
        empty = exp.EQ(
            this=d.length(d.canonical_text(ctx.value.copy(), ctx.column.logical, ctx.column.data_type)),
            expression=lit(0),
        )
        return exp.Case(ifs=[exp.If(this=empty, true=ctx.value.copy())], default=value)

    def _substitute(self, ctx: BuildContext, params: FakeParams) -> exp.Expression:
        """Equi-join the lookup on idx = hex_int(digest, 1, 15) mod N; add the suffix when unique."""
        d = ctx.dialect
        if in_warehouse(params):
            numbered, count = self.warehouse_queries(ctx, params)
            value = ctx.lookup_query(
                numbered,
                count,
                lambda n: exp.Mod(
                    this=d.hex_int(ctx.digest(), *INDEX_DIGITS), expression=exp.Nullif(this=n, expression=lit(0))
                ),
            )
        elif params.locale_from:
            value = regional.index(ctx, params.kind, room(params, ctx.column), params.locale_from, params.locale)
        else:
            table = fitting_table(params, ctx.column)
            return self.emit(ctx, params.unique, params.suffix_digits, len(table.values), partial(ctx.lookup, table))
        return self.suffixed(ctx, params.unique, params.suffix_digits, value)

    def emit(
        self,
        ctx: BuildContext,
        unique: bool,
        suffix_digits: int,
        size: int,
        lookup: Callable[[exp.Expression], exp.Expression],
    ) -> exp.Expression:
        """The value `lookup` finds at index hex_int(digest, 1, 15) mod `size`, suffixed when unique."""
        d = ctx.dialect
        value = lookup(d.mod(d.hex_int(ctx.digest(), *INDEX_DIGITS), size))
        return self.suffixed(ctx, unique, suffix_digits, value)

    def suffixed(self, ctx: BuildContext, unique: bool, suffix_digits: int, value: exp.Expression) -> exp.Expression:
        """`value`, followed by ' ' and the keyed suffix number when unique."""
        d = ctx.dialect
        if not unique:
            return value
        low, span = 10 ** (suffix_digits - 1), 9 * 10 ** (suffix_digits - 1)
        number = exp.Add(this=lit(low), expression=d.mod(d.hex_int(ctx.digest(), *SUFFIX_DIGITS), span))
        return d.concat(value, lit(" "), d.cast(number, d.text_type()))

    def warehouse_queries(self, ctx: BuildContext, params: FakeParams) -> tuple[exp.Select, exp.Select]:
        """(idx, value) numbered by SHA-256 of the value, and the one-row count n, over the fitting values."""
        d = ctx.dialect
        source, column = params.lookup.warehouse_table()
        raw = exp.cast(exp.column(exp.to_identifier(column)), d.text_type(), copy=False)
        limit = room(params, ctx.column)
        length = d.length(exp.column(exp.to_identifier("value")))
        fits = exp.GTE(this=length, expression=lit(1))
        if limit is not None:
            fits = exp.and_(fits, exp.LTE(this=length.copy(), expression=lit(limit)), copy=False)
        distinct = exp.select(exp.alias_(raw, exp.to_identifier("value"))).distinct().from_(source)
        fitting = (
            exp.select(exp.column(exp.to_identifier("value")))
            .from_(exp.alias_(exp.Subquery(this=distinct), exp.to_identifier("v"), table=True))
            .where(fits)
        )
        value = exp.column(exp.to_identifier("value"))
        order = exp.Order(expressions=[exp.Ordered(this=d.sha256_hex(value.copy()))])
        row = exp.Sub(this=exp.Window(this=exp.RowNumber(), order=order), expression=lit(1))
        numbered = exp.select(exp.alias_(row, exp.to_identifier("idx")), value).from_(
            exp.alias_(exp.Subquery(this=fitting), exp.to_identifier("f"), table=True)
        )
        count = exp.select(exp.alias_(exp.Count(this=exp.Star()), exp.to_identifier("n"))).from_(
            exp.alias_(exp.Subquery(this=fitting.copy()), exp.to_identifier("f"), table=True)
        )
        return numbered, count

    def reference(self, value: Any, ctx: RefContext, params: FakeParams) -> Any:
        """The same pick in Python."""
        if params.blank == "keep" and reference.canonical_text(value, ctx.column.logical) == "":
            return value
        digest = ctx.digest(value)
        if in_warehouse(params):
            if ctx.table_values is None:
                raise ValueError("the reference of a warehouse lookup needs RefContext.table_values")
            values = warehouse_order(
                ctx.table_values(params.lookup.table, params.lookup.column), room(params, ctx.column)
            )
            if not values:
                return None
        elif params.locale_from:
            locale = regional.row_locale(ctx.row, ctx.columns, params.locale_from, params.locale)
            values = lookups.builtin(params.kind, locale).fitting(room(params, ctx.column)).values
        else:
            values = fitting_table(params, ctx.column).values
        out = values[reference.hex_int(digest, *INDEX_DIGITS) % len(values)]
        if params.unique:
            low, span = 10 ** (params.suffix_digits - 1), 9 * 10 ** (params.suffix_digits - 1)
            out = f"{out} {low + reference.hex_int(digest, *SUFFIX_DIGITS) % span}"
        return out
