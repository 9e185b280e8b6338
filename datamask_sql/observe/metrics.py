"""A run's SLIs in Prometheus text format, for node-exporter's textfile collector (written whole, then renamed).

Labels: `target` is the target schema as the run record names it (database.schema where a database is named),
`table` the table as the policy names it; no value, key or secret is ever a label."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from prometheus_client import CollectorRegistry, Gauge, write_to_textfile

from datamask_sql.compiled import Compiled
from datamask_sql.plan import Plan
from datamask_sql.runner import RunResult
from datamask_sql.scan.classify import classify

TABLE = ("target", "table")


def coverage(plan: Plan) -> tuple[int, int]:
    """(masked sensitive columns, sensitive columns), sensitive as scan classifies a column by name and type."""
    sensitive = [c for t in plan.tables for c in t.columns if classify(t.source, c.column, None).sensitive]
    return sum(c.masked for c in sensitive), len(sensitive)


def _seconds_between(started: str, finished: str) -> float:
    if not started or not finished:
        return 0.0
    return (dt.datetime.fromisoformat(finished) - dt.datetime.fromisoformat(started)).total_seconds()


def metrics_registry(compiled: Compiled, record: RunResult) -> CollectorRegistry:
    """The gauges of one finished run (succeeded or failed) in a registry of their own."""
    registry = CollectorRegistry()

    def gauge(name: str, text: str, labels: tuple[str, ...] = ("target",)) -> Gauge:
        return Gauge(f"datamask_{name}", text, labels, registry=registry)

    target = record.target_schema
    written = gauge("table_rows_written", "Rows in the masked target table after the run.", TABLE)
    merged = gauge("table_rows_merged", "Changed rows merged into the target (0 for a rebuilt table).", TABLE)
    deleted = gauge("table_rows_deleted", "Target rows deleted because their key left the source.", TABLE)
    build = gauge("table_build_seconds", "Seconds building (or staging the changes of) the table.", TABLE)
    for t in compiled.plan.tables:
        counts = record.merged.get(t.name)
        if t.name in record.rows or counts:
            written.labels(target, t.name).set((counts or {}).get("rows", record.rows.get(t.name, 0)))
            merged.labels(target, t.name).set((counts or {}).get("staged", 0))
            deleted.labels(target, t.name).set((counts or {}).get("deleted", 0))
        if t.name in record.seconds:
            build.labels(target, t.name).set(record.seconds[t.name])
    phase = gauge(
        "phase_seconds", "Seconds per run phase (setup, subset, tables, merge, verify, swap).", ("target", "phase")
    )
    for name, seconds in record.phases.items():
        phase.labels(target, name).set(seconds)
    checked = (*TABLE, "check")
    passed = gauge("checks_passed", "Verification checks that passed, by check (row_count, leaks, ...).", checked)
    failed = gauge("checks_failed", "Verification checks that failed; the target was left unchanged.", checked)
    names = sorted((t.name for t in compiled.plan.tables), key=len, reverse=True)
    for c in record.checks:
        # A check names a table, a column (table.column) or a key (table(id)): the label is its table.
        table = next((n for n in names if c.table == n or c.table[len(n) : len(n) + 1] in (".", "(")), c.table)
        (passed if c.ok else failed).labels(target, table, c.name.replace(" ", "_")).inc()
        (failed if c.ok else passed).labels(target, table, c.name.replace(" ", "_")).inc(0)
    masked, sensitive = coverage(compiled.plan)
    gauge("sensitive_columns", "Columns scan classifies as sensitive from their names and types.").labels(target).set(
        sensitive
    )
    gauge("masked_sensitive_columns", "Sensitive columns (by name and type) a masking rule covers.").labels(target).set(
        masked
    )
    ratio = gauge(
        "coverage_ratio", "Masked sensitive columns / sensitive columns, sensitive by name and type (1 when none)."
    )
    ratio.labels(target).set(masked / sensitive if sensitive else 1.0)
    gauge("run_success", "1 when the run succeeded, 0 when it failed.").labels(target).set(
        record.outcome == "succeeded"
    )
    seconds = sum(record.phases.values()) or _seconds_between(record.started_at, record.finished_at)
    gauge("run_duration_seconds", "Seconds from the start of the build to its end (sum of phases).").labels(target).set(
        seconds
    )
    gauge("run_timestamp_seconds", "When the run ended, in Unix seconds.").labels(target).set_to_current_time()
    incremental = gauge("run_incremental", "1 when the run merged changed rows into some table, 0 for a full build.")
    incremental.labels(target).set(record.mode == "incremental")
    return registry


def refused_registry() -> CollectorRegistry:
    """The gauges of a run refused before it started: it failed, now, having built nothing."""
    registry = CollectorRegistry()
    for name, text, value in (
        ("run_success", "1 when the run succeeded, 0 when it failed.", 0.0),
        ("run_duration_seconds", "Seconds from the start of the build to its end (sum of phases).", 0.0),
    ):
        Gauge(f"datamask_{name}", text, ("target",), registry=registry).labels("").set(value)
    ended = Gauge(
        "datamask_run_timestamp_seconds", "When the run ended, in Unix seconds.", ("target",), registry=registry
    )
    ended.labels("").set_to_current_time()
    return registry


class MetricsObserver:
    """Writes the metrics file when a run ends (an Execution observer); the started record writes nothing."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def __call__(self, compiled: Compiled, record: RunResult) -> None:
        """Write the file whole to a temporary name, then rename it, so the collector never reads half a file."""
        if record.outcome == "started":
            return
        self._write(metrics_registry(compiled, record))

    def refused(self, message: str) -> None:
        """A run refused before it started: success 0 (its target unknown, labelled ''), so an alert on failed
        runs fires for it too."""
        self._write(refused_registry())

    def _write(self, registry: CollectorRegistry) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_to_textfile(str(self.path), registry)
