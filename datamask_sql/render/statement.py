"""One statement to emit, and what it fills: the runner's whole contract with the renderer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from datamask_sql.dialects import MaskingDialect
from datamask_sql.dialects.refresh import META_TABLE

# datamask-sql's own tables (staging, old, keep, lookup) all start with this; they are never source tables.
OWN_PREFIX = "_dm_"
# Nor is the state table every target schema holds (its name says what it is to whoever lists the schema).
OWN_NAMES = (META_TABLE,)
# Statements that write rows into the one table they name first (MERGE INTO t, DELETE FROM t, UPDATE t).
ROW_WRITES = (exp.Merge, exp.Delete, exp.Update)

# A table as (qualifier, name): the qualifier is `schema` or `catalog.schema`; a schema itself is (schema, "").
Name = tuple[str, str]


@dataclass(frozen=True)
class Statement:
    """A statement AST; when it fills a table (CTAS, INSERT), which one and for which planned table."""

    ast: exp.Expression
    # The planned table (as Plan names it) this statement builds rows for.
    table: str | None = None
    # The table the statement writes rows into, counted after it runs.
    fills: exp.Table | None = None
    # What the statement re-creates ('index payment_by_customer of masked.payment'), named if it fails.
    label: str | None = None


def _name(table: exp.Table) -> Name:
    return ".".join(p for p in (table.catalog, table.db) if p), table.name


def _tables(node: exp.Expression | None) -> list[exp.Table]:
    if isinstance(node, (exp.Schema, exp.Index)):
        node = node.this if isinstance(node, exp.Schema) else node.args.get("table")
    return [node] if isinstance(node, exp.Table) else []


def _written_nodes(ast: exp.Expression) -> list[exp.Table]:
    """The table nodes a statement creates, drops, alters, fills or renames (Commands aside)."""
    if isinstance(ast, ROW_WRITES):
        return _tables(ast.this)
    if isinstance(ast, (exp.Create, exp.Insert, exp.Alter)):
        found = _tables(ast.this)
        if isinstance(ast, exp.Alter):
            found += [
                t for a in ast.args.get("actions") or [] if isinstance(a, exp.AlterRename) for t in _tables(a.this)
            ]
        return found
    if isinstance(ast, exp.Drop):
        return [t for node in (ast.args.get("tables") or [ast.this]) for t in _tables(node)]
    if isinstance(ast, (exp.Transaction, exp.Commit, exp.Rollback, exp.Query, exp.Set)):
        return []
    if isinstance(ast, exp.Copy) and not ast.args.get("kind"):
        return []  # COPY (query) TO a file writes no table
    # Anything else is assumed to write every table it names.
    return list(ast.find_all(exp.Table))


def tables_written(ast: exp.Expression, dialect: MaskingDialect) -> tuple[Name, ...]:
    """Every table (or schema) a statement writes; a renamed-to name without a schema stays in the old one."""
    if isinstance(ast, exp.Command):
        names = dialect.qualified_names(ast.sql(dialect=dialect.sqlglot_dialect, identify=True))
        return tuple((".".join(parts[:-1]), parts[-1]) for parts in names)
    if isinstance(ast, exp.Create) and (ast.args.get("kind") or "").upper() == "SCHEMA":
        return tuple((".".join(p for p in (t.db, t.name) if p), "") for t in _tables(ast.this))
    names = [_name(t) for t in _written_nodes(ast)]
    # ALTER TABLE s.a RENAME TO b keeps b in schema s.
    return tuple((q or (names[0][0] if names else ""), n) for q, n in names)


def tables_read(ast: exp.Expression) -> tuple[Name, ...]:
    """Qualified tables the statement's query reads, datamask-sql's own helper tables left out."""
    if isinstance(ast, ROW_WRITES):
        written = set(map(id, _tables(ast.this)))
        found = [t for t in ast.find_all(exp.Table) if id(t) not in written]
    else:
        query = ast if isinstance(ast, exp.Query) else ast.args.get("expression")
        if isinstance(ast, exp.Copy) and not ast.args.get("kind"):
            query = ast.this.this if isinstance(ast.this, exp.Subquery) else None
        if not isinstance(query, exp.Query):
            return ()
        found = list(query.find_all(exp.Table))
    own = lambda t: t.name.startswith(OWN_PREFIX) or t.name in OWN_NAMES  # noqa: E731
    return tuple(sorted({_name(t) for t in found if t.db and not own(t)}))
