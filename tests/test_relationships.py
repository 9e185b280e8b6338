"""Keys and domains: FK propagation (composite, self-referencing, cross-schema, declared), plan explanations."""

from __future__ import annotations

import json

import pytest
import yaml
from typer.testing import CliRunner

from datamask_sql.catalog import introspect
from datamask_sql.cli import app
from datamask_sql.errors import PlanError, PolicyError
from datamask_sql.plan import collision_risk, plan
from datamask_sql.policy import parse_policy
from tests.relschema import FKS, create, join_count, mask, policy_doc, rows, table_of


def _schemas(main: str, other: str, table: str, masked: bool) -> str:
    if table == "tickets":
        return f"{main}_m_{other}" if masked else other
    return f"{main}_m" if masked else main


def test_every_fk_join_keeps_its_match_count(engine):
    main, other = create(engine)
    compiled, result = mask(engine, policy_doc(main, other))
    assert all(c.ok for c in result.checks), [c for c in result.checks if not c.ok]
    assert len([c for c in result.checks if c.name == "foreign key"]) == len(FKS)
    for child, cols, parent, ref_cols in FKS:
        before = join_count(
            engine, table_of(_schemas(main, other, child, False), child), cols, table_of(main, parent), ref_cols
        )
        after = join_count(
            engine, table_of(_schemas(main, other, child, True), child), cols, table_of(f"{main}_m", parent), ref_cols
        )
        assert before > 0 and after == before, (child, cols)
    # The keys really changed: a join between masked child and source parent finds nothing.
    assert (
        join_count(engine, table_of(f"{main}_m", "orders"), ("customer_code",), table_of(main, "customers"), ("code",))
        == 0
    )


def test_composite_key_masks_component_wise(engine):
    main, other = create(engine)
    mask(engine, policy_doc(main, other))
    shipments = rows(engine, table_of(f"{main}_m", "shipments"), ["order_code", "seq"])
    events = rows(engine, table_of(f"{main}_m", "events"), ["order_code", "seq"])
    masked_orders = {r[0] for r in rows(engine, table_of(f"{main}_m", "orders"), ["code"])}
    assert {s[0] for s in shipments} <= masked_orders
    assert {e for e in events if e[0] is not None} <= set(shipments)
    # seq is kept, only the order_code component is masked.
    assert sorted(s[1] for s in shipments) == sorted(s[0] for s in rows(engine, table_of(main, "shipments"), ["seq"]))


def test_plan_explains_transitive_composite_and_declared_inheritance(duckdb_engine):
    main, other = create(duckdb_engine)
    doc = policy_doc(main, other)
    the_plan = plan(parse_policy(yaml.safe_dump(doc), "p.yml"), introspect(duckdb_engine.conn))
    why = {(t.name, c.name): c for t in the_plan.tables for c in t.columns}
    assert why[("events", "order_code")].reason == (
        "inherited from orders.code via events.order_code -> shipments.order_code -> orders.code"
    )
    assert why[("events", "order_code")].domain == "orders.code"
    assert why[("events", "seq")].reason == "inherited from shipments.seq via events.seq -> shipments.seq"
    assert why[("customers", "referred_by")].reason == (
        "inherited from customers.code via customers.referred_by -> customers.code"
    )
    assert why[(f"{other}.tickets", "customer_code")].reason == (
        f"inherited from customers.code via {other}.tickets.customer_code -> customers.code"
    )
    assert why[("customers", "code")].reason.startswith("explicit rule (p.yml:")


def test_conflicting_explicit_rule_names_both_ends(duckdb_engine):
    main, other = create(duckdb_engine)
    doc = policy_doc(main, other)
    doc["tables"]["events"]["columns"]["order_code"] = "keep"
    text = yaml.safe_dump(doc, sort_keys=False)
    with pytest.raises(PlanError) as err:
        plan(parse_policy(text, "p.yml"), introspect(duckdb_engine.conn))
    message = err.value.render()
    assert "events.order_code" in message and "orders.code" in message and "(keep)" in message
    assert err.value.line == text.splitlines().index("      order_code: keep") + 1


def test_two_paths_with_different_rules_is_an_error(duckdb_engine):
    main, other = create(duckdb_engine)
    doc = policy_doc(main, other)
    # tickets.customer_code now also points at orders.code, which is masked in another domain.
    doc["relations"].append(f"{other}.tickets.customer_code -> orders.code")
    with pytest.raises(PlanError) as err:
        plan(parse_policy(yaml.safe_dump(doc), "p.yml"), introspect(duckdb_engine.conn))
    assert "two foreign-key paths" in err.value.message
    assert "customers.code" in err.value.message and "orders.code" in err.value.message


def test_named_domain_shares_outputs_on_purpose(engine):
    main, other = create(engine)
    doc = policy_doc(main, other)
    doc["tables"]["settings"]["columns"]["v"] = {"transform": "hash", "length": 16, "domain": "shared"}
    doc["tables"]["customers"]["columns"]["country"] = {"transform": "hash", "length": 2, "domain": "shared"}
    mask(engine, doc)
    settings = rows(engine, table_of(f"{main}_m", "settings"), ["k", "v"])
    from datamask_sql import reference
    from tests.engines import TEST_KEY

    assert dict(settings)["theme"] == reference.digest(TEST_KEY.value, "shared", "dark")[:16]


