"""A run decides what to merge before it holds the run lock: under the lock it reads the targets' state again, so
a run that rotated the key or refreshed the target meanwhile is never merged over (nor merged twice)."""

from __future__ import annotations

import pytest

from datamask_sql import guard, runner
from datamask_sql.errors import RunError
from tests.test_refresh import KEY, OTHER_KEY, Source, _open, _policy, _rows, _run

pytestmark = pytest.mark.duckdb


@pytest.fixture
def between_plan_and_lock(monkeypatch):
    """Run the given run once, after the next run has planned and before it takes the lock."""
    pending = []

    def take_locks(conn, emitted, wait):
        while pending:
            pending.pop()()
        return guard.take_locks(conn, emitted, wait)

    monkeypatch.setattr(runner, "take_locks", take_locks)
    return pending.append


def _built(tmp_path):
    engine, url = _open("duckdb", tmp_path, None)
    engine.conn.execute(engine.sql(engine.dialect.create_schema("src")))
    source = Source(engine, "src", seed=11)
    source.round(first=True)
    policy = _policy(tmp_path / "a.yml", "src", "masked")
    assert _run(policy, url, tmp_path).mode == "full"
    source.round()
    return engine, url, source, policy


def test_a_rotation_between_plan_and_lock_is_not_merged_over(tmp_path, between_plan_and_lock):
    engine, url, _, policy = _built(tmp_path)
    between_plan_and_lock(lambda: _run(policy, url, tmp_path, key=OTHER_KEY, full_refresh=True))
    with pytest.raises(RunError) as caught:
        _run(policy, url, tmp_path)  # planned a merge onto KEY's values; OTHER_KEY's are there by the lock
    assert "changed while this run waited for its lock" in caught.value.message
    assert OTHER_KEY.fingerprint in caught.value.message and "start it again" in caught.value.hint
    rotated = _rows(engine, "masked")
    # Nothing of KEY's values reached the rotated target: it is what a full run with the other key builds.
    _run(_policy(tmp_path / "b.yml", "src", "again"), url, tmp_path, key=OTHER_KEY, full_refresh=True)
    assert rotated == _rows(engine, "again")
    # Started again, the run sees the rotation and refuses to merge with its key, naming both fingerprints.
    with pytest.raises(RunError) as refused:
        _run(policy, url, tmp_path)
    assert KEY.fingerprint in refused.value.message and OTHER_KEY.fingerprint in refused.value.message
    engine.conn.close()


def test_a_refresh_between_plan_and_lock_is_seen(tmp_path, between_plan_and_lock):
    engine, url, source, policy = _built(tmp_path)
    between_plan_and_lock(lambda: _run(policy, url, tmp_path))
    with pytest.raises(RunError) as caught:
        _run(policy, url, tmp_path)
    assert "changed while this run waited for its lock" in caught.value.message
    # Started again it merges from the watermark the other run left: the target still equals a full rebuild.
    source.round()
    result = _run(policy, url, tmp_path)
    assert result.mode == "incremental"
    _run(_policy(tmp_path / "b.yml", "src", "rebuilt"), url, tmp_path, full_refresh=True)
    assert _rows(engine, "masked") == _rows(engine, "rebuilt")
    engine.conn.close()


def test_without_a_change_between_plan_and_lock_the_run_merges(tmp_path, between_plan_and_lock):
    engine, url, _, policy = _built(tmp_path)
    between_plan_and_lock(lambda: None)
    assert _run(policy, url, tmp_path).mode == "incremental"
    engine.conn.close()
