"""Facts measured in the source for the planner: row counts, and whether likely relations' values are contained.

The planner is pure: what it needs to know about the data is measured here, over the live connection, with
statements built as ASTs and rendered for the source's dialect, and handed to it as plain data.
"""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.catalog.model import Catalog
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.dialects import MaskingDialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import PlanError
from datamask_sql.plan import Containment, Facts, likely_relations, scope_tables
from datamask_sql.policy import Policy
from datamask_sql.render import count_star, target_table

# Values of a likely reference compared with its key: enough to tell a reference from a coincidence, and a
# bound on what a plan reads from a large table (each sample is one indexed lookup per value into the key).
SAMPLE_ROWS = 10_000


def count_rows(
    conn: Connection, policy: Policy, catalog: Catalog, dialect: MaskingDialect, source_schema: str | None = None
) -> dict[str, int]:
    """COUNT(*) of every table the policy copies, keyed as the plan names tables (for collision risk)."""
    counts = {}
    for name, table in scope_tables(policy, catalog, source_schema).items():
        query = count_star(target_table(table.schema, table.name))
        counts[name] = int(conn.query(to_sql(dialect, query))[0][0])
    return counts


def containment_query(child: exp.Table, column: str, parent: exp.Table, key: str, rows: int) -> exp.Select:
    """SELECT sampled, matched: of up to `rows` non-NULL child.column values, how many parent.key holds."""
    value = exp.column(exp.to_identifier(column))
    sample = (
        exp.select(exp.alias_(value, exp.to_identifier("v")))
        .from_(child.copy())
        .where(exp.not_(exp.Is(this=value.copy(), expression=exp.null())))
        .limit(rows)
    )
    found = exp.column(exp.to_identifier(key), table=exp.to_identifier("p"))
    on = exp.EQ(this=exp.column(exp.to_identifier("v"), table=exp.to_identifier("s")), expression=found.copy())
    return (
        exp.select(
            exp.alias_(exp.Count(this=exp.Star()), exp.to_identifier("sampled")),
            exp.alias_(exp.Count(this=found), exp.to_identifier("matched")),
        )
        .from_(exp.alias_(exp.Subquery(this=sample), exp.to_identifier("s"), table=True))
        .join(exp.alias_(parent.copy(), exp.to_identifier("p"), table=True), on=on, join_type="LEFT")
    )


def relation_facts(
    conn: Connection,
    policy: Policy,
    catalog: Catalog,
    dialect: MaskingDialect,
    source_schema: str | None = None,
    rows: int = SAMPLE_ROWS,
) -> Facts:
    """Containment of every likely relation of the policy's scope, measured on a sample of `rows` values."""
    facts = {}
    for candidate in likely_relations(policy, catalog, source_schema):
        query = containment_query(
            target_table(*candidate.child), candidate.column, target_table(*candidate.parent), candidate.key, rows
        )
        try:
            sampled, matched = conn.query(to_sql(dialect, query))[0]
        except DRIVER_ERRORS:
            continue  # values the engine cannot compare are no evidence; the candidate is not proposed
        facts[candidate.ident] = Containment(int(sampled or 0), int(matched or 0))
    return facts


def duplicates_query(table: exp.Table, key: tuple[str, ...]) -> exp.Select:
    """SELECT COUNT(*) of the values of `key` (NULLs aside) that more than one row of `table` holds."""
    cols = [exp.column(exp.to_identifier(c)) for c in key]
    present = exp.and_(*(exp.not_(exp.Is(this=c.copy(), expression=exp.null())) for c in cols))
    repeated = (
        exp.select(*(c.copy() for c in cols))
        .from_(table.copy())
        .where(present)
        .group_by(*(c.copy() for c in cols))
        .having(exp.GT(this=exp.Count(this=exp.Star()), expression=exp.Literal.number(1)))
    )
    return exp.select(exp.Count(this=exp.Star())).from_(exp.alias_(exp.Subquery(this=repeated), "d", table=True))


def check_declared_keys(
    conn: Connection, policy: Policy, catalog: Catalog, dialect: MaskingDialect, source_schema: str | None = None
) -> None:
    """Fail, naming the table, when a key the policy declares (primary_key:, unique:) repeats a value in the data.

    The source records no such key, so nothing else holds the data to it: masking would keep the repeats."""
    for name, table in scope_tables(policy, catalog, source_schema).items():
        recorded = catalog.table(table.schema, table.name)
        for key in table.keys():
            if recorded is not None and key in recorded.keys():
                continue
            repeated = int(
                conn.query(to_sql(dialect, duplicates_query(target_table(table.schema, table.name), key)))[0][0]
            )
            if repeated:
                entry = policy.document.tables.get(name)
                where = "primary_key" if entry is not None and tuple(entry.primary_key or ()) == key else "unique"
                raise PlanError(
                    f"table '{name}': the declared key ({', '.join(key)}) is not unique in the data: "
                    f"{repeated:,} value(s) occur in more than one row",
                    file=policy.file,
                    line=policy.lines.line(("tables", name, where)),
                    path=f"tables.{name}.{where}",
                    hint="declare the columns that do identify a row, or de-duplicate the source",
                )