@pytest.mark.parametrize(
    "relation, message",
    [
        ("orders.customer_code", "child.column -> parent.column"),
        ("orders(a, b) -> customers(code)", "pairs 2 column(s) with 1"),
        ("orders. -> customers.code", "cannot read the referencing side"),
    ],
)
def test_relation_syntax_errors_point_at_the_line(relation, message):
    text = f"version: 1\ntables: {{}}\nrelations:\n  - ok.a -> ok.b\n  - {json.dumps(relation)}\n"
    with pytest.raises(PolicyError) as err:
        parse_policy(text, "p.yml")
    assert message in err.value.message and err.value.line == 5


def test_relation_to_unknown_column_is_a_plan_error(duckdb_engine):
    main, other = create(duckdb_engine)
    doc = policy_doc(main, other)
    doc["relations"] = ["orders.customer_cod -> customers.code"]
    with pytest.raises(PlanError) as err:
        plan(parse_policy(yaml.safe_dump(doc), "p.yml"), introspect(duckdb_engine.conn))
    assert "customer_cod" in err.value.message and "customer_code" in (err.value.hint or "")


def test_collision_risk_uses_row_counts(duckdb_engine):
    main, other = create(duckdb_engine, customers=30)
    doc = policy_doc(main, other)
    doc["tables"]["customers"]["columns"]["email"] = {"transform": "hash", "length": 8}
    policy = parse_policy(yaml.safe_dump(doc), "p.yml")
    catalog = introspect(duckdb_engine.conn)
    with pytest.raises(PlanError):  # 32 bits and no row count: refused as before
        plan(policy, catalog)
    ok = plan(policy, catalog, row_counts={"customers": 30})
    assert any("collision probability" in n and "customers.email" in n for n in ok.notes)
    with pytest.raises(PlanError) as err:
        plan(policy, catalog, row_counts={"customers": 10**6})
    assert "max_collision_risk" in err.value.message
    assert collision_risk(30, 32) == pytest.approx(30 * 29 / 2 / 2**32, rel=1e-3)
    assert collision_risk(1, 8) == 0.0


def test_plan_cli_text_and_json_explain_inherited_rules(duckdb_engine, tmp_path):
    main, other = create(duckdb_engine)
    db = tmp_path / "rel.duckdb"
    duckdb_engine.conn.execute(f"ATTACH '{db}' AS f")  # test-only: copy the schema into a file
    for schema in (main, other):
        duckdb_engine.conn.execute(f'CREATE SCHEMA f."{schema}"')
        for (table,) in duckdb_engine.conn.query(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = ? AND database_name = current_database()",
            [schema],
        ):
            duckdb_engine.conn.execute(f'CREATE TABLE f."{schema}"."{table}" AS SELECT * FROM "{schema}"."{table}"')
    duckdb_engine.conn.execute("DETACH f")
    policy = tmp_path / "p.yml"
    policy.write_text(yaml.safe_dump(policy_doc(main, other)))
    doc = policy_doc(main, other)
    # The file copy has no keys recorded, so declare them: the plan must still explain every inheritance.
    doc["relations"] += [
        "customers.referred_by -> customers.code",
        "orders.customer_code -> customers.code",
        "shipments.order_code -> orders.code",
        "events(order_code, seq) -> shipments(order_code, seq)",
    ]
    policy.write_text(yaml.safe_dump(doc))
    result = CliRunner().invoke(app, ["plan", str(policy), "--source", f"duckdb:///{db}"])
    assert result.exit_code == 0, result.output
    assert "inherited from orders.code via events.order_code -> shipments.order_code -> orders.code" in result.output
    result = CliRunner().invoke(app, ["plan", str(policy), "--source", f"duckdb:///{db}", "--format", "json"])
    data = json.loads(result.output)
    cols = {(t["table"], c["column"]): c for t in data["tables"] for c in t["columns"]}
    assert cols[("events", "seq")]["reason"] == "inherited from shipments.seq via events.seq -> shipments.seq"


def test_compile_explain_prints_the_plan_from_a_ddl_file(tmp_path, monkeypatch):
    ddl = tmp_path / "schema.sql"
    ddl.write_text(
        "CREATE TABLE customers (id VARCHAR(40) PRIMARY KEY, email VARCHAR(100));\n"
        "CREATE TABLE orders (id INT PRIMARY KEY, customer_id VARCHAR(40) REFERENCES customers (id));\n"
        "CREATE TABLE lines (order_id INT, customer_id VARCHAR(40), n INT);\n"
    )
    policy = tmp_path / "p.yml"
    policy.write_text(
        yaml.safe_dump(
            {
                "version": 1,
                "source": {"schema": "public"},
                "tables": {
                    "customers": {"columns": {"id": {"transform": "hash", "length": 32}, "email": "null"}},
                    "orders": {"columns": {"id": "keep"}},
                    "lines": {"columns": {"order_id": "keep", "n": "keep"}},
                },
                "relations": ["lines.customer_id -> customers.id"],
            }
        )
    )
    monkeypatch.setenv("DATAMASK_SECRET", "a-long-enough-test-secret")
    result = CliRunner().invoke(
        app,
        [
            "compile",
            str(policy),
            "--source",
            str(ddl),
            "--dialect",
            "postgres",
            "--out",
            str(tmp_path / "build"),
            "--explain",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "inherited from customers.id via orders.customer_id -> customers.id" in result.output
    assert "inherited from customers.id via lines.customer_id -> customers.id" in result.output
    assert "collision risk" in result.output and "row count unknown" in result.output
