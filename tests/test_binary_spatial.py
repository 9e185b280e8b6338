"""Binary and spatial columns: nulled, given a constant or generalized where the engine can, else refused at compile."""

from __future__ import annotations

import pytest
import yaml

from datamask_sql import api
from datamask_sql.catalog import Catalog, Column, Table, introspect
from datamask_sql.dialects import get_dialect
from datamask_sql.errors import PlanError, UnsupportedError
from datamask_sql.policy import parse_policy
from datamask_sql.sqltypes import parse_type
from datamask_sql.transforms import RefContext, get_transform
from tests.engines import TEST_KEY, mask_tables

PHOTO = b"\x00\xffphoto\\x41"
# A literal each engine reads as PHOTO (the fixture only; datamask-sql never builds SQL from text).
PHOTO_SQL = {
    "duckdb": "'\\x00\\xffphoto\\x5Cx41'::BLOB",
    "postgres": "'\\x00ff70686f746f5c783431'::bytea",
    "mariadb": "X'00ff70686f746f5c783431'",
    "spark": "X'00ff70686f746f5c783431'",
}
BINARY_TYPE = {"duckdb": "BLOB", "postgres": "BYTEA", "mariadb": "BLOB", "spark": "BINARY"}


def _reference(rule, column: Column, value):
    name = rule if isinstance(rule, str) else rule["transform"]
    params = {} if isinstance(rule, str) else {k: v for k, v in rule.items() if k != "transform"}
    transform = get_transform(name)
    if value is None and transform.null_preserving:
        return None
    return transform.reference(value, RefContext(TEST_KEY.value, "t.v", column), transform.Params(**params))


def _types(engine, schema: str, table: str) -> dict[str, str]:
    return {c.name: c.type_sql for c in introspect(engine.conn).table(schema, table).columns}


def test_binary_null_and_constant_run_on_every_engine(every_engine):
    engine = every_engine
    s = engine.fresh_schema("bin")
    binary = BINARY_TYPE[engine.name]
    engine.conn.execute(f"CREATE TABLE {s}.staff (id INT, photo {binary}, badge {binary}, spare {binary})")
    engine.conn.execute(
        f"INSERT INTO {s}.staff VALUES (1, {PHOTO_SQL[engine.name]}, {PHOTO_SQL[engine.name]}, NULL),"
        f" (2, NULL, {PHOTO_SQL[engine.name]}, {PHOTO_SQL[engine.name]})"
    )
    rules = {
        "id": "keep",
        "photo": "null",
        "badge": {"transform": "constant", "value": "redacted \\x41 é"},
        "spare": "keep",
    }
    target, _, result = mask_tables(engine, s, {"staff": rules})
    assert result.outcome == "succeeded"
    rows = engine.conn.query(f"SELECT id, photo, badge, spare FROM {target}.staff ORDER BY id")
    as_bytes = [tuple(bytes(v) if v is not None and not isinstance(v, int) else v for v in r) for r in rows]
    assert as_bytes == [(1, None, "redacted \\x41 é".encode(), None), (2, None, "redacted \\x41 é".encode(), PHOTO)]
    column = introspect(engine.conn).table(s, "staff").column("badge")
    assert _reference(rules["badge"], column, PHOTO) == "redacted \\x41 é".encode()
    assert _types(engine, target, "staff") == _types(engine, s, "staff"), "every column keeps its type"


MARIADB_COLUMNS = {
    "photo": ("LONGBLOB NOT NULL", "X'00ff'", {"transform": "constant", "value": "none"}),
    "thumb": ("MEDIUMBLOB", "X'00ff'", "null"),
    "code": ("BINARY(4)", "X'0102'", {"transform": "constant", "value": "ab"}),
    "token": ("VARBINARY(8)", "X'0102'", {"transform": "constant", "value": "xyz"}),
    "spot": ("POINT NOT NULL", "ST_GeomFromText('POINT(12.345 -7.5)', 4326)", {"transform": "generalize", "grid": 0.1}),
    "home": ("POINT", "Point(1, 2)", {"transform": "constant", "value": "POINT(0.5 -1)"}),
    "area": ("POLYGON", "ST_GeomFromText('POLYGON((0 0, 1 0, 1 1, 0 0))')", "null"),
    "shape": ("GEOMETRY NOT NULL", "Point(3, 4)", {"transform": "constant", "value": "POINT(0 0)"}),
    "mood": ("ENUM('calm', 'loud')", "'loud'", {"transform": "constant", "value": "calm"}),
    "tags": ("SET('a', 'b', 'c')", "'a,c'", {"transform": "constant", "value": "a,b"}),
    "born": ("YEAR", "1999", {"transform": "constant", "value": 2000}),
}


