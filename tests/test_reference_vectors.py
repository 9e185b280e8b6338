"""Golden vectors of the determinism spec (algorithm dm2): canonical text and keyed digest per logical type.

Changing any of these is a new algorithm version, never a silent change (docs/dialects.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from datamask_sql import reference

KEY = "afb3f4e5584773e313aef845817f248ce6513972f78ab0a8aaa94a88be8c9a43"
VECTORS = [
    (
        "text",
        "Zoë 👩\u200d👧",
        None,
        "Zoë 👩\u200d👧",
        "39adfadba80e2753ab9b15ad5ae428acf3cd535668eaf08ac87dc2e29408c1e8",
    ),
    ("text", "trailing  ", None, "trailing  ", "389c139d4c5a4dff36be062cf205d95c014e76b031521381e714964fe21e0c83"),
    ("text", "", None, "", "d34175a4785d6e01ba637a3dcf71f343a2c6b8846e5d9428fe368cfdff81988c"),
    ("char", "ab  ", None, "ab", "fc2e503898280322ac08572373af9c349f29fa110db1a9d535142a5b4de7cef3"),
    (
        "integer",
        -9223372036854775808,
        None,
        "-9223372036854775808",
        "9d7c664d9d6f665d926f3764309823ff5caedc969862ea83f4dfc0c4f7f61c0b",
    ),
    ("decimal", Decimal("-0.5"), 3, "-0.500", "d37eeb0ca1ddfa524bb1ddb98d638e218708bfe56f9177f34c0abbee2008fbfa"),
    ("decimal", Decimal("12"), 0, "12", "f511ed9f622993e12ffc3128c0428e7bb70de7af363e111ca0d7fe1257e3b178"),
    ("boolean", True, None, "true", "6aaa64b53d8bfc67da94c1d65701f11ba924c47ce63711347f040ec6215abf66"),
    (
        "date",
        dt.date(1000, 1, 1),
        None,
        "1000-01-01",
        "cdb5a17547aea9c9915a729b33a48c2c34ece29d3c5b8da789ca356a4b041c33",
    ),
    (
        "timestamp",
        dt.datetime(999, 12, 31, 23, 59, 59, 1),
        None,
        "0999-12-31 23:59:59.000001",
        "535337384534cde759cea7251c91b34bd96e3966abf4f50bd3136d22fba5b579",
    ),
    (
        "timestamptz",
        dt.datetime(2021, 6, 1, 12, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        None,
        "2021-06-01 10:00:00.123456",
        "5f4f9dd3259a164e3ffc756fb4c59e25b8658824ec21d85257a0c5ee8a6abbc3",
    ),
    (
        "uuid",
        "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
        None,
        "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
        "cafef6b5b1934aebfbb0d0646b02bf2dae4f8417e39a7ae5571ede50ffe1df72",
    ),
]


def test_the_vector_key_is_derived_from_its_secret():
    assert reference.derive_key("golden-vector-secret") == KEY


@pytest.mark.parametrize(("logical", "value", "scale", "text", "digest"), VECTORS)
def test_canonical_text_and_digest(logical, value, scale, text, digest):
    assert reference.canonical_text(value, logical, scale) == text
    assert reference.digest(KEY, "customers.email", text) == digest


def test_hex_int_reads_one_based_digit_ranges():
    assert reference.hex_int("00ff0000", 3, 2) == 255
    assert reference.hex_int("f" * 64, 1, 15) == 16**15 - 1
    with pytest.raises(ValueError):
        reference.hex_int("f" * 64, 1, 16)
