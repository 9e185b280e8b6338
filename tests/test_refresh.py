"""Incremental refresh: after random rounds of inserts, updates and deletes, a refreshed target equals a full
rebuild cell for cell, on DuckDB, PostgreSQL and MariaDB; a target built with another key is never merged into."""

from __future__ import annotations

import json
import random
import warnings

import pytest
import yaml
from sqlglot import exp

from datamask_sql import api
from datamask_sql.connection import connect
from datamask_sql.errors import DatamaskWarning, RunError
from datamask_sql.secret import key_from_secret
from tests.conftest import MYSQL_URL
from tests.engines import Engine

KEY = key_from_secret("refresh-test-secret-7f3a9c21e5")
OTHER_KEY = key_from_secret("refresh-test-secret-other-b81d")
ENGINES = [
    pytest.param("duckdb", marks=pytest.mark.duckdb),
    pytest.param("postgres", marks=pytest.mark.postgres),
    pytest.param("mariadb", marks=pytest.mark.mariadb),
]
CUSTOMER = ["id", "email", "name", "upd"]
ORDERS = ["id", "customer_id", "amount", "note", "upd"]


def _policy(path, source: str, target: str, deletes: bool = True) -> str:
    refresh = {"cursor": "upd", "deletes": deletes}
    doc = {
        "version": 1,
        "source": {"schema": source},
        "target": {"schema": target},
        "tables": {
            "customer": {
                "incremental": refresh,
                "columns": {
                    "id": {"transform": "hash_int", "expected_rows": 1000},
                    "email": "email",
                    "name": {"transform": "hash", "length": 12},
                    "upd": "keep",
                },
            },
            "orders": {
                "incremental": refresh,
                "columns": {"id": "keep", "amount": {"transform": "noise", "percent": 10}, "note": "hash"},
                "unlisted": "keep",
            },
        },
    }
    path.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return str(path)


class Source:
    """A source schema with a customer table and an orders table referencing it, changed in random rounds."""

    def __init__(self, engine: Engine, schema: str, seed: int) -> None:
        self.engine, self.schema, self.rng = engine, schema, random.Random(seed)
        self.tick, self.next_id = 1, 1
        self.customers: dict[int, tuple] = {}
        self.orders: dict[int, tuple] = {}
        engine.create_table(
            schema,
            "customer",
            [
                ("id", "INT", False),
                ("email", "VARCHAR(80)", True),
                ("name", "VARCHAR(40)", True),
                ("upd", "INT", False),
            ],
            primary_key=("id",),
        )
        engine.create_table(
            schema,
            "orders",
            [
                ("id", "INT", False),
                ("customer_id", "INT", False),
                ("amount", "INT", True),
                ("note", "VARCHAR(40)", True),
                ("upd", "INT", False),
            ],
            primary_key=("id",),
            foreign_keys=(("customer_id", "customer", "id"),),
        )

    def _sql(self, node: exp.Expression) -> None:
        self.engine.conn.execute(self.engine.sql(node))

    def _table(self, name: str) -> exp.Table:
        return exp.table_(exp.to_identifier(name), db=exp.to_identifier(self.schema))

    def _delete(self, table: str, ids: list[int]) -> None:
        if ids:
            where = exp.column("id").isin(*[exp.Literal.number(i) for i in ids])
            self._sql(exp.Delete(this=self._table(table), where=exp.Where(this=where)))

    def _customer(self, cid: int) -> tuple:
        word = self.rng.choice(["ana", "bo", "chen", "dörte", "eé", ""])
        email = None if self.rng.random() < 0.15 else f"{word}{self.rng.randrange(999)}@mail.test"
        return (cid, email, None if self.rng.random() < 0.15 else f"{word} {self.rng.randrange(99)}", self.tick)

    def _order(self, oid: int) -> tuple:
        note = None if self.rng.random() < 0.2 else self.rng.choice(["rush", "gift", "ñ note", ""])
        return (oid, self.rng.choice(sorted(self.customers)), self.rng.randrange(1, 500), note, self.tick)

    def _put(self, table: str, columns: list[str], rows: list[tuple], known: dict[int, tuple]) -> None:
        """Insert new rows; UPDATE rows that exist (a delete and insert would break the source's foreign key)."""
        self.engine.insert(self.schema, table, columns, [r for r in rows if r[0] not in known])
        for row in (r for r in rows if r[0] in known):
            sets = {c: exp.convert(v) for c, v in zip(columns[1:], row[1:])}
            where = exp.column("id").eq(exp.Literal.number(row[0]))
            self._sql(exp.update(self._table(table), sets, where=where))

    def round(self, first: bool = False) -> None:
        """Insert, update (masked columns and the foreign key too) and delete a few rows; the cursor grows."""
        self.tick += 1
        rng = self.rng
        # Rows deleted are ones the target already has: a row inserted and deleted in one round never reaches it.
        old_orders, old_customers = sorted(self.orders), sorted(self.customers)
        new = [self._customer(self._new_id()) for _ in range(8 if first else rng.randint(1, 3))]
        if not first:
            new += [self._customer(c) for c in rng.sample(sorted(self.customers), min(2, len(self.customers)))]
        self._put("customer", CUSTOMER, new, self.customers)
        self.customers.update({r[0]: r for r in new})
        orders = [self._order(self._new_id()) for _ in range(12 if first else rng.randint(1, 4))]
        if not first:
            orders += [self._order(o) for o in rng.sample(sorted(self.orders), min(3, len(self.orders)))]
        self._put("orders", ORDERS, orders, self.orders)
        self.orders.update({r[0]: r for r in orders})
        if not first:
            gone_orders = rng.sample(old_orders, 2)
            gone_customer = rng.choice(old_customers)
            gone_orders += [o for o, r in self.orders.items() if r[1] == gone_customer and o not in gone_orders]
            self._delete("orders", gone_orders)
            self._delete("customer", [gone_customer])
            for o in gone_orders:
                del self.orders[o]
            del self.customers[gone_customer]

    def _new_id(self) -> int:
        self.next_id += 1
        return self.next_id


