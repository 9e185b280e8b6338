"""A source schema with composite, self-referencing and cross-schema foreign keys, on a real engine."""

from __future__ import annotations

import random
from typing import Any

import sqlglot
import yaml
from sqlglot import exp

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.policy import parse_policy
from datamask_sql.runner import run
from tests.engines import TEST_KEY, Engine

# Written once in PostgreSQL syntax; schema names 's' (main) and 'o' (other) are replaced per test.
DDL = """
CREATE TABLE s.customers (code VARCHAR(40) PRIMARY KEY, email VARCHAR(200) NOT NULL UNIQUE,
  country VARCHAR(2) NOT NULL, referred_by VARCHAR(40) REFERENCES s.customers (code));
CREATE TABLE s.orders (code VARCHAR(40) PRIMARY KEY, customer_code VARCHAR(40) NOT NULL REFERENCES s.customers (code),
  amount INT NOT NULL);
CREATE TABLE s.shipments (order_code VARCHAR(40) NOT NULL REFERENCES s.orders (code), seq INT NOT NULL,
  carrier VARCHAR(20), PRIMARY KEY (order_code, seq));
CREATE TABLE s.events (id INT PRIMARY KEY, order_code VARCHAR(40), seq INT, status VARCHAR(20),
  FOREIGN KEY (order_code, seq) REFERENCES s.shipments (order_code, seq));
CREATE TABLE s.settings (k VARCHAR(20) PRIMARY KEY, v VARCHAR(20));
CREATE TABLE o.tickets (id INT PRIMARY KEY, customer_code VARCHAR(40) {cross}, body VARCHAR(100));
CREATE INDEX orders_by_customer ON s.orders (customer_code, amount);
CREATE UNIQUE INDEX events_by_shipment ON s.events (order_code, seq, id);
"""

RULES: dict[str, dict[str, Any]] = {
    "customers": {
        "code": {"transform": "hash", "length": 32},
        "email": {"transform": "hash", "length": 40},
        "country": "keep",
    },
    "orders": {"code": {"transform": "hash", "length": 32}, "amount": "keep"},
    "shipments": {"seq": "keep", "carrier": "keep"},
    "events": {"id": "keep", "status": "keep"},
    "settings": {"k": "keep", "v": "keep"},
}
FKS = [
    ("customers", ("referred_by",), "customers", ("code",)),
    ("orders", ("customer_code",), "customers", ("code",)),
    ("shipments", ("order_code",), "orders", ("code",)),
    ("events", ("order_code", "seq"), "shipments", ("order_code", "seq")),
    ("tickets", ("customer_code",), "customers", ("code",)),
]


def create(engine: Engine, seed: int = 7, customers: int = 120) -> tuple[str, str]:
    """Create and fill the schema; returns (main schema, other schema)."""
    main, other = engine.fresh_schema("rs"), engine.fresh_schema("ro")
    # DuckDB cannot create foreign keys across schemas: there the policy declares that relation.
    cross = "REFERENCES s.customers (code)" if engine.name == "postgres" else ""
    for statement in sqlglot.parse(DDL.replace("{cross}", cross), read="postgres"):
        for table in statement.find_all(exp.Table):
            table.set("db", exp.to_identifier({"s": main, "o": other}[table.db]))
        if isinstance(statement.this, exp.Index):
            # Index names are schema-wide in PostgreSQL: make them unique per test schema.
            statement.this.set("this", exp.to_identifier(f"{statement.this.name}_{main}"))
        engine.conn.execute(engine.sql(statement))
    rng = random.Random(seed)
    codes = [f"C{i:04d}-{rng.randrange(10**6)}" for i in range(customers)]
    rows = [
        (
            c,
            f"user{i}@example.org",
            rng.choice(["DE", "FR", "NL"]),
            rng.choice(codes[:i]) if i and rng.random() < 0.5 else None,
        )
        for i, c in enumerate(codes)
    ]
    engine.insert(main, "customers", ["code", "email", "country", "referred_by"], rows)
    orders = [(f"O{i:05d}", rng.choice(codes), rng.randrange(1000)) for i in range(customers * 2)]
    engine.insert(main, "orders", ["code", "customer_code", "amount"], orders)
    shipments = [(o[0], seq, rng.choice(["dhl", "ups", None])) for o in orders for seq in range(rng.randrange(3))]
    engine.insert(main, "shipments", ["order_code", "seq", "carrier"], shipments)
    events = [(i, s[0], s[1], rng.choice(["sent", "lost"])) for i, s in enumerate(shipments)]
    events += [(len(events) + i, None, None, "orphan-free null ref") for i in range(3)]
    engine.insert(main, "events", ["id", "order_code", "seq", "status"], events)
    engine.insert(main, "settings", ["k", "v"], [("theme", "dark"), ("lang", "de")])
    tickets = [(i, rng.choice(codes + [None]), f"ticket {i}") for i in range(customers)]
    engine.insert(other, "tickets", ["id", "customer_code", "body"], tickets)
    return main, other


