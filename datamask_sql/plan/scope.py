"""What a policy copies: the source schema, the tables in scope, their foreign keys, and where errors point."""

from __future__ import annotations

import dataclasses
from typing import Any

from datamask_sql.catalog.model import Catalog, ForeignKey, Table
from datamask_sql.dialects import default_schema, dialect_or_generic, schemas_are_databases
from datamask_sql.errors import PlanError
from datamask_sql.plan.model import Ref
from datamask_sql.policy import Policy, did_you_mean


class Scope:
    """The tables a policy copies, their foreign keys within scope, the notes a plan collects, and errors at file:line.

    Every stage of planning reports through `error` and names tables through `show`, so a message always
    spells a table the way the policy does.
    """

    def __init__(self, policy: Policy, catalog: Catalog, source_schema: str | None = None) -> None:
        self.policy = policy
        self.catalog = catalog
        self.source_schema = self._source_schema(source_schema)
        self.target_schema = policy.target_schema
        self.source_database, self.target_database = self._databases()
        self.notes: list[str] = []
        # Tables in policy order, the policy key each was listed under, and foreign keys within scope.
        self.tables: dict[Ref, Table] = {}
        self.keys: dict[Ref, str] = {}
        self.foreign_keys: dict[Ref, list[ForeignKey]] = {}
        self._collect()

    # -- reporting ------------------------------------------------------------------------------
    def error(
        self, message: str, key_path: tuple = (), hint: str | None = None, option: str | None = None
    ) -> PlanError:
        """A PlanError at the policy line of `key_path` (`option`: the parameter the fix involves)."""
        return PlanError(
            message,
            file=self.policy.file,
            line=self.policy.lines.line(key_path),
            path=".".join(map(str, key_path)) or None,
            hint=hint,
            option=option,
        )

    def note(self, text: str) -> None:
        """Record a decision the plan output shows (once)."""
        if text not in self.notes:
            self.notes.append(text)

    def show(self, ref: Ref) -> str:
        """A table as the policy names it."""
        return ref[1] if ref[0] == self.source_schema else f"{ref[0]}.{ref[1]}"

    def path(self, ref: Ref, *rest: Any) -> tuple:
        """Key path of a table's entry (and below) in the policy."""
        return ("tables", self.keys.get(ref, self.show(ref))) + rest

    def target_of(self, schema: str) -> str:
        """Target schema for tables of source schema `schema` (docs/relationships.md)."""
        if schema == self.source_schema:
            return self.target_schema
        return self.policy.document.target.schemas.get(schema, f"{self.target_schema}_{schema}")

    # -- building -------------------------------------------------------------------------------
    def _schema_hint(self, schema: str) -> str | None:
        """Other schemas to suggest; none where schemas are databases, which may belong to anyone on the server."""
        if schemas_are_databases(self.catalog.dialect):
            return "check source.schema, and the database the source URL names"
        schemas = self.catalog.schemas()
        return did_you_mean(schema, schemas) or f"schemas found: {', '.join(schemas) or 'none'}"

    def _source_schema(self, override: str | None) -> str:
        schema = override or self.policy.source_schema
        schemas = self.catalog.schemas()
        if schema is None and self.catalog.default_schema:
            schema = self.catalog.default_schema  # chosen by the source itself: never another one
        elif schema is None:
            default = default_schema(self.catalog.dialect)
            # A server's only database is still somebody's: it is read only when the URL or the policy names it.
            guess = len(schemas) == 1 and not (self.catalog.server and schemas_are_databases(self.catalog.dialect))
            schema = default if default in schemas else (schemas[0] if guess else default)
        if schema is None:
            raise self.error(
                "the policy names no source schema and the source has no default one",
                ("source", "schema"),
                "set source.schema, or name the database in the source URL",
            )
        if schema not in schemas:
            folded = [s for s in schemas if s.lower() == schema.lower()]
            if len(folded) == 1:
                return folded[0]
            raise self.error(
                f"schema '{schema}' does not exist in the source", ("source", "schema"), self._schema_hint(schema)
            )
        return schema

    def _databases(self) -> tuple[str | None, str | None]:
        """(source database, target database): named, else the source's current one where a target names one.

        A target in another database is told apart from the source only by both names, so a target database
        needs the source's named too: by the policy, or by the live source's session."""
        target = self.policy.target_database
        source = self.policy.source_database
        for name, path in ((target, ("target", "database")), (source, ("source", "database"))):
            if name is not None and not name.strip():
                raise self.error(f"{path[0]}.database is empty", path, f"drop {path[0]}.database or name one")
        if target is not None and source is None:
            source = self.catalog.database
            if source is None:
                raise self.error(
                    f"target.database '{target}' is set but the source's database is not known, so the two "
                    "cannot be told apart",
                    ("target", "database"),
                    "set source.database to the database (catalog, project) the source tables are in",
                )
        return source, target if target is not None else source

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
                raise self.error(f"schema '{schema}' does not exist in the source", path, self._schema_hint(schema))
            in_schema = [t.name for t in self.catalog.tables if t.schema == schema]
            raise self.error(f"table '{name}' does not exist in schema '{schema}'", path, did_you_mean(name, in_schema))
        return table

    def _collect(self) -> None:
        self._refuse_blank_targets()
        in_schema = [t.name for t in self.catalog.tables if t.schema == self.source_schema]
        for name in self.policy.rules:
            table = self.lookup(name, ("tables", name))
            ref = (table.schema, table.name)
            if ref in self.tables:
                raise self.error(f"table '{self.show(ref)}' is listed twice", ("tables", name))
            self.tables[ref] = self._declared_keys(name, table)
            self.keys[ref] = name
        self._layout_notes()
        copied = {ref[1] for ref in self.tables if ref[0] == self.source_schema}
        skipped = sorted(set(in_schema) - copied)
        if skipped:
            self.notes.append(f"not in the policy, so not copied: {', '.join(skipped)}")
        self._refuse_targets_on_sources()
        self._relations()

    def _declared_keys(self, name: str, table: Table) -> Table:
        """The table with the keys its policy entry declares (primary_key:, unique:) added to those it records."""
        entry = self.policy.document.tables.get(name)
        if entry is None:
            return table
        declared = ([(("primary_key",), entry.primary_key)] if entry.primary_key else []) + [
            (("unique", i), cols) for i, cols in enumerate(entry.unique)
        ]
        keys: list[tuple[str, ...]] = []
        for where, cols in declared:
            resolved = []
            for col in cols:
                column = table.column(col)
                if column is None:
                    raise self.error(
                        f"key column '{col}' does not exist in table '{name}'",
                        ("tables", name, *where),
                        did_you_mean(col, [c.name for c in table.columns]),
                    )
                resolved.append(column.name)
            if not resolved:
                raise self.error("a key names no column", ("tables", name, *where))
            keys.append(tuple(resolved))
        if not keys:
            return table
        pk = table.primary_key or (keys[0] if entry.primary_key else ())
        unique = tuple(dict.fromkeys([*table.unique, *(k for k in keys if k != pk and k not in table.keys())]))
        return dataclasses.replace(table, primary_key=pk, unique=unique)

    def _layout_notes(self) -> None:
        """Say what a partitioned or inherited-from source table becomes: the target is one plain table."""
        for ref, table in self.tables.items():
            name = self.show(ref)
            if table.partitioning:
                self.notes.append(
                    f"{name} is partitioned in the source ({table.partitioning}); its target is one plain table "
                    "holding every partition's rows, with the keys declared on it and on its partitions"
                )
            if table.children:
                self.notes.append(
                    f"{name} has inheritance children ({', '.join(table.children)}); its copy holds their rows too, "
                    "as a query on it returns them, and their foreign keys are followed but not re-created on it"
                )

    # -- where the copy goes ----------------------------------------------------------------------
    def _targets(self) -> list[tuple[str, str | None, tuple, str]]:
        """(target schema, the source schema it serves or None for the main one, policy key path, fix) for the
        main target, every target.schemas value, and the default name of every other schema in scope."""
        mapped = self.policy.document.target.schemas
        targets: list[tuple[str, str | None, tuple, str]] = [
            (self.target_schema, None, ("target", "schema"), "set target.schema to a separate schema such as 'masked'")
        ]
        targets += [
            (t, s, ("target", "schemas", s), "map it to a separate schema under target.schemas")
            for s, t in mapped.items()
        ]
        for schema in sorted({ref[0] for ref in self.tables} - {self.source_schema} - set(mapped)):
            fix = f"map '{schema}' to a separate schema under target.schemas"
            targets.append((self.target_of(schema), schema, ("target", "schema"), fix))
        return targets

    def _refuse_blank_targets(self) -> None:
        """An empty target schema would put the copy wherever the engine's unqualified names go."""
        for target, _, path, fix in self._targets():
            if not target.strip():
                raise self.error("target schema is empty", path, fix)

    def _refuse_targets_on_sources(self) -> None:
        """No target may be, or contain, a schema the policy reads, compared the way the engine matches names."""
        rules = dialect_or_generic(self.catalog.dialect)
        if not rules.same_database(self.target_database, self.source_database):
            return  # another database: only a database name in both may tell them apart, and both are named
        sources = sorted({self.source_schema} | {ref[0] for ref in self.tables})
        for target, serves, path, fix in self._targets():
            clash = next((s for s in sources if rules.overlaps_schema(target, s)), None)
            if clash is None:
                continue
            what = f"target schema '{target}'" if serves is None else f"target schema '{target}' for '{serves}'"
            if serves is not None and path == ("target", "schema"):
                what = f"the default {what} (target.schema + '_' + schema)"
            if rules.schema_key(target) != rules.schema_key(clash):
                relation = f"contains the source schema '{clash}' (as one part of a dotted name)"
            elif target != clash:
                relation = f"is the source schema '{clash}' ({rules.schema_case})"
            else:
                relation = f"is the source schema '{clash}'"
            raise self.error(f"{what} {relation}; masking would overwrite the source", path, fix)

    def _relations(self) -> None:
        """Recorded foreign keys plus the policy's declared relations, between tables in scope."""
        for ref, table in self.tables.items():
            self.foreign_keys[ref] = [fk for fk in table.foreign_keys if (fk.ref_schema, fk.ref_table) in self.tables]
        for rel in self.policy.relations:
            ends = []
            for schema, name, columns in (rel.child, rel.parent):
                table = self.lookup(name, rel.key_path, schema)
                ref = (table.schema, table.name)
                if ref not in self.tables:
                    raise self.error(
                        f"relation '{rel.text}' names table '{self.show(ref)}', which the policy does not copy",
                        rel.key_path,
                        "add the table under tables: or drop the relation",
                    )
                resolved = []
                for col in columns:
                    column = table.column(col)
                    if column is None:
                        raise self.error(
                            f"relation '{rel.text}': column '{col}' does not exist in table '{self.show(ref)}'",
                            rel.key_path,
                            did_you_mean(col, [c.name for c in table.columns]),
                        )
                    resolved.append(column.name)
                ends.append((ref, tuple(resolved)))
            (child, cols), (parent, ref_cols) = ends
            fk = ForeignKey(cols, parent[0], parent[1], ref_cols, None, declared=True)
            if not any(
                (f.columns, (f.ref_schema, f.ref_table), f.ref_columns) == (cols, parent, ref_cols)
                for f in self.foreign_keys[child]
            ):
                self.foreign_keys[child].append(fk)
