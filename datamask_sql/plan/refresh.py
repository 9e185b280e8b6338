"""Incremental refresh, planned: each `incremental:` checked against its table (cursor, key) and the plan's shape."""

from __future__ import annotations

from datamask_sql.catalog.model import Table
from datamask_sql.plan.model import IncrementalPlan, Ref
from datamask_sql.plan.scope import Scope
from datamask_sql.policy import did_you_mean

# Logical types a watermark can be compared on, and round-tripped through text by the engine itself.
CURSOR_TYPES = ("integer", "decimal", "date", "timestamp", "timestamptz")


def plan_incremental(scope: Scope, subset_tables: set[Ref]) -> dict[Ref, IncrementalPlan]:
    """The incremental refresh of every table that declares one; a refusal at file:line for any that cannot."""
    out: dict[Ref, IncrementalPlan] = {}
    for ref, key in scope.keys.items():
        spec = scope.policy.incremental(key)
        if spec is None:
            continue
        table = scope.tables[ref]
        path = scope.path(ref, "incremental")
        if subset_tables:
            raise scope.error(
                f"table '{scope.show(ref)}' is refreshed incrementally, but the policy subsets tables",
                path,
                "a subset's kept rows depend on every row of its tables, so a refresh of changed rows cannot keep "
                "its closure; drop incremental: or the subset",
            )
        cursor = _column(scope, table, spec.cursor, path + ("cursor",))
        column = table.column(cursor)
        if column.logical not in CURSOR_TYPES:
            raise scope.error(
                f"cursor '{cursor}' of table '{scope.show(ref)}' is {column.type_sql}, not a number, date or timestamp",
                path + ("cursor",),
                "use a column that grows whenever a row is inserted or changed, such as updated_at",
            )
        if column.nullable:
            raise scope.error(
                f"cursor '{cursor}' of table '{scope.show(ref)}' may be NULL: a row without one would never refresh",
                path + ("cursor",),
                "declare the column NOT NULL in the source, or choose another cursor",
            )
        if spec.key is not None:
            keys = tuple(_column(scope, table, c, path + ("key", i)) for i, c in enumerate(spec.key))
        else:
            keys = table.primary_key
        if not keys:
            raise scope.error(
                f"table '{scope.show(ref)}' has no primary key to merge changed rows by",
                path,
                "name the columns that identify a row with incremental.key",
            )
        if spec.key is not None and not any(set(k) <= set(keys) for k in table.keys(partial=False)):
            raise scope.error(
                f"incremental.key ({', '.join(keys)}) of table '{scope.show(ref)}' is not unique in the source",
                path + ("key",),
                "use the primary key or a unique key: merging by anything else can update the wrong rows",
            )
        out[ref] = IncrementalPlan(cursor, keys, spec.deletes)
    return out


def _column(scope: Scope, table: Table, name: str, path: tuple) -> str:
    column = table.column(name)
    if column is None:
        raise scope.error(
            f"table '{table.name}' has no column '{name}'",
            path,
            did_you_mean(name, [c.name for c in table.columns]),
        )
    return column.name
