"""Masked tables written straight to files, and read back from them for verification.

A file run never builds a masked table in the engine: each table's masked SELECT is COPYed once into its
file(s) in the temporary sibling folder, and a view reads those files back, so verify checks what was
written, not what was meant to be. The CSV and JSON readers are given the planned column types: sniffing
could read a masked column back as another type (digits as a number, a date-shaped string as a DATE).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from sqlglot import exp

from datamask_sql.catalog.files import DELIMITERS
from datamask_sql.catalog.filesources import FileTable
from datamask_sql.catalog.nested import Nesting, field_name, packed
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import VerifyError
from datamask_sql.plan import Plan, TablePlan
from datamask_sql.render import Rendered
from datamask_sql.render.scripts import Script
from datamask_sql.render.statement import Statement
from datamask_sql.render.tables import count_star, stage_table
from datamask_sql.secret import scrub
from datamask_sql.verify import Check, verify

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


def _projection(columns: tuple[str, ...], nested: dict[str, tuple[str, ...]]) -> list[exp.Expression]:
    """The masked table's columns with each flattened STRUCT packed again, in its own place."""
    fields = {field_name(c, f): c for c, fs in nested.items() for f in fs}
    out: list[exp.Expression] = []
    for name in columns:
        if name not in fields:
            out.append(exp.column(exp.to_identifier(name)))
        elif name == field_name(fields[name], nested[fields[name]][0]):
            struct = packed(fields[name], nested[fields[name]], lambda n: exp.column(exp.to_identifier(n)))
            out.append(exp.alias_(struct, exp.to_identifier(fields[name])))
    return out


def copy_out(out: Output, select: exp.Query, columns: tuple[str, ...], nested: dict[str, tuple[str, ...]]) -> exp.Copy:
    """COPY (<masked SELECT>) TO <file or partition folder>, STRUCTs masked field by field packed again."""
    if nested:
        select = exp.select(*_projection(columns, nested)).from_(
            exp.alias_(exp.Subquery(this=select), "_dm_masked", table=True)
        )
    return exp.Copy(
        this=exp.Subquery(this=select), kind=False, files=[exp.Literal.string(str(out.dest))], params=list(out.params)
    )


def _types(table: TablePlan, nested: dict[str, tuple[str, ...]]) -> dict[str, exp.DataType]:
    """The written file's columns and their planned types, a STRUCT masked field by field typed from its fields."""
    planned = {c.name: c.column.data_type for c in table.columns}
    fields = {field_name(c, f): c for c, fs in nested.items() for f in fs}
    out: dict[str, exp.DataType] = {}
    # In the file's column order (the readers take the types by position): a STRUCT where its first field was.
    for c in table.columns:
        if c.name not in fields:
            out[c.name] = c.column.data_type
        elif c.name == field_name(fields[c.name], nested[fields[c.name]][0]):
            names = nested[fields[c.name]]
            defs = [
                exp.ColumnDef(this=exp.to_identifier(f), kind=planned[field_name(fields[c.name], f)].copy())
                for f in names
            ]
            out[fields[c.name]] = exp.DataType(this=exp.DataType.Type.STRUCT, expressions=defs, nested=True)
    return out


def _arg(name: str, value: exp.Expression) -> exp.PropertyEQ:
    return exp.PropertyEQ(this=exp.to_identifier(name), expression=value)


def _type_struct(types: dict[str, exp.DataType]) -> exp.Struct:
    duckdb = get_dialect("duckdb")
    return exp.Struct(
        expressions=[
            exp.PropertyEQ(this=exp.to_identifier(n), expression=exp.Literal.string(to_sql(duckdb, t)))
            for n, t in types.items()
        ]
    )


def reader(out: Output, table: TablePlan, nested: dict[str, tuple[str, ...]]) -> exp.Expression:
    """DuckDB's reader of the written files; CSV and JSON told each column's planned type, partitions' too."""
    types = _types(table, nested)
    parts = {p: types.pop(p) for p in out.table.partitions if p in types}
    args: list[exp.Expression] = [exp.Literal.string(out.files)]
    if out.chosen in ("csv", "tsv"):
        args += [
            _arg("delim", exp.Literal.string(DELIMITERS[out.chosen])),
            _arg("header", exp.true()),
            _arg("quote", exp.Literal.string('"')),
            _arg("escape", exp.Literal.string('"')),
            _arg("strict_mode", exp.true()),
            _arg("columns", _type_struct(types)),
        ]
    elif out.chosen == "jsonl":
        form = "array" if out.array else "newline_delimited"
        args += [_arg("format", exp.Literal.string(form)), _arg("columns", _type_struct(types))]
    args.append(_arg("hive_partitioning", exp.true() if parts else exp.false()))
    if parts:
        args.append(_arg("hive_types", _type_struct(parts)))
    name = {"csv": "read_csv", "tsv": "read_csv", "parquet": "read_parquet", "jsonl": "read_json"}[out.chosen]
    return exp.Anonymous(this=name, expressions=args)


