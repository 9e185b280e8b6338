"""date_shift per: an entity on part of a unique key keeps the key unique and the dates of a row in order."""

from __future__ import annotations

import datetime as dt
import random

import pytest
import yaml

from datamask_sql.catalog import introspect
from datamask_sql.errors import PlanError
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy
from datamask_sql.transforms.base import RefContext
from datamask_sql.transforms.dates import offset_of
from tests.engines import TEST_KEY, mask_tables

SHIFT = {"transform": "date_shift", "days": 30, "per": "customer_id"}


def _rental(engine, rows: int = 400) -> str:
    """rental with UNIQUE (rental_date, inventory_id, customer_id), dense enough that a per-value shift collides."""
    s = engine.fresh_schema("ren")
    engine.conn.execute(
        f"CREATE TABLE {s}.rental (rental_id INT PRIMARY KEY, rental_date TIMESTAMP NOT NULL,"
        " inventory_id INT NOT NULL, customer_id INT NOT NULL, return_date TIMESTAMP,"
        " UNIQUE (rental_date, inventory_id, customer_id))"
    )
    rng = random.Random(5)
    start = dt.datetime(2024, 1, 1, 10, 30)
    data, seen = [], set()
    while len(data) < rows:
        # Few customers and items, one rental a day: many rows of one entity share everything but the day.
        key = (start + dt.timedelta(days=rng.randrange(60)), rng.randrange(3), rng.randrange(4))
        if key not in seen:
            seen.add(key)
            back = None if rng.random() < 0.1 else key[0] + dt.timedelta(days=rng.randrange(0, 5), hours=2)
            data.append((len(data) + 1, *key, back))
    engine.insert(s, "rental", ["rental_id", "rental_date", "inventory_id", "customer_id", "return_date"], data)
    return s


def _rules(**changes) -> dict:
    rules = {"rental_id": "keep", "rental_date": SHIFT, "inventory_id": "keep", "customer_id": "keep"}
    rules["return_date"] = SHIFT
    rules.update(changes)
    return rules


def _plan(engine, schema: str, rules: dict):
    doc = {
        "version": 1,
        "source": {"schema": schema},
        "target": {"schema": f"{schema}_m"},
        "tables": {"rental": {"columns": rules}},
    }
    return plan(parse_policy(yaml.safe_dump(doc), "p.yml"), introspect(engine.conn))


def test_per_entity_shift_on_part_of_a_unique_key(engine):
    s = _rental(engine)
    notes = _plan(engine, s, _rules()).notes
    assert any("date_shift per customer_id on the key (rental_date, inventory_id, customer_id)" in n for n in notes)
    assert any("rental_date, return_date move by one offset per customer_id" in n for n in notes)
    target, _, result = mask_tables(engine, s, {"rental": _rules()}, TEST_KEY)
    assert result.outcome == "succeeded"
    assert [c for c in result.checks if c.name == "unique" and not c.ok] == []
    before = engine.conn.query(f"SELECT rental_id, rental_date, return_date FROM {s}.rental ORDER BY rental_id")
    after = engine.conn.query(f"SELECT rental_id, rental_date, return_date FROM {target}.rental ORDER BY rental_id")
    assert all(a[1] != b[1] for a, b in zip(after, before)), "every rental date moved"
    # One offset per row's customer: both dates moved alike, so no rental ends before it starts.
    assert all(a[2] is None or (a[2] - a[1]) == (b[2] - b[1]) for a, b in zip(after, before))
    assert sum(a[2] is not None and a[2] < a[1] for a in after) == 0


def test_the_same_rows_shifted_per_value_would_collide(engine):
    """Why per: matters: keyed on each value, this data does collide (so the refusal is no formality)."""
    s = _rental(engine)
    with pytest.raises(PlanError) as caught:
        _plan(engine, s, _rules(rental_date={"transform": "date_shift", "days": 30}))
    assert "per:" in caught.value.hint and "email" not in caught.value.hint and "uuid" not in caught.value.hint
    column = introspect(engine.conn).table(s, "rental").column("rental_date")
    ctx = RefContext(TEST_KEY.value, "rental.rental_date", column)
    keys = engine.conn.query(f"SELECT rental_date, inventory_id, customer_id FROM {s}.rental")
    moved = {(d + dt.timedelta(days=offset_of(ctx.digest(d), 30)), i, c) for d, i, c in keys}
    assert len(moved) < len(keys)


def test_shared_per_needs_the_same_days(duckdb_engine):
    s = _rental(duckdb_engine, rows=20)
    with pytest.raises(PlanError, match="different days") as caught:
        _plan(duckdb_engine, s, _rules(return_date={**SHIFT, "days": 10}))
    assert caught.value.line is not None


def test_refusals_suggest_rules_of_the_column_type(duckdb_engine):
    s = _rental(duckdb_engine, rows=20)
    with pytest.raises(PlanError) as caught:
        _plan(duckdb_engine, s, _rules(inventory_id={"transform": "noise", "percent": 5}))
    assert "hash_int" in caught.value.hint and "email" not in caught.value.hint
    # per: a column outside the key does not make the key unique.
    with pytest.raises(PlanError, match="part of the key"):
        _plan(duckdb_engine, s, _rules(rental_date={**SHIFT, "per": "rental_id"}))
