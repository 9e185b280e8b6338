"""Reading what a command works on: the policy, the catalog of its source, and row counts where it is live."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from datamask_sql.catalog import Catalog, introspect, load_catalog
from datamask_sql.catalog.files import FILES_URL, open_files
from datamask_sql.catalog.filesources import discover, is_file_source
from datamask_sql.catalog.lists import Lists, children, list_views
from datamask_sql.catalog.nested import Nesting, nest_views
from datamask_sql.connection import Connection, connect, dialect_of_url, is_url
from datamask_sql.dialects import MaskingDialect, default_schema, get_dialect
from datamask_sql.errors import DatamaskError
from datamask_sql.measure import check_declared_keys, count_rows, relation_facts
from datamask_sql.plan import Facts, scope_tables
from datamask_sql.plan.listfields import split_lists
from datamask_sql.policy import Policy, load_policy
from datamask_sql.secret import MaskingKey


@dataclass(frozen=True)
class Inputs:
    """A loaded policy, the catalog of its source, and row counts where the source is live."""

    policy: Policy
    catalog: Catalog
    row_counts: dict[str, int] | None = None
    # Containment of likely relations, when measured (a live source); None: not measured.
    facts: Facts | None = None
    # File sources: the STRUCT columns flattened because the policy addresses their fields (catalog.nested).
    nesting: Nesting = dataclasses.field(default_factory=dict)
    # File sources: the LIST of STRUCT columns masked element by element, as tables of their own (catalog.lists).
    lists: Lists = dataclasses.field(default_factory=dict)


def resolve_dialect(source: str, dialect: str | None, source_dialect: str | None = None) -> MaskingDialect:
    """The output dialect: as given, else the source engine's own (a URL's, or the dialect a file is read in)."""
    if dialect:
        return get_dialect(dialect)
    if is_url(source):
        return get_dialect(dialect_of_url(source))
    if is_file_source(source):
        return get_dialect("duckdb")
    if source_dialect:
        return get_dialect(source_dialect)
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
    if connection is None and is_file_source(source):
        conn = open_files(discover(source))
    elif connection is not None or not is_url(source):
        yield connection
        return
    else:
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
    measure: bool = False,
) -> Inputs:
    """Load the policy, then the catalog: introspected with row counts over `conn`, or read from a schema file.

    `allow_paths`: folders besides the policy's own that the files it names may be in; `measure`: also
    measure, over `conn`, whether the values of likely relations are contained in their keys."""
    policy = load_policy(policy_path, allow_paths)
    files = conn is not None and conn.url.startswith(FILES_URL)
    file_tables = discover(source) if files else ()
    if files and policy.source_schema is not None:
        # Files have no schema: one policy masks a database and its exports, so its source.schema is the database's.
        source = policy.document.source.model_copy(update={"schema_": None})
        policy = dataclasses.replace(policy, document=policy.document.model_copy(update={"source": source}))
    if conn is None:
        read_as = source_dialect or dialect.sqlglot_dialect
        schema = policy.source_schema or default_schema(read_as) or "public"
        return Inputs(policy, load_catalog(source, dialect=read_as, default_schema=schema))
    catalog = introspect(conn)
    nesting = nest_views(conn, policy, file_tables, catalog) if files else {}
    policy, lists = split_lists(policy, file_tables, catalog) if files else (policy, {})
    list_views(conn, file_tables, catalog, nesting, lists)
    if nesting or lists:
        catalog = introspect(conn)
    engine = get_dialect(conn.dialect)
    check_declared_keys(conn, policy, catalog, engine, source_schema)
    if conn.url.startswith(FILES_URL):
        catalog = _keyless_note(policy, catalog, source_schema, children(lists))
    facts = relation_facts(conn, policy, catalog, engine, source_schema) if measure else None
    counts = count_rows(conn, policy, catalog, engine, source_schema)
    return Inputs(policy, catalog, counts, facts, nesting, lists)


def _keyless_note(policy: Policy, catalog: Catalog, source_schema: str | None, elements: set[str]) -> Catalog:
    """Files record no keys: say which tables the policy declares none for (a list's elements need none)."""
    scoped = scope_tables(policy, catalog, source_schema).items()
    keyless = [name for name, table in scoped if not table.keys() and table.name not in elements]
    if not keyless:
        return catalog
    note = (
        f"file source: no key declared for {', '.join(keyless)}; declare primary_key: [col] (and unique: [[col]]) "
        "under the table so masking keeps its keys unique and foreign keys (relations:) follow them"
    )
    return dataclasses.replace(catalog, notes=(*catalog.notes, note))


def policy_source(policy_path: Path | str, source: str | None, allow_paths: Iterable[Path | str] = ()) -> str:
    """The source given, else the policy's source.path (a file policy plans and compiles from it alone)."""
    if source:
        return source
    path = load_policy(policy_path, allow_paths).document.source.path
    if not path:
        raise DatamaskError(
            "no source: name one, or data files under source.path in the policy", file=str(policy_path), option="source"
        )
    return path


def read_inputs(
    policy_path: Path | str,
    source: str,
    dialect: str | None,
    source_dialect: str | None,
    source_schema: str | None,
    allow_paths: Iterable[Path | str],
    measure: bool = False,
) -> tuple[MaskingDialect, Inputs]:
    """The output dialect and the inputs, read over a connection opened and closed here (compile and plan)."""
    target = resolve_dialect(source, dialect, source_dialect)
    with open_source(source) as conn:
        inputs = load_inputs(
            policy_path,
            source,
            conn,
            dialect=target,
            source_dialect=source_dialect,
            source_schema=source_schema,
            allow_paths=allow_paths,
            measure=measure,
        )
    if inputs.lists and target.name != "duckdb":
        # The elements are tables only in DuckDB's views, their rows numbered by its Parquet reader.
        raise target.unsupported("masking fields of LIST elements in files read by path", "mask them with run")
    return target, inputs


__all__ = ["Inputs", "count_rows", "load_inputs", "open_source", "policy_source", "read_inputs", "resolve_dialect"]
