"""Where and how each masked table of a file run is written: its file or partition folder, format and codec."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlglot import exp

from datamask_sql.catalog.filesources import FileTable
from datamask_sql.catalog.lists import Lists, children
from datamask_sql.connection import Connection
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.plan import Plan

# Output format -> (suffix, DuckDB COPY format).
OUTPUTS = {
    "parquet": (".parquet", "parquet"),
    "csv": (".csv", "csv"),
    "tsv": (".tsv", "csv"),
    "jsonl": (".jsonl", "json"),
}
# A source format -> the output format it is written back in by default.
OWN = {"csv": "csv", "tsv": "tsv", "parquet": "parquet", "json": "jsonl"}


@dataclass(frozen=True)
class Output:
    """Where and how one table's masked rows are written: a file, or the folder of a partitioned table."""

    table: FileTable
    chosen: str  # parquet | csv | tsv | jsonl
    suffix: str
    dest: Path
    # DuckDB's COPY options for it (format, header, delimiter, codec, partitions).
    params: tuple[exp.CopyParameter, ...]
    # JSON written (and read back) as one array, as the source file was.
    array: bool = False

    @property
    def files(self) -> str:
        """The path (a glob under a partitioned table's folder) the written files are read back from."""
        return str(self.dest / "**" / f"*{self.suffix}") if self.table.partitions else str(self.dest)


def _param(name: str, value: exp.Expression) -> exp.CopyParameter:
    return exp.CopyParameter(this=exp.var(name), expression=value)


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


def output(conn: Connection, table: FileTable, fmt: str | None, folder: Path) -> Output:
    """How `table` is written under `folder`: its own format (or `fmt`), its names, codec and partition layout."""
    own = OWN[table.format]
    chosen = fmt or own
    suffix, copy_format = OUTPUTS[chosen]
    if chosen == own and table.suffix:
        suffix = table.suffix  # .csv.gz, .ndjson, .json: the names the source used
    params = [_param("FORMAT", exp.var(copy_format))]
    array = False
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
        array = True
    if table.partitions:
        cols = [exp.column(exp.to_identifier(c)) for c in table.partitions]
        params.append(_param("PARTITION_BY", exp.Tuple(expressions=cols)))
        dest = folder / table.name
    elif table.folder:
        dest = folder / table.name / f"{table.name}{suffix}"
    else:
        dest = folder / f"{table.name}{suffix}"
    return Output(table, chosen, suffix, dest, tuple(params), array)


def outputs(
    conn: Connection,
    plan: Plan,
    tables: tuple[FileTable, ...],
    folder: Path,
    fmt: str | None,
    lists: Lists | None = None,
) -> dict[str, Output]:
    """Each planned table's output under `folder`, by the plan's table name (LIST elements' tables have none:
    they are written inside their parents' files)."""
    by_name = {t.name: t for t in tables}
    inner = children(lists or {})
    return {t.name: output(conn, by_name[t.source.name], fmt, folder) for t in plan.tables if t.name not in inner}
