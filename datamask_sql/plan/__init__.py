"""Plan: Policy + Catalog -> which rule each column gets, its domain and why, as plain data (no SQL, no I/O).

scope (what is copied) -> rules (explicit rules checked) -> inherit (foreign keys) -> order -> subset.
"""

from datamask_sql.plan.model import ColumnPlan, IncrementalPlan, Plan, Proposal, Ref, SubsetPlan, TablePlan
from datamask_sql.plan.planner import plan, scope_tables
from datamask_sql.plan.propose import Candidate, Containment, Facts, likely_relations
from datamask_sql.plan.rules import collision_risk

__all__ = [
    "Candidate",
    "ColumnPlan",
    "Containment",
    "Facts",
    "IncrementalPlan",
    "Plan",
    "Proposal",
    "Ref",
    "SubsetPlan",
    "TablePlan",
    "collision_risk",
    "likely_relations",
    "plan",
    "scope_tables",
]
