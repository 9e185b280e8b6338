"""Execute emitted SQL on a connection: stage every table, verify, then swap; leave nothing half-written."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from datamask_sql import ALGORITHM_VERSION
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.emit.sql import Emitted, EmittedFile
from datamask_sql.errors import RunError
from datamask_sql.files import append_private, prepare_dir
from datamask_sql.guard import refuse_source_writes, release_locks, take_locks
from datamask_sql.phases import PhaseClock, Progress, Silent
from datamask_sql.runkey import check_key, put_key
from datamask_sql.secret import MaskingKey, scrub
from datamask_sql.verify import Check, refused_duplicate, verdict, verify


@dataclass
class RunResult:
    """What one run did: rows per table, checks, outcome."""

    dialect: str
    target: str
    target_schema: str
    key_fingerprint: str
    started_at: str
    finished_at: str = ""
    # "started" until the run ends "succeeded" or "failed"; the run's records in runs.jsonl share its run_id.
    outcome: str = "started"
    rows: dict[str, int] = field(default_factory=dict)
    # Seconds each table took to build (the audit report shows them beside its rows).
    seconds: dict[str, float] = field(default_factory=dict)
    # Subset: kept keys per table after the first pass and after each upward pass.
    subset: dict[str, list[int]] = field(default_factory=dict)
    # "full" (every table rebuilt) or "incremental" (some merged); per merged table: rows staged (changed rows
    # merged), rows in the target after, rows deleted.
    mode: str = "full"
    merged: dict[str, dict[str, int]] = field(default_factory=dict)
    # The rules' hash per table and the algorithm, as the target's state table records them.
    rules: dict[str, str] = field(default_factory=dict)
    algorithm: str = ALGORITHM_VERSION
    # {"from": previous key fingerprint, "to": this run's} when a full build replaced targets of another key.
    rotation: dict | None = None
    # Seconds per phase (setup, subset, tables, merge, verify, swap), for metrics.
    phases: dict[str, float] = field(default_factory=dict)
    checks: list[Check] = field(default_factory=list)
    error: str | None = None
    manifest_sha256: str = ""
    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def record(self) -> dict:
        """JSON-ready run record (appended to runs.jsonl)."""
        data = asdict(self)
        data["checks"] = [asdict(c) for c in self.checks]
        return data


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _first_line(exc: BaseException, key: MaskingKey) -> str:
    # Scrubbed whole before the first line is taken: a key broken across lines is found whole.
    text = key.scrub(str(exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def run(
    conn: Connection,
    emitted: Emitted,
    key: MaskingKey,
    progress: Progress | None = None,
    *,
    lock_wait: float = 0.0,
    journal: Callable[[RunResult], None] | None = None,
    recheck: Callable[[], None] | None = None,
) -> RunResult:
    """Build every table into staging, verify, swap into the target atomically; clean up on failure.

    Before anything is written: `journal` gets the started record, the work is checked to write nowhere it
    reads (the source), and the run lock on every target is taken (waiting up to `lock_wait` seconds), held
    until the run ends so two runs never mix their staging tables or swaps. `recheck` runs once the lock is
    held and raises RunError when what the work was compiled from (the targets' state) changed meanwhile."""
    built = emitted.rendered.plan
    where = f"{built.target_database}.{built.target_schema}" if built.target_database else built.target_schema
    result = RunResult(emitted.rendered.dialect.name, conn.url, where, key.fingerprint, _now())
    if journal is not None:
        journal(result)
    try:
        refuse_source_writes(emitted)
        held = take_locks(conn, emitted, lock_wait)
    except RunError as exc:
        raise _failed(result, exc.message, exc.hint, exc.option) from None
    clock = PhaseClock(progress or Silent(), result.phases)
    try:
        if recheck is not None:
            try:
                recheck()
            except RunError as exc:
                raise _failed(result, exc.message, exc.hint, exc.option) from None
        return _build(conn, emitted, key, clock, result)
    finally:
        clock.stop()
        release_locks(conn, held)


def _build(conn: Connection, emitted: Emitted, key: MaskingKey, progress: Progress, result: RunResult) -> RunResult:
    """The run proper, under the lock: key, setup, lookups, subset, tables, verify, swap, cleanup."""
    dialect = emitted.rendered.dialect
    plan = emitted.rendered.plan
    tables = emitted.of_kind("table")
    progress.started(len(tables))
    current = "setting the masking key"
    # The key or index a failed swap statement re-creates: the message names it.
    failing: list[str] = []
    try:
        put_key(conn, emitted, key)
        for f in emitted.of_kind("setup"):
            current = f"running {f.name}"
            _execute(conn, f)
        for f in emitted.of_kind("lookup"):
            current = f"loading lookup table {f.table} ({f.name})"
            if not _present(conn, f):
                _execute(conn, f)
        for f in emitted.of_kind("subset"):
            current = "selecting the subset"
            progress.phase("subset")
            # Kept keys per table after the first pass and after each upward pass, for the run record.
            for table, rows in _execute(conn, f):
                result.subset.setdefault(table, []).append(rows)
        for f in tables:
            current = f"building {f.table} ({f.name})"
            progress.table_started(f.table)
            began = time.monotonic()
            try:
                filled = _execute(conn, f)
            except DRIVER_ERRORS as exc:
                # A key the staged table declares refused a duplicate: the verdict verify's unique check gives.
                result.checks = refused_duplicate(dialect, plan, f.table, exc)
                if not result.checks:
                    raise
                raise RunError(verdict(result.checks)) from None
            for table, rows in filled:
                result.rows[table] = rows
            result.seconds[f.table] = round(time.monotonic() - began, 3)
            progress.table_done(f.table, result.rows[f.table], result.seconds[f.table])
            current = f"checking the masking key after {f.table}"
            check_key(conn, emitted, key)
        for f in emitted.of_kind("merge"):
            current = "merging the changed rows into the target"
            progress.phase("merge")
            for table, rows in _execute(conn, f):
                counts = result.merged.setdefault(table, {"staged": result.rows.get(table, 0)})
                counts.setdefault("after_merge", rows)
                counts["rows"] = rows
                counts["deleted"] = counts["after_merge"] - rows
            for counts in result.merged.values():
                counts.pop("after_merge", None)
        current = "verifying the staged tables"
        progress.phase("verify")
        written = {**emitted.built(), **{t: emitted.staged()[t] for t in emitted.rendered.merged}}
        result.checks = verify(conn, dialect, plan, built=emitted.built().__getitem__, written=written.__getitem__)
        failed = [c for c in result.checks if not c.ok]
        if failed:
            raise RunError(verdict(failed))
        current = "checking the masking key before the swap"
        check_key(conn, emitted, key)
        current = "swapping staged tables into the target"
        progress.phase("swap")
        for f in emitted.of_kind("swap"):
            _swap(conn, emitted, f, failing)
        for f in emitted.of_kind("cleanup"):
            _execute(conn, f)
    except RunError as exc:
        cleaned = _abort(conn, emitted, key)
        raise _failed(result, exc.message, "; ".join(filter(None, (exc.hint, cleaned)))) from None
    except DRIVER_ERRORS as exc:
        cleaned = _abort(conn, emitted, key)
        swapping = current.startswith("swapping") and not dialect.transactional_ddl
        target = (
            "the swap was cut off part-way, so a target table may be the previous copy, the new one, or missing "
            "until a run completes"
            if swapping
            else "the previous target is intact"
        )
        if failing:
            # The source's own keys and indexes may not hold, or fit, on masked data; the copy can go without them.
            message = f"{current} failed re-creating {failing[0]}: {_first_line(exc, key)}"
            hint = f"{target}; {cleaned}; build the target without the source's keys and indexes to get past it"
            raise _failed(result, message, hint, "constraints") from None
        raise _failed(result, f"{current} failed: {_first_line(exc, key)}", f"{target}; {cleaned}") from None
    result.outcome, result.finished_at = "succeeded", _now()
    return result


def _execute(conn: Connection, f: EmittedFile) -> list[tuple[str, int]]:
    """Run every statement of an emitted file in order; (table, rows) for each statement that fills one."""
    filled = []
    for statement in f.statements:
        conn.execute(statement.sql)
        if statement.count_sql is not None:
            filled.append((statement.table, int(conn.query(statement.count_sql)[0][0])))
    return filled


def _present(conn: Connection, f: EmittedFile) -> bool:
    """Whether a content-named lookup table already holds its rows (its name pins its content).

    Counting directly works on every engine; not every engine has information_schema (Spark does not)."""
    if f.reusable is None:
        return False
    count_sql, rows = f.reusable
    try:
        return int(conn.query(count_sql)[0][0]) == rows
    except DRIVER_ERRORS:
        return False


def _failed(result: RunResult, message: str, hint: str | None, option: str | None = None) -> RunError:
    # The one door engine text leaves a run through: into runs.jsonl and the error.
    message = scrub(message)
    result.outcome, result.error, result.finished_at = "failed", message, _now()
    error = RunError(message, hint=hint, option=option)
    error.result = result
    return error


def _swap(conn: Connection, emitted: Emitted, swap: EmittedFile, failing: list[str]) -> None:
    """Run the swap; when a statement that re-creates a key or an index fails, `failing` gets its label."""
    for statement in swap.statements:
        try:
            conn.execute(statement.sql)
        except DRIVER_ERRORS:
            if statement.label:
                failing.append(statement.label)
            _quietly(conn, emitted.rollback)
            raise


def _quietly(conn: Connection, sql: str) -> None:
    try:
        conn.execute(sql)
    except DRIVER_ERRORS:
        pass  # nothing to roll back, or the table is already gone


def _abort(conn: Connection, emitted: Emitted, key: MaskingKey) -> str:
    """Roll back and drop staging and helper tables (never the target or the source); says what is left.

    After a lost connection nothing can be dropped: the message says so, and which tables stay behind."""
    dialect = emitted.rendered.dialect
    left: list[str] = []
    reason = ""
    for sql in emitted.abort:
        names = [".".join(parts) for parts in dialect.qualified_names(sql)]
        try:
            conn.execute(sql)
        except DRIVER_ERRORS as exc:
            # A ROLLBACK with no transaction open fails on some engines; only a failed drop leaves tables behind.
            if names:
                left += names
                text = _first_line(exc, key)
                # pymysql reports a closed connection as "(0, '')": name the error instead of printing that.
                reason = reason or (text if any(c.isalpha() for c in text) else f"{type(exc).__name__} from the driver")
    if not left:
        return "staging tables were removed"
    return (
        f"could not drop the staging tables ({reason}), so {', '.join(left)} may be left behind; the next run "
        "into this target drops them before it builds"
    )


def append_run_record(result: RunResult, log: Path) -> None:
    """Append one JSON line describing the run (the log is the owner's alone: 0600, never through a link)."""
    prepare_dir(log.parent)
    append_private(log, json.dumps(result.record(), sort_keys=True, ensure_ascii=False) + "\n")
