"""`check`: is a policy still true of its source? Findings at the policy's file:line, and the coverage.

Reads only: the catalog, scan's findings (measured in the warehouse) and the plan. Findings: tables and
columns a rule names that no longer exist, columns no rule covers where the policy fails closed, rules the
plan refuses (a changed type), and columns scan classifies as sensitive that the policy keeps without
saying why (`{transform: keep, reason: ...}` acknowledges one).
"""

from __future__ import annotations

from dataclasses import dataclass

from datamask_sql.catalog.model import Catalog, Table
from datamask_sql.errors import PlanError
from datamask_sql.plan import Plan, plan
from datamask_sql.policy import Policy
from datamask_sql.scan.classify import Finding


@dataclass(frozen=True)
class Problem:
    """One finding: what is wrong, where in the policy, and which kind of drift it is."""

    kind: str  # missing-table, missing-column, no-rule, invalid-rule, kept-sensitive
    message: str
    file: str
    line: int | None

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"kind": self.kind, "message": self.message, "file": self.file, "line": self.line}

    def render(self) -> str:
        """`file:line: message`."""
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


@dataclass(frozen=True)
class CheckResult:
    """Every finding, and the coverage: sensitive columns the policy masks, of those scan finds sensitive."""

    problems: tuple[Problem, ...]
    masked_sensitive: int
    sensitive: int

    @property
    def ok(self) -> bool:
        """No finding."""
        return not self.problems

    @property
    def coverage(self) -> float:
        """masked_sensitive / sensitive (1.0 when nothing is sensitive)."""
        return self.masked_sensitive / self.sensitive if self.sensitive else 1.0

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {
            "ok": self.ok,
            "problems": [p.to_dict() for p in self.problems],
            "coverage": {"masked": self.masked_sensitive, "sensitive": self.sensitive, "ratio": self.coverage},
        }


def policy_tables(policy: Policy, catalog: Catalog, schema: str) -> dict[str, Table | None]:
    """Each table key of the policy and the catalog table it names (None: no longer there)."""
    out = {}
    for key in policy.document.tables:
        own, _, name = key.rpartition(".")
        out[key] = catalog.table(own or schema, name)
    return out


def structure(policy: Policy, tables: dict[str, Table | None]) -> list[Problem]:
    """Rules naming what no longer exists, and columns no rule decides where the policy fails closed."""
    found = []
    for key, table in tables.items():
        if table is None:
            line = policy.lines.line(("tables", key))
            found.append(Problem("missing-table", f"table '{key}' has rules but no longer exists", policy.file, line))
            continue
        rules = policy.rules.get(key, {})
        for column, rule in rules.items():
            if table.column(column) is None:
                message = f"rule for column '{key}.{column}', which no longer exists"
                found.append(Problem("missing-column", message, policy.file, rule.line))
        unlisted, where = policy.unlisted_in(key)
        if unlisted != "error":
            continue
        named = {c.lower() for c in rules}
        for column in table.columns:
            if column.name.lower() not in named:
                message = f"new column '{key}.{column.name}' ({column.type_sql}) has no rule"
                found.append(Problem("no-rule", message, policy.file, policy.lines.line(("tables", key, "columns"))))
    return found


def _kept(policy: Policy, the_plan: Plan | None, key: str, column: str) -> tuple[bool, str | None, int | None]:
    """(kept unmasked, the rule's reason, the rule's line) for one column."""
    rule = policy.rules.get(key, {}).get(column)
    line = rule.line if rule else policy.lines.line(("tables", key))
    if the_plan is not None:
        for t in the_plan.tables:
            if t.name == key:
                for c in t.columns:
                    if c.name == column:
                        return not c.masked, rule.reason if rule else None, line
    return (rule is None or rule.transform == "keep"), rule.reason if rule else None, line


def check(
    policy: Policy, catalog: Catalog, schema: str, findings: dict[tuple[str, str], Finding], source_schema: str | None
) -> CheckResult:
    """Every finding of `policy` against `catalog` and scan's `findings` (keyed by table and column)."""
    tables = policy_tables(policy, catalog, schema)
    problems = structure(policy, tables)
    the_plan = None
    if not problems:
        try:
            the_plan = plan(policy, catalog, source_schema=source_schema)
        except PlanError as exc:
            message = exc.message + (f" ({exc.hint})" if exc.hint else "")
            problems.append(Problem("invalid-rule", message, exc.file or policy.file, exc.line))
    sensitive = masked = 0
    # A column already reported as having no rule is not reported again as kept.
    unruled = {p.message for p in problems if p.kind == "no-rule"}
    for key, table in tables.items():
        if table is None:
            continue
        for column in table.columns:
            finding = findings.get((table.name, column.name))
            if finding is None or not finding.sensitive:
                continue
            sensitive += 1
            kept, reason, line = _kept(policy, the_plan, key, column.name)
            if not kept:
                masked += 1
            elif reason is None and not any(f"'{key}.{column.name}'" in m for m in unruled):
                message = (
                    f"'{key}.{column.name}' is kept, but scan classifies it as {finding.cls} "
                    f"({'; '.join(finding.evidence)}): mask it, or acknowledge it with "
                    "{transform: keep, reason: ...}"
                )
                problems.append(Problem("kept-sensitive", message, policy.file, line))
    return CheckResult(tuple(problems), masked, sensitive)
