"""`datamask-sql verify` on the folder a file run wrote: a clean folder passes; a tampered one fails, named.

The folder is re-checked with the run's own checks (row counts against the source files, declared keys unique,
foreign keys between tables, no masked value equal to a source value), read back through DuckDB's readers."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app
from tests.test_files import KEY, POLICY, make_shop

pytestmark = pytest.mark.duckdb


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """(data folder, policy, the clean masked folder) of one file run."""
    root = tmp_path_factory.mktemp("verify")
    data = make_shop(root / "data")
    policy = root / "policy.yml"
    policy.write_text(POLICY)
    api.run_files(policy, str(data), KEY, target_path=root / "masked", out_dir=root / "build")
    return data, policy, root / "masked"


def _verify(policy: Path, data: Path, folder: Path):
    return CliRunner().invoke(app, ["verify", str(policy), "--source", str(data), "--target-path", str(folder)])


def _copy(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "copy"
    shutil.copytree(folder, out)
    return out


def _edit_csv(path: Path, edit) -> None:  # noqa: ANN001
    with path.open(newline="") as handle:
        rows = list(csv.reader(handle))
    rows = edit(rows)
    with path.open("w", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def _failure(result) -> str:  # noqa: ANN001
    """The one paragraph the failure ends with (the error line), whitespace folded."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    return " ".join(result.output.split("error:")[-1].split())


def test_a_clean_folder_verifies(written):
    data, policy, folder = written
    result = _verify(policy, data, folder)
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1].endswith("check(s) passed")
    checks = api.verify_files(policy, str(data), target_path=folder)
    names = {(c.name, c.table) for c in checks}
    assert {("row count", "customers"), ("unique", "customers(id)"), ("no leak", "customers.email")} <= names
    assert ("foreign key", "orders(customer_id) -> customers") in names and all(c.ok for c in checks)


def test_a_dropped_row_fails_naming_the_table(written, tmp_path):
    data, policy, folder = written
    copy = _copy(folder, tmp_path)
    _edit_csv(copy / "customers.csv", lambda rows: rows[:-1])
    text = _failure(_verify(policy, data, copy))
    assert "row count customers: source 40, masked 39" in text, text


def test_a_row_dropped_from_a_parquet_file_fails(written, tmp_path):
    data, policy, folder = written
    copy = _copy(folder, tmp_path)
    orders = copy / "orders.parquet"
    con = duckdb.connect()
    con.execute(f"COPY (SELECT * FROM read_parquet('{orders}') WHERE id <> 7) TO '{tmp_path / 'o.parquet'}'")
    con.close()
    (tmp_path / "o.parquet").replace(orders)
    text = _failure(_verify(policy, data, copy))
    assert "row count orders: source 120, masked 119" in text, text


def test_a_source_value_copied_into_a_masked_column_fails_as_a_leak(written, tmp_path):
    data, policy, folder = written
    copy = _copy(folder, tmp_path)

    def leak(rows: list[list[str]]) -> list[list[str]]:
        rows[3][rows[0].index("email")] = "user7@x.org"  # a source e-mail, back in the masked file
        return rows

    _edit_csv(copy / "customers.csv", leak)
    text = _failure(_verify(policy, data, copy))
    assert "no leak customers.email: 1 masked value(s) equal a source value" in text, text


def test_a_duplicated_key_fails_naming_the_key(written, tmp_path):
    data, policy, folder = written
    copy = _copy(folder, tmp_path)

    def duplicate(rows: list[list[str]]) -> list[list[str]]:
        column = rows[0].index("id")
        rows[2][column] = rows[1][column]
        return rows

    _edit_csv(copy / "customers.csv", duplicate)
    text = _failure(_verify(policy, data, copy))
    assert "unique customers(id): 1 duplicate value(s)" in text, text


def test_a_missing_file_or_a_foreign_folder_is_one_paragraph(written, tmp_path):
    data, policy, folder = written
    copy = _copy(folder, tmp_path)
    (copy / "events.jsonl").unlink()
    text = _failure(_verify(policy, data, copy))
    assert "the masked files of table 'events' cannot be read back" in text, text
    (tmp_path / "other").mkdir()
    text = _failure(_verify(policy, data, tmp_path / "other"))
    assert "holds no masked files a datamask-sql file run wrote" in text, text


def test_the_written_types_are_read_back_as_planned_not_sniffed(written, tmp_path):
    """Digits-only masked text in a CSV would sniff as a number: read back as planned, it still compares."""
    data, policy, folder = written
    copy = _copy(folder, tmp_path)
    _edit_csv(copy / "customers.csv", lambda rows: [rows[0], *([*r[:2], "12345678", *r[3:]] for r in rows[1:])])
    result = _verify(policy, data, copy)
    assert result.exit_code == 0, result.output


def test_a_run_whose_written_files_fail_verification_leaves_the_previous_output(written, tmp_path, monkeypatch):
    from datamask_sql import runner
    from datamask_sql.errors import RunError
    from datamask_sql.verify import Check

    data, policy, _ = written
    target = tmp_path / "out"
    api.run_files(policy, str(data), KEY, target_path=target, out_dir=tmp_path / "b")
    before = {p.name: p.read_bytes() for p in target.iterdir()}
    monkeypatch.setattr(runner, "verify", lambda *a, **k: [Check("row count", "customers", False, "forced")])
    with pytest.raises(RunError, match="verification failed"):
        api.run_files(policy, str(data), KEY, target_path=target, out_dir=tmp_path / "b")
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []


def test_a_run_writes_each_table_once_and_verifies_what_it_wrote(written):
    """The executed SQL copies the masked SELECT to the file, then reads that file back (the only table it makes)."""
    build = written[2].parent / "build"
    text = next(build.glob("*_customers.sql")).read_text()
    assert text.count("COPY (") == 1 and "CREATE TABLE" not in text and text.count("CREATE OR REPLACE TABLE") == 1
    read_back = text[text.index("CREATE OR REPLACE TABLE") :]
    assert ".masked.tmp-run/customers.csv" in read_back and "READ_CSV(" in read_back and "'signup': 'DATE'" in read_back
    assert not list(build.glob("*_swap.sql"))


@pytest.mark.parametrize("fmt", [None, "csv", "jsonl"])
def test_struct_fields_masked_one_by_one_read_back_in_every_format(tmp_path, fmt):
    """A STRUCT packed again from its masked fields is read back typed (CSV and JSON: its planned STRUCT type)."""
    from tests.test_files_nested import POLICY as NESTED
    from tests.test_files_nested import make_data

    data = make_data(tmp_path / "data")
    policy = tmp_path / "p.yml"
    policy.write_text(NESTED.replace("tables:", "defaults: {unlisted: keep}\ntables:"))
    result = api.run_files(policy, str(data), KEY, target_path=tmp_path / "out", out_dir=tmp_path / "b", fmt=fmt)
    assert result.rows == {"flat": 30, "orders": 30}
    checks = api.verify_files(policy, str(data), target_path=tmp_path / "out", fmt=fmt)
    assert checks and all(c.ok for c in checks), checks
