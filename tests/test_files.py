"""File sources and targets: CSV, compressed Parquet with nested columns and JSON lines masked into files.

Every data set is made here by DuckDB; runs go through the library and the CLI on an embedded DuckDB."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.catalog.filesources import discover, is_file_source
from datamask_sql.cli import app
from datamask_sql.errors import DatamaskError, PlanError
from datamask_sql.secret import key_from_secret

pytestmark = pytest.mark.duckdb
KEY = key_from_secret("files-test-secret-0001")
SECRET_ENV = {"DATAMASK_SECRET": "files-test-secret-0001"}

POLICY = """\
version: 1
relations:
  - orders.customer_id -> customers.id
  - events.customer_id -> customers.id
tables:
  customers:
    primary_key: [id]
    unique: [[email]]
    columns:
      id: {transform: hash_int}
      email: {transform: email}
      name: {transform: hash, length: 10}
      signup: keep
  orders:
    primary_key: [id]
    columns:
      id: keep
      amount: keep
      addr: keep
      tags: keep
  events:
    columns:
      id: keep
      kind: {transform: hash, length: 8}
"""


def make_shop(folder: Path) -> Path:
    """customers.csv, orders.parquet (zstd, a STRUCT and a LIST column), events.jsonl."""
    folder.mkdir(parents=True)
    con = duckdb.connect()
    con.execute(
        "COPY (SELECT i AS id, 'user' || i || '@x.org' AS email, 'Name ' || i AS name, DATE '2024-01-01' + i::INT "
        f"AS signup FROM range(1, 41) t(i)) TO '{folder / 'customers.csv'}' (HEADER)"
    )
    con.execute(
        "COPY (SELECT i AS id, 1 + i % 40 AS customer_id, i * 1.5 AS amount, {'city': 'C' || i, 'zip': i::VARCHAR} "
        f"AS addr, [i, i + 1] AS tags FROM range(1, 121) t(i)) TO '{folder / 'orders.parquet'}' "
        "(FORMAT parquet, COMPRESSION zstd)"
    )
    con.execute(
        "COPY (SELECT i AS id, 1 + i % 40 AS customer_id, 'evt' || i AS kind FROM range(1, 31) t(i)) "
        f"TO '{folder / 'events.jsonl'}' (FORMAT json)"
    )
    con.close()
    return folder


def digests(folder: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    root = tmp_path_factory.mktemp("files")
    data = make_shop(root / "data")
    policy = root / "policy.yml"
    policy.write_text(POLICY)
    before = digests(data)
    result = api.run_files(policy, str(data), KEY, target_path=root / "masked", out_dir=root / "build")
    return root, data, policy, before, result


def test_folder_masks_into_same_files_with_joins_and_originals_untouched(shop):
    root, data, _, before, result = shop
    out = root / "masked"
    assert result.outcome == "succeeded"
    assert result.rows == {"customers": 40, "events": 30, "orders": 120}
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "customers.csv",
        "events.jsonl",
        "orders.parquet",
    ]
    assert digests(data) == before, "a source file changed"
    con = duckdb.connect()
    src_emails = {r[0] for r in con.execute(f"SELECT email FROM read_csv('{data / 'customers.csv'}')").fetchall()}
    masked = con.execute(f"SELECT id, email, signup FROM read_csv('{out / 'customers.csv'}')").fetchall()
    assert len({r[0] for r in masked}) == 40 and not src_emails & {r[1] for r in masked}
    joined = con.execute(
        f"SELECT count(*) FROM read_parquet('{out / 'orders.parquet'}') o "
        f"JOIN read_csv('{out / 'customers.csv'}') c ON o.customer_id = c.id"
    ).fetchone()[0]
    assert joined == 120
    events = con.execute(
        f"SELECT count(*) FROM read_json('{out / 'events.jsonl'}') e "
        f"JOIN read_csv('{out / 'customers.csv'}') c ON e.customer_id = c.id"
    ).fetchone()[0]
    assert events == 30
    # Parquet keeps its schema (nested columns included) and its codec.
    schema = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{out / 'orders.parquet'}')").fetchall()
    assert [(r[0], r[1]) for r in schema] == [
        ("id", "BIGINT"),
        ("customer_id", "BIGINT"),
        ("amount", "DECIMAL(21,1)"),
        ("addr", "STRUCT(city VARCHAR, zip VARCHAR)"),
        ("tags", "BIGINT[]"),
    ]
    codec = con.execute(f"SELECT compression FROM parquet_metadata('{out / 'orders.parquet'}') LIMIT 1").fetchone()
    assert codec[0].upper() == "ZSTD"
    nested = con.execute(f"SELECT addr.city, tags[2] FROM read_parquet('{out / 'orders.parquet'}') WHERE id = 7")
    assert nested.fetchone() == ("C7", 8)


def test_manifest_and_run_record_list_each_input_file(shop):
    root, data, *_ = shop
    manifest = json.loads((root / "build" / "manifest.json").read_text())
    inputs = {Path(f["path"]).name: f for f in manifest["inputs"]}
    assert sorted(inputs) == ["customers.csv", "events.jsonl", "orders.parquet"]
    raw = (data / "orders.parquet").read_bytes()
    assert inputs["orders.parquet"] == {
        "path": str((data / "orders.parquet").resolve()),
        "bytes": len(raw),
        "sha256": hashlib.sha256(raw).hexdigest(),
    }
    records = [json.loads(line) for line in (root / "build" / "runs.jsonl").read_text().splitlines()]
    assert [r["outcome"] for r in records] == ["started", "succeeded"]
    assert KEY.value not in (root / "build" / "runs.jsonl").read_text()
    assert all(KEY.value not in p.read_text() for p in (root / "build").glob("*.sql"))


def test_plan_shows_file_types_and_notes_tables_without_keys(shop):
    root, data, policy, *_ = shop
    plan = api.plan_policy(policy, str(data))
    types = {(t.name, c.name): c.column.type_sql for t in plan.tables for c in t.columns}
    assert types[("customers", "signup")] == "DATE"
    assert types[("orders", "addr")].startswith("STRUCT")
    assert any("no key declared for events" in n for n in plan.notes)
    assert not any("customers" in n and "no key declared" in n for n in plan.notes)
    customers = plan.table("customers")
    assert customers.source.primary_key == ("id",) and ("email",) in customers.source.unique


def test_declared_key_with_duplicates_is_an_error_naming_the_table(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "people.csv").write_text("id,name\n1,a\n2,b\n2,c\n")
    policy = tmp_path / "p.yml"
    policy.write_text("version: 1\ntables:\n  people:\n    primary_key: [id]\n    columns: {id: keep, name: keep}\n")
    with pytest.raises(PlanError) as info:
        api.plan_policy(policy, str(data))
    assert "table 'people'" in info.value.message and "(id)" in info.value.message
    assert info.value.line == 4


def test_hive_partitions_glob_and_gzip_keep_their_layout(tmp_path):
    data = tmp_path / "lake"
    con = duckdb.connect()
    (data / "sales").mkdir(parents=True)
    con.execute(
        "COPY (SELECT i AS id, 2023 + i % 2 AS year, 'p' || i AS who FROM range(10) t(i)) "
        f"TO '{data / 'sales'}' (FORMAT parquet, PARTITION_BY (year))"
    )
    with gzip.open(data / "notes.csv.gz", "wt") as handle:
        handle.write("id,text\n1,hello\n2,world\n")
    tables = {t.name: t for t in discover(str(data))}
    assert tables["sales"].partitions == ("year",) and tables["notes"].compression == "gzip"
    policy = tmp_path / "p.yml"
    policy.write_text(
        "version: 1\ntables:\n  sales: {primary_key: [id], columns: {id: keep, year: keep, who: hash}}\n"
        "  notes: {columns: {id: keep, text: hash}}\n"
    )
    api.run_files(policy, str(data), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "build")
    out = tmp_path / "out"
    assert sorted(p.name for p in (out / "sales").iterdir()) == ["year=2023", "year=2024"]
    assert gzip.open(out / "notes.csv.gz", "rt").read().startswith("id,text\n")
    rows = con.execute(f"SELECT count(*), count(DISTINCT who) FROM read_parquet('{out}/sales/**/*.parquet')")
    assert rows.fetchone() == (10, 10)
    # A numbered glob is one table named after its pattern.
    for i in (1, 2):
        (tmp_path / "drop").mkdir(exist_ok=True)
        (tmp_path / "drop" / f"orders_{i}.csv").write_text(f"id\n{i}\n")
    assert [(t.name, len(t.paths)) for t in discover(str(tmp_path / "drop" / "orders_*.csv"))] == [("orders", 2)]
    assert [t.name for t in discover(str(tmp_path / "drop" / "*.csv"))] == ["orders"]


def test_same_values_as_the_duckdb_database_path(shop, tmp_path):
    """The CSV masked as a file and the same rows as a database table give the same cells."""
    root, data, policy, *_ = shop
    db = tmp_path / "shop.duckdb"
    con = duckdb.connect(str(db))
    con.execute(f"CREATE TABLE customers AS SELECT * FROM read_csv('{data / 'customers.csv'}')")
    con.execute(f"CREATE TABLE events AS SELECT * FROM read_json('{data / 'events.jsonl'}')")
    con.execute(f"CREATE TABLE orders AS SELECT * FROM read_parquet('{data / 'orders.parquet'}')")
    con.close()
    api.run_policy(policy, f"duckdb:///{db}", KEY, out_dir=tmp_path / "build")
    con = duckdb.connect(str(db), read_only=True)
    from_db = con.execute("SELECT * FROM masked.customers ORDER BY signup").fetchall()
    from_file = con.execute(f"SELECT * FROM read_csv('{root / 'masked' / 'customers.csv'}') ORDER BY signup").fetchall()
    assert from_db == from_file


def test_a_failed_run_leaves_the_previous_output(shop, tmp_path):
    root, data, policy, *_ = shop
    target = tmp_path / "out"
    api.run_files(policy, str(data), KEY, target_path=target, out_dir=tmp_path / "b")
    before = digests(target)
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in data.iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    (bad / "customers.csv").write_text("id,email,name,signup\n1,a@x,n,2024-01-01\n1,b@x,m,2024-01-02\n")
    with pytest.raises(DatamaskError):
        api.run_files(policy, str(bad), KEY, target_path=target, out_dir=tmp_path / "b")
    assert digests(target) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def _bad_inputs(tmp: Path) -> dict[str, tuple[str, str, str]]:
    """name -> (source, the file the error must name, a phrase it must hold)."""
    cases = {}
    for name, body, phrase in [
        ("ragged", "id,name\n1,a\n2,b,c\n3,d\n", "line 3 has 3 fields where the header has 2"),
        ("quote", 'id,name\n1,a\n2,"b\n3,c\n', "line 3 opens a quote that is never closed"),
    ]:
        folder = tmp / name
        folder.mkdir()
        (folder / "t.csv").write_text(body)
        cases[name] = (str(folder), str(folder / "t.csv"), phrase)
    folder = tmp / "latin"
    folder.mkdir()
    (folder / "t.csv").write_bytes(b"id,name\n1,a\n2,caf\xe9\n")
    cases["latin"] = (str(folder), str(folder / "t.csv"), "line 3 is not UTF-8")
    folder = tmp / "trunc"
    folder.mkdir()
    duckdb.execute(f"COPY (SELECT 1 AS id, 'a' AS name) TO '{folder / 't.parquet'}' (FORMAT parquet)")
    whole = (folder / "t.parquet").read_bytes()
    (folder / "t.parquet").write_bytes(whole[: len(whole) // 2])
    cases["trunc"] = (str(folder), str(folder / "t.parquet"), "is not a whole Parquet file")
    cases["glob"] = (str(tmp / "nowhere" / "t_*.csv"), str(tmp / "nowhere" / "t_*.csv"), "matches no")
    return cases


@pytest.mark.parametrize("case", ["ragged", "quote", "latin", "trunc", "glob"])
def test_bad_input_is_one_paragraph_naming_the_file_exit_1_no_output(tmp_path, case):
    source, named, phrase = _bad_inputs(tmp_path)[case]
    policy = tmp_path / "p.yml"
    policy.write_text("version: 1\ntables:\n  t: {columns: {id: keep, name: hash}}\n")
    target = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        ["run", str(policy), "--source", source, "--target-path", str(target), "--out", str(tmp_path / "b")],
        env=SECRET_ENV,
    )
    assert result.exit_code == 1, result.output
    text = " ".join(result.output.split())
    assert named in text and phrase in text, text
    assert "Traceback" not in result.output
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".out")]


def test_output_folder_inside_the_input_is_refused(shop):
    root, data, policy, *_ = shop
    result = CliRunner().invoke(
        app, ["run", str(policy), "--source", str(data), "--target-path", str(data / "masked")], env=SECRET_ENV
    )
    assert result.exit_code == 1
    assert "is inside, or holds, the input folder" in " ".join(result.output.split())
    assert not (data / "masked").exists()


def test_policy_paths_and_format_override(shop, tmp_path):
    root, data, *_ = shop
    policy = tmp_path / "p.yml"
    text = POLICY.replace("version: 1\n", f"version: 1\nsource: {{path: '{data}'}}\n")
    policy.write_text(text + f"target: {{path: '{tmp_path / 'out'}', format: parquet}}\n")
    result = CliRunner().invoke(app, ["run", str(policy), "--out", str(tmp_path / "b")], env=SECRET_ENV)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")) == [
        "customers.parquet",
        "events.parquet",
        "orders.parquet",
    ]


def test_which_sources_are_files(tmp_path):
    catalog = tmp_path / "dbt_catalog.json"
    catalog.write_text('{"metadata": {"dbt_schema_version": "x"}, "nodes": {}}')
    assert not is_file_source(str(tmp_path / "catalog.json"))
    data = tmp_path / "rows.json"
    data.write_text('[{"a": 1}]')
    assert not is_file_source(str(catalog)) and is_file_source(str(data))
    assert not is_file_source("postgresql://h/db") and not is_file_source("schema.sql")
    assert is_file_source("x/*.parquet") and is_file_source(str(tmp_path))


def test_nested_columns_masked_whole_and_a_whole_rule_beside_field_rules_refused(shop, tmp_path):
    root, data, *_ = shop
    policy = tmp_path / "p.yml"
    policy.write_text(POLICY.replace("      addr: keep\n", "      addr: null\n"))
    api.run_files(policy, str(data), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "b")
    rows = duckdb.execute(f"SELECT count(addr), count(tags) FROM read_parquet('{tmp_path / 'out' / 'orders.parquet'}')")
    assert rows.fetchone() == (0, 120)
    policy.write_text(POLICY.replace("      addr: keep\n", "      addr: keep\n      addr.city: hash\n"))
    with pytest.raises(PlanError) as info:
        api.plan_policy(policy, str(data))
    assert "'addr' is masked field by field" in info.value.message and info.value.line == 19


@pytest.mark.postgres
def test_same_cells_as_the_postgres_path(postgres_url, tmp_path):
    """One data set loaded into PostgreSQL and written as CSV, masked with one policy and secret: cell for cell."""
    import psycopg

    rows = [(i, f"user{i}@x.org", f"Name {i}" if i % 7 else None, f"2024-01-{i % 28 + 1:02d}") for i in range(1, 31)]
    data = tmp_path / "data"
    data.mkdir()
    lines = ["id,email,name,signup"] + [f"{i},{e},{n or ''},{d}" for i, e, n, d in rows]
    (data / "people.csv").write_text("\n".join(lines) + "\n")
    schema = f"files_src_{tmp_path.name[-12:]}".lower().replace("-", "_")
    target = f"{schema}_m"
    policy = tmp_path / "p.yml"
    policy.write_text(
        f"version: 1\nsource: {{schema: {schema}}}\ntarget: {{schema: {target}}}\ntables:\n  people:\n"
        "    primary_key: [id]\n    columns:\n      id: hash_int\n      email: email\n"
        "      name: {transform: hash, length: 10}\n      signup: {transform: date_shift, days: 30}\n"
    )
    with psycopg.connect(postgres_url, autocommit=True) as pg:
        pg.execute(f'CREATE SCHEMA "{schema}"')
        pg.execute(f'CREATE TABLE "{schema}".people (id bigint PRIMARY KEY, email text, name text, signup date)')
        with pg.cursor() as cur:
            cur.executemany(f'INSERT INTO "{schema}".people VALUES (%s, %s, %s, %s)', rows)
    try:
        api.run_policy(policy, postgres_url, KEY, out_dir=tmp_path / "pg")
        api.run_files(policy, str(data), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "b")
        with psycopg.connect(postgres_url) as pg:
            from_pg = sorted(pg.execute(f'SELECT id, email, name, signup FROM "{target}".people').fetchall())
        from_csv = sorted(duckdb.execute(f"SELECT * FROM read_csv('{tmp_path / 'out' / 'people.csv'}')").fetchall())
        assert len(from_pg) == 30 and from_pg == from_csv
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as pg:
            pg.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            pg.execute(f'DROP SCHEMA IF EXISTS "{target}" CASCADE')


@pytest.mark.spark
def test_same_policy_compiles_to_spark_over_file_paths_and_runs(spark_conn, tmp_path):
    """Spark SQL over parquet.`path` / json.`path`, run on the local session, written back with Spark's writer."""
    from datamask_sql.runkey import put_key

    data = tmp_path / "lake"
    data.mkdir()
    make_shop(tmp_path / "shop")
    duckdb.execute(
        f"COPY (SELECT * FROM read_csv('{tmp_path / 'shop' / 'customers.csv'}')) TO '{data / 'customers.parquet'}' "
        "(FORMAT parquet)"
    )
    for name in ("orders.parquet", "events.jsonl"):
        (data / name).write_bytes((tmp_path / "shop" / name).read_bytes())
    target = f"files_spark_{tmp_path.name[-8:]}".lower().replace("-", "_")
    policy = tmp_path / "p.yml"
    policy.write_text(POLICY.replace("version: 1\n", f"version: 1\ntarget: {{schema: {target}}}\n"))
    compiled = api.compile_policy(policy, str(data), None, dialect="spark")
    text = "\n".join(f.text for f in compiled.files)
    assert f"`parquet`.`{data / 'orders.parquet'}`" in text and f"`json`.`{data / 'events.jsonl'}`" in text
    put_key(spark_conn, compiled.emitted, KEY)
    for file in compiled.files:
        for statement in file.statements:
            spark_conn.execute(statement.sql)
    spark = spark_conn.raw
    out = tmp_path / "out"
    for table in ("customers", "orders"):
        spark.table(f"{target}.{table}").write.parquet(str(out / table))
    api.run_files(policy, str(data), KEY, target_path=tmp_path / "duck", out_dir=tmp_path / "b")
    con = duckdb.connect()
    for table in ("customers", "orders"):
        from_spark = con.execute(f"SELECT * FROM read_parquet('{out / table}/*.parquet') ORDER BY ALL").fetchall()
        from_duck = con.execute(f"SELECT * FROM read_parquet('{tmp_path / 'duck' / table}.parquet') ORDER BY ALL")
        assert from_spark == from_duck.fetchall() and len(from_spark) in (40, 120)
    spark.sql(f"DROP SCHEMA IF EXISTS `{target}` CASCADE")


def test_spark_refuses_csv_by_path_and_other_dialects_refuse_file_reads(shop):
    root, data, policy, *_ = shop
    with pytest.raises(DatamaskError) as info:
        api.compile_policy(policy, str(data), None, dialect="spark")
    assert "reading csv files by path cannot be expressed in spark" in info.value.message
    with pytest.raises(DatamaskError) as info:
        api.compile_policy(policy, str(data), None, dialect="postgres")
    assert "files by path cannot be expressed in postgres" in info.value.message


def test_what_a_killed_run_leaves_is_undone_by_the_next(shop, tmp_path):
    root, data, policy, *_ = shop
    target = tmp_path / "out"
    api.run_files(policy, str(data), KEY, target_path=target, out_dir=tmp_path / "b")
    before = digests(target)
    target.rename(tmp_path / ".out.old-deadbeef")  # killed between moving the old output aside and the rename
    (tmp_path / ".out.tmp-cafebabe").mkdir()  # and a partial folder of another killed run
    from datamask_sql.filerun import _recover

    _recover(target)
    assert digests(target) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []
