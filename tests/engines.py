"""Real engines for tests: create a source table, mask it with a rule, read the result back."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
import yaml
from sqlglot import exp

from datamask_sql import api
from datamask_sql.catalog import introspect
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import DatamaskWarning
from datamask_sql.policy import parse_policy
from datamask_sql.runner import run
from datamask_sql.secret import key_from_secret

# The vectors pinned in docs and tests use this short secret; its weak-secret warning is expected here.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DatamaskWarning)
    TEST_KEY = key_from_secret("test-secret-0001")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
_counter = itertools.count(1)


def unavailable(engine: str, reason: str) -> None:
    """Skip on a laptop without the engine; under CI a missing engine is a failure."""
    message = f"{engine} is not available: {reason}"
    if IN_CI:
        pytest.fail(f"{message} (CI=true requires every engine)")
    pytest.skip(message)


@dataclass
class Engine:
    """A live connection plus how to name things on it."""

    name: str
    conn: Connection
    types: dict = field(default_factory=dict)
    schemas: list = field(default_factory=list)

    @property
    def dialect(self):
        return get_dialect(self.conn.dialect)

    def sql(self, statement: exp.Expression) -> str:
        return to_sql(self.dialect, statement)

    def fresh_schema(self, prefix: str = "t") -> str:
        """A schema name no other test uses in this session."""
        name = f"{prefix}_{os.getpid()}_{next(_counter)}"
        self.conn.execute(self.sql(self.dialect.create_schema(name)))
        self.schemas += [name, f"{name}_masked"]
        # Databases on the shared MariaDB server outlive the test; the fixture drops them at the end.
        created = getattr(self.conn, "created_schemas", None)
        if created is not None:
            created += [name, f"{name}_masked"]
        return name

    def drop_schemas(self) -> None:
        """Drop what fresh_schema made (and its mask_tables targets) at the end of a test.

        Introspection reads every schema of the database; left in place for the session, they made each
        later mask_tables slower (PostgreSQL: ~2 s per introspection at 650 schemas, 0.06 s at a few).
        """
        cascade = self.name != "mariadb"  # MySQL's DROP SCHEMA takes no CASCADE: it drops every table anyway
        # A lock a test left held (another connection mid-transaction) must not hang the teardown.
        timeout = {"postgres": "SET lock_timeout = '10s'", "mariadb": "SET SESSION lock_wait_timeout = 10"}
        statements = [timeout[self.name]] if self.name in timeout and self.schemas else []
        for schema in reversed(self.schemas):
            drop = exp.Drop(tables=[exp.Table(db=exp.to_identifier(schema))], kind="SCHEMA", exists=True)
            if cascade:
                drop.set("cascade", True)
            statements.append(self.sql(drop))
        if self.name == "mariadb" and statements:
            statements.append("SET SESSION lock_wait_timeout = DEFAULT")  # the connection is the session's
        for statement in statements:
            try:
                self.conn.execute(statement)  # fixed test-only text or built from ASTs
            except DRIVER_ERRORS:
                pass  # best effort (a lock held, a dropped connection): the session fixture drops what is left
        self.schemas.clear()

    def column_type(self, type_sql: str) -> exp.DataType:
        """A generic type as this engine should declare it (Spark's and MySQL's TIMESTAMP have a time zone)."""
        if exp.DataType.build(type_sql).this == exp.DataType.Type.TIMESTAMP:
            if self.name == "spark":
                return exp.DataType.build("TIMESTAMP_NTZ", dialect="spark")
            if self.name == "mariadb":
                return exp.DataType.build("DATETIME(6)", dialect="mysql")
        return exp.DataType.build(type_sql, dialect=self.dialect.sqlglot_dialect)

    def create_table(
        self,
        schema: str,
        table: str,
        columns: list[tuple[str, str, bool]],
        primary_key: tuple[str, ...] = (),
        foreign_keys: tuple[tuple[str, str, str], ...] = (),
    ) -> None:
        """CREATE TABLE from (name, generic type, nullable) triples; foreign keys as (column, table, column)."""
        defs: list[exp.Expression] = []
        for name, type_sql, nullable in columns:
            constraints = [] if nullable else [exp.ColumnConstraint(kind=exp.NotNullColumnConstraint())]
            defs.append(
                exp.ColumnDef(this=exp.to_identifier(name), kind=self.column_type(type_sql), constraints=constraints)
            )
        if primary_key and self.name != "spark":  # Spark data-source tables have no key constraints
            defs.append(exp.PrimaryKey(expressions=[exp.to_identifier(c) for c in primary_key]))
        for column, ref_table, ref_column in foreign_keys:
            reference = exp.Reference(
                this=exp.Schema(
                    this=exp.table_(exp.to_identifier(ref_table), db=exp.to_identifier(schema)),
                    expressions=[exp.to_identifier(ref_column)],
                )
            )
            defs.append(exp.ForeignKey(expressions=[exp.to_identifier(column)], reference=reference))
        self.types[(schema, table)] = {d.name: d.args["kind"] for d in defs if isinstance(d, exp.ColumnDef)}
        target = exp.Schema(this=exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema)), expressions=defs)
        self.conn.execute(self.sql(exp.Create(this=target, kind="TABLE")))

    def insert(self, schema: str, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Insert rows with bound parameters (values never go through SQL text)."""
        if not rows:
            return
        placeholder = getattr(self.conn, "placeholder", "?")
        cols = ", ".join(exp.to_identifier(c).sql(self.dialect.sqlglot_dialect, identify=True) for c in columns)
        name = exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema)).sql(
            self.dialect.sqlglot_dialect, identify=True
        )
        marks = ", ".join([placeholder] * len(columns))
        statement = f"INSERT INTO {name} ({cols}) VALUES ({marks})"  # test-only: values are bound
        raw = self.conn.raw
        if self.name == "spark":
            # One statement for all rows: every Spark statement is a job, and jobs are slow. Datetimes
            # go as text cast by Spark: PySpark converts datetime objects through java.sql.Timestamp
            # (hybrid Julian calendar), which shifts years before 1582.
            types = self.types[(schema, table)]
            casts = ", ".join(f"CAST(? AS {types[c].sql('spark')})" for c in columns)
            values = ", ".join(f"({casts})" for _ in rows)
            params = [v.isoformat(sep=" ") if isinstance(v, dt.datetime) else v for r in rows for v in r]
            self.conn.execute(f"INSERT INTO {name} ({cols}) VALUES {values}", params)
        elif self.name == "duckdb":
            raw.executemany(statement, rows)
        else:
            with raw.cursor() as cur:
                cur.executemany(statement, rows)

    def select(self, schema: str, table: str, columns: list[str], order_by: str) -> list[tuple]:
        query = (
            exp.select(*[exp.column(exp.to_identifier(c)) for c in columns])
            .from_(exp.table_(exp.to_identifier(table), db=exp.to_identifier(schema)))
            .order_by(exp.column(exp.to_identifier(order_by)))
        )
        return self.conn.query(self.sql(query))


