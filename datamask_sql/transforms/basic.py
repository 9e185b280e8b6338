"""keep, null and constant: the transforms that need no key."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from sqlglot import exp

from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import lit
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform
from datamask_sql.transforms.shaped import constant_problem, constant_sql, constant_value


class Keep(Transform):
    """Copy the value unchanged: a decision, recorded like any other."""

    name = "keep"
    masks = False
    summary = "copy the column unchanged"

    def injective(self, params: Params, column: Column) -> bool:
        """The identity is injective."""
        return True

    def build(self, ctx: BuildContext, params: Params) -> exp.Expression:
        """The source value."""
        return ctx.value

    def reference(self, value: Any, ctx: RefContext, params: Params) -> Any:
        """The source value."""
        return value


class Null(Transform):
    """Replace every value by NULL."""

    name = "null"
    summary = "replace every value by NULL"
    null_preserving = False

    def check(self, params: Params, column: Column) -> str | None:
        """NULL cannot go into a NOT NULL column."""
        if not column.nullable:
            return "column is NOT NULL, so it cannot be nulled; use 'constant' or a masking transform"
        return None

    def build(self, ctx: BuildContext, params: Params) -> exp.Expression:
        """NULL."""
        return exp.null()

    def reference(self, value: Any, ctx: RefContext, params: Params) -> Any:
        """None."""
        return None


class ConstantParams(Params):
    """Parameters of `constant`."""

    value: str | int | bool = Field(description="The value every non-NULL input becomes.")


class Constant(Transform):
    """Replace every non-NULL value by one fixed value."""

    name = "constant"
    content_dependent = True
    Params = ConstantParams
    summary = "replace every non-NULL value by `value`"

    def check(self, params: ConstantParams, column: Column) -> str | None:
        """The constant must fit the column's length, and be bytes, a point or a label where the column says."""
        if column.length is not None and isinstance(params.value, str) and len(params.value) > column.length:
            return f"constant {params.value!r} is longer than the column's {column.length} characters"
        return constant_problem(params.value, column)

    def build(self, ctx: BuildContext, params: ConstantParams) -> exp.Expression:
        """The literal (binary: its UTF-8 bytes; spatial: the engine's point), cast to the column type later."""
        if isinstance(params.value, bool):
            return exp.true() if params.value else exp.false()
        shaped = constant_sql(ctx, params.value) if isinstance(params.value, str) else None
        return shaped if shaped is not None else lit(params.value)

    def reference(self, value: Any, ctx: RefContext, params: ConstantParams) -> Any:
        """The constant (bytes for a binary column, (x, y) for a point)."""
        return constant_value(params.value, ctx.column)
