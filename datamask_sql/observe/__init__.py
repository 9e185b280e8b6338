"""Watching runs: OpenLineage events and a Prometheus metrics file, as Execution observers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from datamask_sql.compiled import Compiled
from datamask_sql.runner import RunResult

__all__ = ["observers"]


def observers(
    source: str, job_name: str, openlineage: str | None = None, metrics: Path | str | None = None
) -> tuple[Callable[[Compiled, RunResult], None], ...]:
    """The observers a run asked for; the OpenLineage client is imported only when lineage is wanted."""
    found: list[Callable[[Compiled, RunResult], None]] = []
    if openlineage:
        from datamask_sql.observe.lineage import LineageObserver

        found.append(LineageObserver(openlineage, source, job_name))
    if metrics:
        from datamask_sql.observe.metrics import MetricsObserver

        found.append(MetricsObserver(metrics))
    return tuple(found)
