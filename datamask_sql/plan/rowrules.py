"""Rules that read other rules of the same row: email's style: name and the fake picks it spells."""

from __future__ import annotations

from datamask_sql.plan.model import ColumnPlan, Ref
from datamask_sql.plan.scope import Scope
from datamask_sql.transforms.base import RowRule
from datamask_sql.transforms.emailnames import name_sources


def check_row_rules(scope: Scope, explicit: dict[tuple[Ref, str], ColumnPlan]) -> None:
    """Each email with style: name finds its name columns, and is on no column a relation joins on."""
    for (ref, name), cp in explicit.items():
        if cp.transform.name != "email" or cp.params.style != "name":
            continue
        path = scope.path(ref, "columns", name)
        where = f"{scope.show(ref)}.{name}"
        joined = [fk for fk in scope.foreign_keys.get(ref, []) if name in fk.columns] + [
            fk
            for other, fks in scope.foreign_keys.items()
            for fk in fks
            if (fk.ref_schema, fk.ref_table) == ref and name in fk.ref_columns
        ]
        if joined:
            raise scope.error(
                f"{where}: email with style: name spells each address from its own row's names, so the values a "
                "relation joins on would differ between the tables",
                path,
                "use the default style (digest) on columns in a foreign key or relation",
            )
        rules = {n: RowRule(p.transform.name, p.params, p.column) for (r, n), p in explicit.items() if r == ref}
        _, problem = name_sources(cp.params.first, cp.params.last, rules)
        if problem:
            raise scope.error(f"{where}: {problem}", path, "see 'style: name' in docs/transforms.md")
