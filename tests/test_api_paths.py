"""compile, plan, run and verify reach the plan one way: a live source is introspected and counted, a file is read."""

from __future__ import annotations

import duckdb
import pytest
import typer.main
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app
from datamask_sql.cliopts import FLAGS
from datamask_sql.errors import DatamaskError, PlanError
from tests.engines import TEST_KEY

POLICY = """version: 1
tables:
  t:
    columns:
      code: {transform: hash, length: 12}
      v: keep
"""
RISK = "48-bit hash over 40 rows"


@pytest.fixture
def keyed(tmp_path):
    """A 40-row table keyed by text, as a DuckDB file and as a DDL file, and a policy hashing the key to 12 hex."""
    db = tmp_path / "k.duckdb"
    conn = duckdb.connect(str(db))
    conn.execute("CREATE TABLE t (code VARCHAR PRIMARY KEY, v INT)")
    conn.execute("INSERT INTO t SELECT 'c' || i, i FROM range(40) r(i)")
    conn.close()
    ddl = tmp_path / "k.sql"
    ddl.write_text("CREATE TABLE t (code VARCHAR(20) PRIMARY KEY, v INT);\n")
    policy = tmp_path / "p.yml"
    policy.write_text(POLICY)
    return policy, f"duckdb:///{db}", ddl


def test_compile_on_a_live_source_measures_rows_like_plan_and_run(keyed, tmp_path):
    policy, url, _ = keyed
    planned = api.plan_policy(policy, url)
    compiled = api.compile_policy(policy, url, TEST_KEY, dialect="duckdb")
    result = api.run_policy(policy, url, TEST_KEY, out_dir=tmp_path / "out")
    assert any(RISK in n for n in planned.notes)
    assert planned.notes == compiled.plan.notes
    assert result.outcome == "succeeded" and result.rows == {"t": 40}
    assert all(c.ok for c in api.verify_target(policy, url))


def test_a_schema_file_has_no_rows_to_count_so_the_truncated_key_is_refused(keyed):
    policy, _, ddl = keyed
    with pytest.raises(PlanError, match="would make distinct values collide"):
        api.compile_policy(policy, str(ddl), TEST_KEY, dialect="duckdb")


def test_library_errors_name_parameters_and_the_cli_names_their_flags(keyed):
    _, _, ddl = keyed
    with pytest.raises(DatamaskError) as info:
        api.resolve_dialect(str(ddl), None)
    assert "--" not in info.value.render()
    assert info.value.option in FLAGS
    command = typer.main.get_command(app)
    flags = {opt for sub in command.commands.values() for p in sub.params for opt in [*p.opts, *p.secondary_opts]}
    assert set(FLAGS.values()) <= flags, "FLAGS names an option no command has"


def test_the_cli_compiles_on_a_live_source_what_plan_accepts(keyed, tmp_path):
    policy, url, _ = keyed
    runner = CliRunner()
    planned = runner.invoke(app, ["plan", str(policy), "--source", url])
    compiled = runner.invoke(
        app,
        ["compile", str(policy), "--source", url, "--out", str(tmp_path / "out")],
        env={"DATAMASK_SECRET": "test-secret-0001"},
    )
    assert planned.exit_code == 0 and RISK in " ".join(planned.output.split())
    assert compiled.exit_code == 0, compiled.output
    assert (tmp_path / "out" / "manifest.json").is_file()
