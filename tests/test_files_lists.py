"""Fields of the elements of LIST of STRUCT columns in Parquet files masked one by one (`items.email: email`):
the same nested type out, every list's order and length, NULL lists and NULL elements kept, and each masked
field equal to what the same rule gives a flat column of the same values in the same domain."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from sqlglot import exp
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.catalog.model import Column
from datamask_sql.cli import app
from datamask_sql.errors import PlanError, UnsupportedError, VerifyError
from datamask_sql.transforms import RefContext, get_transform
from tests.test_files import KEY, SECRET_ENV

pytestmark = pytest.mark.duckdb

RULES = """\
      sku: {transform: hash, length: 12, domain: sku}
      email: {transform: email, domain: email}
      city: {transform: fake, kind: city, domain: city}
"""
ITEMS = RULES.replace("      sku", "      items.sku").replace("      email", "      items.email")
ITEMS = ITEMS.replace("      city", "      items.city")
POLICY = (
    """\
version: 1
tables:
  orders:
    columns:
      id: keep
      note: keep
      items.qty: keep
"""
    + ITEMS
    + """\
  flat:
    columns:
      id: keep
      pos: keep
      qty: keep
"""
    + RULES
)
# Row 3: NULL list; 4: empty; 5: one NULL element; every third element NULL, every fifth with all fields NULL.
ORDERS = """
CREATE TABLE o AS
SELECT i AS id, 'n' || i AS note,
  CASE WHEN i = 3 THEN NULL WHEN i = 4 THEN [] WHEN i = 5 THEN [NULL]
  ELSE list_transform(range(1, i % 6 + 2), lambda j: CASE WHEN j % 3 = 0 THEN NULL
    WHEN (i + j) % 5 = 0 THEN {'sku': NULL, 'email': NULL, 'qty': NULL, 'city': NULL}
    ELSE {'sku': 'sku-' || (i * j) % 7, 'email': 'user' || i || '.' || j || '@shop.example',
          'qty': (i + j)::INT, 'city': 'Town ' || j} END) END AS items
FROM range(1, 41) t(i)
"""
FLAT = """
SELECT id, pos::BIGINT AS pos, items[pos].sku AS sku, items[pos].email AS email, items[pos].qty AS qty,
  items[pos].city AS city
