"""STRUCT fields of Parquet files masked on Spark over file paths: the same nested schema out, every field the
value the DuckDB file run gives for the same policy and secret, unaddressed fields as unlisted: says."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from datamask_sql import api
from datamask_sql.errors import PlanError
from tests.test_files import KEY

POLICY = """\
version: 1
defaults: {unlisted: 'null'}
tables:
  orders:
    primary_key: [id]
    columns:
      id: keep
      amount: keep
      tags: keep
      addr.city: {transform: fake, kind: city, domain: city}
      addr.zip: {transform: digits, domain: zip}
      addr.note: keep
      addr.geo: keep
  visits:
    columns:
      id: keep
      place.name: {transform: hash, length: 10}
      place.geo.code: {transform: hash, length: 12, domain: code}
      place.geo.lat: keep
"""


TABLES = ("orders", "visits")


def make_lake(folder: Path) -> Path:
    """orders.parquet: id, addr STRUCT(city, zip, note, extra, geo STRUCT(code, lat)), amount, tags; row 7's addr
    is NULL, row 9's has NULL fields (city, extra) beside set ones. visits.parquet: id, place STRUCT(name, geo
    STRUCT(code, lat, lon)); NULL place at 5, NULL geo at 6."""
    folder.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE o AS SELECT i AS id, CASE WHEN i = 7 THEN NULL ELSE {'city': CASE WHEN i = 9 THEN NULL ELSE "
        "'Town ' || i END, 'zip': lpad(i::VARCHAR, 5, '0'), 'note': 'n' || i, 'extra': CASE WHEN i = 9 THEN NULL "
        "ELSE 'secret ' || i END, 'geo': {'code': 'G' || i, 'lat': i / 4}} END AS addr, i * 1.5 AS amount, "
        "[i, i + 1] AS tags FROM range(1, 31) t(i)"
    )
    con.execute(f"COPY o TO '{folder / 'orders.parquet'}' (FORMAT parquet, COMPRESSION zstd)")
    con.execute(
        f"COPY (SELECT i AS id, CASE WHEN i = 5 THEN NULL ELSE {{'name': 'P' || i, 'geo': CASE WHEN i = 6 THEN NULL "
        f"ELSE {{'code': 'C-' || i, 'lat': i / 3, 'lon': -i / 7}} END}} END AS place FROM range(1, 21) t(i)) "
        f"TO '{folder / 'visits.parquet'}' (FORMAT parquet)"
    )
    con.close()
    return folder


def _policy(tmp_path: Path, text: str, target: str | None = None) -> Path:
    policy = tmp_path / "p.yml"
    if target is not None:
        text = text.replace("version: 1\n", f"version: 1\ntarget: {{schema: {target}}}\n")
    policy.write_text(text)
    return policy


def _run_on_spark(spark_conn, policy: Path, data: Path, out: Path, target: str, tables: tuple[str, ...]) -> None:
    """Compile for Spark over paths, execute every statement on the session, write each table with Spark."""
    from datamask_sql.runkey import put_key

    compiled = api.compile_policy(policy, str(data), None, dialect="spark")
    put_key(spark_conn, compiled.emitted, KEY)
    for file in compiled.files:
        for statement in file.statements:
            spark_conn.execute(statement.sql)
    for table in tables:
        spark_conn.raw.table(f"{target}.{table}").write.parquet(str(out / table))


@pytest.mark.spark
def test_struct_fields_masked_on_spark_over_paths_equal_the_duckdb_run(spark_conn, tmp_path):
    data = make_lake(tmp_path / "lake")
    target = f"nested_spark_{tmp_path.name[-8:]}".lower().replace("-", "_")
    policy = _policy(tmp_path, POLICY, target)
    spark = spark_conn.raw
    try:
        _run_on_spark(spark_conn, policy, data, tmp_path / "spark", target, TABLES)
        for table in TABLES:
            # (a) the Spark table keeps the file's nested schema, field names, order and types
            source_schema = spark.read.parquet(str(data / f"{table}.parquet")).schema
            assert spark.table(f"{target}.{table}").schema == source_schema
    finally:
        spark.sql(f"DROP SCHEMA IF EXISTS `{target}` CASCADE")
    api.run_files(policy, str(data), KEY, target_path=tmp_path / "duck", out_dir=tmp_path / "b")
    con = duckdb.connect()
    query = "SELECT * FROM read_parquet('{}') ORDER BY id"
    for table, count in zip(TABLES, (30, 20)):
        from_spark = con.execute(query.format(tmp_path / "spark" / table / "*.parquet")).fetchall()
        from_duck = con.execute(query.format(tmp_path / "duck" / f"{table}.parquet")).fetchall()
        # (b) every cell, masked fields included, is what the DuckDB file run gives
        assert len(from_spark) == count and from_spark == from_duck
    from_spark = con.execute(query.format(tmp_path / "spark" / "orders" / "*.parquet")).fetchall()
    source = con.execute(query.format(data / "orders.parquet")).fetchall()
    for (oid, addr, amount, tags), (sid, saddr, samount, stags) in zip(from_spark, source):
        assert oid == sid and amount == samount and tags == stags
        if saddr is None:
            assert addr is None  # a NULL STRUCT stays NULL
            continue
        assert addr["extra"] is None  # (c) unaddressed: unlisted: 'null' nulls it
        assert (addr["note"], addr["geo"]) == (saddr["note"], saddr["geo"])  # (d) kept fields unchanged
        assert addr["zip"] != saddr["zip"] and len(addr["zip"]) == 5 and addr["zip"].isdigit()
        assert addr["city"] is None if saddr["city"] is None else addr["city"] != saddr["city"]
    visits = con.execute(query.format(tmp_path / "spark" / "visits" / "*.parquet")).fetchall()
    source = con.execute(query.format(data / "visits.parquet")).fetchall()
    assert visits[4][1] is None and visits[5][1]["geo"] is None  # NULL STRUCTs, outer and inner, stay NULL
    for (vid, place), (_, splace) in zip(visits, source):
        if vid in (5, 6):
            continue
        geo, sgeo = place["geo"], splace["geo"]
        assert place["name"] != splace["name"] and geo["code"] != sgeo["code"]  # masked, a level down too
        assert geo["lat"] == sgeo["lat"] and geo["lon"] is None  # kept; unaddressed: unlisted: 'null'


@pytest.mark.duckdb
def test_an_unaddressed_field_is_an_unlisted_column_for_spark_too(tmp_path):
    data = make_lake(tmp_path / "lake")
    policy = _policy(tmp_path, POLICY.replace("defaults: {unlisted: 'null'}\n", ""))
    with pytest.raises(PlanError, match=r"addr\.extra|place\.geo\.lon"):
        api.compile_policy(policy, str(data), None, dialect="spark")
