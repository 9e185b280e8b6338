"""Checks on built tables: row counts, key uniqueness, foreign-key integrity and leaks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp

from datamask_sql.catalog.model import ForeignKey
from datamask_sql.connection import Connection
from datamask_sql.dialects import MaskingDialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.plan import Plan, TablePlan
from datamask_sql.render import count_star, in_dialect, source_table, target_table
from datamask_sql.render.scripts import keyed, shape

TableOf = Callable[[str], exp.Table]
# Fewest compared cells over which a transform that may keep some values by chance is judged.
MIN_CELLS = 20


@dataclass(frozen=True)
class Check:
    """One verification outcome."""

    name: str
    table: str
    ok: bool
    detail: str


def verdict(failed: list[Check]) -> str:
    """The message of a run stopped by failed checks."""
    detail = "; ".join(f"{c.name} {c.table}: {c.detail}" for c in failed)
    return f"verification failed, target left unchanged: {detail}"


def refused_duplicate(dialect: MaskingDialect, plan: Plan, table: str, error: BaseException) -> list[Check]:
    """The failed unique check of `table` when a key its staged CREATE declares (keyed_stage) refused a repeated
    value as it was built, so the check's query never ran; [] for any other error."""
    t = plan.table(table)
    if not keyed(plan, dialect):
        return []  # no key was declared: whatever the engine refused, it is not one of the source's keys
    key = dialect.duplicate_key(error, shape(plan, t, dialect))
    if key is None:
        return []
    # The engine's message quotes the repeated (masked) value; the verdict names the key and no value.
    detail = "duplicate value(s), refused by the staged table's own key as it was built"
    return [Check("unique", f"{t.name}({', '.join(key)})", False, detail)]


def _scalar(conn: Connection, dialect: MaskingDialect, query: exp.Expression) -> int:
    return int(conn.query(to_sql(dialect, query))[0][0] or 0)


def _duplicates(table: exp.Table, key: tuple[str, ...]) -> exp.Select:
    """Rows with a non-NULL key minus distinct non-NULL keys (composite keys grouped)."""
    cols = [exp.column(exp.to_identifier(c)) for c in key]
    not_null = exp.and_(*[exp.not_(exp.Is(this=c.copy(), expression=exp.null())) for c in cols])
    groups = (
        exp.select(exp.Sub(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1)).as_("extra"))
        .from_(table.copy())
        .where(not_null)
        .group_by(*[c.copy() for c in cols])
    )
    return exp.select(exp.Sum(this=exp.column("extra"))).from_(exp.alias_(exp.Subquery(this=groups), "g", table=True))


def _join(
    child: exp.Table, cols: tuple[str, ...], parent: exp.Table, ref_cols: tuple[str, ...], dangling: bool
) -> exp.Select:
    """Child rows with a non-NULL reference that match a parent row (or, when `dangling`, match none)."""
    on = exp.and_(
        *[
            exp.EQ(
                this=exp.column(exp.to_identifier(c), table="c"), expression=exp.column(exp.to_identifier(r), table="p")
            )
            for c, r in zip(cols, ref_cols)
        ]
    )
    not_null = exp.and_(
        *[exp.Not(this=exp.Is(this=exp.column(exp.to_identifier(c), table="c"), expression=exp.null())) for c in cols]
    )
    query = exp.select(exp.Count(this=exp.Star())).from_(exp.alias_(child.copy(), "c", table=True))
    if not dangling:
        return query.join(exp.alias_(parent.copy(), "p", table=True), on=on, join_type="INNER").where(not_null)
    missing = exp.Is(this=exp.column(exp.to_identifier(ref_cols[0]), table="p"), expression=exp.null())
    return query.join(exp.alias_(parent.copy(), "p", table=True), on=on, join_type="LEFT").where(
        exp.and_(not_null, missing)
    )


def _unchanged(built: exp.Table, source: exp.Table, key: tuple[str, ...], columns: list[str]) -> exp.Select:
    """Per column, (non-NULL source cells, cells equal to their own row's source value), rows joined on `key`:
    one join for the whole table, however many columns it checks."""
    on = exp.and_(
        *[
            exp.EQ(this=exp.column(exp.to_identifier(k), "b"), expression=exp.column(exp.to_identifier(k), "s"))
            for k in key
        ]
    )
    counts: list[exp.Expression] = []
    for column in columns:
        after, before = exp.column(exp.to_identifier(column), "b"), exp.column(exp.to_identifier(column), "s")
        same = exp.Case(ifs=[exp.If(this=exp.EQ(this=after, expression=before.copy()), true=exp.Literal.number(1))])
        counts += [exp.Count(this=before.copy()), exp.Count(this=same)]
    return (
        exp.select(*counts)
        .from_(exp.alias_(built.copy(), "b", table=True))
        .join(exp.alias_(source.copy(), "s", table=True), on=on, join_type="INNER")
    )


def _same_joins(
    conn: Connection,
    dialect: MaskingDialect,
    fk: ForeignKey,
    ends: tuple[str, str],
    source: TableOf,
    built: TableOf,
    kept: bool = False,
) -> tuple[bool, str]:
    """(ok, detail): as many rows of `ends[0]` join `ends[1]` through `fk` after masking as before.

    `kept`: an end is refreshed without deletes, so rows gone from the source still join in the target: at least
    as many rows must join."""
    child, parent = ends
    before = _scalar(conn, dialect, _join(source(child), fk.columns, source(parent), fk.ref_columns, False))
    matched = _scalar(conn, dialect, _join(built(child), fk.columns, built(parent), fk.ref_columns, False))
    after = _scalar(conn, dialect, _join(built(child), fk.columns, built(parent), fk.ref_columns, True))
    detail = f"{matched} matching row(s) after masking, {before} before; {after} dangling"
    return (matched >= before, detail + " (deletes kept)") if kept else (matched == before, detail)


