"""expression: a custom scalar SQL expression from the policy, transpiled by sqlglot to the target dialect."""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator
from sqlglot import exp

from datamask_sql.catalog.model import Column
from datamask_sql.errors import UnsupportedError
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform
from datamask_sql.transforms.sqlexpr import PolicySQLError, bind_columns, parse_scalar


class ExpressionParams(Params):
    """Parameters of `expression`."""

    sql: str = Field(min_length=1, description="One scalar SQL expression over this row's columns.")
    dialect: str | None = Field(None, description="Dialect the SQL is written in (default: sqlglot's generic SQL).")

    @model_validator(mode="after")
    def _parses(self) -> ExpressionParams:
        try:
            parse_scalar(self.sql, self.dialect, None)
        except PolicySQLError as exc:
            exc.key = "sql"
            raise
        return self

    def tree(self) -> exp.Expression:
        """The parsed expression."""
        return parse_scalar(self.sql, self.dialect, None)


class Expression(Transform):
    """sql: "upper(substring(city, 1, 3)) || '-' || country" -> 'SÃO-BR'; written once, emitted per dialect."""

    name = "expression"
    Params = ExpressionParams
    null_preserving = False
    summary = "a scalar SQL expression over the row's columns, in a named dialect, transpiled by sqlglot"

    def check(self, params: ExpressionParams, column: Column) -> str | None:
        """Policy SQL has no spatial functions, so it cannot build a value a spatial column takes."""
        if column.logical == "spatial":
            return (
                "an expression cannot build spatial values; use null, constant: 'POINT(x y)', "
                "or generalize with grid: on a point column"
            )
        return None

    def columns_used(self, params: ExpressionParams) -> tuple[str, ...]:
        """Every column the expression reads."""
        return tuple(dict.fromkeys(c.name for c in params.tree().find_all(exp.Column)))

    def build(self, ctx: BuildContext, params: ExpressionParams) -> exp.Expression:
        """The parsed expression with its columns bound to the source row."""
        return exp.paren(bind_columns(params.tree(), list(ctx.domains), ctx.column_value), copy=False)

    def reference(self, value: Any, ctx: RefContext, params: ExpressionParams) -> Any:
        """No Python twin: the user's SQL is the specification; tests compare engines with each other."""
        raise UnsupportedError(
            "the expression transform has no Python reference",
            hint="its output is whatever the SQL computes in each engine",
        )
