"""Keys the catalog does not record: plan proposes them from names, types and measured values, warns when a
masked key would break them, writes them into the policy on request; verify checks their joins."""

from __future__ import annotations

import warnings
from pathlib import Path

import duckdb
import pytest
from sqlglot import exp

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.connection import connect
from datamask_sql.errors import DatamaskWarning
from datamask_sql.measure import relation_facts
from datamask_sql.plan import plan
from datamask_sql.policy import load_policy, parse_policy
from tests.engines import TEST_KEY, Engine

CUSTOMERS, ORDERS = 40, 160

# The policy as a user writes it from the README: no relations, the key masked, the orders table kept whole.
POLICY = """version: 1
# Shop copy for QA.
source: {{schema: {schema}}}
target: {{schema: {schema}_m}}
tables:
  customers:
    columns:
      id: {{transform: hash_int}}   # the key is masked
      email: {{transform: email}}
  orders: {{unlisted: keep}}         # orders.customer_id gets no rule of its own
  coupons: {{unlisted: keep}}
"""


def build(engine: Engine, schema: str) -> None:
    """customers, orders, coupons with no foreign key declared; orders.coupon_id holds no coupon's id."""
    engine.create_table(schema, "customers", [("id", "INT", False), ("email", "VARCHAR(80)", True)], ("id",))
    engine.create_table(
        schema,
        "orders",
        [("id", "INT", False), ("customer_id", "INT", True), ("coupon_id", "INT", True), ("amount", "INT", True)],
        ("id",),
    )
    engine.create_table(schema, "coupons", [("id", "INT", False), ("code", "VARCHAR(10)", True)], ("id",))
    engine.insert(schema, "customers", ["id", "email"], [(i, f"c{i}@example.org") for i in range(1, CUSTOMERS + 1)])
    orders = [(i, None if i % 9 == 0 else 1 + i % CUSTOMERS, 1000 + i, i * 7) for i in range(1, ORDERS + 1)]
    engine.insert(schema, "orders", ["id", "customer_id", "coupon_id", "amount"], orders)
    engine.insert(schema, "coupons", ["id", "code"], [(1, "A"), (2, "B"), (3, "C")])


# Engines reached through getfixturevalue are marked here: conftest sees only fixtures a test names.
ON = {name: pytest.param(name, marks=getattr(pytest.mark, name)) for name in ("duckdb", "postgres", "mariadb")}


@pytest.fixture(params=[ON["duckdb"], ON["postgres"]])
def shop(request, tmp_path) -> tuple[str, str, Path]:
    """(source URL, source schema, policy file) of a shop whose foreign keys are not declared."""
    if request.param == "duckdb":
        path = tmp_path / "shop.duckdb"
        url = f"duckdb:///{path}"
        duckdb.connect(str(path)).close()  # connect() refuses a missing file rather than create one
        engine = Engine("duckdb", connect(url, read_only=False))
        schema = engine.fresh_schema("prop")
        build(engine, schema)
        engine.conn.close()
    else:
        engine = request.getfixturevalue("postgres_engine")
        schema = engine.fresh_schema("prop")
        build(engine, schema)
        url = request.getfixturevalue("postgres_url")
    policy = tmp_path / "policy.yml"
    policy.write_text(POLICY.format(schema=schema))
    return url, schema, policy


def join_count(url: str, child: str, parent: str) -> int:
    """orders joined to customers on customer_id = id, in schema-qualified tables `child` and `parent`."""
    conn = connect(url)
    try:
        on = exp.EQ(this=exp.column("customer_id", "o"), expression=exp.column("id", "c"))
        query = (
            exp.select(exp.Count(this=exp.Star()))
            .from_(exp.alias_(exp.to_table(child), "o", table=True))
            .join(exp.alias_(exp.to_table(parent), "c", table=True), on=on)
        )
        return conn.query(query.sql(conn.dialect))[0][0]
    finally:
        conn.close()


