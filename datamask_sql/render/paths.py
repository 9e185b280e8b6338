"""Source tables replaced by the data files they were read from, so compiled SQL reads files where they lie."""

from __future__ import annotations

import dataclasses

from sqlglot import exp

from datamask_sql.render.scripts import Rendered

Relations = dict[tuple[str, str], exp.Expression]


def _swap(node: exp.Expression, relations: Relations) -> exp.Expression:
    if isinstance(node, exp.Table) and (node.db, node.name) in relations:
        relation = relations[(node.db, node.name)].copy()
        alias = node.args.get("alias")
        if alias is not None:
            relation.set("alias", alias.copy())
        return relation
    return node


def read_from_paths(rendered: Rendered, relations: Relations) -> Rendered:
    """Every reference to a source table (schema, name) in `relations` replaced by its file relation."""
    scripts = tuple(
        dataclasses.replace(
            script,
            statements=tuple(dataclasses.replace(s, ast=s.ast.transform(_swap, relations)) for s in script.statements),
        )
        for script in rendered.scripts
    )
    return dataclasses.replace(rendered, scripts=scripts)
