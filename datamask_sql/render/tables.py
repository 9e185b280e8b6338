"""Names of the tables a run reads and writes, and the small queries every stage asks of them."""

from __future__ import annotations

import hashlib

from sqlglot import exp

from datamask_sql.lookups import LookupTable
from datamask_sql.plan import TablePlan


def _tag(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]


def stage_table(schema: str, table: str) -> exp.Table:
    """A short, safe staging name: customer identifiers can be long or hostile."""
    return exp.table_(exp.to_identifier(f"_dm_stage_{_tag(table)}"), db=exp.to_identifier(schema))


def target_table(schema: str, table: str) -> exp.Table:
    """The final masked table."""
    return exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema))


def source_table(table: TablePlan) -> exp.Table:
    """The source table itself."""
    return exp.table_(exp.to_identifier(table.source.name), db=exp.to_identifier(table.source_schema))


def keep_table(table: TablePlan) -> exp.Table:
    """Where the kept key values of a subset table are collected (short, safe name)."""
    return exp.table_(exp.to_identifier(f"_dm_keep_{_tag(table.name)}"), db=exp.to_identifier(table.target_schema))


def mark_table(table: TablePlan) -> exp.Table:
    """Where a refreshed table's cursor maximum is kept between staging it and recording its watermark."""
    return exp.table_(exp.to_identifier(f"_dm_mark_{_tag(table.name)}"), db=exp.to_identifier(table.target_schema))


def lookup_table(schema: str, lookup: LookupTable) -> exp.Table:
    """Where a lookup table lives: the target schema, named by content so every run can reuse it."""
    return exp.table_(exp.to_identifier(lookup.table_name), db=exp.to_identifier(schema))


def count_star(table: exp.Table) -> exp.Select:
    """SELECT COUNT(*) FROM table."""
    return exp.select(exp.Count(this=exp.Star())).from_(table.copy())
