"""Masked tables out to files: one per table, in a temporary sibling folder renamed over the target when whole.

The source files are only ever read (DuckDB's readers open them read-only); the target may not be, contain or
sit inside anything the source reads, and an existing target is replaced only when an earlier run wrote it.
"""

from __future__ import annotations

import hashlib
import shutil
import uuid
from pathlib import Path

from sqlglot import exp

from datamask_sql.catalog.filesources import FileTable, source_files
from datamask_sql.catalog.lists import ListColumn, Lists, children, gathered
from datamask_sql.catalog.nested import Nesting, repacked
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import RunError
from datamask_sql.plan import Plan
from datamask_sql.render import target_table
from datamask_sql.secret import scrub

# Written into every target folder, so a later run knows the folder is its own to replace.
MARKER = ".datamask-files"
# Output format -> (suffix, DuckDB COPY format).
OUTPUTS = {
    "parquet": (".parquet", "parquet"),
    "csv": (".csv", "csv"),
    "tsv": (".tsv", "csv"),
    "jsonl": (".jsonl", "json"),
}


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


def _codec(conn: Connection, table: FileTable) -> str:
    """The first Parquet file's codec, so the output keeps it (snappy when unknown)."""
    query = exp.select("compression").from_(
        exp.Table(this=exp.Anonymous(this="parquet_metadata", expressions=[exp.Literal.string(table.paths[0])]))
    )
    rows = conn.query(to_sql(get_dialect("duckdb"), query.limit(1)))
    codec = str(rows[0][0]).lower() if rows and rows[0][0] else "snappy"
    return "snappy" if codec == "uncompressed" else codec


def _is_array_json(table: FileTable) -> bool:
    with open(table.paths[0], "rb") as handle:
        return handle.read(4096).lstrip()[:1] == b"["


def _param(name: str, value: exp.Expression) -> exp.CopyParameter:
    return exp.CopyParameter(this=exp.var(name), expression=value)


def copy_statement(
    conn: Connection,
    schema: str,
    table: FileTable,
    fmt: str | None,
    folder: Path,
    columns: tuple[str, ...] = (),
    nested: dict[str, tuple[str, ...]] | None = None,
    lists: dict[str, ListColumn] | None = None,
) -> tuple[exp.Copy, Path]:
    """COPY <masked table> TO <file or partition folder> in the table's own format (or `fmt`), and its path.

    `nested`: the table's STRUCT columns masked field by field, packed again from `columns` (the masked table's);
    `lists`: its LIST columns masked element by element, gathered again from their elements' tables."""
    own = {"csv": "csv", "tsv": "tsv", "parquet": "parquet", "json": "jsonl"}[table.format]
    chosen = fmt or own
    suffix, copy_format = OUTPUTS[chosen]
    if chosen == own and table.suffix:
        suffix = table.suffix  # .csv.gz, .ndjson, .json: the names the source used
    params = [_param("FORMAT", exp.var(copy_format))]
    if copy_format == "csv":
        params += [
            _param("HEADER", exp.true()),
            _param("DELIMITER", exp.Literal.string("\t" if chosen == "tsv" else ",")),
        ]
        if suffix.lower().endswith(".gz"):
            params.append(_param("COMPRESSION", exp.var("gzip")))
    elif copy_format == "parquet":
        params.append(_param("COMPRESSION", exp.var(_codec(conn, table) if table.format == "parquet" else "zstd")))
    elif chosen == own and suffix.lower() == ".json" and _is_array_json(table):
        params.append(_param("ARRAY", exp.true()))
    if table.partitions:
        cols = [exp.column(exp.to_identifier(c)) for c in table.partitions]
        params.append(_param("PARTITION_BY", exp.Tuple(expressions=cols)))
        dest = folder / table.name
    elif table.folder:
        dest = folder / table.name / f"{table.name}{suffix}"
    else:
        dest = folder / f"{table.name}{suffix}"
    projection = repacked(get_dialect("duckdb"), columns, nested or {}) if nested or lists else [exp.Star()]
    for i, column in enumerate(projection):
        if lists and isinstance(column, exp.Column) and column.name in lists:
            elements = gathered(schema, table.name, lists[column.name])
            projection[i] = exp.alias_(elements, exp.to_identifier(column.name))
    select = exp.select(*projection).from_(target_table(schema, table.name))
    statement = exp.Copy(
        this=exp.Subquery(this=select), kind=False, files=[exp.Literal.string(str(dest))], params=params
    )
    return statement, dest


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


def write_tables(
    conn: Connection,
    plan: Plan,
    tables: tuple[FileTable, ...],
    target: Path,
    fmt: str | None,
    nesting: Nesting | None = None,
    lists: Lists | None = None,
) -> dict[str, list[str]]:
    """Write every masked table of `plan` to files under `target`: built in a sibling folder, then renamed.

    A failure (or a kill) before the rename leaves the previous target as it was."""
    _recover(target)
    _refuse_foreign_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:8]
    staging = target.parent / f".{target.name}.tmp-{tag}"
    staging.mkdir()
    by_name = {t.name: t for t in tables}
    written: dict[str, list[str]] = {}
    try:
        elements = children(lists or {})
        for table in plan.tables:
            if table.source.name in elements:
                continue  # written inside its parent's files
            source = by_name[table.source.name]
            names = tuple(c.name for c in table.columns)
            nested = (nesting or {}).get(source.name)
            listed = (lists or {}).get(source.name)
            statement, dest = copy_statement(conn, table.target_schema, source, fmt, staging, names, nested, listed)
            dest.parent.mkdir(parents=True, exist_ok=True)
            rows = conn.query(to_sql(get_dialect("duckdb"), statement))
            expected = conn.query(
                to_sql(
                    get_dialect("duckdb"),
                    exp.select(exp.Count(this=exp.Star())).from_(target_table(table.target_schema, table.source.name)),
                )
            )
            if rows and rows[0][0] != expected[0][0]:
                raise RunError(
                    f"{dest.name}: wrote {rows[0][0]} rows of {expected[0][0]}; the target is left unchanged"
                )
            files = sorted(dest.rglob("*")) if dest.is_dir() else [dest]
            written[table.name] = [str(target / f.relative_to(staging)) for f in files if f.is_file()]
        (staging / MARKER).write_text("written by datamask-sql; a later run may replace this folder\n")
        old = target.parent / f".{target.name}.old-{tag}"
        if target.exists():
            target.rename(old)
        staging.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    except DRIVER_ERRORS as exc:
        shutil.rmtree(staging, ignore_errors=True)
        detail = (scrub(str(exc)).strip().splitlines() or [type(exc).__name__])[0]
        raise RunError(f"writing the masked files failed: {detail}; the target is left unchanged") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return written
