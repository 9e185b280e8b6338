"""date_shift: move dates and timestamps by a keyed offset, optionally the same for every row of one entity."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import lit
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform

DATE_TYPES = ("date", "timestamp", "timestamptz")
MAX_DAYS = 3650
# Within this many years of the calendar's ends (years 1 and 9999) the offset's sign flips, so a
# shift of at most MAX_DAYS can never leave the range every engine and Python can hold.
EDGE_YEARS = 10
PER_DOMAIN_SUFFIX = "/date_shift"


class DateShiftParams(Params):
    """Parameters of `date_shift`."""

    days: int = Field(ge=1, le=MAX_DAYS, description="Largest shift in days, either way; never 0.")
    per: str | None = Field(None, description="Column whose value keys the offset: one entity, one shift.")


def offset_of(hex_digest: str, days: int) -> int:
    """Days to add: one of -days..-1, 1..days from the first 15 hex digits of the digest."""
    pick = reference.hex_int(hex_digest, 1, 15) % (2 * days)
    return pick - days if pick < days else pick - days + 1


def _signed(offset: exp.Expression, flipped: exp.Expression) -> exp.Expression:
    """offset, negated where `flipped` holds."""
    sign = exp.Case(ifs=[exp.If(this=flipped, true=lit(-1))], default=lit(1))
    return exp.Mul(this=exp.paren(offset, copy=False), expression=sign)


class DateShift(Transform):
    """'2024-03-15' -> '2024-02-27' (days: 30); with per: patient_id every visit of a patient moves alike."""

    name = "date_shift"
    Params = DateShiftParams
    keyed = True
    accepts = DATE_TYPES
    summary = "shift by a keyed offset within +/- days (never 0), keyed on the value or on the `per` column"

    def columns_used(self, params: DateShiftParams) -> tuple[str, ...]:
        """The per column, which must be in the same table."""
        return (params.per,) if params.per else ()

    def unique_within(self, params: DateShiftParams, column: Column, key: tuple[str, ...]) -> str | None:
        """A shift keyed on another column of the same key is one offset per value of that column: two rows
        that agree on it moved alike, so they still differ in this column; rows that differ in it differ in
        the key already (its own rule keeps it distinct). A NULL there makes the row no part of the key."""
        if params.per is None or params.per == column.name or params.per not in key:
            return None
        return (
            f"date_shift per {params.per} on the key ({', '.join(key)}): one offset per {params.per}, so the key "
            f"stays unique (within {EDGE_YEARS} years of year 1 or 9999 the offset's sign flips per value, where "
            "the run's uniqueness check catches a collision before the swap)"
        )

    def lossy_hint(self, params: DateShiftParams, column: Column) -> str | None:
        """A shift keyed on the value itself can move two dates onto one."""
        return (
            "a shift keyed on each value can move two dates onto one day; give date_shift per: another column "
            "of the same key (one offset per entity keeps the key unique), or keep the column"
        )

    def _digest(self, ctx: BuildContext, params: DateShiftParams) -> exp.Expression:
        if not params.per:
            return ctx.digest()
        # A derived domain: the per column's own masked output must not reveal the offset.
        entity = ctx.digest_of(params.per, ctx.domains[params.per] + PER_DOMAIN_SUFFIX)
        return exp.Coalesce(this=entity, expressions=[ctx.digest()])

    def build(self, ctx: BuildContext, params: DateShiftParams) -> exp.Expression:
        """value + offset days, the offset's sign flipped near the ends of the calendar."""
        d, v = ctx.dialect, ctx.value
        zoned = ctx.column.logical == "timestamptz"
        pick = d.mod(d.hex_int(self._digest(ctx, params), 1, 15), 2 * params.days)
        # A zoned value's calendar is the UTC one, as in its canonical text: the same on every engine and session.
        year = exp.Extract(this=exp.var("YEAR"), expression=d.to_utc(v.copy()) if zoned else v.copy())
        # The offset is negative exactly when pick < days: each side's flip is a sign, so pick is read three
        # times, not twelve (offset_of and the flip, spelled out, read it in every branch).
        low = exp.LTE(this=year, expression=lit(EDGE_YEARS))
        high = exp.GT(this=year.copy(), expression=lit(9999 - EDGE_YEARS))
        below = exp.Sub(this=pick.copy(), expression=lit(params.days))
        above = exp.Add(this=exp.Sub(this=pick.copy(), expression=lit(params.days)), expression=lit(1))
        days = exp.Case(
            ifs=[exp.If(this=exp.LT(this=pick, expression=lit(params.days)), true=_signed(below, low))],
            default=_signed(above, high),
        )
        return d.shift_instant(v, days) if zoned else d.add_days(v, days, ctx.column.logical)

    def reference(self, value: Any, ctx: RefContext, params: DateShiftParams) -> Any:
        """The same in Python."""
        entity = ctx.digest_of(params.per, ctx.domains[params.per] + PER_DOMAIN_SUFFIX) if params.per else None
        offset = offset_of(entity or ctx.digest(value), params.days)
        logical = ctx.column.logical
        year = reference.utc_wall_clock(value).year if logical == "timestamptz" else value.year
        if (year > 9999 - EDGE_YEARS and offset > 0) or (year <= EDGE_YEARS and offset < 0):
            offset = -offset
        return reference.shift_days(value, offset, logical)
