"""hash: the keyed digest itself, as lowercase hex, optionally truncated."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from sqlglot import exp

from datamask_sql.catalog.model import Column
from datamask_sql.transforms.base import TEXT_TYPES, BuildContext, Params, RefContext, Transform


class HashParams(Params):
    """Parameters of `hash`."""

    length: int | None = Field(
        None, ge=1, le=64, description="Hex characters to keep (1-64); default 64, or the column length."
    )


def hash_length(params: HashParams, column: Column) -> int:
    """Effective output length: as asked, else 64 capped by the column length."""
    if params.length is not None:
        return params.length
    return min(64, column.length) if column.length else 64


class Hash(Transform):
    """Keyed SHA-256 of the canonical value, lowercase hex."""

    name = "hash"
    Params = HashParams
    keyed = True
    leak_checked = True
    accepts = TEXT_TYPES
    summary = "keyed SHA-256 of the value as lowercase hex, `length` characters"

    def check(self, params: HashParams, column: Column) -> str | None:
        """The hex must fit the column."""
        if column.length is not None and params.length is not None and params.length > column.length:
            return f"length {params.length} does not fit the column's {column.length} characters"
        return None

    def injective(self, params: HashParams, column: Column) -> bool:
        """Collision-free in practice at 16 hex digits (64 bits) or more."""
        return hash_length(params, column) >= 16

    def collision_bits(self, params: HashParams, column: Column) -> int | None:
        """Four bits per kept hex digit."""
        return 4 * hash_length(params, column)

    def build(self, ctx: BuildContext, params: HashParams) -> exp.Expression:
        """The first `length` hex digits of the digest."""
        return self.emit(ctx, hash_length(params, ctx.column))

    def emit(self, ctx: BuildContext, n: int) -> exp.Expression:
        """The first `n` hex digits of the digest (`n` resolved from the parameters and the column)."""
        return ctx.digest() if n == 64 else ctx.dialect.substring(ctx.digest(), 1, n)

    def reference(self, value: Any, ctx: RefContext, params: HashParams) -> Any:
        """The first `length` hex digits of the digest."""
        return ctx.digest(value)[: hash_length(params, ctx.column)]