def policy_doc(
    main: str, other: str, *, subset: dict | None = None, constraints: bool | None = None, extra: dict | None = None
) -> dict:
    """The policy over the schema: only the keys have rules; referencing columns inherit."""
    tables = {name: {"columns": dict(cols)} for name, cols in RULES.items()}
    tables[f"{other}.tickets"] = {"columns": {"id": "keep", "body": "null"}}
    if subset:
        tables["customers"]["subset"] = subset
    doc = {
        "version": 1,
        "source": {"schema": main},
        "target": {"schema": f"{main}_m"},
        "tables": tables,
        "relations": [f"{other}.tickets.customer_code -> customers.code"],
    }
    if constraints is not None:
        doc["target"]["constraints"] = constraints
    doc.update(extra or {})
    return doc


def mask(engine: Engine, doc: dict, key=TEST_KEY, constraints: bool | None = None):
    """Compile and run a policy document; returns (compiled, run result)."""
    policy = parse_policy(yaml.safe_dump(doc, sort_keys=False), "rel-policy.yml")
    catalog = introspect(engine.conn)
    counts = api.count_rows(engine.conn, policy, catalog, engine.dialect)
    compiled = api.compile_inputs(
        policy, catalog, engine.dialect, key, source=engine.conn.url, row_counts=counts, constraints=constraints
    )
    return compiled, run(engine.conn, compiled.emitted, key)


def table_of(schema: str, table: str) -> exp.Table:
    """A schema-qualified table node."""
    return exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema))


def join_count(engine: Engine, child: exp.Table, cols, parent: exp.Table, ref_cols) -> int:
    """Rows of child whose reference matches a parent row."""
    on = exp.and_(
        *[
            exp.EQ(this=exp.column(exp.to_identifier(c), "c"), expression=exp.column(exp.to_identifier(r), "p"))
            for c, r in zip(cols, ref_cols)
        ]
    )
    query = (
        exp.select(exp.Count(this=exp.Star()))
        .from_(exp.alias_(child, "c", table=True))
        .join(exp.alias_(parent, "p", table=True), on=on)
    )
    return engine.conn.query(engine.sql(query))[0][0]


def dangling(engine: Engine, child: exp.Table, cols, parent: exp.Table, ref_cols) -> int:
    """Rows of child with a non-NULL reference that matches no parent row."""
    nonnull = exp.and_(*[exp.not_(exp.Is(this=exp.column(exp.to_identifier(c)), expression=exp.null())) for c in cols])
    total = engine.conn.query(engine.sql(exp.select(exp.Count(this=exp.Star())).from_(child.copy()).where(nonnull)))[0][
        0
    ]
    return total - join_count(engine, child, cols, parent, ref_cols)


def rows(engine: Engine, table: exp.Table, columns: list[str]) -> list[tuple]:
    """All rows of some columns, sorted."""
    query = exp.select(*[exp.column(exp.to_identifier(c)) for c in columns]).from_(table)
    return sorted(engine.conn.query(engine.sql(query)), key=repr)
