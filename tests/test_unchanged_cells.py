"""Verify counts, per masked column, the cells still equal to their own row's source value (rows matched on a
key the copy keeps), and fails a column above what its transform allows (Transform.unchanged_allowance)."""

from __future__ import annotations

import duckdb
import pytest
import yaml
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.transforms import get_transform

SECRET = "unchanged-cells-secret-1"
ROWS = [(i, f"user{i}@example.org", f"note {i}", f"n{i % 3}") for i in range(1, 21)]


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "src.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (id INT PRIMARY KEY, email TEXT, note TEXT, tag TEXT)")
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", ROWS)
    con.close()
    return path


def _run(tmp_path, source, columns: dict) -> tuple[int, str]:
    policy = tmp_path / "policy.yml"
    policy.write_text(yaml.safe_dump({"version": 1, "tables": {"t": {"columns": {"id": "keep", **columns}}}}))
    result = CliRunner().invoke(
        app,
        ["run", str(policy), "-s", f"duckdb:///{source}", "--out", str(tmp_path / "o")],
        env={"DATAMASK_SECRET": SECRET},
    )
    assert "Traceback" not in result.output
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.duckdb
def test_an_expression_that_returns_the_column_is_caught(tmp_path, source):
    code, text = _run(
        tmp_path, source, {"email": "email", "note": {"transform": "expression", "sql": "note"}, "tag": "keep"}
    )
    assert code == 1, text
    assert "unchanged t.note: 20 of 20 cell(s) equal their own source value (expression allows 50%)" in text
    assert "t.email" not in text.split("unchanged t.note")[0]


@pytest.mark.duckdb
def test_masked_columns_that_change_pass_and_a_chance_fake_pick_is_allowed(tmp_path, source):
    # A fake pick may equal its source by chance; hash and email may never.
    rules = {"email": "email", "note": "hash", "tag": {"transform": "fake", "kind": "first_name"}}
    code, text = _run(tmp_path, source, rules)
    assert code == 0, text


def test_each_transform_declares_its_expectation():
    assert get_transform("keep").unchanged_allowance(None) is None
    assert get_transform("hash").unchanged_allowance(None) == 0.0
    assert get_transform("email").unchanged_allowance(None) == 0.0
    assert 0 < get_transform("fake").unchanged_allowance(None) < 1
    assert 0 < get_transform("expression").unchanged_allowance(None) < 1
    # Text without digits, or shorter than what partial keeps, comes out as it went in: reported, never failed.
    for name in ("digits", "redact_text", "partial", "generalize", "noise", "constant"):
        assert get_transform(name).unchanged_allowance(None) == 1.0, name
