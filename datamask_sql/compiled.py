"""A compile held in memory (plan, statements, emitted work, manifest) and its execution on a connection."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from datamask_sql.catalog import Catalog
from datamask_sql.catalog.nested import Nesting
from datamask_sql.connection import Connection, redact_url
from datamask_sql.dialects import MaskingDialect
from datamask_sql.emit import Emitted, EmittedFile, build_manifest, emit_sql, write_files, write_manifest
from datamask_sql.errors import DatamaskError
from datamask_sql.files import check_target
from datamask_sql.inputs import Inputs
from datamask_sql.plan import Plan, plan
from datamask_sql.policy import Policy
from datamask_sql.render import Rendered, render
from datamask_sql.render.paths import Relations, read_from_paths, repack_structs
from datamask_sql.render.refresh import rules_sha256
from datamask_sql.runner import Progress, RunResult, append_run_record
from datamask_sql.runner import run as run_emitted
from datamask_sql.secret import MaskingKey
from datamask_sql.state import Decision, decide, recheck

__all__ = ["Compiled", "Execution", "compile_inputs", "write_compiled"]


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


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a compile builds its trees.

    Every sqlglot node points at its parent, so each automatic collection walks all the live trees of the
    compile (about a fifth of its time on a wide schema) and frees nothing: they live until the compile ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
    relations: Relations | None = None,
    nesting: Nesting | None = None,
    merged: Callable[[Plan], Mapping[str, str | None]] | None = None,
    rework: Callable[[Rendered], Rendered] | None = None,
) -> Compiled:
    """Plan, render and emit (in memory) for already loaded inputs; `constraints` overrides the policy.

    `relations` replaces source tables by the files they were read from (file sources on engines that read
    files by path), `nesting` names the STRUCTs those reads flatten (packed again in the tables built); `merged`
    names, given the plan, the tables whose changed rows are merged instead of rebuilt, each with the watermark
    its target's state records; `rework` rewrites the rendered statements before they are emitted (a file run
    writes each table's files instead of building it).
    The key is not needed: emitted SQL reads it from the session. Given, its fingerprint goes in the manifest."""
    with _collector_paused():
        the_plan = plan(policy, catalog, source_schema=source_schema, row_counts=row_counts)
        if constraints is not None:
            the_plan = dataclasses.replace(the_plan, constraints=constraints)
        watermarks = merged(the_plan) if merged is not None else {}
        rendered = render(the_plan, dialect, frozenset(watermarks), watermarks)
        if relations:
            rendered = read_from_paths(rendered, relations)
        if nesting:
            rendered = repack_structs(rendered, nesting)
        if rework is not None:
            rendered = rework(rendered)
        emitted = emit_sql(rendered)
    fingerprint = key.fingerprint if key is not None else None
    manifest = build_manifest(emitted, source=redact_url(source), key_fingerprint=fingerprint)
    return Compiled(policy, catalog, the_plan, rendered, emitted, manifest)


def write_compiled(compiled: Compiled, out_dir: Path) -> Path:
    """Write SQL files, run_order.txt and manifest.json to `out_dir`."""
    write_files(compiled.files, out_dir)
    return write_manifest(compiled.manifest, out_dir)


@dataclass
class Execution:
    """What a run needs beside its connection and inputs; shared by database and file sources."""

    source: str
    key: MaskingKey
    out_dir: Path
    progress: Progress | None = None
    source_schema: str | None = None
    constraints: bool | None = None
    lock_wait: float = 0.0
    # Rebuild every table, incremental ones included, whatever key or rules built their targets.
    full_refresh: bool = False
    # Added to the manifest (a file source's input files); then called on the built tables before success.
    manifest_extra: dict[str, Any] = dataclasses.field(default_factory=dict)
    finish: Callable[[Compiled], None] | None = None
    # Rewrites the rendered statements before they are emitted, written and run (see compile_inputs).
    rework: Callable[[Rendered], Rendered] | None = None
    # Told of every run record after runs.jsonl gets it: started, then succeeded or failed (lineage, metrics).
    observers: tuple[Callable[[Compiled, RunResult], None], ...] = ()

    def execute(self, conn: Connection, inputs: Inputs, dialect: MaskingDialect) -> RunResult:
        """Compile, write SQL and manifest, execute, verify; runs.jsonl gets the started record and the outcome.

        Incremental tables whose target was built with this key, these rules and this algorithm are merged."""
        decisions: list[Decision] = []

        def decided(the_plan: Plan) -> Decision:
            decisions.append(decide(conn, dialect, the_plan, self.key.fingerprint, full_refresh=self.full_refresh))
            return decisions[-1]

        compiled = compile_inputs(
            inputs.policy,
            inputs.catalog,
            dialect,
            self.key,
            source=self.source,
            source_schema=self.source_schema,
            row_counts=inputs.row_counts,
            constraints=self.constraints,
            merged=lambda the_plan: decided(the_plan).watermarks(),
            rework=self.rework,
        )
        compiled.manifest.update(self.manifest_extra)
        # Hashed now: another run compiling into the same folder may rewrite the manifest while this one runs.
        manifest_sha256 = hashlib.sha256(write_compiled(compiled, self.out_dir).read_bytes()).hexdigest()
        log = self.out_dir / "runs.jsonl"
        check_target(log)  # refused before anything runs, not after the target is built

        decision = decisions[-1]
        rules = {t.name: rules_sha256(t) for t in compiled.plan.tables}

        def journal(record: RunResult) -> None:
            record.manifest_sha256 = manifest_sha256
            record.mode = "incremental" if decision.merged else "full"
            record.rules = rules
            record.rotation = None if decision.merged else decision.rotation(self.key.fingerprint)
            append_run_record(record, log)
            for observe in self.observers:
                observe(compiled, record)

        try:
            result = run_emitted(
                conn,
                compiled.emitted,
                self.key,
                self.progress,
                lock_wait=self.lock_wait,
                journal=journal,
                # The decision was read before the lock: read the targets' state again once it is held.
                recheck=lambda: recheck(conn, dialect, compiled.plan, decision),
            )
            if self.finish is not None:
                try:
                    self.finish(compiled)
                except DatamaskError as exc:
                    result.outcome, result.error = "failed", exc.message
                    exc.result = result
                    raise
        except DatamaskError as exc:
            if getattr(exc, "result", None) is not None:
                journal(exc.result)
            raise
        journal(result)
        return result
