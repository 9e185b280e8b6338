"""uuid: a deterministic UUID (version 8, RFC 9562 'custom') from the keyed digest."""

from __future__ import annotations

from typing import Any

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import lit
from datamask_sql.sqltypes import build_type
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform

VARIANTS = "89ab"
UUID_LENGTH = 36


class Uuid(Transform):
    """'1b4e28ba-2fa1-11d2-883f-0016d3cca427' -> 'c0a1e9d2-77f3-8b41-9c0e-52d6a1f0b3e8'."""

    name = "uuid"
    keyed = True
    accepts = ("uuid", "text")
    summary = "UUID version 8 built from 122 bits of the keyed digest"

    def check(self, params: Params, column: Column) -> str | None:
        """Text columns must hold 36 characters."""
        if column.length is not None and column.length < UUID_LENGTH:
            return f"UUIDs need {UUID_LENGTH} characters; the column allows {column.length}"
        return None

    def injective(self, params: Params, column: Column) -> bool:
        """122 bits of the digest."""
        return True

    def build(self, ctx: BuildContext, params: Params) -> exp.Expression:
        """8-4-4-4-12 hex groups, version nibble 8, variant from digest digit 17."""
        d, h = ctx.dialect, ctx.digest
        pick = exp.cast(exp.Add(this=d.mod(d.hex_int(h(), 17, 1), 4), expression=lit(1)), build_type("INT"), copy=False)
        variant = d.substring(lit(VARIANTS), pick, 1)
        return d.concat(
            d.substring(h(), 1, 8),
            lit("-"),
            d.substring(h(), 9, 4),
            lit("-8"),
            d.substring(h(), 14, 3),
            lit("-"),
            variant,
            d.substring(h(), 18, 3),
            lit("-"),
            d.substring(h(), 21, 12),
        )

    def reference(self, value: Any, ctx: RefContext, params: Params) -> Any:
        """The same in Python (a str; engines return their UUID type for UUID columns)."""
        h = ctx.digest(value)
        variant = VARIANTS[reference.hex_int(h, 17, 1) % 4]
        return f"{h[:8]}-{h[8:12]}-8{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"
