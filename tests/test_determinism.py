"""Golden vectors of docs/determinism.md, in Python and computed by each real engine."""

import datetime as dt
import decimal

import pytest
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.emit.sql import to_sql
from datamask_sql.secret import key_from_secret

KEY = "96165bffd91ee00d7d2e1fe302ef6b02840b665dd97ea6da18bbe5f7e55b92af"
VECTORS = [
    (
        "customers.email",
        "TEXT",
        "text",
        "ana.souza@gmail.com",
        None,
        "5218ce3cd4b3d9d64265ec75dc314de8ee3f02a14d11302a39b68db118caf72d",
    ),
    ("customers.id", "INT", "integer", 42, None, "6a474bc81600fe6784853df7b44ec836cded8a9df5e75082996910167ada30a0"),
    (
        "orders.total",
        "DECIMAL(10, 2)",
        "decimal",
        decimal.Decimal("-0.5"),
        2,
        "bb0c551512ce2c2561752ef15fd9f110fadb9a46e66708fc846ef2269ca068d1",
    ),
    (
        "t.d",
        "DATE",
        "date",
        dt.date(2024, 2, 29),
        None,
        "fb1e61463faed3a514cf354426e1ddfd931aef09fddc0ca41c9c4b64860a47bb",
    ),
    (
        "t.ts",
        "TIMESTAMP",
        "timestamp",
        dt.datetime(2024, 2, 29, 13, 5, 7, 120),
        None,
        "0c9ff239d0ad0a970277b94ba3112533793089d85e11335a04094b400c12f94e",
    ),
    ("t.b", "BOOLEAN", "boolean", True, None, "5f9f0fbbe32d5949a76350d4b774522c90b499e59eb7acf51850e068a69b0cf7"),
    ("t.s", "TEXT", "text", "Zoë 😀 ", None, "b164ed5625c52fa03526dc9a66d832e2f235c6adb2fcf68c267ebdf519ef2179"),
    ("t.e", "TEXT", "text", "", None, "076541ccf81087fca996abe6dcc682711c66f3cf7c31a75fbaff0a5ef730c4fd"),
]


def test_key_and_fingerprint_are_pinned():
    key = key_from_secret("golden-secret-01")
    assert key.value == KEY
    assert key.fingerprint == "48e037728d7f1b16"
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
    digest = "0c9ff239d0ad0a970277b94ba3112533793089d85e11335a04094b400c12f94e"
    d = engine.dialect
    for start, count in [(1, 1), (1, 15), (17, 2), (50, 15), (64, 1)]:
        query = to_sql(d, exp.select(d.hex_int(exp.Literal.string(digest), start, count)))
        assert engine.conn.query(query)[0][0] == reference.hex_int(digest, start, count)
