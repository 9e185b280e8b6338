"""Consistency domains: shared on purpose by name, separate by default; types and NOT NULL survive masking."""

from sqlglot import exp

from datamask_sql.emit.sql import to_sql
from tests.engines import mask_tables


def _two_tables(engine):
    schema = engine.fresh_schema()
    for table in ("crm_contacts", "billing_accounts"):
        engine.create_table(schema, table, [("id", "INT", False), ("mail", "VARCHAR(120)", False)], primary_key=("id",))
        engine.insert(schema, table, ["id", "mail"], [(1, "ana@corp.example"), (2, "bo@corp.example")])
    return schema


def test_named_domain_shares_outputs_across_unrelated_tables(engine):
    schema = _two_tables(engine)
    rule = {"transform": "email", "domain": "person.email"}
    target, _, _ = mask_tables(
        engine, schema, {"crm_contacts": {"id": "keep", "mail": rule}, "billing_accounts": {"id": "keep", "mail": rule}}
    )
    assert engine.select(target, "crm_contacts", ["id", "mail"], "id") == engine.select(
        target, "billing_accounts", ["id", "mail"], "id"
    )


def test_default_domains_differ_per_column(engine):
    schema = _two_tables(engine)
    target, _, _ = mask_tables(
        engine,
        schema,
        {"crm_contacts": {"id": "keep", "mail": "email"}, "billing_accounts": {"id": "keep", "mail": "email"}},
    )
    a = engine.select(target, "crm_contacts", ["mail"], "mail")
    b = engine.select(target, "billing_accounts", ["mail"], "mail")
    assert not set(a) & set(b)


def test_types_lengths_order_and_not_null_survive(postgres_engine):
    engine = postgres_engine
    schema = engine.fresh_schema()
    columns = [
        ("id", "BIGINT", False),
        ("code", "CHAR(4)", False),
        ("mail", "VARCHAR(80)", True),
        ("amount", "DECIMAL(12, 3)", False),
        ("born", "DATE", True),
        ("seen", "TIMESTAMP", False),
        ("flag", "BOOLEAN", True),
        ("note", "TEXT", True),
    ]
    engine.create_table(schema, "t", columns, primary_key=("id",))
    target, _, _ = mask_tables(
        engine,
        schema,
        {
            "t": {
                "id": "keep",
                "code": {"transform": "hash", "length": 4},
                "mail": "email",
                "amount": "keep",
                "born": "null",
                "seen": "keep",
                "flag": "keep",
                "note": "partial",
            }
        },
    )
    query = (
        exp.select("attname", exp.func("format_type", exp.column("atttypid"), exp.column("atttypmod")), "attnotnull")
        .from_("pg_attribute")
        .where(
            exp.column("attrelid")
            .eq(exp.cast(exp.Placeholder(), exp.DataType.build("REGCLASS", dialect="postgres")))
            .and_(exp.column("attnum") > 0)
        )
        .order_by("attnum")
    )
    shape = lambda s: engine.conn.query(to_sql(engine.dialect, query), [f'"{s}"."t"'])  # noqa: E731
    assert shape(target) == shape(schema)
