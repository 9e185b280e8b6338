"""Which columns plan proposes as relations, from names and types alone (a schema file has no values)."""

from __future__ import annotations

import warnings

import pytest

from datamask_sql import api
from datamask_sql.errors import DatamaskWarning
from datamask_sql.policy import load_policy


def plan_ddl(tmp_path, ddl: str, tables: str, extra: str = "", **kwargs):
    (tmp_path / "s.sql").write_text(ddl)
    (tmp_path / "p.yml").write_text(f"version: 1\ndefaults: {{unlisted: keep}}\n{extra}tables:\n{tables}")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DatamaskWarning)
        the_plan = api.plan_policy(tmp_path / "p.yml", str(tmp_path / "s.sql"), dialect="postgres", **kwargs)
    return the_plan, [str(w.message) for w in caught]


SHOP = """
CREATE TABLE customers (id INT PRIMARY KEY, email VARCHAR(80));
CREATE TABLE orders (id INT PRIMARY KEY, customer_id BIGINT, coupon_code VARCHAR(8), amount INT);
CREATE TABLE coupons (id INT PRIMARY KEY, code VARCHAR(8) UNIQUE);
CREATE TABLE payment (payment_id INT PRIMARY KEY, customer_id INT, order_ref INT);
"""


def test_a_schema_file_gives_name_and_type_evidence_and_says_so(tmp_path):
    the_plan, warned = plan_ddl(tmp_path, SHOP, "  customers: {columns: {id: {transform: hash_int}}}\n  orders: {}\n")
    assert [(p.relation, p.measured) for p in the_plan.proposed] == [("orders.customer_id -> customers.id", False)]
    assert the_plan.proposed[0].evidence == "name and type only: a schema file has no values to measure"
    assert len(warned) == 1 and "orders.customer_id, which likely references it, gets keep" in warned[0]


@pytest.mark.parametrize(
    ("ddl", "expected"),
    [
        # the key's own name: payment.customer_id -> customer.customer_id (Sakila's style)
        (
            "CREATE TABLE customer (customer_id INT PRIMARY KEY);"
            "CREATE TABLE payment (payment_id INT PRIMARY KEY, customer_id INT);",
            ["payment.customer_id -> customer.customer_id"],
        ),
        # plural and -ies tables, camel-case ids
        (
            "CREATE TABLE categories (id INT PRIMARY KEY); CREATE TABLE items (id INT PRIMARY KEY, categoryid INT);",
            ["items.categoryid -> categories.id"],
        ),
        # a same-name unique text key
        (
            "CREATE TABLE coupons (id INT PRIMARY KEY, coupon_code VARCHAR(8) UNIQUE);"
            "CREATE TABLE orders (id INT PRIMARY KEY, coupon_code CHAR(8));",
            ["orders.coupon_code -> coupons.coupon_code"],
        ),
        # types differ: a text customer_id cannot hold an integer key's values
        (
            "CREATE TABLE customers (id INT PRIMARY KEY); CREATE TABLE orders (id INT PRIMARY KEY, customer_id TEXT);",
            [],
        ),
        # the generic 'id' is every table's key, not a reference; nor is a table's own same-named key
        (
            "CREATE TABLE customer (customer_id INT PRIMARY KEY); CREATE TABLE customer_extra "
            "(customer_id INT PRIMARY KEY, id INT);",
            [],
        ),
        # a recorded foreign key is not proposed again
        (
            "CREATE TABLE customers (id INT PRIMARY KEY);"
            "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT REFERENCES customers (id));",
            [],
        ),
    ],
)
def test_which_names_are_proposed(tmp_path, ddl, expected):
    tables = "".join(f"  {t}: {{}}\n" for t in ("customer", "customers", "payment", "categories", "items", "coupons"))
    tables += "".join(f"  {t}: {{}}\n" for t in ("orders", "customer_extra"))
    present = [t for t in tables.splitlines() if f"TABLE {t.strip().split(':')[0]} " in ddl]
    the_plan, _ = plan_ddl(tmp_path, ddl, "\n".join(present) + "\n")
    assert [p.relation for p in the_plan.proposed] == expected


def test_a_declared_relation_is_not_proposed_and_an_ambiguous_one_is_noted(tmp_path):
    ddl = (
        "CREATE TABLE products (id INT PRIMARY KEY, sku VARCHAR(20) UNIQUE);"
        "CREATE TABLE archive (id INT PRIMARY KEY, sku VARCHAR(20) UNIQUE);"
        "CREATE TABLE lines (id INT PRIMARY KEY, sku VARCHAR(20), product_id INT);"
    )
    tables = "  products: {}\n  archive: {}\n  lines: {}\n"
    the_plan, _ = plan_ddl(tmp_path, ddl, tables, "relations: [lines.product_id -> products.id]\n")
    assert the_plan.proposed == ()
    assert "lines.sku may reference any of products.sku, archive.sku: declare the right one under relations:" in (
        the_plan.notes
    )


def test_written_relations_for_quoted_and_other_schema_names_load_back(tmp_path):
    ddl = (
        'CREATE TABLE "Customers" (id INT PRIMARY KEY);'
        'CREATE TABLE "Order Lines" (id INT PRIMARY KEY, "Customers_Id" INT);'
        "CREATE TABLE support.tickets (id INT PRIMARY KEY, customers_id INT);"
    )
    tables = "  Customers: {columns: {id: {transform: hash_int}}}\n  Order Lines: {}\n  support.tickets: {}\n"
    the_plan, _ = plan_ddl(tmp_path, ddl, tables, write_relations=True)
    written = ['"Order Lines".Customers_Id -> Customers.id', "support.tickets.customers_id -> Customers.id"]
    assert [r.text for r in load_policy(tmp_path / "p.yml").relations] == written
    assert the_plan.proposed == ()
    inherited = {c.name: c.reason for t in the_plan.tables for c in t.columns if "inherited" in c.reason}
    assert set(inherited) == {"Customers_Id", "customers_id"}
