"""Referentially intact subsets, planned as data: which tables are roots, children, parents or followers.

The algorithm and the exact sampling formula are in docs/relationships.md ('Subsetting'); render/subset.py
turns a SubsetPlan into keep-table statements, so nothing is computed row by row in Python.
"""

from __future__ import annotations

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Table
from datamask_sql.plan.model import Ref, SubsetPlan
from datamask_sql.plan.order import Cyclic
from datamask_sql.plan.scope import Scope
from datamask_sql.transforms.sqlexpr import PolicySQLError, parse_scalar

# Unit separator between the canonical texts of a composite key's columns.
KEY_SEPARATOR = "\x1f"
SAMPLE_DIGITS = 8
SAMPLE_BUCKETS = 10000


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


def plan_subsets(scope: Scope, ordered: list[Table], cyclic: Cyclic) -> dict[Ref, SubsetPlan]:
    """Classify every table in scope for the subset; {} when no table has a subset rule."""
    policy = scope.policy
    specs = {ref: policy.subset(key) for ref, key in scope.keys.items() if policy.subset(key) is not None}
    if not specs:
        return {}
    refs = [(t.schema, t.name) for t in ordered]
    acyclic = {ref: [fk for fk in scope.foreign_keys[ref] if (ref, fk) not in cyclic] for ref in refs}
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
        table = scope.tables[ref]
        into = [(r, fk) for r in refs for fk in scope.foreign_keys[r] if parent_of(fk) == ref]
        keep = _keep_columns(table, [fk.ref_columns for _, fk in into])
        spec = specs.get(ref)
        path = scope.path(ref, "subset")
        if spec is not None and spec.percent is not None and not table.primary_key:
            raise scope.error(
                f"table '{scope.show(ref)}' has no primary key to sample by",
                path + ("percent",),
                "sample a table with a primary key, or use where: alone",
            )
        if not keep and any(r != ref for r, _ in into):
            raise scope.error(f"table '{scope.show(ref)}' needs a primary key to be subset", path)
        predicate = None
        if spec is not None and spec.where is not None:
            predicate = _check_where(scope, spec.where, table, path + ("where",))
        out[ref] = SubsetPlan(
            role[ref],
            keep,
            sample_domain(scope.show(ref)),
            spec.where if spec else None,
            spec.percent if spec else None,
            tuple(fk for fk in acyclic[ref] if _constrains(role[ref], role.get(parent_of(fk)))),
            tuple((r, fk) for r, fk in into if (r, fk) not in cyclic and role.get(r, "follower") != "follower")
            if role[ref] == "parent"
            else (),
            tuple(fk for fk in scope.foreign_keys[ref] if parent_of(fk) == ref) if keep else (),
            passes if keep else 0,
            predicate,
        )
        for r, fk in cyclic:
            if r == ref and parent_of(fk) in role and any(not table.column(c).nullable for c in fk.columns):
                raise scope.error(
                    f"{scope.show(ref)}({', '.join(fk.columns)}) -> {scope.show(parent_of(fk))} closes a "
                    "cycle of foreign keys and is NOT NULL, so a subset cannot cut it",
                    scope.path(ref),
                    "subset a table outside the cycle, or copy these tables whole",
                )
    described = ", ".join(f"{scope.show(r)} ({p.role})" for r, p in out.items())
    scope.notes.append(f"subset: {described}; other tables are copied whole")
    return out


def _constrains(role: str, parent_role: str | None) -> bool:
    """Whether a table's rows are filtered by a parent's kept keys: roots and children answer only to
    roots and children (parent-role tables are derived from them), followers to every subset table."""
    if parent_role is None or role == "parent":
        return False
    return role == "follower" or parent_role in ("root", "child")


def _check_where(scope: Scope, where: str, table: Table, path: tuple) -> exp.Expression:
    """The checked predicate: one row condition over the table's own columns, allowed functions only."""
    try:
        return parse_scalar(where, scope.catalog.dialect, [c.name for c in table.columns], condition=True)
    except PolicySQLError as exc:
        raise scope.error(str(exc), path, exc.hint) from None
