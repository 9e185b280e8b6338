"""Relations the catalog does not record, proposed from names, types and measured containment (pure data).

Warehouses rarely declare foreign keys, and a masked key whose references are not declared breaks every join
through them. A column is a candidate reference to a single-column primary or unique key of another table in
scope when its name says so (`customer_id` -> `customers.id`, or the key's own name, `customer_id` ->
`customer.customer_id`) and its logical type is the key's. On a live source the caller measures, on a bounded
sample, how many of the column's values the key holds (`measure.py`); a candidate is proposed only when all of
them are. A schema file has no values, so there names and types are the only evidence, and the plan says so.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from datamask_sql.catalog.model import Catalog, Column, ForeignKey, Table
from datamask_sql.plan.model import ColumnPlan, Proposal, Ref
from datamask_sql.plan.scope import Scope
from datamask_sql.policy import Policy

# Logical types a reference and its key may differ in and still compare equal value for value.
_SAME = {"char": "text"}
# A name the policy's relations: syntax writes bare; anything else is double-quoted there.
_BARE = re.compile(r'^[^\s.,()"\->]+$')


@dataclass(frozen=True)
class Candidate:
    """A column whose name and type suggest it references a key: child.column -> parent.key."""

    child: Ref
    column: str
    parent: Ref
    key: str

    @property
    def ident(self) -> tuple[Ref, str, Ref, str]:
        """The candidate as plain data, the key of its measured containment."""
        return (self.child, self.column, self.parent, self.key)


@dataclass(frozen=True)
class Containment:
    """Of `sampled` non-NULL values of the column (a bounded sample), `matched` are values of the key."""

    sampled: int
    matched: int


# What the caller measured on a live source; None when the source is a schema file.
Facts = Mapping[tuple[Ref, str, Ref, str], Containment]


def _stems(table: str) -> set[str]:
    """Singular and plural spellings of a table name (customers, customer; categories, category)."""
    name = table.lower()
    out = {name, name + "s", name + "es"}
    if name.endswith("ies"):
        out.add(name[:-3] + "y")
    if name.endswith("es"):
        out.add(name[:-2])
    if name.endswith("s"):
        out.add(name[:-1])
    return out


def _logical(column: Column) -> str:
    return _SAME.get(column.logical, column.logical)


def _named_for(column: str, table: Table, parent: Table, key: str) -> bool:
    """`customer_id` / `customerid` for table customer(s)' primary key, or the key's own (non-generic) name.

    Two same-named keys do not say which way a reference would point, so a key is not a same-name reference."""
    name = column.lower()
    if name == key.lower() and name != "id" and not table.is_unique(column):
        return True
    if (key,) != parent.primary_key:
        return False
    stem = name[:-3] if name.endswith("_id") else name[:-2] if name.endswith("id") else None
    return bool(stem) and stem in _stems(parent.name)


def likely_relations(policy: Policy, catalog: Catalog, source_schema: str | None = None) -> list[Candidate]:
    """The candidates of a policy's scope, for the caller to measure before planning."""
    return candidates(Scope(policy, catalog, source_schema))


def candidates(scope: Scope) -> list[Candidate]:
    """Every column of a table in scope that names and types suggest references a key, and no key records."""
    keys = [
        (ref, table, key[0])
        for ref, table in scope.tables.items()
        for key in ((table.primary_key,) if table.primary_key else ()) + table.unique
        if len(key) == 1
    ]
    found = []
    for ref, table in scope.tables.items():
        referencing = {c for fk in scope.foreign_keys[ref] for c in fk.columns}
        for column in table.columns:
            # A table's own whole key is not a reference to another table's.
            if column.name in referencing or (column.name,) == table.primary_key:
                continue
            for parent_ref, parent, key in keys:
                if parent_ref == ref or not _named_for(column.name, table, parent, key):
                    continue
                if _logical(column) == _logical(parent.column(key)):
                    found.append(Candidate(ref, column.name, parent_ref, key))
    return found


def _name(name: str) -> str | None:
    """A column or table name as relations: spell it; None when it cannot be written there."""
    if _BARE.match(name):
        return name
    return None if '"' in name else f'"{name}"'


def relation_text(scope: Scope, candidate: Candidate) -> str | None:
    """'orders.customer_id -> customers.id', as the policy's relations: reads it back (None: not writable)."""
    parts = []
    for ref, column in ((candidate.child, candidate.column), (candidate.parent, candidate.key)):
        names = [ref[1], column] if ref[0] == scope.source_schema else [ref[0], ref[1], column]
        written = [_name(n) for n in names]
        if None in written:
            return None
        parts.append(".".join(written))
    return f"{parts[0]} -> {parts[1]}"


def _evidence(scope: Scope, candidate: Candidate, facts: Facts | None) -> tuple[bool, str]:
    """(proposed?, why) for one candidate."""
    key = f"{scope.show(candidate.parent)}.{candidate.key}"
    if facts is None:
        return True, "name and type only: a schema file has no values to measure"
    seen = facts.get(candidate.ident)
    if seen is None or seen.sampled == 0:
        return False, "no values to compare"
    if seen.matched < seen.sampled:
        return False, f"{seen.sampled - seen.matched} of {seen.sampled} sampled values are not in {key}"
    return True, f"name, type, and all {seen.sampled} sampled values found in {key}"


def propose(scope: Scope, resolved: dict[Ref, list[ColumnPlan]], facts: Facts | None) -> list[Proposal]:
    """Candidates whose evidence holds, one per column (ambiguous ones are noted instead), each saying
    whether this plan breaks joins through it."""
    by_column: dict[tuple[Ref, str], list[tuple[Candidate, str]]] = {}
    for candidate in candidates(scope):
        ok, why = _evidence(scope, candidate, facts)
        if ok:
            by_column.setdefault((candidate.child, candidate.column), []).append((candidate, why))
    out = []
    for (child, column), found in by_column.items():
        here = f"{scope.show(child)}.{column}"
        if len(found) > 1:
            keys = ", ".join(f"{scope.show(c.parent)}.{c.key}" for c, _ in found)
            scope.note(f"{here} may reference any of {keys}: declare the right one under relations:")
            continue
        candidate, why = found[0]
        text = relation_text(scope, candidate)
        if text is None:
            continue
        fk = ForeignKey((column,), candidate.parent[0], candidate.parent[1], (candidate.key,), None, declared=True)
        breaks = _breaks(scope, candidate, resolved)
        out.append(Proposal(child, fk, text, why, facts is not None, breaks))
    return out


def _breaks(scope: Scope, candidate: Candidate, resolved: dict[Ref, list[ColumnPlan]]) -> str | None:
    """Why joins through the candidate would break under this plan: the key is masked, the column not alike."""
    key = next(c for c in resolved[candidate.parent] if c.name == candidate.key)
    ref = next(c for c in resolved[candidate.child] if c.name == candidate.column)
    if not key.masked or (ref.transform, ref.params, ref.domain) == (key.transform, key.params, key.domain):
        return None
    own = " and remove its own rule (it inherits the key's)" if ref.reason.startswith("explicit rule") else ""
    return (
        f"{scope.show(candidate.parent)}.{candidate.key} is masked ({key.transform.name}) but "
        f"{scope.show(candidate.child)}.{candidate.column}, which likely references it, gets "
        f"{ref.transform.name}: joins between them would break; declare '{relation_text(scope, candidate)}' "
        f"under relations: so it follows the key{own}"
    )
