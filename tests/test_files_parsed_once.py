"""A file run parses each CSV, TSV and JSON source once: loaded into `datamask_loaded`, then read from there.

The statements a run sends to DuckDB are recorded (a proxy around the connection open_files makes), and the
source files are moved away once loaded, so a second parse would fail the run rather than pass unseen."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql import api, fileapi
from datamask_sql.catalog import files
from datamask_sql.catalog.filesources import discover
from datamask_sql.cli import app
from datamask_sql.errors import CatalogError
from tests.test_files import KEY, POLICY, SECRET_ENV, make_shop

pytestmark = pytest.mark.duckdb


class _Recording:
    """A DuckDB connection that records every statement sent to it."""

    def __init__(self, raw: duckdb.DuckDBPyConnection, log: list[str]) -> None:
        self._raw = raw
        self._log = log

    def execute(self, sql: str, *args):  # noqa: ANN002, ANN201
        self._log.append(sql)
        return self._raw.execute(sql, *args)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._raw, name)


@pytest.fixture
def statements(monkeypatch) -> list[str]:
    """Every statement the file sessions opened from here on send."""
    log: list[str] = []
    real = duckdb.connect

    class _Driver:
        Error = duckdb.Error

        @staticmethod
        def connect(*args, **kwargs):  # noqa: ANN002, ANN003, ANN205
            return _Recording(real(*args, **kwargs), log)

    monkeypatch.setattr(files, "_duckdb", _Driver)
    return log


def _reads(log: list[str], reader: str, path: Path) -> list[str]:
    """The statements that call `reader` over `path`."""
    return [s for s in log if reader in s.lower() and str(path.resolve()) in s]


def test_each_text_source_is_read_by_its_reader_once_per_run(tmp_path, statements, monkeypatch):
    data = make_shop(tmp_path / "data")
    (tmp_path / "policy.yml").write_text(POLICY)
    texts = [data / "customers.csv", data / "events.jsonl"]
    opened = fileapi.open_files

    def open_then_hide(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        conn = opened(*args, **kwargs)
        for path in texts:  # loaded now: any later parse of them would fail the run
            path.rename(path.with_name("_" + path.name))
        return conn

    monkeypatch.setattr(fileapi, "open_files", open_then_hide)
    try:
        result = api.run_files(
            tmp_path / "policy.yml", str(data), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "b"
        )
    finally:
        for path in texts:
            path.with_name("_" + path.name).rename(path)
    assert result.outcome == "succeeded" and result.rows["customers"] == 40 and result.rows["events"] == 30
    assert len(_reads(statements, "read_csv", texts[0])) == 1, statements
    assert len(_reads(statements, "read_json", texts[1])) == 1, statements
    load = _reads(statements, "read_csv", texts[0])[0]
    assert load.startswith('CREATE TABLE "datamask_loaded"."main"."customers" AS SELECT * FROM READ_CSV(')
    # The masked rows are the same as masking the files as read: the loaded copy has the sniffed types.
    masked = duckdb.execute(f"SELECT count(*) FROM read_csv('{tmp_path / 'out' / 'customers.csv'}')").fetchall()
    assert masked == [(40,)]
    # Parquet is read in place, never loaded.
    assert not [s for s in statements if "datamask_loaded" in s and "orders" in s]


def test_every_view_of_a_text_table_reads_its_loaded_copy(tmp_path):
    data = make_shop(tmp_path / "data")
    conn = files.open_files(discover(str(data)))
    try:
        views = dict(conn.query("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal"))
    finally:
        conn.close()
    assert "datamask_loaded" in views["customers"] and "read_csv" not in views["customers"].lower()
    assert "datamask_loaded" in views["events"] and "read_json" not in views["events"].lower()
    assert "read_parquet" in views["orders"].lower()
    assert conn.scratch and not Path(conn.scratch).exists()  # the loaded copies' spill folder is gone


def _late_csv(path: Path) -> None:
    lines = ["id,name"] + [f"{'abc' if i == 49998 else i},n{i}" for i in range(60000)]
    path.write_text("\n".join(lines) + "\n")


def _late_json(path: Path) -> None:
    path.write_text(
        "".join(json.dumps({"id": "abc" if i == 49998 else i, "name": f"n{i}"}) + "\n" for i in range(60000))
    )


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_value_past_the_sniffed_rows_that_misfits_its_type_is_one_paragraph(tmp_path, kind):
    folder = tmp_path / "data"
    folder.mkdir()
    source = folder / f"t.{kind}"
    (_late_csv if kind == "csv" else _late_json)(source)
    line = 50000 if kind == "csv" else 49999  # the header is line 1 of the CSV
    policy = tmp_path / "p.yml"
    policy.write_text("version: 1\ntables:\n  t: {columns: {id: keep, name: hash}}\n")
    with pytest.raises(CatalogError) as caught:
        api.run_files(policy, str(folder), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "b")
    assert caught.value.line == line and str(source.resolve()) in caught.value.file
    result = CliRunner().invoke(
        app,
        [
            "run",
            str(policy),
            "--source",
            str(folder),
            "--target-path",
            str(tmp_path / "out"),
            "--out",
            str(tmp_path / "b"),
        ],
        env=SECRET_ENV,
    )
    assert result.exit_code == 1, result.output
    text = " ".join(result.output.split())
    assert f"{source.resolve()}:{line}:" in text, text
    assert "sniffed" in text and "table 't' cannot be read" in text, text
    if kind == "csv":
        assert "column 'id' holds a value that is not BIGINT" in text, text
    assert "Traceback" not in result.output and "abc" not in result.output  # the value itself is data: not shown
    assert not (tmp_path / "out").exists()
