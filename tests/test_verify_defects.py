"""Verify catches what it exists to catch, whatever form each engine's queries take: a masked value equal to
another row's source value (compared as the column compares: without case under MariaDB's default collation), a
duplicated key, a reference that no longer joins, and cells left as they were. Each defect is made by hand in a
copy of a masked target, and only the check meant for it fails."""

from __future__ import annotations

import pytest
from sqlglot import exp

from datamask_sql.catalog import introspect
from datamask_sql.verify import Check, verify
from tests.engines import mask_tables

PARENTS = [(i, None if i == 6 else f"user{i}@corp.example", f"C{i:04d}") for i in range(1, 7)]
# No child references parent 1 or 5, so a copy of row 5 renamed to 1 changes no join.
CHILDREN = [(1, 2, "a"), (2, 3, "b"), (3, 2, "c"), (4, 3, "d")]
# `side` is named like a column of MariaDB's leak query, which must not mistake one for the other.
RULES = {
    "parent": {"id": "keep", "email": "email", "side": "hash"},
    "child": {"id": "keep", "parent_id": "keep", "note": "keep"},
}


@pytest.fixture(params=("duckdb", "postgres", "mariadb"))
def masked(request):
    """(engine, source schema, masked target schema, compiled) for the two tables, masked and verified once."""
    engine = request.getfixturevalue(f"{request.param}_engine")
    schema = engine.fresh_schema("vd")
    engine.create_table(
        schema, "parent", [("id", "INT", False), ("email", "VARCHAR(80)", True), ("side", "VARCHAR(12)", True)], ("id",)
    )
    engine.create_table(
        schema,
        "child",
        [("id", "INT", False), ("parent_id", "INT", True), ("note", "VARCHAR(10)", True)],
        ("id",),
        foreign_keys=(("parent_id", "parent", "id"),),
    )
    engine.insert(schema, "parent", ["id", "email", "side"], PARENTS)
    engine.insert(schema, "child", ["id", "parent_id", "note"], CHILDREN)
    target, compiled, result = mask_tables(engine, schema, RULES)
    assert all(c.ok for c in result.checks), [c for c in result.checks if not c.ok]
    return engine, schema, target, compiled


def _table(schema: str, name: str) -> exp.Table:
    return exp.table_(exp.to_identifier(name), db=exp.to_identifier(schema))


def _verify_copy(masked, *changes: exp.Expression) -> list[Check]:
    """The failing checks of a copy of the masked tables (no constraints) after `changes` ({schema} filled in)."""
    engine, _, target, compiled = masked
    copy = engine.fresh_schema("vc")
    for name in RULES:
        select = exp.select("*").from_(_table(target, name))
        engine.conn.execute(engine.sql(engine.dialect.create_table_as(_table(copy, name), select)))
    for change in changes:
        change = change.copy()
        for table in change.find_all(exp.Table):
            table.set("db", exp.to_identifier(copy))
        engine.conn.execute(engine.sql(change))
    checks = verify(engine.conn, engine.dialect, compiled.plan, built=lambda name: _table(copy, name))
    assert checks, "verify ran no checks"
    return [c for c in checks if not c.ok]


def _set(table: str, column: str, value: str | int, row: int) -> exp.Expression:
    literal = exp.Literal.string(value) if isinstance(value, str) else exp.Literal.number(value)
    return exp.update(table, {column: literal}, where=exp.EQ(this=exp.column("id"), expression=exp.Literal.number(row)))


def test_an_untouched_copy_passes(masked):
    assert _verify_copy(masked) == []


def test_a_source_value_of_another_row_is_a_leak_compared_as_the_column_compares(masked):
    engine, schema, _, _ = masked
    collation = introspect(engine.conn).table(schema, "parent").column("email").collation or ""
    # Row 4 holds row 3's address in capitals: equal to it where the column compares without case.
    failed = _verify_copy(
        masked, _set("parent", "email", "user2@corp.example", 1), _set("parent", "email", "USER3@CORP.EXAMPLE", 4)
    )
    leaked = 2 if collation.lower().endswith("_ci") else 1
    assert engine.name != "mariadb" or leaked == 2, collation
    assert [(c.name, c.table, c.detail) for c in failed] == [
        ("no leak", "parent.email", f"{leaked} masked value(s) equal a source value")
    ]


def test_cells_left_as_they_were_fail_the_unchanged_and_the_leak_check(masked):
    failed = _verify_copy(masked, *[_set("parent", "side", side, i) for i, _, side in PARENTS])
    assert [(c.name, c.table) for c in failed] == [("unchanged", "parent.side"), ("no leak", "parent.side")]
    assert failed[0].detail.startswith("6 of 6 cell(s) equal their own source value")
    assert failed[1].detail == "6 masked value(s) equal a source value"


def test_a_duplicate_key_is_caught(masked):
    failed = _verify_copy(masked, _set("parent", "id", 1, 5))
    assert [(c.name, c.table, c.detail) for c in failed] == [("unique", "parent(id)", "1 duplicate value(s)")]


def test_a_broken_reference_is_caught(masked):
    failed = _verify_copy(masked, _set("child", "parent_id", 999, 1))
    assert [(c.name, c.table) for c in failed] == [("foreign key", "child(parent_id) -> parent")]
    assert failed[0].detail == "3 matching row(s) after masking, 4 before; 1 dangling"


@pytest.mark.parametrize(("type_sql", "length"), [("VARCHAR(2000)", 1100), ("TEXT", 1100), ("VARCHAR(128)", 124)])
def test_mariadb_leak_count_is_exact_past_the_sort_prefix(mariadb_engine, type_sql, length):
    # MariaDB sorts on the first max_sort_length (1,024) bytes of a sort key: values alike that far are still
    # different, and a sort that leaves equal values apart used to count a leak as none (0 here, about half the runs).
    engine, prefix = mariadb_engine, "x" * length
    schema = engine.fresh_schema("vl")
    for name, values in (("built", ["1", "2", "3", None]), ("source", ["1", "4", None])):
        engine.create_table(schema, name, [("id", "INT", False), ("v", type_sql, True)], ("id",))
        rows = [(i, None if v is None else prefix + v) for i, v in enumerate(values)]
        engine.insert(schema, name, ["id", "v"], rows)
    column = introspect(engine.conn).table(schema, "built").column("v")
    query = engine.dialect.leak_count(_table(schema, "built"), _table(schema, "source"), "v", column.data_type)
    assert engine.conn.query(engine.sql(query))[0][0] == 1
    # Short strings keep the sorted form (the other tests here exercise it on VARCHAR(80) and VARCHAR(12)).
    assert ("SQL_BIG_RESULT" in engine.sql(query)) == (type_sql == "VARCHAR(128)")
