"""What re-creating a target's keys needs, and the engine-neutral constraint and index statements for it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlglot import exp

if TYPE_CHECKING:
    # The catalog's own Index (a TableShape re-creates the source's indexes as read); imported for typing
    # only, since importing the catalog package here would loop back through connection to dialects.
    from datamask_sql.catalog.model import Index

# Where a key or index statement records what it re-creates, so a failure can name it (sqlglot keeps `meta`).
OBJECT = "datamask_object"


@dataclass(frozen=True)
class TableShape:
    """What re-creating a target's keys needs: columns, primary/unique keys, foreign keys to other targets."""

    stage: exp.Table
    target: exp.Table
    columns: tuple[tuple[str, exp.DataType, bool], ...] = field(compare=False)
    primary_key: tuple[str, ...] = ()
    unique: tuple[tuple[str, ...], ...] = ()
    # (columns, referenced target table, referenced columns)
    foreign_keys: tuple[tuple[tuple[str, ...], exp.Table, tuple[str, ...]], ...] = ()
    # the source's indexes no constraint owns
    indexes: tuple[Index, ...] = ()
    # the table as the source names it, for messages
    label: str = ""

    def constraint_name(self, kind: str, index: int = 0) -> str:
        """Deterministic per target table; free again once the previous target is dropped in the swap."""
        tag = hashlib.sha256(f"{self.target.db}.{self.target.name}".encode()).hexdigest()[:10]
        return f"_dm_{kind}_{tag}_{index}"


def _constraint(shape: TableShape, kind: str, index: int, body: exp.Expression) -> exp.Expression:
    return exp.Constraint(this=exp.to_identifier(shape.constraint_name(kind, index)), expressions=[body])


def labelled(node: exp.Expression, what: str) -> exp.Expression:
    """`node`, recording the object it re-creates (read back by the renderer into the statement)."""
    node.meta[OBJECT] = what
    return node


def describe_key(shape: TableShape, constraint: exp.Expression) -> str:
    """'primary key (a, b) of t', 'unique key (email) of t' or 'foreign key (c) of t' for a constraint node."""
    body = constraint.expressions[0]
    kind = {exp.PrimaryKey: "primary key", exp.ForeignKey: "foreign key"}.get(type(body), "unique key")
    cols = body.this.expressions if isinstance(body, exp.UniqueColumnConstraint) else body.expressions
    return f"{kind} ({', '.join(c.name for c in cols)}) of {shape.label or shape.target.name}"


def key_constraints(shape: TableShape, foreign: bool = True) -> list[exp.Expression]:
    """PRIMARY KEY, UNIQUE and (optionally) FOREIGN KEY constraint nodes of a shape."""
    out: list[exp.Expression] = []
    if shape.primary_key:
        out.append(
            _constraint(shape, "pk", 0, exp.PrimaryKey(expressions=[exp.to_identifier(c) for c in shape.primary_key]))
        )
    for i, cols in enumerate(shape.unique):
        out.append(
            _constraint(
                shape,
                "uq",
                i,
                exp.UniqueColumnConstraint(this=exp.Schema(expressions=[exp.to_identifier(c) for c in cols])),
            )
        )
    if foreign:
        for i, (cols, parent, ref_cols) in enumerate(shape.foreign_keys):
            reference = exp.Reference(
                this=exp.Schema(this=parent.copy(), expressions=[exp.to_identifier(c) for c in ref_cols])
            )
            out.append(
                _constraint(
                    shape,
                    "fk",
                    i,
                    exp.ForeignKey(expressions=[exp.to_identifier(c) for c in cols], reference=reference),
                )
            )
    return out


def index_statements(shape: TableShape, dialect: str) -> list[exp.Expression]:
    """CREATE [UNIQUE] INDEX for each index of a shape, on the target: with the source's method, operator
    classes, expressions and predicate when they were read in `dialect`, else on its plain columns; an index
    that is neither (an expression or partial index read in another dialect) is not re-created."""
    out: list[exp.Expression] = []
    for i, ix in enumerate(shape.indexes):
        if ix.params is not None and ix.dialect == dialect:
            params = ix.params.copy()
        elif ix.columns and not ix.partial:
            # Plain columns, not Ordered: sqlglot emulates NULL ordering in MySQL with a CASE key otherwise.
            params = exp.IndexParameters(columns=[exp.column(exp.to_identifier(c)) for c in ix.columns])
        else:
            continue
        index = exp.Index(
            this=exp.to_identifier(shape.constraint_name("ix", i)), table=shape.target.copy(), params=params
        )
        what = f"index {ix.name} of {shape.label or shape.target.name}"
        out.append(labelled(exp.Create(this=index, kind="INDEX", unique=ix.unique), what))
    return out
