"""The statements a run is made of: schemas, staged and lookup tables, NOT NULL, the swap and the keys it re-creates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from sqlglot import exp

from datamask_sql.dialects.keys import TableShape, describe_key, index_statements, key_constraints, labelled

if TYPE_CHECKING:
    from datamask_sql.catalog.model import Column


class TableStatements:
    """The engine-neutral statements; each engine's dialect overrides those its engine spells otherwise."""

    # Whether CREATE/DROP/RENAME TABLE can run inside a transaction, making the swap atomic.
    transactional_ddl: ClassVar[bool] = False
    # Whether the engine enforces primary, unique and foreign keys, so re-creating them is worth it.
    enforces_constraints: ClassVar[bool] = False

    def create_schema(self, schema: str, database: str | None = None) -> exp.Expression:
        """CREATE SCHEMA IF NOT EXISTS [database.]schema."""
        where = exp.to_identifier(database) if database is not None else None
        return exp.Create(this=exp.Table(this=exp.to_identifier(schema), db=where), kind="SCHEMA", exists=True)

    def drop_table(self, table: exp.Table) -> exp.Expression:
        """DROP TABLE IF EXISTS."""
        return exp.Drop(tables=[table.copy()], kind="TABLE", exists=True)

    def create_table_as(
        self, table: exp.Table, select: exp.Select, keys: Sequence[exp.Expression] = ()
    ) -> exp.Expression:
        """CREATE TABLE ... AS SELECT, declaring the constraint nodes `keys` in the CREATE when there are any."""
        this = exp.Schema(this=table.copy(), expressions=list(keys)) if keys else table.copy()
        return exp.Create(this=this, kind="TABLE", expression=select)

    def keyed_stage(self, shape: TableShape) -> list[exp.Expression]:
        """The key constraints a staged table's CREATE TABLE ... AS SELECT declares itself, so that the swap does
        not add them; none by default (the swap adds every key, or copies into a target declared with them)."""
        return []

    def duplicate_key(self, error: BaseException, shape: TableShape) -> tuple[str, ...] | None:
        """The columns of the key of `shape` whose repeated value made a statement fail with `error`: a key
        keyed_stage declared refused a duplicate as the staged table was built. None for any other error."""
        return None

    def create_table(
        self, table: exp.Table, columns: list[tuple[str, exp.DataType]], primary_key: tuple[str, ...] = ()
    ) -> exp.Expression:
        """CREATE TABLE with NOT NULL columns and an optional primary key."""
        defs: list[exp.Expression] = [
            exp.ColumnDef(
                this=exp.to_identifier(name),
                kind=data_type.copy(),
                constraints=[exp.ColumnConstraint(kind=exp.NotNullColumnConstraint())],
            )
            for name, data_type in columns
        ]
        if primary_key:
            defs.append(exp.PrimaryKey(expressions=[exp.to_identifier(c) for c in primary_key]))
        return exp.Create(this=exp.Schema(this=table.copy(), expressions=defs), kind="TABLE")

    def insert_values(self, table: exp.Table, columns: list[str], rows: list[tuple[str | int, ...]]) -> exp.Expression:
        """INSERT INTO table (columns) VALUES literal rows."""
        values = exp.Values(expressions=[exp.Tuple(expressions=[exp.convert(v) for v in row]) for row in rows])
        target = exp.Schema(this=table.copy(), expressions=[exp.to_identifier(c) for c in columns])
        return exp.Insert(this=target, expression=values)

    def not_null(self, table: exp.Table, column: Column) -> list[exp.Expression]:
        """Make a column NOT NULL after a CTAS (which does not carry nullability)."""
        action = exp.AlterColumn(this=exp.to_identifier(column.name), allow_null=exp.false())
        return [exp.Alter(this=table.copy(), kind="TABLE", actions=[action])]

    def rename_table(self, table: exp.Table, new_name: str) -> exp.Expression:
        """Rename a table within its schema."""
        return exp.Alter(
            this=table.copy(), kind="TABLE", actions=[exp.AlterRename(this=exp.table_(exp.to_identifier(new_name)))]
        )

    def swap(self, pairs: list[tuple[exp.Table, exp.Table]]) -> list[exp.Expression]:
        """Replace each target by its staged table, atomically where the engine allows."""
        statements: list[exp.Expression] = [exp.Transaction()] if self.transactional_ddl else []
        # Previous targets may carry foreign keys between them: drop children (later pairs) first.
        statements += [self.drop_table(target) for _, target in reversed(pairs)]
        statements += [self.rename_table(stage, target.name) for stage, target in pairs]
        if self.transactional_ddl:
            statements.append(exp.Commit())
        return statements

    def swap_with_constraints(self, shapes: list[TableShape]) -> list[exp.Expression]:
        """Swap (`shapes` parents first), then add keys: old targets go children first, FKs after every rename."""
        statements: list[exp.Expression] = [exp.Transaction()] if self.transactional_ddl else []
        statements += [self.drop_table(s.target) for s in reversed(shapes)]
        statements += [self.rename_table(s.stage, s.target.name) for s in shapes]
        for foreign in (False, True):
            for shape in shapes:
                keys = key_constraints(shape, foreign=foreign)
                keys = keys[len(key_constraints(shape, foreign=False)) :] if foreign else keys
                statements += [
                    labelled(
                        exp.Alter(this=shape.target.copy(), kind="TABLE", actions=[exp.AddConstraint(expressions=[c])]),
                        describe_key(shape, c),
                    )
                    for c in keys
                ]
        statements += [s for shape in shapes for s in index_statements(shape, self.name)]
        if self.transactional_ddl:
            statements.append(exp.Commit())
        return statements
