"""Fail closed, with a per-table way out: `tables: {film: {unlisted: keep}}` keeps that table's uncovered columns."""

from __future__ import annotations

import pytest

from datamask_sql import api
from datamask_sql.errors import DatamaskError

SCHEMA = """
CREATE TABLE film (id INT PRIMARY KEY, title VARCHAR(80) NOT NULL, rating VARCHAR(5), length INT);
CREATE TABLE customer (id INT PRIMARY KEY, email VARCHAR(80), phone VARCHAR(20));
"""


def plan(tmp_path, body: str):
    (tmp_path / "s.sql").write_text(SCHEMA)
    (tmp_path / "p.yml").write_text("version: 1\n" + body)
    return api.plan_policy(tmp_path / "p.yml", str(tmp_path / "s.sql"), dialect="postgres")


def rules(the_plan, table: str) -> dict[str, tuple[str, str]]:
    return {c.name: (c.transform.name, c.reason) for c in the_plan.table(table).columns}


def test_table_unlisted_keep_keeps_only_that_tables_columns(tmp_path):
    the_plan = plan(
        tmp_path,
        "tables:\n  film: {unlisted: keep, columns: {title: {transform: hash, length: 16}}}\n"
        "  customer: {columns: {id: keep, email: {transform: email}, phone: null}}\n",
    )
    film = rules(the_plan, "film")
    assert film["title"][0] == "hash"
    assert {c: film[c] for c in ("id", "rating", "length")} == {
        c: ("keep", "tables.film.unlisted: keep") for c in ("id", "rating", "length")
    }
    assert rules(the_plan, "customer")["phone"][0] == "null"


def test_the_global_default_still_fails_closed_elsewhere(tmp_path):
    with pytest.raises(DatamaskError) as info:
        plan(tmp_path, "tables:\n  film: {unlisted: keep}\n  customer: {columns: {id: keep}}\n")
    assert "2 column(s) have no rule: customer.email, customer.phone" in info.value.message
    assert "tables.<table>.unlisted" in info.value.hint and "defaults.unlisted" in info.value.hint


def test_a_table_can_be_stricter_than_the_default(tmp_path):
    with pytest.raises(DatamaskError) as info:
        plan(
            tmp_path,
            "defaults: {unlisted: keep}\ntables:\n  film: {columns: {id: keep}}\n  customer: {unlisted: error}\n",
        )
    assert "customer.email, customer.phone" in info.value.message and "film" not in info.value.message


def test_table_unlisted_null_on_a_not_null_column_points_at_the_table(tmp_path):
    with pytest.raises(DatamaskError) as info:
        plan(tmp_path, "tables:\n  film:\n    unlisted: null\n    columns: {id: keep}\n")
    assert info.value.line == 4
    assert "film.title is NOT NULL and has no rule, and tables.film.unlisted is 'null'" in info.value.message


def test_the_json_schema_describes_table_unlisted():
    from datamask_sql.emit.jsonschema import policy_json_schema

    table = policy_json_schema()["$defs"]["TablePolicy"]["properties"]
    assert "unlisted" in table
