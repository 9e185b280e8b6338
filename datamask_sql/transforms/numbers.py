"""Numeric transforms: hash_int (keyed integers in a range) and noise (keyed relative change)."""

from __future__ import annotations

import decimal
import math
from typing import Any

from pydantic import Field, model_validator
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column, type_params
from datamask_sql.dialects.base import lit
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform

T = exp.DataType.Type
# 15 hex digits: the widest integer every engine reads from hex without overflowing a signed BIGINT.
HEX_DIGITS = 15
MAX_RANGE = 16**HEX_DIGITS
_TYPE_MAX = {
    T.TINYINT: 2**7 - 1,
    T.UTINYINT: 2**8 - 1,
    T.SMALLINT: 2**15 - 1,
    T.USMALLINT: 2**16 - 1,
    T.INT: 2**31 - 1,
    T.UINT: 2**32 - 1,
    T.MEDIUMINT: 2**23 - 1,
}


def type_bounds(column: Column) -> tuple[int, int]:
    """The integer range a column's declared type can hold (BIGINT when wider or unknown)."""
    top = _TYPE_MAX.get(column.data_type.this, 2**63 - 1)
    unsigned = column.data_type.this in (T.UTINYINT, T.USMALLINT, T.UINT, T.UBIGINT)
    return (0 if unsigned else -top - 1), top


class HashIntParams(Params):
    """Parameters of `hash_int`."""

    min: int = Field(1, description="Smallest output value.")
    max: int | None = Field(
        None, description="Largest output value (default: the type's maximum, at most min + 16^15 - 1)."
    )
    expected_rows: int = Field(
        1_000_000, ge=1, description="Rows assumed when a unique column's collision risk is computed."
    )

    @model_validator(mode="after")
    def _range(self) -> HashIntParams:
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

    def collision_note(self, params: HashIntParams, column: Column, rows: int | None = None) -> str | None:
        """Birthday bound for a unique column over the counted rows (else expected_rows), or None when the
        range cannot hold the rows at all."""
        low, high = int_range(params, column)
        size = high - low + 1
        n = params.expected_rows if rows is None else rows
        if size < n:
            return None
        counted = "counted" if rows is not None else "expected_rows; plan against a live source to count them"
        return (
            f"hash_int over {size} values: probability of any collision among {n} rows ({counted}) "
            f"~ {birthday_bound(n, size):.2g} (birthday bound); a collision fails the run's uniqueness check "
            "before the swap"
        )

    def build(self, ctx: BuildContext, params: HashIntParams) -> exp.Expression:
        """min + hex_int(digest, 1, 15) mod size."""
        return self.emit(ctx, *int_range(params, ctx.column))

    def emit(self, ctx: BuildContext, low: int, high: int) -> exp.Expression:
        """min + hex_int(digest, 1, 15) mod size, for a resolved range [low, high]."""
        d = ctx.dialect
        pick = d.mod(d.hex_int(ctx.digest(), 1, HEX_DIGITS), high - low + 1)
        return exp.Add(this=lit(low), expression=pick) if low else pick

    def reference(self, value: Any, ctx: RefContext, params: HashIntParams) -> Any:
        """The same in Python."""
        low, high = int_range(params, ctx.column)
        return low + reference.hex_int(ctx.digest(value), 1, HEX_DIGITS) % (high - low + 1)


# Noise moves a value by k hundredths of a percent, k keyed in [-100 * percent, 100 * percent].
NOISE_STEPS = 10_000
MAX_NOISE_PERCENT = 50


class NoiseParams(Params):
    """Parameters of `noise`."""

    percent: float = Field(gt=0, le=MAX_NOISE_PERCENT, description="Largest relative change, in percent (0.01 steps).")
    decimals: int | None = Field(
        None,
        le=18,
        ge=-18,
        description=("Round the result to this many decimals (negative: tens, hundreds); default the column's scale."),
    )
    per: str | None = Field(
        None,
        description="Column whose value keys the change (one factor per entity) instead of the value itself.",
    )


# The per column's digest is taken in a derived domain, so its own masked output does not reveal the factor.
NOISE_PER_SUFFIX = "/noise"


def noise_steps(params: NoiseParams) -> int:
    """The largest |k|, in hundredths of a percent."""
    return max(1, round(params.percent * 100))


def noise_decimals(params: NoiseParams, column: Column) -> int:
    """Decimals the result is rounded to."""
    scale = column.scale or 0
    return scale if params.decimals is None else params.decimals


