"""The library entry points the CLI calls; everything the CLI does is callable from here."""

from __future__ import annotations

import dataclasses
import warnings
from collections.abc import Iterable
from pathlib import Path

from datamask_sql.audit import check_policy, scan_source, write_report
from datamask_sql.catalog.files import SCHEMA as FILES_SCHEMA
from datamask_sql.catalog.filesources import discover, is_file_source
from datamask_sql.catalog.nested import flat_read
from datamask_sql.compiled import Compiled, Execution, compile_inputs, write_compiled
from datamask_sql.connection import Connection, dialect_of_url, is_url
from datamask_sql.dialects import MaskingDialect, get_dialect
from datamask_sql.errors import DatamaskError, DatamaskWarning
from datamask_sql.fileapi import run_files, verify_files
from datamask_sql.inputs import (
    Inputs,
    count_rows,
    load_inputs,
    open_source,
    policy_source,
    read_inputs,
    resolve_dialect,
)
from datamask_sql.observe import observers, refusals
from datamask_sql.plan import Plan, plan
from datamask_sql.policy import append_relations, load_policy
from datamask_sql.render.paths import Relations
from datamask_sql.runner import Progress, RunResult
from datamask_sql.scan import SAMPLE_ROWS
from datamask_sql.secret import MaskingKey
from datamask_sql.state import TableState, target_states
from datamask_sql.verify import Check, verify

# The library's face: the entry points below, and the input readers they share (kept importable from here).
__all__ = [
    "SAMPLE_ROWS",
    "Compiled",
    "Inputs",
    "check_policy",
    "compile_dbt",
    "compile_inputs",
    "compile_policy",
    "count_rows",
    "load_inputs",
    "open_source",
    "plan_policy",
    "resolve_dialect",
    "run_files",
    "run_policy",
    "scan_source",
    "target_state",
    "verify_files",
    "verify_target",
    "write_compiled",
    "write_report",
]


def compile_policy(
    policy_path: Path | str,
    source: str | None,
    key: MaskingKey | None,
    *,
    dialect: str | None = None,
    out_dir: Path | None = None,
    source_dialect: str | None = None,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
) -> Compiled:
    """Compile a policy against a source (default: its source.path) into SQL for `dialect`; written to `out_dir`."""
    source = policy_source(policy_path, source, allow_paths)
    target, inputs = read_inputs(policy_path, source, dialect, source_dialect, source_schema, allow_paths)
    by_path = target.name != "duckdb" and is_file_source(source)
    compiled = compile_inputs(
        inputs.policy,
        inputs.catalog,
        target,
        key,
        source=source,
        source_schema=source_schema,
        row_counts=inputs.row_counts,
        relations=_file_relations(source, target, inputs) if by_path else None,
        nesting=inputs.nesting if by_path else None,
    )
    if out_dir is not None:
        write_compiled(compiled, out_dir)
    return compiled


def _file_relations(source: str, dialect: MaskingDialect, inputs: Inputs) -> Relations:
    """Each file table as the engine reads it by path: its folder, its one file, or the pattern given; read
    through a flattening subquery where the policy masks fields of its STRUCTs, as the DuckDB view is."""
    relations: Relations = {}
    for table in discover(source):
        if table.folder or len(table.paths) == 1:
            path = str(Path(table.folder or table.paths[0]).resolve())
        else:
            path = str(Path(source).resolve()) if "*" in source else ""
        if not path:
            raise DatamaskError(
                f"table '{table.name}' is several files with no folder of its own; {dialect.name} reads tables by path",
                hint="move its files into a folder of their own, or name them with a pattern",
                option="source",
            )
        read = dialect.file_relation(table.format, path)
        nested = inputs.nesting.get(table.name, {})
        relations[(FILES_SCHEMA, table.name)] = flat_read(
            dialect, read, inputs.catalog.table(FILES_SCHEMA, table.name), nested
        )
    return relations


def compile_dbt(
    policy_path: Path | str,
    source: str | None,
    out_dir: Path,
    *,
    dialect: str | None = None,
    source_dialect: str | None = None,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
) -> Plan:
    """Write dbt models (through the datamask_sql macros), sources, key tests and lookup seeds under `out_dir`.

    Needs no secret: the models read the key from the dbt session, never from a file.
    """
    source = policy_source(policy_path, source, allow_paths)
    from datamask_sql.dbt.models import dbt_files, write_dbt

    target, inputs = read_inputs(policy_path, source, dialect, source_dialect, source_schema, allow_paths)
    if inputs.nesting or inputs.lists:
        # The fields are flat only in this process's views of the files, which a dbt project never sees.
        raise target.unsupported("dbt models of rules on nested fields of data files", "mask them with run")
    the_plan = plan(inputs.policy, inputs.catalog, source_schema=source_schema, row_counts=inputs.row_counts)
    write_dbt(dbt_files(the_plan, target), out_dir)
    return the_plan


