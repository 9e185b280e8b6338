"""The library entry points the CLI calls; everything the CLI does is callable from here."""

from __future__ import annotations

import dataclasses
import hashlib
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datamask_sql.audit import check_policy, scan_source, write_report
from datamask_sql.catalog import Catalog
from datamask_sql.connection import Connection, dialect_of_url, is_url, redact_url
from datamask_sql.dialects import MaskingDialect, get_dialect
from datamask_sql.emit import Emitted, EmittedFile, build_manifest, emit_sql, write_files, write_manifest
from datamask_sql.errors import DatamaskError, DatamaskWarning
from datamask_sql.files import check_target
from datamask_sql.inputs import Inputs, count_rows, load_inputs, open_source, read_inputs, resolve_dialect
from datamask_sql.plan import Plan, plan
from datamask_sql.policy import Policy, append_relations, load_policy
from datamask_sql.render import Rendered, render
from datamask_sql.render.refresh import rules_sha256
from datamask_sql.runner import Progress, RunResult, append_run_record
from datamask_sql.runner import run as run_emitted
from datamask_sql.scan import SAMPLE_ROWS
from datamask_sql.secret import MaskingKey
from datamask_sql.state import Decision, TableState, decide, target_states
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
    "run_policy",
    "scan_source",
    "target_state",
    "verify_target",
    "write_compiled",
    "write_report",
]


@dataclass(frozen=True)
class Compiled:
    """The result of a compile: plan, statements, the emitted work and its manifest."""

    policy: Policy
    catalog: Catalog
    plan: Plan
    rendered: Rendered
    emitted: Emitted
    manifest: dict[str, Any]

    @property
    def files(self) -> tuple[EmittedFile, ...]:
        """The SQL files, in run order."""
        return self.emitted.files


def compile_inputs(
    policy: Policy,
    catalog: Catalog,
    dialect: MaskingDialect,
    key: MaskingKey | None,
    *,
    source: str,
    source_schema: str | None = None,
    row_counts: dict[str, int] | None = None,
    constraints: bool | None = None,
    merged: Callable[[Plan], frozenset[str]] | None = None,
) -> Compiled:
    """Plan, render and emit (in memory) for already loaded inputs; `constraints` overrides the policy.

    The key is not needed: emitted SQL reads it from the session. Given, its fingerprint goes in the manifest.
    `merged` names, given the plan, the tables whose changed rows are merged instead of rebuilt."""
    the_plan = plan(policy, catalog, source_schema=source_schema, row_counts=row_counts)
    if constraints is not None:
        the_plan = dataclasses.replace(the_plan, constraints=constraints)
    rendered = render(the_plan, dialect, merged(the_plan) if merged is not None else frozenset())
    emitted = emit_sql(rendered)
    fingerprint = key.fingerprint if key is not None else None
    manifest = build_manifest(emitted, source=redact_url(source), key_fingerprint=fingerprint)
    return Compiled(policy, catalog, the_plan, rendered, emitted, manifest)


def write_compiled(compiled: Compiled, out_dir: Path) -> Path:
    """Write SQL files, run_order.txt and manifest.json to `out_dir`."""
    write_files(compiled.files, out_dir)
    return write_manifest(compiled.manifest, out_dir)


def compile_policy(
    policy_path: Path | str,
    source: str,
    key: MaskingKey | None,
    *,
    dialect: str | None = None,
    out_dir: Path | None = None,
    source_dialect: str | None = None,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
) -> Compiled:
    """Compile a policy against a source into SQL for `dialect`; write it when `out_dir` is given (key optional)."""
    target, inputs = read_inputs(policy_path, source, dialect, source_dialect, source_schema, allow_paths)
    compiled = compile_inputs(
        inputs.policy,
        inputs.catalog,
        target,
        key,
        source=source,
        source_schema=source_schema,
        row_counts=inputs.row_counts,
    )
    if out_dir is not None:
        write_compiled(compiled, out_dir)
    return compiled


def compile_dbt(
    policy_path: Path | str,
    source: str,
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
    from datamask_sql.dbt.models import dbt_files, write_dbt

    target, inputs = read_inputs(policy_path, source, dialect, source_dialect, source_schema, allow_paths)
    the_plan = plan(inputs.policy, inputs.catalog, source_schema=source_schema, row_counts=inputs.row_counts)
    write_dbt(dbt_files(the_plan, target), out_dir)
    return the_plan


def plan_policy(
    policy_path: Path | str,
    source: str,
    *,
    dialect: str | None = None,
    source_dialect: str | None = None,
    source_schema: str | None = None,
    allow_paths: Iterable[Path | str] = (),
    write_relations: bool = False,
) -> Plan:
    """The plan alone: which rule each column gets, its domain, and why (no secret needed), with the relations
    the source does not record proposed and a warning for each that a masked key would break.

    `write_relations` appends the proposed relations to the policy file's relations: and plans it again."""
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
) -> RunResult:
    """Introspect, compile, write, execute and verify on the source's own database; log the run.

    `connection` runs on an already open connection instead (e.g. a SparkConnection around the
    SparkSession a notebook or job already has); it is left open. A run another run holds the target's
    lock against waits up to `lock_wait` seconds, then fails. runs.jsonl gets a "started" record before
    anything executes and the outcome after, both with the run's run_id.

    Tables with `incremental:` whose target was built with this key, these rules and this algorithm get only
    their changed rows merged; a target built otherwise is refused unless `full_refresh` rebuilds everything.
    """
    if connection is None and not is_url(source):
        raise DatamaskError(
            "run needs a live database as the source, not a schema file",
            hint="compile schema files; run executes against a live database",
            option="source",
        )
    dialect = get_dialect(connection.dialect if connection is not None else dialect_of_url(source))
    with open_source(source, connection, read_only=False, key=key) as conn:
        inputs = load_inputs(
            policy_path, source, conn, dialect=dialect, source_schema=source_schema, allow_paths=allow_paths
        )
        decisions: list[Decision] = []

        def decided(the_plan: Plan) -> Decision:
            decisions.append(decide(conn, dialect, the_plan, key.fingerprint, full_refresh=full_refresh))
            return decisions[-1]

        compiled = compile_inputs(
            inputs.policy,
            inputs.catalog,
            dialect,
            key,
            source=source,
            source_schema=source_schema,
            row_counts=inputs.row_counts,
            constraints=constraints,
            merged=lambda the_plan: decided(the_plan).merged,
        )
        # Hashed now: another run compiling into the same folder may rewrite the manifest while this one runs.
        manifest_sha256 = hashlib.sha256(write_compiled(compiled, out_dir).read_bytes()).hexdigest()
        log = out_dir / "runs.jsonl"
        check_target(log)  # refused before anything runs, not after the target is built

        decision = decisions[-1]
        rules = {t.name: rules_sha256(t) for t in compiled.plan.tables}

        def journal(record: RunResult) -> None:
            record.manifest_sha256 = manifest_sha256
            record.mode = "incremental" if decision.merged else "full"
            record.rules = rules
            record.rotation = None if decision.merged else decision.rotation(key.fingerprint)
            append_run_record(record, log)

        try:
            result = run_emitted(conn, compiled.emitted, key, progress, lock_wait=lock_wait, journal=journal)
        except DatamaskError as exc:
            if getattr(exc, "result", None) is not None:
                journal(exc.result)
            raise
        journal(result)
        return result


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
