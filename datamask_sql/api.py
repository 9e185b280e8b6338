"""The library entry points the CLI calls; everything the CLI does is callable from here."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlglot import exp

from datamask_sql.catalog import Catalog, introspect, load_catalog
from datamask_sql.connection import Connection, connect, dialect_of_url, is_url, redact_url
from datamask_sql.dialects import MaskingDialect, get_dialect
from datamask_sql.emit import EmittedFile, build_manifest, emit_sql, write_files, write_manifest
from datamask_sql.emit.sql import to_sql
from datamask_sql.errors import DatamaskError
from datamask_sql.planner import DEFAULT_SCHEMA, Plan, plan, scope_tables
from datamask_sql.policy import Policy, load_policy
from datamask_sql.render import Rendered, count_star, render
from datamask_sql.runner import Progress, RunResult, append_run_record
from datamask_sql.runner import run as run_rendered
from datamask_sql.secret import MaskingKey
from datamask_sql.verify import Check, verify


@dataclass(frozen=True)
class Compiled:
    """The result of a compile: plan, statements, files and manifest."""

    policy: Policy
    catalog: Catalog
    plan: Plan
    rendered: Rendered
    files: list[EmittedFile]
    manifest: dict[str, Any]


def resolve_dialect(source: str, dialect: str | None) -> MaskingDialect:
    """The output dialect: as given, else the source engine's own."""
    if dialect:
        return get_dialect(dialect)
    if is_url(source):
        return get_dialect(dialect_of_url(source))
    raise DatamaskError("--dialect is required when the source is a DDL file",
                        hint="e.g. --dialect postgres")


def load_inputs(policy_path: Path | str, source: str, *, dialect: MaskingDialect,
                source_dialect: str | None = None) -> tuple[Policy, Catalog]:
    """Load the policy, then the catalog of `source` (a URL, or a DDL file read in `source_dialect`)."""
    policy = load_policy(policy_path)
    read_as = source_dialect or dialect.sqlglot_dialect
    default_schema = policy.source_schema or DEFAULT_SCHEMA.get(read_as, "public")
    catalog = load_catalog(source, dialect=read_as, default_schema=default_schema)
    return policy, catalog


def count_rows(conn: Connection, policy: Policy, catalog: Catalog, dialect: MaskingDialect,
               source_schema: str | None = None) -> dict[str, int]:
    """COUNT(*) of every table the policy copies, keyed as the plan names tables (for collision risk)."""
    counts = {}
    for name, table in scope_tables(policy, catalog, source_schema).items():
        query = count_star(exp.table_(exp.to_identifier(table.name), db=exp.to_identifier(table.schema)))
        counts[name] = int(conn.query(to_sql(dialect, query))[0][0])
    return counts


def compile_inputs(policy: Policy, catalog: Catalog, dialect: MaskingDialect, key: MaskingKey, *,
                   source: str, source_schema: str | None = None, row_counts: dict[str, int] | None = None,
                   constraints: bool | None = None) -> Compiled:
    """Plan, render and emit (in memory) for already loaded inputs; `constraints` overrides the policy."""
    the_plan = plan(policy, catalog, source_schema=source_schema, row_counts=row_counts)
    if constraints is not None:
        the_plan = dataclasses.replace(the_plan, constraints=constraints)
    rendered = render(the_plan, dialect)
    files = emit_sql(rendered)
    manifest = build_manifest(rendered, files, source=redact_url(source), key_fingerprint=key.fingerprint)
    return Compiled(policy, catalog, the_plan, rendered, files, manifest)


def write_compiled(compiled: Compiled, out_dir: Path) -> Path:
    """Write SQL files, run_order.txt and manifest.json to `out_dir`."""
    write_files(compiled.files, out_dir)
    return write_manifest(compiled.manifest, out_dir)


def compile_policy(policy_path: Path | str, source: str, key: MaskingKey, *, dialect: str | None = None,
                   out_dir: Path | None = None, source_dialect: str | None = None,
                   source_schema: str | None = None) -> Compiled:
    """Compile a policy against a source into SQL for `dialect`; write it when `out_dir` is given."""
    target = resolve_dialect(source, dialect)
    policy, catalog = load_inputs(policy_path, source, dialect=target, source_dialect=source_dialect)
    compiled = compile_inputs(policy, catalog, target, key, source=source, source_schema=source_schema)
    if out_dir is not None:
        write_compiled(compiled, out_dir)
    return compiled


def plan_policy(policy_path: Path | str, source: str, *, dialect: str | None = None,
                source_dialect: str | None = None, source_schema: str | None = None) -> Plan:
    """The plan alone: which rule each column gets, its domain, and why (no secret needed)."""
    target = resolve_dialect(source, dialect)
    if not is_url(source):
        policy, catalog = load_inputs(policy_path, source, dialect=target, source_dialect=source_dialect)
        return plan(policy, catalog, source_schema=source_schema)
    # A live source: introspect and count rows (for collision risk) over one connection.
    policy = load_policy(policy_path)
    conn = connect(source, read_only=True)
    try:
        catalog = introspect(conn)
        counts = count_rows(conn, policy, catalog, get_dialect(conn.dialect), source_schema)
    finally:
        conn.close()
    return plan(policy, catalog, source_schema=source_schema, row_counts=counts)


def run_policy(policy_path: Path | str, source: str, key: MaskingKey, *, out_dir: Path = Path("build"),
               progress: Progress | None = None, source_schema: str | None = None,
               constraints: bool | None = None, connection: Connection | None = None) -> RunResult:
    """Introspect, compile, write, execute and verify on the source's own database; log the run.

    `connection` runs on an already open connection instead (e.g. a SparkConnection around the
    SparkSession a notebook or job already has); it is left open.
    """
    if connection is None and not is_url(source):
        raise DatamaskError("run needs a database URL as --source, not a file",
                            hint="use compile for DDL files; run executes against a live database")
    dialect = get_dialect(connection.dialect if connection is not None else dialect_of_url(source))
    policy = load_policy(policy_path)
    conn = connection or connect(source)
    try:
        catalog = introspect(conn)
        counts = count_rows(conn, policy, catalog, dialect, source_schema)
        compiled = compile_inputs(policy, catalog, dialect, key, source=source, source_schema=source_schema,
                                  row_counts=counts, constraints=constraints)
        manifest_path = write_compiled(compiled, out_dir)
        log = out_dir / "runs.jsonl"
        try:
            result = run_rendered(conn, compiled.rendered, compiled.files, key, progress)
        except DatamaskError as exc:
            if getattr(exc, "result", None) is not None:
                _log(exc.result, manifest_path, log)
            raise
        _log(result, manifest_path, log)
        return result
    finally:
        if connection is None:
            conn.close()


def _log(result: RunResult, manifest_path: Path, log: Path) -> None:
    result.manifest_sha256 = hashlib.sha256(manifest_path.read_bytes()).hexdigest()
    append_run_record(result, log)


def verify_target(policy_path: Path | str, source: str, *, source_schema: str | None = None) -> list[Check]:
    """Re-run the checks against an existing masked target."""
    dialect = get_dialect(dialect_of_url(source))
    policy = load_policy(policy_path)
    conn = connect(source, read_only=dialect.name == "duckdb")
    try:
        the_plan = plan(policy, introspect(conn), source_schema=source_schema)
        return verify(conn, dialect, the_plan)
    finally:
        conn.close()
