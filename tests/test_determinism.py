"""Golden vectors of docs/determinism.md, in Python and computed by each real engine."""

import datetime as dt
import decimal

import pytest
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.emit.sql import to_sql
from datamask_sql.secret import key_from_secret

KEY = "6af083339de9c290e0581d368f2a55feb82e2205cf8e6ef72ad071bdfebde078"
VECTORS = [
    (
        "customers.email",
        "TEXT",
        "text",
        "ana.souza@gmail.com",
        None,
        "37e2c8c12a44b5c1d11038418308c3080ebf0c418e46879d844328a74aec2eb1",
    ),
    ("customers.id", "INT", "integer", 42, None, "8e2495c496ea0ae5cc4ebc91e1ddf1b8f75bfd076922e6d9f61b450e834324df"),
    (
        "orders.total",
        "DECIMAL(10, 2)",
        "decimal",
        decimal.Decimal("-0.5"),
        2,
        "eb8e7f4a7476b26b772723dabe299848530c60f10ba763bc1a9815577a177ddf",
    ),
    (
        "t.d",
        "DATE",
        "date",
        dt.date(2024, 2, 29),
        None,
        "37fb7d983958f1de5d747164f8c2a3ba0c0055fc3b8e62e1ef669603932fece9",
    ),
    (
        "t.ts",
        "TIMESTAMP",
        "timestamp",
        dt.datetime(2024, 2, 29, 13, 5, 7, 120),
        None,
        "1bf819044ca26c52c36aa00c732c349fe66a4defb6bdbdb7c23b78b8dd74358d",
    ),
    ("t.b", "BOOLEAN", "boolean", True, None, "ec528d69626929ce340b1276c9bc28c5806155fec8703b4b0ef92342c72f5c7e"),
    ("t.s", "TEXT", "text", "Zoë 😀 ", None, "1678952027c275a56e611d25cc4deeb5778b5fd38004fb75323e0df91e1ead32"),
    ("t.e", "TEXT", "text", "", None, "518ae7d7c7dfdbd805d133edb13d71ff3b4fc64b59e656993d8d39b03b3257ed"),
]


def test_key_and_fingerprint_are_pinned():
    key = key_from_secret("golden-secret-01")
    assert key.value == KEY
    assert key.fingerprint == "0de1d25bb0e5d67b"
    assert "golden" not in repr(key) and KEY not in repr(key)


@pytest.mark.parametrize("domain, type_sql, logical, value, scale, expected", VECTORS)
def test_reference_vectors(domain, type_sql, logical, value, scale, expected):
    assert reference.digest(KEY, domain, reference.canonical_text(value, logical, scale)) == expected


@pytest.mark.parametrize("domain, type_sql, logical, value, scale, expected", VECTORS)
def test_engines_compute_the_vectors(engine, domain, type_sql, logical, value, scale, expected):
    d = engine.dialect
    engine.conn.execute(to_sql(d, d.set_key()), [KEY])
    data_type = exp.DataType.build(type_sql)
    # The typed value comes from a one-row derived table: canonical text may read it more than once.
    typed = exp.select(exp.alias_(exp.cast(exp.cast(exp.Placeholder(), exp.DataType.build("TEXT")), data_type), "v"))
    value_ref = exp.column("v", table="t")
    message = d.concat(
        d.key(), exp.Literal.string(reference.domain_tag(domain)), d.canonical_text(value_ref, logical, data_type)
    )
    query = to_sql(d, exp.select(d.sha256_hex(message)).from_(exp.alias_(exp.Subquery(this=typed), "t", table=True)))
    param = str(value).lower() if isinstance(value, bool) else str(value)
    assert engine.conn.query(query, [param])[0][0] == expected


def test_hex_int_matches_reference(engine):
    digest = "1bf819044ca26c52c36aa00c732c349fe66a4defb6bdbdb7c23b78b8dd74358d"
    d = engine.dialect
    for start, count in [(1, 1), (1, 15), (17, 2), (50, 15), (64, 1), (63, 2), (2, 2), (3, 8), (57, 8)]:
        query = to_sql(d, exp.select(d.hex_int(exp.Literal.string(digest), start, count)))
        assert engine.conn.query(query)[0][0] == reference.hex_int(digest, start, count)
