"""Fixtures: real engines. DuckDB always; PostgreSQL on 127.0.0.1 (required when CI=true)."""

from __future__ import annotations

import os

import pytest

from datamask_sql.connection import connect
from datamask_sql.errors import DatamaskError
from tests.engines import Engine, unavailable

PG_ADMIN_URL = os.environ.get("DATAMASK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_TEST_DB = f"datamask_test_{os.getpid()}"


@pytest.fixture
def duckdb_engine():
    """A fresh in-memory DuckDB."""
    engine = Engine("duckdb", connect("duckdb:///:memory:"))
    yield engine
    engine.conn.close()


@pytest.fixture(scope="session")
def postgres_url():
    """A scratch database on the local PostgreSQL server, recreated per test session."""
    try:
        admin = connect(PG_ADMIN_URL)
    except DatamaskError as exc:
        unavailable("PostgreSQL", exc.message)
    admin.execute(f'DROP DATABASE IF EXISTS "{PG_TEST_DB}" WITH (FORCE)')  # fixed test-only name
    admin.execute(f'CREATE DATABASE "{PG_TEST_DB}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{PG_TEST_DB}"
    yield url
    admin.execute(f'DROP DATABASE IF EXISTS "{PG_TEST_DB}" WITH (FORCE)')
    admin.close()


@pytest.fixture
def postgres_engine(postgres_url):
    """A connection to the scratch PostgreSQL database."""
    engine = Engine("postgres", connect(postgres_url))
    yield engine
    engine.conn.close()


@pytest.fixture(params=["duckdb", "postgres"])
def engine(request):
    """Each executable engine in turn."""
    return request.getfixturevalue(f"{request.param}_engine")


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="Rewrite tests/golden/ from the current output (review the diff before committing).")


@pytest.fixture
def update_goldens(request) -> bool:
    """Whether golden files are being regenerated on purpose."""
    return request.config.getoption("--update-goldens")
