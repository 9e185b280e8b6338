"""Masked tables written straight to files, and read back from them for verification.

A file run never builds a masked table in the engine: each table's masked SELECT is COPYed once into its
file(s) in the temporary sibling folder, and a view reads those files back, so verify checks what was
written, not what was meant to be. The CSV and JSON readers are given the planned column types: sniffing
could read a masked column back as another type (digits as a number, a date-shaped string as a DATE).
"""

from __future__ import annotations

import dataclasses

from sqlglot import exp

from datamask_sql.catalog.lists import ListColumn, Lists, children, gathered
from datamask_sql.catalog.nested import Nesting, repacked
from datamask_sql.dialects import get_dialect
from datamask_sql.fileoutput import Output
from datamask_sql.filereadback import read_back
from datamask_sql.plan import Plan, TablePlan
from datamask_sql.render import Rendered
from datamask_sql.render.scripts import Script
from datamask_sql.render.statement import Statement
from datamask_sql.render.tables import stage_table


def copy_out(
    out: Output,
    select: exp.Query,
    columns: tuple[str, ...],
    nested: dict[str, tuple[str, ...]],
    lists: dict[str, tuple[ListColumn, exp.Table]] | None = None,
) -> exp.Copy:
    """COPY (<masked SELECT>) TO <file or partition folder>, STRUCTs masked field by field packed again and LISTs
    masked element by element gathered again from their elements' built table (`lists`: column -> how, where)."""
    if nested or lists:
        masked = "_dm_masked"
        projection = repacked(get_dialect("duckdb"), columns, nested)
        for i, column in enumerate(projection):
            if lists and isinstance(column, exp.Column) and column.name in lists:
                how, elements = lists[column.name]
                gather = gathered(elements, masked, how)
                projection[i] = exp.alias_(gather, exp.to_identifier(column.name))
        select = exp.select(*projection).from_(exp.alias_(exp.Subquery(this=select), masked, table=True))
    return exp.Copy(
        this=exp.Subquery(this=select), kind=False, files=[exp.Literal.string(str(out.dest))], params=list(out.params)
    )


def elements_of(plan: Plan, lists: Lists | None, name: str) -> dict[str, tuple[ListColumn, TablePlan]]:
    """Table `name`'s LIST columns masked element by element: column -> (how, its elements' planned table)."""
    return {c: (lc, plan.table(lc.child)) for c, lc in ((lists or {}).get(name) or {}).items()}


def write_directly(
    rendered: Rendered, written: dict[str, Output], nesting: Nesting | None, lists: Lists | None = None
) -> Rendered:
    """The rendered run with each table's build replaced by a COPY of its masked SELECT to its files and their
    read-back (what the run counts and verifies); nothing to swap: the folder is renamed instead.

    The elements' tables of LIST columns are still built (and verified) in the engine, first: their parents'
    COPY gathers each list from them."""
    plan = rendered.plan
    inner = children(lists or {})
    built = [s for s in rendered.scripts if s.kind == "table" and s.table in inner]
    scripts: list[Script] = []
    for script in rendered.scripts:
        if script.kind == "swap" or (script.kind == "table" and script.table in inner):
            continue
        if script.kind != "table":
            scripts.append(script)
            continue
        if built:
            scripts += built  # before the first table written: any may be a parent
            built = []
        table = plan.table(script.table)
        stage = stage_table(table.target_schema, table.name, table.target_database)
        nested = (nesting or {}).get(table.source.name) or {}
        gathered_from = {
            c: (lc, stage_table(child.target_schema, child.name, child.target_database))
            for c, (lc, child) in elements_of(plan, lists, table.source.name).items()
        }
        statements: list[Statement] = []
        for s in script.statements:
            if s.fills is None:
                # Drops and ALTERs of the stage table have nothing to act on: the rows go to files (whose columns
                # DuckDB's views record as nullable, so no NOT NULL is lost).
                if not any(t.name == stage.name and t.db == stage.db for t in s.ast.find_all(exp.Table)):
                    statements.append(s)
                continue
            names = tuple(c.name for c in table.columns)
            out = written[table.name]
            statements.append(Statement(copy_out(out, s.ast.expression, names, nested, gathered_from)))
            elements = elements_of(plan, lists, table.source.name)
            statements.append(Statement(read_back(out, table, nested, elements), s.table, stage))
        scripts.append(dataclasses.replace(script, statements=tuple(statements)))
    # The read-back of a Parquet output is a view: dropped as one after a failure.
    views = [
        stage_table(t.target_schema, t.name, t.target_database)
        for t in plan.tables
        if t.name in written and written[t.name].chosen == "parquet"
    ]
    abort = tuple(
        exp.Drop(tables=[a.args["tables"][0].copy()], kind="VIEW", exists=True)
        if isinstance(a, exp.Drop) and (a.args.get("tables") or [None])[0] in views
        else a
        for a in rendered.abort
    )
    return dataclasses.replace(rendered, scripts=tuple(scripts), abort=abort)
