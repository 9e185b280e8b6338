"""Every dialect compiles the shop example; output is pinned by reviewed golden files and parses back."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlglot
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app
from datamask_sql.dialects import DIALECTS
from tests.engines import TEST_KEY

ROOT = Path(__file__).resolve().parent.parent
SHOP = ROOT / "examples" / "shop"
GOLDEN = Path(__file__).resolve().parent / "golden" / "shop"


def _compiled(dialect: str):
    return api.compile_policy(SHOP / "policy.yml", str(SHOP / "shop.sql"), TEST_KEY, dialect=dialect,
                              source_dialect="postgres")


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_shop_matches_golden(dialect, request):
    text = "".join(f"-- file: {f.name}\n{f.text}\n" for f in _compiled(dialect).files)
    golden = GOLDEN / f"{dialect}.sql"
    if request.config.getoption("--update-goldens"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file for {dialect}: run pytest --update-goldens and review the diff"
    assert text == golden.read_text(encoding="utf-8"), f"{dialect} output changed: review, then --update-goldens"


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_every_statement_parses_back_in_its_dialect(dialect):
    read = DIALECTS[dialect].sqlglot_dialect
    statements = [s for f in _compiled(dialect).files for s in f.statements]
    assert statements
    for statement in statements:
        parsed = sqlglot.parse(statement, read=read)
        assert len([p for p in parsed if p is not None]) == 1, statement


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_cli_compiles_the_shop_for_every_dialect(dialect, tmp_path, monkeypatch):
    monkeypatch.setenv("DATAMASK_SECRET", "test-secret-0001")
    result = CliRunner().invoke(app, ["compile", str(SHOP / "policy.yml"), "--source", str(SHOP / "shop.sql"),
                                      "--source-dialect", "postgres", "--dialect", dialect, "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert len((tmp_path / "run_order.txt").read_text().split()) == 6


def test_unknown_dialect_is_a_user_error(tmp_path, monkeypatch):
    monkeypatch.setenv("DATAMASK_SECRET", "test-secret-0001")
    result = CliRunner().invoke(app, ["compile", str(SHOP / "policy.yml"), "--source", str(SHOP / "shop.sql"),
                                      "--source-dialect", "duckdb", "--dialect", "snowflak", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "unknown dialect 'snowflak'" in result.output and "snowflake" in result.output
