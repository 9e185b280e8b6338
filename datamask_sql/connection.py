"""Connections to the engines datamask-sql introspects and runs on, opened from a URL."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlparse

from datamask_sql.dialects import dialect_of_scheme, get_dialect
from datamask_sql.errors import CatalogError
from datamask_sql.secret import MaskingKey, scrub
from datamask_sql.sparkconn import SPARK_ERRORS, SparkConnection, open_spark, spark_session

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
DRIVER_ERRORS += SPARK_ERRORS


# A pipe holds this much before a write blocks (POSIX guarantees at least 4 KiB; a key is far smaller).
_PIPE_BUFFER = 4096


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
class DBAPIConnection:
    """A DuckDB, PostgreSQL (psycopg 3) or MySQL/MariaDB (pymysql) connection, in autocommit.

    Autocommit so emitted BEGIN/COMMIT take effect (MySQL's DDL commits implicitly anyway). pymysql
    interpolates bound parameters client-side (escaped), so on MySQL the key travels inside the statement
    text: the runner wraps that one statement in the dialect's log guards (runkey.py).
    """

    raw: Any
    url: str
    dialect: str
    placeholder: str = "?"
    # pymysql runs statements only on a cursor. DuckDB and psycopg run them on the connection: a
    # DuckDB cursor is a separate connection, which would not see the key set with SET VARIABLE.
    on_cursor: bool = False
    # pymysql formats bound statements with '%': literal percent signs double, '?' markers become '%s'.
    percent_format: bool = False
    # Whether the server may read a client file the connection offers (pymysql opened with local_infile).
    client_files: bool = False
    # Fingerprint of the key the session was opened with (PostgreSQL startup options); the runner then sets none.
    key_fingerprint: str | None = None

    def _run(self, sql: str, params: Sequence[Any] | None) -> Any:
        args = list(params) if params else None
        if args and self.percent_format:
            sql = sql.replace("%", "%%").replace("?", "%s")
        if not self.on_cursor:
            return self.raw.execute(sql, args)
        cur = self.raw.cursor()
        cur.execute(sql, tuple(args) if args else None)
        return cur

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> None:
        """Run one statement."""
        result = self._run(sql, params)
        if self.on_cursor:
            result.close()

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]:
        """Run one statement and fetch every row."""
        result = self._run(sql, params)
        rows = [tuple(r) for r in result.fetchall()]
        if self.on_cursor:
            result.close()
        return rows

    def close(self) -> None:
        """Release the connection."""
        self.raw.close()

    def with_client_file(self, data: bytes, use: Callable[[str], None]) -> bool:
        """Call use(path) with `path` naming a pipe that holds `data`, for a LOAD DATA LOCAL statement to send
        as file packets; False where the driver cannot (the data then goes nowhere). Never touches disk."""
        if not self.client_files or len(data) >= _PIPE_BUFFER:
            return False
        read_end, write_end = os.pipe()
        try:
            os.write(write_end, data)  # fits the pipe's buffer: no writer thread needed
            os.close(write_end)
            write_end = -1
            # pymysql checks its flag at each file request: armed for this statement only, so no other reply of
            # the server can make the client send a file.
            self.raw._local_infile = True
            use(f"/dev/fd/{read_end}")
        finally:
            self.raw._local_infile = False
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)
        return True


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
    rest = url.split("://", 1)[1].split("?", 1)[0]
    path = rest[1:] if rest.startswith("/") else rest
    return path or ":memory:"


def duckdb_attachments(url: str) -> list[tuple[str, str]]:
    """(name, path) of each `?attach=path` of a duckdb:/// URL: a second database file, named by its stem
    (`dev.duckdb` is database `dev`), that a policy's target.database can name."""
    query = url.split("?", 1)[1] if "?" in url else ""
    found = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key != "attach" or not value:
            raise CatalogError(
                f"unknown or empty DuckDB URL parameter '{key}'", hint="write duckdb:///source.duckdb?attach=dev.duckdb"
            )
        found.append((Path(value).stem, value))
    return found


def _open_duckdb(url: str, shown: str, read_only: bool, key: MaskingKey | None) -> Connection:
    """duckdb:///path[?attach=other.duckdb] (a missing source file is an error, not a new empty database)."""
    path = duckdb_path(url)
    attachments = duckdb_attachments(url)
    if path != ":memory:" and not Path(path).exists():
        raise CatalogError(
            f"DuckDB database file '{path}' does not exist", hint="check the path in the source URL", option="source"
        )
    try:
        raw = _duckdb.connect(path, read_only=read_only)
        for name, file in attachments:
            raw.execute(get_dialect("duckdb").attach(file, name).sql(dialect="duckdb", identify=True))
        return DBAPIConnection(raw, shown, "duckdb")
    except _duckdb.IOException as exc:
        if "Conflicting lock" not in str(exc):
            raise CatalogError(f"cannot open DuckDB database '{path}': {exc}") from None
        # DuckDB's file lock is the run lock: one process at a time may have a database file open for writing.
        held = re.search(r"held in (.*?\(PID \d+\))", str(exc))
        holder = f" ({held.group(1)})" if held else ""
        raise CatalogError(
            f"DuckDB database '{path}' is in use by another process{holder}, perhaps another datamask-sql run",
            hint="DuckDB lets one process at a time open a database file for writing; wait for it to finish",
        ) from None
    except _duckdb.Error as exc:
        raise CatalogError(f"cannot open DuckDB database '{path}': {scrub(str(exc))}") from None


def _open_postgres(url: str, shown: str, read_only: bool, key: MaskingKey | None) -> Connection:
    """postgresql://user:password@host:port/database, handed to libpq as is; the key, if given, as a startup option.

    A startup option is in no server log (log_statement, log_connections), unlike a SET or set_config()."""
    extra = {}
    if key is not None:
        given = _psycopg.conninfo.conninfo_to_dict(url).get("options") or os.environ.get("PGOPTIONS", "")
        extra["options"] = f"{given} {get_dialect('postgres').startup_options(key.value)}".strip()
    try:
        raw = _psycopg.connect(url, autocommit=True, connect_timeout=10, **extra)
    except _psycopg.Error as exc:
        text = scrub(str(exc)).strip()
        detail = text.splitlines()[0] if text else type(exc).__name__
        raise CatalogError(
            f"cannot connect to {shown}: {detail}", hint="check host, port, user and database in the URL"
        ) from None
    fingerprint = key.fingerprint if key is not None else None
    return DBAPIConnection(raw, shown, "postgres", placeholder="%s", key_fingerprint=fingerprint)


def _open_mysql(url: str, shown: str, read_only: bool, key: MaskingKey | None) -> Connection:
    """mysql://user:password@host:port/database (mariadb:// too); utf8mb4 so text round-trips."""
    if _pymysql is None:
        raise CatalogError("MySQL support needs pymysql", hint="pip install pymysql")
    parsed = urlparse(url)
    try:
        raw = _pymysql.connect(
            host=parsed.hostname or "127.0.0.1",
            port=parsed.port or 3306,
            user=parsed.username or "root",
            password=parsed.password or "",
            database=parsed.path.lstrip("/") or None,
            charset="utf8mb4",
            autocommit=True,
            connect_timeout=10,
            # Announces that the client can send a file (the key, runkey.py); with_client_file arms it per statement.
            local_infile=os.name == "posix",
        )
        raw._local_infile = False
    except _pymysql.Error as exc:
        raise CatalogError(
            f"cannot connect to {shown}: {scrub(str(exc))}", hint="check host, port, user and database in the URL"
        ) from None
    return DBAPIConnection(
        raw, shown, "mysql", placeholder="%s", on_cursor=True, percent_format=True, client_files=os.name == "posix"
    )


__all__ = ["DRIVER_ERRORS", "Connection", "DBAPIConnection", "SparkConnection", "connect", "spark_session"]

# One opener per dialect with URL schemes; read_only is honoured where the driver has the notion, and `key`
# where the engine takes it at connect time (the runner sets it in the session otherwise).
OPENERS: dict[str, Callable[[str, str, bool, MaskingKey | None], Connection]] = {
    "duckdb": _open_duckdb,
    "postgres": _open_postgres,
    "mysql": _open_mysql,
    "spark": open_spark,
}


def connect(url: str, *, read_only: bool = False, key: MaskingKey | None = None) -> Connection:
    """Open a connection for `url` (holding `key` from the start where the engine allows); errors name the
    redacted URL and what to check."""
    return OPENERS[dialect_of_url(url)](url, redact_url(url), read_only, key)