def plan_policy(
    policy_path: Path | str,
    source: str | None,
    *,
    dialect: str | None = None,
    source_dialect: str | None = None,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
    write_relations: bool = False,
) -> Plan:
    """The plan alone: which rule each column gets, its domain, and why (no secret needed), with the relations
    the source does not record proposed and a warning for each that a masked key would break.

    `write_relations` appends the proposed relations to the policy file's relations: and plans it again.
    `source` defaults to the policy's source.path."""
    source = policy_source(policy_path, source, allow_paths)
    _, inputs = read_inputs(policy_path, source, dialect, source_dialect, source_schema, allow_paths, measure=True)
    the_plan = _proposing(inputs, source_schema)
    if write_relations and the_plan.proposed:
        written = append_relations(policy_path, [p.relation for p in the_plan.proposed], allow_paths)
        the_plan = _proposing(dataclasses.replace(inputs, policy=load_policy(policy_path, allow_paths)), source_schema)
        note = f"appended to {policy_path} under relations: {', '.join(written)}"
        the_plan = dataclasses.replace(the_plan, notes=(*the_plan.notes, note))
    for breaks in filter(None, (p.breaks for p in the_plan.proposed)):
        warnings.warn(DatamaskWarning(breaks, file=str(policy_path), option="write_relations"), stacklevel=2)
    return the_plan


def _proposing(inputs: Inputs, source_schema: str | None) -> Plan:
    """The plan of loaded inputs, with the relations the source does not record proposed from their facts."""
    policy, catalog, counts, facts = inputs.policy, inputs.catalog, inputs.row_counts, inputs.facts
    return plan(policy, catalog, source_schema=source_schema, row_counts=counts, propose_relations=True, facts=facts)


def run_policy(
    policy_path: Path | str,
    source: str,
    key: MaskingKey,
    *,
    out_dir: Path = Path("build"),
    progress: Progress | None = None,
    source_schema: str | None = None,
    constraints: bool | None = None,
    connection: Connection | None = None,
    allow_paths: Iterable[Path | str] = (),
    lock_wait: float = 0.0,
    full_refresh: bool = False,
    openlineage: str | None = None,
    metrics: Path | str | None = None,
) -> RunResult:
    """Introspect, compile, write, execute and verify on the source's own database; log the run.

    `connection` runs on an already open connection instead (e.g. a SparkConnection around the
    SparkSession a notebook or job already has); it is left open. A run another run holds the target's
    lock against waits up to `lock_wait` seconds, then fails. runs.jsonl gets a "started" record before
    anything executes and the outcome after, both with the run's run_id.

    Tables with `incremental:` whose target was built with this key, these rules and this algorithm get only
    their changed rows merged; a target built otherwise is refused unless `full_refresh` rebuilds everything.

    `openlineage` (a file path or an http(s) URL) gets OpenLineage START and COMPLETE or FAIL events with
    column lineage; `metrics` (a path, e.g. ending .prom) gets the run's Prometheus metrics when it ends.
    """
    if connection is None and not is_url(source):
        raise DatamaskError(
            "run needs a live database as the source, not a schema file",
            hint="compile schema files; run executes against a live database",
            option="source",
        )
    dialect = get_dialect(connection.dialect if connection is not None else dialect_of_url(source))
    found = observers(source, Path(policy_path).stem, openlineage, metrics)
    with refusals(found) as watched, open_source(source, connection, read_only=False, key=key) as conn:
        inputs = load_inputs(
            policy_path, source, conn, dialect=dialect, source_schema=source_schema, allow_paths=allow_paths
        )
        run = Execution(source, key, out_dir, progress, source_schema, constraints, lock_wait, full_refresh)
        run.observers = watched
        return run.execute(conn, inputs, dialect)


def verify_target(
    policy_path: Path | str,
    source: str,
    *,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
) -> list[Check]:
    """Re-run the checks against an existing masked target, joins through likely relations included."""
    dialect = get_dialect(dialect_of_url(source))
    with open_source(source, read_only=dialect.name == "duckdb") as conn:
        read = {"source_schema": source_schema, "allow_paths": allow_paths}
        inputs = load_inputs(policy_path, source, conn, dialect=dialect, measure=True, **read)
        return verify(conn, dialect, _proposing(inputs, source_schema))


def target_state(
    policy_path: Path | str,
    source: str,
    *,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
) -> dict[str, TableState]:
    """What built each existing target table (key fingerprint, rules hash, algorithm, watermark), by table name."""
    dialect = get_dialect(dialect_of_url(source))
    with open_source(source, read_only=dialect.name == "duckdb") as conn:
        read = {"source_schema": source_schema, "allow_paths": allow_paths}
        inputs = load_inputs(policy_path, source, conn, dialect=dialect, **read)
        the_plan = plan(inputs.policy, inputs.catalog, source_schema=source_schema, row_counts=inputs.row_counts)
        return target_states(conn, dialect, the_plan)
