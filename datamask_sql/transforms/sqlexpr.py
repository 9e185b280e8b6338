"""Policy-written SQL (when: predicates, the expression transform): one scalar over the row's own columns."""

from __future__ import annotations

from collections.abc import Callable

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialects
from sqlglot.errors import ParseError

from datamask_sql.dialects import DIALECTS

# Anything that is not a scalar over one row: statements, subqueries, aggregates, windows, parameters.
_FORBIDDEN = (
    exp.Query,
    exp.Subquery,
    exp.DDL,
    exp.DML,
    exp.Command,
    exp.AggFunc,
    exp.Window,
    exp.Placeholder,
    exp.Parameter,
    exp.Star,
    exp.Table,
    exp.Join,
    exp.Lambda,
)


def _sql_dialects() -> tuple[str, ...]:
    """sqlglot dialects policy SQL may be written in: generic, each engine's, and aliases sqlglot knows too."""
    known = {d.value for d in Dialects}
    names = [""]
    for dialect in DIALECTS.values():
        names.append(dialect.sqlglot_dialect)
        names += [alias for alias in dialect.aliases if alias in known]
    return tuple(dict.fromkeys(names))


SQL_DIALECTS = _sql_dialects()


def parse_scalar(sql: str, dialect: str | None, columns: list[str] | None) -> exp.Expression:
    """Parse `sql` in `dialect` and check it is one scalar expression over `columns` (None: any); ValueError if not."""
    read = (dialect or "").lower()
    read = {"postgresql": "postgres", "generic": ""}.get(read, read)
    if read not in SQL_DIALECTS:
        raise ValueError(f"unknown SQL dialect '{dialect}' (one of: {', '.join(d or 'generic' for d in SQL_DIALECTS)})")
    try:
        parsed = sqlglot.parse(sql, read=read)
    except ParseError as exc:
        raise ValueError(f"cannot parse the SQL: {str(exc).splitlines()[0]}") from None
    parsed = [p for p in parsed if p is not None]
    if len(parsed) != 1:
        raise ValueError("write exactly one SQL expression (no ';'-separated statements)")
    tree = parsed[0]
    for node in tree.walk():
        if isinstance(node, _FORBIDDEN):
            raise ValueError(f"only a scalar expression over this row's columns is allowed, not {node.key.upper()}")
    for call in tree.find_all(exp.Anonymous):
        # Unknown functions may have effects or read session state (the masking key is session state).
        raise ValueError(
            f"function '{call.name}' is not one sqlglot knows in every dialect; use standard SQL functions only"
        )
    by_lower = {c.lower(): c for c in columns or []}
    for column in tree.find_all(exp.Column):
        if column.table:
            raise ValueError(f"column '{column.sql()}' is qualified; refer to this table's columns by name only")
        name = column.name
        if columns is not None and name not in columns and name.lower() not in by_lower:
            raise ValueError(f"column '{name}' does not exist in this table")
    return tree


def bind_columns(tree: exp.Expression, columns: list[str], ref: Callable[[str], exp.Expression]) -> exp.Expression:
    """A copy of `tree` with every column reference replaced by `ref(actual column name)`."""
    by_lower = {c.lower(): c for c in columns}

    def swap(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Column):
            return ref(node.name if node.name in columns else by_lower[node.name.lower()])
        return node

    return tree.copy().transform(swap)
