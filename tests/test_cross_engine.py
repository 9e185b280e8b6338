"""Same tables, same policy, four real engines: every output byte-identical and equal to the Python reference."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog import introspect
from datamask_sql.emit.sql import to_sql
from datamask_sql.render import SOURCE_ALIAS
from datamask_sql.transforms import RefContext, get_transform
from tests.cross_engine import CASES, TYPES, Case, ColumnType, normalize
from tests.engines import TEST_KEY, Engine, mask_tables

pytestmark = pytest.mark.cross_engine


@pytest.fixture
def all_engines(duckdb_engine, postgres_engine, mariadb_engine, spark_engine) -> list[Engine]:
    """Every executable engine at once (each missing one fails under CI=true)."""
    return [duckdb_engine, postgres_engine, mariadb_engine, spark_engine]


def _bindable(engine: Engine, value: Any) -> Any:
    """Values as each driver binds them faithfully."""
    if isinstance(value, uuid.UUID) and engine.name in ("mariadb", "spark"):
        return str(value)
    if isinstance(value, dt.datetime) and value.tzinfo is not None and engine.name == "mariadb":
        # pymysql drops the offset; the session time zone is UTC, so bind the UTC wall clock.
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value


def _build(engine: Engine, schema: str, table: str, columns: list[tuple[str, ColumnType]]) -> int:
    """Create `table` with an id and the given columns, filled row-wise from each type's values."""
    defs = [("id", "INT", False)] + [(name, ctype.declared(engine.name), True) for name, ctype in columns]
    engine.create_table(schema, table, defs, primary_key=("id",))
    rows = max(len(ctype.values) for _, ctype in columns)
    data = [
        tuple([i] + [_bindable(engine, ctype.values[i] if i < len(ctype.values) else None) for _, ctype in columns])
        for i in range(rows)
    ]
    engine.insert(schema, table, [d[0] for d in defs], data)
    return rows


def _expected(case: Case, value: Any, column, domain: str) -> Any:
    """The Python reference's output for one input value."""
    if value is None and case.rule != "keep":
        return None
    rule = {"transform": case.rule} if isinstance(case.rule, str) else dict(case.rule)
    transform = get_transform(rule.pop("transform"))
    if case.type.logical == "char" and isinstance(value, str) and transform.name != "keep":
        value = value.rstrip(" ")  # engines disagree on CHAR padding; transforms read the trimmed value
    return transform.reference(value, RefContext(TEST_KEY.value, domain, column), transform.Params(**rule))


def _outputs(engine: Engine, schema: str, names: list[str], cases: tuple[Case, ...]) -> exp.Select:
    """SELECT id and every case's column; zoned timestamps as the UTC wall clock of their instant.

    Compared as instants, so each engine may show them in its own zone (DuckDB needs pytz to return them).
    """
    zoned = exp.DataType.build("TIMESTAMPTZ")
    columns = [exp.column("id")]
    for name, case in zip(names, cases):
        column = exp.column(exp.to_identifier(name))
        if case.type.logical == "timestamptz":
            column = engine.dialect.canonical_text(column, "timestamptz", zoned)
        columns.append(exp.alias_(column, exp.to_identifier(name)))
    table = exp.table_(exp.to_identifier("adv"), db=exp.to_identifier(schema))
    return exp.select(*columns).from_(table).order_by(exp.column("id"))


def _mask_cases(engine: Engine, cases: tuple[Case, ...]) -> tuple[list[list[Any]], list[list[Any]]]:
    """Run every case as one column of one table; (engine outputs, reference outputs) per case."""
    schema = engine.fresh_schema("x")
    names = [f"c{i}" for i in range(len(cases))]
    rows = _build(engine, schema, "adv", [(n, c.type) for n, c in zip(names, cases)])
    policy = {"id": "keep", **{n: c.rule for n, c in zip(names, cases)}}
    target, compiled, _ = mask_tables(engine, schema, {"adv": policy})
    plans = {cp.name: cp for cp in compiled.plan.tables[0].columns}
    out = engine.conn.query(to_sql(engine.dialect, _outputs(engine, target, names, cases)))
    got, want = [], []
    for i, (name, case) in enumerate(zip(names, cases)):
        values = [case.type.values[r] if r < len(case.type.values) else None for r in range(rows)]
        got.append([normalize(row[i + 1], case.type, case.rule) for row in out])
        want.append(
            [
                normalize(_expected(case, v, plans[name].column, plans[name].domain), case.type, case.rule)
                for v in values
            ]
        )
    return got, want


def test_every_case_is_identical_on_all_engines_and_equals_the_reference(all_engines):
    results = {engine.name: _mask_cases(engine, CASES) for engine in all_engines}
    for i, case in enumerate(CASES):
        outputs = {name: got[i] for name, (got, _) in results.items()}
        for name, (got, want) in results.items():
            assert got[i] == want[i], f"{name} differs from the reference for {case}"
        assert len({repr(o) for o in outputs.values()}) == 1, f"engines disagree for {case}: {outputs}"


def _canonical_query(engine: Engine, schema: str, names: list[tuple[str, Any]]) -> exp.Select:
    """SELECT id, canonical_text(c), keyed digest(c) ... built from the dialect's primitives only."""
    d = engine.dialect
    source = exp.alias_(exp.table_(exp.to_identifier("typed"), db=exp.to_identifier(schema)), SOURCE_ALIAS, table=True)
    projections: list[exp.Expression] = [exp.column("id", table=SOURCE_ALIAS)]
    for name, column in names:
        col = exp.column(exp.to_identifier(name), table=exp.to_identifier(SOURCE_ALIAS))
        canonical = d.canonical_text(col, column.logical, column.data_type)
        message = d.concat(d.key(), exp.Literal.string(reference.domain_tag(f"typed.{name}")), canonical.copy())
        projections += [exp.alias_(canonical, f"{name}_text"), exp.alias_(d.sha256_hex(message), f"{name}_digest")]
    return exp.select(*projections).from_(source).order_by(exp.column("id", table=SOURCE_ALIAS))


def test_canonical_text_and_digest_of_every_type_match_the_reference(all_engines):
    types = list(TYPES.items())
    seen: dict[str, list[tuple]] = {}
    for engine in all_engines:
        schema = engine.fresh_schema("k")
        rows = _build(engine, schema, "typed", [(f"t_{name}", ctype) for name, ctype in types])
        table = introspect(engine.conn).table(schema, "typed")
        columns = [(f"t_{name}", table.column(f"t_{name}")) for name, _ in types]
        engine.conn.execute(to_sql(engine.dialect, engine.dialect.set_key()), [TEST_KEY.value])
        out = engine.conn.query(to_sql(engine.dialect, _canonical_query(engine, schema, columns)))
        assert len(out) == rows
        for j, (name, ctype) in enumerate(types):
            logical = "text" if engine.name == "spark" and name == "uuid" else ctype.logical
            for r, row in enumerate(out):
                value = ctype.values[r] if r < len(ctype.values) else None
                text = reference.canonical_text(value, ctype.logical, ctype.scale)
                digest = None if text is None else reference.digest(TEST_KEY.value, f"typed.t_{name}", text)
                assert (row[1 + 2 * j], row[2 + 2 * j]) == (text, digest), (
                    f"{engine.name} {name} ({logical}) row {r}: value {value!r}"
                )
        seen[engine.name] = out
    first = next(iter(seen.values()))
    assert all(rows == first for rows in seen.values())
