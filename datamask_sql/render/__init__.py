"""Render: Plan + dialect -> sqlglot statement ASTs (selects, subsets, swaps); no SQL text until emit/."""

from datamask_sql.render.scripts import Rendered, Script, render
from datamask_sql.render.select import SOURCE_ALIAS, table_select
from datamask_sql.render.statement import Statement
from datamask_sql.render.tables import (
    count_star,
    in_dialect,
    keep_table,
    lookup_table,
    source_table,
    stage_table,
    target_table,
)

__all__ = [
    "SOURCE_ALIAS",
    "Rendered",
    "Script",
    "Statement",
    "count_star",
    "in_dialect",
    "keep_table",
    "lookup_table",
    "render",
    "source_table",
    "stage_table",
    "table_select",
    "target_table",
]
