"""MariaDB/MySQL targets as faithful as the source: keys, indexes, charsets and collations; the URL's database."""

from __future__ import annotations

import pytest
import yaml

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.errors import PlanError
from datamask_sql.policy import parse_policy
from tests.relschema import mask, rows, table_of
from tests.test_constraints import _rejected

# Every way a MariaDB schema declares keys, indexes and per-column character sets.
SOURCE = [
    "CREATE TABLE {s}.customers (code VARCHAR(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci NOT NULL,"
    " email VARCHAR(200) NOT NULL, referred_by VARCHAR(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci,"
    " name VARCHAR(100) CHARACTER SET latin1 COLLATE latin1_german1_ci,"
    " bio TEXT CHARACTER SET utf8mb3, tag CHAR(3) CHARACTER SET ascii, region VARCHAR(8) COLLATE utf8mb4_bin,"
    " PRIMARY KEY (code), UNIQUE KEY email_uq (email), KEY name_ix (name, region), KEY bio_prefix (bio(10)),"
    " FOREIGN KEY (referred_by) REFERENCES {s}.customers (code))"
    " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4",
    "CREATE TABLE {s}.orders (id INT NOT NULL, customer_code VARCHAR(40) CHARACTER SET utf8mb3"
    " COLLATE utf8mb3_unicode_ci NOT NULL, note VARCHAR(50) CHARACTER SET latin1, PRIMARY KEY (id),"
    " CONSTRAINT orders_customer FOREIGN KEY (customer_code) REFERENCES {s}.customers (code)) ENGINE=InnoDB",
    "CREATE TABLE {s}.lines (order_id INT NOT NULL, seq INT NOT NULL, sku VARCHAR(20), PRIMARY KEY (order_id, seq),"
    " FOREIGN KEY (order_id) REFERENCES {s}.orders (id)) ENGINE=InnoDB",
    "CREATE INDEX lines_sku ON {s}.lines (sku)",
    "CREATE TABLE {s}.events (id INT PRIMARY KEY, order_id INT, seq INT,"
    " CONSTRAINT events_line FOREIGN KEY (order_id, seq) REFERENCES {s}.lines (order_id, seq)) ENGINE=InnoDB",
]
RULES = {
    "customers": {
        "code": {"transform": "hash", "length": 32},
        "email": {"transform": "email"},
        "name": {"transform": "fake", "kind": "last_name"},
        "bio": {"transform": "hash", "length": 20},
        "tag": {"transform": "constant", "value": "XYZ"},
        "region": "keep",
    },
    "orders": {"id": "keep", "note": "null"},
    "lines": {"order_id": "keep", "seq": "keep", "sku": {"transform": "hash", "length": 8}},
    "events": {"id": "keep", "order_id": "keep", "seq": "keep"},
}


def _source(engine) -> str:
    schema = engine.fresh_schema("my")
    for statement in SOURCE:
        engine.conn.execute(statement.format(s=f"`{schema}`"))  # test-only DDL: the schema name is ours
    engine.insert(
        schema,
        "customers",
        ["code", "email", "referred_by", "name", "bio", "tag", "region"],
        [(f"c{i}", f"u{i}@example.org", None, "Müller", "bio ä", "abc", "eu") for i in range(30)],
    )
    engine.conn.execute(f"UPDATE `{schema}`.customers SET referred_by = 'c0' WHERE code <> 'c0'")  # test-only
    engine.insert(schema, "orders", ["id", "customer_code", "note"], [(i, f"c{i % 30}", "n") for i in range(60)])
    engine.insert(schema, "lines", ["order_id", "seq", "sku"], [(i % 60, i, f"s{i}") for i in range(90)])
    engine.insert(schema, "events", ["id", "order_id", "seq"], [(i, i % 60, i) for i in range(90)])
    return schema


def _run(engine, schema: str, *, constraints: bool | None = None):
    doc = {"version": 1, "source": {"schema": schema}, "target": {"schema": f"{schema}_masked"}}
    doc["tables"] = {t: {"columns": cols} for t, cols in RULES.items()}
    if constraints is not None:
        doc["target"]["constraints"] = constraints
    return mask(engine, doc)


