"""What a run reports as it goes (Progress), and the seconds per run phase measured from those reports."""

from __future__ import annotations

import time
from typing import Any, Protocol


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


class Silent:
    """A Progress that reports nothing."""

    def started(self, total_tables: int) -> None: ...
    def table_started(self, table: str) -> None: ...
    def table_done(self, table: str, rows: int, seconds: float) -> None: ...
    def phase(self, name: str) -> None: ...


class PhaseClock:
    """A Progress that forwards every event and adds each phase's seconds to `into` (setup, tables, merge, ...).

    The runner reports each phase as it enters it; a phase lasts until the next one starts or the run ends."""

    def __init__(self, inner: Any, into: dict[str, float]) -> None:
        self.inner, self.into = inner, into
        self._phase: str | None = None
        self._began = 0.0

    def _enter(self, name: str | None) -> None:
        now = time.monotonic()
        if self._phase is not None:
            self.into[self._phase] = round(self.into.get(self._phase, 0.0) + now - self._began, 3)
        self._phase, self._began = name, now

    def started(self, total_tables: int) -> None:
        """The run begins: key, setup statements and lookup tables come first."""
        self._enter("setup")
        self.inner.started(total_tables)

    def table_started(self, table: str) -> None:
        """A table starts building (all tables are one phase)."""
        if self._phase != "tables":
            self._enter("tables")
        self.inner.table_started(table)

    def table_done(self, table: str, rows: int, seconds: float) -> None:
        """A table is built and counted."""
        self.inner.table_done(table, rows, seconds)

    def phase(self, name: str) -> None:
        """Subset, merge, verify or swap (the swap phase includes the cleanup after it)."""
        self._enter(name)
        self.inner.phase(name)

    def stop(self) -> None:
        """The run ended, built or failed."""
        self._enter(None)
