"""What re-creating a target's keys needs, and the engine-neutral constraint and index statements for it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlglot import exp


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
    # (columns, unique) of the source's plain indexes
    indexes: tuple[tuple[tuple[str, ...], bool], ...] = ()

    def constraint_name(self, kind: str, index: int = 0) -> str:
        """Deterministic per target table; free again once the previous target is dropped in the swap."""
        tag = hashlib.sha256(f"{self.target.db}.{self.target.name}".encode()).hexdigest()[:10]
        return f"_dm_{kind}_{tag}_{index}"


def _constraint(shape: TableShape, kind: str, index: int, body: exp.Expression) -> exp.Expression:
    return exp.Constraint(this=exp.to_identifier(shape.constraint_name(kind, index)), expressions=[body])


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


def index_statements(shape: TableShape) -> list[exp.Expression]:
    """CREATE [UNIQUE] INDEX for each plain index of a shape, on the target."""
    out: list[exp.Expression] = []
    for i, (cols, unique) in enumerate(shape.indexes):
        params = exp.IndexParameters(columns=[exp.Ordered(this=exp.column(exp.to_identifier(c))) for c in cols])
        index = exp.Index(
            this=exp.to_identifier(shape.constraint_name("ix", i)), table=shape.target.copy(), params=params
        )
        out.append(exp.Create(this=index, kind="INDEX", unique=unique))
    return out
