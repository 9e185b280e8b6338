"""Reading what a command works on: the policy, the catalog of its source, and row counts where it is live."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from datamask_sql.catalog import Catalog, introspect, load_catalog
from datamask_sql.connection import Connection, connect, dialect_of_url, is_url
from datamask_sql.dialects import MaskingDialect, default_schema, get_dialect
from datamask_sql.emit import to_sql
from datamask_sql.errors import DatamaskError
from datamask_sql.plan import scope_tables
from datamask_sql.policy import Policy, load_policy
from datamask_sql.render import count_star, target_table
from datamask_sql.secret import MaskingKey


@dataclass(frozen=True)
class Inputs:
    """A loaded policy, the catalog of its source, and row counts where the source is live."""

    policy: Policy
    catalog: Catalog
    row_counts: dict[str, int] | None = None


def resolve_dialect(source: str, dialect: str | None) -> MaskingDialect:
    """The output dialect: as given, else the source engine's own."""
    if dialect:
        return get_dialect(dialect)
    if is_url(source):
        return get_dialect(dialect_of_url(source))
    raise DatamaskError(
        "a schema file does not say which engine the SQL is for: name the output dialect",
        hint="e.g. postgres",
        option="dialect",
    )


@contextmanager
def open_source(
    source: str, connection: Connection | None = None, *, read_only: bool = True, key: MaskingKey | None = None
) -> Iterator[Connection | None]:
    """The live connection to read the source through (None for a schema file); opened here, closed here.

    `key` opens it holding the masking key where the engine takes it at connect time (unlogged)."""
    if connection is not None or not is_url(source):
        yield connection
        return
    conn = connect(source, read_only=read_only, key=key)
    try:
        yield conn
    finally:
        conn.close()


def load_inputs(
    policy_path: Path | str,
    source: str,
    conn: Connection | None,
    *,
    dialect: MaskingDialect,
    source_dialect: str | None = None,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
) -> Inputs:
    """Load the policy, then the catalog: introspected with row counts over `conn`, or read from a schema file.

    `allow_paths`: folders besides the policy's own that the files it names may be in."""
    policy = load_policy(policy_path, allow_paths)
    if conn is None:
        read_as = source_dialect or dialect.sqlglot_dialect
        schema = policy.source_schema or default_schema(read_as) or "public"
        return Inputs(policy, load_catalog(source, dialect=read_as, default_schema=schema))
    catalog = introspect(conn)
    return Inputs(policy, catalog, count_rows(conn, policy, catalog, get_dialect(conn.dialect), source_schema))


def read_inputs(
    policy_path: Path | str,
    source: str,
    dialect: str | None,
    source_dialect: str | None,
    source_schema: str | None,
    allow_paths: Iterable[Path | str],
) -> tuple[MaskingDialect, Inputs]:
    """The output dialect and the inputs, read over a connection opened and closed here (compile and plan)."""
    target = resolve_dialect(source, dialect)
    with open_source(source) as conn:
        inputs = load_inputs(
            policy_path,
            source,
            conn,
            dialect=target,
            source_dialect=source_dialect,
            source_schema=source_schema,
            allow_paths=allow_paths,
        )
    return target, inputs


def count_rows(
    conn: Connection, policy: Policy, catalog: Catalog, dialect: MaskingDialect, source_schema: str | None = None
) -> dict[str, int]:
    """COUNT(*) of every table the policy copies, keyed as the plan names tables (for collision risk)."""
    counts = {}
    for name, table in scope_tables(policy, catalog, source_schema).items():
        query = count_star(target_table(table.schema, table.name))
        counts[name] = int(conn.query(to_sql(dialect, query))[0][0])
    return counts


__all__ = ["Inputs", "count_rows", "load_inputs", "open_source", "read_inputs", "resolve_dialect"]
