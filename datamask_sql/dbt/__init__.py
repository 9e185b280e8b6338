"""The dbt package: macros generated from the transforms and dialects, and dbt models for a compiled policy."""

from __future__ import annotations

from pathlib import Path

from datamask_sql.dbt.package import render_macros


def write_macros(folder: Path) -> list[Path]:
    """Write every generated macro file into `folder`, removing generated files no longer produced."""
    folder.mkdir(parents=True, exist_ok=True)
    files = render_macros()
    for old in folder.glob("*.sql"):
        if old.name not in files:
            old.unlink()
    written = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def stale_macros(folder: Path) -> list[str]:
    """Names of macro files in `folder` that differ from, lack or outlive what the generator produces."""
    files = render_macros()
    present = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.sql")}
    return sorted(n for n in set(files) | set(present) if files.get(n) != present.get(n))


__all__ = ["render_macros", "stale_macros", "write_macros"]
