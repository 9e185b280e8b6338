"""examples/dbt_shop under real dbt (DuckDB, PostgreSQL): the same tables as `datamask-sql run`, no key on disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from datamask_sql import api
from datamask_sql.connection import connect
from datamask_sql.errors import DatamaskError
from datamask_sql.secret import key_from_secret
from tests.conftest import PG_ADMIN_URL
from tests.engines import unavailable

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dbt_shop"
SHOP = ROOT / "examples" / "shop"
SECRET = "dbt-e2e-secret-0001"
KEY = key_from_secret(SECRET)
TABLES = ("customers", "addresses", "orders", "payments")


def _dbt() -> str:
    dbt = shutil.which("dbt", path=str(Path(sys.executable).parent)) or shutil.which("dbt")
    if dbt is None:
        unavailable("dbt", "dbt-core is not installed (pip install -e '.[test]')")
    return dbt


def _project(tmp_path: Path) -> Path:
    """A copy of the example that installs this checkout as the package."""
    project = tmp_path / "dbt_shop"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages", "*.duckdb"))
    (project / "packages.yml").write_text(yaml.safe_dump({"packages": [{"local": str(ROOT)}]}), encoding="utf-8")
    return project


def _dbt_env(project: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATAMASK_SECRET", "PGOPTIONS")}
    env.update(
        DBT_PROFILES_DIR=str(project),
        DBT_SEND_ANONYMOUS_USAGE_STATS="false",
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]),
        **extra,
    )
    return env


def _run_dbt(project: Path, env: dict[str, str], *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    command = [_dbt(), *args, "--log-level-file", "debug"]
    done = subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, timeout=600)
    if ok:
        assert done.returncode == 0, f"dbt {' '.join(args)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-2000:]}"
    return done


def _build(project: Path, source: str, target: str, env: dict[str, str]) -> None:
    api.compile_dbt(SHOP / "policy.yml", source, project)
    for command in (["deps"], ["seed"], ["run"], ["test"]):
        _run_dbt(project, env, *command, "--target", target)


def _no_key_on_disk(project: Path) -> None:
    written = [p for folder in ("target", "logs") for p in (project / folder).rglob("*") if p.is_file()]
    assert any(p.name == "manifest.json" for p in written) and any(p.name == "dbt.log" for p in written)
    assert any(p.name == "run_results.json" for p in written)
    for path in written:
        data = path.read_bytes()
        assert SECRET.encode() not in data and KEY.value.encode() not in data, f"{path} holds the secret or key"
    for path in (project / "models").rglob("*.sql"):
        assert KEY.value not in path.read_text(encoding="utf-8"), path


def _same_tables(conn, dbt_schema: str) -> None:
    for table in TABLES:
        ours = conn.query(f'SELECT * FROM "masked"."{table}" ORDER BY 1')  # fixed test-only names
        dbts = conn.query(f'SELECT * FROM "{dbt_schema}"."{table}" ORDER BY 1')
        assert len(ours) > 0 and dbts == ours, table
    # Hand-written calls naming the domain (the warehouse hashes its tag) give the policy's values too.
    hand = conn.query(f'SELECT id, email, phone, first_name FROM "{dbt_schema}"."customer_contacts" ORDER BY 1')
    assert hand == conn.query('SELECT id, email, phone, first_name FROM "masked"."customers" ORDER BY 1')


@pytest.mark.duckdb
def test_dbt_on_duckdb_builds_what_run_builds(tmp_path):
    project = _project(tmp_path)
    database = project / "shop.duckdb"
    source = f"duckdb:///{database}"
    import duckdb

    with duckdb.connect(str(database)) as raw:
        raw.execute((SHOP / "shop.sql").read_text(encoding="utf-8"))
    api.run_policy(SHOP / "policy.yml", source, KEY, out_dir=tmp_path / "build")
    env = _dbt_env(project, DBT_SHOP_DUCKDB=str(database))
    _build(project, source, "duckdb", {**env, "DATAMASK_SECRET": SECRET})
    # Without the secret the plugin sets no key: a keyed model fails, it never hashes with an empty key.
    failed = _run_dbt(project, env, "run", "--target", "duckdb", "--select", "customers", ok=False)
    assert failed.returncode != 0 and "datamask_key is not set" in failed.stdout
    _no_key_on_disk(project)
    conn = connect(source, read_only=True)
    try:
        _same_tables(conn, "dbt_masked")
    finally:
        conn.close()


@pytest.mark.postgres
def test_dbt_on_postgres_builds_what_run_builds(tmp_path):
    name = f"dbt_shop_{os.getpid()}"
    try:
        admin = connect(PG_ADMIN_URL)
    except DatamaskError as exc:
        unavailable("PostgreSQL", exc.message)
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # fixed test-only name
    admin.execute(f'CREATE DATABASE "{name}"')
    source = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        conn = connect(source)
        conn.execute((SHOP / "shop.sql").read_text(encoding="utf-8"))
        api.run_policy(SHOP / "policy.yml", source, KEY, out_dir=tmp_path / "build")
        project = _project(tmp_path)
        # libpq reads PGOPTIONS itself: the key reaches the session setting without passing through dbt.
        env = _dbt_env(project, DBT_SHOP_PG_DB=name, PGOPTIONS=f"-c datamask.key={KEY.value}")
        _build(project, source, "postgres", env)
        _no_key_on_disk(project)
        _same_tables(conn, "dbt_masked")
        conn.close()
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()
