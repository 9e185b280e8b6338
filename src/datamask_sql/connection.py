"""Connections to the engines datamask-sql introspects and runs on, opened from a URL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, Sequence
from urllib.parse import urlparse

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
    mapping = {"duckdb": "duckdb", "postgresql": "postgres", "postgres": "postgres"}
    if scheme not in mapping:
        raise CatalogError(
            f"unsupported connection URL scheme '{scheme}://'",
            hint="use duckdb:///path.duckdb or postgresql://user@host:5432/db, or a .sql DDL file",
        )
    return mapping[scheme]


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
    try:
        raw = _psycopg.connect(url, autocommit=True, connect_timeout=10)
    except _psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise CatalogError(
            f"cannot connect to {shown}: {detail}", hint="check host, port, user and database in the URL"
        ) from None
    return PostgresConnection(raw, shown)
