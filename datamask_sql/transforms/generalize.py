"""generalize: coarser values of the same type: dates to month/year/decade, integers to bands."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import lit
from datamask_sql.sqltypes import build_type, spatial_kind
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform
from datamask_sql.transforms.shaped import number, snap

DATE_UNITS = ("month", "year", "decade")
MAX_BAND = 10**9


class GeneralizeParams(Params):
    """Parameters of `generalize` (`to` for dates and timestamps, `band` for integers)."""

    to: Literal["month", "year", "decade"] | None = Field(
        None, description="Dates: first day of the month, year or decade."
    )
    band: int | None = Field(
        None, ge=2, le=MAX_BAND, description="Integers: the lower end of the band of this width (toward zero)."
    )
    grid: float | None = Field(
        None, gt=0, le=1e9, description="Points: each coordinate floored to a multiple of this cell size."
    )


class Generalize(Transform):
    """Age 37 -> 30 (band: 10); 2024-03-15 -> 2024-03-01 (to: month) or 2020-01-01 (to: decade)."""

    name = "generalize"
    content_dependent = True
    Params = GeneralizeParams
    accepts = ("date", "timestamp", "timestamptz", "integer", "spatial")
    summary = (
        "dates to the first day of their month/year/decade; integers to their band's lower end; "
        "points to the lower-left corner of their grid cell"
    )

    def check(self, params: GeneralizeParams, column: Column) -> str | None:
        """Dates need `to`, integers need `band`, points need `grid`."""
        given = [name for name in ("to", "band", "grid") if getattr(params, name) is not None]
        if column.logical == "spatial":
            if given != ["grid"]:
                return "points are generalized with 'grid: size' (e.g. grid: 0.01 floors each coordinate to 0.01)"
            # ST_X of a polygon fails at run time: only a column that holds nothing but points is snapped.
            if spatial_kind(column.data_type) != "point":
                return f"a grid needs a column of points; {column.type_sql} is not one: null the column or keep it"
            return None
        if column.logical == "integer" and given != ["band"]:
            return "integers are generalized with 'band: N' (e.g. band: 10 turns 37 into 30)"
        if column.logical not in ("integer", "spatial") and given != ["to"]:
            return f"dates are generalized with 'to: {'|'.join(DATE_UNITS)}'"
        return None

    def build(self, ctx: BuildContext, params: GeneralizeParams) -> exp.Expression:
        """Integers: v - v % band (rounds toward zero, never overflows). Dates: MAKE_DATE of the parts kept.
        Points: FLOOR(coordinate / grid) * grid, in the value's own spatial reference system."""
        d, v = ctx.dialect, ctx.value
        if params.grid is not None:
            size = d.cast(number(params.grid), build_type("DOUBLE"))
            x, y = (
                exp.Mul(this=exp.func("FLOOR", exp.Div(this=c, expression=size.copy())), expression=size.copy())
                for c in d.point_coordinates(v, ctx.column.data_type)
            )
            return d.make_point(x, y, v.copy(), ctx.column.data_type)
        if params.band is not None:
            return exp.Sub(
                this=v, expression=exp.paren(exp.Mod(this=v.copy(), expression=lit(params.band)), copy=False)
            )
        zoned = ctx.column.logical == "timestamptz"
        # A zoned value is generalized on its UTC calendar, to UTC midnight: the same on every engine and session.
        parts = d.to_utc(v) if zoned else v
        year = d.year_of(parts)
        month = d.month_of(parts.copy()) if params.to == "month" else lit(1)
        if params.to == "decade":
            decade = exp.Sub(this=year.copy(), expression=exp.paren(exp.Mod(this=year, expression=lit(10)), copy=False))
            # Years 1-9 have no decade start (there is no year 0); they stay in year 1.
            year = exp.Case(
                ifs=[exp.If(this=exp.LT(this=decade, expression=lit(1)), true=lit(1))], default=decade.copy()
            )
        day = d.make_date(year, month, lit(1))
        return d.from_utc(day) if zoned else day

    def reference(self, value: Any, ctx: RefContext, params: GeneralizeParams) -> Any:
        """The same in Python (a point is its (x, y))."""
        if params.grid is not None:
            return snap(value, params.grid)
        if params.band is not None:
            return _toward_zero(value, params.band)
        zoned = ctx.column.logical == "timestamptz"
        parts = reference.utc_wall_clock(value) if zoned else value
        year = parts.year
        if params.to == "decade":
            year = max(1, year - year % 10)
        day = dt.date(year, parts.month if params.to == "month" else 1, 1)
        if ctx.column.logical == "date":
            return day
        return dt.datetime(day.year, day.month, 1, tzinfo=dt.timezone.utc if zoned else None)


def _toward_zero(value: int, band: int) -> int:
    # SQL's % keeps the dividend's sign (truncated division), Python's keeps the divisor's.
    remainder = abs(value) % band
    return value - remainder if value >= 0 else value + remainder
