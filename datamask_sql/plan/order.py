"""Run order: referenced tables first; foreign keys that would close a cycle are set aside."""

from __future__ import annotations

import graphlib

from datamask_sql.catalog.model import ForeignKey, Table
from datamask_sql.plan.model import Ref
from datamask_sql.plan.scope import Scope

Cyclic = set[tuple[Ref, ForeignKey]]


def order(scope: Scope) -> tuple[list[Table], Cyclic]:
    """Tables parents-first, and the foreign keys left out to break cycles (self-references included)."""
    graph: dict[Ref, set[Ref]] = {ref: set() for ref in scope.tables}
    cyclic: Cyclic = set()
    for ref in sorted(graph):
        for fk in scope.foreign_keys[ref]:
            parent = (fk.ref_schema, fk.ref_table)
            if parent == ref or _reaches(graph, parent, ref):
                # Adding this edge would close a cycle: the reference is nulled when dangling instead.
                cyclic.add((ref, fk))
            else:
                graph[ref].add(parent)
    ordered = graphlib.TopologicalSorter({r: sorted(p) for r, p in sorted(graph.items())}).static_order()
    return [scope.tables[r] for r in ordered], cyclic


def fk_sort_key(item: tuple[Ref, ForeignKey]) -> tuple:
    """A stable order for (table, foreign key) pairs."""
    ref, fk = item
    return ref, fk.columns, fk.ref_schema, fk.ref_table


def _reaches(graph: dict[Ref, set[Ref]], start: Ref, goal: Ref) -> bool:
    stack, seen = [start], set()
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return False
