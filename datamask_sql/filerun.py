"""The folder masked files go to: written as a temporary sibling, renamed over the target when verified.

The source files are only ever read (DuckDB's readers open them read-only); the target may not be, contain or
sit inside anything the source reads, and an existing target is replaced only when an earlier run wrote it.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from pathlib import Path

from datamask_sql.catalog.filesources import FileTable, source_files
from datamask_sql.errors import RunError

# Written into every target folder, so a later run knows the folder is its own to replace.
MARKER = ".datamask-files"


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def refuse_overlap(tables: tuple[FileTable, ...], source: str, target: Path) -> None:
    """The target may not be, hold or sit inside a folder the source reads, nor hold one of its files."""
    out = target.resolve()
    folders = {Path(source).resolve()} if Path(source).is_dir() else set()
    folders |= {Path(t.folder).resolve() for t in tables if t.folder}
    folders |= {f.parent for f in source_files(tables)}
    for folder in sorted(folders):
        if _inside(out, folder) or _inside(folder, out):
            raise RunError(
                f"the output folder {target} is inside, or holds, the input folder {folder}",
                file=str(target),
                hint="write the masked files to a folder of their own, outside the source",
                option="target_path",
            )


def input_files(tables: tuple[FileTable, ...]) -> list[dict]:
    """Each input file's path, size and SHA-256 (for the manifest and run record)."""
    out = []
    for path in source_files(tables):
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        out.append({"path": str(path), "bytes": path.stat().st_size, "sha256": digest.hexdigest()})
    return out


def _refuse_foreign_target(target: Path) -> None:
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise RunError(f"{target} is not a folder", file=str(target), hint="name a folder for the masked files")
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).exists():
        raise RunError(
            "the output folder exists and was not written by datamask-sql; it is left as it is",
            file=str(target),
            hint="name a new or empty folder, or one an earlier datamask-sql run wrote",
            option="target_path",
        )


def _recover(target: Path) -> None:
    """Undo what a killed run left beside the target: its partial folder, or the previous output moved aside."""
    if not target.parent.is_dir():
        return
    for partial in target.parent.glob(f".{target.name}.tmp-*"):
        if partial.is_dir():
            shutil.rmtree(partial, ignore_errors=True)
    aside = sorted(target.parent.glob(f".{target.name}.old-*"))
    if aside and not target.exists():
        aside[-1].rename(target)  # killed between the two renames: the previous output comes back


def begin(target: Path) -> Path:
    """The empty temporary sibling of `target` the masked files are written into (what a killed run left, undone).

    Named the same every run, so the SQL a run records is the same every run: the target's lock keeps two
    runs apart, and what a killed one left is removed first."""
    _recover(target)
    _refuse_foreign_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.parent / f".{target.name}.tmp-run"
    staging.mkdir()
    return staging


def publish(staging: Path, target: Path) -> None:
    """Rename the verified `staging` folder over `target`, marked as written by datamask-sql."""
    (staging / MARKER).write_text("written by datamask-sql; a later run may replace this folder\n")
    old = target.parent / f".{target.name}.old-{uuid.uuid4().hex[:8]}"
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def discard(staging: Path) -> None:
    """Remove what a failed run wrote: the previous target was never touched."""
    shutil.rmtree(staging, ignore_errors=True)
