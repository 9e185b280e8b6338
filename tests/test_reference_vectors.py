"""Golden vectors of the determinism spec (algorithm dm1): canonical text and keyed digest per logical type.

Changing any of these is a new algorithm version, never a silent change (docs/dialects.md).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from datamask_sql import reference

KEY = "5af20a33e55ee519a90baecbdc2915d5904fccfe093f2ed87b63f91e852c7e59"
VECTORS = [
    (
        "text",
        "Zoë 👩\u200d👧",
        None,
        "Zoë 👩\u200d👧",
        "46728b30d0b3d383f499bc7078022b00ecc7d3c3bedf84ede1431fb16502e449",
    ),
    ("text", "trailing  ", None, "trailing  ", "6a9d364edf92f3688fc05824525c24f08cfd946b73df2acf7df341d1348894d1"),
    ("text", "", None, "", "2471e74c3c3a87d273ad655c8f3c9fa11339fdb9f3c5006d08ca0e4af2928b8b"),
    ("char", "ab  ", None, "ab", "86bbd47d5234a933c791dd78c9d4c30bd6b82b053bb42a60002a7589dda61dbd"),
    (
        "integer",
        -9223372036854775808,
        None,
        "-9223372036854775808",
        "ebb06656b3039b006452a3c31ba4a264339d9af930056c75262ce11610bc91c0",
    ),
    ("decimal", Decimal("-0.5"), 3, "-0.500", "220588af3a7947ce3973fb3caf02fcdae4b9d1a095fd7957f44e0f6fd90f251f"),
    ("decimal", Decimal("12"), 0, "12", "345a106994192c8ac9bb728464572271c55823c0dc3068e7892006a6a809b496"),
    ("boolean", True, None, "true", "7718e96c5ad3f10ec4926b3cd7817b7f368e16c154130bf09985aaeb5aab5d2a"),
    (
        "date",
        dt.date(1000, 1, 1),
        None,
        "1000-01-01",
        "6c9855636e0d9499565391aee729e1e625e746bd73b5d46ae6d9afc88267d418",
    ),
    (
        "timestamp",
        dt.datetime(999, 12, 31, 23, 59, 59, 1),
        None,
        "0999-12-31 23:59:59.000001",
        "61a034d3262d64f35d50c37a77b5ab1101c984ad7cbee66b14c0b709cb23d820",
    ),
    (
        "timestamptz",
        dt.datetime(2021, 6, 1, 12, 0, 0, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2))),
        None,
        "2021-06-01 10:00:00.123456",
        "a0aac28cf885334db63815e0461b3d3691170c9cdc8de1b86f91dbdc6833cab3",
    ),
    (
        "uuid",
        "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
        None,
        "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
        "69a9be10d80a3d209815a6d253f1ed5e95dbe8a5e57d01e411b29fdf4dc367cf",
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
