"""email with `style: name`: the local part spelt from the row's fake first and last names (docs/transforms.md).

The names are the picks the row's `fake` rules make; the SQL joins a slug table (each name list, spelt as an
address, in the list's own order) on the same index, so a name and its spelling never disagree.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from sqlglot import exp

from datamask_sql import lookups, reference
from datamask_sql.dialects.base import lit
from datamask_sql.lookups import LookupTable
from datamask_sql.transforms import regional
from datamask_sql.transforms.base import BuildContext, RefContext, RowRule
from datamask_sql.transforms.fake import INDEX_DIGITS, fitting_table, in_warehouse, room

SLUG_MAX = 15
NAME_KINDS = {"first": "first_name", "last": "last_name"}
# Letters NFKD does not decompose into an ASCII letter and a mark.
FOLD = str.maketrans({"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "đ": "d", "ł": "l"})


def slug(name: str) -> str:
    """'Zoë Müller-Łukasz' -> 'zoe.muller.lukas': ASCII letters and digits, runs of anything else as one '.',
    at most SLUG_MAX characters; a name with no Latin letter at all becomes 'user'."""
    ascii_text = unicodedata.normalize("NFKD", name.translate(FOLD)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", ".", ascii_text).strip(".")[:SLUG_MAX].strip(".") or "user"


def _usable(rule: RowRule | None) -> bool:
    return rule is not None and rule.transform == "fake" and not in_warehouse(rule.params)


def name_sources(first: str | None, last: str | None, rules: dict[str, RowRule]) -> tuple[list[str], str | None]:
    """The columns supplying the names, in order, and a problem (None when they are fine)."""
    found = []
    for role, named in (("first", first), ("last", last)):
        if named is not None:
            if not _usable(rules.get(named)):
                return [], (
                    f"{role}: column '{named}' is not masked with fake from a shipped list or CSV in this table, "
                    "so it has no name pick to spell the address from"
                )
            found.append(named)
            continue
        kind = NAME_KINDS[role]
        fitting = [n for n, r in rules.items() if _usable(r) and r.params.lookup is None and r.params.kind == kind]
        if len(fitting) > 1:
            return [], f"several columns are fake {kind} ({', '.join(fitting)}): name one with '{role}:'"
        found += fitting
    if not found:
        return [], (
            "style: name needs a column of the table masked with fake kind first_name or last_name; "
            "none is, so name one with 'first:' or 'last:'"
        )
    return found, None


def slug_table(rule: RowRule) -> LookupTable:
    """The name column's fitting list, spelt as address parts, in the same order (so the same index)."""
    return _spelt(fitting_table(rule.params, rule.column))


@functools.lru_cache(maxsize=64)
def _spelt(table: LookupTable) -> LookupTable:
    # Cached: the reference spells a list once, not once per row.
    return LookupTable(f"email_{table.label}", tuple(slug(v) for v in table.values))


def _missing(ctx: BuildContext, name: str, rule: RowRule) -> exp.Expression:
    """The fake rule outputs no name here: a NULL, or an empty value it keeps (blank: keep)."""
    d = ctx.dialect
    value = ctx.column_value(name)
    missing: exp.Expression = exp.Is(this=value, expression=exp.null())
    if rule.params.blank == "keep":
        text = d.canonical_text(value.copy(), rule.column.logical, rule.column.data_type)
        missing = exp.or_(missing, exp.EQ(this=d.length(text), expression=lit(0)))
    return missing


def build_names(ctx: BuildContext, sources: list[str]) -> list[exp.Expression]:
    """One 'slug.' part per name column ('' where that row has no name)."""
    d = ctx.dialect
    parts = []
    for name in sources:
        rule, digest = ctx.rules[name], ctx.digest_of(name, ctx.domains[name])
        p = rule.params
        if p.locale_from:
            # The name rule picks in the row's locale: spell the combined table, index it the same way.
            table, index = regional.pick(ctx, p.kind, room(p, rule.column), p.locale_from, p.locale, digest)
            table = _spelt(table)
        else:
            table = slug_table(rule)
            index = d.mod(d.hex_int(digest, *INDEX_DIGITS), len(table.values))
        spelt = d.concat(ctx.lookup(table, index), lit("."))
        parts.append(exp.Case(ifs=[exp.If(this=_missing(ctx, name, rule), true=lit(""))], default=spelt))
    return parts


def reference_names(ctx: RefContext, sources: list[str]) -> str:
    """The same parts in Python, joined."""
    out = []
    for name in sources:
        rule, value = ctx.rules[name], ctx.row.get(name)
        if value is None or (
            rule.params.blank == "keep" and reference.canonical_text(value, rule.column.logical) == ""
        ):
            continue
        p = rule.params
        if p.locale_from:
            locale = regional.row_locale(ctx.row, ctx.columns, p.locale_from, p.locale)
            values = _spelt(lookups.builtin(p.kind, locale).fitting(room(p, rule.column))).values
        else:
            values = slug_table(rule).values
        out.append(values[reference.hex_int(ctx.digest_of(name, ctx.domains[name]), *INDEX_DIGITS) % len(values)] + ".")
    return "".join(out)


def name_length() -> int:
    """Characters the name parts may add to the local part."""
    return 2 * (SLUG_MAX + 1)


__all__ = ["build_names", "name_length", "name_sources", "reference_names", "slug"]
