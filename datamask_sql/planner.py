"""Policy + Catalog -> Plan: pure data, no SQL text, no I/O. Every policy error surfaces here."""

from __future__ import annotations

import graphlib
import math
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlglot import exp

from datamask_sql.catalog.model import Catalog, Column, ForeignKey, Table
from datamask_sql.errors import PlanError
from datamask_sql.policy import Policy, RuleSpec, did_you_mean
from datamask_sql.subset import SubsetPlan, plan_subsets
from datamask_sql.transforms import TRANSFORMS, Params, Transform, get_transform
from datamask_sql.transforms.base import HASHABLE_TYPES
from datamask_sql.transforms.sqlexpr import parse_scalar

DEFAULT_SCHEMA = {"duckdb": "main", "postgres": "public", "spark": "default", "tsql": "dbo"}


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
    # Foreign keys (recorded and declared) whose referenced table is also copied.
    foreign_keys: tuple[ForeignKey, ...] = ()
    subset: SubsetPlan | None = None
    # Foreign keys that close a cycle: a reference whose row was not kept becomes NULL.
    nulled_refs: tuple[ForeignKey, ...] = ()
    qualified: bool = False

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

    def table(self, name: str) -> TablePlan:
        """The table plan called `name` (as TablePlan.name spells it)."""
        return next(t for t in self.tables if t.name == name)

    def referenced(self, fk: ForeignKey) -> TablePlan:
        """The table plan a foreign key of a planned table points to."""
        return next(t for t in self.tables if (t.source.schema, t.source.name) == (fk.ref_schema, fk.ref_table))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready description."""
        return {
            "source_schema": self.source_schema,
            "target_schema": self.target_schema,
            "tables": [{"table": t.name, "target_schema": t.target_schema,
                        "columns": [c.to_dict() for c in t.columns],
                        **({"subset": t.subset.to_dict()} if t.subset else {})} for t in self.tables],
            "notes": list(self.notes),
        }


Ref = tuple[str, str]


class _Planner:
    def __init__(self, policy: Policy, catalog: Catalog, source_schema: str | None,
                 row_counts: dict[str, int] | None = None) -> None:
        self.policy = policy
        self.catalog = catalog
        self.file = policy.file
        self.source_schema = self._source_schema(source_schema)
        self.target_schema = policy.target_schema
        self.row_counts = row_counts
        self.explicit: dict[tuple[Ref, str], ColumnPlan] = {}
        self.named_domains: set[tuple[Ref, str]] = set()
        self.notes: list[str] = []
        self.scope: dict[Ref, Table] = {}
        self.keys: dict[Ref, str] = {}
        self.fks: dict[Ref, list[ForeignKey]] = {}

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

    def show(self, ref: Ref) -> str:
        """A table as the policy names it."""
        return ref[1] if ref[0] == self.source_schema else f"{ref[0]}.{ref[1]}"

    def path(self, ref: Ref, *rest: Any) -> tuple:
        return ("tables", self.keys.get(ref, self.show(ref))) + rest

    def target_of(self, schema: str) -> str:
        """Target schema for tables of source schema `schema` (docs/relationships.md)."""
        if schema == self.source_schema:
            return self.target_schema
        return self.policy.document.target.schemas.get(schema, f"{self.target_schema}_{schema}")

    # -- tables and columns ---------------------------------------------------------------------
    def lookup(self, name: str, path: tuple, schema: str | None = None) -> Table:
        """The catalog table a policy names: 'table' in the source schema, or 'schema.table'."""
        if schema is None:
            table = self.catalog.table(self.source_schema, name)
            if table is not None or "." not in name:
                schema = self.source_schema
            else:
                schema, name = name.split(".", 1)
        table = self.catalog.table(schema, name)
        if table is None:
            if schema not in self.catalog.schemas():
                raise self.error(f"schema '{schema}' does not exist in the source", path,
                                 did_you_mean(schema, self.catalog.schemas()))
            in_schema = [t.name for t in self.catalog.tables if t.schema == schema]
            raise self.error(f"table '{name}' does not exist in schema '{schema}'", path,
                             did_you_mean(name, in_schema))
        return table

    def tables(self) -> list[Table]:
        if self.target_schema == self.source_schema:
            raise self.error("target schema is the source schema; masking would overwrite the source",
                             ("target", "schema"), "set target.schema to a separate schema such as 'masked'")
        in_schema = [t.name for t in self.catalog.tables if t.schema == self.source_schema]
        found = []
        for name in self.policy.rules:
            table = self.lookup(name, ("tables", name))
            ref = (table.schema, table.name)
            if table.schema != self.source_schema and self.target_of(table.schema) == table.schema:
                raise self.error(f"target schema for source schema '{table.schema}' is the source schema itself",
                                 ("target", "schemas"), "map it to a separate schema under target.schemas")
            if ref in self.scope:
                raise self.error(f"table '{self.show(ref)}' is listed twice", ("tables", name))
            self.scope[ref] = table
            self.keys[ref] = name
            found.append(table)
        skipped = sorted(set(in_schema) - {t.name for t in found if t.schema == self.source_schema})
        if skipped:
            self.notes.append(f"not in the policy, so not copied: {', '.join(skipped)}")
        self.relations()
        return found

    def relations(self) -> None:
        """Recorded foreign keys plus the policy's declared relations, between tables in scope."""
        for ref, table in self.scope.items():
            self.fks[ref] = [fk for fk in table.foreign_keys if (fk.ref_schema, fk.ref_table) in self.scope]
        for rel in self.policy.relations:
            ends = []
            for (schema, name, columns) in (rel.child, rel.parent):
                table = self.lookup(name, rel.key_path, schema)
                ref = (table.schema, table.name)
                if ref not in self.scope:
                    raise self.error(f"relation '{rel.text}' names table '{self.show(ref)}', which the policy "
                                     "does not copy", rel.key_path, "add the table under tables: or drop the relation")
                resolved = []
                for col in columns:
                    column = table.column(col)
                    if column is None:
                        raise self.error(f"relation '{rel.text}': column '{col}' does not exist in table "
                                         f"'{self.show(ref)}'", rel.key_path,
                                         did_you_mean(col, [c.name for c in table.columns]))
                    resolved.append(column.name)
                ends.append((ref, tuple(resolved)))
            (child, cols), (parent, ref_cols) = ends
            fk = ForeignKey(cols, parent[0], parent[1], ref_cols, None, declared=True)
            if any((f.columns, f.ref_schema, f.ref_table, f.ref_columns) == cols + parent + ref_cols
                   for f in self.fks[child]):
                continue
            if not any((f.columns, (f.ref_schema, f.ref_table), f.ref_columns) == (cols, parent, ref_cols)
                       for f in self.fks[child]):
                self.fks[child].append(fk)

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
        where = f"{self.show((table.schema, table.name))}.{column.name} ({column.type_sql})"
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
        keys = [k for k in ((table.primary_key,) if table.primary_key else ()) + table.unique if column.name in k]
        if keys and transform.name != "keep":
            self.check_unique(transform, params, column, table, path, where, keys[0])

    def check_unique(self, transform: Transform, params: Params, column: Column, table: Table, path: tuple,
                     where: str, key: tuple[str, ...]) -> None:
        """Keys stay unique: injective transforms pass; truncated hashes pass when the birthday bound allows."""
        kind = "primary or unique key" if len(key) == 1 else f"part of the key ({', '.join(key)})"
        bits = transform.collision_bits(params, column)
        rows = (self.row_counts or {}).get(self.show((table.schema, table.name)))
        if bits is not None and rows is not None:
            risk = collision_risk(rows, bits)
            limit = self.policy.document.defaults.max_collision_risk
            text = f"{where}: {bits}-bit hash over {rows:,} rows, collision probability {risk:.2e}"
            if risk > limit:
                raise self.error(f"{text} exceeds defaults.max_collision_risk {limit:g}", path,
                                 "keep more hex digits (a larger hash length) or raise the threshold")
            self.notes.append(f"collision risk {text}")
            return
        if not transform.injective(params, column):
            note = transform.collision_note(params, column)
            if note is not None:
                note = f"{self.show((table.schema, table.name))}.{column.name}: {note}"
                if note not in self.notes:
                    self.notes.append(note)
                return
            raise self.error(f"{where} is a {kind}, and '{transform.name}' would make "
                             f"distinct values collide", path,
                             transform.lossy_hint(params, column)
                             or "use an injective transform (keep, hash with length >= 16, email, uuid), or "
                                "hash_int with a range of at least expected_rows values")
        if bits is not None and bits < 256:
            self.notes.append(f"collision risk {where}: {bits}-bit hash, row count unknown "
                              "(run or plan against a live source to measure it)")

    def explicit_rules(self, tables: list[Table]) -> None:
        for name, table in zip(self.policy.rules, tables):
            ref = (table.schema, table.name)
            names = [c.name for c in table.columns]
            for col_name, spec in self.policy.rules[name].items():
                column = table.column(col_name)
                if column is None:
                    raise self.error(f"column '{col_name}' does not exist in table '{self.show(ref)}'",
                                     spec.key_path, did_you_mean(col_name, names)
                                     or f"columns: {', '.join(names)}")
                transform, params = self.validate_rule(spec, column, table)
                domain = spec.domain or f"{self.show(ref)}.{column.name}".lower()
                if spec.domain:
                    self.named_domains.add((ref, column.name))
                reason = f"explicit rule ({self.file}:{spec.line})" if spec.line else "explicit rule"
                if spec.via:
                    reason += f" via {spec.via}"
                when = self.when(spec, column, table) if spec.when else None
                self.explicit[(ref, column.name)] = ColumnPlan(
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
    def edges(self, ref: Ref, column: str) -> list[tuple[ForeignKey, Ref, str]]:
        """(foreign key, parent table, parent column) for every key `ref.column` is a component of."""
        return [(fk, (fk.ref_schema, fk.ref_table), fk.ref_columns[fk.columns.index(column)])
                for fk in self.fks[ref] if column in fk.columns]

    def origins(self, ref: Ref, column: str, seen: frozenset = frozenset()) -> list[tuple[ColumnPlan, list[str]]]:
        """Every rule reachable by walking foreign keys up from ref.column, with the columns walked."""
        found = []
        for _fk, parent, ref_column in self.edges(ref, column):
            if (parent, ref_column) in seen or (parent, ref_column) == (ref, column):
                continue
            node = f"{self.show(parent)}.{ref_column}"
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
        here = f"{self.show(ref)}.{column}"
        chain = lambda path: " -> ".join([here] + path)  # noqa: E731
        first, first_path = found[0]
        for other, path in found[1:]:
            if (other.transform, other.params, other.domain) != (first.transform, first.params, first.domain):
                raise self.error(
                    f"{here} is reached by two foreign-key paths with different rules: {first_path[-1]} "
                    f"({first.transform}, domain {first.domain}) via {chain(first_path)}, and {path[-1]} "
                    f"({other.transform}, domain {other.domain}) via {chain(path)}",
                    self.path(ref, "columns", column),
                    "give both referenced keys the same rule and domain, or drop one relation")
        reason = f"inherited from {first_path[-1]} via {chain(first_path)}"
        return ColumnPlan(column, self.scope[ref].column(column), first.transform, first.params,
                          first.domain, reason, None)

    def resolve(self, tables: list[Table]) -> dict[Ref, list[ColumnPlan]]:
        uncovered: list[str] = []
        out: dict[Ref, list[ColumnPlan]] = {}
        for table in tables:
            ref = (table.schema, table.name)
            plans = []
            for column in table.columns:
                explicit = self.explicit.get((ref, column.name))
                inherited = self.inherited(ref, column.name)
                # A domain counts as conflicting only when the policy wrote one on purpose.
                named_domain = (ref, column.name) in self.named_domains
                if inherited and explicit and (
                        (explicit.transform, explicit.params) != (inherited.transform, inherited.params)
                        or (named_domain and explicit.domain != inherited.domain)):
                    origin, path = inherited.reason.replace("inherited from ", "").split(" via ", 1)
                    raise self.error(
                        f"{self.show(ref)}.{column.name} is a foreign key and must be masked like the key it "
                        f"references, but its rule ({explicit.transform}) differs from {origin} "
                        f"({inherited.transform}) via {path}",
                        self.path(ref, "columns", column.name),
                        "remove the rule from the referencing column (it inherits automatically) or make both ends match")
                if inherited and explicit and explicit.when is not None:
                    raise self.error(
                        f"{table.name}.{column.name} is a foreign key and inherits its rule; it cannot be masked "
                        "conditionally", self.path(ref, "columns", column.name, "when"), "remove 'when' from this rule")
                plan = inherited if (inherited and explicit and not named_domain) else (explicit or inherited)
                if plan is None:
                    plan = self.unlisted(table, column, uncovered)
                if plan is not None:
                    if plan is inherited:
                        self.check(get_transform(plan.transform), plan.params, column, table, self.path(ref))
                    plans.append(plan)
            out[ref] = plans
        if uncovered:
            first = uncovered[0].rsplit(".", 1)[0]
            raise self.error(
                f"{len(uncovered)} column(s) have no rule: {', '.join(uncovered)}",
                ("tables", next((k for r, k in self.keys.items() if self.show(r) == first), first)),
                "add a rule for each (e.g. 'keep', 'null', {transform: hash}) or set defaults.unlisted "
                "to keep or null; datamask-sql never copies a column nobody decided about")
        return out

    def unlisted(self, table: Table, column: Column, uncovered: list[str]) -> ColumnPlan | None:
        mode = self.policy.unlisted
        name = f"{self.show((table.schema, table.name))}.{column.name}"
        if mode == "error":
            uncovered.append(name)
            return None
        transform = get_transform(mode)
        if mode == "null" and not column.nullable:
            raise self.error(f"{name} is NOT NULL and has no rule, and defaults.unlisted "
                             "is 'null'", ("defaults", "unlisted"), "give the column a rule")
        return ColumnPlan(column.name, column, mode, transform.Params(), name.lower(),
                          f"defaults.unlisted: {mode}")

    def order(self, tables: list[Table]) -> tuple[list[Table], set[tuple[Ref, ForeignKey]]]:
        """Tables parents-first, and the foreign keys left out to break cycles (self-references included)."""
        graph: dict[Ref, set[Ref]] = {(t.schema, t.name): set() for t in tables}
        cyclic: set[tuple[Ref, ForeignKey]] = set()
        for ref in sorted(graph):
            for fk in self.fks[ref]:
                parent = (fk.ref_schema, fk.ref_table)
                if parent == ref:
                    cyclic.add((ref, fk))
                elif _reaches(graph, parent, ref):
                    # Adding this edge would close a cycle: the reference is nulled when dangling instead.
                    cyclic.add((ref, fk))
                else:
                    graph[ref].add(parent)
        ordered = list(graphlib.TopologicalSorter({r: sorted(p) for r, p in sorted(graph.items())}).static_order())
        return [self.scope[r] for r in ordered], cyclic


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


def collision_risk(rows: int, bits: int) -> float:
    """Birthday bound: probability that `rows` uniform `bits`-bit values are not all distinct."""
    return -math.expm1(-rows * (rows - 1) / 2 / 2.0 ** bits) if rows > 1 else 0.0


def plan(policy: Policy, catalog: Catalog, *, source_schema: str | None = None,
         row_counts: dict[str, int] | None = None) -> Plan:
    """Resolve every column of every table in the policy to exactly one rule."""
    planner = _Planner(policy, catalog, source_schema, row_counts)
    tables = planner.tables()
    planner.explicit_rules(tables)
    resolved = planner.resolve(tables)
    ordered, cyclic = planner.order(tables)
    subsets = plan_subsets(planner, ordered, cyclic)
    table_plans = []
    for t in ordered:
        ref = (t.schema, t.name)
        subset = subsets.get(ref)
        # Cycle-closing references into subset tables may dangle: the renderer sets those to NULL.
        nulled = tuple(fk for r, fk in sorted(cyclic, key=_fk_sort)
                       if r == ref and (fk.ref_schema, fk.ref_table) in subsets)
        table_plans.append(TablePlan(t, planner.target_of(t.schema), tuple(resolved[ref]),
                                     tuple(planner.fks[ref]), subset, nulled,
                                     t.schema != planner.source_schema))
    return Plan(tuple(table_plans), planner.source_schema, planner.target_schema, policy.file, policy.fingerprint,
                catalog.fingerprint(), tuple(planner.notes), policy.constraints)


def _fk_sort(item: tuple[Ref, ForeignKey]) -> tuple:
    ref, fk = item
    return ref, fk.columns, fk.ref_schema, fk.ref_table


def scope_tables(policy: Policy, catalog: Catalog, source_schema: str | None = None) -> dict[str, Table]:
    """The catalog tables a policy copies, named as plans name them (for counting rows before planning)."""
    planner = _Planner(policy, catalog, source_schema)
    return {planner.show((t.schema, t.name)): t for t in planner.tables()}
