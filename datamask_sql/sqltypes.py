"""Engine type names as sqlglot types, and the logical types the determinism spec defines canonical text for.

Dialects and catalogs both need these, so they live apart from either (dialects must not import catalog).
"""

from __future__ import annotations

import functools

from sqlglot import exp
from sqlglot.errors import ParseError

T = exp.DataType.Type

# Logical types are what the determinism spec defines canonical text for.
_LOGICAL: dict[str, tuple[str, ...]] = {
    "text": ("VARCHAR", "NVARCHAR", "TEXT", "MEDIUMTEXT", "LONGTEXT", "TINYTEXT", "NAME", "CITEXT", "BPCHAR"),
    "char": ("CHAR", "NCHAR"),
    "integer": (
        "TINYINT",
        "SMALLINT",
        "INT",
        "BIGINT",
        "MEDIUMINT",
        "UTINYINT",
        "USMALLINT",
        "UINT",
        "UBIGINT",
        "UMEDIUMINT",
        "INT128",
        "SERIAL",
        "BIGSERIAL",
        "SMALLSERIAL",
    ),
    "decimal": ("DECIMAL", "BIGDECIMAL", "MONEY", "SMALLMONEY", "DECIMAL32", "DECIMAL64", "DECIMAL128"),
    "float": ("FLOAT", "DOUBLE"),
    "boolean": ("BOOLEAN", "BIT"),
    "date": ("DATE", "DATE32"),
    "timestamp": (
        "DATETIME",
        "DATETIME2",
        "TIMESTAMP",
        "TIMESTAMPNTZ",
        "SMALLDATETIME",
        "DATETIME64",
        "TIMESTAMP_S",
        "TIMESTAMP_MS",
        "TIMESTAMP_NS",
    ),
    "timestamptz": ("TIMESTAMPTZ", "TIMESTAMPLTZ"),
    "uuid": ("UUID", "UNIQUEIDENTIFIER"),
    "json": ("JSON", "JSONB"),
    "binary": ("BINARY", "VARBINARY", "BLOB", "LONGBLOB", "MEDIUMBLOB", "TINYBLOB", "IMAGE"),
    "spatial": ("GEOMETRY", "GEOGRAPHY", "POINT", "LINESTRING", "POLYGON", "MULTIPOLYGON", "MULTILINESTRING"),
}
# Spatial and geometric type names sqlglot does not know in every dialect (MySQL's POINT, PostgreSQL's box):
# they parse as user-defined types named so.
SPATIAL_NAMES = frozenset(
    {"point", "linestring", "polygon", "multipoint", "multilinestring", "multipolygon", "geometrycollection"}
    | {"geomcollection", "geometry", "geography", "box", "lseg", "line", "path", "circle"}
)
# Type names differ between sqlglot releases; unknown ones are simply absent.
_BY_TYPE = {getattr(T, t): name for name, types in _LOGICAL.items() for t in types if hasattr(T, t)}


def logical_type(data_type: exp.DataType) -> str:
    """Map a sqlglot type to the logical type the determinism spec knows ('other' if none)."""
    if data_type.this == T.USERDEFINED and _user_type_name(data_type) in SPATIAL_NAMES:
        return "spatial"
    return _BY_TYPE.get(data_type.this, "other")


def _user_type_name(data_type: exp.DataType) -> str:
    kind = data_type.args.get("kind")
    text = kind.name if isinstance(kind, exp.Expression) else str(kind or "")
    return text.split("(", 1)[0].strip().strip('"').lower()


def spatial_kind(data_type: exp.DataType) -> str | None:
    """'point', 'polygon', 'geometry', 'box', ... for a spatial column (a PostGIS geometry(Point, 4326) is
    'point'); None for any other type."""
    if logical_type(data_type) != "spatial":
        return None
    if data_type.this == T.USERDEFINED:
        return _user_type_name(data_type)
    if data_type.this in (T.GEOMETRY, T.GEOGRAPHY) and data_type.expressions:
        first = data_type.expressions[0]
        first = first.this if isinstance(first, exp.DataTypeParam) else first
        if isinstance(first, (exp.Var, exp.Identifier)):
            return first.name.lower()
    return data_type.this.value.lower()


@functools.cache
def _built(text: str, dialect: str | None) -> exp.DataType:
    return exp.DataType.build(text, dialect=dialect)


def build_type(text: str, dialect: str | None = None) -> exp.DataType:
    """exp.DataType.build of a fixed type name, parsed once per process (builders ask for the same few types
    thousands of times in a compile)."""
    return _built(text, dialect).copy()


def parse_type(text: str, dialect: str) -> exp.DataType:
    """An engine's type name as a sqlglot type; unknown names stay opaque (keep or null only)."""
    try:
        return exp.DataType.build(text, dialect=dialect)
    except (ParseError, ValueError):
        # Unknown engine types stay opaque: they can be kept or nulled, not transformed.
        return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=text)
