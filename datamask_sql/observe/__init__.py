"""Watching runs: OpenLineage events and a Prometheus metrics file, as Execution observers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from datamask_sql.compiled import Compiled
from datamask_sql.errors import DatamaskError
from datamask_sql.runner import RunResult

__all__ = ["Observer", "observers", "refusals"]

Observer = Callable[[Compiled, RunResult], None]


def observers(
    source: str | None, job_name: str, openlineage: str | None = None, metrics: Path | str | None = None
) -> tuple[Observer, ...]:
    """The observers a run asked for; the OpenLineage client is imported only when lineage is wanted.

    `source` names the datasets' namespace; None for data files named only in the policy (read from the manifest)."""
    found: list[Observer] = []
    if openlineage:
        from datamask_sql.observe.lineage import LineageObserver

        found.append(LineageObserver(openlineage, source, job_name))
    if metrics:
        from datamask_sql.observe.metrics import MetricsObserver

        found.append(MetricsObserver(metrics))
    return tuple(found)


@contextmanager
def refusals(found: tuple[Observer, ...]) -> Iterator[tuple[Observer, ...]]:
    """The observers, watched: a DatamaskError raised before any of them heard of the run (a policy that does not
    load or plan, a source that cannot be reached, a target refused) is told to each, so a refused run is a
    failure on the lineage backend and in the metrics too, not silence."""
    heard: list[bool] = []

    def counted(observe: Observer) -> Observer:
        def told(compiled: Compiled, record: RunResult) -> None:
            heard.append(True)
            observe(compiled, record)

        return told

    try:
        yield tuple(counted(o) for o in found)
    except DatamaskError as exc:
        if not heard:
            for observe in found:
                observe.refused(exc.render())  # type: ignore[attr-defined]
        raise
