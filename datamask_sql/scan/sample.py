"""Value match rates measured inside the warehouse: one aggregate query per table over a bounded sample.

Only counts leave the engine: how many of the sampled non-NULL values pass each detector. No value is read
into Python, so none can be printed, logged or written into a draft policy.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from sqlglot import exp

from datamask_sql.catalog.model import Table
from datamask_sql.connection import DRIVER_ERRORS, Connection
from datamask_sql.dialects import MaskingDialect, lit
from datamask_sql.emit.sql import to_sql
from datamask_sql.render import target_table
from datamask_sql.scan.values import (
    FORM_PREFIXES,
    NAMES,
    TEXT,
    Detector,
    Forms,
    derived_forms,
    detectors_for,
    gated,
    names_cte,
)

# Rows read per table: enough for a rate to separate 'most values are emails' from 'a few are', and a bound on
# what a scan of a large warehouse costs (the first rows the engine returns; no sort, no full scan).
SAMPLE_ROWS = 1000


@dataclass(frozen=True)
class ColumnRates:
    """Of `sampled` non-NULL values of one column, the share each detector matched (detector -> rate)."""

    sampled: int
    rates: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class TableRates:
    """What one table's sample measured, or why nothing was (`error`: the engine refused the query)."""

    rows: int
    columns: dict[str, ColumnRates]
    error: str | None = None


def _when(test: exp.Expression) -> exp.Expression:
    return exp.Sum(this=exp.Case(ifs=[exp.If(this=test, true=lit(1))], default=lit(0)))


def rates_query(
    table: Table,
    dialect: MaskingDialect,
    rows: int = SAMPLE_ROWS,
    year: int | None = None,
    chosen: dict[str, tuple[Detector, ...]] | None = None,
) -> tuple[exp.Expression, list[tuple[str, str | None]]]:
    """The aggregate over a sample of `rows` rows, and what each output column counts: (column, detector),
    detector None for the column's non-NULL count; the first output is the sample's row count.

    `chosen`: the detectors to run per column (the second pass); default, the first pass on every column."""
    year = year or datetime.date.today().year
    # The sample names its columns v0, d0, u0, ... (value and its derived forms, values.FORM_PREFIXES): a
    # customer's column names never need to survive a second level of quoting.
    picked: list[exp.Expression] = []
    outputs: list[exp.Expression] = [exp.Count(this=exp.Star())]
    meaning: list[tuple[str, str | None]] = []
    uses_names = False
    for i, column in enumerate(table.columns):
        tests = detectors_for(column.logical) if chosen is None else chosen.get(column.name, ())
        if not tests:
            continue
        raw: exp.Expression = exp.column(exp.to_identifier(column.name))
        if column.logical == "char":
            raw = dialect.char_value(raw)
        picked.append(exp.alias_(raw, exp.to_identifier(f"v{i}")))
        forms = Forms(*(exp.column(exp.to_identifier(f"{p}{i}"), table=exp.to_identifier("s")) for p in FORM_PREFIXES))
        if chosen is not None and column.logical in TEXT:
            derived = derived_forms(dialect, raw)
            picked += [exp.alias_(e, exp.to_identifier(f"{p}{i}")) for p, e in zip(FORM_PREFIXES[1:], derived)]
        outputs.append(exp.Count(this=forms.value))
        meaning.append((column.name, None))
        for det in tests:
            outputs.append(_when(det.test(dialect, forms, year)))
            meaning.append((column.name, det.name))
            uses_names |= det.name.endswith("_list")
    if not picked:
        picked = [exp.Literal.number(1)]
    # Built in place (copy=False): the tests are large trees, and every builder call would copy them all.
    sample = exp.select(*picked, copy=False).from_(target_table(table.schema, table.name), copy=False)
    sample = sample.limit(rows, copy=False)
    query = exp.select(*outputs, copy=False)
    query = query.from_(exp.alias_(exp.Subquery(this=sample), exp.to_identifier("s"), table=True), copy=False)
    if uses_names:
        names = exp.alias_(exp.Subquery(this=names_cte()), exp.to_identifier(NAMES), table=True)
        query = query.join(names, join_type="CROSS", copy=False)
    return query, meaning


def _counts(conn: Connection, dialect: MaskingDialect, query: exp.Expression, meaning: list) -> tuple[int, dict]:
    result = conn.query(to_sql(dialect, query))[0]
    counts: dict[str, dict[str | None, int]] = {}
    for (column, det), value in zip(meaning, result[1:]):
        counts.setdefault(column, {})[det] = int(value or 0)
    return int(result[0] or 0), counts


def measure_table(conn: Connection, table: Table, dialect: MaskingDialect, rows: int = SAMPLE_ROWS) -> TableRates:
    """Match rates of every detector on every column of `table` that one applies to: a first pass with every
    check-digit test reduced to its shape, then those tests on the columns where some value had the shape."""
    try:
        sampled, counts = _counts(conn, dialect, *rates_query(table, dialect, rows))
        second = {
            c.name: tuple(det for det in gated(c.logical) if counts.get(c.name, {}).get(det.name))
            for c in table.columns
        }
        second = {name: dets for name, dets in second.items() if dets}
        if second:
            _, checked = _counts(conn, dialect, *rates_query(table, dialect, rows, chosen=second))
            for name, found in checked.items():
                found.pop(None)
                counts[name] |= found
    except DRIVER_ERRORS as exc:
        # The engine's text may quote a value; only its kind is kept.
        return TableRates(0, {}, error=f"values not measured ({type(exc).__name__})")
    columns = {}
    for column, found in counts.items():
        n = found.pop(None)
        # A shape nobody checked further is no evidence: only the check-digit test's own rate counts.
        rates = {det: (k / n if n else 0.0) for det, k in found.items()}
        checked_here = {det.name for det in second.get(column, ())}
        for det in gated("text"):
            if det.name in rates and det.name not in checked_here:
                rates[det.name] = 0.0
        columns[column] = ColumnRates(n, rates)
    return TableRates(sampled, columns)
