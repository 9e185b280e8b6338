"""What a generated macro is: its arguments, Jinja that resolves defaults, and branches rendered from the builders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlglot import exp

from datamask_sql.catalog.model import Column
from datamask_sql.dbt import holes
from datamask_sql.dialects import MaskingDialect
from datamask_sql.transforms import BuildContext

# Adapter names dbt dispatches on, per dialect; the first gets the implementation, the others forward to it.
# dbt-redshift falls back to postgres__ and dbt-databricks to spark__ on their own, but Redshift and
# Spark have their own implementations here, and dbt-mysql's MariaDB adapter is forwarded explicitly.
ADAPTERS: dict[str, tuple[str, ...]] = {
    "duckdb": ("duckdb",),
    "postgres": ("postgres",),
    "mysql": ("mysql", "mariadb"),
    "spark": ("spark", "databricks"),
    "snowflake": ("snowflake",),
    "bigquery": ("bigquery",),
    "trino": ("trino",),
    "redshift": ("redshift",),
    "tsql": ("sqlserver",),
}

Builder = Callable[[MaskingDialect], exp.Expression]


@dataclass(frozen=True)
class Arg:
    """A macro argument and its default as a Jinja literal."""

    name: str
    default: str = "none"


@dataclass(frozen=True)
class Branch:
    """SQL for the argument values where `condition` (Jinja) holds; None: always."""

    condition: str | None
    build: Builder


@dataclass
class MacroSpec:
    """One dispatched macro: `body(dialect)` returns the Jinja of its implementation for that dialect."""

    name: str
    doc: str
    args: tuple[Arg, ...]
    body: Callable[[MaskingDialect], str]
    # Argument names checked by mask() against a rule mapping (the policy's parameter names).
    params: tuple[str, ...] = field(default=())


def render(dialect: MaskingDialect, build: Builder) -> str:
    """One builder's SQL for this dialect, holes made Jinja."""
    with holes.collecting() as found:
        expression = build(dialect)
        return holes.render(dialect, expression, found)


def branches(dialect: MaskingDialect, cases: list[Branch], failure: str) -> str:
    """Jinja choosing among rendered cases (a condition of None is the final else); equal renderings merge."""
    entries: list[tuple[list[str | None], str]] = []
    for case in cases:
        text = render(dialect, case.build)
        same = [e for e in entries if e[1] == text]
        if same and case.condition is not None:
            same[0][0].append(case.condition)
        elif entries and entries[-1][1] == text:
            entries[-1][0].append(case.condition)
        else:
            entries.append(([case.condition], text))
    if None in entries[0][0]:
        return entries[0][1]
    out = []
    for i, (conditions, text) in enumerate(entries):
        if None in conditions:
            out.append("{%- else -%}" + text)
            break
        condition = " or ".join(f"({c})" for c in conditions) if len(conditions) > 1 else conditions[0]
        out.append(("{%- if " if i == 0 else "{%- elif ") + condition + " -%}" + text)
    else:
        out.append("{%- else -%}{{ exceptions.raise_compiler_error(" + repr(failure) + ") }}")
    return "".join(out) + "{%- endif -%}"


def setting(name: str, jinja: str) -> str:
    """`{% set name %}jinja{% endset %}`: a block of generated SQL bound to a Jinja name."""
    return "{%- set " + name + " -%}" + jinja + "{%- endset -%}"


class HoleColumn(Column):
    """A column whose facts are macro arguments (holes) or fixed by the branch."""

    def __init__(self, logical: str, length=None, scale=None) -> None:
        object.__setattr__(self, "name", "column")
        object.__setattr__(self, "data_type", exp.DataType.build("TEXT"))
        object.__setattr__(self, "nullable", True)
        object.__setattr__(self, "_facts", (logical, length, scale))

    @property
    def logical(self) -> str:  # type: ignore[override]
        return self._facts[0]

    @property
    def length(self):  # type: ignore[override]
        return self._facts[1]

    @property
    def scale(self):  # type: ignore[override]
        return self._facts[2]


def context(
    dialect: MaskingDialect,
    logical: str = "text",
    *,
    value: str = "_value",
    digest: str = "_digest",
    lookup: Callable[[object, exp.Expression], exp.Expression] | None = None,
    per_digest: str = "_per_digest",
    length=None,
    scale=None,
) -> BuildContext:
    """A BuildContext whose value, digest and other-column digest are holes named by Jinja variables."""
    return BuildContext(
        dialect,
        HoleColumn(logical, length, scale),
        holes.sql(value),
        "",
        lambda: holes.sql(digest),
        _lookup=lookup,
        _digest_of=lambda name, domain: holes.sql(per_digest),
        _column=lambda name: holes.sql(name),
        domains={"per": "per"},
    )
