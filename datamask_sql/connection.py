"""Connections to the engines datamask-sql introspects and runs on, opened from a URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, Sequence
from urllib.parse import urlparse

from datamask_sql.dialects import dialect_of_scheme
from datamask_sql.errors import CatalogError

# Drivers differ in how they raise; these are the families we translate into our own errors.
DRIVER_ERRORS: tuple[type[BaseException], ...] = ()
try:
    import duckdb as _duckdb

    DRIVER_ERRORS += (_duckdb.Error,)
except ImportError:  # pragma: no cover - duckdb is a hard dependency
    _duckdb = None
try:
    import psycopg as _psycopg

    DRIVER_ERRORS += (_psycopg.Error,)
except ImportError:  # pragma: no cover
    _psycopg = None
try:
    import pymysql as _pymysql

    DRIVER_ERRORS += (_pymysql.Error,)
except ImportError:  # pragma: no cover
    _pymysql = None
try:
    from pyspark.errors import PySparkException as _SparkError

    DRIVER_ERRORS += (_SparkError,)
except ImportError:  # pragma: no cover - pyspark is the optional 'spark' extra
    _SparkError = None


class Connection(Protocol):
    """The little the catalog, runner and verifier need from a driver."""

    dialect: str
    url: str

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run one statement."""

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement and fetch every row."""

    def close(self) -> None:
        """Release the connection."""


@dataclass
class DuckDBConnection:
    """An embedded DuckDB database file (or :memory:)."""

    raw: Any
    url: str
    dialect: str = "duckdb"
    placeholder: str = "?"

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run one statement."""
        self.raw.execute(sql, list(params) if params else None)

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement and fetch every row."""
        return self.raw.execute(sql, list(params) if params else None).fetchall()

    def close(self) -> None:
        """Release the connection."""
        self.raw.close()


@dataclass
class PostgresConnection:
    """A PostgreSQL server through psycopg 3, in autocommit so emitted BEGIN/COMMIT take effect."""

    raw: Any
    url: str
    dialect: str = "postgres"
    placeholder: str = "%s"

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run one statement."""
        self.raw.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement and fetch every row."""
        return self.raw.execute(sql, params).fetchall()

    def close(self) -> None:
        """Release the connection."""
        self.raw.close()


@dataclass
class MySQLConnection:
    """A MySQL or MariaDB server through pymysql (autocommit; DDL commits implicitly anyway).

    pymysql interpolates bound parameters client-side (escaped), so the key does travel inside the
    statement text to the server; it is never written to files or logs by us.
    """

    raw: Any
    url: str
    dialect: str = "mysql"
    placeholder: str = "%s"

    def _run(self, sql: str, params: Sequence[Any] | None):
        cur = self.raw.cursor()
        if params:
            # pymysql formats with '%': literal percent signs double, '?' markers become '%s'.
            cur.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))
        else:
            cur.execute(sql)
        return cur

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run one statement."""
        self._run(sql, params).close()

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement and fetch every row."""
        cur = self._run(sql, params)
        rows = [tuple(r) for r in cur.fetchall()]
        cur.close()
        return rows

    def close(self) -> None:
        """Release the connection."""
        self.raw.close()


@dataclass
class SparkConnection:
    """A SparkSession; statements run through spark.sql with positional '?' parameters."""

    raw: Any
    url: str
    dialect: str = "spark"
    placeholder: str = "?"

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run one statement (DDL and SET run eagerly; collect() forces anything lazy)."""
        self.raw.sql(sql, args=list(params) if params else None).collect()

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement and fetch every row."""
        return [tuple(r) for r in self.raw.sql(sql, args=list(params) if params else None).collect()]

    def close(self) -> None:
        """Sessions are shared per process and stopped at exit; nothing to release per connection."""


def spark_session(warehouse: str | None = None) -> Any:
    """The process's local SparkSession (created once: startup takes seconds), UTC session time zone."""
    if _SparkError is None:
        raise CatalogError("Spark support needs pyspark", hint="pip install 'datamask-sql[spark]'")
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.master("local[1]").appName("datamask-sql")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "1")
               .config("spark.driver.memory", "512m")
               .config("spark.sql.session.timeZone", "UTC"))
    if warehouse:
        builder = builder.config("spark.sql.warehouse.dir", warehouse)
    return builder.getOrCreate()


def redact_url(url: str) -> str:
    """The URL with any password replaced, safe for logs and errors."""
    parsed = urlparse(url)
    if parsed.password:
        netloc = parsed.netloc.replace(f":{parsed.password}@", ":***@")
        return parsed._replace(netloc=netloc).geturl()
    return url


def is_url(source: str) -> bool:
    """Whether `source` names an engine (scheme://...) rather than a file."""
    return "://" in source


def dialect_of_url(url: str) -> str:
    """The dialect a connection URL speaks."""
    scheme = urlparse(url).scheme.split("+")[0]
    dialect = dialect_of_scheme(scheme)
    if dialect is None:
        raise CatalogError(
            f"unsupported connection URL scheme '{scheme}://'",
            hint="use duckdb:///path.duckdb, postgresql://user@host:5432/db, mysql://user@host:3306/db, "
                 "spark://local, or a .sql DDL file",
        )
    return dialect


def duckdb_path(url: str) -> str:
    """File path of a duckdb:/// URL: three slashes relative, four absolute, like SQLAlchemy."""
    rest = url.split("://", 1)[1]
    path = rest[1:] if rest.startswith("/") else rest
    return path or ":memory:"


def connect(url: str, *, read_only: bool = False) -> Connection:
    """Open a connection for `url`; errors name the redacted URL and what to check."""
    dialect = dialect_of_url(url)
    shown = redact_url(url)
    if dialect == "duckdb":
        path = duckdb_path(url)
        if path != ":memory:" and not Path(path).exists():
            raise CatalogError(f"DuckDB database file '{path}' does not exist", hint="check the path in --source")
        try:
            return DuckDBConnection(_duckdb.connect(path, read_only=read_only), shown)
        except _duckdb.Error as exc:
            raise CatalogError(f"cannot open DuckDB database '{path}': {exc}") from None
    if dialect == "mysql":
        return _connect_mysql(url, shown)
    if dialect == "spark":
        path = urlparse(url).path
        return SparkConnection(spark_session(path or None), shown)
    try:
        raw = _psycopg.connect(url, autocommit=True, connect_timeout=10)
    except _psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CatalogError(
            f"cannot connect to {shown}: {detail}", hint="check host, port, user and database in the URL"
        ) from None
    return PostgresConnection(raw, shown)


def _connect_mysql(url: str, shown: str) -> MySQLConnection:
    """mysql://user:password@host:port/database (mariadb:// too); utf8mb4 so text round-trips."""
    if _pymysql is None:
        raise CatalogError("MySQL support needs pymysql", hint="pip install pymysql")
    parsed = urlparse(url)
    try:
        raw = _pymysql.connect(host=parsed.hostname or "127.0.0.1", port=parsed.port or 3306,
                               user=parsed.username or "root", password=parsed.password or "",
                               database=parsed.path.lstrip("/") or None, charset="utf8mb4",
                               autocommit=True, connect_timeout=10)
    except _pymysql.Error as exc:
        raise CatalogError(f"cannot connect to {shown}: {exc}",
                           hint="check host, port, user and database in the URL") from None
    return MySQLConnection(raw, shown)
