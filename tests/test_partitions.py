"""PostgreSQL partitioned tables and inheritance children: their keys are read, joins through them survive masking."""

from __future__ import annotations

import yaml

from datamask_sql.catalog import introspect
from datamask_sql.catalog.partitions import Hierarchy, attribute
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy
from tests.relschema import join_count, mask, table_of

CUSTOMERS = 60


def _source(engine, *, fk_on: tuple[str, ...] = ("payment_2022", "payment_2023")) -> str:
    """customer, and payment partitioned by range on payment_date with its keys declared on the partitions."""
    s = engine.fresh_schema("part")
    for statement in (
        f"CREATE TABLE {s}.customer (customer_id INT PRIMARY KEY, name TEXT NOT NULL)",
        f"CREATE TABLE {s}.payment (payment_id INT NOT NULL, customer_id INT NOT NULL, amount NUMERIC(5, 2),"
        " payment_date DATE NOT NULL) PARTITION BY RANGE (payment_date)",
        f"CREATE TABLE {s}.payment_2022 PARTITION OF {s}.payment FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')",
        f"CREATE TABLE {s}.payment_2023 PARTITION OF {s}.payment FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')",
        f"INSERT INTO {s}.customer SELECT g, 'name ' || g FROM generate_series(1, {CUSTOMERS}) g",
        f"INSERT INTO {s}.payment SELECT g, 1 + g % {CUSTOMERS}, g % 100, DATE '2022-06-01' + (g % 400)"
        " FROM generate_series(1, 500) g",
    ):
        engine.conn.execute(statement)
    for partition in ("payment_2022", "payment_2023"):
        engine.conn.execute(f"ALTER TABLE {s}.{partition} ADD PRIMARY KEY (payment_date, payment_id)")
    for partition in fk_on:
        engine.conn.execute(
            f"ALTER TABLE {s}.{partition} ADD FOREIGN KEY (customer_id) REFERENCES {s}.customer (customer_id)"
        )
    return s


def _doc(schema: str) -> dict:
    return {
        "version": 1,
        "source": {"schema": schema},
        "target": {"schema": f"{schema}_m"},
        "tables": {
            "customer": {"columns": {"customer_id": {"transform": "hash_int", "max": 2**31 - 1}, "name": "keep"}},
            "payment": {"columns": {"payment_id": "keep", "amount": "keep", "payment_date": "keep"}},
        },
    }


def _joins(engine, schema: str) -> int:
    payment, customer = table_of(schema, "payment"), table_of(schema, "customer")
    return join_count(engine, payment, ("customer_id",), customer, ("customer_id",))


def test_masked_key_keeps_joins_through_a_partitioned_table(postgres_engine):
    s = _source(postgres_engine)
    catalog = introspect(postgres_engine.conn)
    names = {t.name for t in catalog.tables if t.schema == s}
    assert names == {"customer", "payment"}, "partitions are not tables to mask"
    payment = catalog.table(s, "payment")
    assert [(fk.columns, fk.ref_table, fk.enforced) for fk in payment.foreign_keys] == [
        (("customer_id",), "customer", True)
    ]
    # Declared on every partition and holding the partition key: the parent's primary key.
    assert payment.primary_key == ("payment_date", "payment_id")
    the_plan = plan(parse_policy(yaml.safe_dump(_doc(s)), "p.yml"), catalog)
    assert any("payment is partitioned in the source (RANGE (payment_date), 2 partitions)" in n for n in the_plan.notes)
    why = {c.name: c for c in the_plan.table("payment").columns}
    assert why["customer_id"].transform.name == "hash_int"

    _, result = mask(postgres_engine, _doc(s))
    assert result.outcome == "succeeded"
    assert all(c.ok for c in result.checks), [c for c in result.checks if not c.ok]
    before = _joins(postgres_engine, s)
    assert before == 500 and _joins(postgres_engine, f"{s}_m") == before
    target = introspect(postgres_engine.conn)
    masked = target.table(f"{s}_m", "payment")
    assert masked.partitioning is None, "the target is a plain table"
    assert [fk.ref_table for fk in masked.foreign_keys] == ["customer"]
    assert masked.primary_key == ("payment_date", "payment_id")


