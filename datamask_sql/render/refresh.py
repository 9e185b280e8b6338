"""The statements that record what built a target and refresh it: watermark marks, changed-row stages, merges.

A full build records, per target table, the key fingerprint (computed by the engine from the session key),
the rules' hash, the algorithm and, for an incremental table, the watermark: the cursor's maximum read before
the table was staged. A refresh stages only rows past the recorded watermark, merges them into the target and
deletes target rows whose key left the source, then moves the watermark, all in one transaction."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from sqlglot import exp

from datamask_sql import ALGORITHM_VERSION
from datamask_sql.dialects import MaskingDialect
from datamask_sql.dialects.refresh import META_COLUMNS
from datamask_sql.errors import PlanError
from datamask_sql.plan import Plan, TablePlan
from datamask_sql.render.select import SOURCE_ALIAS, table_select
from datamask_sql.render.tables import mark_table, source_table, stage_table, target_table

MARK = "mark"
META_NAMES = tuple(name for name, _, _ in META_COLUMNS)


def rules_sha256(table: TablePlan) -> str:
    """Hash of everything that decides a table's masked values: each column's type, rule and domain, the refresh."""
    columns = []
    for c in table.columns:
        rule = c.to_dict()
        rule.pop("reason", None)
        # An option added to a transform after targets were built is hashed only once it is used, so adding one
        # never makes every existing incremental target refuse its next merge.
        fields = type(c.params).model_fields
        for name in c.params.unhashed_defaults:
            if getattr(c.params, name) == fields[name].default:
                rule["params"].pop(name, None)
        columns.append(rule)
    spec = table.incremental.to_dict() if table.incremental else None
    text = json.dumps({"columns": columns, "incremental": spec}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def mark_statements(table: TablePlan, dialect: MaskingDialect) -> list[exp.Expression]:
    """Read the cursor's maximum before the rows are: a row changed meanwhile is past it and merges next time."""
    assert table.incremental is not None
    cursor = exp.column(exp.to_identifier(table.incremental.cursor))
    high = exp.select(exp.alias_(exp.Max(this=cursor), exp.to_identifier(MARK))).from_(source_table(table))
    return [dialect.drop_table(mark_table(table)), dialect.create_table_as(mark_table(table), high)]


def _watermark(table: TablePlan, dialect: MaskingDialect) -> exp.Expression:
    meta = dialect.meta_table(table.target_schema, table.target_database)
    name = exp.EQ(this=exp.column("table_name"), expression=exp.Literal.string(table.source.name))
    return exp.Subquery(this=exp.select(exp.column("watermark")).from_(meta).where(name))


def changed_select(
    table: TablePlan, plan: Plan, dialect: MaskingDialect, used: dict, watermarks: Mapping[str, str | None] | None
) -> exp.Select:
    """The masked SELECT of the rows whose cursor passed the recorded watermark (every row when none is).

    The watermark is a literal when the run read it (the engine then estimates how few rows pass, where a
    subquery makes PostgreSQL plan for a third of the table and JIT-compile for it), else read as it runs."""
    assert table.incremental is not None
    cursor = exp.column(exp.to_identifier(table.incremental.cursor), table=exp.to_identifier(SOURCE_ALIAS))
    data_type = table.source.column(table.incremental.cursor).data_type
    changed: exp.Expression | None
    if watermarks is not None and table.name in watermarks:
        known = watermarks[table.name]
        literal = dialect.cast(exp.Literal.string(known), data_type) if known is not None else None
        changed = exp.GT(this=cursor, expression=literal) if literal is not None else None
    else:
        past = exp.GT(this=cursor, expression=dialect.cast(_watermark(table, dialect), data_type))
        changed = exp.or_(exp.Is(this=_watermark(table, dialect), expression=exp.null()), past)
    # Filtered where the source is read, so only the changed rows are hashed (engines do not push a condition
    # holding a subquery below the projection that computes the digests).
    return table_select(
        table, table.source_schema, dialect, None, used, plan.target_schema, plan.policy_file, where=changed
    )


def key_select(table: TablePlan, plan: Plan, dialect: MaskingDialect) -> exp.Select:
    """The masked key of every source row: what a target row's key must be to stay."""
    assert table.incremental is not None
    # Only the key is built: the other columns' digests and lookup joins would be computed for every source row.
    only = table.incremental.key
    return table_select(table, table.source_schema, dialect, None, {}, plan.target_schema, plan.policy_file, only=only)


def meta_record(table: TablePlan, dialect: MaskingDialect) -> list[exp.Expression]:
    """Replace the table's state row: what built it, and the watermark its mark holds (after a full build)."""
    meta = dialect.meta_table(table.target_schema, table.target_database)
    text = dialect.text_type()
    incremental = table.incremental
    values: list[exp.Expression] = [
        exp.Literal.string(table.source.name),
        dialect.key_fingerprint(),
        exp.Literal.string(rules_sha256(table)),
        exp.Literal.string(ALGORITHM_VERSION),
        exp.Literal.string("full"),
        exp.Literal.string(incremental.cursor) if incremental else exp.null(),
        dialect.cast(exp.column(MARK), text) if incremental else exp.null(),
        dialect.cast(exp.CurrentTimestamp(), text),
    ]
    names = [exp.to_identifier(n) for n in META_NAMES]
    select = exp.select(*values)
    if incremental:
        select = select.from_(mark_table(table))
    insert = exp.Insert(this=exp.Schema(this=meta.copy(), expressions=names), expression=select)
    return [meta_forget(table, dialect), insert] if dialect.deletes_rows else [insert]


