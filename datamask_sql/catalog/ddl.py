"""Catalog from a SQL DDL file: CREATE TABLE, the keys ALTER TABLE adds, and CREATE INDEX, parsed with sqlglot."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlglot import exp

from datamask_sql.catalog.model import Catalog, Column, ForeignKey, Index, Table
from datamask_sql.catalog.sqlscript import schema_statements
from datamask_sql.errors import CatalogError

# Engines where a unique index is a unique key (MySQL lists it among the table's constraints); elsewhere
# it is an index, as the live introspectors read it.
UNIQUE_INDEX_IS_KEY = ("mysql",)


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


def _index_columns(items: list[exp.Expression]) -> tuple[str, ...] | None:
    """Plain column names of an index; None when a part is an expression or a prefix of a column."""
    names = []
    for item in items:
        node = item.this if isinstance(item, exp.Ordered) else item
        if not isinstance(node, exp.Column | exp.Identifier):
            return None
        names.append(node.name)
    return tuple(names) or None


@dataclass
class _Draft:
    """A table while its statements are read: CREATE TABLE first, then whatever ALTER TABLE adds."""

    schema: str
    name: str
    columns: list[Column]
    primary: tuple[str, ...] = ()
    unique: list[tuple[str, ...]] = field(default_factory=list)
    fks: list[ForeignKey] = field(default_factory=list)
    indexes: list[Index] = field(default_factory=list)

    def add_key(self, node: exp.Expression, name: str | None = None) -> None:
        """A table-level PRIMARY KEY, UNIQUE, FOREIGN KEY or (MySQL) KEY, named or not."""
        if isinstance(node, exp.Constraint):
            for sub in node.expressions:
                self.add_key(sub, node.name)
        elif isinstance(node, exp.PrimaryKey):
            self.primary = _names(node)
        elif isinstance(node, exp.UniqueColumnConstraint):
            cols = _index_columns(node.this.expressions) if node.this is not None else None
            if cols:
                self.unique.append(cols)
        elif isinstance(node, exp.ForeignKey):
            ref_schema, ref_table, ref_cols = _reference(node.args["reference"], self.schema)
            self.fks.append(ForeignKey(_names(node), ref_schema, ref_table, ref_cols, name))
        elif isinstance(node, exp.IndexColumnConstraint) and not node.args.get("kind"):
            # MySQL's KEY/INDEX inside CREATE TABLE; FULLTEXT and SPATIAL have a kind and are not re-created.
            cols = _index_columns(node.expressions)
            if cols:
                self.indexes.append(Index(node.name, cols))

    def table(self) -> Table:
        """The finished table; primary key columns are NOT NULL whatever their definition said."""
        columns = [replace(c, nullable=False) if c.name in self.primary else c for c in self.columns]
        return Table(
            self.schema,
            self.name,
            tuple(columns),
            self.primary,
            tuple(self.unique),
            tuple(self.fks),
            tuple(self.indexes),
        )


def _table_encoding(create: exp.Create) -> tuple[str | None, str | None]:
    """MySQL's DEFAULT CHARSET= and COLLATE= of a table: what its text columns have unless they say otherwise."""
    properties = create.args.get("properties")
    charset = properties.find(exp.CharacterSetProperty) if properties else None
    collation = properties.find(exp.CollateProperty) if properties else None
    return (charset.name if charset else None), (collation.name if collation else None)


def _draft(create: exp.Create, default_schema: str, path: str, line: int) -> _Draft:
    schema_node = create.this
    table = schema_node.this
    draft = _Draft(table.db or default_schema, table.name, [])
    table_charset, table_collation = _table_encoding(create)
    for item in schema_node.expressions:
        if not isinstance(item, exp.ColumnDef):
            draft.add_key(item)
            continue
        nullable = True
        charset = collation = None
        for constraint in item.constraints:
            kind = constraint.kind
            if isinstance(kind, exp.CharacterSetColumnConstraint):
                charset = kind.name
            elif isinstance(kind, exp.CollateColumnConstraint):
                collation = kind.this.name
            elif isinstance(kind, exp.NotNullColumnConstraint) and not kind.args.get("allow_null"):
                nullable = False
            elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
                draft.primary, nullable = (item.name,), False
            elif isinstance(kind, exp.UniqueColumnConstraint):
                draft.unique.append((item.name,))
            elif isinstance(kind, exp.Reference):
                ref_schema, ref_table, ref_cols = _reference(kind, draft.schema)
                draft.fks.append(ForeignKey((item.name,), ref_schema, ref_table, ref_cols, constraint.name or None))
        if item.args.get("kind") is None:
            raise CatalogError(f"column {table.name}.{item.name} has no type", file=path, line=line)
        column = Column(item.name, item.args["kind"], nullable)
        if column.logical in ("text", "char") and (charset or table_charset):
            # A column's own charset comes with that charset's default collation unless it names one.
            own = charset is not None and charset != table_charset
            column = replace(
                column, charset=charset or table_charset, collation=collation or (None if own else table_collation)
            )
        draft.columns.append(column)
    return draft


