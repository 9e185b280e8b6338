"""STRUCT columns of data files whose fields a policy addresses (`addr.city: fake`): flat while masked, packed after.

The file's view shows each field of such a column as a column of its own, named `<column>.<field>`, in the
column's place, so every field is planned, masked and checked exactly as a flat column would be. A field the
policy does not address is an unlisted column like any other (the policy's unlisted: decides; error by default),
so a STRUCT never passes a field through unseen. A STRUCT field whose own fields a rule names (`addr.geo.lat`)
is flattened the same way, to `addr.geo.lat`, `addr.geo.lon`. Writing the file packs the fields back into the
STRUCT; an engine reading the files by path (Spark) reads them through the same flattening and packs them in
the table it builds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlglot import exp
from sqlglot.errors import ErrorLevel

from datamask_sql.catalog.files import SCHEMA, source_table
from datamask_sql.catalog.filesources import FileTable
from datamask_sql.catalog.model import Catalog, Column, Table
from datamask_sql.connection import Connection
from datamask_sql.dialects import MaskingDialect, get_dialect
from datamask_sql.policy import Policy

# table -> STRUCT column flattened -> its fields, in the STRUCT's order: paths (`geo.lat`) where flattened deeper
Nesting = dict[str, dict[str, tuple[str, ...]]]


def struct_fields(column: Column) -> tuple[str, ...] | None:
    """The field names of a STRUCT column, in order; None for any other type (a LIST of STRUCT included)."""
    if column.data_type.this != exp.DataType.Type.STRUCT:
        return None
    return tuple(f.name for f in column.data_type.expressions if isinstance(f, exp.ColumnDef))


def _addressed(policy: Policy, name: str) -> dict[str, set[str]]:
    """column -> fields (paths, `geo.lat`) the policy's rules for table `name` address as `column.field`."""
    out: dict[str, set[str]] = {}
    for key, rules in policy.rules.items():
        if key.lower() == name.lower() or key.lower().endswith("." + name.lower()):
            for rule in rules:
                if "." in rule:
                    column, field = rule.split(".", 1)
                    out.setdefault(column, set()).add(field)
    return out


def _leaves(data_type: exp.DataType, wanted: set[str]) -> tuple[str, ...]:
    """The fields of a STRUCT type, in order; a STRUCT field some path of `wanted` goes into is split into its own."""
    out: list[str] = []
    for field in data_type.expressions:
        if not isinstance(field, exp.ColumnDef):
            continue
        inner = {w.split(".", 1)[1] for w in wanted if w.startswith(field.name + ".")}
        kind = field.args.get("kind")
        if inner and isinstance(kind, exp.DataType) and kind.this == exp.DataType.Type.STRUCT:
            out += [f"{field.name}.{leaf}" for leaf in _leaves(kind, inner)]
        else:
            out.append(field.name)
    return tuple(out)


def field_name(column: str, field: str) -> str:
    """The flat column a STRUCT field (or a path into it, `geo.lat`) is masked as."""
    return f"{column}.{field}"


def path_groups(fields: Sequence[str]) -> dict[str, list[str]]:
    """Paths (`geo.lat`) grouped by their first field, in order: `{"geo": ["lat", "lon"], "city": [""]}`."""
    groups: dict[str, list[str]] = {}
    for field in fields:
        top, _, rest = field.partition(".")
        groups.setdefault(top, []).append(rest)
    return groups


