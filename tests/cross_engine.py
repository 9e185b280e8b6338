"""Shared table of adversarial values per column type, and the (type, rule) cases run on every engine.

New transforms plug in by adding rows to CASES; new column types by adding to TYPES.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from datamask_sql import reference

UTC = dt.timezone.utc


@dataclass(frozen=True)
class ColumnType:
    """A column type as each engine declares it, the values it holds, and its logical type."""

    generic: str
    logical: str
    values: tuple[Any, ...]
    per_engine: tuple[tuple[str, str], ...] = ()
    scale: int | None = None

    def declared(self, engine: str) -> str:
        """The type to declare on `engine` (generic unless overridden)."""
        return dict(self.per_engine).get(engine, self.generic)


LONG = ("Zoë 👩‍👩‍👧 " * 40)[:200]  # 200 code points: the column's maximum, multi-byte throughout

TEXT_VALUES = (
    "ana@example.org",
    "",
    " ",
    "trailing  ",
    "  leading",
    "o'brien@x.com",
    "back\\slash",
    'dq"uote',
    "Zoë.Müller@web.de",
    "e\u0301\u0301",
    "👩‍👩‍👧 family",
    "日本語テキスト",
    "tab\tnew\nline",
    "%_?:*[]^$.",
    "4111 1111 1111 1234",
    "+55 (11) 2198-8956",
    "a@b@c.com",
    "no-at-sign",
    "@",
    "x@",
    LONG,
    None,
)

TYPES: dict[str, ColumnType] = {
    "varchar": ColumnType("VARCHAR(200)", "text", TEXT_VALUES),
    "text": ColumnType("TEXT", "text", TEXT_VALUES, (("spark", "STRING"),)),
    # No trailing blanks here: DuckDB has no CHAR (it is VARCHAR there), so 'ab  ' stays distinct from 'ab'.
    "char": ColumnType("CHAR(8)", "char", ("ab", "", "é", "👍x", " lead", "12345678", None)),
    "smallint": ColumnType("SMALLINT", "integer", (-32768, 32767, 0, -1, 7, None)),
    "int": ColumnType("INT", "integer", (-2147483648, 2147483647, 0, -10, None)),
    "bigint": ColumnType("BIGINT", "integer", (-9223372036854775808, 9223372036854775807, 0, 1, None)),
    "decimal": ColumnType(
        "DECIMAL(12,3)",
        "decimal",
        (
            Decimal("0"),
            Decimal("-0.5"),
            Decimal("0.001"),
            Decimal("-0.001"),
            Decimal("1"),
            Decimal("-123456789.123"),
            Decimal("999999999.999"),
            Decimal("10.100"),
            None,
        ),
        scale=3,
    ),
    "decimal0": ColumnType(
        "DECIMAL(10,0)", "decimal", (Decimal("-5"), Decimal("0"), Decimal("9999999999"), None), scale=0
    ),
    "boolean": ColumnType("BOOLEAN", "boolean", (True, False, None)),
    "date": ColumnType(
        "DATE", "date", (dt.date(1000, 1, 1), dt.date(1969, 12, 31), dt.date(2000, 2, 29), dt.date(9999, 12, 31), None)
    ),
    "timestamp": ColumnType(
        "TIMESTAMP",
        "timestamp",
        (
            dt.datetime(1000, 1, 1),
            dt.datetime(1970, 1, 1, 0, 0, 0, 1),
            dt.datetime(2024, 2, 29, 23, 59, 59, 999999),
            dt.datetime(9999, 12, 31, 23, 59, 59, 999999),
            dt.datetime(2001, 9, 9, 1, 46, 40, 500000),
            None,
        ),
        (("mariadb", "DATETIME(6)"), ("spark", "TIMESTAMP_NTZ")),
    ),
    "timestamptz": ColumnType(
        "TIMESTAMPTZ",
        "timestamptz",
        (
            dt.datetime(2021, 6, 1, 12, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            dt.datetime(1999, 12, 31, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            dt.datetime(2038, 1, 19, 3, 14, 7, 1, tzinfo=UTC),
            # The night before Berlin's clocks go forward: a shift of whole days moves the UTC instant by
            # days x 24 h, so the Berlin wall clock of the output is an hour later than a calendar shift.
            dt.datetime(2024, 3, 30, 12, 0, 0, 5, tzinfo=ZoneInfo("Europe/Berlin")),
            None,
        ),
        # TIMESTAMPTZ(6) is how sqlglot spells MariaDB's TIMESTAMP(6), which tests.engines keeps zoned.
        (("mariadb", "TIMESTAMPTZ(6)"), ("spark", "TIMESTAMP_LTZ")),
    ),
    "uuid": ColumnType(
        "UUID",
        "uuid",
        (
            uuid.UUID("00000000-0000-0000-0000-000000000000"),
            uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"),
            uuid.UUID("ffffffff-ffff-ffff-ffff-ffffffffffff"),
            None,
        ),
        (("spark", "STRING"),),
    ),
}


@dataclass(frozen=True)
class Case:
    """One column of the adversarial table: its type and the rule masking it."""

    type_name: str
    rule: Any

    @property
    def type(self) -> ColumnType:
        """The column type."""
        return TYPES[self.type_name]


_TEXT_RULES: tuple[Any, ...] = (
    "keep",
    "null",
    {"transform": "constant", "value": "REDACTED"},
    {"transform": "hash"},
    {"transform": "hash", "length": 12},
    {"transform": "partial", "keep_last": 4},
    {"transform": "partial", "keep_first": 2, "keep_last": 2, "mask_char": "#", "separators": " -.()+_:,#/"},
    {"transform": "partial", "keep_first": 1, "separators": ""},
    {"transform": "email"},
    {"transform": "email", "keep_domain": True},
)
_CONSTANTS = {
    "smallint": 7,
    "int": 0,
    "bigint": -1,
    "decimal": "1.5",
    "decimal0": 3,
    "boolean": True,
    "date": "2000-01-01",
    "timestamp": "2000-01-01 00:00:00",
    "char": "X",
}

# The value-transform library and lookups (issue 3); `expression` has no Python twin and is held to
# engine-vs-engine agreement in tests/test_transforms_expression.py instead.
_LIBRARY: tuple[Case, ...] = (
    Case("varchar", {"transform": "fake", "kind": "first_name"}),
    Case("varchar", {"transform": "fake", "kind": "full_name", "locale": "fr_FR", "unique": True}),
    Case("text", {"transform": "fake", "kind": "city", "locale": "de_DE"}),
    Case("varchar", {"transform": "fake", "kind": "street_address", "blank": "fill"}),
    Case("varchar", {"transform": "digits"}),
    Case("varchar", {"transform": "digits", "luhn": True, "keep_last": 4}),
    Case("text", {"transform": "redact_text"}),
    Case("varchar", {"transform": "uuid"}),
    Case("uuid", {"transform": "uuid"}),
    Case("int", {"transform": "hash_int"}),
    Case("bigint", {"transform": "hash_int", "min": 1, "max": 999}),
    Case("int", {"transform": "noise", "percent": 10}),
    Case("decimal", {"transform": "noise", "percent": 10}),
    Case("smallint", {"transform": "generalize", "band": 10}),
    Case("date", {"transform": "date_shift", "days": 30}),
    Case("timestamp", {"transform": "date_shift", "days": 365}),
    Case("timestamptz", {"transform": "date_shift", "days": 365}),
    Case("timestamptz", {"transform": "date_shift", "days": 3}),
    Case("date", {"transform": "generalize", "to": "decade"}),
    Case("timestamp", {"transform": "generalize", "to": "month"}),
    Case("timestamptz", {"transform": "generalize", "to": "month"}),
    Case("timestamptz", {"transform": "generalize", "to": "decade"}),
)

CASES: tuple[Case, ...] = (
    _LIBRARY
    + tuple(Case(t, rule) for t in ("varchar", "text") for rule in _TEXT_RULES)
    + (Case("char", {"transform": "hash", "length": 8}), Case("char", {"transform": "partial", "keep_last": 1}))
    + tuple(Case(t, "keep") for t in TYPES if t not in ("varchar", "text"))
    + tuple(Case(t, "null") for t in TYPES if t not in ("varchar", "text"))
    + tuple(Case(t, {"transform": "constant", "value": v}) for t, v in _CONSTANTS.items())
)


def normalize(value: Any, column_type: ColumnType, rule: Any) -> str | None:
    """Engine or reference output as text, so drivers' Python types do not matter (1 == True, UUID == str)."""
    if value is None:
        return None
    transform = rule if isinstance(rule, str) else rule["transform"]
    if transform in ("hash", "email", "partial", "uuid") or column_type.logical in ("text", "char"):
        text = str(value)
        # CHAR outputs come back blank-padded on some engines: the column's value is the trimmed text.
        return text.rstrip(" ") if column_type.logical == "char" else text
    if column_type.logical == "timestamptz":
        if isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)  # engines here run their sessions in UTC
    if column_type.logical in ("decimal",) and not isinstance(value, Decimal):
        value = Decimal(str(value))
    if column_type.logical in ("date", "timestamp") and isinstance(value, str):
        value = dt.datetime.fromisoformat(value) if column_type.logical == "timestamp" else dt.date.fromisoformat(value)
    return reference.canonical_text(value, column_type.logical, column_type.scale)
