"""Binary and spatial values, and columns whose type a CAST cannot name: the primitives `constant`, `null`
and `generalize` need for them. MaskingDialect inherits the defaults; engines override what they have."""

from __future__ import annotations

from sqlglot import exp

# The hint every refusal of a spatial transform gives: what still works on any engine.
SPATIAL_FALLBACK = "null the column (when it is nullable) or keep it"


class ValueShapes:
    """The binary and spatial part of MaskingDialect (mixed into it, so it builds on the dialect's primitives)."""

    def text_bytes(self, text: exp.Expression) -> exp.Expression:
        """The UTF-8 bytes of text (the renderer then casts them to the column's binary type)."""
        return text

    def point_coordinates(self, value: exp.Expression, data_type: exp.DataType) -> tuple[exp.Expression, ...]:
        """(x, y) of a point value of a column of `data_type`, as double precision numbers."""
        raise self.unsupported(f"reading the coordinates of a {data_type.sql()} value", SPATIAL_FALLBACK)

    def make_point(
        self, x: exp.Expression, y: exp.Expression, like: exp.Expression, data_type: exp.DataType
    ) -> exp.Expression:
        """A point (x, y) of the column's type, in the spatial reference system of the value `like`."""
        raise self.unsupported(f"building a {data_type.sql()} point", SPATIAL_FALLBACK)

    def restates_type(self, data_type: exp.DataType) -> bool:
        """Whether the engine's CAST cannot name `data_type`, so a masked column of it is built through another
        type and given its own after the CREATE TABLE AS (restate_type)."""
        return False

    def restate_type(self, table: exp.Table, column: str, data_type: exp.DataType) -> list[exp.Expression]:
        """Statements giving a built (nullable) column its declared type again."""
        return []
