"""Schema-faithful targets: primary, unique and foreign keys re-created, accepted and enforced."""

from __future__ import annotations

import pytest
import yaml
from sqlglot import exp

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.connection import DRIVER_ERRORS
from datamask_sql.dialects import get_dialect
from datamask_sql.policy import parse_policy
from tests.engines import TEST_KEY
from tests.relschema import create, mask, policy_doc, rows, table_of


def _insert(engine, table: exp.Table, columns: list[str], values: list) -> None:
    statement = exp.insert(
        exp.values([tuple(exp.convert(v) for v in values)]), table, columns=[exp.to_identifier(c) for c in columns]
    )
    engine.conn.execute(engine.sql(statement))


def _rejected(engine, table, columns, values) -> bool:
    try:
        _insert(engine, table, columns, values)
    except DRIVER_ERRORS:
        return True
    return False


def test_keys_are_recreated_and_enforced(engine):
    main, other = create(engine)
    compiled, result = mask(engine, policy_doc(main, other))
    target = introspect(engine.conn)
    customers = target.table(f"{main}_m", "customers")
    shipments = target.table(f"{main}_m", "shipments")
    events = target.table(f"{main}_m", "events")
    assert customers.primary_key == ("code",) and ("email",) in customers.unique
    assert shipments.primary_key == ("order_code", "seq")
    assert [(fk.columns, fk.ref_table, fk.ref_columns) for fk in events.foreign_keys] == [
        (("order_code", "seq"), "shipments", ("order_code", "seq"))
    ]
    assert [(ix.columns, ix.unique) for ix in target.table(f"{main}_m", "orders").indexes] == [
        (("customer_code", "amount"), False)
    ]
    assert [(ix.columns, ix.unique) for ix in events.indexes] == [(("order_code", "seq", "id"), True)]
    if engine.name == "postgres":
        # Self-references and cross-schema keys are re-created where the engine allows them.
        assert [fk.columns for fk in customers.foreign_keys] == [("referred_by",)]
        tickets = target.table(f"{main}_m_{other}", "tickets")
        assert [(fk.ref_schema, fk.ref_table) for fk in tickets.foreign_keys] == [(f"{main}_m", "customers")]
    code, email = rows(engine, table_of(f"{main}_m", "customers"), ["code", "email"])[0]
    assert _rejected(engine, table_of(f"{main}_m", "customers"), ["code", "email", "country"], [code, "x", "DE"])
    assert _rejected(engine, table_of(f"{main}_m", "customers"), ["code", "email", "country"], ["new", email, "DE"])
    assert _rejected(
        engine, table_of(f"{main}_m", "orders"), ["code", "customer_code", "amount"], ["o-new", "no-such-customer", 1]
    )
    assert _rejected(
        engine, table_of(f"{main}_m", "orders"), ["code", "customer_code", "amount"], ["o-new", code, None]
    )
    assert _rejected(engine, table_of(f"{main}_m", "events"), ["id", "order_code", "seq"], [10**6, "nope", 0])
    assert not _rejected(
        engine, table_of(f"{main}_m", "orders"), ["code", "customer_code", "amount"], ["o-new", code, 1]
    )


def test_rerun_replaces_constrained_targets(engine):
    main, other = create(engine)
    mask(engine, policy_doc(main, other))
    _, result = mask(engine, policy_doc(main, other))
    assert result.outcome == "succeeded"
    assert introspect(engine.conn).table(f"{main}_m", "orders").primary_key == ("code",)


def test_constraints_can_be_turned_off(engine):
    main, other = create(engine)
    mask(engine, policy_doc(main, other, constraints=False))
    assert introspect(engine.conn).table(f"{main}_m", "customers").primary_key == ()
    code = rows(engine, table_of(f"{main}_m", "customers"), ["code"])[0][0]
    assert not _rejected(engine, table_of(f"{main}_m", "customers"), ["code", "email", "country"], [code, "x", "DE"])
    # The run option overrides the policy.
    main, other = create(engine)
    mask(engine, policy_doc(main, other, constraints=False), constraints=True)
    assert introspect(engine.conn).table(f"{main}_m", "customers").primary_key == ("code",)


def test_subset_target_accepts_the_constraints(engine):
    main, other = create(engine)
    _, result = mask(engine, policy_doc(main, other, subset={"percent": 25}))
    assert result.outcome == "succeeded"
    assert introspect(engine.conn).table(f"{main}_m", "events").foreign_keys


@pytest.mark.parametrize("dialect", ["duckdb", "postgres"])
def test_swap_adds_foreign_keys_after_every_rename(dialect, duckdb_engine):
    main, other = create(duckdb_engine)
    policy = parse_policy(yaml.safe_dump(policy_doc(main, other)), "p.yml")
    compiled = api.compile_inputs(policy, introspect(duckdb_engine.conn), get_dialect(dialect), TEST_KEY, source="x")
    swap = next(f for f in compiled.files if f.kind == "swap").statements
    swap = [s.sql for s in swap]
    drops = [i for i, s in enumerate(swap) if s.startswith("DROP TABLE")]
    fks = [i for i, s in enumerate(swap) if "FOREIGN KEY" in s]
    assert fks and min(fks) > min(drops)
    if dialect == "postgres":
        renames = [i for i, s in enumerate(swap) if "RENAME TO" in s]
        assert min(fks) > max(renames)
