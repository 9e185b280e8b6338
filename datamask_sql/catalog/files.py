"""Files as tables: an embedded DuckDB session with one view per table, over its files or its loaded copy.

The views carry the tables' names, so catalog, plan, run and verify see an ordinary DuckDB schema; types come
from DuckDB's sniffing of CSV and JSON and from Parquet's own schema. A CSV, TSV or JSON table is parsed once,
into a table of an attached temporary database (`datamask_loaded`), and its view reads that copy: every later
read (introspection, key checks, the masked SELECT, verify's source-side checks) would otherwise parse the text
again. Parquet is columnar and cheap to read: its view reads the files. Every statement is a sqlglot AST, and
any file the engine refuses is named in the error (with the line, for a text file).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlglot import exp
from sqlglot.errors import ErrorLevel

from datamask_sql.catalog.csvcheck import first_problem
from datamask_sql.catalog.filesources import TEXT_FORMATS, FileTable
from datamask_sql.connection import DBAPIConnection, _duckdb
from datamask_sql.errors import CatalogError
from datamask_sql.secret import scrub

SCHEMA = "main"
# The URL a file source's session reports (catalog.source, run records): files, not a database anyone can open.
FILES_URL = "files:"
DELIMITERS = {"csv": ",", "tsv": "\t"}
# The attached database holding the text tables' loaded copies (never the current one: introspection skips it).
LOADED = "datamask_loaded"


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


def source_table(table: FileTable) -> exp.Table:
    """Where a session reads the table's rows as the files hold them: a text file's loaded copy, Parquet's files."""
    if table.format in TEXT_FORMATS:
        return exp.table_(
            exp.to_identifier(table.name), db=exp.to_identifier(SCHEMA), catalog=exp.to_identifier(LOADED)
        )
    return exp.Table(this=relation(table))


def load(table: FileTable) -> exp.Create:
    """CREATE TABLE datamask_loaded.main.<table> AS SELECT * FROM <reader>: the one parse of a text table."""
    select = exp.select(exp.Star()).from_(exp.Table(this=relation(table)))
    return exp.Create(this=source_table(table), kind="TABLE", expression=select)


def view(table: FileTable) -> exp.Create:
    """CREATE VIEW main.<table> AS SELECT * FROM <its loaded copy, or Parquet's reader>."""
    name = exp.table_(exp.to_identifier(table.name), db=exp.to_identifier(SCHEMA))
    select = exp.select(exp.Star()).from_(source_table(table))
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
    misfit = _misfit(table, text, candidates)
    if misfit is not None:
        return misfit
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


def _misfit(table: FileTable, text: str, candidates: list[Path]) -> CatalogError | None:
    """A value (past the rows DuckDB sniffed) that does not fit its column's sniffed type, by file, line and column.

    The value itself is not shown: it is the data being masked."""
    if table.format not in TEXT_FORMATS or not re.search(r"Could not convert|Failed to cast|Conversion Error", text):
        return None
    line = re.search(r"on Line: (\d+)|in line (\d+)", text)
    column = re.search(r'converting column "([^"]+)"', text)
    kind = re.search(r"to '([A-Z0-9_ ]+)'|cast value to (\w+)", text)
    what = f"column '{column.group(1)}' holds" if column else "holds"
    if kind:
        what += f" a value that is not {kind.group(1) or kind.group(2)}"
    else:
        what += " a value that does not fit its column's type"
    return CatalogError(
        f"{what}, the type sniffed from the file's first rows; table '{table.name}' cannot be read",
        file=str(candidates[0]) if len(candidates) == 1 else ", ".join(map(str, candidates)),
        line=int(next(g for g in line.groups() if g)) if line else None,
        hint="fix that value, or re-export the file so each column holds one type throughout",
    )


@dataclass
class FileConnection(DBAPIConnection):
    """A file source's DuckDB session; the temporary folder of its loaded copies, if it made one, goes on close."""

    scratch: str | None = None

    def close(self) -> None:
        """Release the connection, then remove the loaded copies' folder."""
        try:
            super().close()
        finally:
            if self.scratch:
                shutil.rmtree(self.scratch, ignore_errors=True)


def _attach(conn: FileConnection, database: str, loaded: str | None) -> None:
    """Attach the database the text tables are loaded into: the file `loaded`, else an in-memory one.

    In memory, it spills past `memory_limit` to the session's temp_directory (beside a file `database`, else a
    temporary folder of its own, removed on close): loading costs one parse, where writing a database file
    (compressed, checkpointed) doubled it, and memory stays under the limit."""
    if loaded is None and database == ":memory:":
        conn.scratch = tempfile.mkdtemp(prefix="datamask-loaded-")
        conn.raw.execute("SET temp_directory = ?", [conn.scratch])
    target = exp.alias_(exp.Literal.string(loaded or ":memory:"), exp.to_identifier(LOADED))
    conn.execute(_sql(exp.Attach(this=target, exists=False)))


def open_files(
    tables: tuple[FileTable, ...],
    database: str = ":memory:",
    memory_limit: str | None = None,
    label: str = "",
    loaded: str | None = None,
) -> FileConnection:
    """An embedded DuckDB connection holding one view per file table, each file read once here.

    A CSV, TSV or JSON table is loaded (parsed once, with its sniffed types) into the attached database
    `datamask_loaded` (the file `loaded`, else in memory, spilling to disk), so a bad line or a value that does
    not fit its sniffed type fails here, named; Parquet is read in place (its footers checked here). `database`:
    a temporary file lets a large masked table spill to disk; `memory_limit` caps DuckDB's memory."""
    raw = _duckdb.connect(database)
    conn = FileConnection(raw, FILES_URL + (label or database), "duckdb")
    try:
        if memory_limit:
            raw.execute("SET memory_limit = ?", [memory_limit])
        if any(t.format in TEXT_FORMATS for t in tables):
            _attach(conn, database, loaded)
        for table in tables:
            try:
                if table.format in TEXT_FORMATS:
                    conn.execute(_sql(load(table)))
                conn.execute(_sql(view(table)))
                if table.format not in TEXT_FORMATS:
                    conn.query(_sql(exp.select(exp.Count(this=exp.Star())).from_(view(table).this.copy())))
            except _duckdb.Error as exc:
                raise file_error(table, exc) from None
    except BaseException:
        conn.close()
        raise
    return conn
