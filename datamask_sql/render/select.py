"""One table's masked SELECT: keyed digests once per row, lookups as equi-joins, `when:` and subset filters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.dialects import MaskingDialect
from datamask_sql.errors import UnsupportedError
from datamask_sql.lookups import LookupTable
from datamask_sql.plan import TablePlan
from datamask_sql.render.subset import SubsetSQL, nulled_reference
from datamask_sql.render.tables import lookup_table, named
from datamask_sql.transforms import BuildContext, Transform
from datamask_sql.transforms.base import RowRule
from datamask_sql.transforms.sqlexpr import bind_columns

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column

SOURCE_ALIAS = "src"


def _column(name: str) -> exp.Column:
    return exp.column(exp.to_identifier(name), table=exp.to_identifier(SOURCE_ALIAS))


def _unused_name(base: str, taken: set[str]) -> str:
    name, i = base, 0
    while name.lower() in taken:
        i += 1
        name = f"{base}_{i}"
    taken.add(name.lower())
    return name


def keyed_digest(
    dialect: MaskingDialect, canonical: exp.Expression, tag: exp.Expression, key: exp.Expression | None = None
) -> exp.Expression:
    """sha256_hex(key || tag(domain) || canonical text): the digest every keyed transform reads."""
    return dialect.sha256_hex(dialect.concat(dialect.key() if key is None else key, tag, canonical))


def finish(
    dialect: MaskingDialect,
    transform: Transform,
    value: exp.Expression,
    expr: exp.Expression,
    when: exp.Expression | None,
    data_type: exp.DataType | None,
    column: Column | None = None,
) -> exp.Expression:
    """A masking transform's expression as the column gets it: NULL kept, `when:` applied, cast to the type
    (to everything `column` declares, such as a MySQL character set, when the column is known)."""
    if transform.null_preserving:
        expr = exp.Case(
            ifs=[exp.If(this=exp.Is(this=value.copy(), expression=exp.null()), true=exp.null())], default=expr
        )
    if when is not None:
        # Only a predicate that is false keeps the value: unknown (NULL) still masks (fail closed).
        expr = exp.Case(ifs=[exp.If(this=exp.Not(this=exp.paren(when)), true=value.copy())], default=expr)
    if column is not None:
        return dialect.cast_to_column(expr, column)
    return dialect.cast(expr, data_type) if data_type is not None else expr


def table_select(
    table: TablePlan,
    schema: str,
    dialect: MaskingDialect,
    subset: SubsetSQL | None = None,
    used: dict[str, LookupTable] | None = None,
    lookup_schema: str | None = None,
    policy_file: str | None = None,
    digest_names: dict[tuple[str, str], str] | None = None,
    *,
    where: exp.Expression | None = None,
    only: tuple[str, ...] | None = None,
    row_names: dict[tuple[str, str], str] | None = None,
) -> exp.Select:
    """SELECT of masked columns; keyed digests are computed once per row in an inner projection.

    Lookup substitutions become LEFT JOINs on `alias.idx = <index over the digest>`: a plain equi-join the
    engine can hash-join, never a per-row subquery. Lookup tables used are recorded in `used`, and the
    inner projection's name of each (column, domain) digest in `digest_names`, and of each (column, part) per-row
    value beside them in `row_names`. `where` (over the source's
    columns, alias src) filters the rows where they are read, before any digest is computed; `only` names the
    columns to project (the others' digests and lookup joins are then never built).
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
        return left_join(lookup_table(lookup_schema or table.target_schema, lookup, table.target_database), index)

    def join_query(
        numbered: exp.Select, count: exp.Select, index_of: Callable[[exp.Expression], exp.Expression]
    ) -> exp.Expression:
        # The one-row count joins first, so the lookup's ON compares idx with an expression of the left side only.
        alias = f"_dm_n{sum(1 for _, on in joins if on is None) + 1}"
        joins.append((exp.alias_(exp.Subquery(this=count), exp.to_identifier(alias), table=True), None))
        n = exp.column(exp.to_identifier("n"), table=exp.to_identifier(alias))
        return left_join(exp.Subquery(this=numbered), index_of(n))

    cache: dict[tuple[str, str], exp.Column] = {}
    by_name = {c.name: c for c in table.columns}
    domains = {c.name: c.domain for c in table.columns}
    rules = {c.name: RowRule(c.transform.name, c.params, c.column) for c in table.columns}

    def digest_of(name: str, domain: str) -> exp.Expression:
        if (name, domain) not in cache:
            column = by_name[name].column
            alias = _unused_name(f"_dm_digest_{len(digests) + 1}", taken)
            canonical = dialect.canonical_text(_column(name), column.logical, column.data_type)
            digests.append((alias, keyed_digest(dialect, canonical, exp.Literal.string(reference.domain_tag(domain)))))
            cache[(name, domain)] = _column(alias)
        return cache[(name, domain)].copy()

    # Per-row values of the source alone, beside the digests: (column, part) -> alias, and the values in order.
    rows: dict[tuple[str, str], str] = {}
    row_values: list[tuple[str, exp.Expression]] = []

    def row_of(name: str, part: str, expr: exp.Expression) -> exp.Expression:
        if (name, part) not in rows:
            rows[(name, part)] = _unused_name(f"_dm_row_{len(row_values) + 1}", taken)
            row_values.append((rows[(name, part)], expr))
        return _column(rows[(name, part)])

    stages: list[list[tuple[str, exp.Expression]]] = []

    def stage(level: int, expr: exp.Expression) -> exp.Expression:
        stages.extend([] for _ in range(level - len(stages)))
        # The same expression staged twice (several rules reading one column's locale) is computed once.
        same = next((alias for alias, e in stages[level - 1] if e == expr), None)
        if same is not None:
            return _column(same)
        alias = _unused_name(f"_dm_s{level}_{len(stages[level - 1]) + 1}", taken)
        stages[level - 1].append((alias, expr))
        return _column(alias)

    projections = []
    for cp in table.columns:
        if only is not None and cp.name not in only:
            continue
        transform = cp.transform
        value = _column(cp.name)
        # Engines disagree on CHAR padding (DuckDB keeps blanks, Spark pads, MySQL strips): transforms
        # read the value without trailing blanks, which all of them agree on.
        read = dialect.char_value(value) if cp.column.logical == "char" and transform.masks else value
        ctx = BuildContext(
            dialect,
            cp.column,
            read,
            cp.domain,
            lambda cp=cp: digest_of(cp.name, cp.domain),
            _lookup=join_lookup,
            _lookup_query=join_query,
            _column=_column,
            _digest_of=digest_of,
            domains=domains,
            _stage=stage,
            rules=rules,
            _row=lambda part, expr, name=cp.name: row_of(name, part, expr),
        )
        try:
            expr = transform.build(ctx, cp.params)
            if transform.keyed:
                ctx.digest()  # the digest's canonical text is built lazily: surface refusals here
        except UnsupportedError as exc:
            raise UnsupportedError(
                f"transform '{transform.name}' cannot be compiled for {dialect.name}: {exc.message}",
                hint=exc.hint,
                file=policy_file,
                line=cp.line,
                path=f"tables.{table.name}.columns.{cp.name}",
            ) from None
        if transform.masks:
            predicate = bind_columns(cp.when, list(by_name), _column) if cp.when is not None else None
            expr = finish(dialect, transform, value, expr, predicate, cp.column.data_type, column=cp.column)
        for fk in table.nulled_refs if subset else ():
            if cp.name in fk.columns:
                expr = nulled_reference(subset, fk, SOURCE_ALIAS, expr)
        projections.append(exp.alias_(expr, exp.to_identifier(cp.name), copy=False))

    if digest_names is not None:
        digest_names.update({key: ref.name for key, ref in cache.items()})
    if row_names is not None:
        row_names.update(rows)
    source = named(table.source.name, schema, table.source_database)
    source = exp.alias_(source, exp.to_identifier(SOURCE_ALIAS), table=True)
    kept = subset.kept(table, SOURCE_ALIAS) if subset and table.subset else None
    if where is not None:
        kept = where if kept is None else exp.and_(kept, where, copy=False)
    # Each level is a projection over the one below, all named src: references to src.x mean the same column.
    # copy=False throughout: the builders copy the whole SELECT at every step otherwise (compile time).
    for level, columns in enumerate([digests + row_values, *stages]):
        if not columns and level == 0 and not stages:
            break
        inner = exp.select(exp.Column(this=exp.Star(), table=exp.to_identifier(SOURCE_ALIAS)))
        inner = inner.select(*[exp.alias_(e, exp.to_identifier(n), copy=False) for n, e in columns], copy=False)
        inner = inner.from_(source, copy=False)
        if kept is not None:
            inner = inner.where(kept, copy=False)
        source = exp.alias_(
            exp.Subquery(this=dialect.projection_level(inner)),
            exp.to_identifier(SOURCE_ALIAS),
            table=True,
            copy=False,
        )
        kept = None
    select = exp.Select(expressions=projections).from_(source, copy=False)
    for joined, on in joins:
        if on is not None:
            select = select.join(joined, on=on, join_type="left", copy=False)
        else:
            select = select.join(joined, join_type="cross", copy=False)
    return select.where(kept, copy=False) if kept is not None else select
