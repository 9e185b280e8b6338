"""Fixtures: real engines. DuckDB always; PostgreSQL, MariaDB and Spark (all required when CI=true)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest
from sqlglot import exp

from datamask_sql.connection import connect
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import DatamaskError
from tests.engines import Engine, unavailable

PG_ADMIN_URL = os.environ.get("DATAMASK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
PG_TEST_DB = f"datamask_test_{os.getpid()}"
MYSQL_URL = os.environ.get("DATAMASK_TEST_MYSQL", "mysql://root@127.0.0.1:3306/test")
EXECUTABLE = ("duckdb", "postgres", "mariadb", "spark")
# Property tests run on the two fast engines; the cross-engine suite and every_engine cover all four.
CORE = ("duckdb", "postgres")


# Fixtures that reach each engine; a test using one is marked with the engine's name, so `make check`
# (-m "not duckdb and not postgres and not mariadb and not spark") runs without servers in about a minute.
ENGINE_FIXTURES = {
    "duckdb": {"duckdb_engine"},
    "postgres": {"postgres_url", "postgres_engine"},
    "mariadb": {"mariadb_conn", "mariadb_engine"},
    "spark": {"spark_conn", "spark_engine"},
}


def pytest_collection_modifyitems(items):
    """Mark every test with the engines it uses, directly or through the engine/every_engine params."""
    for item in items:
        names = set(item.fixturenames)
        callspec = getattr(item, "callspec", None)
        chosen = {callspec.params.get(n) for n in ("engine", "every_engine")} if callspec else set()
        for engine, fixtures in ENGINE_FIXTURES.items():
            if names & fixtures or engine in chosen:
                item.add_marker(engine)


def pytest_addoption(parser):
    """--update-goldens rewrites tests/golden/ instead of comparing against it."""
    parser.addoption(
        "--update-goldens",
        action="store_true",
        default=False,
        help="regenerate golden SQL files (review the diff before committing)",
    )


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
    engine.drop_schemas()
    engine.conn.close()


@pytest.fixture(scope="session")
def mariadb_conn():
    """One connection to the local MariaDB/MySQL server; tests create their own databases on it."""
    try:
        conn = connect(MYSQL_URL)
    except DatamaskError as exc:
        unavailable("MariaDB", exc.message)
    created: list[str] = []
    conn.created_schemas = created
    yield conn
    mysql = get_dialect("mysql")
    for schema in created:
        drop = exp.Drop(tables=[exp.Table(db=exp.to_identifier(schema))], kind="SCHEMA", exists=True)
        conn.execute(to_sql(mysql, drop))
    conn.close()


@pytest.fixture
def mariadb_engine(mariadb_conn):
    """MariaDB (a database per schema); its schemas are dropped after the test (the session drops any left)."""
    engine = Engine("mariadb", mariadb_conn)
    yield engine
    engine.drop_schemas()


@pytest.fixture(scope="session")
def spark_conn():
    """A local SparkSession for the whole run (startup is slow), warehouse in a temp folder."""
    try:
        import pyspark  # noqa: F401
    except ImportError as exc:
        unavailable("Spark", f"pyspark is not installed ({exc})")
    warehouse = tempfile.mkdtemp(prefix="datamask-spark-")
    conn = connect(f"spark://{warehouse}")
    yield conn
    conn.raw.stop()
    shutil.rmtree(warehouse, ignore_errors=True)


@pytest.fixture
def spark_engine(spark_conn):
    """The shared Spark session; the test's databases are dropped after it (listing them all is slow)."""
    engine = Engine("spark", spark_conn)
    yield engine
    engine.drop_schemas()


@pytest.fixture(params=CORE)
def engine(request):
    """DuckDB, then PostgreSQL (hypothesis property tests run here; Spark is too slow for them)."""
    return request.getfixturevalue(f"{request.param}_engine")


@pytest.fixture(params=EXECUTABLE)
def every_engine(request):
    """Each of the four executable engines in turn."""
    return request.getfixturevalue(f"{request.param}_engine")


@pytest.fixture
def update_goldens(request) -> bool:
    """Whether golden files are being regenerated on purpose."""
    return request.config.getoption("--update-goldens")
