"""The run's key in the session: handed over where no server log records it, and checked before the swap."""

from __future__ import annotations

import contextlib
import warnings

from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.emit.sql import Emitted
from datamask_sql.errors import DatamaskWarning, RunError
from datamask_sql.secret import MaskingKey


def put_key(conn: Connection, emitted: Emitted, key: MaskingKey) -> None:
    """Give the session the key, unless it was opened with it; warn about any server log that records it."""
    if _opened_with(conn, emitted, key):
        return  # a startup option carried it (PostgreSQL): nothing to set, nothing logged
    if _uploaded(conn, emitted, key):
        return  # sent as a client file (MySQL, MariaDB): no statement held it
    dialect = emitted.rendered.dialect
    restores, refused = [], []
    for log, hide, restore, needs in emitted.log_guards():
        try:
            conn.execute(hide)
            restores.append(restore)
        except DRIVER_ERRORS:
            refused.append(f"{log} ({needs})" if needs else log)
    try:
        conn.execute(emitted.set_key(), [key.value])
    finally:
        for restore in restores:
            try:
                conn.execute(restore)
            except DRIVER_ERRORS:
                pass  # the session keeps the quieter setting: nothing is lost
    if refused:
        warnings.warn(
            DatamaskWarning(
                "the masking key may be in a server log: the statement that sets it could not be kept out of the "
                f"{', '.join(refused)}; {dialect.key_statement_log}",
                hint="run as a user who may set sql_log_off, or keep the general log off during masking runs",
            ),
            stacklevel=3,
        )
    elif dialect.key_statement_log and not emitted.log_guards():
        warnings.warn(
            DatamaskWarning(
                "the masking key was set through a SQL statement on a connection opened without it: "
                f"{dialect.key_statement_log}",
                hint="open the connection with connect(url, key=key) so the key travels as a startup option",
            ),
            stacklevel=3,
        )


def _uploaded(conn: Connection, emitted: Emitted, key: MaskingKey) -> bool:
    """Whether the key reached the session as a file the server read from the client, and the session holds it.

    False (and nothing lost) where the engine, driver or server cannot: a server with local_infile off refuses the
    statement, and put_key falls back to setting the key by statement behind the log guards."""
    send = getattr(conn, "with_client_file", None)
    data = f"{key.value}\n".encode()
    if send is None or not emitted.key_upload("-") or any(c in key.value for c in "\t\n\\"):
        return False

    def load(path: str) -> None:
        *steps, drop = emitted.key_upload(path)
        try:
            for statement in steps:
                conn.execute(statement)
        finally:
            with contextlib.suppress(*DRIVER_ERRORS):
                conn.execute(drop)  # the session-only table goes in any case

    try:
        return bool(send(data, load)) and session_fingerprint(conn, emitted) == key.fingerprint
    except DRIVER_ERRORS:
        return False


def _opened_with(conn: Connection, emitted: Emitted, key: MaskingKey) -> bool:
    """Whether the session was opened with this key and still holds it (an earlier run may have lost it)."""
    if getattr(conn, "key_fingerprint", None) != key.fingerprint:
        return False
    try:
        return session_fingerprint(conn, emitted) == key.fingerprint
    except DRIVER_ERRORS:
        return False


def session_fingerprint(conn: Connection, emitted: Emitted) -> str:
    """The fingerprint of the key the session holds now, computed by the engine itself."""
    return str(conn.query(emitted.key_check())[0][0])


def check_key(conn: Connection, emitted: Emitted, key: MaskingKey) -> None:
    """Fail if the session no longer holds the run's key: something in the run replaced it."""
    if session_fingerprint(conn, emitted) != key.fingerprint:
        raise RunError(
            "the masking key in the session changed during the run (its fingerprint is no longer "
            f"{key.fingerprint}); the target was left unchanged",
            hint="a statement of the policy set the key variable; review subset.where, when, expression and "
            "lookup tables for it",
        )
