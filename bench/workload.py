"""The benchmark's table, policy and reference statements (plain copy, keyed-hash floor), per engine."""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.dialects import MaskingDialect
from datamask_sql.render.select import keyed_digest

TABLE = "people"
# Column, declared type, generator over the row number i (DuckDB spelling; the others below).
COLUMNS = (
    ("id", "BIGINT"),
    ("first_name", "VARCHAR(40)"),
    ("last_name", "VARCHAR(40)"),
    ("email", "VARCHAR(80)"),
    ("phone", "VARCHAR(20)"),
    ("birth_date", "DATE"),
    ("balance", "DECIMAL(12,2)"),
    ("code", "VARCHAR(12)"),
    ("card", "VARCHAR(19)"),
)
# The realistic policy: fake names, email, digits on a phone, a per-entity date shift, hash on a
# code, a partial card and noise; first names have 5k distinct values and last names 20k.
RULES = {
    "id": "keep",
    "first_name": "{transform: fake, kind: first_name}",
    "last_name": "{transform: fake, kind: last_name}",
    "email": "email",
    "phone": "digits",
    "birth_date": "{transform: date_shift, days: 180, per: id}",
    "balance": "{transform: noise, percent: 10}",
    "code": "{transform: hash, length: 12}",
    "card": "{transform: partial, keep_last: 4}",
}
MASKED = tuple(name for name, rule in RULES.items() if rule != "keep")
# Row generators, one per engine; `i` counts from 0. Same values on every engine.
_VALUES = {
    "duckdb": (
        "SELECT i, 'First' || (i * 7919 % 5000), 'Last' || (i * 104729 % 20000), 'user' || i || '@corp.example', "
        "'+1 (555) ' || lpad(CAST(i * 7919 % 10000000 AS VARCHAR), 7, '0'), "
        "DATE '1950-01-01' + CAST(i * 37 % 20000 AS INT), CAST(i * 7919 % 10000000 AS DECIMAL(12,2)) / 100, "
        "'C' || lpad(CAST(i % 100000000 AS VARCHAR), 8, '0'), "
        "lpad(CAST(i * 104729 % 10000000000000000 AS VARCHAR), 16, '0') FROM range({rows}) t(i)"
    ),
    "postgres": (
        "SELECT i, 'First' || (i * 7919 % 5000), 'Last' || (i * 104729 % 20000), 'user' || i || '@corp.example', "
        "'+1 (555) ' || lpad((i * 7919 % 10000000)::text, 7, '0'), "
        "DATE '1950-01-01' + (i * 37 % 20000)::int, (i * 7919 % 10000000)::numeric(12,2) / 100, "
        "'C' || lpad((i % 100000000)::text, 8, '0'), "
        "lpad((i * 104729 % 10000000000000000)::text, 16, '0') FROM generate_series(0::bigint, {rows} - 1) AS t(i)"
    ),
    "mysql": (
        "SELECT seq, CONCAT('First', seq * 7919 % 5000), CONCAT('Last', seq * 104729 % 20000), "
        "CONCAT('user', seq, '@corp.example'), CONCAT('+1 (555) ', LPAD(seq * 7919 % 10000000, 7, '0')), "
        "DATE '1950-01-01' + INTERVAL (seq * 37 % 20000) DAY, (seq * 7919 % 10000000) / 100, "
        "CONCAT('C', LPAD(seq % 100000000, 8, '0')), LPAD(seq * 104729 % 10000000000000000, 16, '0') "
        "FROM seq_0_to_{last}"
    ),
    "spark": (
        "SELECT id, concat('First', id * 7919 % 5000), concat('Last', id * 104729 % 20000), "
        "concat('user', id, '@corp.example'), concat('+1 (555) ', lpad(CAST(id * 7919 % 10000000 AS STRING), 7, '0')), "
        "date_add(DATE '1950-01-01', CAST(id * 37 % 20000 AS INT)), "
        "CAST(CAST(id * 7919 % 10000000 AS DECIMAL(12,0)) / 100 AS DECIMAL(12,2)), "
        "concat('C', lpad(CAST(id % 100000000 AS STRING), 8, '0')), "
        "lpad(CAST(id * 104729 % 10000000000000000 AS STRING), 16, '0') FROM range({rows})"
    ),
}


def policy_text(source: str, target: str) -> str:
    """The benchmark policy for source and target schemas."""
    rules = "".join(f"      {name}: {rule}\n" for name, rule in RULES.items())
    return (
        f"version: 1\nsource: {{schema: {source}}}\ntarget: {{schema: {target}}}\n"
        f"tables:\n  {TABLE}:\n    columns:\n{rules}"
    )


def build_statements(engine: str, schema: str, rows: int) -> list[str]:
    """Statements that create `schema`.people with `rows` generated rows (a primary key where the engine has one)."""
    rows = int(rows)  # the row count is the one value written into these statements
    table = f"{schema}.{TABLE}"
    if engine == "spark":
        names = ", ".join(name for name, _ in COLUMNS)
        return [
            f"CREATE SCHEMA IF NOT EXISTS {schema}",
            f"CREATE TABLE {table} USING parquet AS SELECT * FROM ({_VALUES[engine].format(rows=rows)}) AS t({names})",
        ]
    columns = ", ".join(f"{name} {type_}{' NOT NULL PRIMARY KEY' if name == 'id' else ''}" for name, type_ in COLUMNS)
    values = _VALUES[engine].format(rows=rows, last=rows - 1)
    return [
        f"CREATE SCHEMA IF NOT EXISTS {schema}",
        f"CREATE TABLE {table} ({columns})",
        f"INSERT INTO {table} {values}",
    ]


@dataclass(frozen=True)
class Reference:
    """A plain CTAS copy and the keyed-hash floor (one keyed SHA-256 per masked cell) as statements."""

    copy: exp.Expression
    floor: exp.Expression


def references(
    dialect: MaskingDialect, schema: str, logicals: dict[str, str], types: dict[str, exp.DataType]
) -> Reference:
    """CTAS statements into `schema`.copy_people and `schema`.floor_people reading `schema`.people."""
    source = exp.table_(exp.to_identifier(TABLE), db=exp.to_identifier(schema))

    def ctas(name: str, select: exp.Select) -> exp.Expression:
        target = exp.table_(exp.to_identifier(name), db=exp.to_identifier(schema))
        return dialect.create_table_as(target, select)

    cells = []
    for name, _ in COLUMNS:
        column = exp.column(exp.to_identifier(name))
        if name in MASKED:
            canonical = dialect.canonical_text(column, logicals[name], types[name])
            tag = exp.Literal.string(reference.domain_tag(name))
            column = exp.alias_(keyed_digest(dialect, canonical, tag), exp.to_identifier(name))
        cells.append(column)
    copy = ctas(f"copy_{TABLE}", exp.select("*").from_(source))
    floor = ctas(f"floor_{TABLE}", exp.select(*cells).from_(source.copy()))
    return Reference(copy, floor)
