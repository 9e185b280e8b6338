"""Every dialect compiles the shop example from the CLI (goldens and parse-back live in test_golden.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.dialects import DIALECTS

ROOT = Path(__file__).resolve().parent.parent
SHOP = ROOT / "examples" / "shop"


@pytest.mark.parametrize("dialect", sorted(DIALECTS))
def test_cli_compiles_the_shop_for_every_dialect(dialect, tmp_path, monkeypatch):
    monkeypatch.setenv("DATAMASK_SECRET", "test-secret-0001")
    result = CliRunner().invoke(
        app,
        [
            "compile",
            str(SHOP / "policy.yml"),
            "--source",
            str(SHOP / "shop.sql"),
            "--source-dialect",
            "postgres",
            "--dialect",
            dialect,
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.output
    order = (tmp_path / "run_order.txt").read_text().split()
    assert order[0].endswith("_setup.sql") and order[-1].endswith("_swap.sql")
    assert all((tmp_path / name).is_file() for name in order)


def test_unknown_dialect_is_a_user_error(tmp_path, monkeypatch):
    monkeypatch.setenv("DATAMASK_SECRET", "test-secret-0001")
    result = CliRunner().invoke(
        app,
        [
            "compile",
            str(SHOP / "policy.yml"),
            "--source",
            str(SHOP / "shop.sql"),
            "--source-dialect",
            "duckdb",
            "--dialect",
            "snowflak",
            "--out",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 1
    assert "unknown dialect 'snowflak'" in result.output and "snowflake" in result.output
