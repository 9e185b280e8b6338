"""Text from policies, schemas and engines is printed as written: never read as rich markup or emoji codes."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql import api, cli
from datamask_sql.cli import app

# `[/]` made rich raise MarkupError inside the error handler; `root:x:0` came out with an emoji for `:x:`.
NAMES = ["[/]", "[bold]x[/bold]", ":x:", "root:x:0", "[red]", ":thumbs_up:"]


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env={"DATAMASK_SECRET": "plain-output-secret-42"})


def write(tmp_path: Path, columns: list[str], rules: dict[str, str], table: str = "t") -> tuple[Path, Path]:
    schema = tmp_path / "s.sql"
    cols = ", ".join(f"{quoted(c)} TEXT" for c in columns)
    schema.write_text(f"CREATE TABLE {quoted(table)} (id INT PRIMARY KEY, {cols});\n", encoding="utf-8")
    body = "".join(f"      '{c}': {r}\n" for c, r in rules.items())
    policy = tmp_path / "policy.yml"
    policy.write_text(f"version: 1\ntables:\n  '{table}':\n    columns:\n      id: keep\n{body}", encoding="utf-8")
    return policy, schema


def assert_literal(output: str, *texts: str) -> None:
    assert "Traceback" not in output and "MarkupError" not in output
    assert "❌" not in output and "👍" not in output
    for text in texts:
        assert text in output, output


def test_plan_prints_names_as_written(tmp_path):
    policy, schema = write(tmp_path, NAMES, {n: "hash" for n in NAMES}, table="[b]t:x:")
    result = invoke("plan", str(policy), "--source", str(schema), "--dialect", "postgres")
    assert result.exit_code == 0, result.output
    assert_literal(result.output, *(f"[b]t:x:.{n}" for n in NAMES))


def test_compile_explain_prints_names_as_written(tmp_path):
    policy, schema = write(tmp_path, NAMES, {n: "keep" for n in NAMES})
    out = tmp_path / "[bold]out:x:"
    result = invoke("compile", str(policy), "-s", str(schema), "-d", "postgres", "--out", str(out), "--explain")
    assert result.exit_code == 0, result.output
    assert_literal(result.output, *(f"t.{n}" for n in NAMES), f"{out}/")


@pytest.mark.parametrize("name", NAMES)
def test_errors_print_names_as_written_with_exit_1(tmp_path, name):
    policy, schema = write(tmp_path, ["v"], {"v": "keep", name: "keep"})
    result = invoke("plan", str(policy), "--source", str(schema), "--dialect", "postgres")
    assert result.exit_code == 1, result.output
    assert_literal(result.output, f"column '{name}' does not exist in table 't'")


@pytest.mark.parametrize("name", ["[/]", "root:x:0", "[bold]hash[/bold]"])
def test_unknown_transform_named_like_markup(tmp_path, name):
    policy, schema = write(tmp_path, ["v"], {"v": f"'{name}'"})
    result = invoke("plan", str(policy), "--source", str(schema), "--dialect", "postgres")
    assert result.exit_code == 1, result.output
    assert_literal(result.output, f"unknown transform '{name}'")


def test_run_and_verify_print_names_as_written(tmp_path):
    db = tmp_path / "src.duckdb"
    con = duckdb.connect(str(db))
    cols = ", ".join(f"{quoted(c)} TEXT" for c in NAMES)
    con.execute(f'CREATE TABLE "[b]t:x:" (id INT PRIMARY KEY, {cols})')
    con.execute(f'INSERT INTO "[b]t:x:" VALUES (1, {", ".join("?" for _ in NAMES)})', ["v"] * len(NAMES))
    con.close()
    body = "".join(f"      '{c}': hash\n" for c in NAMES)
    policy = tmp_path / "policy.yml"
    policy.write_text(f"version: 1\ntables:\n  '[b]t:x:':\n    columns:\n      id: keep\n{body}", encoding="utf-8")
    source = f"duckdb:///{db}"
    ran = invoke("run", str(policy), "--source", source, "--out", str(tmp_path / "out"))
    assert ran.exit_code == 0, ran.output
    assert_literal(ran.output, "[b]t:x:: 1 rows")
    checked = invoke("verify", str(policy), "--source", source)
    assert checked.exit_code == 0, checked.output
    assert_literal(checked.output, "[b]t:x:")


def test_internal_errors_print_their_text_as_written(monkeypatch, capsys):
    def boom(*args, **kwargs):
        raise RuntimeError("engine said [/] and root:x:0")

    monkeypatch.setattr(api, "plan_policy", boom)
    monkeypatch.setattr(sys, "argv", ["datamask-sql", "plan", "p.yml", "--source", "s.sql"])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 2
    assert_literal(capsys.readouterr().err, "RuntimeError: engine said [/] and root:x:0")
