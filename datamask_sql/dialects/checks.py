"""The queries verify runs whose fastest exact form differs by engine."""

from __future__ import annotations

from sqlglot import exp


def _count_star(table: exp.Table) -> exp.Select:
    return exp.select(exp.Count(this=exp.Star())).from_(table.copy())


class VerifyQueries:
    """The engine-neutral forms; an engine whose planner runs one of them slowly overrides it."""

    def leak_count(self, built: exp.Table, source: exp.Table, column: str, data_type: exp.DataType) -> exp.Select:
        """Rows of `built` whose `column` (of `data_type` in both tables) equals a value of `source`'s `column`,
        compared as the engine compares them (the column's collation); NULL equals nothing."""
        col = exp.to_identifier(column)
        inner = exp.select(exp.column(col.copy())).from_(source.copy())
        return _count_star(built).where(exp.In(this=exp.column(col.copy()), query=exp.Subquery(this=inner)))
