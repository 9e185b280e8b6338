"""Catalog from a SQL DDL file, parsed with sqlglot (CREATE TABLE statements; the rest is ignored)."""

from __future__ import annotations

from pathlib import Path

import sqlglot
from sqlglot import exp
from sqlglot.errors import ParseError

from datamask_sql.catalog.model import Catalog, Column, ForeignKey, Table
from datamask_sql.errors import CatalogError


def _names(node: exp.Expression | None) -> tuple[str, ...]:
    if node is None:
        return ()
    items = node.expressions if not isinstance(node, exp.Identifier) else [node]
    return tuple(i.name for i in items)


def _reference(ref: exp.Reference, default_schema: str) -> tuple[str, str, tuple[str, ...]]:
    schema_node = ref.this
    table = schema_node.this if isinstance(schema_node, exp.Schema) else schema_node
    cols = _names(schema_node) if isinstance(schema_node, exp.Schema) else ()
    return table.db or default_schema, table.name, cols


def _table(create: exp.Create, default_schema: str, path: str) -> Table:
    schema_node = create.this
    table = schema_node.this
    schema = table.db or default_schema
    columns: list[Column] = []
    primary: tuple[str, ...] = ()
    unique: list[tuple[str, ...]] = []
    fks: list[ForeignKey] = []
    for item in schema_node.expressions:
        if isinstance(item, exp.ColumnDef):
            nullable = True
            for constraint in item.constraints:
                kind = constraint.kind
                if isinstance(kind, exp.NotNullColumnConstraint) and not kind.args.get("allow_null"):
                    nullable = False
                elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
                    primary, nullable = (item.name,), False
                elif isinstance(kind, exp.UniqueColumnConstraint):
                    unique.append((item.name,))
                elif isinstance(kind, exp.Reference):
                    ref_schema, ref_table, ref_cols = _reference(kind, schema)
                    fks.append(ForeignKey((item.name,), ref_schema, ref_table, ref_cols))
            if item.args.get("kind") is None:
                raise CatalogError(f"column {table.name}.{item.name} has no type", file=path)
            columns.append(Column(item.name, item.args["kind"], nullable))
        elif isinstance(item, exp.PrimaryKey):
            primary = _names(item)
        elif isinstance(item, exp.UniqueColumnConstraint):
            unique.append(_names(item.this))
        elif isinstance(item, exp.ForeignKey):
            ref_schema, ref_table, ref_cols = _reference(item.args["reference"], schema)
            fks.append(ForeignKey(_names(item), ref_schema, ref_table, ref_cols))
        elif isinstance(item, exp.Constraint):
            for sub in item.expressions:
                if isinstance(sub, exp.PrimaryKey):
                    primary = _names(sub)
                elif isinstance(sub, exp.ForeignKey):
                    ref_schema, ref_table, ref_cols = _reference(sub.args["reference"], schema)
                    fks.append(ForeignKey(_names(sub), ref_schema, ref_table, ref_cols, item.name))
                elif isinstance(sub, exp.UniqueColumnConstraint):
                    unique.append(_names(sub.this))
    if primary:
        columns = [Column(c.name, c.data_type, False) if c.name in primary else c for c in columns]
    return Table(schema, table.name, tuple(columns), primary, tuple(unique), tuple(fks))


def _resolve_fk_columns(tables: list[Table]) -> list[Table]:
    """A REFERENCES clause without columns means the referenced table's primary key."""
    by_name = {(t.schema, t.name): t for t in tables}
    out = []
    for t in tables:
        fks = []
        for fk in t.foreign_keys:
            if not fk.ref_columns and (fk.ref_schema, fk.ref_table) in by_name:
                pk = by_name[(fk.ref_schema, fk.ref_table)].primary_key
                fk = ForeignKey(fk.columns, fk.ref_schema, fk.ref_table, pk, fk.name)
            fks.append(fk)
        out.append(Table(t.schema, t.name, t.columns, t.primary_key, t.unique, tuple(fks)))
    return out


def read_ddl(path: Path, dialect: str, default_schema: str) -> Catalog:
    """Parse CREATE TABLE statements of `path` in `dialect`; tables without a schema get `default_schema`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read the DDL file: {exc.strerror}", file=str(path)) from None
    try:
        statements = sqlglot.parse(text, read=dialect)
    except ParseError as exc:
        err = exc.errors[0] if exc.errors else {}
        raise CatalogError(
            f"cannot parse as {dialect} SQL: {err.get('description', str(exc))}",
            file=str(path),
            line=err.get("line"),
            hint="name the dialect the file is written in, if it is another one",
            option="source_dialect",
        ) from None
    tables = [
        _table(s, default_schema, str(path))
        for s in statements
        if isinstance(s, exp.Create) and s.kind == "TABLE" and isinstance(s.this, exp.Schema)
    ]
    if not tables:
        raise CatalogError("no CREATE TABLE statement found", file=str(path))
    return Catalog(tuple(_resolve_fk_columns(tables)), dialect, source=str(path))
