"""keep, null, constant, hash, partial and email: engine output == Python reference, on every engine."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datamask_sql.transforms import RefContext, get_transform
from tests.engines import TEST_KEY, column_of, mask_column
from tests.strategies import text_values

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))


def expected(engine, type_sql, values, rule):
    name = rule if isinstance(rule, str) else rule["transform"]
    transform = get_transform(name)
    params = transform.Params.model_validate(
        {} if isinstance(rule, str) else {k: v for k, v in rule.items() if k != "transform"}
    )
    ctx = RefContext(TEST_KEY.value, "t.v", column_of(engine, type_sql))
    return [None if v is None and transform.null_preserving else transform.reference(v, ctx, params) for v in values]


RULES = [
    "keep",
    "null",
    {"transform": "constant", "value": "redacted"},
    "hash",
    {"transform": "hash", "length": 12},
    {"transform": "partial", "keep_last": 4},
    {"transform": "partial", "keep_first": 2, "keep_last": 3, "mask_char": "#", "separators": " -()+."},
    {"transform": "partial"},
    {"transform": "partial", "keep_first": 1, "separators": ""},
    "email",
    {"transform": "email", "keep_domain": True},
]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r if isinstance(r, str) else "-".join(map(str, r.values())))
def test_engine_equals_reference(engine, rule):
    @SETTINGS
    @given(values=text_values())
    def check(values):
        assert mask_column(engine, "TEXT", values, rule) == expected(engine, "TEXT", values, rule)

    check()


def test_max_length_values_fit(engine):
    values = ["x" * 40, "é" * 40, "😀" * 40, "a@" + "b" * 38]
    for rule in ({"transform": "hash", "length": 40}, {"transform": "partial", "keep_last": 4}):
        out = mask_column(engine, "VARCHAR(40)", values, rule)
        assert out == expected(engine, "VARCHAR(40)", values, rule)
        assert all(len(v) <= 40 for v in out)


def test_hash_defaults_to_column_length(postgres_engine):
    # DuckDB accepts VARCHAR(n) but records no length, so only PostgreSQL can show the cap.
    out = mask_column(postgres_engine, "VARCHAR(20)", ["a", "b"], "hash")
    assert [len(v) for v in out] == [20, 20]


def test_email_outputs_are_distinct_and_undeliverable(engine):
    values = [f"user{i}@corp.example" for i in range(300)]
    out = mask_column(engine, "VARCHAR(120)", values, "email")
    assert len(set(out)) == len(values)
    assert all(re.fullmatch(r"[0-9a-f]{16}@example\.(com|net|org)", v) for v in out)


def test_partial_keeps_length_and_separators():
    transform = get_transform("partial")
    params = transform.Params(keep_last=4)

    @given(st.text(alphabet="0123456789 -", max_size=30))
    def check(value):
        out = transform.reference(value, None, params)
        assert len(out) == len(value)
        assert [c for c in out if c in " -"] == [c for c in value if c in " -"]
        if len(value) > 4:
            assert out[-4:] == value[-4:]

    check()


def test_same_value_same_output_across_tables_sharing_a_domain(engine):
    # Two runs with the same key agree; a different key changes every output.
    values = ["alice@corp.example", "bob@corp.example"]
    first = mask_column(engine, "TEXT", values, "email")
    assert mask_column(engine, "TEXT", values, "email") == first
    from datamask_sql.secret import key_from_secret

    other = mask_column(engine, "TEXT", values, "email", key=key_from_secret("another-secret-xyz"))
    assert all(a != b for a, b in zip(first, other))
