"""Rules on fields of a LIST of STRUCT column (`items.email: email`) moved to the table its elements are masked as.

The policy a file run plans with gains, for each such column, a table `<table>.<column>` (catalog.lists) whose
rules are the fields' rules as written (same lines, same domains: `domain:` or the default
`<table>.<column>.<field>`), whose unlisted: is the parent's, and whose row and position columns are kept; the
parent's column, which holds only the row number while masked, is kept too. Errors point at the rule's line.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from datamask_sql.catalog.files import SCHEMA
from datamask_sql.catalog.filesources import FileTable
from datamask_sql.catalog.lists import ROW_COLUMNS, ListColumn, Lists, list_fields
from datamask_sql.catalog.model import Catalog, Table
from datamask_sql.errors import PlanError
from datamask_sql.policy import Policy, RuleSpec, did_you_mean
from datamask_sql.policy.lines import LineIndex
from datamask_sql.policy.model import TablePolicy


class _MovedLines(LineIndex):
    """The policy's lines, with each elements' table's paths read at its parent's (`items.email` for `email`)."""

    def __init__(self, base: LineIndex, moved: dict[str, tuple[str, str]]) -> None:
        super().__init__({})
        self._base = base
        self._moved = moved  # elements' table key -> (parent's key, LIST column)

    def line(self, path: tuple[Any, ...]) -> int | None:
        """Line of `path`; an elements' table's paths at its parent's entry (and its fields' rules)."""
        path = tuple(path)
        if len(path) >= 2 and path[0] == "tables" and path[1] in self._moved:
            parent, column = self._moved[path[1]]
            rest = path[2:]
            if len(rest) >= 2 and rest[0] == "columns":
                rest = ("columns", f"{column}.{rest[1]}", *rest[2:])
            path = ("tables", parent, *rest)
        return self._base.line(path)


def _error(policy: Policy, message: str, key_path: tuple, hint: str) -> PlanError:
    return PlanError(
        message, file=policy.file, line=policy.lines.line(key_path), path=".".join(map(str, key_path)), hint=hint
    )


def _free(base: str, taken: set[str]) -> str:
    name, i = base, 0
    while name.lower() in taken:
        i += 1
        name = f"{base}_{i}"
    return name


def _file_table(key: str, tables: tuple[FileTable, ...]) -> FileTable | None:
    low = key.lower()
    return next((t for t in tables if low == t.name.lower() or low == f"{SCHEMA}.{t.name}".lower()), None)


def _check(policy: Policy, key: str, table: FileTable, known: Table, catalog: Catalog, column: str) -> None:
    """Refuse what cannot be masked element by element: the wrong format, a key, or a rule on the whole column."""
    rules = policy.rules[key]
    first = next(spec for name, spec in rules.items() if name.startswith(column + "."))
    if table.format != "parquet":
        raise _error(
            policy,
            f"'{column}' of table '{table.name}' is a LIST; fields of its elements are masked one by one only in "
            "Parquet files, whose rows the run can number",
            first.key_path,
            f"convert '{table.name}' to Parquet, or write one rule for the whole column '{column}' (keep or null)",
        )
    clash = [c for c in ROW_COLUMNS if known.column(c) is not None] + (
        [f"{table.name}.{column}"] if catalog.table(SCHEMA, f"{table.name}.{column}") else []
    )
    if clash:
        raise _error(
            policy,
            f"table '{table.name}' has a column or table named {clash[0]!r}, which masking the elements of "
            f"'{column}' one by one needs for itself",
            first.key_path,
            f"rename it, or write one rule for the whole column '{column}'",
        )
    whole = next((name for name in rules if name.lower() == column.lower()), None)
    if whole is not None:
        raise _error(
            policy,
            f"the LIST column '{column}' is masked element by element (rules name its fields), so a rule for the "
            "whole column conflicts with them",
            rules[whole].key_path,
            f"give each field of '{column}' a rule (or leave them to unlisted:) and drop this one",
        )
    entry = policy.document.tables.get(key)
    declared = ([("primary_key",)] if entry and entry.primary_key else []) + [
        ("unique", i) for i in range(len(entry.unique) if entry else 0)
    ]
    for where in declared:
        cols = entry.primary_key if where[0] == "primary_key" else entry.unique[where[1]]
        named = next((c for c in cols if c.startswith(column + ".")), None)
        if named is not None:
            raise _error(
                policy,
                f"key column '{named}' is a field of the elements of the LIST column '{column}'; a key identifies "
                "a row of the table, and a list holds many",
                ("tables", key, *where),
                "declare keys on columns of the table itself",
            )


def split_lists(policy: Policy, tables: tuple[FileTable, ...], catalog: Catalog) -> tuple[Policy, Lists]:
    """The policy with every LIST-of-STRUCT field rule moved to its elements' table, and those tables."""
    lists: Lists = {}
    rules: dict[str, dict[str, RuleSpec]] = {}
    entries = dict(policy.document.tables)
    moved: dict[str, tuple[str, str]] = {}
    for key, own in policy.rules.items():
        rules[key] = own
        table = _file_table(key, tables)
        known = catalog.table(SCHEMA, table.name) if table else None
        heads = {name.split(".", 1)[0] for name in own if "." in name}
        listed = [c for c in known.columns if c.name in heads and list_fields(c)] if known else []
        for column in listed:
            _check(policy, key, table, known, catalog, column.name)
            fields = list_fields(column) or ()
            field_rules: dict[str, RuleSpec] = {}
            for name, spec in own.items():
                head, _, field = name.partition(".")
                if head != column.name:
                    continue
                if field not in fields:
                    raise _error(
                        policy,
                        f"the elements of the LIST column '{column.name}' of table '{table.name}' have no field "
                        f"'{field}'",
                        spec.key_path,
                        did_you_mean(field, list(fields)) or f"fields: {', '.join(fields)}",
                    )
                field_rules[field] = spec
            taken = {f.lower() for f in fields}
            row = _free("_dm_row", taken)
            pos = _free("_dm_pos", taken | {row.lower()})
            child = f"{table.name}.{column.name}"
            child_key = f"{key}.{column.name}"
            first = next(iter(field_rules.values()))
            kept = RuleSpec("keep", {}, first.key_path, first.line, via="the element's row and position")
            rules[key] = {n: s for n, s in rules[key].items() if not n.startswith(column.name + ".")}
            rules[key][column.name] = RuleSpec(
                "keep", {}, first.key_path, first.line, via=f"its row number: the elements are masked as '{child}'"
            )
            rules[child_key] = {**field_rules, row: kept, pos: dataclasses.replace(kept)}
            unlisted = getattr(policy.document.tables.get(key), "unlisted", None)
            # TablePolicy reads a bare None as 'null': leave the field out to fall back to defaults.unlisted.
            entries[child_key] = TablePolicy() if unlisted is None else TablePolicy(unlisted=unlisted)
            moved[child_key] = (key, column.name)
            lists.setdefault(table.name, {})[column.name] = ListColumn(column.name, child, fields, row, pos)
    if not lists:
        return policy, lists
    document = policy.document.model_copy(update={"tables": entries})
    return dataclasses.replace(policy, rules=rules, document=document, lines=_MovedLines(policy.lines, moved)), lists
