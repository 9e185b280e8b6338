"""The plan as plain data: one rule per column, tables in run order, subset roles. No SQL text, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlglot import exp

from datamask_sql.catalog.model import Column, ForeignKey, Table
from datamask_sql.transforms import Params, Transform

# A table by (schema, name), as the catalog spells them.
Ref = tuple[str, str]


@dataclass(frozen=True)
class ColumnPlan:
    """The one rule a column gets, its consistency domain, and why."""

    name: str
    column: Column
    transform: Transform
    params: Params
    domain: str
    reason: str
    line: int | None = None
    # `when:` predicate (an AST over this table's columns) and its text as written, or None.
    when: exp.Expression | None = field(default=None, compare=False)
    when_sql: str | None = None

    @property
    def masked(self) -> bool:
        """Whether the output differs from the source by design (keep is the only identity)."""
        return self.transform.masks

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description for manifests and `plan` output."""
        out = {
            "column": self.name,
            "type": self.column.type_sql,
            "transform": self.transform.name,
            "params": self.params.model_dump(mode="json"),
            "domain": self.domain,
            "reason": self.reason,
        }
        if self.when_sql is not None:
            out["when"] = self.when_sql
        return out


@dataclass(frozen=True)
class SubsetPlan:
    """How a table's kept rows are chosen.

    role: root (its own where/percent), child (all non-NULL parents kept, at least one), parent (referenced
    by a kept row) or follower (outside the subset but referencing it: rows whose parent went are dropped).
    """

    role: str
    keep_columns: tuple[str, ...]
    domain: str
    where: str | None = None
    percent: float | None = None
    # Foreign keys whose non-NULL references must all point at kept rows.
    parents: tuple[ForeignKey, ...] = ()
    # (referencing table, its foreign key) pairs whose kept rows keep rows of a parent-role table.
    referenced_by: tuple[tuple[Ref, ForeignKey], ...] = ()
    # Self-references closed upward in bounded passes; what is still dangling afterwards becomes NULL.
    self_refs: tuple[ForeignKey, ...] = ()
    passes: int = 0
    # `where` as the checked parser returned it (sqlexpr.parse_scalar): the tree the renderer emits.
    predicate: exp.Expression | None = field(default=None, compare=False, repr=False)

    @property
    def threshold(self) -> int | None:
        """Sample buckets (of 10000) kept: round(percent * 100)."""
        return None if self.percent is None else round(self.percent * 100)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description."""
        return {
            "role": self.role,
            "where": self.where,
            "percent": self.percent,
            "keep_columns": list(self.keep_columns),
            "parents": [f"({', '.join(fk.columns)}) -> {fk.ref_table}" for fk in self.parents],
            "referenced_by": [f"{r[1]}({', '.join(fk.columns)})" for r, fk in self.referenced_by],
            "self_refs": [f"({', '.join(fk.columns)})" for fk in self.self_refs],
            "passes": self.passes,
        }


@dataclass(frozen=True)
class Proposal:
    """A relation the source does not record, suggested by names, types and (on a live source) values.

    `relation` is written as the policy's relations: take it; `breaks` says why this plan would break joins
    through it (a masked key its likely references do not follow), None when they would hold."""

    child: Ref
    fk: ForeignKey
    relation: str
    evidence: str
    measured: bool
    breaks: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description."""
        return {"relation": self.relation, "evidence": self.evidence, "measured": self.measured, "breaks": self.breaks}


@dataclass(frozen=True)
class IncrementalPlan:
    """How a table's target is refreshed: rows whose `cursor` passed the watermark merged by `key`."""

    cursor: str
    key: tuple[str, ...]
    deletes: bool = True

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description."""
        return {"cursor": self.cursor, "key": list(self.key), "deletes": self.deletes}


@dataclass(frozen=True)
class TablePlan:
    """A table to copy masked, with one ColumnPlan per source column in source order."""

    source: Table
    target_schema: str
    columns: tuple[ColumnPlan, ...]
    # Foreign keys (recorded and declared) whose referenced table is also copied.
    foreign_keys: tuple[ForeignKey, ...] = ()
    subset: SubsetPlan | None = None
    # Foreign keys that close a cycle: a reference whose row was not kept becomes NULL.
    nulled_refs: tuple[ForeignKey, ...] = ()
    qualified: bool = False
    # The database (catalog, project) of the source and of the target; None: the session's current one.
    source_database: str | None = None
    target_database: str | None = None
    incremental: IncrementalPlan | None = None

    @property
    def name(self) -> str:
        """Table name as the policy names it: schema-qualified when outside the default source schema."""
        return f"{self.source.schema}.{self.source.name}" if self.qualified else self.source.name

    @property
    def source_schema(self) -> str:
        """Schema the source table lives in."""
        return self.source.schema


@dataclass(frozen=True)
class Plan:
    """Every table in run order (referenced tables first) and the inputs it was derived from."""

    tables: tuple[TablePlan, ...]
    source_schema: str
    target_schema: str
    policy_file: str
    policy_fingerprint: str
    catalog_fingerprint: str
    notes: tuple[str, ...] = field(default=())
    constraints: bool = True
    # Likely relations the policy does not declare (plan/propose.py); verify checks their joins too.
    proposed: tuple[Proposal, ...] = ()
    # The database (catalog, project) of the source and of the target, and the policy line naming the target's.
    source_database: str | None = None
    target_database: str | None = None
    database_line: int | None = None

    @property
    def has_subset(self) -> bool:
        """Whether any table is subset (then every table gets a subset role or is copied whole)."""
        return any(t.subset is not None for t in self.tables)

    def table(self, name: str) -> TablePlan:
        """The table plan called `name` (as TablePlan.name spells it)."""
        return next(t for t in self.tables if t.name == name)

    def by_ref(self, ref: Ref) -> TablePlan:
        """The table plan of source table (schema, name)."""
        return next(t for t in self.tables if (t.source.schema, t.source.name) == ref)

    def referenced(self, fk: ForeignKey) -> TablePlan:
        """The table plan a foreign key of a planned table points to."""
        return self.by_ref((fk.ref_schema, fk.ref_table))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description."""
        return {
            **({"source_database": self.source_database} if self.source_database else {}),
            "source_schema": self.source_schema,
            **({"target_database": self.target_database} if self.target_database else {}),
            "target_schema": self.target_schema,
            "tables": [
                {
                    "table": t.name,
                    "target_schema": t.target_schema,
                    "columns": [c.to_dict() for c in t.columns],
                    **({"subset": t.subset.to_dict()} if t.subset else {}),
                    **({"incremental": t.incremental.to_dict()} if t.incremental else {}),
                }
                for t in self.tables
            ],
            "notes": list(self.notes),
            "proposed_relations": [p.to_dict() for p in self.proposed],
        }
