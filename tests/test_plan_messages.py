"""What plan and compile tell a person: hints for typos, each table's own line, readable rules, honest notes."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.catalog import read_ddl
from datamask_sql.cli import app
from datamask_sql.errors import PlanError
from datamask_sql.plan import plan
from datamask_sql.policy import parse_policy

DDL = """
CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(50), seen DATE);
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT REFERENCES customers (id), note VARCHAR(50));
"""


def _catalog(tmp_path: Path, ddl: str = DDL):
    path = tmp_path / "schema.sql"
    path.write_text(ddl)
    return read_ddl(path, "postgres", "public")


def _plan(tmp_path: Path, policy_text: str, counts: dict[str, int] | None = None):
    return plan(parse_policy(textwrap.dedent(policy_text), "p.yml"), _catalog(tmp_path), row_counts=counts)


def test_a_misspelt_required_parameter_gets_a_did_you_mean(tmp_path):
    with pytest.raises(PlanError) as info:
        _plan(
            tmp_path,
            """\
            version: 1
            target: {schema: masked}
            tables:
              customers:
                columns:
                  id: keep
                  name: keep
                  seen: {transform: date_shift, day: 365}
            """,
        )
    assert "unknown parameter 'day'" in info.value.message and "did you mean 'days'" in info.value.render()
    assert info.value.line == 8


def test_every_table_missing_rules_is_named_at_its_own_line(tmp_path):
    with pytest.raises(PlanError) as info:
        _plan(
            tmp_path,
            """\
            version: 1
            target: {schema: masked}
            tables:
              customers:
                columns:
                  id: keep
              orders:
                columns:
                  id: keep
            """,
        )
    assert info.value.line == 4
    assert "customers.name, customers.seen" in info.value.message
    assert "orders.note (p.yml:7)" in info.value.message
    assert info.value.message.startswith("3 column(s) have no rule")


def _policy_file(tmp_path: Path, columns: dict) -> Path:
    policy = tmp_path / "p.yml"
    doc = {"version": 1, "target": {"schema": "masked"}, "defaults": {"unlisted": "keep"}}
    doc["tables"] = {"customers": {"columns": columns}, "orders": {"columns": {}}}
    policy.write_text(yaml.safe_dump(doc))
    return policy


def test_plan_prints_rules_as_policy_text_not_python_reprs(tmp_path):
    names = tmp_path / "names.csv"
    names.write_text("name\nAda\nGrace\n")
    (tmp_path / "schema.sql").write_text(DDL)
    policy = _policy_file(tmp_path, {"name": {"transform": "fake", "lookup": {"csv": str(names)}}})
    result = CliRunner().invoke(app, ["plan", str(policy), "--source", str(tmp_path / "schema.sql"), "-d", "postgres"])
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.split())
    assert "None" not in text and "{'" not in text and "'csv'" not in text
    assert "lookup={csv: " in text.replace("│ ", "").replace(" │", "")


def test_hash_int_on_a_key_notes_the_rows_that_were_counted(tmp_path):
    policy = """\
        version: 1
        target: {schema: masked}
        defaults: {unlisted: keep}
        tables:
          customers: {columns: {id: {transform: hash_int, max: 1000000}}}
          orders: {columns: {}}
        """
    counted = _plan(tmp_path, policy, {"customers": 40, "orders": 3})
    note = next(n for n in counted.notes if "hash_int" in n)
    assert "among 40 rows" in note and "1000000 rows" not in note
    assumed = _plan(tmp_path, policy)
    assert any("among 1000000 rows" in n and "expected_rows" in n for n in assumed.notes)
    # Counted rows that cannot fit the range are refused, whatever expected_rows says.
    with pytest.raises(PlanError, match="collide"):
        _plan(tmp_path, policy.replace("max: 1000000", "max: 30"), {"customers": 40, "orders": 3})


def test_the_schema_fingerprint_covers_only_the_schemas_the_policy_reads(tmp_path):
    policy = parse_policy(
        "version: 1\ntarget: {schema: masked}\ndefaults: {unlisted: keep}\ntables: {customers: {columns: {}}}\n",
        "p.yml",
    )
    base = plan(policy, _catalog(tmp_path)).catalog_fingerprint
    with_target = _catalog(tmp_path, DDL + "CREATE TABLE masked.customers (id INT);\nCREATE TABLE other.x (a INT);\n")
    assert plan(policy, with_target).catalog_fingerprint == base
    changed = _catalog(tmp_path, DDL.replace("name VARCHAR(50)", "name VARCHAR(60)"))
    assert plan(policy, changed).catalog_fingerprint != base
    # A new table in the source schema is part of what the policy decided not to copy.
    added = _catalog(tmp_path, DDL + "CREATE TABLE audit (a INT);\n")
    assert plan(policy, added).catalog_fingerprint != base


def test_compile_of_a_schema_file_needs_no_secret(tmp_path):
    (tmp_path / "schema.sql").write_text(DDL)
    policy = _policy_file(tmp_path, {"name": {"transform": "hash", "length": 16}})
    result = CliRunner().invoke(
        app,
        ["compile", str(policy), "--source", str(tmp_path / "schema.sql"), "-d", "postgres", "-o", str(tmp_path / "o")],
        env={"DATAMASK_SECRET": ""},
    )
    assert result.exit_code == 0, result.output
    manifest = yaml.safe_load((tmp_path / "o" / "manifest.json").read_text())
    assert manifest["key_fingerprint"] is None
    compiled = api.compile_policy(policy, str(tmp_path / "schema.sql"), None, dialect="postgres")
    assert compiled.manifest["key_fingerprint"] is None


@pytest.mark.parametrize("args", [["compile"], ["no-such-command"], ["plan", "p.yml", "--no-such-option"], []])
def test_usage_errors_exit_1_as_the_readme_says(args):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1, result.output
    assert CliRunner().invoke(app, ["plan", "--help"]).exit_code == 0
