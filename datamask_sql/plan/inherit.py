"""Foreign-key inheritance: a referencing column is masked exactly like the key it points to, along every path."""

from __future__ import annotations

from datamask_sql.catalog.model import Column, ForeignKey, Table
from datamask_sql.plan.model import ColumnPlan, Ref
from datamask_sql.plan.rules import RowCounts, check_fit
from datamask_sql.plan.scope import Scope
from datamask_sql.transforms import get_transform

Explicit = dict[tuple[Ref, str], ColumnPlan]


class Inheritance:
    """Resolves every column of every table in scope to exactly one rule: explicit, inherited or the default."""

    def __init__(
        self, scope: Scope, explicit: Explicit, named_domains: set[tuple[Ref, str]], counts: RowCounts | None
    ) -> None:
        self.scope = scope
        self.explicit = explicit
        self.named_domains = named_domains
        self.counts = counts

    def edges(self, ref: Ref, column: str) -> list[tuple[ForeignKey, Ref, str]]:
        """(foreign key, parent table, parent column) for every key `ref.column` is a component of."""
        return [
            (fk, (fk.ref_schema, fk.ref_table), fk.ref_columns[fk.columns.index(column)])
            for fk in self.scope.foreign_keys[ref]
            if column in fk.columns
        ]

    def origins(self, ref: Ref, column: str, seen: frozenset = frozenset()) -> list[tuple[ColumnPlan, list[str]]]:
        """Every rule reachable by walking foreign keys up from ref.column, with the columns walked."""
        found = []
        for _fk, parent, ref_column in self.edges(ref, column):
            if (parent, ref_column) in seen or (parent, ref_column) == (ref, column):
                continue
            node = f"{self.scope.show(parent)}.{ref_column}"
            base = self.explicit.get((parent, ref_column))
            if base is not None:
                found.append((base, [node]))
            else:
                for plan, path in self.origins(parent, ref_column, seen | {(ref, column)}):
                    found.append((plan, [node] + path))
        return found

    def inherited(self, ref: Ref, column: str) -> ColumnPlan | None:
        """The plan a referencing column inherits from the key(s) it points to, along every path."""
        found = self.origins(ref, column)
        if not found:
            return None
        here = f"{self.scope.show(ref)}.{column}"
        chain = lambda path: " -> ".join([here] + path)  # noqa: E731
        first, first_path = found[0]
        for other, path in found[1:]:
            if (other.transform, other.params, other.domain) != (first.transform, first.params, first.domain):
                raise self.scope.error(
                    f"{here} is reached by two foreign-key paths with different rules: {first_path[-1]} "
                    f"({first.transform.name}, domain {first.domain}) via {chain(first_path)}, and {path[-1]} "
                    f"({other.transform.name}, domain {other.domain}) via {chain(path)}",
                    self.scope.path(ref, "columns", column),
                    "give both referenced keys the same rule and domain, or drop one relation",
                )
        reason = f"inherited from {first_path[-1]} via {chain(first_path)}"
        return ColumnPlan(
            column, self.scope.tables[ref].column(column), first.transform, first.params, first.domain, reason, None
        )

    def resolve(self) -> dict[Ref, list[ColumnPlan]]:
        """One ColumnPlan per column of every table in scope; every uncovered column is one error."""
        scope = self.scope
        uncovered: dict[Ref, list[str]] = {}
        out: dict[Ref, list[ColumnPlan]] = {}
        for ref, table in scope.tables.items():
            plans = []
            missing: list[str] = []
            for column in table.columns:
                plan = self._column(ref, table, column, missing)
                if plan is not None:
                    plans.append(plan)
            out[ref] = plans
            if missing:
                uncovered[ref] = missing
        if uncovered:
            (first, names), *others = uncovered.items()
            # One error, at the first table's line; every other table is named with its own line.
            elsewhere = [
                f"{', '.join(n)} ({scope.policy.file}:{scope.policy.lines.line(scope.path(r))})" for r, n in others
            ]
            total = sum(len(n) for n in uncovered.values())
            raise scope.error(
                f"{total} column(s) have no rule: {', '.join(names)}"
                + (f"; also {'; '.join(elsewhere)}" if elsewhere else ""),
                scope.path(first),
                "add a rule for each (e.g. 'keep', 'null', {transform: hash}), or set 'unlisted: keep' (or null) "
                "on the table (tables.<table>.unlisted) or for every table (defaults.unlisted); datamask-sql "
                "never copies a column nobody decided about",
            )
        return out

    def _column(self, ref: Ref, table: Table, column: Column, uncovered: list[str]) -> ColumnPlan | None:
        scope = self.scope
        explicit = self.explicit.get((ref, column.name))
        inherited = self.inherited(ref, column.name)
        # A domain counts as conflicting only when the policy wrote one on purpose.
        named_domain = (ref, column.name) in self.named_domains
        if (
            inherited
            and explicit
            and (
                (explicit.transform, explicit.params) != (inherited.transform, inherited.params)
                or (named_domain and explicit.domain != inherited.domain)
            )
        ):
            origin, path = inherited.reason.replace("inherited from ", "").split(" via ", 1)
            raise scope.error(
                f"{scope.show(ref)}.{column.name} is a foreign key and must be masked like the key it "
                f"references, but its rule ({explicit.transform.name}) differs from {origin} "
                f"({inherited.transform.name}) via {path}",
                scope.path(ref, "columns", column.name),
                "remove the rule from the referencing column (it inherits automatically) or make both ends match",
            )
        if inherited and explicit and explicit.when is not None:
            raise scope.error(
                f"{table.name}.{column.name} is a foreign key and inherits its rule; it cannot be masked conditionally",
                scope.path(ref, "columns", column.name, "when"),
                "remove 'when' from this rule",
            )
        plan = inherited if (inherited and explicit and not named_domain) else (explicit or inherited)
        if plan is None:
            return self._unlisted(table, column, uncovered)
        if plan is inherited:
            check_fit(scope, plan.transform, plan.params, column, table, scope.path(ref), self.counts)
        return plan

    def _unlisted(self, table: Table, column: Column, uncovered: list[str]) -> ColumnPlan | None:
        ref = (table.schema, table.name)
        mode, where = self.scope.policy.unlisted_in(self.scope.keys[ref])
        name = f"{self.scope.show(ref)}.{column.name}"
        if mode == "error":
            uncovered.append(name)
            return None
        transform = get_transform(mode)
        setting = ".".join(where)
        if mode == "null" and not column.nullable:
            raise self.scope.error(
                f"{name} is NOT NULL and has no rule, and {setting} is 'null'", where, "give the column a rule"
            )
        return ColumnPlan(column.name, column, transform, transform.Params(), name.lower(), f"{setting}: {mode}")
