"""Plan + dialect -> every script a run needs, in run order: setup, lookups, subset, tables, swap, cleanup."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlglot import exp

from datamask_sql.dialects import MaskingDialect
from datamask_sql.dialects.keys import OBJECT, TableShape
from datamask_sql.lookups import LookupTable
from datamask_sql.plan import Plan, TablePlan
from datamask_sql.render.refresh import (
    changed_select,
    mark_statements,
    merge_statements,
    refuse_mixed_keys,
    with_records,
)
from datamask_sql.render.select import table_select
from datamask_sql.render.statement import Statement
from datamask_sql.render.subset import SubsetSQL, keep_order
from datamask_sql.render.tables import in_dialect, keep_table, lookup_table, mark_table, stage_table, target_table
from datamask_sql.sqltypes import build_type

# Rows per INSERT of lookup data: small enough for every engine's statement limits.
LOOKUP_BATCH = 500
LOOKUP_COLUMNS = ("idx", "value")


@dataclass(frozen=True)
class Script:
    """A unit of emitted SQL: the setup, a lookup, the subset, one table, the swap or the cleanup."""

    name: str
    kind: str
    statements: tuple[Statement, ...]
    table: str | None = None
    # A content-named lookup already holding this many rows in `reusable` need not be loaded again.
    reusable: tuple[exp.Table, int] | None = None


@dataclass(frozen=True)
class Rendered:
    """Every statement a plan needs in one dialect, in run order, plus what a failed run undoes."""

    plan: Plan
    dialect: MaskingDialect
    scripts: tuple[Script, ...]
    lookups: tuple[LookupTable, ...] = ()
    # Run after a failure, each on its own and errors ignored: roll back, drop staging and helper tables.
    abort: tuple[exp.Expression, ...] = ()
    # Tables whose changed rows are merged into their target this run (the others are rebuilt).
    merged: tuple[str, ...] = ()


def _statements(*asts: exp.Expression) -> tuple[Statement, ...]:
    return tuple(Statement(a, label=a.meta.get(OBJECT)) for a in asts)


def lookup_statements(
    schema: str, lookup: LookupTable, dialect: MaskingDialect, database: str | None = None
) -> list[exp.Expression]:
    """Drop, create and fill one lookup table: (idx 0..N-1, value) in list order."""
    table = lookup_table(schema, lookup, database)
    columns = [("idx", build_type("INT")), ("value", dialect.text_column_type())]
    statements = [dialect.drop_table(table), dialect.create_table(table, columns, primary_key=("idx",))]
    rows = list(enumerate(lookup.values))
    for start in range(0, len(rows), LOOKUP_BATCH):
        statements.append(dialect.insert_values(table, list(LOOKUP_COLUMNS), rows[start : start + LOOKUP_BATCH]))
    return statements


def shape(plan: Plan, table: TablePlan, dialect: MaskingDialect | None = None) -> TableShape:
    """The keys a target re-creates: the source's own (not the policy's declared relations)."""
    fks = []
    for fk in table.foreign_keys:
        # Only keys the source holds for every row: not the policy's relations, nor a key some partitions declare.
        if not fk.declared and fk.enforced:
            parent = plan.referenced(fk)
            refreshed = parent.incremental is not None and parent.incremental.deletes
            if refreshed and dialect is not None and not dialect.deletes_referenced_in_transaction:
                continue  # the engine could not delete a gone parent after its gone children in one refresh
            target = target_table(parent.target_schema, parent.source.name, parent.target_database)
            fks.append((fk.columns, target, fk.ref_columns))
    return TableShape(
        stage_table(table.target_schema, table.name, table.target_database),
        target_table(table.target_schema, table.source.name, table.target_database),
        tuple((c.name, c.column.data_type, c.column.nullable) for c in table.columns),
        table.source.primary_key,
        table.source.unique,
        tuple(fks),
        tuple(table.source.indexes),
        f"{table.target_schema}.{table.source.name}",
    )


def keyed(plan: Plan, dialect: MaskingDialect) -> bool:
    """Whether the rebuilt targets get the source's keys (the swap's or, where declared, the staged CTAS's)."""
    return plan.constraints and dialect.enforces_constraints


