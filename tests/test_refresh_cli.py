"""Refresh from the command line and its less travelled paths: a changed secret is refused (exit 1, both
fingerprints, --full-refresh) until a full refresh; `deletes: false` keeps gone rows and only those; more seeds."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from datamask_sql.cli import app
from datamask_sql.secret import key_from_secret
from tests.test_refresh import Source, _open, _policy, _rows, _run

pytestmark = pytest.mark.duckdb
SECRET, OTHER = "refresh-cli-secret-5d1e77a0c3", "refresh-cli-other-secret-0b9f"


def _cli(*args: str, secret: str):
    return CliRunner().invoke(app, list(args), env={"DATAMASK_SECRET": secret})


def _source(tmp_path, seed: int = 5):
    engine, url = _open("duckdb", tmp_path, None)
    engine.conn.execute(engine.sql(engine.dialect.create_schema("src")))
    source = Source(engine, "src", seed=seed)
    source.round(first=True)
    return engine, url, source


def test_a_changed_secret_is_refused_on_the_command_line_until_full_refresh(tmp_path):
    engine, url, source = _source(tmp_path)
    policy = _policy(tmp_path / "a.yml", "src", "masked")
    out = ["--out", str(tmp_path / "build")]
    assert _cli("run", policy, "--source", url, *out, secret=SECRET).exit_code == 0
    before = _rows(engine, "masked")
    source.round()
    refused = _cli("run", policy, "--source", url, *out, secret=OTHER)
    assert refused.exit_code == 1, refused.output
    text = " ".join(refused.output.split())
    old, new = key_from_secret(SECRET).fingerprint, key_from_secret(OTHER).fingerprint
    assert old in text and new in text and "--full-refresh" in text and "Traceback" not in text
    assert _rows(engine, "masked") == before  # nothing was merged nor rebuilt
    # Refused again for as long as no full refresh was run.
    assert _cli("run", policy, "--source", url, *out, secret=OTHER).exit_code == 1
    rotated = _cli("run", policy, "--source", url, *out, "--full-refresh", secret=OTHER)
    assert rotated.exit_code == 0, rotated.output
    last = json.loads((tmp_path / "build" / "runs.jsonl").read_text().splitlines()[-1])
    assert last["rotation"] == {"from": old, "to": new} and last["outcome"] == "succeeded"
    # The state table and runs.jsonl record the same key fingerprint and rules' hashes; the manifest the key's.
    meta = engine.conn.query("SELECT table_name, key_fingerprint, rules_sha256, algorithm FROM masked._datamask_meta")
    assert (
        {r[0]: r[2] for r in meta} == last["rules"]
        and {r[1] for r in meta} == {new}
        and {r[3] for r in meta} == {"dm2"}
    )
    assert json.loads((tmp_path / "build" / "manifest.json").read_text())["key_fingerprint"] == new
    source.round()
    again = _cli("run", policy, "--source", url, *out, secret=OTHER)
    assert again.exit_code == 0, again.output
    assert json.loads((tmp_path / "build" / "runs.jsonl").read_text().splitlines()[-1])["mode"] == "incremental"
    engine.conn.close()


def test_without_deletes_the_target_keeps_exactly_the_rows_gone_from_the_source(tmp_path):
    engine, url, source = _source(tmp_path, seed=9)
    kept = _policy(tmp_path / "a.yml", "src", "kept", deletes=False)
    rebuilt = _policy(tmp_path / "b.yml", "src", "rebuilt")
    _run(kept, url, tmp_path)
    gone_orders: set[int] = set()
    gone_customers = 0
    for _ in range(3):
        orders, customers = set(source.orders), set(source.customers)
        source.round()
        gone_orders |= orders - set(source.orders)
        gone_customers += len(customers - set(source.customers))
        assert _run(kept, url, tmp_path).mode == "incremental"
        _run(rebuilt, url, tmp_path, full_refresh=True)
        refreshed, full = _rows(engine, "kept"), _rows(engine, "rebuilt")
        # Every row of a full rebuild is there, cell for cell, and beside them only the deleted rows.
        for table in ("customer", "orders"):
            assert set(full[table]) <= set(refreshed[table]), table
        assert {r[0] for r in refreshed["orders"]} == {r[0] for r in full["orders"]} | gone_orders
        assert len(refreshed["customer"]) == len(full["customer"]) + gone_customers
    assert gone_orders and gone_customers
    engine.conn.close()


@pytest.mark.parametrize("seed", [101, 202, 303])
def test_random_rounds_refresh_to_a_full_rebuild_for_more_seeds(tmp_path, seed):
    engine, url, source = _source(tmp_path, seed=seed)
    refreshed = _policy(tmp_path / "a.yml", "src", "masked")
    rebuilt = _policy(tmp_path / "b.yml", "src", "rebuilt")
    _run(refreshed, url, tmp_path)
    for _ in range(4):
        source.round()
        assert _run(refreshed, url, tmp_path).mode == "incremental"
        _run(rebuilt, url, tmp_path, full_refresh=True)
        assert _rows(engine, "masked") == _rows(engine, "rebuilt")
    engine.conn.close()
