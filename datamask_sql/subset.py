"""Referentially intact subsets, planned as data: which tables are roots, children, parents or followers.

The algorithm and the exact sampling formula are in docs/relationships.md ('Subsetting'); render.py turns
a SubsetPlan into keep-table statements, so nothing is computed row by row in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlglot
from sqlglot.errors import ParseError

from datamask_sql import reference
from datamask_sql.catalog.model import ForeignKey, Table

if TYPE_CHECKING:
    from datamask_sql.planner import _Planner

Ref = tuple[str, str]
# Unit separator between the canonical texts of a composite key's columns.
KEY_SEPARATOR = "\x1f"
SAMPLE_DIGITS = 8
SAMPLE_BUCKETS = 10000


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

    @property
    def threshold(self) -> int | None:
        """Sample buckets (of 10000) kept: round(percent * 100)."""
        return None if self.percent is None else round(self.percent * 100)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description."""
        return {"role": self.role, "where": self.where, "percent": self.percent,
                "keep_columns": list(self.keep_columns),
                "parents": [f"({', '.join(fk.columns)}) -> {fk.ref_table}" for fk in self.parents],
                "referenced_by": [f"{r[1]}({', '.join(fk.columns)})" for r, fk in self.referenced_by],
                "self_refs": [f"({', '.join(fk.columns)})" for fk in self.self_refs], "passes": self.passes}


def sample_domain(table: str) -> str:
    """Consistency domain of a table's sample: 'subset:<table as the policy names it>'.

    The source schema is left out on purpose: 'main' in DuckDB and 'public' in PostgreSQL hold the
    same data, and the same rows must be picked in both."""
    return f"subset:{table}"


def sampled(key: str, domain: str, key_texts: list[str], percent: float) -> bool:
    """Python twin of the sample: hex_int(digest, 1, 8) mod 10000 < round(percent * 100)."""
    hex_digest = reference.digest(key, domain, KEY_SEPARATOR.join(key_texts))
    return reference.hex_int(hex_digest, 1, SAMPLE_DIGITS) % SAMPLE_BUCKETS < round(percent * 100)


def _keep_columns(table: Table, referenced: list[tuple[str, ...]]) -> tuple[str, ...]:
    wanted = set(table.primary_key).union(*referenced) if referenced else set(table.primary_key)
    return tuple(c.name for c in table.columns if c.name in wanted)


def plan_subsets(planner: _Planner, ordered: list[Table],
                 cyclic: set[tuple[Ref, ForeignKey]]) -> dict[Ref, SubsetPlan]:
    """Classify every table in scope for the subset; {} when no table has a subset rule."""
    policy = planner.policy
    specs = {ref: policy.subset(key) for ref, key in planner.keys.items() if policy.subset(key) is not None}
    if not specs:
        return {}
    refs = [(t.schema, t.name) for t in ordered]
    acyclic = {ref: [fk for fk in planner.fks[ref] if (ref, fk) not in cyclic] for ref in refs}
    parent_of = lambda fk: (fk.ref_schema, fk.ref_table)  # noqa: E731
    role: dict[Ref, str] = {ref: "root" for ref in specs}
    for ref in refs:
        if ref not in role and any(parent_of(fk) in role for fk in acyclic[ref]):
            role[ref] = "child"
    for ref in reversed(refs):
        if ref not in role and any(parent_of(fk) == ref for r in role for fk in acyclic[r]):
            role[ref] = "parent"
    for ref in refs:
        if ref not in role and any(parent_of(fk) in role for fk in acyclic[ref]):
            role[ref] = "follower"
    passes = policy.document.defaults.subset_passes
    out: dict[Ref, SubsetPlan] = {}
    for ref in refs:
        if ref not in role:
            continue
        table = planner.scope[ref]
        into = [(r, fk) for r in refs for fk in planner.fks[r] if parent_of(fk) == ref]
        keep = _keep_columns(table, [fk.ref_columns for _, fk in into])
        spec = specs.get(ref)
        path = planner.path(ref, "subset")
        if spec is not None and spec.percent is not None and not table.primary_key:
            raise planner.error(f"table '{planner.show(ref)}' has no primary key to sample by", path + ("percent",),
                                "sample a table with a primary key, or use where: alone")
        if not keep and any(r != ref for r, _ in into):
            raise planner.error(f"table '{planner.show(ref)}' needs a primary key to be subset", path)
        if spec is not None and spec.where is not None:
            _check_where(planner, spec.where, table, path + ("where",))
        out[ref] = SubsetPlan(
            role[ref], keep, sample_domain(planner.show(ref)),
            spec.where if spec else None, spec.percent if spec else None,
            tuple(fk for fk in acyclic[ref] if _constrains(role[ref], role.get(parent_of(fk)))),
            tuple((r, fk) for r, fk in into if (r, fk) not in cyclic and role.get(r, "follower") != "follower")
            if role[ref] == "parent" else (),
            tuple(fk for fk in planner.fks[ref] if parent_of(fk) == ref) if keep else (),
            passes if keep else 0,
        )
        for r, fk in cyclic:
            if r == ref and parent_of(fk) in role and any(not table.column(c).nullable for c in fk.columns):
                raise planner.error(
                    f"{planner.show(ref)}({', '.join(fk.columns)}) -> {planner.show(parent_of(fk))} closes a "
                    "cycle of foreign keys and is NOT NULL, so a subset cannot cut it",
                    planner.path(ref), "subset a table outside the cycle, or copy these tables whole")
    described = ", ".join(f"{planner.show(r)} ({p.role})" for r, p in out.items())
    planner.notes.append(f"subset: {described}; other tables are copied whole")
    return out


def _constrains(role: str, parent_role: str | None) -> bool:
    """Whether a table's rows are filtered by a parent's kept keys: roots and children answer only to
    roots and children (parent-role tables are derived from them), followers to every subset table."""
    if parent_role is None or role == "parent":
        return False
    return role == "follower" or parent_role in ("root", "child")


def _check_where(planner: _Planner, where: str, table: Table, path: tuple) -> None:
    try:
        predicate = sqlglot.parse_one(where, read=planner.catalog.dialect)
    except ParseError as exc:
        raise planner.error(f"subset.where is not valid SQL: {str(exc).splitlines()[0]}", path) from None
    names = {c.name.lower() for c in table.columns}
    for column in predicate.find_all(sqlglot.exp.Column):
        if column.name.lower() not in names:
            raise planner.error(f"subset.where names column '{column.name}', which table "
                                f"'{table.name}' does not have", path,
                                "the predicate sees only the table's own columns")
