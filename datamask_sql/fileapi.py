"""The library entry points for data files: mask a file source into a folder, and re-check such a folder."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

from datamask_sql.catalog.files import open_files
from datamask_sql.catalog.filesources import discover
from datamask_sql.compiled import Compiled, Execution
from datamask_sql.dialects import get_dialect
from datamask_sql.errors import DatamaskError, VerifyError
from datamask_sql.filecopy import write_directly
from datamask_sql.filelock import target_lock
from datamask_sql.fileoutput import outputs
from datamask_sql.filereadback import check_written
from datamask_sql.filerun import MARKER, begin, discard, input_files, publish, refuse_overlap
from datamask_sql.inputs import load_inputs
from datamask_sql.observe import Observer, observers, refusals
from datamask_sql.plan import plan
from datamask_sql.policy import load_policy
from datamask_sql.policy.model import PolicyDocument
from datamask_sql.render import Rendered
from datamask_sql.runner import Progress, RunResult
from datamask_sql.secret import MaskingKey
from datamask_sql.verify import Check

__all__ = ["run_files", "verify_files"]


def _paths(document: PolicyDocument, source: str | None, target: Path | str | None) -> tuple[str, Path]:
    """The file source and the target folder: as given, else the policy's source.path and target.path."""
    source = source or document.source.path
    target = target or document.target.path
    if not source:
        raise DatamaskError(
            "no source: name the data files or the database, or source.path in the policy", option="source"
        )
    if not target:
        raise DatamaskError(
            "a file source needs a folder for the masked files: name one, or target.path in the policy",
            option="target_path",
        )
    return source, Path(target)


def run_files(
    policy_path: Path | str,
    source: str | None,
    key: MaskingKey,
    *,
    target_path: Path | str | None = None,
    fmt: str | None = None,
    out_dir: Path = Path("build"),
    progress: Progress | None = None,
    allow_paths: Iterable[Path | str] = (),
    memory_limit: str | None = None,
    openlineage: str | None = None,
    metrics: Path | str | None = None,
) -> RunResult:
    """Mask CSV, TSV, Parquet and JSON files (a file, folder or glob) into one file per table under `target_path`.

    `source`, `target_path` and `fmt` default to the policy's source.path, target.path and target.format. Each
    table's masked rows are written once, by DuckDB (`memory_limit` caps its memory, e.g. '1GB'), into a sibling
    of the target folder; the written files are read back and verified, then the folder is renamed over the
    target. runs.jsonl and manifest.json (with each input file's size and SHA-256) go to `out_dir` as for a
    database run; `openlineage` and `metrics` as there."""
    uri = f"file://{Path(source).resolve()}" if source else None  # else the policy's, once it is read
    with refusals(observers(uri, Path(policy_path).stem, openlineage, metrics)) as watched:
        return _mask_files(
            policy_path, source, key, watched, target_path, fmt, out_dir, progress, allow_paths, memory_limit
        )


def _mask_files(
    policy_path: Path | str,
    source: str | None,
    key: MaskingKey,
    watched: tuple[Observer, ...],
    target_path: Path | str | None,
    fmt: str | None,
    out_dir: Path,
    progress: Progress | None,
    allow_paths: Iterable[Path | str],
    memory_limit: str | None,
) -> RunResult:
    document = load_policy(policy_path, allow_paths).document
    source, target = _paths(document, source, target_path)
    tables = discover(source)
    refuse_overlap(tables, source, target)
    inputs_of = input_files(tables)
    chosen = fmt or document.target.format
    # Held from before the build until the rename, so a second run onto the folder is refused, not interleaved.
    with target_lock(target), tempfile.TemporaryDirectory(prefix="datamask-files-") as scratch:
        conn = open_files(tables, str(Path(scratch) / "work.duckdb"), memory_limit, label=str(target))
        staging: Path | None = None
        try:
            inputs = load_inputs(policy_path, source, conn, dialect=get_dialect("duckdb"), allow_paths=allow_paths)
            staging = begin(target)

            def rework(rendered: Rendered) -> Rendered:
                written = outputs(conn, rendered.plan, tables, staging, chosen, inputs.lists)
                return write_directly(rendered, written, inputs.nesting, inputs.lists)

            def finish(compiled: Compiled) -> None:
                publish(staging, target)

            run = Execution(source, key, out_dir, progress, manifest_extra={"inputs": inputs_of}, finish=finish)
            run.rework = rework
            run.observers = watched
            return run.execute(conn, inputs, get_dialect("duckdb"))
        except BaseException:
            if staging is not None:
                discard(staging)
            raise
        finally:
            conn.close()


def verify_files(
    policy_path: Path | str,
    source: str | None,
    *,
    target_path: Path | str | None = None,
    fmt: str | None = None,
    allow_paths: Iterable[Path | str] = (),
    memory_limit: str | None = None,
) -> list[Check]:
    """Re-check a folder a file run wrote against its source files, with the checks the run made before its
    rename: row counts, declared keys unique, foreign keys between tables, no masked value equal to a source one.

    `source`, `target_path` and `fmt` default as for run_files; needs no secret."""
    document = load_policy(policy_path, allow_paths).document
    source, target = _paths(document, source, target_path)
    if not (target / MARKER).is_file():
        raise VerifyError(
            "the folder holds no masked files a datamask-sql file run wrote",
            file=str(target),
            hint="name the folder a file run wrote its masked files to",
            option="target_path",
        )
    tables = discover(source)
    with tempfile.TemporaryDirectory(prefix="datamask-verify-") as scratch:
        conn = open_files(tables, str(Path(scratch) / "verify.duckdb"), memory_limit, label=str(target))
        try:
            inputs = load_inputs(policy_path, source, conn, dialect=get_dialect("duckdb"), allow_paths=allow_paths)
            the_plan = plan(inputs.policy, inputs.catalog, row_counts=inputs.row_counts)
            written = outputs(conn, the_plan, tables, target, fmt or document.target.format, inputs.lists)
            return check_written(conn, the_plan, written, inputs.nesting, inputs.lists)
        finally:
            conn.close()
