"""STRUCT columns of data files whose fields a policy addresses (`addr.city: fake`): flat while masked, packed after.

The file's view shows each field of such a column as a column of its own, named `<column>.<field>`, in the
column's place, so every field is planned, masked and checked exactly as a flat column would be. A field the
policy does not address is an unlisted column like any other (the policy's unlisted: decides; error by default),
so a STRUCT never passes a field through unseen. Writing the file packs the fields back into the STRUCT.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp
from sqlglot.errors import ErrorLevel

from datamask_sql.catalog.files import SCHEMA, relation
from datamask_sql.catalog.filesources import FileTable
from datamask_sql.catalog.model import Catalog, Column
from datamask_sql.connection import Connection
from datamask_sql.policy import Policy

# table -> STRUCT column flattened -> its fields, in the STRUCT's order
Nesting = dict[str, dict[str, tuple[str, ...]]]


def struct_fields(column: Column) -> tuple[str, ...] | None:
    """The field names of a STRUCT column, in order; None for any other type (a LIST of STRUCT included)."""
    if column.data_type.this != exp.DataType.Type.STRUCT:
        return None
    return tuple(f.name for f in column.data_type.expressions if isinstance(f, exp.ColumnDef))


def _addressed(policy: Policy, name: str) -> dict[str, set[str]]:
    """column -> fields the policy's rules for table `name` address as `column.field`."""
    out: dict[str, set[str]] = {}
    for key, rules in policy.rules.items():
        if key.lower() == name.lower() or key.lower().endswith("." + name.lower()):
            for rule in rules:
                if "." in rule:
                    column, field = rule.split(".", 1)
                    out.setdefault(column, set()).add(field)
    return out


def field_name(column: str, field: str) -> str:
    """The flat column a STRUCT field is masked as."""
    return f"{column}.{field}"


def nest_views(conn: Connection, policy: Policy, tables: tuple[FileTable, ...], catalog: Catalog) -> Nesting:
    """Re-create the view of each file table whose STRUCT fields the policy addresses with those STRUCTs flat."""
    nesting: Nesting = {}
    for table in tables:
        known = catalog.table(SCHEMA, table.name)
        wanted = _addressed(policy, table.name)
        if known is None or not wanted:
            continue
        flat: dict[str, tuple[str, ...]] = {}
        for column in known.columns:
            fields = struct_fields(column)
            # Only where a rule names a real field: other misspellings are left to the planner to report, named.
            if fields and wanted.get(column.name, set()) & set(fields):
                flat[column.name] = fields
        if not flat:
            continue
        projection: list[exp.Expression] = []
        for column in known.columns:
            ref = exp.column(exp.to_identifier(column.name))
            if column.name not in flat:
                projection.append(ref)
                continue
            for field in flat[column.name]:
                value = exp.Anonymous(this="struct_extract", expressions=[ref.copy(), exp.Literal.string(field)])
                projection.append(exp.alias_(value, exp.to_identifier(field_name(column.name, field))))
        name = exp.table_(exp.to_identifier(table.name), db=exp.to_identifier(SCHEMA))
        select = exp.select(*projection).from_(exp.Table(this=relation(table)))
        create = exp.Create(this=name, kind="VIEW", expression=select, replace=True)
        conn.execute(create.sql(dialect="duckdb", identify=True, unsupported_level=ErrorLevel.RAISE))
        nesting[table.name] = flat
    return nesting


def packed(column: str, fields: tuple[str, ...], read: Callable[[str], exp.Expression]) -> exp.Expression:
    """The STRUCT rebuilt from its masked fields; NULL when every field is (a NULL STRUCT flattens to all NULLs)."""
    values = [read(field_name(column, f)) for f in fields]
    struct = exp.Struct(
        expressions=[exp.PropertyEQ(this=exp.to_identifier(f), expression=v) for f, v in zip(fields, values)]
    )
    all_null = exp.and_(*(exp.Is(this=v.copy(), expression=exp.null()) for v in values))
    return exp.Case(ifs=[exp.If(this=all_null, true=exp.null())], default=struct)
