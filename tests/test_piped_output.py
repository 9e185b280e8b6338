"""Output piped into a file or CI log: no line wrapped at 80 columns, no path split; verify says how it went."""

from __future__ import annotations

from pathlib import Path

import duckdb
from typer.testing import CliRunner

from datamask_sql.cli import app

TABLE = "customers_with_a_rather_long_table_name_for_wrapping"
COLUMN = "email_address_of_the_customer_person_at_signup"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env={"DATAMASK_SECRET": "piped-7c1e-44b2-9f0d-aa51"})


def deep_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "a folder name long enough to wrap" / "and a second level that is just as long"
    folder.mkdir(parents=True)
    (folder / "policy.yml").write_text(
        f"version: 1\ntables:\n  {TABLE}:\n    columns:\n      id: keep\n      {COLUMN}: {{transform: email}}\n"
    )
    return folder


def test_plan_rows_and_paths_stay_on_one_line(tmp_path):
    folder = deep_folder(tmp_path)
    (folder / "s.sql").write_text(f"CREATE TABLE {TABLE} (id INT PRIMARY KEY, {COLUMN} VARCHAR(200));\n")
    result = invoke("plan", str(folder / "policy.yml"), "-s", str(folder / "s.sql"), "-d", "postgres")
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if f"{TABLE}.{COLUMN}" in line)
    assert f"explicit rule ({folder / 'policy.yml'}:6)" in row  # the whole path, on the row it explains
    assert len(row) > 80


def test_an_error_with_a_long_path_is_one_line(tmp_path):
    folder = deep_folder(tmp_path)
    (folder / "s.sql").write_text(f"CREATE TABLE {TABLE} (id INT PRIMARY KEY);\n")
    result = invoke("plan", str(folder / "policy.yml"), "-s", str(folder / "s.sql"), "-d", "postgres")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and f"{folder / 'policy.yml'}:6:" in lines[0], result.output


def test_verify_prints_every_check_unwrapped_and_a_summary_line(tmp_path):
    folder = deep_folder(tmp_path)
    db = tmp_path / "src.duckdb"
    con = duckdb.connect(str(db))
    con.execute(f"CREATE TABLE {TABLE} (id INT PRIMARY KEY, {COLUMN} VARCHAR(200))")
    con.execute(f"INSERT INTO {TABLE} VALUES (1, 'a@example.org'), (2, 'b@example.org'), (3, NULL)")
    con.close()
    source, policy = f"duckdb:///{db}", str(folder / "policy.yml")
    assert invoke("run", policy, "-s", source, "--out", str(tmp_path / "out")).exit_code == 0
    checked = invoke("verify", policy, "-s", source)
    assert checked.exit_code == 0, checked.output
    lines = checked.output.strip().splitlines()
    assert any(f"{TABLE}.{COLUMN}" in line and "ok" in line for line in lines), checked.output
    passed = [line for line in lines if line.endswith("check(s) passed")]
    assert passed == [lines[-1]] and int(lines[-1].split()[0]) >= 3

    con = duckdb.connect(str(db))
    con.execute(f"DELETE FROM masked.{TABLE} WHERE id = 3")
    con.close()
    failed = invoke("verify", policy, "-s", source)
    assert failed.exit_code == 1
    total = int(lines[-1].split()[0])
    assert failed.output.strip().splitlines()[-1] == f"1 of {total} check(s) failed"
