"""What a run checks before it writes: nothing written where the work reads; no other run holding the target."""

from __future__ import annotations

import time

from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.emit.sql import Emitted
from datamask_sql.errors import RunError

# Seconds between two tries of a lock another run holds.
LOCK_POLL = 0.25
# The files (and the statements run after a failure) that drop or replace existing tables.
DESTRUCTIVE = ("swap", "cleanup")


def source_schemas(emitted: Emitted) -> list[str]:
    """Every schema the emitted work reads source tables from, as its statements record them."""
    return sorted({schema for f in emitted.files for s in f.statements for schema, _ in s.reads if schema})


def refuse_source_writes(emitted: Emitted) -> None:
    """Fail, before anything runs, if a statement would write into a schema the work reads from.

    Names are compared as (database, schema) where both name a database, else by schema alone. Two checks,
    independent of the policy and of the plan-time one: the tables every statement records it
    writes, and, for the files that drop or replace tables (swap, cleanup, the rollback and the clean-up
    after a failure), every dotted name their very text holds, read with the engine's tokenizer."""
    dialect = emitted.rendered.dialect
    sources = source_schemas(emitted)

    def clash(qualifier: str) -> str | None:
        return next((s for s in sources if qualifier and dialect.overlaps_qualified(qualifier, s)), None)

    found: list[tuple[str, str, str]] = []
    for f in emitted.files:
        for s in f.statements:
            found += [(f.name, f"table {q}.{n}" if n else f"schema {q}", c) for q, n in s.writes if (c := clash(q))]
    texts = [(f.name, s.sql) for f in emitted.files if f.kind in DESTRUCTIVE for s in f.statements]
    texts += [("the rollback after a failure", sql) for sql in (emitted.rollback, *emitted.abort)]
    for where, sql in texts:
        for parts in dialect.qualified_names(sql):
            qualifier = ".".join(parts[:-1])
            if c := clash(qualifier):
                found.append((where, "table " + ".".join(parts), c))
    if found:
        where, table, schema = found[0]
        raise RunError(
            f"refusing to run: {where} would write {table}, in schema '{schema}' the masked copy is read from",
            hint="the target must be a schema the policy does not read; nothing was executed, "
            "the source and the previous target are untouched",
        )


def take_locks(conn: Connection, emitted: Emitted, wait: float) -> list[str]:
    """Take the run lock on every target schema (waiting up to `wait` seconds in all); the statements releasing them.

    Nothing of the other run is touched when a lock is refused: its staging tables are its own."""
    held: list[str] = []
    deadline = time.monotonic() + max(wait, 0.0)
    try:
        for target, take, release in emitted.locks():
            while not _taken(conn, target, take):
                left = deadline - time.monotonic()
                if left <= 0:
                    waited = f" (waited {wait:g} s)" if wait > 0 else ""
                    raise RunError(
                        f"another datamask-sql run holds the lock on target '{target}'{waited}",
                        hint="let that run finish, then start again; or let this run wait for the lock",
                        option="lock_wait",
                    )
                time.sleep(min(LOCK_POLL, left))
            held.append(release)
    except BaseException:
        release_locks(conn, held)
        raise
    return held


def _taken(conn: Connection, target: str, take: str) -> bool:
    try:
        rows = conn.query(take)
    except DRIVER_ERRORS as exc:
        text = str(exc).strip()
        detail = text.splitlines()[0] if text else type(exc).__name__
        raise RunError(f"taking the run lock on target '{target}' failed: {detail}") from None
    return bool(rows) and rows[0][0] in (1, True)


def release_locks(conn: Connection, held: list[str]) -> None:
    """Release the locks taken; a lost connection released them already (the server ends the session)."""
    for sql in reversed(held):
        try:
            conn.query(sql)
        except DRIVER_ERRORS:
            pass