def meta_forget(table: TablePlan, dialect: MaskingDialect) -> exp.Expression:
    """Delete the table's state row: a target whose build was cut off is rebuilt by the next run, never merged."""
    meta = dialect.meta_table(table.target_schema, table.target_database)
    name = exp.EQ(this=exp.column("table_name"), expression=exp.Literal.string(table.source.name))
    return exp.Delete(this=meta, where=exp.Where(this=name))


def meta_advance(table: TablePlan, dialect: MaskingDialect) -> exp.Expression:
    """Move a merged table's watermark to its mark (kept when the source is empty)."""
    meta = dialect.meta_table(table.target_schema, table.target_database)
    text = dialect.text_type()
    mark = exp.Subquery(this=exp.select(dialect.cast(exp.column(MARK), text)).from_(mark_table(table)))
    name = exp.EQ(this=exp.column("table_name"), expression=exp.Literal.string(table.source.name))
    sets = [
        exp.EQ(this=exp.column("watermark"), expression=exp.Coalesce(this=mark, expressions=[exp.column("watermark")])),
        exp.EQ(this=exp.column("mode"), expression=exp.Literal.string("incremental")),
        exp.EQ(this=exp.column("built_at"), expression=dialect.cast(exp.CurrentTimestamp(), text)),
    ]
    return exp.Update(this=meta, expressions=sets, where=exp.Where(this=name))


def merge_statements(
    plan: Plan, dialect: MaskingDialect, merged: list[TablePlan]
) -> list[tuple[exp.Expression, TablePlan | None]]:
    """Open the transaction, merge every merged table's staged rows (parents first), delete gone rows (children
    first); each statement with the table whose target it changes (counted after it runs)."""
    statements: list[tuple[exp.Expression, TablePlan | None]] = (
        [(dialect.begin(), None)] if dialect.transactional_merge else []
    )
    for t in merged:
        assert t.incremental is not None
        stage, target = (
            stage_table(t.target_schema, t.name, t.target_database),
            target_table(t.target_schema, t.source.name, t.target_database),
        )
        columns = tuple(c.name for c in t.columns)
        statements += [(s, t) for s in dialect.merge_rows(target, stage, t.incremental.key, columns)]
    for t in reversed(merged):
        assert t.incremental is not None
        if t.incremental.deletes:
            target = target_table(t.target_schema, t.source.name, t.target_database)
            statements.append((dialect.delete_missing(target, key_select(t, plan, dialect), t.incremental.key), t))
    return statements


def refuse_mixed_keys(plan: Plan, dialect: MaskingDialect, merged: set[str]) -> None:
    """A rebuilt table that a merged one references would be dropped under the merged table's foreign key."""
    if not (plan.constraints and dialect.enforces_constraints):
        return
    for t in plan.tables:
        for fk in t.foreign_keys:
            parent = plan.referenced(fk)
            if t.name in merged and parent.name not in merged and not fk.declared and fk.enforced:
                raise PlanError(
                    f"table '{t.name}' is refreshed incrementally and references '{parent.name}', which is rebuilt: "
                    "the rebuild would drop a table the merged one keeps a foreign key to",
                    file=plan.policy_file,
                    hint=f"declare incremental: on '{parent.name}' too, or rebuild every table with a full refresh",
                    option="full_refresh",
                )


def with_records(
    plan: Plan, dialect: MaskingDialect, swap: list[exp.Expression], merged: set[str]
) -> list[exp.Expression]:
    """The swap of the rebuilt tables with every table's state recorded where it commits with the swap.

    Transactional DDL: one transaction (opened by the merge file when tables merge) swaps, records and commits.
    Otherwise the merged tables' watermarks commit with their merge first, then the rebuilt tables' state rows
    are deleted before the swap and written after it, so a swap cut off part-way leaves no state to merge onto."""
    rebuilt = [t for t in plan.tables if t.name not in merged]
    advances = [meta_advance(t, dialect) for t in plan.tables if t.name in merged]
    records = [s for t in rebuilt for s in meta_record(t, dialect)]
    if dialect.transactional_ddl:
        body = [s for s in swap if not isinstance(s, (exp.Transaction, exp.Commit))]
        opened = [] if merged else [exp.Transaction()]
        return [*opened, *body, *advances, *records, exp.Commit()]
    committed = [*advances, exp.Commit()] if merged and dialect.transactional_merge else advances
    forgets = [meta_forget(t, dialect) for t in rebuilt] if dialect.deletes_rows else []
    return [*committed, *forgets, *swap, *records]
