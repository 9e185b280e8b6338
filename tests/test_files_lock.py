"""File policies plan and compile from source.path alone; one file run at a time per target folder (the lock)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from datamask_sql import api
from datamask_sql.cli import app
from datamask_sql.errors import RunError
from datamask_sql.filelock import lock_path, target_lock
from tests.test_files import KEY, POLICY, make_shop

pytestmark = pytest.mark.duckdb


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    root = tmp_path_factory.mktemp("lock")
    data = make_shop(root / "data")
    policy = root / "policy.yml"
    policy.write_text(POLICY.replace("version: 1\n", f"version: 1\nsource: {{path: '{data}'}}\n"))
    return root, data, policy


def test_plan_reads_source_path_from_the_policy(shop):
    root, data, policy = shop
    result = CliRunner().invoke(app, ["plan", str(policy), "--format", "json"])
    assert result.exit_code == 0, result.output
    planned = json.loads(result.output)
    assert sorted(t["table"] for t in planned["tables"]) == ["customers", "events", "orders"]
    # The same plan as with --source given.
    given = CliRunner().invoke(app, ["plan", str(policy), "--source", str(data), "--format", "json"])
    assert json.loads(given.output)["tables"] == planned["tables"]


def test_compile_reads_source_path_from_the_policy(shop, tmp_path):
    root, data, policy = shop
    result = CliRunner().invoke(app, ["compile", str(policy), "--dialect", "duckdb", "--out", str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    assert "compiled 3 table(s)" in result.output
    assert (tmp_path / "b" / "manifest.json").is_file()


def test_plan_without_any_source_names_the_policy(tmp_path):
    policy = tmp_path / "p.yml"
    policy.write_text("version: 1\ntables:\n  t: {columns: {id: keep}}\n")
    result = CliRunner().invoke(app, ["plan", str(policy)])
    assert result.exit_code == 1
    text = " ".join(result.output.split())
    assert "no source" in text and "source.path" in text and "p.yml" in text


def test_a_second_run_onto_a_locked_folder_is_refused_and_the_target_is_untouched(shop, tmp_path):
    root, data, policy = shop
    target = tmp_path / "out"
    api.run_files(policy, None, KEY, target_path=target, out_dir=tmp_path / "b")
    before = sorted(p.name for p in target.iterdir())
    assert not lock_path(target).exists()  # removed after the run
    with target_lock(target):
        assert lock_path(target).read_text().split("\n")[0] == str(os.getpid())
        with pytest.raises(RunError) as err:
            api.run_files(policy, None, KEY, target_path=target, out_dir=tmp_path / "b")
        assert f"process {os.getpid()} on {socket.gethostname()} is writing" in str(err.value)
        assert sorted(p.name for p in target.iterdir()) == before
        assert not list(tmp_path.glob(".out.tmp-*"))
    assert not lock_path(target).exists()


def test_a_stale_lock_of_a_dead_process_is_taken_over(shop, tmp_path):
    root, data, policy = shop
    target = tmp_path / "out"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(target).write_text(f"{dead.pid}\n{socket.gethostname()}\n")
    api.run_files(policy, None, KEY, target_path=target, out_dir=tmp_path / "b")
    assert (target / "orders.parquet").is_file()
    assert not lock_path(target).exists()


def test_another_hosts_lock_is_never_taken_over(tmp_path):
    target = tmp_path / "out"
    lock_path(target).write_text("1\nsome-other-host\n")
    with pytest.raises(RunError, match="process 1 on some-other-host"), target_lock(target):
        pass
    assert lock_path(target).exists()  # not ours to remove


def test_the_lock_is_released_when_the_run_fails(tmp_path):
    target = tmp_path / "out"
    with pytest.raises(ZeroDivisionError), target_lock(target):
        1 / 0  # noqa: B018
    assert not lock_path(target).exists()
