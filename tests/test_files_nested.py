"""STRUCT fields of Parquet files masked one by one (`addr.city: fake`): same nested schema out, fields masked
exactly as the same rule masks a flat column of the same values, other fields as the policy says."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from datamask_sql import api
from datamask_sql.errors import PlanError
from tests.test_files import KEY

pytestmark = pytest.mark.duckdb

RULES = """\
      city: {transform: fake, kind: city, domain: city}
      zip: {transform: digits, domain: zip}
"""
POLICY = (
    """\
version: 1
tables:
  orders:
    columns:
      id: keep
      amount: keep
      tags: keep
"""
    + RULES.replace("      city", "      addr.city").replace("      zip", "      addr.zip")
    + """\
  flat:
    columns:
      id: keep
"""
    + RULES
)


def make_data(folder: Path) -> Path:
    """orders.parquet (id, addr STRUCT(city, zip, note), amount, tags; one NULL addr), flat.parquet of its values."""
    folder.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE o AS SELECT i AS id, CASE WHEN i = 7 THEN NULL ELSE {'city': 'Town ' || i, 'zip': "
        "lpad(i::VARCHAR, 5, '0'), 'note': 'n' || i} END AS addr, i * 1.5 AS amount, [i, i + 1] AS tags "
        "FROM range(1, 31) t(i)"
    )
    con.execute(f"COPY o TO '{folder / 'orders.parquet'}' (FORMAT parquet)")
    con.execute(
        f"COPY (SELECT id, addr.city AS city, addr.zip AS zip FROM o) TO '{folder / 'flat.parquet'}' (FORMAT parquet)"
    )
    con.close()
    return folder


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return make_data(tmp_path_factory.mktemp("nested") / "data")


def _run(tmp_path: Path, data: Path, text: str) -> Path:
    policy = tmp_path / "p.yml"
    policy.write_text(text)
    api.run_files(policy, str(data), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "b")
    return tmp_path / "out"


def _schema(path: Path) -> list[tuple]:
    return duckdb.connect().execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()


def test_fields_masked_as_flat_columns_nested_schema_kept(tmp_path, data):
    out = _run(tmp_path, data, POLICY.replace("tables:", "defaults: {unlisted: keep}\ntables:"))
    assert _schema(out / "orders.parquet") == _schema(data / "orders.parquet")
    con = duckdb.connect()
    rows = con.execute(
        f"SELECT o.id, o.addr.city, o.addr.zip, o.addr.note, f.city, f.zip, s.addr.city, s.addr.zip, s.addr.note, "
        f"o.amount, s.amount, o.tags = s.tags, o.addr IS NULL FROM '{out / 'orders.parquet'}' o "
        f"JOIN '{out / 'flat.parquet'}' f USING (id) JOIN '{data / 'orders.parquet'}' s USING (id) ORDER BY id"
    ).fetchall()
    assert len(rows) == 30
    for oid, city, zip_, note, fcity, fzip, scity, szip, snote, amount, samount, same_tags, is_null in rows:
        if oid == 7:
            assert is_null  # a NULL STRUCT stays NULL
            continue
        assert (city, zip_) == (fcity, fzip)  # the same rule on a flat column of the same values
        assert city != scity and zip_ != szip and len(zip_) == 5 and zip_.isdigit()
        assert note == snote  # unlisted: keep keeps the field nobody addressed
        assert amount == samount and same_tags


def test_an_unaddressed_field_is_an_unlisted_column(tmp_path, data):
    with pytest.raises(PlanError, match=r"addr\.note"):
        _run(tmp_path, data, POLICY)
    assert not (tmp_path / "out").exists()


def test_an_unaddressed_field_under_unlisted_null_is_nulled(tmp_path, data):
    out = _run(tmp_path, data, POLICY.replace("tables:", "defaults: {unlisted: 'null'}\ntables:"))
    notes = duckdb.connect().execute(f"SELECT DISTINCT addr.note FROM '{out / 'orders.parquet'}'").fetchall()
    assert notes == [(None,)]


@pytest.mark.parametrize(
    ("rule", "phrase"),
    [
        ("addr.nope", "STRUCT column 'addr' of table 'orders' has no field 'nope'"),
        ("amount.x", "the column 'amount' is DECIMAL(21, 1), not a STRUCT"),
        ("tags.x", "not a STRUCT"),
    ],
)
def test_a_rule_on_no_field_is_an_error_at_its_line(tmp_path, data, rule, phrase):
    text = POLICY.replace("tables:", "defaults: {unlisted: keep}\ntables:")
    text = text.replace("      tags: keep\n", f"      tags: keep\n      {rule}: keep\n", 1)
    line = text.splitlines().index(f"      {rule}: keep") + 1
    with pytest.raises(PlanError) as err:
        _run(tmp_path, data, text)
    assert phrase in str(err.value) and f"p.yml:{line}:" in str(err.value)
    assert not (tmp_path / "out").exists()


DEEP = """\
version: 1
tables:
  visits:
    columns:
      id: keep
      place.name: keep
      place.geo.code: {transform: hash, length: 12, domain: code}
      place.geo.lat: keep
  codes:
    columns:
      id: keep
      code: {transform: hash, length: 12, domain: code}
