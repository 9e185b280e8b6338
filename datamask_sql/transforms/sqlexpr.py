"""The one checked parser of policy SQL: `when:`, the `expression` transform, `subset.where` and lookup tables.

A policy is a trust boundary (a change to it is code review, and reviewers miss things), so every piece of SQL
it carries is parsed here and refused unless it is exactly one scalar expression over the table's own columns
built from the allowlist in sqlallow.py, or, for a lookup table, a plain `[schema.]table` name. The checked
tree is what the renderer emits; the policy's text is never sent to a warehouse as written.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialects
from sqlglot.errors import SqlglotError

from datamask_sql.dialects import DIALECTS
from datamask_sql.transforms.sqlallow import ALLOWED, CAST_TYPES, DATE_PARTS

# Policy SQL is a line or two; a bound keeps a hostile policy from making the parser work for long.
MAX_SQL_CHARS = 10_000
MAX_DEPTH = 256
DOCS = "docs/policy-sql.md"
HINT = (
    "policy SQL may use this table's columns, literals, operators, CASE, CAST and the pure scalar functions "
    f"listed in {DOCS} (UPPER, SUBSTRING, COALESCE, ROUND, EXTRACT, ...)"
)
TABLE_HINT = "write a plain table name, 'table' or 'schema.table' (identifiers only, quoted if need be)"
_VARIABLES = (exp.Parameter, exp.SessionParameter, exp.Placeholder, exp.PropertyEQ)
# Roots that can be a row condition; anything else (a number, a text function, arithmetic) is not one.
_CONDITIONS = (exp.Predicate, exp.Connector, exp.Not, exp.Boolean, exp.Column, exp.Case, exp.If, exp.Coalesce)


class PolicySQLError(ValueError):
    """Policy SQL that is refused: the reason, and a hint naming what is allowed."""

    def __init__(self, message: str, hint: str = HINT, key: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint
        # The parameter holding the SQL, when a model validator (which has no field location) raises this.
        self.key = key


def _sql_dialects() -> tuple[str, ...]:
    """sqlglot dialects policy SQL may be written in: generic, each engine's, and aliases sqlglot knows too."""
    known = {d.value for d in Dialects}
    names = [""]
    for dialect in DIALECTS.values():
        names.append(dialect.sqlglot_dialect)
        names += [alias for alias in dialect.aliases if alias in known]
    return tuple(dict.fromkeys(names))


SQL_DIALECTS = _sql_dialects()


def _read_dialect(dialect: str | None) -> str:
    read = (dialect or "").lower()
    read = {"postgresql": "postgres", "generic": ""}.get(read, read)
    if read not in SQL_DIALECTS:
        names = ", ".join(d or "generic" for d in SQL_DIALECTS)
        raise PolicySQLError(f"unknown SQL dialect '{dialect}' (one of: {names})", "name one of those dialects")
    return read


def _parse(sql: str, read: str, into: type[exp.Expression] | None = None) -> list[exp.Expression]:
    if not isinstance(sql, str) or not sql.strip():
        raise PolicySQLError("the SQL is empty")
    if len(sql) > MAX_SQL_CHARS:
        raise PolicySQLError(f"the SQL is {len(sql):,} characters long; policy SQL is limited to {MAX_SQL_CHARS:,}")
    try:
        parsed = [sqlglot.parse_one(sql, read=read, into=into)] if into else sqlglot.parse(sql, read=read)
    except SqlglotError as exc:
        # Tokenizer and parser errors alike: an unterminated string or `$$` is a policy error, not a crash.
        raise PolicySQLError(
            f"cannot parse the SQL: {str(exc).splitlines()[0]}",
            "write one SQL expression; check its quotes and parentheses",
        ) from None
    except RecursionError:
        raise PolicySQLError(f"the SQL is nested too deeply (more than {MAX_DEPTH} levels)") from None
    return [p for p in parsed if p is not None]


