"""MySQL and MariaDB declare a staged table's primary key in its CREATE ... SELECT (adding it afterwards rebuilds the
whole InnoDB table), so the swap only adds unique keys and indexes and renames. The key still fails closed: a
duplicate it refuses as the table is built is the verdict verify's unique check gives, the previous target stays
as it was and no staging table is left; and the built columns keep the types and nullability they had before."""

from __future__ import annotations

import pytest
import yaml
from sqlglot import exp

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.dialects import get_dialect
from datamask_sql.dialects.keys import TableShape
from datamask_sql.errors import RunError
from datamask_sql.policy import parse_policy
from datamask_sql.runner import run
from tests.engines import TEST_KEY


def _shape() -> TableShape:
    stage = exp.table_("_dm_stage_x", db="m")
    target = exp.table_("t", db="m")
    return TableShape(stage, target, (), ("id",), (("email",),))


class _DriverError(Exception):
    """Stands in for pymysql's errors: (code, message) args."""


def test_mysql_declares_only_the_primary_key_in_the_stage():
    mysql, shape = get_dialect("mysql"), _shape()
    declared = mysql.keyed_stage(shape)
    assert [type(c.expressions[0]) for c in declared] == [exp.PrimaryKey]
    sql = mysql.create_table_as(shape.stage, exp.select("id", "email").from_("s"), declared).sql("mysql")
    assert sql.startswith("CREATE TABLE m._dm_stage_x (CONSTRAINT _dm_pk_") and "PRIMARY KEY (id)) AS SELECT" in sql
    swap = " ".join(s.sql("mysql") for s in mysql.swap_with_constraints([shape]))
    assert "PRIMARY KEY" not in swap and "UNIQUE (email)" in swap
    # Engines that re-create keys in the swap declare none in the CTAS.
    for name in ("duckdb", "postgres", "spark", "snowflake"):
        assert get_dialect(name).keyed_stage(shape) == []


@pytest.mark.parametrize(
    ("args", "key"),
    [
        ((1062, "Duplicate entry '7' for key 'PRIMARY'"), ("id",)),
        ((1062, "Duplicate entry 'it''s for key ''x''' for key 't.PRIMARY'"), ("id",)),  # MySQL 8.0.19+
        ((1062, f"Duplicate entry 'a@b' for key '{_shape().constraint_name('uq', 0)}'"), ("email",)),
        ((1062, "Duplicate entry '7' for key 'someone_elses'"), None),
        ((1048, "Column 'id' cannot be null"), None),
        (("not a code",), None),
    ],
)
def test_mysql_duplicate_key_reads_error_1062(args, key):
    assert get_dialect("mysql").duplicate_key(_DriverError(*args), _shape()) == key
    assert get_dialect("postgres").duplicate_key(_DriverError(*args), _shape()) is None


def _policy(source: str, target: str, *, constraints: bool = True, declared: bool = False) -> str:
    table: dict = {"columns": {"id": "keep", "code": "keep", "email": "email", "n": "keep"}}
    if declared:
        table["primary_key"] = ["id"]
    document = {
        "version": 1,
        "source": {"schema": source},
        "target": {"schema": target, "constraints": constraints},
        "tables": {"t": table},
    }
    return yaml.safe_dump(document, sort_keys=False)


def _run(engine, text: str):
    policy = parse_policy(text, "keyed-stage.yml")
    compiled = api.compile_inputs(policy, introspect(engine.conn), engine.dialect, TEST_KEY, source=engine.conn.url)
    return run(engine.conn, compiled.emitted, TEST_KEY)


def _columns(engine, schema: str) -> list[tuple]:
    return engine.conn.query(
        "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, CHARACTER_SET_NAME, COLLATION_NAME "
        "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 't' ORDER BY ORDINAL_POSITION",
        [schema],
    )


def _tables(engine, schema: str) -> list[str]:
    rows = engine.conn.query("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?", [schema])
    return sorted(r[0] for r in rows)