def test_a_key_some_partitions_declare_is_followed_not_recreated(postgres_engine):
    s = _source(postgres_engine, fk_on=("payment_2022",))
    payment = introspect(postgres_engine.conn).table(s, "payment")
    assert [(fk.columns, fk.enforced) for fk in payment.foreign_keys] == [(("customer_id",), False)]
    _, result = mask(postgres_engine, _doc(s))
    assert result.outcome == "succeeded"
    assert _joins(postgres_engine, f"{s}_m") == _joins(postgres_engine, s) == 500
    assert introspect(postgres_engine.conn).table(f"{s}_m", "payment").foreign_keys == ()


def test_inheritance_child_keys_are_followed_on_the_parent(postgres_engine):
    s = postgres_engine.fresh_schema("inh")
    for statement in (
        f"CREATE TABLE {s}.customer (customer_id INT PRIMARY KEY)",
        f"CREATE TABLE {s}.event (id INT NOT NULL, customer_id INT)",
        f"CREATE TABLE {s}.click (url TEXT) INHERITS ({s}.event)",
        f"ALTER TABLE {s}.click ADD FOREIGN KEY (customer_id) REFERENCES {s}.customer (customer_id)",
        f"INSERT INTO {s}.customer SELECT g FROM generate_series(1, 20) g",
        f"INSERT INTO {s}.click SELECT g, 1 + g % 20, 'u' FROM generate_series(1, 50) g",
    ):
        postgres_engine.conn.execute(statement)
    catalog = introspect(postgres_engine.conn)
    event, click = catalog.table(s, "event"), catalog.table(s, "click")
    assert event.children == ("click",)
    assert [(fk.ref_table, fk.enforced) for fk in event.foreign_keys] == [("customer", False)]
    assert [(fk.ref_table, fk.enforced) for fk in click.foreign_keys] == [("customer", True)]
    doc = {
        "version": 1,
        "source": {"schema": s},
        "target": {"schema": f"{s}_m"},
        "tables": {
            "customer": {"columns": {"customer_id": {"transform": "hash_int", "max": 2**31 - 1}}},
            "event": {"columns": {"id": "keep"}},
            "click": {"columns": {"id": "keep", "url": "keep"}},
        },
    }
    the_plan = plan(parse_policy(yaml.safe_dump(doc), "p.yml"), catalog)
    assert any("event has inheritance children (click)" in n for n in the_plan.notes)
    _, result = mask(postgres_engine, doc)
    assert result.outcome == "succeeded"
    for table in ("event", "click"):
        child, parent = table_of(f"{s}_m", table), table_of(f"{s}_m", "customer")
        assert join_count(postgres_engine, child, ("customer_id",), parent, ("customer_id",)) == 50


def test_partition_keys_need_every_partition_and_the_partition_key():
    tree = Hierarchy.of(
        [("s", "p1", "s", "p", True), ("s", "p2", "s", "p", True)], [("s", "p", "RANGE (d)", ["d"], False)]
    )
    rows = [
        ("s", "p1", "PRIMARY KEY", ["d", "id"], None, [], "k1", None),
        ("s", "p2", "PRIMARY KEY", ["d", "id"], None, [], "k2", None),
        ("s", "p1", "UNIQUE", ["id"], None, [], "u1", None),
        ("s", "p2", "UNIQUE", ["id"], None, [], "u2", None),
        ("s", "p1", "UNIQUE", ["d", "code"], None, [], "u3", None),
    ]
    out = attribute(rows, tree)
    # (d, id) on both partitions holds; (id) lacks the partition key; (d, code) is on one partition only.
    assert [(r[1], r[2], r[3]) for r in out] == [("p", "PRIMARY KEY", ("d", "id"))]