def planned(url: str, policy: Path, **kwargs):
    """api.plan_policy, with the warnings it gives."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DatamaskWarning)
        the_plan = api.plan_policy(policy, url, **kwargs)
    return the_plan, [w.message for w in caught if isinstance(w.message, DatamaskWarning)]


def test_plan_proposes_the_contained_relation_and_warns_that_the_masked_key_breaks_it(shop):
    url, _, policy = shop
    the_plan, warned = planned(url, policy)
    assert [p.relation for p in the_plan.proposed] == ["orders.customer_id -> customers.id"]
    (proposal,) = the_plan.proposed
    # NULL references are not sampled: the 143 non-NULL values are, all of them found.
    assert proposal.measured and "all 143 sampled values found in customers.id" in proposal.evidence
    # coupon_id is a *_id typed like coupons.id, but none of its values is a coupon: not proposed.
    assert "coupon_id" not in str(the_plan.to_dict()["proposed_relations"])
    assert [w.message for w in warned] == [proposal.breaks]
    assert proposal.breaks.startswith("customers.id is masked (hash_int) but orders.customer_id")
    assert "joins between them would break" in proposal.breaks and warned[0].option == "write_relations"


def test_write_relations_makes_the_next_run_keep_the_join_count(shop, tmp_path):
    url, schema, policy = shop
    before = join_count(url, f"{schema}.orders", f"{schema}.customers")
    assert before == ORDERS - ORDERS // 9

    # As written, the run breaks the join, and verify says so through the proposed relation.
    api.run_policy(policy, url, TEST_KEY, out_dir=tmp_path / "b0")
    assert join_count(url, f"{schema}_m.orders", f"{schema}_m.customers") == 0
    checks = {c.name: c for c in api.verify_target(policy, url)}
    likely = checks["likely relation"]
    assert not likely.ok and likely.table == "orders.customer_id -> customers.id"
    assert likely.detail.startswith(f"0 matching row(s) after masking, {before} before")

    original = policy.read_text()
    the_plan, warned = planned(url, policy, write_relations=True)
    text = policy.read_text()
    assert text == original + "relations:\n  - orders.customer_id -> customers.id\n"  # comments kept, appended
    assert [r.text for r in load_policy(policy).relations] == ["orders.customer_id -> customers.id"]
    assert the_plan.proposed == () and warned == []
    assert any(n.startswith(f"appended to {policy} under relations:") for n in the_plan.notes)
    customer_id = next(c for c in the_plan.table("orders").columns if c.name == "customer_id")
    assert customer_id.transform.name == "hash_int" and customer_id.domain == "customers.id"

    result = api.run_policy(policy, url, TEST_KEY, out_dir=tmp_path / "b1")
    assert all(c.ok for c in result.checks)
    assert join_count(url, f"{schema}_m.orders", f"{schema}_m.customers") == before
    checks = api.verify_target(policy, url)
    assert all(c.ok for c in checks) and "likely relation" not in {c.name for c in checks}
    fk = next(c for c in checks if c.name == "foreign key")
    assert fk.detail.startswith(f"{before} matching row(s) after masking, {before} before")
    # Asked again, nothing is appended twice.
    planned(url, policy, write_relations=True)
    assert policy.read_text() == text


@pytest.mark.parametrize("name", ON.values())
def test_the_sample_is_bounded_and_measured_in_the_warehouse(request, name):
    engine = request.getfixturevalue(f"{name}_engine")
    schema = engine.fresh_schema("bound")
    build(engine, schema)
    policy = parse_policy(POLICY.format(schema=schema), "p.yml")
    catalog = introspect(engine.conn)
    facts = relation_facts(engine.conn, policy, catalog, engine.dialect, rows=25)
    by_column = {(child[1], column): seen for (child, column, _, _), seen in facts.items()}
    assert by_column[("orders", "customer_id")].sampled == 25 == by_column[("orders", "customer_id")].matched
    assert by_column[("orders", "coupon_id")].matched == 0
    proposed = plan(policy, catalog, propose_relations=True, facts=facts).proposed
    assert [p.relation for p in proposed] == ["orders.customer_id -> customers.id"]
