"""The macro call a generated model writes for one column: the policy's parameters plus what the compiler inferred."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.catalog.model import Column, type_params
from datamask_sql.dbt.package import NO_MACRO_PARAMS, NOT_ARGUMENTS
from datamask_sql.dialects import MaskingDialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import UnsupportedError
from datamask_sql.plan import ColumnPlan
from datamask_sql.render import SOURCE_ALIAS
from datamask_sql.transforms.dates import PER_DOMAIN_SUFFIX
from datamask_sql.transforms.fake import fitting_table, in_warehouse
from datamask_sql.transforms.numbers import NOISE_PER_SUFFIX, type_bounds

# The derived domain each `per` transform takes its entity's digest in.
PER_SUFFIX = {"date_shift": PER_DOMAIN_SUFFIX, "noise": NOISE_PER_SUFFIX}


def jinja_literal(value: object) -> str:
    """A Python value as a Jinja literal (strings as Python writes them, which Jinja reads alike)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def source_ref(dialect: MaskingDialect, name: str) -> str:
    """`"src"."name"` as this dialect quotes it."""
    return to_sql(dialect, exp.column(exp.to_identifier(name), table=exp.to_identifier(SOURCE_ALIAS)))


def cast_target(dialect: MaskingDialect, column: Column) -> str:
    """The type the compiler casts a masked value to, as this dialect writes it."""
    return to_sql(dialect, dialect.cast(exp.null(), column.data_type).args["to"])


def _facts(cp: ColumnPlan, dialect: MaskingDialect) -> dict[str, object]:
    column = cp.column
    facts: dict[str, object] = {
        "domain": cp.domain,
        "logical": column.logical,
        "column_length": column.length,
        "scale": column.scale,
        "data_type": cast_target(dialect, column),
    }
    name = cp.transform.name
    if name == "hash_int":
        facts["type_max"] = type_bounds(column)[1]
    if name == "noise":
        if column.logical == "integer":
            facts["type_min"], facts["type_max"] = type_bounds(column)
        elif type_params(column.data_type):
            facts["precision"] = type_params(column.data_type)[0]
    return facts


def column_call(
    cp: ColumnPlan,
    dialect: MaskingDialect,
    digests: dict[tuple[str, str], str],
    domains: dict[str, str],
    when: str | None,
    rows: dict[tuple[str, str], str] | None = None,
) -> str:
    """Jinja text `datamask_sql.<transform>(...)` computing this column as the compiler does; `rows` names the
    per-row values compile computes beside the digests ((column, part) -> alias), passed back by reference."""
    params = {
        k: v
        for k, v in cp.params.model_dump().items()
        if k not in NOT_ARGUMENTS and (cp.transform.name, k) not in NO_MACRO_PARAMS
    }
    args = [jinja_literal(source_ref(dialect, cp.name))]
    args += [f"{k}={jinja_literal(v)}" for k, v in params.items()]
    args += [f"{k}={jinja_literal(v)}" for k, v in _facts(cp, dialect).items()]
    if cp.transform.keyed:
        args.append(f"digest={jinja_literal(source_ref(dialect, digests[(cp.name, cp.domain)]))}")
    for (name, part), alias in (rows or {}).items():
        if name == cp.name:
            args.append(f"{part}={jinja_literal(source_ref(dialect, alias))}")
    if when is not None:
        args.append(f"when={jinja_literal(when)}")
    if cp.transform.name == "digits" and cp.params.unique:
        raise UnsupportedError(
            f"column {cp.name}: digits with unique: true has no dbt macro yet (its rounds are projection levels)",
            hint="compile to SQL files for this table",
        )
    if cp.transform.name == "email" and cp.params.style == "name":
        raise UnsupportedError(
            f"column {cp.name}: email with style: name has no dbt macro (it joins the name columns' lookups)",
            hint="use the default style in dbt models, or compile to SQL files for this table",
        )
    if cp.transform.name == "fake" and cp.params.locale_from:
        raise UnsupportedError(
            f"column {cp.name}: fake with locale_from has no dbt macro (it picks a locale per row)",
            hint="use a fixed locale in dbt models, or compile to SQL files for this table",
        )
    suffix = PER_SUFFIX.get(cp.transform.name)
    if suffix is not None and cp.params.per:
        per_digest = digests[(cp.params.per, domains[cp.params.per] + suffix)]
        args.append(f"per_digest={jinja_literal(source_ref(dialect, per_digest))}")
    if cp.transform.name == "fake":
        if in_warehouse(cp.params):
            raise UnsupportedError(
                f"column {cp.name}: fake from a warehouse table has no dbt macro yet",
                hint="load the list as a seed and use fake with a csv lookup, or compile to SQL files",
            )
        table = fitting_table(cp.params, cp.column)
        args += [f"lookup_relation=ref({table.table_name!r})", f"lookup_size={len(table.values)}"]
    return f"datamask_sql.{cp.transform.name}({', '.join(args)})"


def part_call(cp: ColumnPlan, dialect: MaskingDialect, digests: dict[tuple[str, str], str], part: str) -> str:
    """Jinja text computing one per-row value of the column's macro (`part`), as compile computes it beside the
    digests."""
    call = column_call(cp, dialect, digests, {}, None)
    # The part reads the source alone: no reference to the digest the same level computes.
    call = call.replace(f", digest={jinja_literal(source_ref(dialect, digests[(cp.name, cp.domain)]))}", "")
    return call[: -len(")")] + f", part={jinja_literal(part)})"


def digest_call(dialect: MaskingDialect, column: Column, name: str, domain: str, tag: str) -> str:
    """Jinja text computing one digest of the inner projection, with the domain tag precomputed."""
    args = [
        jinja_literal(source_ref(dialect, name)),
        f"domain={jinja_literal(domain)}",
        f"logical={jinja_literal(column.logical)}",
        f"scale={jinja_literal(column.scale)}",
        f"domain_tag={jinja_literal(tag)}",
    ]
    return f"datamask_sql.digest({', '.join(args)})"
