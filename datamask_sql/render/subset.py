"""Subset plans -> keep-table statements and row filters (sqlglot ASTs; docs/relationships.md)."""

from __future__ import annotations

import itertools

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import ForeignKey
from datamask_sql.dialects import MaskingDialect, lit
from datamask_sql.plan import Plan, TablePlan
from datamask_sql.plan.subset import KEY_SEPARATOR, SAMPLE_BUCKETS, SAMPLE_DIGITS
from datamask_sql.render.statement import Statement
from datamask_sql.render.tables import keep_table, source_table
from datamask_sql.transforms.sqlexpr import bind_columns


def _col(alias: str, name: str) -> exp.Column:
    return exp.column(exp.to_identifier(name), table=exp.to_identifier(alias))


def _exists(table: exp.Table, alias: str, condition: exp.Expression) -> exp.Exists:
    inner = exp.select(lit(1)).from_(exp.alias_(table.copy(), exp.to_identifier(alias), table=True)).where(condition)
    return exp.Exists(this=inner)


class SubsetSQL:
    """Builds kept-row conditions for one plan in one dialect; aliases are unique per statement tree."""

    def __init__(self, plan: Plan, dialect: MaskingDialect) -> None:
        self.plan = plan
        self.dialect = dialect
        self._names = itertools.count(1)

    def alias(self) -> str:
        return f"_dm_s{next(self._names)}"

    def kept(self, table: TablePlan, alias: str) -> exp.Expression:
        """True when row `alias` of `table` is in the subset."""
        if table.subset.keep_columns:
            k = self.alias()
            on = exp.and_(*[exp.EQ(this=_col(k, c), expression=_col(alias, c)) for c in table.subset.keep_columns])
            return _exists(keep_table(table), k, on)
        return self.selection(table, alias)

    def reference_kept(self, fk: ForeignKey, alias: str) -> exp.Expression:
        """True when the reference `fk` of row `alias` is NULL (in any column) or points at a kept row."""
        parent = self.plan.referenced(fk)
        k = self.alias()
        on = exp.and_(*[exp.EQ(this=_col(k, r), expression=_col(alias, c)) for c, r in zip(fk.columns, fk.ref_columns)])
        nulls = [exp.Is(this=_col(alias, c), expression=exp.null()) for c in fk.columns]
        return exp.or_(*nulls, _exists(keep_table(parent), k, on))

    def sample(self, table: TablePlan, alias: str) -> exp.Expression:
        """hex_int(digest(key, 'subset:<table>', canonical key text), 1, 8) mod 10000 < round(percent*100)."""
        d = self.dialect
        texts: list[exp.Expression] = []
        for i, name in enumerate(table.source.primary_key):
            column = table.source.column(name)
            if i:
                texts.append(lit(KEY_SEPARATOR))
            texts.append(d.canonical_text(_col(alias, name), column.logical, column.data_type))
        message = d.concat(d.key(), lit(reference.domain_tag(table.subset.domain)), *texts)
        bucket = d.mod(d.hex_int(d.sha256_hex(message), 1, SAMPLE_DIGITS), SAMPLE_BUCKETS)
        return exp.LT(this=bucket, expression=lit(table.subset.threshold))

    def where(self, table: TablePlan, alias: str) -> exp.Expression:
        """The policy's predicate as the planner checked it, its columns bound to `alias`."""
        names = [c.name for c in table.source.columns]
        return exp.paren(bind_columns(table.subset.predicate, names, lambda name: _col(alias, name)))

    def selection(self, table: TablePlan, alias: str) -> exp.Expression:
        """The first-pass rule of a table's role (docs/relationships.md, 'Subsetting')."""
        subset = table.subset
        conditions: list[exp.Expression] = []
        if subset.role == "parent":
            refs = []
            for child_ref, fk in subset.referenced_by:
                child = self.plan.by_ref(child_ref)
                c = self.alias()
                on = exp.and_(
                    *[
                        exp.EQ(this=_col(c, col), expression=_col(alias, r))
                        for col, r in zip(fk.columns, fk.ref_columns)
                    ]
                )
                refs.append(_exists(source_table(child), c, exp.and_(on, self.kept(child, c))))
            return exp.or_(*refs) if refs else exp.false()
        if subset.role == "root":
            if subset.where is not None:
                conditions.append(self.where(table, alias))
            if subset.percent is not None:
                conditions.append(self.sample(table, alias))
        conditions += [exp.paren(self.reference_kept(fk, alias)) for fk in subset.parents]
        if subset.role == "child":
            present = [
                exp.and_(*[exp.not_(exp.Is(this=_col(alias, c), expression=exp.null())) for c in fk.columns])
                for fk in subset.parents
            ]
            conditions.append(exp.paren(exp.or_(*present)))
        return exp.and_(*conditions) if conditions else exp.true()

    def upward_pass(self, table: TablePlan) -> Statement:
        """INSERT the rows kept rows reference through a self-reference and that are not kept yet."""
        subset = table.subset
        r = self.alias()
        referenced = []
        for fk in subset.self_refs:
            c = self.alias()
            on = exp.and_(
                *[exp.EQ(this=_col(c, col), expression=_col(r, ref)) for col, ref in zip(fk.columns, fk.ref_columns)]
            )
            referenced.append(_exists(source_table(table), c, exp.and_(on, self.kept(table, c))))
        conditions = [exp.not_(self.kept(table, r)), exp.paren(exp.or_(*referenced))]
        conditions += [exp.paren(self.reference_kept(fk, r)) for fk in subset.parents]
        select = (
            exp.select(*[_col(r, c) for c in subset.keep_columns])
            .distinct()
            .from_(exp.alias_(source_table(table), exp.to_identifier(r), table=True))
            .where(exp.and_(*conditions))
        )
        target = exp.Schema(this=keep_table(table), expressions=[exp.to_identifier(c) for c in subset.keep_columns])
        return Statement(exp.Insert(this=target, expression=select), table.name, keep_table(table))

    def build_keep(self, table: TablePlan) -> list[Statement]:
        """Statements that collect a table's kept keys: first pass, then bounded upward passes."""
        subset = table.subset
        a = self.alias()
        select = (
            exp.select(*[_col(a, c) for c in subset.keep_columns])
            .distinct()
            .from_(exp.alias_(source_table(table), exp.to_identifier(a), table=True))
            .where(self.selection(table, a))
        )
        keep = keep_table(table)
        statements = [
            Statement(self.dialect.drop_table(keep)),
            Statement(self.dialect.create_table_as(keep, select), table.name, keep),
        ]
        if subset.self_refs:
            statements += [self.upward_pass(table) for _ in range(subset.passes)]
        return statements


def keep_order(plan: Plan) -> list[TablePlan]:
    """Keep tables are built roots and children first (parents-first), then parents (children-first), then followers."""
    subset = [t for t in plan.tables if t.subset is not None]
    first = [t for t in subset if t.subset.role in ("root", "child")]
    parents = [t for t in reversed(subset) if t.subset.role == "parent"]
    followers = [t for t in subset if t.subset.role == "follower"]
    return first + parents + followers


def nulled_reference(sql: SubsetSQL, fk: ForeignKey, alias: str, value: exp.Expression) -> exp.Expression:
    """`value` when the cycle-closing reference points at a kept row (or is NULL), else NULL."""
    return exp.Case(ifs=[exp.If(this=sql.reference_kept(fk, alias), true=value)], default=exp.null())