def _table_script(
    table: TablePlan,
    plan: Plan,
    dialect: MaskingDialect,
    subset: SubsetSQL | None,
    used: dict[str, LookupTable],
    merged: bool = False,
    watermarks: Mapping[str, str | None] | None = None,
) -> Script:
    stage = stage_table(table.target_schema, table.name, table.target_database)
    marks = [Statement(s) for s in mark_statements(table, dialect)] if table.incremental else []
    if merged:
        # Only the changed rows, merged later: the target keeps its own NOT NULL columns and types.
        select = changed_select(table, plan, dialect, used, watermarks)
        statements = [
            *marks,
            Statement(dialect.drop_table(stage)),
            Statement(dialect.create_table_as(stage, select), table.name, stage),
        ]
        return Script(table.name, "table", tuple(statements), table.name)
    select = table_select(table, table.source_schema, dialect, subset, used, plan.target_schema, plan.policy_file)
    # Keys the engine declares in the CREATE itself: the swap re-creates the others (see keyed(plan, dialect)).
    declared = dialect.keyed_stage(shape(plan, table, dialect)) if keyed(plan, dialect) else []
    statements = [
        *marks,
        Statement(dialect.drop_table(stage)),
        Statement(dialect.create_table_as(stage, select, declared), table.name, stage),
    ]
    for c in table.columns:
        if not c.column.nullable:
            statements += _statements(*dialect.not_null(stage, c.column))
        elif c.masked and dialect.restates_type(c.column.data_type):
            # The engine's CAST cannot name this type: the column was built through another one.
            statements += _statements(*dialect.restate_type(stage, c.name, c.column.data_type))
    return Script(table.name, "table", tuple(statements), table.name)


def render(
    plan: Plan,
    dialect: MaskingDialect,
    merged: frozenset[str] = frozenset(),
    watermarks: Mapping[str, str | None] | None = None,
) -> Rendered:
    """Statement ASTs for every table of `plan` in `dialect`: setup, lookups, subset keys, tables, swap, cleanup.

    Tables named in `merged` are refreshed: their changed rows staged and merged (render/refresh.py). Their
    `watermarks`, when given, are the ones their state recorded as the run read it (and reads again under its
    lock); otherwise the statements read the watermark from the state table as they run."""
    plan = in_dialect(plan, dialect)
    if merged:
        refuse_mixed_keys(plan, dialect, set(merged))
    schemas = sorted({t.target_schema for t in plan.tables} | {plan.target_schema})
    made = [dialect.create_schema(s, plan.target_database) for s in schemas]
    made += [dialect.create_meta(s, plan.target_database) for s in schemas]
    setup = Script("setup", "setup", _statements(*made))
    scripts: list[Script] = []
    used: dict[str, LookupTable] = {}
    subset = SubsetSQL(plan, dialect) if plan.has_subset else None
    keeps = [t for t in keep_order(plan) if t.subset.keep_columns] if subset is not None else []
    if subset is not None:
        scripts.append(Script("subset", "subset", tuple(s for t in keeps for s in subset.build_keep(t))))
    scripts += [_table_script(t, plan, dialect, subset, used, t.name in merged, watermarks) for t in plan.tables]
    refreshed = [t for t in plan.tables if t.name in merged]
    if refreshed:
        merges = tuple(
            Statement(a, t.name, target_table(t.target_schema, t.source.name, t.target_database)) if t else Statement(a)
            for a, t in merge_statements(plan, dialect, refreshed)
        )
        scripts.append(Script("merge", "merge", merges))
    rebuilt = [t for t in plan.tables if t.name not in merged]
    if not rebuilt:
        swap = []
    elif keyed(plan, dialect):
        swap = dialect.swap_with_constraints([shape(plan, t, dialect) for t in rebuilt])
    else:
        swap = dialect.swap(
            [
                (
                    stage_table(t.target_schema, t.name, t.target_database),
                    target_table(t.target_schema, t.source.name, t.target_database),
                )
                for t in rebuilt
            ]
        )
    scripts.append(Script("swap", "swap", _statements(*with_records(plan, dialect, swap, set(merged)))))
    helpers = [keep_table(t) for t in plan.tables if t.subset is not None and t.subset.keep_columns]
    helpers += [mark_table(t) for t in plan.tables if t.incremental is not None]
    helpers += [stage_table(t.target_schema, t.name, t.target_database) for t in refreshed]
    if helpers:
        scripts.append(Script("cleanup", "cleanup", _statements(*(dialect.drop_table(k) for k in helpers))))
    lookups = tuple(sorted(used.values(), key=lambda lk: lk.table_name))
    # Lookups run after setup (they live in the target schema) and before any table that joins them.
    loads = [
        Script(
            lk.table_name[len("_dm_") :],
            "lookup",
            _statements(*lookup_statements(plan.target_schema, lk, dialect, plan.target_database)),
            lk.table_name,
            (lookup_table(plan.target_schema, lk, plan.target_database), len(lk.values)),
        )
        for lk in lookups
    ]
    stages = [stage_table(t.target_schema, t.name, t.target_database) for t in rebuilt]
    abort = (exp.Rollback(), *(dialect.drop_table(t) for t in stages + helpers))
    return Rendered(plan, dialect, tuple([setup, *loads, *scripts]), lookups, abort, tuple(t.name for t in refreshed))
