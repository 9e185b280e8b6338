"""Dialect behaviour on real engines: fail closed without a key, charsets, generated text through every engine."""

from __future__ import annotations

import pytest
import sqlglot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlglot import exp

from datamask_sql import api, reference
from datamask_sql.catalog import introspect
from datamask_sql.connection import DRIVER_ERRORS, SparkConnection, connect
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.transforms import RefContext, get_transform
from tests.conftest import EXECUTABLE, MYSQL_URL
from tests.engines import TEST_KEY, Engine, column_of, mask_column, mask_tables, policy_text


@pytest.fixture(params=EXECUTABLE)
def engine(request):
    """This module checks dialect behaviour on all four engines, not just the two property-test ones."""
    return request.getfixturevalue(f"{request.param}_engine")


def _fresh_session(engine: Engine):
    """A connection that has never been given the key (the fixtures' may have been)."""
    if engine.name == "mariadb":
        return connect(MYSQL_URL)
    if engine.name == "spark":
        return SparkConnection(engine.conn.raw.newSession(), engine.conn.url)
    return engine.conn


def test_an_unset_key_fails_the_statement_instead_of_hashing_null(engine):
    conn = _fresh_session(engine)
    dialect = get_dialect(conn.dialect)
    digest = dialect.sha256_hex(dialect.concat(dialect.key(), exp.Literal.string("x")))
    with pytest.raises(DRIVER_ERRORS):
        conn.query(to_sql(dialect, exp.select(digest)))
    conn.execute(to_sql(dialect, dialect.set_key()), [TEST_KEY.value])
    assert conn.query(to_sql(dialect, exp.select(digest)))[0][0] == reference.sha256_hex(TEST_KEY.value + "x")


def test_mariadb_hashes_utf8_whatever_the_column_charset(mariadb_engine):
    values = ["Zoë", "café crème", "", "naïve ", None]
    schema = mariadb_engine.fresh_schema("l")
    mariadb_engine.create_table(schema, "t", [("id", "INT", False), ("v", "VARCHAR(40)", True)], ("id",))
    # latin1 stores these in single bytes; the digest must still be over their UTF-8 bytes.
    alter = exp.Alter(
        this=exp.table_("t", db=schema),
        kind="TABLE",
        actions=[
            exp.ModifyColumn(
                this=exp.ColumnDef(
                    this=exp.to_identifier("v"),
                    kind=exp.DataType.build("VARCHAR(40) CHARACTER SET latin1", dialect="mysql"),
                )
            )
        ],
    )
    mariadb_engine.conn.execute(mariadb_engine.sql(alter))
    mariadb_engine.insert(schema, "t", ["id", "v"], list(enumerate(values)))
    target, compiled, _ = mask_tables(mariadb_engine, schema, {"t": {"id": "keep", "v": {"transform": "hash"}}})
    got = [r[1] for r in mariadb_engine.select(target, "t", ["id", "v"], "id")]
    cp = compiled.plan.tables[0].columns[1]
    assert got == [None if v is None else reference.digest(TEST_KEY.value, cp.domain, v)[:40] for v in values]


def test_mysql_char_trailing_blanks_do_not_change_the_digest(mariadb_engine):
    out = mask_column(mariadb_engine, "CHAR(6)", ["ab", "ab  "], {"transform": "hash", "length": 6})
    assert out[0] == out[1] == reference.digest(TEST_KEY.value, "t.v", "ab")[:6]


# Text the way users have it: any code point engines store (no NUL, no lone surrogates), often with
# the characters masking rules treat specially.
TEXT = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x00") | st.sampled_from(" -@.'\\\"%_?é\u0301👩‍👧"),
    max_size=30,
)
RULES = [
    {"transform": "hash", "length": 20},
    {"transform": "email", "keep_domain": True},
    {"transform": "partial", "keep_first": 1, "keep_last": 2, "separators": " -."},
]


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(TEXT | st.none(), min_size=1, max_size=12))
def test_generated_text_matches_the_reference_on_every_engine(engine, values):
    schema = engine.fresh_schema("h")
    engine.create_table(
        schema, "t", [("id", "INT", False)] + [(f"v{i}", "VARCHAR(200)", True) for i in range(len(RULES))], ("id",)
    )
    engine.insert(
        schema,
        "t",
        ["id"] + [f"v{i}" for i in range(len(RULES))],
        [(i, *([v] * len(RULES))) for i, v in enumerate(values)],
    )
    columns = {"id": "keep", **{f"v{i}": rule for i, rule in enumerate(RULES)}}
    target, compiled, _ = mask_tables(engine, schema, {"t": columns})
    rows = engine.select(target, "t", list(columns), "id")
    plans = {cp.name: cp for cp in compiled.plan.tables[0].columns}
    for i, rule in enumerate(RULES):
        params = dict(rule)
        transform = get_transform(params.pop("transform"))
        cp = plans[f"v{i}"]
        ctx = RefContext(TEST_KEY.value, cp.domain, cp.column)
        want = [None if v is None else transform.reference(v, ctx, transform.Params(**params)) for v in values]
        assert [r[i + 1] for r in rows] == want, f"{engine.name} {rule}"


