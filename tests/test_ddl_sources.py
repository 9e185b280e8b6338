"""Schema files as people have them: keys added by ALTER TABLE, CREATE INDEX, unmodified pg_dump and mysqldump."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

import pytest
import sqlglot
import yaml
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.catalog import Catalog, introspect, read_ddl
from datamask_sql.cli import app
from datamask_sql.errors import CatalogError, PlanError
from datamask_sql.runner import run
from tests.engines import TEST_KEY, unavailable
from tests.relschema import join_count, table_of

DUMPS = Path(__file__).parent / "fixtures" / "dumps"


def _keys(catalog) -> dict[str, dict]:
    """Every key and index of a catalog by table name, as plain comparable data."""
    return {
        t.name: {
            "pk": t.primary_key,
            "unique": sorted(t.unique),
            "fks": sorted((fk.columns, fk.ref_schema, fk.ref_table, fk.ref_columns) for fk in t.foreign_keys),
            # Plain-column, whole-table indexes: what a DDL file is read for (the live reader also sees
            # expression and partial indexes, which schema files leave out by design).
            "indexes": sorted((ix.columns, ix.unique) for ix in t.indexes if ix.columns and not ix.partial),
        }
        for t in catalog.tables
    }


PG_DUMP_KEYS = {
    "customers": {"pk": ("id",), "unique": [("email",)], "fks": [], "indexes": []},
    "orders": {
        "pk": ("id",),
        "unique": [],
        "fks": [(("customer_id",), "dm_dump", "customers", ("id",))],
        "indexes": [(("code",), True)],
    },
    "order_lines": {
        "pk": ("order_id", "line"),
        "unique": [],
        "fks": [(("order_id",), "dm_dump", "orders", ("id",))],
        "indexes": [(("sku",), False)],
    },
    "Audit Log": {
        "pk": ("Id",),
        "unique": [],
        "fks": [(("Customer",), "dm_dump", "customers", ("id",))],
        "indexes": [],
    },
    # The partition events_2024 is part of events, not a table; expression and partial indexes are not read.
    "events": {"pk": ("id", "at"), "unique": [], "fks": [], "indexes": [(("body",), False)]},
}
MYSQLDUMP_KEYS = {
    "customers": {"pk": ("id",), "unique": [("email",)], "fks": [], "indexes": [(("name",), False)]},
    # CREATE UNIQUE INDEX is a unique key in MySQL; KEY cust_ix is the index InnoDB made for the foreign key.
    "orders": {
        "pk": ("id",),
        "unique": [("code",)],
        "fks": [(("customer_id",), "dm_dump", "customers", ("id",))],
        "indexes": [(("customer_id",), False)],
    },
    # FULLTEXT and prefix indexes are not re-created, so not read.
    "order_lines": {
        "pk": ("order_id", "line"),
        "unique": [],
        "fks": [(("order_id",), "dm_dump", "orders", ("id",))],
        "indexes": [],
    },
    "odd name": {"pk": ("key",), "unique": [], "fks": [], "indexes": []},
}


@pytest.mark.parametrize(
    ("dump", "dialect", "expected"),
    [
        ("pg_dump_schema_only.sql", "postgres", PG_DUMP_KEYS),
        ("pg_dump_full.sql", "postgres", PG_DUMP_KEYS),
        ("mysqldump_no_data.sql", "mysql", MYSQLDUMP_KEYS),
        ("mysqldump_full.sql", "mysql", MYSQLDUMP_KEYS),
    ],
)
def test_unmodified_dumps_are_read_with_every_key_and_no_warning(dump, dialect, expected, caplog):
    text = (DUMPS / dump).read_text()
    if dialect == "postgres":
        assert "\\restrict" in text and "OWNER TO" in text and "OWNED BY" in text and "nextval" in text
    else:
        assert "/*!40101" in text and "ENGINE=InnoDB" in text and "DROP TABLE IF EXISTS" in text
    with caplog.at_level(logging.DEBUG):
        catalog = read_ddl(DUMPS / dump, dialect, "dm_dump")
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []
    assert _keys(catalog) == expected
    assert catalog.notes == ()


def test_keys_added_by_alter_table_in_every_form(tmp_path):
    ddl = tmp_path / "s.sql"
    ddl.write_text(
        """
        CREATE TABLE parent (id INT, code TEXT, region TEXT);
        CREATE TABLE child (id INT, parent_id INT, parent_code TEXT, note TEXT);
        ALTER TABLE parent ADD PRIMARY KEY (id), ADD UNIQUE (code, region);
        ALTER TABLE ONLY child ADD CONSTRAINT child_pk PRIMARY KEY (id);
        ALTER TABLE IF EXISTS child ADD FOREIGN KEY (parent_id) REFERENCES parent;
        ALTER TABLE child ADD CONSTRAINT c_fk FOREIGN KEY (parent_code, note) REFERENCES parent (code, region)
          MATCH FULL ON UPDATE CASCADE NOT VALID;
        ALTER TABLE child ADD CONSTRAINT note_nonempty CHECK (note <> '');
        ALTER TABLE child ADD COLUMN extra INT;
        ALTER TABLE not_in_this_file ADD PRIMARY KEY (id);
        CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS child_note ON child USING btree (note DESC NULLS LAST);
        """
    )
    catalog = read_ddl(ddl, "postgres", "public")
    keys = _keys(catalog)
    assert keys["parent"] == {"pk": ("id",), "unique": [("code", "region")], "fks": [], "indexes": []}
    assert keys["child"] == {
        "pk": ("id",),
        "unique": [],
        "fks": [
            (("parent_code", "note"), "public", "parent", ("code", "region")),
            (("parent_id",), "public", "parent", ("id",)),
        ],
        "indexes": [(("note",), True)],
    }
    # A primary key added later makes its columns NOT NULL, as the engine does.
    assert not catalog.table("public", "parent").column("id").nullable


def test_a_key_that_cannot_be_read_is_an_error_at_its_line(tmp_path):
    ddl = tmp_path / "s.sql"
    ddl.write_text(
        "CREATE TABLE t (id INT);\nCREATE UNIQUE INDEX t_id ON t (id);\n"
        "ALTER TABLE t\n  ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_id;\n"
    )
    with pytest.raises(CatalogError) as info:
        read_ddl(ddl, "postgres", "public")
    assert info.value.line == 3 and "key" in info.value.message


SHOP_DDL = """
CREATE TABLE shop.customers (code VARCHAR(40) NOT NULL, email VARCHAR(200));
CREATE TABLE shop.orders (id INTEGER NOT NULL, customer_code VARCHAR(40), amount INTEGER);
ALTER TABLE ONLY shop.customers ADD CONSTRAINT customers_pkey PRIMARY KEY (code);
ALTER TABLE ONLY shop.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_code) REFERENCES shop.customers(code);
"""


def _shop_policy(tmp_path: Path, code_rule: dict) -> Path:
    policy = tmp_path / "policy.yml"
    doc = {
        "version": 1,
        "source": {"schema": "shop"},
        "target": {"schema": "masked"},
        "tables": {
            "customers": {"columns": {"code": code_rule, "email": "null"}},
            # The rule a user writes for the referencing column; the FK must give it the parent's domain.
            "orders": {"columns": {"id": "keep", "customer_code": code_rule, "amount": "keep"}},
        },
    }
    policy.write_text(yaml.safe_dump(doc))
    return policy


def test_a_parent_key_declared_by_alter_table_keeps_every_join(tmp_path, duckdb_engine):
    ddl = tmp_path / "schema.sql"
    ddl.write_text(SHOP_DDL)
    conn = duckdb_engine.conn
    conn.execute("CREATE SCHEMA shop")
    for statement in sqlglot.parse(SHOP_DDL, read="postgres"):
        if statement.key == "create":  # the data holds no keys: only the file declares them
            conn.execute(statement.sql("duckdb"))
    conn.execute("INSERT INTO shop.customers SELECT 'C' || i, 'u' || i || '@example.org' FROM range(59) r(i)")
    conn.execute("INSERT INTO shop.orders SELECT i, 'C' || (i % 59), i FROM range(412) r(i)")
    policy = _shop_policy(tmp_path, {"transform": "hash", "length": 32})
    compiled = api.compile_policy(policy, str(ddl), TEST_KEY, dialect="duckdb", source_dialect="postgres")
    result = run(conn, compiled.emitted, TEST_KEY)
    assert result.outcome == "succeeded"
    orders, customers = table_of("masked", "orders"), table_of("masked", "customers")
    assert join_count(duckdb_engine, orders, ("customer_code",), customers, ("code",)) == 412


def test_a_key_transform_squeezing_rows_is_refused_when_alter_table_declares_the_key(tmp_path):
    ddl = tmp_path / "schema.sql"
    ddl.write_text(SHOP_DDL.replace("VARCHAR(40)", "INTEGER"))
    policy = _shop_policy(tmp_path, {"transform": "hash_int", "min": 1, "max": 10})
    with pytest.raises(PlanError, match="primary or unique key"):
        api.compile_policy(policy, str(ddl), TEST_KEY, dialect="duckdb", source_dialect="postgres")


def test_a_schema_file_without_keys_gets_a_note_in_plan(tmp_path):
    ddl = tmp_path / "schema.sql"
    ddl.write_text("CREATE TABLE shop.customers (code VARCHAR(40), email VARCHAR(200));\n")
    policy = tmp_path / "policy.yml"
    policy.write_text(
        yaml.safe_dump(
            {
                "version": 1,
                "source": {"schema": "shop"},
                "target": {"schema": "masked"},
                "tables": {"customers": {"columns": {"code": "keep", "email": "null"}}},
            }
        )
    )
    result = CliRunner().invoke(app, ["plan", str(policy), "--source", str(ddl), "--dialect", "postgres"])
    assert result.exit_code == 0, result.output
    assert "schema.sql declares no primary, unique or foreign key" in " ".join(result.output.split())
    ddl.write_text("CREATE TABLE shop.customers (code VARCHAR(40) PRIMARY KEY, email VARCHAR(200));\n")
    assert not any("declares no" in n for n in api.plan_policy(policy, str(ddl), dialect="postgres").notes)


def _dump(command: list[str]) -> str:
    if shutil.which(command[0]) is None:
        unavailable(command[0], "not on PATH")
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _same_keys_as_live(engine, schema: str, dump: str, dialect: str, tmp_path: Path) -> None:
    path = tmp_path / "dump.sql"
    path.write_text(dump)
    from_file = read_ddl(path, dialect, schema)
    live = introspect(engine.conn)
    in_schema = lambda catalog: Catalog(tuple(t for t in catalog.tables if t.schema == schema), dialect)  # noqa: E731
    assert _keys(in_schema(from_file)) == _keys(in_schema(live))
    assert len(in_schema(live).tables) >= 4


def test_pg_dump_of_a_live_schema_reads_the_keys_the_server_has(postgres_engine, postgres_url, tmp_path):
    schema = postgres_engine.fresh_schema("dump")
    postgres_engine.conn.execute((DUMPS / "source_pg.sql").read_text().replace("dm_dump", schema))
    dump = _dump(["pg_dump", "--schema-only", "-n", schema, postgres_url])
    _same_keys_as_live(postgres_engine, schema, dump, "postgres", tmp_path)


@pytest.mark.parametrize(
    ("dump", "dialect", "tables"),
    [
        ("pg_dump_schema_only.sql", "postgres", ["customers", "orders", "order_lines"]),
        ("mysqldump_no_data.sql", "mysql", ["customers", "orders", "order_lines"]),
    ],
)
def test_a_dump_compiles_with_keys_inherited_along_its_foreign_keys(dump, dialect, tables, tmp_path, caplog):
    policy = tmp_path / "policy.yml"
    doc = {
        "version": 1,
        "source": {"schema": "dm_dump"},
        "target": {"schema": "masked"},
        "defaults": {"unlisted": "keep"},
        "tables": {t: {"columns": {}} for t in tables},
    }
    doc["tables"]["customers"]["columns"] = {
        "id": {"transform": "hash_int", "max": 2**31 - 1},
        "email": {"transform": "email"},
    }
    doc["tables"]["orders"]["columns"] = {"id": {"transform": "hash_int"}}
    policy.write_text(yaml.safe_dump(doc))
    with caplog.at_level(logging.WARNING):
        compiled = api.compile_policy(policy, str(DUMPS / dump), TEST_KEY, dialect=dialect)
    assert caplog.records == []
    reasons = {(t.name, c.name): c.reason for t in compiled.plan.tables for c in t.columns}
    assert reasons[("orders", "customer_id")].startswith("inherited from customers.id")
    assert reasons[("order_lines", "order_id")].startswith("inherited from orders.id")


def test_mysqldump_of_a_live_database_reads_the_keys_the_server_has(mariadb_engine, tmp_path):
    schema = mariadb_engine.fresh_schema("dump")
    script = "\n".join(
        line for line in (DUMPS / "source_mysql.sql").read_text().splitlines() if not line.startswith("--")
    )
    before = mariadb_engine.conn.query("SELECT DATABASE()")[0][0]
    mariadb_engine.conn.execute(f"USE `{schema}`")  # test-only: the name is ours
    try:
        for statement in script.split(";\n"):
            if statement.strip():
                mariadb_engine.conn.execute(statement)
    finally:
        mariadb_engine.conn.execute(f"USE `{before}`")  # the session connection is shared
    dump = _dump(["mysqldump", "--no-data", "-h127.0.0.1", "-uroot", schema])
    _same_keys_as_live(mariadb_engine, schema, dump, "mysql", tmp_path)
    columns = {
        (t.name, c.name): (c.charset, c.collation)
        for t in introspect(mariadb_engine.conn).tables
        if t.schema == schema
        for c in t.columns
    }
    path = tmp_path / "dump.sql"
    from_file = {
        (t.name, c.name): (c.charset, c.collation) for t in read_ddl(path, "mysql", schema).tables for c in t.columns
    }
    assert from_file == columns and columns[("customers", "name")] == ("utf8mb3", "utf8mb3_unicode_ci")