def decimal_bounds(column: Column) -> tuple[decimal.Decimal, decimal.Decimal] | None:
    """The values a column's type holds, or None when unbounded (PostgreSQL NUMERIC)."""
    if column.logical == "integer":
        low, high = type_bounds(column)
        return decimal.Decimal(low), decimal.Decimal(high)
    params = type_params(column.data_type)
    if not params:
        return None
    precision, scale = params[0], params[1] if len(params) > 1 else 0
    high = decimal.Decimal(10) ** (precision - scale) - decimal.Decimal(1).scaleb(-scale)
    return -high, high


class Noise(Transform):
    """1234.56 -> 1187.02 (percent: 10): keyed relative noise, sign and scale kept, clamped to the type."""

    name = "noise"
    content_dependent = True
    Params = NoiseParams
    keyed = True
    accepts = ("integer", "decimal")
    summary = (
        "multiply by 1 + k/10000 with k within +/- percent, keyed on the value or on the `per` column; "
        "round half away from zero"
    )

    def columns_used(self, params: NoiseParams) -> tuple[str, ...]:
        """The per column, which must be in the same table."""
        return (params.per,) if params.per else ()

    def check(self, params: NoiseParams, column: Column) -> str | None:
        """Rounding can only drop decimals the column has."""
        if params.decimals is not None and params.decimals > (column.scale or 0):
            return f"decimals {params.decimals} is more than the column's scale {column.scale or 0}"
        return None

    def build(self, ctx: BuildContext, params: NoiseParams) -> exp.Expression:
        """ROUND(CAST(v AS DECIMAL(38, s)) * (10000 + k) * 0.0001, decimals), clamped to the type's range."""
        bounds = decimal_bounds(ctx.column)
        texts = None if bounds is None else (str(bounds[0]), str(bounds[1]))
        # One wide type for every CASE branch: DuckDB unifies DECIMAL(38,4) and DECIMAL(38,1) at scale 1,
        # which would round the clamped bound itself out of the column's range.
        wide_type = exp.DataType.build(f"DECIMAL(38, {ctx.column.scale or 0})")
        keyed_on = None
        if params.per:
            # A NULL entity falls back to the value's own digest, as date_shift's per does.
            entity = ctx.digest_of(params.per, ctx.domains[params.per] + NOISE_PER_SUFFIX)
            keyed_on = exp.Coalesce(this=entity, expressions=[ctx.digest()])
        return self.emit(ctx, noise_steps(params), noise_decimals(params, ctx.column), wide_type, texts, keyed_on)

    def emit(
        self,
        ctx: BuildContext,
        steps: int,
        decimals: int,
        wide_type: exp.DataType,
        bounds: tuple[str, str] | None,
        keyed_on: exp.Expression | None = None,
    ) -> exp.Expression:
        """The noise for resolved steps, rounding, working type, (low, high) bounds as decimal text and the
        digest it is keyed on (default: the value's own)."""
        d = ctx.dialect
        digest = keyed_on if keyed_on is not None else ctx.digest()
        k = exp.Sub(this=d.mod(d.hex_int(digest, 1, 15), 2 * steps + 1), expression=lit(steps))
        wide = exp.cast(ctx.value, wide_type.copy(), copy=False)
        factor = exp.paren(exp.Add(this=lit(NOISE_STEPS), expression=k), copy=False)
        moved = exp.Mul(this=exp.Mul(this=wide, expression=factor), expression=exp.Literal.number("0.0001"))
        rounded = exp.cast(exp.Round(this=moved, decimals=lit(decimals)), wide_type.copy(), copy=False)
        if bounds is None:
            return rounded
        low, high = (exp.cast(exp.Literal.number(b), wide_type.copy(), copy=False) for b in bounds)
        return exp.Case(
            ifs=[
                exp.If(this=exp.GT(this=rounded.copy(), expression=high), true=high.copy()),
                exp.If(this=exp.LT(this=rounded.copy(), expression=low), true=low.copy()),
            ],
            default=rounded,
        )

    def reference(self, value: Any, ctx: RefContext, params: NoiseParams) -> Any:
        """Exact decimal arithmetic in Python."""
        steps = noise_steps(params)
        entity = ctx.digest_of(params.per, ctx.domains[params.per] + NOISE_PER_SUFFIX) if params.per else None
        k = reference.hex_int(entity or ctx.digest(value), 1, 15) % (2 * steps + 1) - steps
        with decimal.localcontext() as c:
            c.prec = 100
            moved = decimal.Decimal(value) * (NOISE_STEPS + k) * decimal.Decimal("0.0001")
            out = moved.quantize(
                decimal.Decimal(1).scaleb(-noise_decimals(params, ctx.column)), rounding=decimal.ROUND_HALF_UP
            )
        bounds = decimal_bounds(ctx.column)
        if bounds is not None:
            out = min(max(out, bounds[0]), bounds[1])
        return int(out) if ctx.column.logical == "integer" else out
