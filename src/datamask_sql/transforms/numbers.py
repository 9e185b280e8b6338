"""hash_int: keyed integers in a range for integer identifiers (noise and bands live here too)."""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field, model_validator
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import lit
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform

T = exp.DataType.Type
# 15 hex digits: the widest integer every engine reads from hex without overflowing a signed BIGINT.
HEX_DIGITS = 15
MAX_RANGE = 16 ** HEX_DIGITS
_TYPE_MAX = {T.TINYINT: 2**7 - 1, T.UTINYINT: 2**8 - 1, T.SMALLINT: 2**15 - 1, T.USMALLINT: 2**16 - 1,
             T.INT: 2**31 - 1, T.UINT: 2**32 - 1, T.MEDIUMINT: 2**23 - 1}


def type_bounds(column: Column) -> tuple[int, int]:
    """The integer range a column's declared type can hold (BIGINT when wider or unknown)."""
    top = _TYPE_MAX.get(column.data_type.this, 2**63 - 1)
    unsigned = column.data_type.this in (T.UTINYINT, T.USMALLINT, T.UINT, T.UBIGINT)
    return (0 if unsigned else -top - 1), top


class HashIntParams(Params):
    """Parameters of `hash_int`."""

    min: int = Field(1, description="Smallest output value.")
    max: int | None = Field(None, description="Largest output value (default: the type's maximum, at most min + 16^15 - 1).")
    expected_rows: int = Field(1_000_000, ge=1, description="Rows assumed when a unique column's collision risk is computed.")

    @model_validator(mode="after")
    def _range(self) -> "HashIntParams":
        if self.max is not None and self.max < self.min:
            raise ValueError("max must be at least min")
        return self


def int_range(params: HashIntParams, column: Column) -> tuple[int, int]:
    """(min, max) of the outputs for this column."""
    top = type_bounds(column)[1] if params.max is None else params.max
    return params.min, min(top, params.min + MAX_RANGE - 1)


def birthday_bound(rows: int, size: int) -> float:
    """Probability that `rows` uniform draws from `size` values are not all distinct (approximation)."""
    return -math.expm1(-rows * (rows - 1) / (2 * size))


class HashInt(Transform):
    """42 -> 7208315; a keyed integer in [min, max], the same for the same input in every engine."""

    name = "hash_int"
    Params = HashIntParams
    keyed = True
    accepts = ("integer",)
    summary = "keyed integer in [min, max]: min + (first 15 hex digits of the digest) mod (max - min + 1)"

    def check(self, params: HashIntParams, column: Column) -> str | None:
        """The range must fit the column's type."""
        low, high = type_bounds(column)
        if params.min < low or (params.max is not None and params.max > high):
            return f"range [{params.min}, {params.max}] does not fit the type's [{low}, {high}]"
        if params.max is None and params.min > high:
            return f"min {params.min} is above the type's maximum {high}"
        return None

    def collision_note(self, params: HashIntParams, column: Column) -> str | None:
        """Birthday bound for a unique column, or None when the range cannot hold the rows at all."""
        low, high = int_range(params, column)
        size = high - low + 1
        if size < params.expected_rows:
            return None
        risk = birthday_bound(params.expected_rows, size)
        return (f"hash_int over {size} values: probability of any collision among {params.expected_rows} rows "
                f"~ {risk:.2g} (birthday bound); a collision fails the run's uniqueness check before the swap")

    def build(self, ctx: BuildContext, params: HashIntParams) -> exp.Expression:
        """min + hex_int(digest, 1, 15) mod size."""
        low, high = int_range(params, ctx.column)
        d = ctx.dialect
        pick = d.mod(d.hex_int(ctx.digest(), 1, HEX_DIGITS), high - low + 1)
        return exp.Add(this=lit(low), expression=pick) if low else pick

    def reference(self, value: Any, ctx: RefContext, params: HashIntParams) -> Any:
        """The same in Python."""
        low, high = int_range(params, ctx.column)
        return low + reference.hex_int(ctx.digest(value), 1, HEX_DIGITS) % (high - low + 1)
