"""The schema as datamask-sql sees it: tables, typed columns and keys, as plain frozen data."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlglot import exp

from datamask_sql.sqltypes import logical_type

__all__ = ["Catalog", "Column", "ForeignKey", "Index", "Table", "logical_type", "type_params"]


def type_params(data_type: exp.DataType) -> list[int]:
    """Integer parameters of a type: (length) or (precision, scale); [] when unbounded."""
    out = []
    for param in data_type.expressions:
        node = param.this if isinstance(param, exp.DataTypeParam) else param
        if isinstance(node, exp.Literal) and not node.is_string:
            out.append(int(node.this))
    return out


@dataclass(frozen=True)
class Column:
    """One column: its declared type (a sqlglot AST) and what the planner needs to know of it."""

    name: str
    data_type: exp.DataType = field(compare=False)
    nullable: bool = True
    # Character set and collation of a text column where the engine keeps one per column (MySQL/MariaDB).
    charset: str | None = None
    collation: str | None = None

    @property
    def logical(self) -> str:
        """Logical type per the determinism spec."""
        return logical_type(self.data_type)

    @property
    def length(self) -> int | None:
        """Maximum length in characters for text types, None when unbounded."""
        if self.logical in ("text", "char"):
            params = type_params(self.data_type)
            if params:
                return params[0]
            if self.logical == "char":
                return 1
        return None

    @property
    def scale(self) -> int | None:
        """Declared scale of a decimal column."""
        if self.logical == "decimal":
            params = type_params(self.data_type)
            return params[1] if len(params) > 1 else 0
        return None

    @property
    def type_sql(self) -> str:
        """The type in sqlglot's neutral dialect, for fingerprints and manifests."""
        return self.data_type.sql()


def _column_dict(column: Column) -> dict:
    out = {"name": column.name, "type": column.type_sql, "nullable": column.nullable}
    if column.charset or column.collation:
        out |= {"charset": column.charset, "collation": column.collation}
    return out


@dataclass(frozen=True)
class ForeignKey:
    """A (possibly composite) reference from this table's columns to another table's."""

    columns: tuple[str, ...]
    ref_schema: str
    ref_table: str
    ref_columns: tuple[str, ...]
    name: str | None = None
    # Declared in the policy's relations: rather than recorded by the source.
    declared: bool = False
    # The source holds it for every row of the table, so the target can re-create it. False for a key read from
    # some partitions only, or from an inheritance child (whose parent's own rows it does not cover).
    enforced: bool = True


@dataclass(frozen=True)
class Index:
    """An index no constraint owns: its plain columns, and where the engine records it, its whole definition."""

    name: str
    # The indexed columns when every key is a plain column; () for an expression index.
    columns: tuple[str, ...]
    unique: bool = False
    # Only some rows are indexed (a WHERE predicate): a unique one is not a key of the whole table.
    partial: bool = False
    # Method, keys (columns, expressions, operator classes, order), INCLUDE, WITH and WHERE, as a sqlglot
    # IndexParameters node read in `dialect`; None where only plain columns are known.
    params: exp.IndexParameters | None = field(default=None, compare=False)
    dialect: str | None = None


@dataclass(frozen=True)
class Table:
    """A table with ordered columns and its keys."""

    schema: str
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    unique: tuple[tuple[str, ...], ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    indexes: tuple[Index, ...] = ()
    # How the source partitions it ('RANGE (payment_date), 3 partitions'); None for a plain table.
    partitioning: str | None = None
    # Inheritance children (PostgreSQL INHERITS) whose rows a query on this table also returns.
    children: tuple[str, ...] = ()

    def keys(self, partial: bool = True) -> tuple[tuple[str, ...], ...]:
        """Every column set the source holds unique: primary key, unique constraints, unique plain-column
        indexes (partial ones too unless `partial` is False, since they bind only the rows they index)."""
        out = [self.primary_key] if self.primary_key else []
        out += list(self.unique)
        out += [ix.columns for ix in self.indexes if ix.unique and ix.columns and (partial or not ix.partial)]
        return tuple(dict.fromkeys(out))

    def column(self, name: str) -> Column | None:
        """The column called `name`, exactly, else case-insensitively if that is unambiguous."""
        exact = [c for c in self.columns if c.name == name]
        if exact:
            return exact[0]
        folded = [c for c in self.columns if c.name.lower() == name.lower()]
        return folded[0] if len(folded) == 1 else None

    def is_unique(self, column: str) -> bool:
        """Whether `column` alone is a primary key, unique key or unique index."""
        return (column,) in self.keys()


@dataclass(frozen=True)
class Catalog:
    """Every table a source holds, in a stable order, and the dialect its types were read in."""

    tables: tuple[Table, ...]
    dialect: str
    source: str = ""
    # What the plan should tell about the source itself (e.g. a schema file that declares no keys).
    notes: tuple[str, ...] = ()
    # The schema the source itself chose, where a connection chooses one (MySQL: the URL's database).
    default_schema: str | None = None
    # The database (catalog) a live session reads unqualified names in, where the engine has that level.
    database: str | None = None
    # Read from a live server, whose other schemas (MySQL: databases) may be anyone's.
    server: bool = False

    def schemas(self) -> list[str]:
        """Schema names present, sorted."""
        return sorted({t.schema for t in self.tables})

    def table(self, schema: str, name: str) -> Table | None:
        """The table `schema.name`, exactly, else case-insensitively if unambiguous."""
        in_schema = [t for t in self.tables if t.schema == schema]
        exact = [t for t in in_schema if t.name == name]
        if exact:
            return exact[0]
        folded = [t for t in in_schema if t.name.lower() == name.lower()]
        return folded[0] if len(folded) == 1 else None

    def to_dict(self, schemas: Collection[str] | None = None) -> dict:
        """JSON-ready description, stable across runs (used for the schema fingerprint); optionally of some schemas."""
        tables = [t for t in self.tables if schemas is None or t.schema in schemas]
        return {
            "dialect": self.dialect,
            "tables": [
                {
                    "schema": t.schema,
                    "name": t.name,
                    "columns": [_column_dict(c) for c in t.columns],
                    "primary_key": list(t.primary_key),
                    "unique": [list(u) for u in t.unique],
                    "foreign_keys": [
                        {
                            "columns": list(fk.columns),
                            "ref_schema": fk.ref_schema,
                            "ref_table": fk.ref_table,
                            "ref_columns": list(fk.ref_columns),
                            **({} if fk.enforced else {"enforced": False}),
                        }
                        for fk in t.foreign_keys
                    ],
                    **({"partitioning": t.partitioning} if t.partitioning else {}),
                    **({"children": list(t.children)} if t.children else {}),
                }
                for t in tables
            ],
        }

    def fingerprint(self, schemas: Collection[str] | None = None) -> str:
        """SHA-256 of the canonical JSON description (of `schemas` only, when given)."""
        blob = json.dumps(self.to_dict(schemas), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()
