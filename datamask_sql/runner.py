"""Execute emitted SQL on a connection: stage every table, verify, then swap; leave nothing half-written."""

from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

from sqlglot import exp

from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.emit.sql import EmittedFile, to_sql
from datamask_sql.errors import RunError
from datamask_sql.render import Rendered, count_star
from datamask_sql.secret import MaskingKey
from datamask_sql.verify import Check, verify


class Progress(Protocol):
    """What the runner reports while it works (the CLI draws a progress bar from it)."""

    def started(self, total_tables: int) -> None:
        """The run begins."""

    def table_started(self, table: str) -> None:
        """A table starts building."""

    def table_done(self, table: str, rows: int, seconds: float) -> None:
        """A table is built and counted."""

    def phase(self, name: str) -> None:
        """Verifying or swapping."""


class _Silent:
    def started(self, total_tables: int) -> None: ...
    def table_started(self, table: str) -> None: ...
    def table_done(self, table: str, rows: int, seconds: float) -> None: ...
    def phase(self, name: str) -> None: ...


@dataclass
class RunResult:
    """What one run did: rows per table, checks, outcome."""

    dialect: str
    target: str
    target_schema: str
    key_fingerprint: str
    started_at: str
    finished_at: str = ""
    outcome: str = "running"
    rows: dict[str, int] = field(default_factory=dict)
    # Subset: kept keys per table after the first pass and after each upward pass.
    subset: dict[str, list[int]] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    error: str | None = None
    manifest_sha256: str = ""

    def record(self) -> dict:
        """JSON-ready run record (appended to runs.jsonl)."""
        data = asdict(self)
        data["checks"] = [asdict(c) for c in self.checks]
        return data


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _scrub(text: str, key: MaskingKey) -> str:
    return text.replace(key.value, "<key>")


def _first_line(exc: BaseException, key: MaskingKey) -> str:
    text = str(exc).strip()
    return _scrub(text.splitlines()[0] if text else type(exc).__name__, key)


def run(conn: Connection, rendered: Rendered, files: list[EmittedFile], key: MaskingKey,
        progress: Progress | None = None) -> RunResult:
    """Build every table into staging, verify, swap into the target atomically; clean up on failure."""
    progress = progress or _Silent()
    dialect = rendered.dialect
    plan = rendered.plan
    result = RunResult(dialect.name, conn.url, plan.target_schema, key.fingerprint, _now())
    tables = [f for f in files if f.kind == "table"]
    progress.started(len(tables))
    current = "setting the masking key"
    try:
        conn.execute(to_sql(dialect, dialect.set_key()), [key.value])
        for f in files:
            if f.kind == "setup":
                current = f"running {f.name}"
                _execute(conn, f)
        expected = {lk.table_name: len(lk.values) for lk in rendered.lookups}
        for f in files:
            if f.kind == "lookup":
                current = f"loading lookup table {f.table} ({f.name})"
                if _lookup_rows(conn, rendered, f.table) != expected[f.table]:
                    _execute(conn, f)
        for f in files:
            if f.kind == "subset":
                current = "selecting the subset"
                progress.phase("subset")
                _subset(conn, rendered, f, result)
        for f in tables:
            current = f"building {f.table} ({f.name})"
            progress.table_started(f.table)
            began = time.monotonic()
            _execute(conn, f)
            result.rows[f.table] = _count(conn, rendered, rendered.stage_table(f.table))
            progress.table_done(f.table, result.rows[f.table], time.monotonic() - began)
        current = "verifying the staged tables"
        progress.phase("verify")
        result.checks = verify(conn, dialect, plan, built=rendered.stage_table)
        failed = [c for c in result.checks if not c.ok]
        if failed:
            detail = "; ".join(f"{c.name} {c.table}: {c.detail}" for c in failed)
            raise RunError(f"verification failed, target left unchanged: {detail}")
        current = "swapping staged tables into the target"
        progress.phase("swap")
        for f in files:
            if f.kind == "swap":
                _swap(conn, rendered, f)
        for f in files:
            if f.kind == "cleanup":
                _execute(conn, f)
    except RunError as exc:
        _cleanup(conn, rendered)
        raise _failed(result, exc.message, exc.hint) from None
    except DRIVER_ERRORS as exc:
        _cleanup(conn, rendered)
        raise _failed(result, f"{current} failed: {_first_line(exc, key)}",
                      "the previous target is intact and staging tables were removed") from None
    result.outcome, result.finished_at = "succeeded", _now()
    return result


def _execute(conn: Connection, f: EmittedFile) -> None:
    """Run every statement of an emitted file, in order."""
    for statement in f.statements:
        conn.execute(statement)


def _count(conn: Connection, rendered: Rendered, table: exp.Table) -> int:
    """Rows of `table`."""
    return int(conn.query(to_sql(rendered.dialect, count_star(table)))[0][0])


def _subset(conn: Connection, rendered: Rendered, subset: EmittedFile, result: RunResult) -> None:
    """Build the keep tables, counting kept keys after every pass for the run record."""
    for statement, fills in zip(subset.statements, rendered.keep_counts()):
        conn.execute(statement)
        if fills is not None:
            table, keep = fills
            result.subset.setdefault(table, []).append(_count(conn, rendered, keep))


def _lookup_rows(conn: Connection, rendered: Rendered, name: str) -> int | None:
    """Rows of an existing lookup table (its name pins its content), or None when it is absent.

    Counting directly works on every engine; not every engine has information_schema (Spark does not)."""
    table = exp.table_(exp.to_identifier(name), db=exp.to_identifier(rendered.plan.target_schema))
    try:
        return _count(conn, rendered, table)
    except DRIVER_ERRORS:
        return None


def _failed(result: RunResult, message: str, hint: str | None) -> RunError:
    result.outcome, result.error, result.finished_at = "failed", message, _now()
    error = RunError(message, hint=hint)
    error.result = result
    return error


def _rollback(conn: Connection, rendered: Rendered) -> None:
    try:
        conn.execute(to_sql(rendered.dialect, exp.Rollback()))
    except DRIVER_ERRORS:
        pass  # no transaction was open


def _swap(conn: Connection, rendered: Rendered, swap: EmittedFile) -> None:
    try:
        _execute(conn, swap)
    except DRIVER_ERRORS:
        _rollback(conn, rendered)
        raise


def _cleanup(conn: Connection, rendered: Rendered) -> None:
    """Drop staging tables; never touches the target or the source."""
    _rollback(conn, rendered)
    leftovers = [rendered.stage_table(t.name) for t in rendered.plan.tables] + rendered.keep_tables()
    for table in leftovers:
        try:
            conn.execute(to_sql(rendered.dialect, rendered.dialect.drop_table(table)))
        except DRIVER_ERRORS:
            pass


def append_run_record(result: RunResult, log: Path) -> None:
    """Append one JSON line describing the run."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(result.record(), sort_keys=True, ensure_ascii=False) + "\n")
