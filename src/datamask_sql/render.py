"""Plan + dialect -> sqlglot statement ASTs (no SQL text yet; emit/ turns them into files)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.dialects import MaskingDialect
from datamask_sql.planner import Plan, TablePlan
from datamask_sql.transforms import BuildContext, get_transform
from datamask_sql.transforms.sqlexpr import bind_columns

SOURCE_ALIAS = "src"


@dataclass(frozen=True)
class Script:
    """A unit of emitted SQL: the setup, one table, or the swap."""

    name: str
    kind: str
    statements: tuple[exp.Expression, ...]
    table: str | None = None


@dataclass(frozen=True)
class Rendered:
    """Every statement a plan needs in one dialect, in run order."""

    plan: Plan
    dialect: MaskingDialect
    scripts: tuple[Script, ...]

    def stage_table(self, table: str) -> exp.Table:
        """Where `table` is built before the swap."""
        return stage_table(self.plan.target_schema, table)


def stage_table(schema: str, table: str) -> exp.Table:
    """A short, safe staging name: customer identifiers can be long or hostile."""
    tag = hashlib.sha256(table.encode("utf-8")).hexdigest()[:12]
    return exp.table_(exp.to_identifier(f"_dm_stage_{tag}"), db=exp.to_identifier(schema))


def target_table(schema: str, table: str) -> exp.Table:
    """The final masked table."""
    return exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema))


def _column(name: str) -> exp.Column:
    return exp.column(exp.to_identifier(name), table=exp.to_identifier(SOURCE_ALIAS))


def _unused_name(base: str, taken: set[str]) -> str:
    name, i = base, 0
    while name.lower() in taken:
        i += 1
        name = f"{base}_{i}"
    taken.add(name.lower())
    return name


def table_select(table: TablePlan, schema: str, dialect: MaskingDialect) -> exp.Select:
    """SELECT of masked columns; keyed digests are computed once per row in an inner projection."""
    taken = {c.name.lower() for c in table.columns}
    digests: list[tuple[str, exp.Expression]] = []
    cache: dict[tuple[str, str], exp.Column] = {}
    by_name = {c.name: c for c in table.columns}
    domains = {c.name: c.domain for c in table.columns}

    def digest_of(name: str, domain: str) -> exp.Expression:
        if (name, domain) not in cache:
            column = by_name[name].column
            alias = _unused_name(f"_dm_digest_{len(digests) + 1}", taken)
            canonical = dialect.canonical_text(_column(name), column.logical, column.data_type)
            message = dialect.concat(dialect.key(), exp.Literal.string(reference.domain_tag(domain)), canonical)
            digests.append((alias, dialect.sha256_hex(message)))
            cache[(name, domain)] = _column(alias)
        return cache[(name, domain)].copy()

    projections = []
    for cp in table.columns:
        transform = get_transform(cp.transform)
        value = _column(cp.name)
        ctx = BuildContext(dialect, cp.column, value, cp.domain,
                           lambda cp=cp: digest_of(cp.name, cp.domain), _column, digest_of, domains)
        expr = transform.build(ctx, cp.params)
        if cp.transform != "keep":
            if transform.null_preserving:
                expr = exp.Case(ifs=[exp.If(this=exp.Is(this=value.copy(), expression=exp.null()),
                                            true=exp.null())], default=expr)
            if cp.when is not None:
                # Only a predicate that is false keeps the value: unknown (NULL) still masks (fail closed).
                predicate = bind_columns(cp.when, list(by_name), _column)
                expr = exp.Case(ifs=[exp.If(this=exp.Not(this=exp.paren(predicate)), true=value.copy())],
                                default=expr)
            expr = dialect.cast(expr, cp.column.data_type)
        projections.append(exp.alias_(expr, exp.to_identifier(cp.name)))

    source = exp.table_(exp.to_identifier(table.source.name), db=exp.to_identifier(schema))
    source = exp.alias_(source, exp.to_identifier(SOURCE_ALIAS), table=True)
    if digests:
        inner = exp.select(exp.Column(this=exp.Star(), table=exp.to_identifier(SOURCE_ALIAS)))
        inner = inner.select(*[exp.alias_(e, exp.to_identifier(n)) for n, e in digests]).from_(source)
        source = exp.alias_(exp.Subquery(this=inner), exp.to_identifier(SOURCE_ALIAS), table=True)
    return exp.select(*projections).from_(source)


def render(plan: Plan, dialect: MaskingDialect) -> Rendered:
    """Statement ASTs for every table of `plan` in `dialect`, plus setup and swap."""
    scripts = [Script("setup", "setup", (dialect.create_schema(plan.target_schema),))]
    pairs = []
    for table in plan.tables:
        stage = stage_table(plan.target_schema, table.name)
        statements = [dialect.drop_table(stage),
                      dialect.create_table_as(stage, table_select(table, plan.source_schema, dialect))]
        statements += [dialect.set_not_null(stage, c.name) for c in table.columns if not c.column.nullable]
        scripts.append(Script(table.name, "table", tuple(statements), table.name))
        pairs.append((stage, target_table(plan.target_schema, table.name)))
    scripts.append(Script("swap", "swap", tuple(dialect.swap(pairs))))
    return Rendered(plan, dialect, tuple(scripts))
