"""The statements a refresh is made of: the state table, the merge of changed rows, the delete of gone ones."""

from __future__ import annotations

from typing import ClassVar

from sqlglot import exp

from datamask_sql.sqltypes import build_type

# The table in every target schema recording, per target table, which key, rules and algorithm built it and the
# watermark of its last refresh. Its name says what it is to whoever lists the target schema.
META_TABLE = "_datamask_meta"
# (column, type, may be NULL): one row per target table.
META_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("table_name", "VARCHAR(255)", False),
    ("key_fingerprint", "VARCHAR(64)", False),
    ("rules_sha256", "VARCHAR(64)", False),
    ("algorithm", "VARCHAR(16)", False),
    ("mode", "VARCHAR(16)", False),
    ("cursor_column", "VARCHAR(255)", True),
    ("watermark", "VARCHAR(255)", True),
    ("built_at", "VARCHAR(40)", True),
)
STAGE_ALIAS, TARGET_ALIAS, KEYS_ALIAS = "_dm_s", "_dm_t", "_dm_k"


def _col(name: str, table: str | None = None) -> exp.Column:
    return exp.column(exp.to_identifier(name), table=exp.to_identifier(table) if table else None)


def _matches(key: tuple[str, ...], left: str, right: str | exp.Table) -> exp.Expression:
    other = right.name if isinstance(right, exp.Table) else right
    return exp.and_(*[exp.EQ(this=_col(k, left), expression=_col(k, other)) for k in key])


class RefreshStatements:
    """The engine-neutral refresh statements (MERGE); engines without MERGE override merge_rows."""

    # Whether merge_rows needs the key to be a primary or unique key of the target (an upsert on conflict).
    merge_needs_unique_key: ClassVar[bool] = False
    # Whether the engine can roll back the merge, the delete and the state update together.
    transactional_merge: ClassVar[bool] = True
    # Whether one transaction may delete a child row and then the parent row it referenced (DuckDB cannot: its
    # foreign keys then do not reference a parent a refresh deletes rows of; verify still checks the joins).
    deletes_referenced_in_transaction: ClassVar[bool] = True
    # Whether a plain table takes DELETE (Spark's file-based tables do not: their state rows are appended and the
    # latest row of a table is the one read).
    deletes_rows: ClassVar[bool] = True

    def meta_table(self, schema: str, database: str | None = None) -> exp.Table:
        """The state table of a target schema (in `database` where the target lives in another one)."""
        catalog = exp.to_identifier(database) if database is not None else None
        return exp.table_(exp.to_identifier(META_TABLE), db=exp.to_identifier(schema), catalog=catalog)

    def create_meta(self, schema: str, database: str | None = None) -> exp.Expression:
        """CREATE TABLE IF NOT EXISTS for the state table (its rows outlive every run)."""
        defs: list[exp.Expression] = [
            exp.ColumnDef(
                this=exp.to_identifier(name),
                kind=build_type(kind),
                constraints=[] if nullable else [exp.ColumnConstraint(kind=exp.NotNullColumnConstraint())],
            )
            for name, kind, nullable in META_COLUMNS
        ]
        if self.enforces_constraints:
            # Only where the engine enforces it: Spark refuses the clause, and elsewhere it would be a mere comment.
            defs.append(exp.PrimaryKey(expressions=[exp.to_identifier("table_name")]))
        return exp.Create(
            this=exp.Schema(this=self.meta_table(schema, database), expressions=defs), kind="TABLE", exists=True
        )

    def merge_rows(
        self, target: exp.Table, stage: exp.Table, key: tuple[str, ...], columns: tuple[str, ...]
    ) -> list[exp.Expression]:
        """Insert the staged rows the target lacks, update those it has (matched by `key`)."""
        rest = [c for c in columns if c not in key]
        whens = []
        if rest:
            sets = [exp.EQ(this=_col(c), expression=_col(c, STAGE_ALIAS)) for c in rest]
            whens.append(exp.When(matched=True, then=exp.Update(expressions=sets)))
        insert = exp.Insert(
            this=exp.Tuple(expressions=[_col(c) for c in columns]),
            expression=exp.Tuple(expressions=[_col(c, STAGE_ALIAS) for c in columns]),
        )
        whens.append(exp.When(matched=False, then=insert))
        merge = exp.Merge(
            this=exp.alias_(target.copy(), exp.to_identifier(TARGET_ALIAS), table=True),
            using=exp.alias_(stage.copy(), exp.to_identifier(STAGE_ALIAS), table=True),
            on=_matches(key, TARGET_ALIAS, STAGE_ALIAS),
            whens=exp.Whens(expressions=whens),
        )
        return [merge]

    def delete_missing(self, target: exp.Table, keys: exp.Select, key: tuple[str, ...]) -> exp.Expression:
        """DELETE the target rows whose key `keys` (the masked keys of every source row) no longer holds."""
        found = (
            exp.select(exp.Literal.number(1))
            .from_(exp.alias_(exp.Subquery(this=keys), exp.to_identifier(KEYS_ALIAS), table=True))
            .where(_matches(key, KEYS_ALIAS, target))
        )
        return exp.Delete(this=target.copy(), where=exp.Where(this=exp.Not(this=exp.Exists(this=found))))

    def begin(self) -> exp.Expression:
        """The statement opening the refresh's transaction."""
        return exp.Transaction()