def _refusal(node: exp.Expression) -> str | None:
    """Why `node` may not appear in policy SQL, or None when it may."""
    if isinstance(node, _VARIABLES):
        return "variables and parameters are not allowed (@x, @@x, :=, $1, ?, :name, ${x})"
    if isinstance(node, (exp.Query, exp.Subquery, exp.Table)):
        return "only a scalar expression over this table's own columns is allowed, not SUBQUERY"
    if type(node) not in ALLOWED:
        if isinstance(node, exp.Func):
            name = node.name if isinstance(node, exp.Anonymous) else node.sql_name()
            return f"function '{name}' is not allowed in policy SQL (not on the allowlist)"
        return f"only a scalar expression over this table's own columns is allowed, not {node.key.upper()}"
    if isinstance(node, exp.Var) and node.name.upper() not in DATE_PARTS:
        return f"'{node.name}' is not a date part (YEAR, MONTH, DAY, ...) nor a column"
    if isinstance(node, exp.DataType) and node.this not in CAST_TYPES:
        return f"cast to {node.sql()} is not allowed; cast to plain text, number, boolean, date or timestamp types"
    if isinstance(node, exp.Identifier) and not isinstance(node.parent, exp.Column):
        return f"'{node.name}' is not a column reference"
    if isinstance(node, exp.Column) and (node.table or not isinstance(node.this, exp.Identifier)):
        return f"column '{node.sql()}' is qualified; refer to this table's columns by name only"
    return None


def _check(tree: exp.Expression) -> None:
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise PolicySQLError(f"the SQL is nested too deeply (more than {MAX_DEPTH} levels)")
        problem = _refusal(node)
        if problem:
            raise PolicySQLError(problem)
        # Reversed, so the leftmost refusal is the one reported.
        stack += [(child, depth + 1) for child in reversed(list(node.iter_expressions()))]


def parse_scalar(
    sql: str, dialect: str | None, columns: list[str] | None, *, condition: bool = False
) -> exp.Expression:
    """Parse `sql` in `dialect`: one allowed scalar over `columns` (None: any), a row condition if `condition`."""
    parsed = _parse(sql, _read_dialect(dialect))
    if len(parsed) != 1:
        raise PolicySQLError("write exactly one SQL expression (no ';'-separated statements)")
    tree = parsed[0]
    _check(tree)
    if condition:
        root = tree.unnest()
        if not isinstance(root, _CONDITIONS) and not (isinstance(root, exp.Cast) and root.to.is_type("boolean")):
            raise PolicySQLError(
                f"'{sql.strip()}' is not a condition",
                "write a condition such as \"country = 'DE'\" (=, <, LIKE, IN, IS, AND, OR, NOT)",
            )
    by_lower = {c.lower(): c for c in columns or []}
    for column in tree.find_all(exp.Column):
        name = column.name
        if columns is not None and name not in columns and name.lower() not in by_lower:
            raise PolicySQLError(f"column '{name}' does not exist in this table", f"columns: {', '.join(columns)}")
    return tree


def parse_table_name(text: str, dialect: str | None) -> tuple[exp.Identifier | None, exp.Identifier]:
    """A plain `[schema.]table` name as (schema or None, table) identifiers; PolicySQLError for anything else."""
    read = _read_dialect(dialect)
    try:
        parsed = _parse(text, read, exp.Table)
    except PolicySQLError:
        raise PolicySQLError(f"'{text}' is not a plain table name", TABLE_HINT) from None
    table = parsed[0] if len(parsed) == 1 else None
    if not isinstance(table, exp.Table) or not isinstance(table.this, exp.Identifier):
        raise PolicySQLError(f"'{text}' is not a plain table name: no function calls or subqueries", TABLE_HINT)
    extra = sorted(k for k, v in table.args.items() if v and k not in ("this", "db"))
    if extra or (table.args.get("db") is not None and not isinstance(table.args["db"], exp.Identifier)):
        raise PolicySQLError(
            f"'{text}' is not a plain table name (table or schema.table only, no {extra[0] if extra else 'catalog'})",
            TABLE_HINT,
        )
    if any(not isinstance(n, (exp.Table, exp.Identifier)) for n in table.walk()):
        raise PolicySQLError(f"'{text}' is not a plain table name", TABLE_HINT)
    return table.args.get("db"), table.this


def bind_columns(tree: exp.Expression, columns: list[str], ref: Callable[[str], exp.Expression]) -> exp.Expression:
    """A copy of `tree` with every column reference replaced by `ref(actual column name)`."""
    by_lower = {c.lower(): c for c in columns}

    def swap(node: exp.Expression) -> exp.Expression:
        if isinstance(node, exp.Column):
            return ref(node.name if node.name in columns else by_lower[node.name.lower()])
        return node

    return tree.copy().transform(swap)