def policy_text(source_schema: str, target_schema: str, tables: dict[str, dict[str, Any]]) -> str:
    """A policy document as YAML text."""
    return yaml.safe_dump(
        {
            "version": 1,
            "source": {"schema": source_schema},
            "target": {"schema": target_schema},
            "tables": {t: {"columns": cols} for t, cols in tables.items()},
        },
        sort_keys=False,
    )


def mask_tables(engine: Engine, source_schema: str, tables: dict[str, dict[str, Any]], key=TEST_KEY):
    """Compile and run a policy over existing source tables; returns (target schema, compiled, result)."""
    target = f"{source_schema}_masked"
    policy = parse_policy(policy_text(source_schema, target, tables), "test-policy.yml")
    compiled = api.compile_inputs(policy, introspect(engine.conn), engine.dialect, key, source=engine.conn.url)
    result = run(engine.conn, compiled.emitted, key)
    return target, compiled, result


def mask_column(
    engine: Engine, type_sql: str, values: list[Any], rule: Any, *, nullable: bool = True, key=TEST_KEY
) -> list[Any]:
    """Mask one column of `values` with `rule` on `engine`; outputs in input order."""
    schema = engine.fresh_schema()
    engine.create_table(schema, "t", [("id", "INT", False), ("v", type_sql, nullable)], primary_key=("id",))
    engine.insert(schema, "t", ["id", "v"], list(enumerate(values)))
    target, _, _ = mask_tables(engine, schema, {"t": {"id": "keep", "v": rule}}, key)
    return [row[1] for row in engine.select(target, "t", ["id", "v"], "id")]