def test_mariadb_binary_spatial_and_enumerated_columns(mariadb_engine):
    engine = mariadb_engine
    s = engine.fresh_schema("geo")
    defs = ", ".join(f"{name} {type_sql}" for name, (type_sql, _, _) in MARIADB_COLUMNS.items())
    engine.conn.execute(f"CREATE TABLE {s}.place (id INT PRIMARY KEY, {defs})")
    values = ", ".join(value for _, value, _ in MARIADB_COLUMNS.values())
    engine.conn.execute(f"INSERT INTO {s}.place VALUES (1, {values})")
    rules = {"id": "keep", **{name: rule for name, (_, _, rule) in MARIADB_COLUMNS.items()}}
    target, _, result = mask_tables(engine, s, {"place": rules})
    assert result.outcome == "succeeded"
    assert _types(engine, target, "place") == _types(engine, s, "place"), "every column keeps its type"
    row = engine.conn.query(
        f"SELECT photo, thumb, code, token, ST_X(spot), ST_Y(spot), ST_SRID(spot), ST_X(home), ST_Y(home), area,"
        f" ST_X(shape), mood, tags, born FROM {target}.place"
    )[0]
    columns = {c.name: c for c in introspect(engine.conn).table(s, "place").columns}
    assert bytes(row[0]) == _reference(rules["photo"], columns["photo"], b"") == b"none"
    assert row[1] is None and row[9] is None
    assert bytes(row[2]) == _reference(rules["code"], columns["code"], b"") == b"ab\0\0"
    assert bytes(row[3]) == b"xyz"
    assert (row[4], row[5]) == _reference(rules["spot"], columns["spot"], (12.345, -7.5)) == (12.3, -7.5)
    assert row[6] == 4326, "the point stays in its spatial reference system"
    assert (row[7], row[8]) == (0.5, -1.0) and row[10] == 0.0
    assert row[11:] == ("calm", "a,b", 2000)


def test_postgres_points_boxes_and_bytea(postgres_engine):
    engine = postgres_engine
    s = engine.fresh_schema("pgeo")
    engine.conn.execute(f"CREATE TABLE {s}.place (id INT, spot POINT NOT NULL, home POINT, area BOX, img BYTEA)")
    engine.conn.execute(
        f"INSERT INTO {s}.place VALUES (1, point(12.345, -7.55), point(1, 2), box(point(0,0), point(1,1)), '\\x00')"
    )
    rules = {
        "id": "keep",
        "spot": {"transform": "generalize", "grid": 0.05},
        "home": {"transform": "constant", "value": "POINT(3 4)"},
        "area": "null",
        "img": "null",
    }
    target, _, result = mask_tables(engine, s, {"place": rules})
    assert result.outcome == "succeeded"
    row = engine.conn.query(f"SELECT spot[0], spot[1], home[0], home[1], area, img FROM {target}.place")[0]
    spot = introspect(engine.conn).table(s, "place").column("spot")
    assert (row[0], row[1]) == _reference(rules["spot"], spot, (12.345, -7.55))
    assert row[2:] == (3.0, 4.0, None, None)
    assert _types(engine, target, "place") == _types(engine, s, "place")


def _compile(dialect: str, columns: list[tuple[str, str, bool]], rules: dict) -> None:
    table = Table("s", "t", tuple(Column(n, parse_type(t, dialect), nullable) for n, t, nullable in columns))
    doc = {"version": 1, "source": {"schema": "s"}, "target": {"schema": "m"}, "tables": {"t": {"columns": rules}}}
    policy = parse_policy(yaml.safe_dump(doc), "p.yml")
    api.compile_inputs(policy, Catalog((table,), dialect), get_dialect(dialect), TEST_KEY, source="x")


@pytest.mark.parametrize(
    ("dialect", "type_sql", "rule", "error", "match"),
    [
        ("mysql", "polygon", {"transform": "constant", "value": "POINT(0 0)"}, PlanError, "cannot hold a point"),
        ("mysql", "point", {"transform": "constant", "value": "somewhere"}, PlanError, "WKT point"),
        ("mysql", "point", {"transform": "expression", "sql": "v"}, PlanError, "cannot build spatial values"),
        ("mysql", "geometry", {"transform": "generalize", "grid": 1}, PlanError, "a grid needs a column of points"),
        ("postgres", "box", {"transform": "constant", "value": "POINT(0 0)"}, PlanError, "cannot hold a point"),
        (
            "postgres",
            "geometry(Point,4326)",
            {"transform": "generalize", "grid": 1},
            UnsupportedError,
            "null the column",
        ),
        ("duckdb", "GEOMETRY", {"transform": "constant", "value": "POINT(0 0)"}, UnsupportedError, "duckdb"),
        ("mysql", "binary(2)", {"transform": "constant", "value": "abc"}, PlanError, "3 bytes"),
        ("mysql", "blob", {"transform": "constant", "value": 7}, PlanError, "constant is text"),
        ("mysql", "enum('a','b')", {"transform": "constant", "value": "c"}, PlanError, "not one of"),
    ],
)
def test_what_an_engine_cannot_run_is_refused_at_compile(dialect, type_sql, rule, error, match):
    with pytest.raises(error, match=match):
        _compile(dialect, [("v", type_sql, True)], {"v": rule})


@pytest.mark.parametrize("dialect", ["duckdb", "postgres", "mysql", "spark", "tsql", "snowflake", "bigquery"])
def test_null_on_binary_compiles_everywhere(dialect):
    _compile(dialect, [("v", "BLOB" if dialect != "postgres" else "BYTEA", True)], {"v": "null"})
