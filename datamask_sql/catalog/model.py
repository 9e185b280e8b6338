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


@dataclass(frozen=True)
class Index:
    """A plain (non-constraint) index on columns; expression and partial indexes are not read."""

    name: str
    columns: tuple[str, ...]
    unique: bool = False


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

    def column(self, name: str) -> Column | None:
        """The column called `name`, exactly, else case-insensitively if that is unambiguous."""
        exact = [c for c in self.columns if c.name == name]
        if exact:
            return exact[0]
        folded = [c for c in self.columns if c.name.lower() == name.lower()]
        return folded[0] if len(folded) == 1 else None

    def is_unique(self, column: str) -> bool:
        """Whether `column` alone is a primary key or unique key."""
        return (column,) == self.primary_key or (column,) in self.unique


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
                        }
                        for fk in t.foreign_keys
                    ],
                }
                for t in tables
            ],
        }

    def fingerprint(self, schemas: Collection[str] | None = None) -> str:
        """SHA-256 of the canonical JSON description (of `schemas` only, when given)."""
        blob = json.dumps(self.to_dict(schemas), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(blob.encode()).hexdigest()
