"""Files as tables: an embedded DuckDB session with one view per table over read_csv/read_parquet/read_json.

The views carry the tables' names, so catalog, plan, run and verify see an ordinary DuckDB schema; types come
from DuckDB's sniffing of CSV and JSON and from Parquet's own schema. Every statement is a sqlglot AST, and
any file the engine refuses is named in the error (with the line, for a text file).
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlglot import exp
from sqlglot.errors import ErrorLevel

from datamask_sql.catalog.csvcheck import first_problem
from datamask_sql.catalog.filesources import FileTable
from datamask_sql.connection import DBAPIConnection, _duckdb
from datamask_sql.errors import CatalogError
from datamask_sql.secret import scrub

SCHEMA = "main"
# The URL a file source's session reports (catalog.source, run records): files, not a database anyone can open.
FILES_URL = "files:"
DELIMITERS = {"csv": ",", "tsv": "\t"}


def _arg(name: str, value: exp.Expression) -> exp.PropertyEQ:
    return exp.PropertyEQ(this=exp.to_identifier(name), expression=value)


def relation(table: FileTable) -> exp.Expression:
    """DuckDB's reader of the table's files: read_csv / read_parquet / read_json, as an AST."""
    paths = exp.Array(expressions=[exp.Literal.string(str(Path(p).resolve())) for p in table.paths])
    args: list[exp.Expression] = []
    if table.format in DELIMITERS:
        # Fixed dialect, sniffed types: a ragged or wrongly quoted line is an error, never a silent re-read.
        args += [
            _arg("delim", exp.Literal.string(DELIMITERS[table.format])),
            _arg("header", exp.true()),
            _arg("quote", exp.Literal.string('"')),
            _arg("escape", exp.Literal.string('"')),
            _arg("strict_mode", exp.true()),
        ]
    if table.partitions:
        args.append(_arg("hive_partitioning", exp.true()))
    elif table.format != "csv" or len(table.paths) > 1:
        args.append(_arg("hive_partitioning", exp.false()))
    if len(table.paths) > 1:
        args.append(_arg("union_by_name", exp.true()))
    reader = {"csv": "read_csv", "tsv": "read_csv", "parquet": "read_parquet", "json": "read_json"}[table.format]
    return exp.Anonymous(this=reader, expressions=[paths, *args])


def view(table: FileTable) -> exp.Create:
    """CREATE VIEW main.<table> AS SELECT * FROM <reader>."""
    name = exp.table_(exp.to_identifier(table.name), db=exp.to_identifier(SCHEMA))
    select = exp.select(exp.Star()).from_(exp.Table(this=relation(table)))
    return exp.Create(this=name, kind="VIEW", expression=select)


def _sql(statement: exp.Expression) -> str:
    return statement.sql(dialect="duckdb", identify=True, unsupported_level=ErrorLevel.RAISE)


def file_error(table: FileTable, exc: BaseException) -> CatalogError:
    """One paragraph naming the file (and line) the engine refused, and what is wrong with it."""
    text = scrub(str(exc)).strip()
    named = re.search(r"file\s*=\s*(\S+)|file '([^']+)'|file \"([^\"]+)\"", text)
    path = next((g for g in named.groups() if g), None) if named else None
    path = path if path in table.paths or path is None else path
    candidates = [Path(path)] if path else [Path(p) for p in table.paths]
    if table.format in DELIMITERS:
        for candidate in candidates:
            problem = first_problem(candidate, DELIMITERS[table.format]) if candidate.is_file() else None
            if problem:
                line, what = problem
                return CatalogError(
                    f"line {line} {what}; table '{table.name}' cannot be read",
                    file=str(candidate),
                    hint="fix or re-export the file (UTF-8, one header, the same number of fields on every line, "
                    "quotes doubled inside quoted fields)",
                )
    line = re.search(r"on Line: (\d+)", text)
    detail = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith(("LINE", "  "))), "")
    where = str(candidates[0]) if len(candidates) == 1 else ", ".join(map(str, candidates))
    if "magic bytes" in text or "truncated" in text.lower() or "Parquet" in text and table.format == "parquet":
        detail = f"is not a whole Parquet file ({detail.split(':', 1)[-1].strip()})"
        return CatalogError(
            f"{detail}; table '{table.name}' cannot be read",
            file=where,
            hint="the file may be truncated or still being written; copy it again",
        )
    return CatalogError(
        f"table '{table.name}' cannot be read: {detail}",
        file=where,
        line=int(line.group(1)) if line else None,
        hint="check that the file is what its extension says, whole and UTF-8",
    )


def open_files(  # noqa: ANN201 - a DBAPIConnection
    tables: tuple[FileTable, ...], database: str = ":memory:", memory_limit: str | None = None, label: str = ""
):
    """An embedded DuckDB connection holding one view per file table, each file read once to check it.

    `database`: a temporary file lets a large masked table spill to disk; `memory_limit` caps DuckDB's memory."""
    raw = _duckdb.connect(database)
    conn = DBAPIConnection(raw, FILES_URL + (label or database), "duckdb")
    try:
        if memory_limit:
            raw.execute("SET memory_limit = ?", [memory_limit])
        for table in tables:
            try:
                conn.execute(_sql(view(table)))
                # Reads every line of a text file (Parquet: its footers), so a bad line fails here, named.
                conn.query(_sql(exp.select(exp.Count(this=exp.Star())).from_(view(table).this.copy())))
            except _duckdb.Error as exc:
                raise file_error(table, exc) from None
    except BaseException:
        conn.close()
        raise
    return conn