def _encodings(engine, schema: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(charset, collation) of every text column of our tables (not the lookup and state tables a run adds)."""
    query = (
        "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS"
        " WHERE TABLE_SCHEMA = ? AND CHARACTER_SET_NAME IS NOT NULL AND TABLE_NAME NOT LIKE '\\_dm\\_%'"
        " AND TABLE_NAME <> '_datamask_meta'"
    )
    return {(t, c): (cs, co) for t, c, cs, co in engine.conn.query(query, [schema])}


def _keys(engine, schema: str) -> dict[str, tuple]:
    catalog = introspect(engine.conn)
    out = {}
    for table in ("customers", "orders", "lines", "events"):
        t = catalog.table(schema, table)
        out[table] = (
            t.primary_key,
            sorted(t.unique),
            sorted((fk.columns, fk.ref_table, fk.ref_columns) for fk in t.foreign_keys),
            sorted((ix.columns, ix.unique) for ix in t.indexes),
        )
    return out


def test_keys_indexes_and_charsets_are_recreated_on_mariadb(mariadb_engine):
    schema = _source(mariadb_engine)
    _, result = _run(mariadb_engine, schema)
    assert result.outcome == "succeeded"
    target = f"{schema}_masked"
    assert _keys(mariadb_engine, target) == _keys(mariadb_engine, schema)
    # The index InnoDB made for the self-reference is re-created before the key, so the key reuses it.
    assert _keys(mariadb_engine, target)["customers"][3] == [(("name", "region"), False), (("referred_by",), False)]
    assert _keys(mariadb_engine, target)["lines"][3] == [(("sku",), False)]
    # Every text column keeps its type, character set and collation, masked or kept.
    assert _encodings(mariadb_engine, target) == _encodings(mariadb_engine, schema)
    # The keys are enforced.
    code = rows(mariadb_engine, table_of(target, "customers"), ["code"])[0][0]
    customers = table_of(target, "customers")
    assert _rejected(mariadb_engine, customers, ["code", "email"], [code, "new@example.org"])
    assert _rejected(mariadb_engine, table_of(target, "orders"), ["id", "customer_code"], [10**6, "no-such"])
    assert not _rejected(mariadb_engine, table_of(target, "orders"), ["id", "customer_code"], [10**6, code])


def test_a_rerun_replaces_the_constrained_targets_and_constraints_can_be_turned_off(mariadb_engine):
    schema = _source(mariadb_engine)
    _run(mariadb_engine, schema)
    _, result = _run(mariadb_engine, schema)
    assert result.outcome == "succeeded"
    assert _keys(mariadb_engine, f"{schema}_masked")["orders"][2] == [(("customer_code",), "customers", ("code",))]
    _, result = _run(mariadb_engine, schema, constraints=False)
    assert result.outcome == "succeeded"
    assert _keys(mariadb_engine, f"{schema}_masked")["customers"][:3] == ((), [], [])
    # Charsets do not depend on the constraints.
    assert _encodings(mariadb_engine, f"{schema}_masked") == _encodings(mariadb_engine, schema)


def _policy(schema: str | None) -> str:
    doc: dict = {"version": 1, "target": {"schema": "dm_masked_nowhere"}, "tables": {"t": {"columns": {"v": "keep"}}}}
    if schema:
        doc["source"] = {"schema": schema}
    return yaml.safe_dump(doc)


def test_a_policy_without_source_schema_reads_the_url_database(mariadb_engine, tmp_path):
    schema = mariadb_engine.fresh_schema("url")
    mariadb_engine.create_table(schema, "t", [("v", "INT", True)])
    url = mariadb_engine.conn.url.rsplit("/", 1)[0] + f"/{schema}"
    policy = tmp_path / "p.yml"
    policy.write_text(_policy(None))
    planned = api.plan_policy(policy, url)
    assert planned.source_schema == schema and [t.name for t in planned.tables] == ["t"]


def test_a_missing_database_lists_no_other_database(mariadb_engine, tmp_path):
    other = mariadb_engine.fresh_schema("secret_db")
    mariadb_engine.create_table(other, "t", [("v", "INT", True)])
    policy = tmp_path / "p.yml"
    policy.write_text(_policy("no_such_db"))
    with pytest.raises(PlanError) as info:
        api.plan_policy(policy, mariadb_engine.conn.url)
    text = info.value.render()
    assert "no_such_db" in text and other not in text and "information_schema" not in text
    assert info.value.line == parse_policy(_policy("no_such_db"), "p.yml").lines.line(("source", "schema"))


def test_no_database_in_the_url_nor_the_policy_says_so_and_lists_none(mariadb_engine, tmp_path):
    other = mariadb_engine.fresh_schema("secret_db")
    mariadb_engine.create_table(other, "t", [("v", "INT", True)])
    policy = tmp_path / "p.yml"
    policy.write_text(_policy(None))
    with pytest.raises(PlanError) as info:
        api.plan_policy(policy, mariadb_engine.conn.url.rsplit("/", 1)[0])
    assert "names no source schema" in info.value.message and other not in info.value.render()
