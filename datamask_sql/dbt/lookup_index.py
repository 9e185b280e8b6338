"""The index of shipped lookup lists: which content-named table (and how many rows) fits a given room."""

from __future__ import annotations

from datamask_sql import lookups


def entries(kind: str, locale: str) -> tuple[tuple[str, int], int, dict[int, tuple[str, int]]]:
    """(name, size) of the whole list, its longest value, and every narrower fitting variant by room."""
    table = lookups.builtin(kind, locale)
    longest = max(len(v) for v in table.values)
    shortest = min(len(v) for v in table.values)
    narrower = {}
    for room in range(shortest, longest):
        fit = table.fitting(room)
        narrower[room] = (fit.table_name, len(fit.values))
    return (table.table_name, len(table.values)), longest, narrower


def lookup_macro() -> str:
    """`shipped_lookup(kind, locale, room)` renders 'table_name size', or nothing when no value fits in `room`."""
    index = {}
    for locale in lookups.locales():
        for kind in lookups.kinds():
            whole, longest, narrower = entries(kind, locale)
            index[f"{kind}/{locale}"] = {
                "whole": list(whole),
                "longest": longest,
                "by_room": {r: list(v) for r, v in narrower.items()},
            }
    return (
        "{# shipped_lookup: the seed of a shipped list that fits `room` characters, as 'name size' #}\n"
        "{% macro shipped_lookup(kind, locale, room) -%}\n"
        f"{{%- set index = {index!r} -%}}\n"
        "{%- set entry = index.get(kind ~ '/' ~ locale) -%}\n"
        "{%- if entry is none -%}{{ exceptions.raise_compiler_error('datamask_sql.fake: no shipped list ' ~ kind"
        " ~ ' for locale ' ~ locale) }}\n"
        "{%- elif room is none or room >= entry.longest -%}"
        "{{ entry.whole | join(' ') }}\n"
        "{%- elif room in entry.by_room -%}{{ entry.by_room[room] | join(' ') }}\n"
        "{%- endif -%}\n"
        "{%- endmacro %}\n"
    )
