"""The README's file example: the shop's exports (examples/files) mask into files that still join, same schemas."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql.cli import app

pytestmark = pytest.mark.duckdb

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "files"
ENV = {"DATAMASK_SECRET": "files-example-secret-7f3a91c2d8e4b605"}
JOINS = {
    "orders -> customers": ("orders.parquet", "customers.csv", "customer_id", "id"),
    "payments -> orders": ("payments.jsonl", "orders.parquet", "order_id", "id"),
}


def _write_exports(folder: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("exports", EXAMPLE / "exports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_exports(folder)


READERS = {".csv": "read_csv", ".parquet": "read_parquet", ".jsonl": "read_json"}


def _rel(path: Path) -> str:
    return f"{READERS[path.suffix]}(?)"  # the reader by format; the path is a bound parameter


def _query(sql: str, *paths: Path) -> list[tuple]:
    return duckdb.connect().execute(sql, [str(p) for p in paths]).fetchall()


def _join_count(folder: Path, child: str, parent: str, fk: str, pk: str) -> int:
    c, p = folder / child, folder / parent
    return _query(f"SELECT count(*) FROM {_rel(c)} c JOIN {_rel(p)} p ON c.{fk} = p.{pk}", c, p)[0][0]


def _schema(path: Path) -> list[tuple]:
    return _query(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM {_rel(path)})", path)


@pytest.fixture(scope="module")
def masked(tmp_path_factory):
    base = tmp_path_factory.mktemp("files_example")
    source = base / "exports"
    _write_exports(source)
    runs = {}
    for name, extra in (("files", []), ("parquet", ["--target-format", "parquet"])):
        target = base / name
        args = ["run", str(EXAMPLE / "policy.yml"), "--source", str(source), "--target-path", str(target)]
        result = CliRunner().invoke(app, [*args, *extra, "--out", str(base / "build" / name)], env=ENV)
        assert result.exit_code == 0, result.output
        runs[name] = target
    return source, runs


def test_the_masked_files_still_join_as_the_exports_do(masked):
    source, runs = masked
    for name, (child, parent, fk, pk) in JOINS.items():
        before = _join_count(source, child, parent, fk, pk)
        assert before > 500, name
        assert _join_count(runs["files"], child, parent, fk, pk) == before, name
    # With --target-format parquet every table is a Parquet file, and the joins hold there too.
    files = {f.name for f in runs["parquet"].iterdir() if not f.name.startswith(".")}  # beside the run marker
    assert files == {"customers.parquet", "orders.parquet", "payments.parquet"}
    orders, customers = runs["parquet"] / "orders.parquet", runs["parquet"] / "customers.parquet"
    joined = _query(
        f"SELECT count(*) FROM {_rel(orders)} o JOIN {_rel(customers)} c ON o.customer_id = c.id", orders, customers
    )
    assert joined[0][0] == _join_count(source, "orders.parquet", "customers.csv", "customer_id", "id")


def test_each_file_keeps_its_name_format_and_schema(masked):
    source, runs = masked
    for path in sorted(source.iterdir()):
        assert _schema(runs["files"] / path.name) == _schema(path), path.name
    assert dict(_schema(source / "orders.parquet"))["shipping"].startswith("STRUCT(")


def test_identifying_values_are_masked_and_the_rest_kept(masked):
    source, runs = masked
    out = runs["files"]
    for name, column in (("customers.csv", "email"), ("customers.csv", "last_name"), ("payments.jsonl", "card_number")):
        before, after = source / name, out / name
        sql = f"SELECT count(*) FROM {_rel(after)} m JOIN {_rel(before)} s ON m.id = s.id AND m.{column} = s.{column}"
        assert _query(sql, after, before)[0][0] == 0, (name, column)
    before, after = source / "orders.parquet", out / "orders.parquet"
    rows = _query(
        f"SELECT s.shipping IS NULL, m.shipping IS NULL, s.shipping.city = m.shipping.city, s.total = m.total"
        f" FROM {_rel(before)} s JOIN {_rel(after)} m ON m.id = s.id",
        before,
        after,
    )
    assert len(rows) == 600
    assert all(src_null == out_null for src_null, out_null, _, _ in rows)  # a NULL STRUCT stays NULL, no other
    assert not any(same_city for _, _, same_city, _ in rows if same_city is not None)
    assert all(same_total for *_, same_total in rows)


def test_the_source_files_are_left_as_they_were(masked, tmp_path):
    source, _ = masked
    fresh = _write_exports(tmp_path / "again")
    for path in fresh:
        if path.suffix != ".parquet":  # Parquet records its writer's metadata; the text files are byte-exact
            assert path.read_bytes() == (source / path.name).read_bytes(), path.name
    assert (
        _query(
            f"SELECT * FROM {_rel(fresh[1])} EXCEPT SELECT * FROM {_rel(source / 'orders.parquet')}",
            fresh[1],
            source / "orders.parquet",
        )
        == []
    )
