"""What the audit report reads: manifest.json and runs.jsonl of a build folder, bounded, as plain data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datamask_sql.errors import DatamaskError
from datamask_sql.files import read_text

# A manifest lists every column of every table; runs.jsonl grows by two records a run. Both stay far below
# these bounds in practice; past them the report refuses rather than read without limit.
MAX_MANIFEST_BYTES = 50 << 20
MAX_RUNS_BYTES = 50 << 20
# The chart and the run table show the most recent runs.
MAX_RUNS_SHOWN = 200


@dataclass(frozen=True)
class Audit:
    """The manifest, and the finished runs (oldest first), of one build folder."""

    folder: str
    manifest: dict[str, Any]
    runs: tuple[dict[str, Any], ...]


def _json(text: str, shown: str, line: int | None = None) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise DatamaskError(
            f"not valid JSON ({exc.msg})", file=shown, line=line or exc.lineno, hint="was it written by datamask-sql?"
        ) from None


def load_audit(folder: Path) -> Audit:
    """Read `folder`/manifest.json and, when present, `folder`/runs.jsonl (its finished runs only)."""
    manifest_path = folder / "manifest.json"
    if not manifest_path.is_file():
        raise DatamaskError("no manifest.json here", file=str(folder), hint="compile or run into this folder first")
    manifest = _json(
        read_text(manifest_path, limit=MAX_MANIFEST_BYTES, what="manifest", shown=str(manifest_path)),
        str(manifest_path),
    )
    runs: list[dict[str, Any]] = []
    log = folder / "runs.jsonl"
    if log.is_file():
        text = read_text(log, limit=MAX_RUNS_BYTES, what="run log", shown=str(log))
        for number, line in enumerate(text.splitlines(), 1):
            if line.strip():
                record = _json(line, str(log), number)
                if isinstance(record, dict) and record.get("outcome") in ("succeeded", "failed"):
                    runs.append(record)
    return Audit(str(folder), manifest, tuple(runs[-MAX_RUNS_SHOWN:]))
