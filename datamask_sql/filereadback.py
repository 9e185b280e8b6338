"""The files a file run wrote, read back for verification, as the run reads them before its rename.

The CSV and JSON readers are given the planned column types: sniffing could read a masked column back as another
type (digits as a number, a date-shaped string as a DATE).
"""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.catalog.files import DELIMITERS
from datamask_sql.catalog.lists import ListColumn, Lists
from datamask_sql.catalog.nested import Nesting, field_name, flat_select, path_groups
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.dialects import get_dialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import VerifyError
from datamask_sql.fileoutput import Output
from datamask_sql.plan import Plan, TablePlan
from datamask_sql.render.tables import count_star, stage_table
from datamask_sql.secret import scrub
from datamask_sql.verify import Check, verify

# column -> (how its elements were masked, the elements' planned table)
Elements = dict[str, tuple[ListColumn, TablePlan]]


def _struct_type(fields: tuple[str, ...], typed: dict[str, exp.DataType]) -> exp.DataType:
    """A STRUCT of `fields` (paths into STRUCT fields flattened deeper, `geo.lat`), each typed by `typed`."""
    defs = []
    for top, rests in path_groups(fields).items():
        if rests == [""]:
            kind = typed[top].copy()
        else:
            kind = _struct_type(
                tuple(rests), {k.split(".", 1)[1]: v for k, v in typed.items() if k.startswith(top + ".")}
            )
        defs.append(exp.ColumnDef(this=exp.to_identifier(top), kind=kind))
    return exp.DataType(this=exp.DataType.Type.STRUCT, expressions=defs, nested=True)


def _types(table: TablePlan, nested: dict[str, tuple[str, ...]], elements: Elements) -> dict[str, exp.DataType]:
    """The written file's columns and their planned types: a STRUCT masked field by field typed from its fields,
    a LIST masked element by element (`elements`: column -> its elements' table) from its elements' fields."""
    planned = {c.name: c.column.data_type for c in table.columns}
    fields = {field_name(c, f): c for c, fs in nested.items() for f in fs}
    out: dict[str, exp.DataType] = {}
    # In the file's column order (the readers take the types by position): a STRUCT where its first field was.
    for c in table.columns:
        if c.name in elements:
            how, child = elements[c.name]
            typed = {e.name: e.column.data_type for e in child.columns}
            struct = _struct_type(how.fields, typed)
            out[c.name] = exp.DataType(this=exp.DataType.Type.ARRAY, expressions=[struct], nested=True)
        elif c.name not in fields:
            out[c.name] = c.column.data_type
        elif c.name == field_name(fields[c.name], nested[fields[c.name]][0]):
            column = fields[c.name]
            typed = {f: planned[field_name(column, f)] for f in nested[column]}
            out[column] = _struct_type(nested[column], typed)
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


def reader(out: Output, table: TablePlan, nested: dict[str, tuple[str, ...]], elements: Elements) -> exp.Expression:
    """DuckDB's reader of the written files; CSV and JSON told each column's planned type, partitions' too."""
    types = _types(table, nested, elements)
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


def read_back(
    out: Output, table: TablePlan, nested: dict[str, tuple[str, ...]], elements: Elements | None = None
) -> exp.Create:
    """<the table's stage name> over its written files, STRUCTs flat again as they were masked (a LIST masked
    element by element is read as written: its elements were checked in their own table).

    A view over Parquet (each check reads only its columns); a table read once from CSV and JSON, which every
    check would otherwise parse again whole."""
    files = exp.Table(this=reader(out, table, nested, elements or {}))
    select = flat_select(get_dialect("duckdb"), files, [c.name for c in table.columns], nested)
    view = stage_table(table.target_schema, table.name, table.target_database)
    kind = "VIEW" if out.chosen == "parquet" else "TABLE"
    return exp.Create(this=view, kind=kind, expression=select, replace=True)


def check_written(
    conn: Connection, plan: Plan, written: dict[str, Output], nesting: Nesting | None = None, lists: Lists | None = None
) -> list[Check]:
    """verify's checks on the files `written` holds, read back as a run reads them before its rename.

    A table whose files are missing or unreadable is a VerifyError naming the table and its files."""
    if lists:
        parent, columns = next(iter(sorted(lists.items())))
        raise VerifyError(
            f"verify does not re-read LIST columns masked element by element yet ({parent}.{next(iter(columns))})",
            hint="the run checked those elements before it wrote the folder; re-run it to check them again",
        )
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
