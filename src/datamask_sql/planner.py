"""Policy + Catalog -> Plan: pure data, no SQL text, no I/O. Every policy error surfaces here."""

from __future__ import annotations

import graphlib
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlglot import exp

from datamask_sql.catalog.model import Catalog, Column, Table
from datamask_sql.errors import PlanError
from datamask_sql.policy import Policy, RuleSpec, did_you_mean
from datamask_sql.transforms import TRANSFORMS, Params, Transform, get_transform
from datamask_sql.transforms.base import HASHABLE_TYPES
from datamask_sql.transforms.sqlexpr import parse_scalar

DEFAULT_SCHEMA = {"duckdb": "main", "postgres": "public"}


@dataclass(frozen=True)
class ColumnPlan:
    """The one rule a column gets, its consistency domain, and why."""

    name: str
    column: Column
    transform: str
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
        return self.transform != "keep"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description for manifests and `plan` output."""
        out = {"column": self.name, "type": self.column.type_sql, "transform": self.transform,
               "params": self.params.model_dump(mode="json"), "domain": self.domain, "reason": self.reason}
        if self.when_sql is not None:
            out["when"] = self.when_sql
        return out


@dataclass(frozen=True)
class TablePlan:
    """A table to copy masked, with one ColumnPlan per source column in source order."""

    source: Table
    target_schema: str
    columns: tuple[ColumnPlan, ...]

    @property
    def name(self) -> str:
        """Table name (the same in source and target)."""
        return self.source.name


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

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description."""
        return {
            "source_schema": self.source_schema,
            "target_schema": self.target_schema,
            "tables": [{"table": t.name, "columns": [c.to_dict() for c in t.columns]} for t in self.tables],
            "notes": list(self.notes),
        }