ROWS = [(1, "A1", "a@x.example", 5), (2, "B2", "b@x.example", None), (3, "C3", None, 7)]


def test_keyed_stage_keeps_column_types(mariadb_engine):
    """The target's columns are what they were with the key added after the CTAS: the same with keys re-created
    or not (a kept key column is NOT NULL either way), and the primary key is there."""
    engine = mariadb_engine
    source = engine.fresh_schema("i8swap")
    columns = [("id", "INT", False), ("code", "VARCHAR(8)", False), ("email", "VARCHAR(80)", True), ("n", "INT", True)]
    engine.create_table(source, "t", columns, ("id",))
    engine.insert(source, "t", ["id", "code", "email", "n"], ROWS)
    keyed, plain = f"{source}_k", f"{source}_p"
    engine.schemas += [keyed, plain]
    _run(engine, _policy(source, keyed))
    _run(engine, _policy(source, plain, constraints=False))
    assert _columns(engine, keyed) == _columns(engine, plain)
    assert [r[:3] for r in _columns(engine, keyed)] == [
        ("id", "int(11)", "NO"),
        ("code", "varchar(8)", "NO"),
        ("email", "varchar(80)", "YES"),
        ("n", "int(11)", "YES"),
    ]
    key = engine.conn.query(
        "SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
        "WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 't' AND CONSTRAINT_NAME = 'PRIMARY'",
        [keyed],
    )
    assert key == [("id",)]


def test_duplicate_key_fails_as_verify_does(mariadb_engine):
    """A primary key the policy declares on a source that does not hold it unique: the staged CREATE refuses the
    repeated id (MariaDB error 1062); the run fails with verify's unique verdict naming the table and the key,
    quotes no value, leaves the previous target as it was and no staging or old table behind."""
    engine = mariadb_engine
    source = engine.fresh_schema("i8swap")
    columns = [("id", "INT", False), ("code", "VARCHAR(8)", False), ("email", "VARCHAR(80)", True), ("n", "INT", True)]
    engine.create_table(source, "t", columns)
    engine.insert(source, "t", ["id", "code", "email", "n"], ROWS)
    target = f"{source}_masked"
    text = _policy(source, target, declared=True)
    assert _run(engine, text).outcome == "succeeded"
    before = engine.select(target, "t", ["id", "code", "email", "n"], "id")
    engine.insert(source, "t", ["id", "code", "email", "n"], [(2, "D4", "dup@x.example", 9)])
    with pytest.raises(RunError) as failure:
        _run(engine, text)
    message = failure.value.message
    assert message.startswith("verification failed, target left unchanged: unique t(id): duplicate value(s)")
    assert "Duplicate entry" not in message and "'2'" not in message
    result = failure.value.result
    assert result.outcome == "failed"
    assert [(c.name, c.table, c.ok) for c in result.checks] == [("unique", "t(id)", False)]
    assert engine.select(target, "t", ["id", "code", "email", "n"], "id") == before
    assert _tables(engine, target) == ["_datamask_meta", "t"]


def test_without_keys_verify_counts_the_duplicate(mariadb_engine):
    """With constraints off nothing is declared in the CTAS: verify's own query finds and counts the duplicate."""
    engine = mariadb_engine
    source = engine.fresh_schema("i8swap")
    columns = [("id", "INT", False), ("code", "VARCHAR(8)", False), ("email", "VARCHAR(80)", True), ("n", "INT", True)]
    engine.create_table(source, "t", columns)
    engine.insert(source, "t", ["id", "code", "email", "n"], [*ROWS, (2, "D4", "dup@x.example", 9)])
    with pytest.raises(RunError) as failure:
        _run(engine, _policy(source, f"{source}_masked", constraints=False, declared=True))
    assert failure.value.message == "verification failed, target left unchanged: unique t(id): 1 duplicate value(s)"