FROM (SELECT id, items, unnest(range(1, len(items) + 1)) AS pos FROM o) WHERE items[pos] IS NOT NULL
"""


def make_data(folder: Path) -> Path:
    """orders.parquet (id, note, items LIST<STRUCT<sku, email, qty, city>>) and flat.parquet of its elements."""
    folder.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(ORDERS)
    con.execute(f"COPY o TO '{folder / 'orders.parquet'}' (FORMAT parquet, COMPRESSION zstd)")
    con.execute(f"COPY ({FLAT}) TO '{folder / 'flat.parquet'}' (FORMAT parquet)")
    con.close()
    return folder


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    return make_data(tmp_path_factory.mktemp("lists") / "data")


def _run(tmp_path: Path, data: Path | str, text: str) -> Path:
    policy = tmp_path / "p.yml"
    policy.write_text(text)
    api.run_files(policy, str(data), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "b")
    return tmp_path / "out"


def _schema(path: Path) -> list[tuple]:
    return duckdb.connect().execute(f"DESCRIBE SELECT * FROM '{path}'").fetchall()


def _rows(path: Path) -> dict[int, object]:
    return dict(duckdb.connect().execute(f"SELECT id, items FROM '{path}'").fetchall())


def test_elements_masked_as_flat_columns_type_order_and_nulls_kept(tmp_path, data):
    out = _run(tmp_path, data, POLICY)
    assert _schema(out / "orders.parquet") == _schema(data / "orders.parquet")
    masked, source = _rows(out / "orders.parquet"), _rows(data / "orders.parquet")
    flat = {
        (r[0], r[1]): r[2:]
        for r in duckdb.connect().execute(f"SELECT id, pos, sku, email, city FROM '{out / 'flat.parquet'}'").fetchall()
    }
    assert sorted(masked) == sorted(source) == list(range(1, 41))
    assert masked[3] is None and masked[4] == [] and masked[5] == [None]
    compared = 0
    for oid, before in source.items():
        after = masked[oid]
        if before is None:
            continue
        assert len(after) == len(before)
        for pos, (old, new) in enumerate(zip(before, after), start=1):
            if old is None:
                assert new is None  # a NULL element stays NULL, in its place
                continue
            assert new["qty"] == old["qty"]  # kept, and the element is still the one at this position
            if old["sku"] is None:
                assert new == {"sku": None, "email": None, "qty": None, "city": None}
                continue
            # The same rule in the same domain gives a flat column of the same values the same value.
            assert (new["sku"], new["email"], new["city"]) == flat[(oid, pos)]
            assert new["sku"] != old["sku"] and len(new["sku"]) == 12
            assert new["email"] != old["email"] and "@" in new["email"]
            compared += 1
    assert compared > 50
    # And equal to the Python reference of the rule (the determinism spec's oracle).
    hashed = get_transform("hash")
    column = Column("sku", exp.DataType.build("VARCHAR"))
    ctx, params = RefContext(KEY.value, "sku", column), hashed.Params(length=12)
    elements = [(o, n) for oid in source for o, n in zip(source[oid] or (), masked[oid] or ())]
    pairs = [(o["sku"], n["sku"]) for o, n in elements if o and o["sku"]]
    assert all(new == hashed.reference(old, ctx, params) for old, new in pairs) and len(pairs) == compared
    # Same value, same domain, same output: the masked SKUs repeat exactly as the source's do.
    skus = {(o["sku"], n["sku"]) for oid in source if source[oid] for o, n in zip(source[oid], masked[oid]) if o}
    assert len({s for s, _ in skus if s}) == len({m for s, m in skus if s}) == 7


def test_several_files_of_one_table_keep_every_row_its_own_list(tmp_path, data):
    folder = tmp_path / "parts"
    folder.mkdir()
    con = duckdb.connect()
    con.execute(ORDERS)
    # Two files with the same row numbers: rows are told apart by file as well as by row number.
    con.execute(f"COPY (SELECT * FROM o WHERE id <= 20) TO '{folder / 'orders_1.parquet'}' (FORMAT parquet)")
    con.execute(f"COPY (SELECT * FROM o WHERE id > 20) TO '{folder / 'orders_2.parquet'}' (FORMAT parquet)")
    text = POLICY.split("  flat:")[0]
    out = _run(tmp_path, folder, text)
    masked, source = _rows(out / "orders.parquet"), dict(con.execute("SELECT id, items FROM o").fetchall())
    assert sorted(masked) == list(range(1, 41))
    for oid, before in source.items():
        after = masked[oid]
        assert (after is None) == (before is None)
        if before is not None:
            assert [e and e["qty"] for e in after] == [e and e["qty"] for e in before]


def test_an_unaddressed_element_field_is_an_unlisted_column(tmp_path, data):
    text = POLICY.replace("      items.qty: keep\n", "")
    with pytest.raises(PlanError, match=r"orders\.items\.qty") as err:
        _run(tmp_path, data, text)
    assert "p.yml:3:" in str(err.value)  # the table's line
    assert not (tmp_path / "out").exists()
    out = _run(tmp_path, data, text.replace("  orders:\n", "  orders:\n    unlisted: 'null'\n"))
    assert {e["qty"] for items in _rows(out / "orders.parquet").values() for e in items or () if e} == {None}


def _error_line(tmp_path: Path, data: Path, text: str, marker: str) -> str:
    line = text.splitlines().index(marker) + 1
    with pytest.raises(PlanError) as err:
        _run(tmp_path, data, text)
    assert f"p.yml:{line}:" in str(err.value)
    assert not (tmp_path / "out").exists()
    return str(err.value)


@pytest.mark.parametrize(("field", "hint"), [("emial", "did you mean 'email'?"), ("", "fields: sku, email, qty")])
def test_a_field_the_elements_lack_is_an_error_at_its_line(tmp_path, data, field, hint):
    text = POLICY.replace("      items.qty: keep\n", f"      items.qty: keep\n      items.{field}: keep\n")
    message = _error_line(tmp_path, data, text, f"      items.{field}: keep")
    assert f"the elements of the LIST column 'items' of table 'orders' have no field '{field}'" in message
    assert hint in message


def test_a_rule_for_the_whole_list_beside_field_rules_is_an_error(tmp_path, data):
    text = POLICY.replace("      note: keep\n", "      note: keep\n      items: keep\n")
    message = _error_line(tmp_path, data, text, "      items: keep")
    assert "masked element by element" in message


def test_a_key_on_an_element_field_is_an_error(tmp_path, data):
    text = POLICY.replace("  orders:\n", "  orders:\n    primary_key: [items.sku]\n")
    message = _error_line(tmp_path, data, text, "    primary_key: [items.sku]")
    assert "a list holds many" in message


def test_list_fields_of_json_lines_are_refused(tmp_path):
    folder = tmp_path / "json"
    folder.mkdir()
    (folder / "orders.jsonl").write_text('{"id": 1, "items": [{"sku": "a", "email": "a@b.c"}]}\n')
    text = "version: 1\ntables:\n  orders:\n    columns:\n      id: keep\n      items.sku: hash\n"
    text += "      items.email: keep\n"
    message = _error_line(tmp_path, folder, text, "      items.sku: hash")
    assert "only in Parquet files" in message


def test_the_whole_list_kept_or_nulled_as_before(tmp_path, data):
    text = "version: 1\ntables:\n  orders:\n    columns: {id: keep, note: keep, items: 'null'}\n"
    out = _run(tmp_path, data, text)
    assert _schema(out / "orders.parquet") == _schema(data / "orders.parquet")
    assert all(v is None for v in _rows(out / "orders.parquet").values())


def test_compiling_list_fields_for_an_engine_reading_paths_is_refused(tmp_path, data):
    policy = tmp_path / "p.yml"
    policy.write_text(POLICY.split("  flat:")[0])
    with pytest.raises(UnsupportedError, match="fields of LIST elements"):
        api.compile_policy(policy, str(data / "orders.parquet"), None, dialect="spark")
    # dbt models would read views only this process makes: refused for DuckDB too.
    with pytest.raises(UnsupportedError, match="dbt models of rules on nested fields"):
        api.compile_dbt(policy, str(data / "orders.parquet"), tmp_path / "dbt", dialect="duckdb")
    assert not (tmp_path / "dbt").exists()


def test_with_a_struct_odd_field_names_partitions_and_a_subset(tmp_path):
    """STRUCT fields and LIST elements masked in one table of a Hive-partitioned folder, cut by a subset."""
    folder = tmp_path / "lake" / "sales"
    folder.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE s AS SELECT i AS id, 2020 + i % 2 AS year, {'city': 'Town ' || i, 'zip': '0' || i} AS addr, "
        "[{'Line Item': 'Town ' || i, 'NOTE': 'x'}, {'Line Item': 'b' || i, 'NOTE': NULL}] AS lines "
        "FROM range(1, 21) t(i)"
    )
    con.execute(f"COPY s TO '{folder}' (FORMAT parquet, PARTITION_BY (year))")
    text = """\