def _owners(nested: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    """flat column -> (STRUCT column, path of the field in it)."""
    return {field_name(c, f): (c, f) for c, fs in nested.items() for f in fs}


def flat_select(
    dialect: MaskingDialect, relation: exp.Expression, columns: Sequence[str], nested: dict[str, tuple[str, ...]]
) -> exp.Select:
    """SELECT of the flat `columns` over `relation` (the files as read, STRUCTs whole): fields read out of their
    STRUCT, named as the DuckDB view names them, so an engine reading by path sees the columns the plan has."""
    alias = exp.to_identifier("_dm_f")
    owners = _owners(nested)
    projection: list[exp.Expression] = []
    for name in columns:
        if name not in owners:
            projection.append(exp.column(exp.to_identifier(name), table=alias.copy()))
            continue
        column, path = owners[name]
        value: exp.Expression = exp.column(exp.to_identifier(column), table=alias.copy())
        for part in path.split("."):
            value = dialect.struct_field(value, part)
        projection.append(exp.alias_(value, exp.to_identifier(name)))
    return exp.select(*projection).from_(exp.alias_(relation, alias, table=True))


def flat_read(
    dialect: MaskingDialect, relation: exp.Expression, table: Table | None, nested: dict[str, tuple[str, ...]]
) -> exp.Expression:
    """`relation` (a file table read by path) as the flat `table` of the catalog: a subquery reading the fields
    out of the STRUCTs of `nested`, or the relation itself where nothing is flattened."""
    if not nested or table is None:
        return relation
    return flat_select(dialect, relation, [c.name for c in table.columns], nested).subquery()


def nest_views(conn: Connection, policy: Policy, tables: tuple[FileTable, ...], catalog: Catalog) -> Nesting:
    """Re-create the view of each file table whose STRUCT fields the policy addresses with those STRUCTs flat."""
    nesting: Nesting = {}
    duckdb = get_dialect("duckdb")
    for table in tables:
        known = catalog.table(SCHEMA, table.name)
        wanted = _addressed(policy, table.name)
        if known is None or not wanted:
            continue
        flat: dict[str, tuple[str, ...]] = {}
        for column in known.columns:
            fields = struct_fields(column)
            paths = wanted.get(column.name, set())
            # Only where a rule names a real field: other misspellings are left to the planner to report, named.
            if fields and {p.split(".", 1)[0] for p in paths} & set(fields):
                flat[column.name] = _leaves(column.data_type, paths)
        if not flat:
            continue
        names = [
            n
            for c in known.columns
            for n in ([field_name(c.name, f) for f in flat[c.name]] if c.name in flat else [c.name])
        ]
        name = exp.table_(exp.to_identifier(table.name), db=exp.to_identifier(SCHEMA))
        select = flat_select(duckdb, source_table(table), names, flat)
        create = exp.Create(this=name, kind="VIEW", expression=select, replace=True)
        conn.execute(create.sql(dialect="duckdb", identify=True, unsupported_level=ErrorLevel.RAISE))
        nesting[table.name] = flat
    return nesting


def _column(name: str) -> exp.Expression:
    return exp.column(exp.to_identifier(name))


def packed(
    dialect: MaskingDialect, column: str, fields: Sequence[str], read: Callable[[str], exp.Expression] = _column
) -> exp.Expression:
    """The STRUCT rebuilt from its masked fields (`read` gives each flat column); NULL when every field is (a NULL
    STRUCT flattens to all NULLs). A STRUCT field flattened deeper is rebuilt the same way, in its place."""
    pairs: list[tuple[str, exp.Expression]] = []
    for top, rests in path_groups(fields).items():
        path = field_name(column, top)
        pairs.append((top, read(path) if rests == [""] else packed(dialect, path, rests, read)))
    all_null = exp.and_(*(exp.Is(this=v.copy(), expression=exp.null()) for _, v in pairs))
    return exp.Case(ifs=[exp.If(this=all_null, true=exp.null())], default=dialect.struct_pack(pairs))


def repacked(
    dialect: MaskingDialect, columns: Sequence[str], nested: dict[str, tuple[str, ...]]
) -> list[exp.Expression]:
    """The masked table's flat `columns` with each flattened STRUCT packed again, in its own (first field's) place."""
    owners = _owners(nested)
    out: list[exp.Expression] = []
    done: set[str] = set()
    for name in columns:
        if name not in owners:
            out.append(_column(name))
        elif owners[name][0] not in done:
            column = owners[name][0]
            done.add(column)
            out.append(exp.alias_(packed(dialect, column, nested[column]), exp.to_identifier(column)))
    return out
