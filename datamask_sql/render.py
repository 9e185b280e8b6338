"""Plan + dialect -> sqlglot statement ASTs (no SQL text yet; emit/ turns them into files)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.dialects import MaskingDialect
from datamask_sql.dialects.base import TableShape
from datamask_sql.lookups import LookupTable
from datamask_sql.errors import UnsupportedError
from datamask_sql.planner import Plan, TablePlan
from datamask_sql.render_subset import SubsetSQL, keep_order, keep_table, nulled_reference
from datamask_sql.transforms import BuildContext, get_transform
from datamask_sql.transforms.sqlexpr import bind_columns

SOURCE_ALIAS = "src"
# Rows per INSERT of lookup data: small enough for every engine's statement limits.
LOOKUP_BATCH = 500
LOOKUP_COLUMNS = ("idx", "value")


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
    lookups: tuple[LookupTable, ...] = ()

    def stage_table(self, table: str) -> exp.Table:
        """Where `table` (as TablePlan.name spells it) is built before the swap."""
        t = self.plan.table(table)
        return stage_table(t.target_schema, t.name)

    def keep_counts(self) -> list[tuple[str, exp.Table] | None]:
        """Per statement of the subset script: (table, keep table) it fills, or None."""
        script = next((s for s in self.scripts if s.kind == "subset"), None)
        owners = {keep_table(t).sql(): t.name for t in self.plan.tables if t.subset is not None}
        out: list[tuple[str, exp.Table] | None] = []
        for statement in script.statements if script else ():
            into = statement.this.this if isinstance(statement, exp.Insert) else statement.this
            filled = isinstance(statement, (exp.Insert, exp.Create)) and isinstance(into, exp.Table)
            out.append((owners[into.sql()], into) if filled and into.sql() in owners else None)
        return out

    def keep_tables(self) -> list[exp.Table]:
        """Helper tables of a subset, dropped after the run."""
        return [keep_table(t) for t in self.plan.tables if t.subset is not None and t.subset.keep_columns]


def stage_table(schema: str, table: str) -> exp.Table:
    """A short, safe staging name: customer identifiers can be long or hostile."""
    tag = hashlib.sha256(table.encode("utf-8")).hexdigest()[:12]
    return exp.table_(exp.to_identifier(f"_dm_stage_{tag}"), db=exp.to_identifier(schema))


def target_table(schema: str, table: str) -> exp.Table:
    """The final masked table."""
    return exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema))


def count_star(table: exp.Table) -> exp.Select:
    """SELECT COUNT(*) FROM table."""
    return exp.select(exp.Count(this=exp.Star())).from_(table.copy())


def lookup_table(schema: str, lookup: LookupTable) -> exp.Table:
    """Where a lookup table lives: the target schema, named by content so every run can reuse it."""
    return exp.table_(exp.to_identifier(lookup.table_name), db=exp.to_identifier(schema))


def lookup_statements(schema: str, lookup: LookupTable, dialect: MaskingDialect) -> list[exp.Expression]:
    """Drop, create and fill one lookup table: (idx 0..N-1, value) in list order."""
    table = lookup_table(schema, lookup)
    columns = [("idx", exp.DataType.build("INT")), ("value", dialect.text_column_type())]
    statements = [dialect.drop_table(table), dialect.create_table(table, columns, primary_key=("idx",))]
    rows = list(enumerate(lookup.values))
    for start in range(0, len(rows), LOOKUP_BATCH):
        statements.append(dialect.insert_values(table, list(LOOKUP_COLUMNS), rows[start:start + LOOKUP_BATCH]))
    return statements


def _column(name: str) -> exp.Column:
    return exp.column(exp.to_identifier(name), table=exp.to_identifier(SOURCE_ALIAS))


def _unused_name(base: str, taken: set[str]) -> str:
    name, i = base, 0
    while name.lower() in taken:
        i += 1
        name = f"{base}_{i}"
    taken.add(name.lower())
    return name


def table_select(table: TablePlan, schema: str, dialect: MaskingDialect,
                 subset: SubsetSQL | None = None, used: dict[str, LookupTable] | None = None,
                 lookup_schema: str | None = None, policy_file: str | None = None) -> exp.Select:
    """SELECT of masked columns; keyed digests are computed once per row in an inner projection.

    Lookup substitutions become LEFT JOINs on `alias.idx = <index over the digest>`: a plain equi-join the
    engine can hash-join, never a per-row subquery. Lookup tables used are recorded in `used`.
    """
    taken = {c.name.lower() for c in table.columns}
    digests: list[tuple[str, exp.Expression]] = []
    joins: list[tuple[exp.Expression, exp.Expression | None]] = []
    used = {} if used is None else used

    def left_join(source: exp.Expression, index: exp.Expression) -> exp.Expression:
        alias = f"_dm_l{sum(1 for _, on in joins if on is not None) + 1}"
        on = exp.EQ(this=exp.column(exp.to_identifier("idx"), table=exp.to_identifier(alias)), expression=index)
        joins.append((exp.alias_(source, exp.to_identifier(alias), table=True), on))
        return exp.column(exp.to_identifier("value"), table=exp.to_identifier(alias))

    def join_lookup(lookup: LookupTable, index: exp.Expression) -> exp.Expression:
        used.setdefault(lookup.table_name, lookup)
        return left_join(lookup_table(lookup_schema or table.target_schema, lookup), index)

    def join_query(numbered: exp.Select, count: exp.Select,
                   index_of: Callable[[exp.Expression], exp.Expression]) -> exp.Expression:
        # The one-row count joins first, so the lookup's ON compares idx with an expression of the left side only.
        alias = f"_dm_n{sum(1 for _, on in joins if on is None) + 1}"
        joins.append((exp.alias_(exp.Subquery(this=count), exp.to_identifier(alias), table=True), None))
        n = exp.column(exp.to_identifier("n"), table=exp.to_identifier(alias))
        return left_join(exp.Subquery(this=numbered), index_of(n))

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
        # Engines disagree on CHAR padding (DuckDB keeps blanks, Spark pads, MySQL strips): transforms
        # read the value without trailing blanks, which all of them agree on.
        read = dialect.char_value(value) if cp.column.logical == "char" and cp.transform != "keep" else value
        ctx = BuildContext(dialect, cp.column, read, cp.domain, lambda cp=cp: digest_of(cp.name, cp.domain),
                           _lookup=join_lookup, _lookup_query=join_query, _column=_column, _digest_of=digest_of,
                           domains=domains)
        try:
            expr = transform.build(ctx, cp.params)
            if transform.keyed:
                ctx.digest()  # the digest's canonical text is built lazily: surface refusals here
        except UnsupportedError as exc:
            raise UnsupportedError(
                f"transform '{cp.transform}' cannot be compiled for {dialect.name}: {exc.message}",
                hint=exc.hint, file=policy_file, line=cp.line,
                path=f"tables.{table.name}.columns.{cp.name}") from None
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
        for fk in (table.nulled_refs if subset else ()):
            if cp.name in fk.columns:
                expr = nulled_reference(subset, fk, SOURCE_ALIAS, expr)
        projections.append(exp.alias_(expr, exp.to_identifier(cp.name)))

    source = exp.table_(exp.to_identifier(table.source.name), db=exp.to_identifier(schema))
    source = exp.alias_(source, exp.to_identifier(SOURCE_ALIAS), table=True)
    kept = subset.kept(table, SOURCE_ALIAS) if subset and table.subset else None
    if digests:
        inner = exp.select(exp.Column(this=exp.Star(), table=exp.to_identifier(SOURCE_ALIAS)))
        inner = inner.select(*[exp.alias_(e, exp.to_identifier(n)) for n, e in digests]).from_(source)
        if kept is not None:
            inner = inner.where(kept)
        source = exp.alias_(exp.Subquery(this=inner), exp.to_identifier(SOURCE_ALIAS), table=True)
        kept = None
    select = exp.select(*projections).from_(source)
    for joined, on in joins:
        select = select.join(joined, on=on, join_type="left") if on is not None else select.join(
            joined, join_type="cross")
    return select.where(kept) if kept is not None else select


def shape(plan: Plan, table: TablePlan) -> TableShape:
    """The keys a target re-creates: the source's own (not the policy's declared relations)."""
    fks = []
    for fk in table.foreign_keys:
        if not fk.declared:
            parent = plan.referenced(fk)
            fks.append((fk.columns, target_table(parent.target_schema, parent.source.name), fk.ref_columns))
    return TableShape(stage_table(table.target_schema, table.name),
                      target_table(table.target_schema, table.source.name),
                      tuple((c.name, c.column.data_type, c.column.nullable) for c in table.columns),
                      table.source.primary_key, table.source.unique, tuple(fks),
                      tuple((ix.columns, ix.unique) for ix in table.source.indexes))


def render(plan: Plan, dialect: MaskingDialect) -> Rendered:
    """Statement ASTs for every table of `plan` in `dialect`: setup, lookups, subset keys, tables, swap, cleanup."""
    schemas = sorted({t.target_schema for t in plan.tables} | {plan.target_schema})
    setup = Script("setup", "setup", tuple(dialect.create_schema(s) for s in schemas))
    scripts: list[Script] = []
    used: dict[str, LookupTable] = {}
    subset = SubsetSQL(plan, dialect) if any(t.subset for t in plan.tables) else None
    if subset is not None:
        statements = [s for t in keep_order(plan) if t.subset.keep_columns for s in subset.build_keep(t)]
        scripts.append(Script("subset", "subset", tuple(statements)))
    pairs = []
    for table in plan.tables:
        stage = stage_table(table.target_schema, table.name)
        select = table_select(table, table.source_schema, dialect, subset, used, plan.target_schema, plan.policy_file)
        statements = [dialect.drop_table(stage), dialect.create_table_as(stage, select)]
        for c in table.columns:
            if not c.column.nullable:
                statements += dialect.not_null(stage, c.name, c.column.data_type)
        scripts.append(Script(table.name, "table", tuple(statements), table.name))
        pairs.append((stage, target_table(table.target_schema, table.source.name)))
    if plan.constraints and dialect.enforces_constraints:
        swap = dialect.swap_with_constraints([shape(plan, t) for t in plan.tables])
    else:
        swap = dialect.swap(pairs)
    scripts.append(Script("swap", "swap", tuple(swap)))
    if subset is not None:
        drops = [dialect.drop_table(keep_table(t)) for t in plan.tables if t.subset and t.subset.keep_columns]
        scripts.append(Script("cleanup", "cleanup", tuple(drops)))
    lookups = tuple(sorted(used.values(), key=lambda lk: lk.table_name))
    # Lookups run after setup (they live in the target schema) and before any table that joins them.
    loads = [Script(lk.table_name[len("_dm_"):], "lookup", tuple(lookup_statements(plan.target_schema, lk, dialect)),
                    lk.table_name) for lk in lookups]
    return Rendered(plan, dialect, tuple([setup, *loads, *scripts]), lookups)
