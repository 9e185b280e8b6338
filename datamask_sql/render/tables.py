"""Names of the tables a run reads and writes, and the small queries every stage asks of them."""

from __future__ import annotations

import dataclasses
import hashlib

from sqlglot import exp

from datamask_sql.dialects import MaskingDialect
from datamask_sql.errors import PlanError
from datamask_sql.lookups import LookupTable
from datamask_sql.plan import Plan, TablePlan


def _tag(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


def named(table: str, schema: str, database: str | None = None) -> exp.Table:
    """`[database.]schema.table`: the database (catalog, project) only where the plan names one."""
    catalog = exp.to_identifier(database) if database is not None else None
    return exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema), catalog=catalog)


def stage_table(schema: str, table: str, database: str | None = None) -> exp.Table:
    """A short, safe staging name: customer identifiers can be long or hostile."""
    return named(f"_dm_stage_{_tag(table)}", schema, database)


def target_table(schema: str, table: str, database: str | None = None) -> exp.Table:
    """The final masked table."""
    return named(table, schema, database)


def source_table(table: TablePlan) -> exp.Table:
    """The source table itself."""
    return named(table.source.name, table.source_schema, table.source_database)


def keep_table(table: TablePlan) -> exp.Table:
    """Where the kept key values of a subset table are collected (short, safe name)."""
    return named(f"_dm_keep_{_tag(table.name)}", table.target_schema, table.target_database)


def mark_table(table: TablePlan) -> exp.Table:
    """Where a refreshed table's cursor maximum is kept between staging it and recording its watermark."""
    return named(f"_dm_mark_{_tag(table.name)}", table.target_schema, table.target_database)


def lookup_table(schema: str, lookup: LookupTable, database: str | None = None) -> exp.Table:
    """Where a lookup table lives: the target schema, named by content so every run can reuse it."""
    return named(lookup.table_name, schema, database)


def in_dialect(plan: Plan, dialect: MaskingDialect) -> Plan:
    """The plan with the databases `dialect` can name: kept where one statement may read one database and
    write another, dropped where the engine stays within one (when the target's is the source's), refused
    at the policy's line otherwise."""
    if dialect.database_level is not None or (plan.source_database is None and plan.target_database is None):
        return plan
    if not dialect.same_database(plan.target_database, plan.source_database):
        raise PlanError(
            f"target.database '{plan.target_database}' is not the source's database "
            f"'{plan.source_database}': {dialect.database_refusal}",
            file=plan.policy_file,
            line=plan.database_line,
            path="target.database",
            hint=dialect.database_fix,
        )
    tables = tuple(dataclasses.replace(t, source_database=None, target_database=None) for t in plan.tables)
    return dataclasses.replace(plan, tables=tables, source_database=None, target_database=None)


def count_star(table: exp.Table) -> exp.Select:
    """SELECT COUNT(*) FROM table."""
    return exp.select(exp.Count(this=exp.Star())).from_(table.copy())