def column_of(engine: Engine, type_sql: str, nullable: bool = True):
    """The catalog Column a table created with `type_sql` gets on this engine (for reference twins)."""
    schema = engine.fresh_schema("c")
    engine.create_table(schema, "t", [("v", type_sql, nullable)])
    return introspect(engine.conn).table(schema, "t").column("v")


ENGINE_FACTORIES: dict[str, Callable[[], Engine]] = {}


def rule_params(rule: Any) -> tuple[str, dict[str, Any]]:
    """(transform name, parameters) of a rule as written in a policy."""
    if isinstance(rule, str):
        return rule, {}
    return rule["transform"], {k: v for k, v in rule.items() if k not in ("transform", "domain", "when")}


def reference_column(
    engine: Engine, type_sql: str, values: list[Any], rule: Any, *, domain: str = "t.v", key=TEST_KEY
) -> list[Any]:
    """What the Python reference says mask_column must return for `values`."""
    from datamask_sql.transforms import RefContext, get_transform

    name, params = rule_params(rule)
    transform = get_transform(name)
    ctx = RefContext(key.value, domain, column_of(engine, type_sql))
    parsed = transform.Params.model_validate(params)
    return [None if v is None and transform.null_preserving else transform.reference(v, ctx, parsed) for v in values]


def mask_rows(
    engine: Engine, columns: list[tuple[str, str]], rows: list[tuple], rules: dict[str, Any], *, key=TEST_KEY
) -> list[tuple]:
    """Mask a multi-column table (an `id` key is added and kept); masked rows in input order, without id."""
    schema = engine.fresh_schema()
    engine.create_table(schema, "t", [("id", "INT", False)] + [(n, t, True) for n, t in columns], primary_key=("id",))
    names = [n for n, _ in columns]
    engine.insert(schema, "t", ["id", *names], [(i, *row) for i, row in enumerate(rows)])
    target, _, _ = mask_tables(engine, schema, {"t": {"id": "keep", **rules}}, key)
    return [tuple(r[1:]) for r in engine.select(target, "t", ["id", *names], "id")]


def reference_rows(
    engine: Engine, columns: list[tuple[str, str]], rows: list[tuple], rules: dict[str, Any], *, key=TEST_KEY
) -> list[tuple]:
    """What the Python reference says mask_rows must return (default domains: t.<column>)."""
    from datamask_sql.transforms import RefContext, get_transform
    from datamask_sql.transforms.base import RowRule

    schema = engine.fresh_schema("c")
    engine.create_table(schema, "t", [(n, t, True) for n, t in columns])
    cols = {c.name: c for c in introspect(engine.conn).table(schema, "t").columns}
    domains = {n: f"t.{n}".lower() for n, _ in columns}
    parsed_rules = {}
    for name in cols:
        transform_name, params = rule_params(rules.get(name, "keep"))
        transform = get_transform(transform_name)
        parsed_rules[name] = RowRule(transform_name, transform.Params.model_validate(params), cols[name])
    out = []
    for row in rows:
        values = dict(zip(cols, row))
        masked = []
        for name, value in values.items():
            transform = get_transform(parsed_rules[name].transform)
            ctx = RefContext(key.value, domains[name], cols[name], values, cols, domains, rules=parsed_rules)
            parsed = parsed_rules[name].params
            masked.append(
                None if value is None and transform.null_preserving else transform.reference(value, ctx, parsed)
            )
        out.append(tuple(masked))
    return out