def verify(
    conn: Connection,
    dialect: MaskingDialect,
    plan: Plan,
    built: TableOf | None = None,
    written: TableOf | None = None,
) -> list[Check]:
    """Check the built tables (`built` maps a table name to where it was built; default the target).

    `written` maps a table to the rows this run wrote (a refresh's stage of changed rows): the unchanged-cell and
    leak checks read only those, since the target's other rows passed them when they were written. Counts,
    keys and joins are checked on the whole built table."""
    plan = in_dialect(plan, dialect)

    def target(name: str) -> exp.Table:
        t = plan.table(name)
        return target_table(t.target_schema, t.source.name, t.target_database)

    def source(name: str) -> exp.Table:
        return source_table(plan.table(name))

    built = built or target
    written = written or built
    checks: list[Check] = []
    subset = plan.has_subset
    for t in plan.tables:
        src_rows = _scalar(conn, dialect, count_star(source(t.name)))
        out_rows = _scalar(conn, dialect, count_star(built(t.name)))
        if t.incremental is not None and not t.incremental.deletes:
            # Rows deleted from the source stay in a target refreshed without deletes.
            ok = out_rows >= src_rows
            checks.append(Check("row count", t.name, ok, f"source {src_rows}, masked {out_rows} (deletes kept)"))
        elif t.subset is None:
            checks.append(Check("row count", t.name, src_rows == out_rows, f"source {src_rows}, masked {out_rows}"))
        else:
            checks.append(
                Check(
                    "subset rows", t.name, out_rows <= src_rows, f"{out_rows} of {src_rows} rows kept ({t.subset.role})"
                )
            )
        # Partial unique indexes bind only the rows they index: the whole table may repeat their values.
        keys = t.source.keys(partial=False)
        for key in keys:
            dup = _scalar(conn, dialect, _duplicates(built(t.name), key))
            checks.append(Check("unique", f"{t.name}({', '.join(key)})", dup == 0, f"{dup} duplicate value(s)"))
        for fk in t.foreign_keys:
            parent = plan.referenced(fk).name
            where = f"{t.name}({', '.join(fk.columns)}) -> {parent}"
            if subset:
                after = _scalar(conn, dialect, _join(built(t.name), fk.columns, built(parent), fk.ref_columns, True))
                checks.append(Check("foreign key", where, after == 0, f"{after} dangling reference(s) in the subset"))
                continue
            kept = any(plan.table(n).incremental and not plan.table(n).incremental.deletes for n in (t.name, parent))
            ok, detail = _same_joins(conn, dialect, fk, (t.name, parent), source, built, kept)
            checks.append(Check("foreign key", where, ok, detail))
        # A subset follows declared keys only: there an undeclared reference may dangle on purpose.
        for proposal in () if subset else (p for p in plan.proposed if plan.by_ref(p.child) is t):
            ends = (t.name, plan.referenced(proposal.fk).name)
            ok, detail = _same_joins(conn, dialect, proposal.fk, ends, source, built)
            checks.append(
                Check("likely relation", proposal.relation, ok, f"{detail} (not declared: {proposal.evidence})")
            )
        checks += _unchanged_checks(conn, dialect, t, written(t.name), source(t.name))
        for cp in t.columns:
            # Rows a `when:` predicate leaves unmasked hold source values on purpose.
            if cp.transform.leak_checked and cp.when is None:
                leaked = _scalar(
                    conn, dialect, dialect.leak_count(written(t.name), source(t.name), cp.name, cp.column.data_type)
                )
                checks.append(
                    Check(
                        "no leak", f"{t.name}.{cp.name}", leaked == 0, f"{leaked} masked value(s) equal a source value"
                    )
                )
    return checks


def _unchanged_checks(
    conn: Connection, dialect: MaskingDialect, t: TablePlan, written: exp.Table, source: exp.Table
) -> list[Check]:
    """The unchanged-cell check of every column of `t` that has one, counted in one join of `written` and
    `source`."""
    # A row is found again through a key the copy keeps as it is; a masked key hides which row was which.
    masked = {c.name for c in t.columns if c.masked}
    identity = next((k for k in t.source.keys(partial=False) if not masked & set(k)), None)
    judged = [
        cp
        for cp in (t.columns if identity is not None else ())
        if cp.transform.unchanged_allowance(cp.params) is not None and cp.when is None
    ]
    if not judged:
        return []
    row = conn.query(to_sql(dialect, _unchanged(written, source, identity, [cp.name for cp in judged])))[0]
    checks = []
    for i, cp in enumerate(judged):
        allowed = cp.transform.unchanged_allowance(cp.params)
        cells, same = int(row[2 * i] or 0), int(row[2 * i + 1] or 0)
        # A share means something only over enough cells; none may stay equal where none is allowed.
        counted = allowed == 0 or cells >= MIN_CELLS
        checks.append(
            Check(
                "unchanged",
                f"{t.name}.{cp.name}",
                not counted or same <= allowed * cells,
                f"{same} of {cells} cell(s) equal their own source value "
                f"({_allowance(cp.transform.name, allowed)}); rows matched on ({', '.join(identity)})",
            )
        )
    return checks


def _allowance(transform: str, allowed: float) -> str:
    """How much of a column may stay as it was, in words."""
    if allowed >= 1:
        return f"reported only: {transform} leaves values it has nothing to change in as they are"
    return f"{transform} allows {allowed:.0%}"
