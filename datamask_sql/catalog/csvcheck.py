"""Where a CSV file goes wrong: the first line that is not UTF-8, has the wrong number of fields or leaves a
quote open. Read only after the engine refused the file, to name the line in one paragraph."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path


def _lines(path: Path):  # noqa: ANN202 - a binary line iterator
    return gzip.open(path, "rb") if path.name.lower().endswith(".gz") else path.open("rb")


def first_problem(path: Path, delimiter: str) -> tuple[int, str] | None:
    """(line, what is wrong) of the first bad line of a CSV file; None when every line reads."""
    with _lines(path) as raw:
        for number, line in enumerate(raw, start=1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError as exc:
                return number, f"is not UTF-8 (byte 0x{line[exc.start]:02x} at column {exc.start + 1})"
    with _lines(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        reader = csv.reader(text, delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
        expected = None
        start = 1
        try:
            for row in reader:
                if expected is None:
                    expected = len(row)
                elif row and len(row) != expected:
                    return start, f"has {len(row)} fields where the header has {expected}"
                start = reader.line_num + 1
        except csv.Error as exc:
            if "EOF" in str(exc) or "end of data" in str(exc):
                return start, "opens a quote that is never closed"
            return start, f"is wrongly quoted ({exc})"
    return None
