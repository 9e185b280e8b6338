"""One file run at a time per target folder: a lock file beside the target, created exclusively.

Without it two runs onto one folder interleave: each clears the other's staging folder as a killed run's leftover,
and the later rename wins with a half-checked mix. A lock whose process is gone (a killed run) is taken over.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from datamask_sql.errors import RunError


def lock_path(target: Path) -> Path:
    """The lock file of a target folder: a hidden sibling, so it is never part of the output."""
    return target.parent / f".{target.name}.lock"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    return True


def _holder(path: Path) -> tuple[int, str] | None:
    """(pid, host) recorded in a lock file, or None when it is unreadable or half written."""
    try:
        pid, host = path.read_text().split("\n")[:2]
        return int(pid), host
    except (OSError, ValueError):
        return None


def _stale(path: Path) -> bool:
    """A lock left by a process of this host that no longer runs (another host's lock is never judged)."""
    holder = _holder(path)
    return holder is not None and holder[1] == socket.gethostname() and not _alive(holder[0])


@contextmanager
def target_lock(target: Path) -> Iterator[Path]:
    """Hold the target's lock for the block; refuse when a live run holds it, take it over when stale."""
    path = lock_path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            break
        except FileExistsError:
            if attempt == 0 and _stale(path):
                path.unlink(missing_ok=True)
                continue
            holder = _holder(path)
            who = f"process {holder[0]} on {holder[1]}" if holder else "another run"
            raise RunError(
                f"{who} is writing the output folder {target}; this run did not start",
                file=str(path),
                hint="wait for it to finish; if no run is going, remove the lock file",
                option="target_path",
            ) from None
    with os.fdopen(fd, "w") as handle:
        handle.write(f"{os.getpid()}\n{socket.gethostname()}\n")
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)
