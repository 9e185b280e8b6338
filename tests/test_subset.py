"""Subsetting: deterministic, referentially intact, identical across runs and engines."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datamask_sql import reference
from datamask_sql.catalog import introspect
from datamask_sql.errors import PlanError
from datamask_sql.plan import plan
from datamask_sql.plan.subset import KEY_SEPARATOR, sample_domain, sampled
from datamask_sql.policy import parse_policy
from tests.engines import TEST_KEY
from tests.relschema import FKS, create, dangling, mask, policy_doc, rows, table_of


def _masked_code(code: str) -> str:
    return reference.digest(TEST_KEY.value, "customers.code", code)[:32]


def _expected_customers(engine, main: str, percent: float, passes: int = 5) -> set[str]:
    """Python twin: sampled roots, then `passes` rounds adding the customers kept ones referred to."""
    source = rows(engine, table_of(main, "customers"), ["code", "referred_by"])
    refers = dict(source)
    kept = {c for c, _ in source if sampled(TEST_KEY.value, sample_domain("customers"), [c], percent)}
    for _ in range(passes):
        kept |= {refers[c] for c in kept if refers[c] is not None}
    return kept


def _check_intact(engine, main: str, other: str) -> None:
    for child, cols, parent, ref_cols in FKS:
        schema = f"{main}_m_{other}" if child == "tickets" else f"{main}_m"
        assert dangling(engine, table_of(schema, child), cols, table_of(f"{main}_m", parent), ref_cols) == 0, child


def test_percent_subset_is_intact_and_matches_the_reference(engine):
    main, other = create(engine)
    _, result = mask(engine, policy_doc(main, other, subset={"percent": 10}))
    assert all(c.ok for c in result.checks), [c for c in result.checks if not c.ok]
    _check_intact(engine, main, other)
    kept = {r[0] for r in rows(engine, table_of(f"{main}_m", "customers"), ["code"])}
    expected = _expected_customers(engine, main, 10)
    assert kept == {_masked_code(c) for c in expected}
    assert 0 < len(kept) < 60
    assert result.subset["customers"][0] <= result.subset["customers"][-1] == len(kept)
    # Downward closure: every order of a kept customer is kept, and nothing else.
    source_orders = rows(engine, table_of(main, "orders"), ["code", "customer_code"])
    masked_orders = rows(engine, table_of(f"{main}_m", "orders"), ["code"])
    assert sorted(o[0] for o in masked_orders) == sorted(
        reference.digest(TEST_KEY.value, "orders.code", code)[:32] for code, c in source_orders if c in expected
    )
    # A table related to no root is copied whole.
    assert rows(engine, table_of(f"{main}_m", "settings"), ["k"]) == [("lang",), ("theme",)]


def test_where_and_percent_combine(engine):
    main, other = create(engine)
    _, result = mask(engine, policy_doc(main, other, subset={"where": "country = 'DE'", "percent": 50}))
    assert all(c.ok for c in result.checks)
    _check_intact(engine, main, other)
    source = rows(engine, table_of(main, "customers"), ["code", "country"])
    roots = {
        c for c, country in source if country == "DE" and sampled(TEST_KEY.value, sample_domain("customers"), [c], 50)
    }
    kept = {r[0] for r in rows(engine, table_of(f"{main}_m", "customers"), ["code"])}
    assert {_masked_code(c) for c in roots} <= kept
    assert len(roots) == result.subset["customers"][0]


def test_ten_percent_is_identical_across_runs_and_engines(duckdb_engine, postgres_engine):
    kept = []
    for engine in (duckdb_engine, duckdb_engine, postgres_engine):
        main, other = create(engine)
        mask(engine, policy_doc(main, other, subset={"percent": 10}))
        tables = {
            t: rows(engine, table_of(f"{main}_m", t), cols)
            for t, cols in [
                ("customers", ["code", "referred_by"]),
                ("orders", ["code", "customer_code"]),
                ("events", ["id", "order_code", "seq"]),
            ]
        }
        kept.append(tables)
    assert kept[0] == kept[1] == kept[2]
    assert kept[0]["customers"]


# (domain, canonical key text, first 8 hex digits of the digest, bucket) for secret 'golden-secret'.
GOLDEN = [
    ("subset:customers", "42", "001ca9cf", 8479),
    ("subset:customers", "1", "1f8a8663", 2067),
    ("subset:lines", "7" + KEY_SEPARATOR + "b", "b4146578", 5576),
]


@pytest.mark.parametrize("domain, text, prefix, bucket", GOLDEN)
def test_sample_formula_golden_vectors(domain, text, prefix, bucket):
    # hex_int(digest(key, 'subset:<table>', canonical key), 1, 8) mod 10000 < round(percent * 100)
    key = reference.derive_key("golden-secret")
    assert reference.digest(key, domain, text)[:8] == prefix
    assert int(prefix, 16) % 10000 == bucket
    parts = text.split(KEY_SEPARATOR)
    assert sampled(key, domain, parts, bucket / 100) is False
    assert sampled(key, domain, parts, (bucket + 1) / 100) is True


def test_subset_errors_point_at_the_policy(duckdb_engine):
    main, other = create(duckdb_engine)
    doc = policy_doc(main, other)
    doc["tables"]["customers"]["subset"] = {"where": "contry = 'DE'"}
    text = yaml.safe_dump(doc, sort_keys=False)
    with pytest.raises(PlanError) as err:
        plan(parse_policy(text, "p.yml"), introspect(duckdb_engine.conn))
    assert "contry" in err.value.message and err.value.path == "tables.customers.subset.where"
    doc["tables"]["customers"]["subset"] = {"percent": 0}
    with pytest.raises(Exception) as err:
        parse_policy(yaml.safe_dump(doc, sort_keys=False), "p.yml")
    assert "subset.percent" in str(err.value.render())


def test_subset_plan_roles(duckdb_engine):
    main, other = create(duckdb_engine)
    the_plan = plan(
        parse_policy(yaml.safe_dump(policy_doc(main, other, subset={"percent": 10})), "p.yml"),
        introspect(duckdb_engine.conn),
    )
    roles = {t.name: (t.subset.role if t.subset else None) for t in the_plan.tables}
    assert roles == {
        "customers": "root",
        "orders": "child",
        "shipments": "child",
        "events": "child",
        f"{other}.tickets": "child",
        "settings": None,
    }
    assert any(n.startswith("subset: ") for n in the_plan.notes)


def test_parents_of_kept_rows_are_kept_and_followers_lose_dangling_rows(engine):
    main, other = create(engine)
    doc = policy_doc(main, other)
    doc["tables"]["orders"]["subset"] = {"percent": 20}
    compiled, result = mask(engine, doc)
    roles = {t.name: t.subset.role for t in compiled.plan.tables if t.subset}
    assert roles == {
        "orders": "root",
        "customers": "parent",
        "shipments": "child",
        "events": "child",
        f"{other}.tickets": "follower",
    }
    assert all(c.ok for c in result.checks), [c for c in result.checks if not c.ok]
    _check_intact(engine, main, other)
    orders = rows(engine, table_of(main, "orders"), ["code", "customer_code"])
    refers = dict(rows(engine, table_of(main, "customers"), ["code", "referred_by"]))
    kept_orders = {o for o, _ in orders if sampled(TEST_KEY.value, sample_domain("orders"), [o], 20)}
    needed = {c for o, c in orders if o in kept_orders}
    for _ in range(5):
        needed |= {refers[c] for c in needed if refers[c] is not None}
    kept = {r[0] for r in rows(engine, table_of(f"{main}_m", "customers"), ["code"])}
    assert kept == {_masked_code(c) for c in needed}
    tickets = rows(engine, table_of(f"{main}_m_{other}", "tickets"), ["customer_code"])
    assert all(t[0] is None or t[0] in kept for t in tickets)
    assert any(t[0] is None for t in tickets) and len(tickets) < 120


def test_cycle_between_tables_nulls_dangling_references(engine):
    schema = engine.fresh_schema("cy")
    engine.create_table(schema, "a", [("id", "INT", False), ("b_id", "INT", True)], primary_key=("id",))
    engine.create_table(schema, "b", [("id", "INT", False), ("a_id", "INT", True)], primary_key=("id",))
    engine.insert(schema, "a", ["id", "b_id"], [(i, i % 7) for i in range(40)])
    engine.insert(schema, "b", ["id", "a_id"], [(i, (i * 5) % 40) for i in range(7)])
    doc = {
        "version": 1,
        "source": {"schema": schema},
        "target": {"schema": f"{schema}_m"},
        "tables": {
            "a": {"subset": {"percent": 30}, "columns": {"id": "keep", "b_id": "keep"}},
            "b": {"columns": {"id": "keep", "a_id": "keep"}},
        },
        "relations": ["a.b_id -> b.id", "b.a_id -> a.id"],
    }
    compiled, result = mask(engine, doc)
    assert all(c.ok for c in result.checks), [c for c in result.checks if not c.ok]
    kept_a = {r[0] for r in rows(engine, table_of(f"{schema}_m", "a"), ["id"])}
    expected = {i for i in range(40) if sampled(TEST_KEY.value, sample_domain("a"), [str(i)], 30)}
    assert kept_a == expected
    kept_b = rows(engine, table_of(f"{schema}_m", "b"), ["id", "a_id"])
    assert {b for b, _ in kept_b} == {i % 7 for i in expected}
    # b.a_id closes the cycle: references to rows of a that were not kept became NULL, the rest stayed.
    assert all(a_id == ((b * 5) % 40 if (b * 5) % 40 in expected else None) for b, a_id in kept_b)
    assert any(a_id is None for _, a_id in kept_b)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    keys=st.lists(
        st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12),
        min_size=1,
        max_size=25,
        unique=True,
    ),
    ints=st.lists(st.integers(-(2**63), 2**63 - 1), min_size=1, max_size=25, unique=True),
    percent=st.sampled_from([0.01, 12.5, 50, 99.99, 100]),
)
def test_engine_sample_equals_the_python_twin(engine, keys, ints, percent):
    schema = engine.fresh_schema("hs")
    engine.create_table(schema, "t", [("k", "VARCHAR(100)", False)], primary_key=("k",))
    engine.create_table(schema, "n", [("k", "BIGINT", False)], primary_key=("k",))
    engine.insert(schema, "t", ["k"], [(k,) for k in keys])
    engine.insert(schema, "n", ["k"], [(k,) for k in ints])
    doc = {
        "version": 1,
        "source": {"schema": schema},
        "target": {"schema": f"{schema}_m"},
        "tables": {
            "t": {"subset": {"percent": percent}, "columns": {"k": "keep"}},
            "n": {"subset": {"percent": percent}, "columns": {"k": "keep"}},
        },
    }
    mask(engine, doc)
    assert {r[0] for r in rows(engine, table_of(f"{schema}_m", "t"), ["k"])} == {
        k for k in keys if sampled(TEST_KEY.value, "subset:t", [k], percent)
    }
    assert {r[0] for r in rows(engine, table_of(f"{schema}_m", "n"), ["k"])} == {
        k for k in ints if sampled(TEST_KEY.value, "subset:n", [str(k)], percent)
    }