def test_column_types_introspect_to_the_same_logical_types(engine):
    expected = {
        "VARCHAR(20)": "text",
        "CHAR(3)": "char",
        "SMALLINT": "integer",
        "BIGINT": "integer",
        "DECIMAL(10,2)": "decimal",
        "BOOLEAN": "boolean",
        "DATE": "date",
        "TIMESTAMP": "timestamp",
    }
    if engine.name == "duckdb":
        expected["CHAR(3)"] = "text"  # DuckDB has no CHAR: it is an alias of VARCHAR
    assert {t: column_of(engine, t).logical for t in expected} == expected


def test_rerun_swaps_over_an_existing_target_and_leaves_no_staging(engine):
    schema = engine.fresh_schema("r")
    engine.create_table(schema, "p", [("id", "INT", False), ("email", "VARCHAR(80)", False)], ("id",))
    engine.insert(schema, "p", ["id", "email"], [(1, "a@x.org"), (2, "b@y.org")])
    policy = {"p": {"id": "keep", "email": {"transform": "email"}}}
    target, _, first = mask_tables(engine, schema, policy)
    before = engine.select(target, "p", ["id", "email"], "id")
    _, _, second = mask_tables(engine, schema, policy)
    assert second.outcome == first.outcome == "succeeded"
    assert engine.select(target, "p", ["id", "email"], "id") == before
    leftovers = [t.name for t in introspect(engine.conn).tables if t.schema == target and t.name.startswith("_dm_")]
    assert leftovers == []


def test_a_dialect_that_cannot_express_a_primitive_fails_at_compile_time_naming_the_transform():
    class NoRegex(type(get_dialect("postgres"))):
        name = "noregex"

        def mask_except(self, text, keep_class, mask):
            raise self.unsupported("masking by character class", "use partial with separators: ''")

    from datamask_sql.catalog import Catalog, Column, Table
    from datamask_sql.errors import UnsupportedError
    from datamask_sql.plan import plan
    from datamask_sql.policy import parse_policy
    from datamask_sql.render import render

    catalog = Catalog(
        (
            Table(
                "s",
                "t",
                (Column("id", exp.DataType.build("INT"), False), Column("card", exp.DataType.build("VARCHAR(20)"))),
            ),
        ),
        "postgres",
    )
    policy = parse_policy(
        policy_text("s", "m", {"t": {"id": "keep", "card": {"transform": "partial", "keep_last": 4}}}), "p.yml"
    )
    with pytest.raises(UnsupportedError) as info:
        render(plan(policy, catalog), NoRegex())
    text = info.value.render()
    assert text.startswith("p.yml:")
    assert "tables.t.columns.card" in text and "transform 'partial'" in text and "noregex" in text
    assert "separators: ''" in text


def test_run_policy_on_an_open_spark_session(spark_engine, tmp_path):
    schema = spark_engine.fresh_schema("api")
    spark_engine.create_table(schema, "t", [("id", "INT", False), ("v", "VARCHAR(40)", True)])
    spark_engine.insert(schema, "t", ["id", "v"], [(1, "ana@example.org"), (2, None)])
    policy = tmp_path / "policy.yml"
    policy.write_text(policy_text(schema, f"{schema}_m", {"t": {"id": "keep", "v": {"transform": "email"}}}))
    result = api.run_policy(
        policy, spark_engine.conn.url, TEST_KEY, out_dir=tmp_path / "out", connection=spark_engine.conn
    )
    assert result.outcome == "succeeded" and result.rows == {"t": 2}
    got = spark_engine.select(f"{schema}_m", "t", ["id", "v"], "id")
    assert got[1][1] is None and got[0][1].endswith(("@example.com", "@example.net", "@example.org"))