"""


@pytest.fixture(scope="module")
def deep(tmp_path_factory):
    """visits.parquet: id, place STRUCT(name, geo STRUCT(code, lat, lon)), NULL place at 5, NULL geo at 6; and
    codes.parquet, the codes as a flat column."""
    folder = tmp_path_factory.mktemp("deep") / "data"
    folder.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE v AS SELECT i AS id, CASE WHEN i = 5 THEN NULL ELSE {'name': 'P' || i, 'geo': CASE WHEN i = 6 "
        "THEN NULL ELSE {'code': 'C-' || i, 'lat': i / 3, 'lon': -i / 7} END} END AS place FROM range(1, 21) t(i)"
    )
    con.execute(f"COPY v TO '{folder / 'visits.parquet'}' (FORMAT parquet)")
    con.execute(f"COPY (SELECT id, place.geo.code AS code FROM v) TO '{folder / 'codes.parquet'}' (FORMAT parquet)")
    con.close()
    return folder


def test_fields_of_a_struct_in_a_struct_masked_as_flat_columns(tmp_path, deep):
    out = _run(tmp_path, deep, DEEP.replace("tables:", "defaults: {unlisted: 'null'}\ntables:"))
    assert _schema(out / "visits.parquet") == _schema(deep / "visits.parquet")
    rows = (
        duckdb.connect()
        .execute(
            f"SELECT o.id, o.place, c.code, s.place FROM '{out / 'visits.parquet'}' o JOIN '{out / 'codes.parquet'}' c "
            f"USING (id) JOIN '{deep / 'visits.parquet'}' s USING (id) ORDER BY id"
        )
        .fetchall()
    )
    assert len(rows) == 20
    for oid, place, code, source in rows:
        if oid == 5:
            assert place is None  # a NULL STRUCT stays NULL
        elif oid == 6:
            assert place == {"name": "P6", "geo": None}  # and so does a NULL STRUCT inside one
        else:
            geo, sgeo = place["geo"], source["geo"]
            assert geo["code"] == code and geo["code"] != sgeo["code"] and len(code) == 12  # as the flat column
            assert (place["name"], geo["lat"]) == (source["name"], sgeo["lat"])  # kept
            assert geo["lon"] is None and sgeo["lon"] is not None  # unaddressed: unlisted: 'null'


def test_an_unaddressed_field_of_a_struct_in_a_struct_is_an_unlisted_column(tmp_path, deep):
    with pytest.raises(PlanError, match=r"place\.geo\.lon"):
        _run(tmp_path, deep, DEEP)


@pytest.mark.parametrize(
    ("rule", "phrase"),
    [
        ("place.geo", "the STRUCT field 'place.geo' is masked field by field"),
        ("place.geo.nope", "STRUCT column 'place' of table 'visits' has no field 'geo.nope'"),
    ],
)
def test_a_rule_on_a_struct_in_a_struct_is_checked_at_its_line(tmp_path, deep, rule, phrase):
    text = DEEP.replace("tables:", "defaults: {unlisted: keep}\ntables:")
    text = text.replace("      place.name: keep\n", f"      place.name: keep\n      {rule}: keep\n", 1)
    line = text.splitlines().index(f"      {rule}: keep") + 1
    with pytest.raises(PlanError) as err:
        _run(tmp_path, deep, text)
    assert phrase in str(err.value) and f"p.yml:{line}:" in str(err.value)


@pytest.mark.parametrize("rule", ["place.name", "place.geo.code"])
def test_struct_fields_of_a_database_table_are_refused_at_their_line(tmp_path, rule):
    db = tmp_path / "src.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE visits AS SELECT 1 AS id, {'name': 'P', 'geo': {'code': 'C', 'lat': 1.0}} AS place")
    con.close()
    policy = tmp_path / "p.yml"
    policy.write_text(f"version: 1\ntables:\n  visits:\n    columns:\n      id: keep\n      {rule}: keep\n")
    with pytest.raises(PlanError) as err:
        api.plan_policy(policy, f"duckdb:///{db}")
    assert f"'{rule}' is a field of the STRUCT column 'place'" in str(err.value) and "p.yml:6:" in str(err.value)
