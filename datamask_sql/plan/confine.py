"""A warehouse lookup table a policy names, confined to the policy's source scope and resolved in the catalog.

`fake.lookup.table` becomes a FROM item, so it is the one place a policy names something outside the row: it
must be a plain `[schema.]table` (sqlexpr.parse_table_name), in a schema the policy already reads (the source
schema or a schema it copies tables from), never a system catalog, and a table the catalog knows. The SQL then
names the catalog's table schema-qualified, so no search path can swap in `pg_catalog.pg_authid`.
"""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.catalog.model import Table
from datamask_sql.plan.scope import Scope
from datamask_sql.policy import did_you_mean
from datamask_sql.transforms.fake import FakeParams
from datamask_sql.transforms.sqlexpr import PolicySQLError, parse_table_name

# Catalogs and system schemas of the engines datamask-sql reads or emits for; `pg_*` is PostgreSQL's own.
SYSTEM_SCHEMAS = frozenset(("information_schema", "mysql", "performance_schema", "sys", "global_temp"))


def is_system_schema(name: str) -> bool:
    """Whether `name` is an engine's catalog or system schema (case-insensitively; pg_catalog, pg_toast, ...)."""
    folded = name.lower()
    return folded in SYSTEM_SCHEMAS or folded.startswith("pg_")


def source_scope(scope: Scope) -> list[str]:
    """The schemas a policy reads: its source schema and every schema it copies a table from."""
    return list(dict.fromkeys([scope.source_schema, *(ref[0] for ref in scope.tables)]))


def _match(name: exp.Identifier, choices: list[str]) -> str | None:
    """The catalog spelling of `name`: exact if quoted, else the one case-insensitive match."""
    if name.name in choices:
        return name.name
    if name.quoted:
        return None
    folded = [c for c in choices if c.lower() == name.name.lower()]
    return folded[0] if len(folded) == 1 else None


def _table(scope: Scope, schema_id: exp.Identifier | None, table_id: exp.Identifier, text: str, path: tuple) -> Table:
    allowed = source_scope(scope)
    where = f"the policy's source scope ({', '.join(allowed)})"
    hint = f"use a table in {where}, or copy a table of that schema under tables: to bring it into scope"
    if schema_id is not None and is_system_schema(schema_id.name):
        raise scope.error(f"lookup table '{text}' is in a system schema, which a policy may not read", path, hint)
    schema = scope.source_schema if schema_id is None else _match(schema_id, allowed)
    if schema is None:
        raise scope.error(f"lookup table '{text}' is outside {where}", path, hint)
    in_schema = [t.name for t in scope.catalog.tables if t.schema == schema]
    name = _match(table_id, in_schema)
    if name is None:
        raise scope.error(
            f"lookup table '{text}' does not exist in schema '{schema}'",
            path,
            did_you_mean(table_id.name, in_schema) or "a warehouse lookup must be a table the source catalog lists",
        )
    return scope.catalog.table(schema, name)


def confine_lookup(scope: Scope, params: FakeParams, path: tuple) -> FakeParams:
    """`params` with its warehouse lookup resolved to a catalog table in the source scope; PlanError otherwise."""
    lookup = params.lookup
    try:
        schema_id, table_id = parse_table_name(lookup.table, scope.catalog.dialect)
    except PolicySQLError as exc:
        raise scope.error(str(exc), path, exc.hint) from None
    table = _table(scope, schema_id, table_id, lookup.table, path)
    names = [c.name for c in table.columns]
    folded = [n for n in names if n.lower() == lookup.column.lower()]
    column = lookup.column if lookup.column in names else (folded[0] if len(folded) == 1 else None)
    if column is None:
        raise scope.error(
            f"lookup column '{lookup.column}' does not exist in table '{table.schema}.{table.name}'",
            path[:-1] + ("column",),
            did_you_mean(lookup.column, names) or f"columns: {', '.join(names)}",
        )
    return params.model_copy(update={"lookup": lookup.resolved(table.schema, table.name, column)})
