"""Policy + Catalog -> Plan: scope, explicit rules, inheritance, order, subsets. Every policy error surfaces here."""

from __future__ import annotations

from datamask_sql.catalog.model import Catalog, Table
from datamask_sql.plan.inherit import Inheritance
from datamask_sql.plan.model import Plan, TablePlan
from datamask_sql.plan.order import fk_sort_key, order
from datamask_sql.plan.propose import Facts, propose
from datamask_sql.plan.refresh import plan_incremental
from datamask_sql.plan.rules import RowCounts, explicit_rules
from datamask_sql.plan.scope import Scope
from datamask_sql.plan.subset import plan_subsets
from datamask_sql.policy import Policy


def plan(
    policy: Policy,
    catalog: Catalog,
    *,
    source_schema: str | None = None,
    row_counts: RowCounts | None = None,
    propose_relations: bool = False,
    facts: Facts | None = None,
) -> Plan:
    """Resolve every column of every table in the policy to exactly one rule.

    `propose_relations` also proposes the relations the catalog lacks, judged by `facts` (containment measured
    on a live source) or, without them, by names and types alone."""
    scope = Scope(policy, catalog, source_schema)
    explicit, named_domains = explicit_rules(scope, row_counts)
    resolved = Inheritance(scope, explicit, named_domains, row_counts).resolve()
    proposed = tuple(propose(scope, resolved, facts)) if propose_relations else ()
    ordered, cyclic = order(scope)
    subsets = plan_subsets(scope, ordered, cyclic)
    incremental = plan_incremental(scope, set(subsets))
    table_plans = []
    for t in ordered:
        ref = (t.schema, t.name)
        subset = subsets.get(ref)
        # Cycle-closing references into subset tables may dangle: the renderer sets those to NULL.
        nulled = tuple(
            fk for r, fk in sorted(cyclic, key=fk_sort_key) if r == ref and (fk.ref_schema, fk.ref_table) in subsets
        )
        table_plans.append(
            TablePlan(
                t,
                scope.target_of(t.schema),
                tuple(resolved[ref]),
                tuple(scope.foreign_keys[ref]),
                subset,
                nulled,
                t.schema != scope.source_schema,
                scope.source_database,
                scope.target_database,
                incremental.get(ref),
            )
        )
    return Plan(
        tuple(table_plans),
        scope.source_schema,
        scope.target_schema,
        policy.file,
        policy.fingerprint,
        # The schemas the policy reads, not the rest of the server (our own targets among them).
        catalog.fingerprint({scope.source_schema} | {schema for schema, _ in scope.tables}),
        (*catalog.notes, *scope.notes),
        policy.constraints,
        proposed,
        scope.source_database,
        scope.target_database,
        policy.lines.line(("target" if policy.target_database else "source", "database")),
    )


def scope_tables(policy: Policy, catalog: Catalog, source_schema: str | None = None) -> dict[str, Table]:
    """The catalog tables a policy copies, named as plans name them (for counting rows before planning)."""
    scope = Scope(policy, catalog, source_schema)
    return {scope.show(ref): table for ref, table in scope.tables.items()}
