"""The --metrics file parses as Prometheus text and says what the run did: rows equal the target's, merged and
deleted rows of an incremental refresh, checks, coverage, success; a failed run writes it too, success 0."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app
from datamask_sql.errors import DatamaskError, RunError
from datamask_sql.secret import key_from_secret

SECRET = "metrics-test-secret-93c1f0a7d2"
KEY = key_from_secret(SECRET)
# email and name (on a table of people) are sensitive by name, city too; id and upd are not.
RULES = {"id": "keep", "email": "email", "name": {"transform": "hash", "length": 12}, "city": "keep", "upd": "keep"}


def _setup(tmp_path: Path) -> tuple[str, Path]:
    db = tmp_path / "shop.duckdb"
    with duckdb.connect(str(db)) as conn:
        conn.execute("CREATE SCHEMA crm")
        conn.execute(
            "CREATE TABLE crm.customer (id INT PRIMARY KEY, email TEXT, name TEXT, city TEXT, upd INT NOT NULL)"
        )
        conn.execute("INSERT INTO crm.customer SELECT i, 'u' || i || '@x.org', 'N' || i, 'C', 1 FROM range(1, 11) t(i)")
    table = {"incremental": {"cursor": "upd", "deletes": True}, "columns": RULES}
    doc = {"version": 1, "source": {"schema": "crm"}, "target": {"schema": "crm_masked"}, "tables": {"customer": table}}
    policy = tmp_path / "crm.yml"
    policy.write_text(yaml.safe_dump(doc), encoding="utf-8")
    return f"duckdb:///{db}", policy


def _metrics(path: Path) -> dict[tuple[str, tuple], float]:
    """Every sample as (name, sorted labels) -> value."""
    samples = {}
    for family in text_string_to_metric_families(path.read_text(encoding="utf-8")):
        for s in family.samples:
            samples[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return samples


def _target_rows(url: str) -> int:
    with duckdb.connect(url.removeprefix("duckdb:///")) as conn:
        return conn.execute("SELECT count(*) FROM crm_masked.customer").fetchone()[0]


def test_full_then_incremental_run_metrics_match_the_target(tmp_path):
    url, policy = _setup(tmp_path)
    prom = tmp_path / "textfile" / "datamask.prom"
    table = (("table", "customer"), ("target", "crm_masked"))
    run = (("target", "crm_masked"),)

    first = api.run_policy(policy, url, KEY, out_dir=tmp_path / "build", metrics=prom)
    m = _metrics(prom)
    assert m[("datamask_table_rows_written", table)] == _target_rows(url) == 10
    assert m[("datamask_table_rows_merged", table)] == m[("datamask_table_rows_deleted", table)] == 0
    assert m[("datamask_run_success", run)] == 1
    assert m[("datamask_run_incremental", run)] == 0
    checks = {(name, dict(labels)["check"]): v for (name, labels), v in m.items() if name.startswith("datamask_checks")}
    assert all(dict(labels)["table"] == "customer" for name, labels in m if name.startswith("datamask_checks"))
    assert sum(v for (name, _), v in checks.items() if name == "datamask_checks_passed") == len(first.checks) > 0
    assert sum(v for (name, _), v in checks.items() if name == "datamask_checks_failed") == 0
    assert checks[("datamask_checks_passed", "row_count")] == 1
    assert (m[("datamask_masked_sensitive_columns", run)], m[("datamask_sensitive_columns", run)]) == (2, 3)
    assert m[("datamask_coverage_ratio", run)] == pytest.approx(2 / 3)
    phases = {dict(labels)["phase"]: v for (name, labels), v in m.items() if name == "datamask_phase_seconds"}
    assert {"setup", "tables", "verify", "swap"} <= set(phases) and all(v >= 0 for v in phases.values())
    assert m[("datamask_run_duration_seconds", run)] == pytest.approx(sum(phases.values()), abs=0.01)
    assert list(prom.parent.iterdir()) == [prom]  # written whole and renamed: no temporary file left

    with duckdb.connect(url.removeprefix("duckdb:///")) as conn:
        conn.execute("INSERT INTO crm.customer VALUES (11, 'n@x.org', 'New', 'C', 2), (12, 'm@x.org', 'Mo', 'C', 2)")
        conn.execute("UPDATE crm.customer SET name = 'Changed', upd = 2 WHERE id = 3")
        conn.execute("DELETE FROM crm.customer WHERE id IN (4, 5)")
    second = api.run_policy(policy, url, KEY, out_dir=tmp_path / "build", metrics=prom)
    assert second.mode == "incremental"
    m = _metrics(prom)
    assert m[("datamask_table_rows_written", table)] == _target_rows(url) == 10
    assert m[("datamask_table_rows_merged", table)] == 3
    assert m[("datamask_table_rows_deleted", table)] == 2
    assert m[("datamask_run_incremental", run)] == 1
    assert "merge" in {dict(labels).get("phase") for name, labels in m if name == "datamask_phase_seconds"}


def test_failed_run_writes_success_zero(tmp_path, monkeypatch):
    url, policy = _setup(tmp_path)
    prom = tmp_path / "datamask.prom"

    def broken(*args, **kwargs):
        raise RunError("verification could not run")

    monkeypatch.setattr("datamask_sql.runner.verify", broken)
    with pytest.raises(RunError):
        api.run_policy(policy, url, KEY, out_dir=tmp_path / "build", metrics=prom)
    m = _metrics(prom)
    assert m[("datamask_run_success", (("target", "crm_masked"),))] == 0
    assert m[("datamask_table_rows_written", (("table", "customer"), ("target", "crm_masked")))] == 10


def test_cli_run_writes_metrics_and_lineage(tmp_path):
    url, policy = _setup(tmp_path)
    prom, events = tmp_path / "datamask.prom", tmp_path / "events.jsonl"
    help_text = CliRunner().invoke(app, ["run", "--help"], terminal_width=200).output
    assert "--openlineage" in help_text and "--metrics" in help_text
    args = ["run", str(policy), "-s", url, "-o", str(tmp_path / "build"), "--metrics", str(prom)]
    result = CliRunner().invoke(app, [*args, "--openlineage", str(events)], env={"DATAMASK_SECRET": SECRET})
    assert result.exit_code == 0, result.output
    assert _metrics(prom)[("datamask_run_success", (("target", "crm_masked"),))] == 1
    assert [json.loads(line)["eventType"] for line in events.read_text().splitlines()] == ["START", "COMPLETE"]


def test_a_run_refused_before_it_starts_writes_success_zero(tmp_path):
    url, policy = _setup(tmp_path)
    policy.write_text(policy.read_text(encoding="utf-8").replace("city: keep", "cty: keep"), encoding="utf-8")
    prom = tmp_path / "datamask.prom"
    with pytest.raises(DatamaskError, match="cty"):
        api.run_policy(policy, url, KEY, out_dir=tmp_path / "build", metrics=prom)
    m = _metrics(prom)
    assert m[("datamask_run_success", (("target", ""),))] == 0
    assert m[("datamask_run_timestamp_seconds", (("target", ""),))] > 0
    assert not any(name == "datamask_table_rows_written" for name, _ in m)
