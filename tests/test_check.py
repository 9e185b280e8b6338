"""check as a CI gate: a policy scan drafted passes; a column added to the source fails it at file:line until a
rule is written; vanished columns, changed types and kept sensitive columns are findings; reason: acknowledges."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app

pytestmark = pytest.mark.duckdb

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "examples" / "shop"


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    """The shop example in a DuckDB file; each test works on its own copy."""
    path = tmp_path_factory.mktemp("check") / "shop.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute((SHOP / "shop.sql").read_text())
    conn.close()
    return path


def copy_of(shop: Path, tmp_path: Path, *statements: str) -> str:
    path = tmp_path / "shop.duckdb"
    path.write_bytes(shop.read_bytes())
    conn = duckdb.connect(str(path))
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return f"duckdb:///{path}"


def invoke(*args: str):
    return CliRunner().invoke(app, ["check", *args])


def test_drafted_policy_passes_then_a_new_column_fails_until_it_has_a_rule(shop, tmp_path):
    url = copy_of(shop, tmp_path)
    draft = tmp_path / "policy.yml"
    api.scan_source(url, write_policy=draft)
    result = invoke(str(draft), "--source", url)
    assert result.exit_code == 0, result.output
    assert "coverage: 10/10 sensitive column(s) masked" in result.output

    url = copy_of(shop, tmp_path, "ALTER TABLE customers ADD COLUMN telefone_celular VARCHAR(30)")
    result = invoke(str(draft), "--source", url)
    assert result.exit_code == 1
    line = draft.read_text().splitlines().index("  customers:") + 2  # the table's columns: key
    assert f"{draft}:{line}: new column 'customers.telefone_celular' (TEXT) has no rule" in result.output
    assert "kept, but scan" not in result.output  # reported once, as a missing rule

    text = draft.read_text().replace("      email:", "      telefone_celular: {class: contact.phone}\n      email:")
    draft.write_text(text)
    result = invoke(str(draft), "--source", url)
    assert result.exit_code == 0, result.output
    assert "coverage: 11/11" in result.output


def test_vanished_columns_and_tables_kept_sensitive_columns_and_reasons(shop, tmp_path):
    url = copy_of(shop, tmp_path)
    policy = tmp_path / "policy.yml"
    text = (SHOP / "policy.yml").read_text()
    text = text.replace("      status: keep", "      status: keep\n      legacy_flag: keep")
    text = text.replace("      notes: {class: text.free}", "      notes: keep")
    text += "  coupons:\n    columns:\n      code: keep\n"
    policy.write_text(text)
    lines = text.splitlines()
    result = invoke(str(policy), "--source", url, "--format", "json")
    assert result.exit_code == 1
    found = {(p["kind"], p["line"]) for p in json.loads(result.output)["problems"]}
    assert found == {
        ("missing-column", lines.index("      legacy_flag: keep") + 1),
        ("missing-table", lines.index("  coupons:") + 1),
        ("kept-sensitive", lines.index("      notes: keep") + 1),
    }
    # With the structure fixed, the kept free text is the one finding left; a reason acknowledges it.
    text = text.replace("      legacy_flag: keep\n", "").replace("  coupons:\n    columns:\n      code: keep\n", "")
    policy.write_text(text)
    result = invoke(str(policy), "--source", url, "--format", "github")
    assert result.exit_code == 1
    line = text.splitlines().index("      notes: keep") + 1
    assert result.output.startswith(f"::error file={policy},line={line}::'customers.notes' is kept, but scan")
    assert "::notice::coverage: 9/10 sensitive column(s) masked" in result.output
    policy.write_text(text.replace("      notes: keep", "      notes: {transform: keep, reason: notes are vetted}"))
    result = invoke(str(policy), "--source", url)
    assert result.exit_code == 0, result.output


def test_a_type_change_that_makes_a_rule_invalid(tmp_path):
    policy = tmp_path / "policy.yml"
    policy.write_text(
        "version: 1\ninclude: [pii]\ntables:\n  people:\n    columns:\n      id: keep\n"
        "      born: {class: person.birth_date}\n"
    )
    path = tmp_path / "p.duckdb"
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE people (id INT PRIMARY KEY, born DATE)")
    conn.close()
    assert invoke(str(policy), "--source", f"duckdb:///{path}").exit_code == 0
    # born becomes an integer (days since 1900): date_shift no longer fits it.
    path.unlink()
    conn = duckdb.connect(str(path))
    conn.execute("CREATE TABLE people (id INT PRIMARY KEY, born INTEGER)")
    conn.close()
    result = invoke(str(policy), "--source", f"duckdb:///{path}")
    assert result.exit_code == 1
    assert f"{policy}:7:" in result.output and "date_shift" in result.output, result.output