class _Planner:
    def __init__(self, policy: Policy, catalog: Catalog, source_schema: str | None) -> None:
        self.policy = policy
        self.catalog = catalog
        self.file = policy.file
        self.source_schema = self._source_schema(source_schema)
        self.target_schema = policy.target_schema
        self.explicit: dict[tuple[str, str], ColumnPlan] = {}
        self.named_domains: set[tuple[str, str]] = set()
        self.resolved: dict[tuple[str, str], ColumnPlan] = {}
        self.notes: list[str] = []

    def error(self, message: str, key_path: tuple = (), hint: str | None = None) -> PlanError:
        return PlanError(message, file=self.file, line=self.policy.lines.line(key_path),
                         path=".".join(map(str, key_path)) or None, hint=hint)

    def _source_schema(self, override: str | None) -> str:
        schema = override or self.policy.source_schema
        schemas = self.catalog.schemas()
        if schema is None:
            default = DEFAULT_SCHEMA.get(self.catalog.dialect)
            schema = default if default in schemas else (schemas[0] if len(schemas) == 1 else default)
        if schema not in schemas:
            folded = [s for s in schemas if s.lower() == (schema or "").lower()]
            if len(folded) == 1:
                return folded[0]
            raise self.error(f"schema '{schema}' does not exist in the source", ("source", "schema"),
                             did_you_mean(schema or "", schemas) or f"schemas found: {', '.join(schemas) or 'none'}")
        return schema

    # -- tables and columns ---------------------------------------------------------------------
    def tables(self) -> list[Table]:
        if self.target_schema == self.source_schema:
            raise self.error("target schema is the source schema; masking would overwrite the source",
                             ("target", "schema"), "set target.schema to a separate schema such as 'masked'")
        in_schema = [t.name for t in self.catalog.tables if t.schema == self.source_schema]
        found = []
        for name in self.policy.rules:
            table = self.catalog.table(self.source_schema, name)
            if table is None:
                raise self.error(f"table '{name}' does not exist in schema '{self.source_schema}'",
                                 ("tables", name), did_you_mean(name, in_schema))
            found.append((name, table))
        skipped = sorted(set(in_schema) - {t.name for _, t in found})
        if skipped:
            self.notes.append(f"not in the policy, so not copied: {', '.join(skipped)}")
        return [t for _, t in found]

    def validate_rule(self, spec: RuleSpec, column: Column, table: Table) -> tuple[Transform, Params]:
        transform = get_transform(spec.transform)
        path = spec.key_path + ("transform",) if spec.params or spec.domain or spec.when else spec.key_path
        if transform is None:
            raise self.error(f"unknown transform '{spec.transform}'", path,
                             did_you_mean(spec.transform, sorted(TRANSFORMS))
                             or f"available: {', '.join(sorted(TRANSFORMS))}")
        try:
            params = transform.Params.model_validate(spec.params)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = tuple(err["loc"])
            key = spec.key_path + loc[:1]
            if err["type"] == "extra_forbidden":
                allowed = sorted(transform.Params.model_fields)
                hint = did_you_mean(str(loc[0]), allowed) or (
                    f"'{spec.transform}' takes: {', '.join(allowed)}" if allowed else f"'{spec.transform}' takes no parameters")
                raise self.error(f"unknown parameter '{loc[0]}' for transform '{spec.transform}'", key, hint)
            raise self.error(f"{'.'.join(map(str, loc)) or 'parameters'}: {err['msg']}", key)
        self.check(transform, params, column, table, spec.key_path)
        return transform, params

    def check(self, transform: Transform, params: Params, column: Column, table: Table, path: tuple) -> None:
        where = f"{table.name}.{column.name} ({column.type_sql})"
        if transform.accepts is not None and column.logical not in transform.accepts:
            raise self.error(f"transform '{transform.name}' does not fit {where}: it needs a "
                             f"{' or '.join(transform.accepts)} column", path,
                             "choose a transform for this type, or keep/null the column")
        if transform.keyed and column.logical not in HASHABLE_TYPES:
            raise self.error(f"{where} has no canonical text in the determinism spec, so it cannot be "
                             f"hashed", path, "keep or null this column")
        for used in transform.columns_used(params):
            other = table.column(used)
            names = [c.name for c in table.columns]
            if other is None or other.name != used:
                raise self.error(f"{where}: column '{used}' does not exist in table '{table.name}'", path,
                                 did_you_mean(used, names) or f"columns: {', '.join(names)}")
            if transform.keyed and other.logical not in HASHABLE_TYPES:
                raise self.error(f"{where}: column '{used}' ({other.type_sql}) has no canonical text, so it "
                                 "cannot key this rule", path, "choose another column")
        problem = transform.check(params, column)
        if problem:
            raise self.error(f"{where}: {problem}", path)
        if table.is_unique(column.name) and not transform.injective(params, column):
            note = transform.collision_note(params, column)
            if note is not None:
                if f"{table.name}.{column.name}: {note}" not in self.notes:
                    self.notes.append(f"{table.name}.{column.name}: {note}")
                return
            raise self.error(f"{where} is a primary or unique key, and '{transform.name}' would make "
                             f"distinct values collide", path,
                             "use an injective transform (keep, hash with length >= 16, email, uuid), or hash_int "
                             "with a range of at least expected_rows values")

    def explicit_rules(self, tables: list[Table]) -> None:
        for name, table in zip(self.policy.rules, tables):
            names = [c.name for c in table.columns]
            for col_name, spec in self.policy.rules[name].items():
                column = table.column(col_name)
                if column is None:
                    raise self.error(f"column '{col_name}' does not exist in table '{table.name}'",
                                     spec.key_path, did_you_mean(col_name, names)
                                     or f"columns: {', '.join(names)}")
                transform, params = self.validate_rule(spec, column, table)
                domain = spec.domain or f"{table.name}.{column.name}".lower()
                if spec.domain:
                    self.named_domains.add((table.name, column.name))
                reason = f"explicit rule ({self.file}:{spec.line})" if spec.line else "explicit rule"
                when = self.when(spec, column, table) if spec.when else None
                self.explicit[(table.name, column.name)] = ColumnPlan(
                    column.name, column, transform.name, params, domain, reason, spec.line, when,
                    spec.when[0] if spec.when else None)

    def when(self, spec: RuleSpec, column: Column, table: Table) -> exp.Expression:
        path = spec.key_path + ("when",)
        if table.is_unique(column.name):
            raise self.error(f"{table.name}.{column.name} is a primary or unique key; masking only some rows "
                             "could make masked and unmasked values collide and break joins", path,
                             "mask every row of a key column, or move the condition to other columns")
        sql, dialect = spec.when
        try:
            predicate = parse_scalar(sql, dialect, [c.name for c in table.columns])
        except ValueError as exc:
            raise self.error(f"when: {exc}", path, "write one predicate over this table's columns, e.g. "
                             "\"email NOT LIKE '%@ourco.com'\"") from None
        self.notes.append(f"{table.name}.{column.name}: masked only where the 'when' predicate is not false; "
                          "rows where it is false keep their value and are exempt from the leak check")
        return predicate

    # -- relationships --------------------------------------------------------------------------
    def inherited(self, table: Table, column: str, in_scope: dict[str, Table],
                  seen: frozenset = frozenset()) -> ColumnPlan | None:
        """The plan a referencing column inherits from the key it points to (transitively)."""
        for fk in table.foreign_keys:
            if column not in fk.columns or fk.ref_schema != self.source_schema or fk.ref_table not in in_scope:
                continue
            ref_column = fk.ref_columns[fk.columns.index(column)]
            if (fk.ref_table, ref_column) in seen:
                continue
            parent = in_scope[fk.ref_table]
            base = self.explicit.get((parent.name, ref_column)) or self.inherited(
                parent, ref_column, in_scope, seen | {(table.name, column)})
            if base is not None:
                origin = base.reason if base.reason.startswith("inherited") else f"{parent.name}.{ref_column}"
                reason = origin if origin.startswith("inherited") else (
                    f"inherited from {origin} through foreign key {table.name}.{column}")
                return ColumnPlan(column, table.column(column), base.transform, base.params, base.domain,
                                  reason, None)
        return None

    def resolve(self, tables: list[Table]) -> dict[str, list[ColumnPlan]]:
        in_scope = {t.name: t for t in tables}
        uncovered: list[str] = []
        out: dict[str, list[ColumnPlan]] = {}
        for table in tables:
            plans = []
            for column in table.columns:
                explicit = self.explicit.get((table.name, column.name))
                inherited = self.inherited(table, column.name, in_scope)
                # A domain counts as conflicting only when the policy wrote one on purpose.
                named_domain = (table.name, column.name) in self.named_domains
                if inherited and explicit and (
                        (explicit.transform, explicit.params) != (inherited.transform, inherited.params)
                        or (named_domain and explicit.domain != inherited.domain)):
                    raise self.error(
                        f"{table.name}.{column.name} is a foreign key and must be masked like the key it "
                        f"references, but its rule differs ({inherited.reason.replace('inherited from ', '')})",
                        ("tables", _policy_name(self.policy, table.name), "columns", column.name),
                        "remove the rule from the referencing column (it inherits automatically) or make both ends match")
                if inherited and explicit and explicit.when is not None:
                    raise self.error(
                        f"{table.name}.{column.name} is a foreign key and inherits its rule; it cannot be masked "
                        "conditionally", ("tables", _policy_name(self.policy, table.name), "columns", column.name,
                                          "when"), "remove 'when' from this rule")
                plan = inherited if (inherited and explicit and not named_domain) else (explicit or inherited)
                if plan is None:
                    plan = self.unlisted(table, column, uncovered)
                if plan is not None:
                    if plan is inherited:
                        self.check(get_transform(plan.transform), plan.params, column, table,
                                   ("tables", _policy_name(self.policy, table.name)))
                    plans.append(plan)
            out[table.name] = plans
        if uncovered:
            first = uncovered[0].split(".")[0]
            raise self.error(
                f"{len(uncovered)} column(s) have no rule: {', '.join(uncovered)}",
                ("tables", _policy_name(self.policy, first)),
                "add a rule for each (e.g. 'keep', 'null', {transform: hash}) or set defaults.unlisted "
                "to keep or null; datamask-sql never copies a column nobody decided about")
        return out

    def unlisted(self, table: Table, column: Column, uncovered: list[str]) -> ColumnPlan | None:
        mode = self.policy.unlisted
        if mode == "error":
            uncovered.append(f"{table.name}.{column.name}")
            return None
        transform = get_transform(mode)
        if mode == "null" and not column.nullable:
            raise self.error(f"{table.name}.{column.name} is NOT NULL and has no rule, and defaults.unlisted "
                             "is 'null'", ("defaults", "unlisted"), "give the column a rule")
        return ColumnPlan(column.name, column, mode, transform.Params(), f"{table.name}.{column.name}".lower(),
                          f"defaults.unlisted: {mode}")

    def order(self, tables: list[Table]) -> list[Table]:
        names = {t.name for t in tables}
        graph = graphlib.TopologicalSorter()
        for t in sorted(tables, key=lambda t: t.name):
            graph.add(t.name, *sorted({fk.ref_table for fk in t.foreign_keys
                                       if fk.ref_table in names and fk.ref_table != t.name}))
        try:
            ordered = list(graph.static_order())
        except graphlib.CycleError:
            ordered = sorted(names)
        by_name = {t.name: t for t in tables}
        return [by_name[n] for n in ordered]


def _policy_name(policy: Policy, table: str) -> str:
    for name in policy.rules:
        if name.lower() == table.lower():
            return name
    return table


def plan(policy: Policy, catalog: Catalog, *, source_schema: str | None = None) -> Plan:
    """Resolve every column of every table in the policy to exactly one rule."""
    planner = _Planner(policy, catalog, source_schema)
    tables = planner.tables()
    planner.explicit_rules(tables)
    resolved = planner.resolve(tables)
    ordered = planner.order(tables)
    table_plans = tuple(TablePlan(t, planner.target_schema, tuple(resolved[t.name])) for t in ordered)
    return Plan(table_plans, planner.source_schema, planner.target_schema, policy.file, policy.fingerprint,
                catalog.fingerprint(), tuple(planner.notes))