def test_add_days_moves_dates_and_timestamps_like_python(engine):
    import datetime as dt

    values = [
        (dt.date(2000, 2, 28), dt.datetime(2000, 2, 28, 23, 59, 59, 999999), 1),
        (dt.date(2024, 3, 1), dt.datetime(2024, 3, 1, 0, 0, 0, 1), -1),
        (dt.date(1970, 1, 1), dt.datetime(1970, 1, 1, 12, 30), -400),
        (dt.date(9998, 12, 31), dt.datetime(2038, 1, 19, 3, 14, 7), 365),
    ]
    schema = engine.fresh_schema("d")
    engine.create_table(
        schema, "t", [("id", "INT", False), ("d", "DATE", True), ("ts", "TIMESTAMP", True), ("n", "INT", True)], ("id",)
    )
    engine.insert(schema, "t", ["id", "d", "ts", "n"], [(i, *v) for i, v in enumerate(values)])
    table = introspect(engine.conn).table(schema, "t")
    dialect = engine.dialect
    src = exp.column("n")
    projections = [exp.column("id")]
    for name in ("d", "ts"):
        column = table.column(name)
        moved = dialect.cast(dialect.add_days(exp.column(name), src.copy(), column.logical), column.data_type)
        projections.append(dialect.canonical_text(moved, column.logical, column.data_type))
    query = exp.select(*projections).from_(exp.table_("t", db=schema)).order_by("id")
    got = [tuple(r[1:]) for r in engine.conn.query(engine.sql(query))]
    want = [
        (
            reference.canonical_text(d + dt.timedelta(days=n), "date"),
            reference.canonical_text(ts + dt.timedelta(days=n), "timestamp"),
        )
        for d, ts, n in values
    ]
    assert got == want


def test_replace_at_overwrites_one_code_point(engine):
    """The Luhn check digit is written with it: one code point at the position, an empty text stays empty."""
    d = engine.dialect
    for text, position, char in [
        ("", 1, ""),
        ("a", 1, "z"),
        ("\u00e4\u20acb", 2, "x"),
        ("12345", 5, "9"),
        ("12", 1, "7"),
    ]:
        replaced = d.replace_at(exp.Literal.string(text), exp.Literal.number(position), exp.Literal.string(char))
        assert (
            engine.conn.query(engine.sql(exp.select(replaced)))[0][0] == text[: position - 1] + char + text[position:]
        )


def test_mariadb_introspects_keys_and_mysql_types(mariadb_engine):
    conn, mysql = mariadb_engine.conn, mariadb_engine.dialect
    schema = mariadb_engine.fresh_schema("i")
    ddl = [
        f"CREATE TABLE {schema}.p (a INT, b VARCHAR(10), flag TINYINT(1), n INT UNSIGNED NOT NULL, "
        "PRIMARY KEY (a, b), UNIQUE (n))",
        f"CREATE TABLE {schema}.c (id BIGINT PRIMARY KEY, pa INT, pb VARCHAR(10), "
        "FOREIGN KEY (pa, pb) REFERENCES p (a, b))",
    ]
    for statement in ddl:  # test-only DDL on a schema name the test generated
        conn.execute(to_sql(mysql, sqlglot.parse_one(statement, read="mysql")))
    catalog = introspect(conn)
    p, c = catalog.table(schema, "p"), catalog.table(schema, "c")
    assert p.primary_key == ("a", "b") and p.unique == (("n",),)
    assert [(col.name, col.logical, col.nullable) for col in p.columns] == [
        ("a", "integer", False),
        ("b", "text", False),
        ("flag", "boolean", True),
        ("n", "integer", False),
    ]
    assert [(fk.columns, fk.ref_schema, fk.ref_table, fk.ref_columns) for fk in c.foreign_keys] == [
        (("pa", "pb"), schema, "p", ("a", "b"))
    ]


def test_cli_runs_on_a_mysql_url(mariadb_engine, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from datamask_sql.cli import app

    schema = mariadb_engine.fresh_schema("cli")
    mariadb_engine.create_table(schema, "t", [("id", "INT", False), ("v", "VARCHAR(40)", True)], ("id",))
    mariadb_engine.insert(schema, "t", ["id", "v"], [(1, "Zoë"), (2, None)])
    policy = tmp_path / "policy.yml"
    policy.write_text(policy_text(schema, f"{schema}_masked", {"t": {"id": "keep", "v": {"transform": "hash"}}}))
    monkeypatch.setenv("DATAMASK_SECRET", "test-secret-0001")
    result = CliRunner().invoke(app, ["run", str(policy), "--source", MYSQL_URL, "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    got = mariadb_engine.select(f"{schema}_masked", "t", ["id", "v"], "id")
    assert got == [(1, reference.digest(TEST_KEY.value, "t.v", "Zoë")[:40]), (2, None)]
    assert "test-secret-0001" not in result.output and TEST_KEY.value not in result.output
