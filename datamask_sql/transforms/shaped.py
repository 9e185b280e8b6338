"""Values of binary, spatial and enumerated columns: what a literal for them must look like, and its SQL."""

from __future__ import annotations

import decimal
import math
import re
from typing import Any

from sqlglot import exp

from datamask_sql.catalog.model import Column, type_params
from datamask_sql.dialects.base import lit
from datamask_sql.sqltypes import spatial_kind

T = exp.DataType.Type
_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
POINT_WKT = re.compile(rf"\s*POINT\s*\(\s*({_NUMBER})\s+({_NUMBER})\s*\)\s*", re.IGNORECASE)
# Column kinds a single point may be stored in.
POINT_KINDS = ("point", "geometry", "geography")
MYSQL_YEARS = (1901, 2155)


def parse_point(text: str) -> tuple[float, float] | None:
    """(x, y) of 'POINT(x y)', or None when `text` is not a WKT point."""
    match = POINT_WKT.fullmatch(text)
    if match is None:
        return None
    x, y = float(match.group(1)), float(match.group(2))
    return (x, y) if math.isfinite(x) and math.isfinite(y) else None


def number(value: float) -> exp.Expression:
    """A numeric literal in plain notation (every engine reads it the same way)."""
    return exp.Literal.number(format(decimal.Decimal(repr(value)), "f"))


def holds_points(column: Column) -> bool:
    """Whether the column's type takes a single point."""
    return spatial_kind(column.data_type) in POINT_KINDS


def _labels(column: Column) -> list[str]:
    return [e.name for e in column.data_type.expressions if isinstance(e, exp.Literal) and e.is_string]


def constant_problem(value: str | int | bool, column: Column) -> str | None:
    """Why a constant cannot be stored in a binary, spatial, ENUM, SET or YEAR column; None when it fits."""
    logical, data_type = column.logical, column.data_type
    if logical == "binary":
        if not isinstance(value, str):
            return "a binary column's constant is text (its UTF-8 bytes are stored)"
        size = type_params(data_type)
        if size and len(value.encode("utf-8")) > size[0]:
            return f"constant {value!r} is {len(value.encode('utf-8'))} bytes, more than the column's {size[0]}"
    elif logical == "spatial":
        if not isinstance(value, str) or parse_point(value) is None:
            return "a spatial column's constant is a WKT point such as 'POINT(0 0)' (or null the column)"
        if not holds_points(column):
            return f"a {spatial_kind(data_type)} column cannot hold a point: null the column or keep it"
    elif data_type.this in (T.ENUM, T.SET):
        labels = _labels(column)
        parts = str(value).split(",") if data_type.this == T.SET else [str(value)]
        wrong = [p for p in parts if p not in labels]
        if wrong:
            return f"{wrong[0]!r} is not one of the column's values ({', '.join(map(repr, labels))})"
    elif data_type.this == T.YEAR:
        year = int(value) if isinstance(value, int) or str(value).isdigit() else None
        if year is None or not MYSQL_YEARS[0] <= year <= MYSQL_YEARS[1]:
            return f"a YEAR column holds the years {MYSQL_YEARS[0]} to {MYSQL_YEARS[1]}"
    return None


def constant_sql(ctx: Any, value: str) -> exp.Expression | None:
    """The SQL of a binary or spatial constant (None for other columns: a literal the renderer casts)."""
    if ctx.column.logical == "binary":
        return ctx.dialect.text_bytes(lit(value))
    if ctx.column.logical == "spatial":
        x, y = parse_point(value)
        return ctx.dialect.make_point(number(x), number(y), ctx.value, ctx.column.data_type)
    return None


def constant_value(value: str | int | bool, column: Column) -> Any:
    """What the constant reads back as: bytes for binary (zero-padded in a fixed BINARY(n)), (x, y) for points."""
    if column.logical == "binary":
        data = str(value).encode("utf-8")
        size = type_params(column.data_type)
        return data.ljust(size[0], b"\0") if column.data_type.this == T.BINARY and size else data
    if column.logical == "spatial":
        return parse_point(str(value))
    return value


def snap(value: tuple[float, float], grid: float) -> tuple[float, float]:
    """Each coordinate floored to a multiple of `grid` (the lower-left corner of its grid cell)."""
    return tuple(math.floor(c / grid) * grid for c in value)
