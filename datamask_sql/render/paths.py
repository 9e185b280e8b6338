"""Source tables replaced by the data files they were read from, so compiled SQL reads files where they lie;
STRUCT columns masked field by field (catalog.nested) packed again in the tables built from them."""

from __future__ import annotations

import dataclasses

from sqlglot import exp

from datamask_sql.catalog.nested import Nesting, repacked
from datamask_sql.render.scripts import Rendered
from datamask_sql.render.statement import Statement

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


def repack_structs(rendered: Rendered, nesting: Nesting) -> Rendered:
    """Every table built from a file whose STRUCTs were read flat (`nesting`, by file table) built with them
    packed again (named_struct on Spark), so the masked table has the file's nested schema."""
    tables = {t.name: t for t in rendered.plan.tables if t.source.name in nesting}

    def repack(statement: Statement) -> Statement:
        table = tables.get(statement.table or "")
        query = statement.ast.args.get("expression")
        if table is None or not isinstance(statement.ast, exp.Create) or not isinstance(query, exp.Query):
            return statement
        names = tuple(c.name for c in table.columns)
        projection = repacked(rendered.dialect, names, nesting[table.source.name])
        select = exp.select(*projection).from_(
            exp.Subquery(this=query.copy(), alias=exp.TableAlias(this=exp.to_identifier("_dm_m")))
        )
        ast = statement.ast.copy()
        ast.set("expression", select)
        return dataclasses.replace(statement, ast=ast)

    scripts = tuple(
        dataclasses.replace(script, statements=tuple(repack(s) for s in script.statements))
        for script in rendered.scripts
    )
    return dataclasses.replace(rendered, scripts=scripts)
