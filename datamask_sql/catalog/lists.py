"""LIST of STRUCT columns of Parquet files whose element fields a policy addresses (`items.email: email`).

The elements of such a column become a table of their own, named `<table>.<column>`: one row per element, its
fields as columns, plus the parent row it belongs to and its position in the list. Every field is then planned,
masked, checked and recorded exactly as a flat column of a flat table (digests, lookups, unlisted: and all), with
no per-element SQL of its own. The parent's view keeps the column in its place, holding its row's number (NULL
where the list is NULL); writing the file gathers the masked elements back into each list, in their order.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp
from sqlglot.errors import ErrorLevel

from datamask_sql.catalog.files import SCHEMA, source_table
from datamask_sql.catalog.filesources import FileTable
from datamask_sql.catalog.model import Catalog, Column
from datamask_sql.catalog.nested import Nesting, field_name
from datamask_sql.connection import Connection

# Parquet readers' virtual columns: the same numbers for the same row in every read of the same files, so the
# parent's view and its elements' view, read separately, still join row for row.
ROW_COLUMNS = ("file_index", "file_row_number")
# A row's number: its file's index above its row number within the file (2**40 rows per file).
FILE_STRIDE = 1 << 40


@dataclass(frozen=True)
class ListColumn:
    """A LIST of STRUCT column masked element by element, and the table its elements are masked as."""

    column: str
    child: str  # the elements' table
    fields: tuple[str, ...]  # the STRUCT's fields, in order: the elements' table's columns
    row: str  # the elements' column holding the parent row's number
    pos: str  # the elements' column holding the 1-based position, negated for a NULL element


# table -> LIST column masked per element -> how
Lists = dict[str, dict[str, ListColumn]]


def list_fields(column: Column) -> tuple[str, ...] | None:
    """The field names of a LIST of STRUCT column's elements, in order; None for any other type."""
    data_type = column.data_type
    if data_type.this != exp.DataType.Type.ARRAY or len(data_type.expressions) != 1:
        return None
    element = data_type.expressions[0]
    if not isinstance(element, exp.DataType) or element.this != exp.DataType.Type.STRUCT:
        return None
    return tuple(f.name for f in element.expressions if isinstance(f, exp.ColumnDef))


def children(lists: Lists) -> set[str]:
    """The names of every elements' table (planned and masked, but written inside their parents' files)."""
    return {c.child for columns in lists.values() for c in columns.values()}


def _col(name: str, table: str | None = None) -> exp.Column:
    return exp.column(exp.to_identifier(name), table=exp.to_identifier(table) if table else None)


def _row_number() -> exp.Expression:
    index = exp.cast(_col(ROW_COLUMNS[0]), exp.DataType.build("BIGINT"))
    stride = exp.Mul(this=index, expression=exp.Literal.number(FILE_STRIDE))
    return exp.Add(this=stride, expression=_col(ROW_COLUMNS[1]))


def _if_null(value: exp.Expression, then: exp.Expression, default: exp.Expression) -> exp.Case:
    return exp.Case(ifs=[exp.If(this=exp.Is(this=value, expression=exp.null()), true=then)], default=default)


def _create(conn: Connection, name: str, select: exp.Select) -> None:
    table = exp.table_(exp.to_identifier(name), db=exp.to_identifier(SCHEMA))
    create = exp.Create(this=table, kind="VIEW", expression=select, replace=True)
    conn.execute(create.sql(dialect="duckdb", identify=True, unsupported_level=ErrorLevel.RAISE))


def _elements(table: FileTable, lc: ListColumn) -> exp.Select:
    """One row per element: parent row number, signed position, then each field (NULL for a NULL element)."""
    unnest = exp.Explode(this=_col(lc.column))
    positions = exp.Explode(
        this=exp.GenerateSeries(start=exp.Literal.number(1), end=exp.ArraySize(this=_col(lc.column)))
    )
    # Two UNNESTs in one SELECT are read side by side (DuckDB zips them): element i beside position i.
    inner = exp.select(exp.alias_(_row_number(), "r"), exp.alias_(unnest, "e"), exp.alias_(positions, "i")).from_(
        source_table(table)
    )
    element = _col("e")
    signed = _if_null(element.copy(), exp.Neg(this=_col("i")), _col("i"))
    fields = [
        exp.alias_(exp.StructExtract(this=element.copy(), expression=exp.Literal.string(f)), exp.to_identifier(f))
        for f in lc.fields
    ]
    return exp.select(
        exp.alias_(_col("r"), exp.to_identifier(lc.row)), exp.alias_(signed, exp.to_identifier(lc.pos)), *fields
    ).from_(exp.Subquery(this=inner))


def list_views(
    conn: Connection, tables: tuple[FileTable, ...], catalog: Catalog, nesting: Nesting, lists: Lists
) -> None:
    """Re-create the view of each table in `lists` with its LIST columns as row numbers (STRUCTs in `nesting` flat
    as nest_views made them), and create each elements' view beside it."""
    for table in tables:
        known = catalog.table(SCHEMA, table.name)
        columns = lists.get(table.name)
        if known is None or not columns:
            continue
        flat = nesting.get(table.name, {})
        projection: list[exp.Expression] = []
        for column in known.columns:
            ref = _col(column.name)
            if column.name in columns:
                number = _if_null(ref, exp.null(), _row_number())
                projection.append(exp.alias_(number, exp.to_identifier(column.name)))
            elif column.name in flat:
                for field in flat[column.name]:
                    value: exp.Expression = ref.copy()
                    for part in field.split("."):  # a path into a STRUCT field flattened deeper (geo.lat)
                        value = exp.StructExtract(this=value, expression=exp.Literal.string(part))
                    projection.append(exp.alias_(value, exp.to_identifier(field_name(column.name, field))))
            else:
                projection.append(ref)
        _create(conn, table.name, exp.select(*projection).from_(source_table(table)))
        for lc in columns.values():
            _create(conn, lc.child, _elements(table, lc))


def gathered(source: exp.Table, parent: str, lc: ListColumn) -> exp.Expression:
    """The LIST rebuilt from the masked elements' table `source`, for each row of `parent` (an alias): NULL where
    it was NULL, [] where empty, else the masked elements in their order (a NULL element NULL again)."""
    alias = "_dm_e" if parent != "_dm_e" else "_dm_e1"
    pos = _col(lc.pos, alias)
    struct = exp.Struct(
        expressions=[exp.PropertyEQ(this=exp.to_identifier(f), expression=_col(f, alias)) for f in lc.fields]
    )
    element = exp.Case(ifs=[exp.If(this=exp.LT(this=pos, expression=exp.Literal.number(0)), true=exp.null())])
    element.set("default", struct)
    gathered = exp.ArrayAgg(this=exp.Order(this=element, expressions=[exp.Ordered(this=exp.Abs(this=pos.copy()))]))
    own = _col(lc.column, parent)
    query = (
        exp.select(gathered)
        .from_(exp.alias_(source.copy(), exp.to_identifier(alias), table=True))
        .where(exp.EQ(this=_col(lc.row, alias), expression=own.copy()))
    )
    # No element rows: an empty list (a NULL list has no row number, so stays NULL).
    listed = exp.Coalesce(this=exp.Subquery(this=query), expressions=[exp.Array(expressions=[])])
    return _if_null(own, exp.null(), listed)
