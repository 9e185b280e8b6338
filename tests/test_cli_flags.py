"""One meaning per flag on every command, and an error's hint only names a flag the command has."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app
from datamask_sql.errors import DatamaskError

POLICY = "version: 1\ntables:\n  t:\n    columns: {id: keep, v: keep}\n"
# `v TEXT[]`-style brackets: fine in PostgreSQL, a parse error in T-SQL (where [] quotes names).
SCHEMA = "CREATE TABLE t (id INT PRIMARY KEY, v INT);\nCREATE TABLE u (x INT, y INT[]);\n"


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env={"DATAMASK_SECRET": "flags-c0ffee-5eed-4217"})


def files(tmp_path, schema: str = SCHEMA):
    (tmp_path / "p.yml").write_text(POLICY)
    (tmp_path / "s.sql").write_text(schema)
    return str(tmp_path / "p.yml"), str(tmp_path / "s.sql")


def help_of(verb: str, flag: str) -> str:
    command = typer.main.get_command(app).commands[verb]
    return next(p.help for p in command.params if flag in p.opts)


def test_dialect_and_source_dialect_mean_the_same_on_plan_and_compile():
    for flag in ("--dialect", "--source-dialect"):
        assert help_of("plan", flag) == help_of("compile", flag)
    assert help_of("plan", "--dialect").startswith("Output dialect")


def test_plan_reads_a_ddl_file_in_the_source_dialect(tmp_path):
    policy, schema = files(tmp_path)
    # Read as T-SQL the file does not parse; read as PostgreSQL it does, whatever the output dialect.
    assert invoke("plan", policy, "-s", schema, "--dialect", "tsql").exit_code == 1
    result = invoke("plan", policy, "-s", schema, "--dialect", "tsql", "--source-dialect", "postgres")
    assert result.exit_code == 0, result.output
    # With no --dialect the output dialect is the one the file is read in.
    assert invoke("plan", policy, "-s", schema, "--source-dialect", "postgres").exit_code == 0


@pytest.mark.parametrize("verb", ["plan", "compile"])
def test_a_ddl_parse_error_names_a_flag_the_command_has(tmp_path, verb):
    policy, schema = files(tmp_path)
    result = invoke(verb, policy, "-s", schema, "--dialect", "tsql", "--out", str(tmp_path / "o"))
    if verb == "plan":  # plan writes nothing: no --out
        result = invoke(verb, policy, "-s", schema, "--dialect", "tsql")
    assert result.exit_code == 1, result.output
    text = " ".join(result.output.split())
    assert "cannot parse as tsql SQL" in text and "see --source-dialect" in text


def test_a_hint_never_names_a_flag_the_command_lacks(monkeypatch, tmp_path):
    def fails(*args, **kwargs):
        raise DatamaskError("the DDL could not be read", option="source_dialect")

    monkeypatch.setattr(api, "verify_target", fails)
    result = invoke("verify", "p.yml", "-s", "duckdb:///x.duckdb")
    assert result.exit_code == 1
    assert "the DDL could not be read" in result.output and "--source-dialect" not in result.output
