"""fake with `locale_from`: the shipped list of the locale a column of the row names (docs/lookups.md).

One lookup table holds every locale's fitting list end to end; a row's index is its locale's offset plus the
usual pick within that locale's list, so each locale keeps its own format and the pick stays one equi-join.
"""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from datamask_sql import lookups, reference
from datamask_sql.dialects.base import lit
from datamask_sql.lookups import LookupTable
from datamask_sql.transforms.base import BuildContext

# ISO 3166-1 alpha-2 and alpha-3 codes of each shipped locale's country; any other value, or NULL, falls back
# to the rule's `locale`.
COUNTRY_CODES = {"en_US": ("US", "USA"), "de_DE": ("DE", "DEU"), "fr_FR": ("FR", "FRA"), "pt_BR": ("BR", "BRA")}
INDEX_DIGITS = (1, 15)


def spellings(locale: str) -> tuple[str, ...]:
    """The exact texts that select `locale`: its codes in upper and lower case, and the locale's own name."""
    codes = COUNTRY_CODES.get(locale, ())
    return (*codes, *(c.lower() for c in codes), locale, locale.replace("_", "-"))


def locale_of(text: str | None, default: str) -> str:
    """The locale a row's canonical country text selects (exact match, no trimming or case folding)."""
    return next((loc for loc in lookups.locales() if text is not None and text in spellings(loc)), default)


def tables(kind: str, room: int | None) -> dict[str, LookupTable]:
    """Each shipped locale's list of `kind`, fitted to `room` characters, in locale order."""
    return {loc: lookups.builtin(kind, loc).fitting(room) for loc in lookups.locales()}


def check(kind: str, room: int | None) -> str | None:
    """Every locale a row may select needs a value that fits."""
    empty = [loc for loc, table in tables(kind, room).items() if not table.values]
    if empty:
        return f"no {kind} value of locale {', '.join(empty)} fits in {room} characters (locale_from may pick it)"
    return None


def combined(kind: str, room: int | None) -> tuple[LookupTable, dict[str, tuple[int, int]]]:
    """The one table of every locale's list end to end, and each locale's (offset, size) in it."""
    parts, spans, offset = [], {}, 0
    for loc, table in tables(kind, room).items():
        parts.extend(table.values)
        spans[loc] = (offset, len(table.values))
        offset += len(table.values)
    label = f"{kind}_by_locale" + ("" if room is None else f"_{room}")
    return LookupTable(label, tuple(parts)), spans


def index(ctx: BuildContext, kind: str, room: int | None, source: str, default: str) -> exp.Expression:
    """The row's value: offset of its locale + hex_int(digest, 1, 15) mod that locale's size, one equi-join."""
    table, at = pick(ctx, kind, room, source, default, ctx.digest())
    return ctx.lookup(table, at)


def pick(
    ctx: BuildContext, kind: str, room: int | None, source: str, default: str, digest: exp.Expression
) -> tuple[LookupTable, exp.Expression]:
    """The combined table and the row's index into it, from `digest` (the picking column's).

    The locale is matched on the SHA-256 hex of the source column's canonical text, not on the text, so no
    engine's collation (case- or accent-insensitive, blank-padded) matches what the reference would not."""
    d = ctx.dialect
    table, spans = combined(kind, room)
    column = ctx.rules[source].column
    canonical = d.canonical_text(ctx.column_value(source), column.logical, column.data_type)
    order = list(spans)
    choice = exp.Case(
        this=d.sha256_hex(canonical),
        ifs=[
            exp.If(this=lit(reference.sha256_hex(text)), true=lit(order.index(loc)))
            for loc in order
            for text in spellings(loc)
        ],
        default=lit(order.index(default)),
    )
    ordinal = ctx.stage(1, choice)
    h = d.hex_int(digest, *INDEX_DIGITS)
    within = exp.Case(
        this=ordinal,
        ifs=[
            exp.If(this=lit(i), true=exp.Add(this=lit(spans[loc][0]), expression=d.mod(h.copy(), spans[loc][1])))
            for i, loc in enumerate(order)
        ],
    )
    return table, within


def row_locale(row: dict[str, Any], columns: dict, source: str, default: str) -> str:
    """The locale the reference picks from for this row."""
    column = columns[source]
    return locale_of(reference.canonical_text(row.get(source), column.logical, column.scale), default)
