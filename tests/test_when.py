"""when: on any rule: masked where the predicate is true or unknown, kept where false; checked at plan time."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datamask_sql.errors import PlanError, PolicyError
from tests.engines import mask_rows, reference_rows
from tests.strategies import ENGINE_SETTINGS, UNICODE_TEXT

EMAILS = st.one_of(st.none(), UNICODE_TEXT, UNICODE_TEXT.map(lambda s: s + "@ourco.com"))
COLUMNS = [("email", "VARCHAR"), ("country", "VARCHAR"), ("phone", "VARCHAR")]


def expected(engine, rows, rules, masked_where):
    """Reference rows, with the original value wherever the predicate is false."""
    masked = reference_rows(engine, COLUMNS, rows, rules)
    out = []
    for row, m in zip(rows, masked):
        out.append(
            tuple(
                mv if (name not in masked_where or masked_where[name](row) is not False) else v
                for (name, _), v, mv in zip(COLUMNS, row, m)
            )
        )
    return out


def _not_internal(row):
    return None if row[0] is None else not row[0].endswith("@ourco.com")


def _not_br(row):
    return None if row[1] is None else row[1] != "BR"


@settings(ENGINE_SETTINGS, max_examples=20)
@given(
    rows=st.lists(
        st.tuples(
            EMAILS,
            st.one_of(st.none(), st.sampled_from(["BR", "PT", "br"])),
            st.one_of(st.none(), st.sampled_from(["+55 11 91234-5678", "(12) 3923-5555", ""])),
        ),
        min_size=1,
        max_size=25,
    )
)
def test_engine_equals_reference_where_the_predicate_holds(engine, rows):
    rules = {
        "email": {"transform": "hash", "length": 16, "when": "email NOT LIKE '%@ourco.com'"},
        "country": "keep",
        "phone": {"transform": "digits", "when": {"sql": "country <> 'BR'", "dialect": "postgres"}},
    }
    # The run succeeding also proves the leak check leaves the kept rows alone.
    out = mask_rows(engine, COLUMNS, rows, rules)
    assert out == expected(engine, rows, rules, {"email": _not_internal, "phone": _not_br})


@pytest.mark.parametrize(
    "when,message",
    [
        ("(SELECT 1) = 1", "SUBQUERY"),
        ("nope = 1", "column 'nope' does not exist"),
        ("count(*) > 1", "COUNT"),
        ("current_setting('datamask.key') = ''", "function 'current_setting'"),
        ("email = 'a'; DROP TABLE t", "exactly one"),
    ],
)
def test_bad_predicates_are_refused_at_plan_time(duckdb_engine, when, message):
    with pytest.raises(PlanError, match=message) as err:
        mask_rows(
            duckdb_engine,
            COLUMNS,
            [("a", "BR", "1")],
            {"email": {"transform": "hash", "when": when}, "country": "keep", "phone": "keep"},
        )
    assert err.value.path.endswith("email.when")


def test_when_on_a_key_is_refused(duckdb_engine):
    with pytest.raises(PlanError, match="primary or unique key"):
        mask_rows(
            duckdb_engine,
            COLUMNS,
            [],
            {
                "id": {"transform": "hash_int", "when": "country = 'BR'"},
                "email": "keep",
                "country": "keep",
                "phone": "keep",
            },
        )


def test_when_must_be_sql_text(duckdb_engine):
    with pytest.raises(PolicyError, match="'when' must be SQL text"):
        mask_rows(
            duckdb_engine,
            COLUMNS,
            [],
            {"email": {"transform": "hash", "when": {"sql": 1}}, "country": "keep", "phone": "keep"},
        )


def test_when_on_a_foreign_key_column_is_refused(duckdb_engine):
    from tests.engines import mask_tables

    schema = duckdb_engine.fresh_schema()
    duckdb_engine.create_table(schema, "parent", [("id", "INT", False)], primary_key=("id",))
    duckdb_engine.create_table(
        schema,
        "child",
        [("id", "INT", False), ("parent_id", "INT", True)],
        primary_key=("id",),
        foreign_keys=(("parent_id", "parent", "id"),),
    )
    rule = {"transform": "hash_int", "when": "id > 1"}
    with pytest.raises(PlanError, match="inherits its rule; it cannot be masked conditionally") as err:
        mask_tables(duckdb_engine, schema, {"parent": {"id": "hash_int"}, "child": {"id": "keep", "parent_id": rule}})
    assert err.value.path == "tables.child.columns.parent_id.when"