version: 1
tables:
  sales:
    subset: {where: "id <= 10"}
    columns:
      id: keep
      year: keep
      addr.city: {transform: hash, length: 8, domain: c}
      addr.zip: keep
      lines.Line Item: {transform: hash, length: 8, domain: c}
      lines.NOTE: keep
"""
    out = _run(tmp_path, tmp_path / "lake", text)
    files = sorted((out / "sales").rglob("*.parquet"))
    assert [f.parent.name for f in files] == ["year=2020", "year=2021"]
    glob = str(out / "sales" / "**" / "*.parquet")
    source = str(folder / "**" / "*.parquet")
    assert _schema(Path(glob)) == _schema(Path(source))
    rows = con.execute(
        f"SELECT m.id, m.addr.city, m.lines, s.addr.city, s.lines FROM read_parquet('{glob}') m "
        f"JOIN read_parquet('{source}') s USING (id) ORDER BY id"
    ).fetchall()
    assert [r[0] for r in rows] == list(range(1, 11))
    for _, city, lines, old_city, old_lines in rows:
        assert [e["NOTE"] for e in lines] == [e["NOTE"] for e in old_lines]
        assert lines[0]["Line Item"] != old_lines[0]["Line Item"] and len(lines[0]["Line Item"]) == 8
        # One rule, one domain: a STRUCT field and a list element of equal values get equal masks.
        assert old_city == old_lines[0]["Line Item"] and city == lines[0]["Line Item"] != old_city
        assert lines[1]["Line Item"] not in (city, old_lines[1]["Line Item"])


def test_cli_plan_shows_the_elements_table_and_run_refuses_a_missing_field(tmp_path, data):
    policy = tmp_path / "p.yml"
    policy.write_text(POLICY)
    shown = CliRunner().invoke(app, ["plan", str(policy), "--source", str(data)])
    assert shown.exit_code == 0, shown.output
    assert "orders.items.email" in shown.output and "orders.items._dm_pos" in shown.output
    policy.write_text(POLICY.replace("      items.qty: keep\n", "      items.qyt: keep\n"))
    args = ["run", str(policy), "--source", str(data), "--target-path", str(tmp_path / "out"), "--out", str(tmp_path)]
    result = CliRunner().invoke(app, args, env=SECRET_ENV)
    text = " ".join(result.output.split())
    assert result.exit_code == 1 and "p.yml:7:" in text and "did you mean 'qty'?" in text, text
    assert not (tmp_path / "out").exists()


def test_lists_written_as_json_lines_and_a_folder_verify_says_what_it_cannot_recheck(tmp_path, data):
    policy = tmp_path / "p.yml"
    policy.write_text(POLICY)
    out = tmp_path / "out"
    api.run_files(policy, str(data), KEY, target_path=out, fmt="jsonl", out_dir=tmp_path / "b")
    # Read back by the run with the LIST's own type (never sniffed): every list comes out as the Parquet run's.
    masked = dict(duckdb.connect().execute(f"SELECT id, items FROM read_json('{out / 'orders.jsonl'}')").fetchall())
    (tmp_path / "pq").mkdir()
    parquet = _rows(_run(tmp_path / "pq", data, POLICY) / "orders.parquet")
    assert masked == parquet
    with pytest.raises(VerifyError, match=r"LIST columns masked element by element yet \(orders\.items\)"):
        api.verify_files(policy, str(data), target_path=out, fmt="jsonl")
