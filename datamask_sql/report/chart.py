"""The report's chart of run durations over time, as inline SVG data (no script, no external asset)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

WIDTH, HEIGHT, PAD = 640, 200, 36


@dataclass(frozen=True)
class Bar:
    """One run on the chart: its position, height, and what its tooltip says."""

    x: float
    y: float
    width: float
    height: float
    label: str
    failed: bool


def _seconds(run: dict[str, Any]) -> float | None:
    try:
        began = dt.datetime.fromisoformat(run["started_at"])
        ended = dt.datetime.fromisoformat(run["finished_at"])
    except (KeyError, TypeError, ValueError):
        return None
    return max((ended - began).total_seconds(), 0.0)


def duration(run: dict[str, Any]) -> float | None:
    """A finished run's wall-clock seconds (None when its record lacks the times)."""
    return _seconds(run)


def bars(runs: tuple[dict[str, Any], ...]) -> tuple[list[Bar], float]:
    """One bar per run with a duration, oldest left, heights scaled to the longest; and that longest."""
    timed = [(r, s) for r in runs if (s := _seconds(r)) is not None]
    if not timed:
        return [], 0.0
    longest = max(s for _, s in timed) or 1.0
    step = (WIDTH - 2 * PAD) / len(timed)
    out = []
    for i, (run, seconds) in enumerate(timed):
        height = (HEIGHT - 2 * PAD) * seconds / longest
        label = f"{run.get('started_at', '')}: {seconds:.1f} s, {run.get('outcome', '')}"
        out.append(
            Bar(
                PAD + i * step + step * 0.1,
                HEIGHT - PAD - height,
                step * 0.8,
                height,
                label,
                run.get("outcome") == "failed",
            )
        )
    return out, longest