def _open(name: str, tmp_path, postgres_url: str | None) -> tuple[Engine, str]:
    if name == "duckdb":
        url = f"duckdb:///{tmp_path / 'refresh.duckdb'}"
        import duckdb

        duckdb.connect(str(tmp_path / "refresh.duckdb")).close()
        return Engine("duckdb", connect(url)), url
    if name == "postgres":
        return Engine("postgres", connect(postgres_url)), postgres_url
    return Engine("mariadb", connect(MYSQL_URL)), MYSQL_URL


def _rows(engine: Engine, schema: str) -> dict[str, list[tuple]]:
    return {t: engine.select(schema, t, cols, "id") for t, cols in (("customer", CUSTOMER), ("orders", ORDERS))}


def _run(policy: str, url: str, tmp_path, key=KEY, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DatamaskWarning)
        return api.run_policy(policy, url, key, out_dir=tmp_path / "build", **kw)


@pytest.fixture
def pg_url(request):
    """The scratch PostgreSQL database, only for the PostgreSQL case."""
    return request.getfixturevalue("postgres_url") if "postgres" in request.node.name else None


@pytest.mark.parametrize("name", ENGINES)
def test_three_rounds_of_changes_refresh_to_a_full_rebuild(name, tmp_path, pg_url):
    engine, url = _open(name, tmp_path, pg_url)
    schema = engine.fresh_schema("rf")
    engine.schemas += [f"{schema}_a", f"{schema}_b"]  # the two targets: dropped with the source at the end
    source = Source(engine, schema, seed=len(name))
    refreshed = _policy(tmp_path / "a.yml", schema, f"{schema}_a")
    rebuilt = _policy(tmp_path / "b.yml", schema, f"{schema}_b")
    source.round(first=True)
    try:
        assert _run(refreshed, url, tmp_path).mode == "full"
        for _ in range(3):
            source.round()
            result = _run(refreshed, url, tmp_path)
            assert result.mode == "incremental", result
            _run(rebuilt, url, tmp_path, full_refresh=True)
            assert _rows(engine, f"{schema}_a") == _rows(engine, f"{schema}_b")
            assert set(result.merged) == {"customer", "orders"}
            assert result.merged["orders"]["deleted"] >= 2 and result.merged["customer"]["deleted"] == 1, result.merged
            # Only the changed rows were masked: fewer than the table holds.
            assert result.merged["orders"]["staged"] < result.merged["orders"]["rows"]
            assert all(c.ok for c in result.checks)
    finally:
        engine.drop_schemas()
        engine.conn.close()


def test_a_changed_key_is_refused_until_a_full_refresh_records_the_rotation(tmp_path):
    engine, url = _open("duckdb", tmp_path, None)
    schema = "src"
    engine.conn.execute(engine.sql(engine.dialect.create_schema(schema)))
    source = Source(engine, schema, seed=7)
    source.round(first=True)
    policy = _policy(tmp_path / "a.yml", schema, "masked")
    _run(policy, url, tmp_path)
    before = _rows(engine, "masked")
    source.round()
    with pytest.raises(RunError) as caught:
        _run(policy, url, tmp_path, key=OTHER_KEY)
    message = f"{caught.value.message} {caught.value.hint}"
    assert KEY.fingerprint in message and OTHER_KEY.fingerprint in message and "full refresh" in message
    assert caught.value.option == "full_refresh"  # the CLI adds "; see --full-refresh"
    assert _rows(engine, "masked") == before
    result = _run(policy, url, tmp_path, key=OTHER_KEY, full_refresh=True)
    assert result.mode == "full" and result.rotation == {"from": KEY.fingerprint, "to": OTHER_KEY.fingerprint}
    records = [json.loads(line) for line in (tmp_path / "build" / "runs.jsonl").read_text().splitlines()]
    assert records[-1]["rotation"] == {"from": KEY.fingerprint, "to": OTHER_KEY.fingerprint}
    assert records[-1]["key_fingerprint"] == OTHER_KEY.fingerprint
    # Built with the new key, the target merges again.
    source.round()
    assert _run(policy, url, tmp_path, key=OTHER_KEY).mode == "incremental"
    engine.conn.close()


def test_verify_and_plan_show_what_built_the_target(tmp_path):
    from typer.testing import CliRunner

    from datamask_sql.cli import app

    engine, url = _open("duckdb", tmp_path, None)
    engine.conn.execute(engine.sql(engine.dialect.create_schema("src")))
    Source(engine, "src", seed=3).round(first=True)
    engine.conn.close()
    policy = _policy(tmp_path / "a.yml", "src", "masked")
    _run(policy, url, tmp_path)
    for verb in ("verify", "plan"):
        result = CliRunner().invoke(app, [verb, policy, "--source", url], env={})
        assert result.exit_code == 0, result.output
        assert f"key fingerprint {KEY.fingerprint}" in result.output and "algorithm dm2" in result.output