class _Drafts:
    """Tables by (schema, name); statements name them exactly, else case-insensitively when unambiguous."""

    def __init__(self, default_schema: str) -> None:
        self.default_schema = default_schema
        self.by_ref: dict[tuple[str, str], _Draft] = {}

    def find(self, table: exp.Table) -> _Draft | None:
        ref = (table.db or self.default_schema, table.name)
        if ref in self.by_ref:
            return self.by_ref[ref]
        folded = [d for r, d in self.by_ref.items() if (r[0].lower(), r[1].lower()) == (ref[0].lower(), ref[1].lower())]
        # A key on a table the file does not create (a partition, another file's table) changes nothing here.
        return folded[0] if len(folded) == 1 else None


def _alter(drafts: _Drafts, alter: exp.Alter) -> None:
    draft = drafts.find(alter.this)
    if draft is None:
        return
    for action in alter.args.get("actions") or []:
        if isinstance(action, exp.AddConstraint):
            for node in action.expressions:
                draft.add_key(node)


def _index(drafts: _Drafts, create: exp.Create, dialect: str) -> None:
    index = create.this
    draft = drafts.find(index.args["table"]) if index.args.get("table") is not None else None
    params = index.args.get("params")
    if draft is None or params is None or params.args.get("where") is not None:
        return  # partial indexes are not re-created, as the live introspectors skip them
    cols = _index_columns(params.args.get("columns") or [])
    if cols is None:
        return
    unique = bool(create.args.get("unique"))
    if unique and dialect in UNIQUE_INDEX_IS_KEY:
        draft.unique.append(cols)
    else:
        draft.indexes.append(Index(index.name, cols, unique))


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
        out.append(Table(t.schema, t.name, t.columns, t.primary_key, t.unique, tuple(fks), t.indexes))
    return out


def read_ddl(path: Path, dialect: str, default_schema: str) -> Catalog:
    """Tables and keys declared in `path` (in `dialect`); tables without a schema get `default_schema`."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogError(f"cannot read the DDL file: {exc.strerror}", file=str(path)) from None
    statements = schema_statements(text, dialect, str(path))
    drafts = _Drafts(default_schema)
    for s in statements:
        if s.kind == "table" and isinstance(s.node, exp.Create) and isinstance(s.node.this, exp.Schema):
            draft = _draft(s.node, default_schema, str(path), s.line)
            drafts.by_ref[(draft.schema, draft.name)] = draft
    if not drafts.by_ref:
        raise CatalogError("no CREATE TABLE statement found", file=str(path))
    # A partition is part of its parent table, as the live introspectors see it: not a table of its own.
    for s in statements:
        partition = drafts.find(s.node) if s.kind == "partition" else None
        if partition is not None:
            del drafts.by_ref[(partition.schema, partition.name)]
    # Keys and indexes after every table: a dump adds them at the end, and may name tables in any order.
    for s in statements:
        if s.kind == "alter" and isinstance(s.node, exp.Alter):
            _alter(drafts, s.node)
        elif s.kind == "index" and isinstance(s.node, exp.Create) and isinstance(s.node.this, exp.Index):
            _index(drafts, s.node, dialect)
    tables = _resolve_fk_columns([d.table() for d in drafts.by_ref.values()])
    notes = ()
    if not any(t.primary_key or t.unique or t.foreign_keys for t in tables):
        notes = (
            f"{path.name} declares no primary, unique or foreign key: no column inherits a key's rule and "
            "no key is checked for uniqueness; declare the keys in the file, or relations: in the policy",
        )
    return Catalog(tuple(tables), dialect, source=str(path), notes=notes)
