"""The audit report verb: one HTML page a reviewer can read without the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from datamask_sql import api
from datamask_sql.cliapp import command
from datamask_sql.console import say


@command
def report(
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="The build folder holding manifest.json and runs.jsonl.")
    ] = Path("build"),
) -> None:
    """Render manifest.json and runs.jsonl into one self-contained HTML page, report.html, in the same folder.

    Coverage, every column's rule and reason, checks, rows and time per table, key fingerprint, algorithm and
    tool versions, and a chart of run durations over time. No external asset: the file opens anywhere.
    """
    say(f"wrote {api.write_report(out_dir)}")