def read_back(out: Output, table: TablePlan, nested: dict[str, tuple[str, ...]]) -> exp.Create:
    """<the table's stage name> over its written files, STRUCTs flat again as they were masked.

    A view over Parquet (each check reads only its columns); a table read once from CSV and JSON, which every
    check would otherwise parse again whole."""
    fields = {field_name(c, f): (c, f) for c, fs in nested.items() for f in fs}
    projection: list[exp.Expression] = []
    for c in table.columns:
        if c.name in fields:
            column, field = fields[c.name]
            ref = exp.column(exp.to_identifier(column))
            value = exp.Anonymous(this="struct_extract", expressions=[ref, exp.Literal.string(field)])
            projection.append(exp.alias_(value, exp.to_identifier(c.name)))
        else:
            projection.append(exp.column(exp.to_identifier(c.name)))
    select = exp.select(*projection).from_(exp.Table(this=reader(out, table, nested)))
    view = stage_table(table.target_schema, table.name, table.target_database)
    kind = "VIEW" if out.chosen == "parquet" else "TABLE"
    return exp.Create(this=view, kind=kind, expression=select, replace=True)


def outputs(
    conn: Connection, plan: Plan, tables: tuple[FileTable, ...], folder: Path, fmt: str | None
) -> dict[str, Output]:
    """Each planned table's output under `folder`, by the plan's table name."""
    by_name = {t.name: t for t in tables}
    return {t.name: output(conn, by_name[t.source.name], fmt, folder) for t in plan.tables}


def write_directly(rendered: Rendered, written: dict[str, Output], nesting: Nesting | None) -> Rendered:
    """The rendered run with each table's build replaced by a COPY of its masked SELECT to its files and their
    read-back (what the run counts and verifies); nothing to swap: the folder is renamed instead."""
    plan = rendered.plan
    scripts: list[Script] = []
    for script in rendered.scripts:
        if script.kind == "swap":
            continue
        if script.kind != "table":
            scripts.append(script)
            continue
        table = plan.table(script.table)
        stage = stage_table(table.target_schema, table.name, table.target_database)
        nested = (nesting or {}).get(table.source.name) or {}
        statements: list[Statement] = []
        for s in script.statements:
            if s.fills is None:
                # Drops and ALTERs of the stage table have nothing to act on: the rows go to files (whose columns
                # DuckDB's views record as nullable, so no NOT NULL is lost).
                if not any(t.name == stage.name and t.db == stage.db for t in s.ast.find_all(exp.Table)):
                    statements.append(s)
                continue
            names = tuple(c.name for c in table.columns)
            out = written[table.name]
            statements.append(Statement(copy_out(out, s.ast.expression, names, nested)))
            statements.append(Statement(read_back(out, table, nested), s.table, stage))
        scripts.append(dataclasses.replace(script, statements=tuple(statements)))
    # The read-back of a Parquet output is a view: dropped as one after a failure.
    views = [stage_table(t.target_schema, t.name, t.target_database) for t in plan.tables]
    views = [v for t, v in zip(plan.tables, views) if written[t.name].chosen == "parquet"]
    abort = tuple(
        exp.Drop(tables=[a.args["tables"][0].copy()], kind="VIEW", exists=True)
        if isinstance(a, exp.Drop) and (a.args.get("tables") or [None])[0] in views
        else a
        for a in rendered.abort
    )
    return dataclasses.replace(rendered, scripts=tuple(scripts), abort=abort)


def check_written(
    conn: Connection, plan: Plan, written: dict[str, Output], nesting: Nesting | None = None
) -> list[Check]:
    """verify's checks on the files `written` holds, read back as a run reads them before its rename.

    A table whose files are missing or unreadable is a VerifyError naming the table and its files."""
    duckdb = get_dialect("duckdb")
    for schema in sorted({t.target_schema for t in plan.tables}):
        conn.execute(to_sql(duckdb, duckdb.create_schema(schema, None)))
    views: dict[str, exp.Table] = {}
    for t in plan.tables:
        out = written[t.name]
        create = read_back(out, t, (nesting or {}).get(t.source.name) or {})
        try:
            conn.execute(to_sql(duckdb, create))
            conn.query(to_sql(duckdb, count_star(create.this)))
        except DRIVER_ERRORS as exc:
            detail = (scrub(str(exc)).strip().splitlines() or [type(exc).__name__])[0]
            raise VerifyError(
                f"the masked files of table '{t.name}' cannot be read back: {detail}",
                file=str(out.dest),
                hint="the folder must hold what a file run wrote, in the format it wrote (or the one named)",
            ) from None
        views[t.name] = create.this
    return verify(conn, duckdb, plan, built=lambda name: views[name].copy())
