"""datamask-sql command line: the core verbs (compile, run, plan) and the entry point.

Verbs of their own area (cliinfo, cliscan, clireport, cliverify) live in their own module registering on cliapp.app;
this module imports each so that `main` sees every verb.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from datamask_sql import api, cliinfo, clireport, cliscan, cliverify  # noqa: F401  key, schema; report; scan, check; verify
from datamask_sql.catalog.filesources import is_file_source
from datamask_sql.cliapp import app, command
from datamask_sql.cliopts import (
    AllowPathOpt,
    DialectOpt,
    MetricsOpt,
    OpenLineageOpt,
    PolicyArg,
    PolicySourceOpt,
    SecretCommandOpt,
    SecretFileOpt,
    SourceDialectOpt,
    SourceSchemaOpt,
    TargetFormatOpt,
    TargetPathOpt,
    key_from,
)
from datamask_sql.connection import is_url
from datamask_sql.console import RichProgress, err, out, print_error, print_plan, print_target_state, say
from datamask_sql.secret import ENV_VAR, scrub

__all__ = ["app", "main"]
BUILD = Path("build")


@command
def compile(
    policy: PolicyArg,
    source: PolicySourceOpt = None,
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for the SQL files and manifest.json.")] = BUILD,
    dialect: DialectOpt = None,
    source_dialect: SourceDialectOpt = None,
    source_schema: SourceSchemaOpt = None,
    secret_file: SecretFileOpt = None,
    secret_command: SecretCommandOpt = None,
    allow_path: AllowPathOpt = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also print the plan: rule, domain and why, per column.")
    ] = False,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            help="sql: SQL files and manifest.json; dbt: models/ and seeds/ for a dbt project using the "
            "datamask_sql package (needs no secret).",
        ),
    ] = "sql",
) -> None:
    """Write one SQL file per table, run_order.txt and manifest.json for review or manual runs.

    No secret needed (the SQL reads the key from the session); given one, manifest.json records its fingerprint.
    Example: `datamask-sql compile policies/shop.yml --source schema.sql --dialect postgres --out build/pg/`
    """
    if fmt == "dbt":
        plan = api.compile_dbt(
            policy,
            source,
            out_dir,
            dialect=dialect,
            source_dialect=source_dialect,
            source_schema=source_schema,
            allow_paths=allow_path or (),
        )
        say(f"wrote dbt models for {len(plan.tables)} table(s) -> {out_dir}/models/, {out_dir}/seeds/")
        return
    if fmt != "sql":
        raise typer.BadParameter("--format is sql or dbt")
    given = secret_file is not None or secret_command or os.environ.get(ENV_VAR)
    key = key_from(secret_file, secret_command) if given else None
    compiled = api.compile_policy(
        policy,
        source,
        key,
        dialect=dialect,
        out_dir=out_dir,
        source_dialect=source_dialect,
        source_schema=source_schema,
        allow_paths=allow_path or (),
    )
    plan = compiled.plan
    columns = sum(len(t.columns) for t in plan.tables)
    masked = sum(1 for t in plan.tables for c in t.columns if c.masked)
    if explain:
        print_plan(plan)
    say(
        f"compiled {len(plan.tables)} table(s), {masked} of {columns} column(s) masked, "
        f"dialect {compiled.rendered.dialect.name} -> {out_dir}/"
    )
    if not explain:
        for note in plan.notes:
            say(f"note: {note}")


@command
def run(
    policy: PolicyArg,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            "-s",
            show_default=False,
            help="A URL to introspect and run on (duckdb:///shop.duckdb, postgresql://..., mysql://..., spark:///dir), "
            "or data files: a CSV/TSV/Parquet/JSON file, a folder or a quoted glob (default: the policy's "
            "source.path).",
        ),
    ] = None,
    out_dir: Annotated[
        Path, typer.Option("--out", "-o", help="Where the executed SQL, manifest and runs.jsonl go.")
    ] = Path("build"),
    source_schema: SourceSchemaOpt = None,
    secret_file: SecretFileOpt = None,
    secret_command: SecretCommandOpt = None,
    full_refresh: Annotated[
        bool,
        typer.Option(
            "--full-refresh",
            help="Rebuild every table, incremental ones too (after a key or rule change: a key rotation).",
        ),
    ] = False,
    constraints: Annotated[
        bool | None,
        typer.Option(
            "--constraints/--no-constraints",
            show_default=False,
            help="Re-create primary, unique and foreign keys on the target (default: the policy's "
            "target.constraints, on).",
        ),
    ] = None,
    allow_path: AllowPathOpt = None,
    lock_wait: Annotated[
        float,
        typer.Option(
            "--lock-wait",
            min=0,
            help="Seconds to wait when another run holds the target's lock (default 0: fail at once).",
        ),
    ] = 0.0,
    target_path: TargetPathOpt = None,
    target_format: TargetFormatOpt = None,
    openlineage: OpenLineageOpt = None,
    metrics: MetricsOpt = None,
) -> None:
    """Introspect, compile and execute on the source's database: masked tables land in the target schema.

    Tables are built in staging, verified (row counts, keys, leaks), then swapped in atomically; a failed
    run leaves the previous target intact. The source is only read. Data files (CSV, Parquet, JSON) are
    masked in an embedded DuckDB into one file per table under --target-path, renamed into place when verified.
    """
    key, observe = key_from(secret_file, secret_command), {"openlineage": openlineage, "metrics": metrics}
    if source is None or is_file_source(source):
        if target_format not in (None, "parquet", "csv", "jsonl"):
            raise typer.BadParameter("--target-format is parquet, csv or jsonl")
        result = api.run_files(
            policy,
            source,
            key,
            target_path=target_path,
            fmt=target_format,
            out_dir=out_dir,
            allow_paths=allow_path or (),
            **observe,
        )
        written, into = result.rows, result.target.removeprefix("files:")
        say(
            f"masked {len(written)} table(s), {sum(written.values()):,} rows into {into}/ "
            f"({sum(c.ok for c in result.checks)} checks passed); SQL and manifest in {out_dir}/"
        )
        return
    with Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    ) as bar:
        result = api.run_policy(
            policy,
            source,
            key,
            out_dir=out_dir,
            progress=RichProgress(bar),
            source_schema=source_schema,
            constraints=constraints,
            allow_paths=allow_path or (),
            lock_wait=lock_wait,
            full_refresh=full_refresh,
            **observe,
        )
    for table, counts in result.merged.items():
        say(f"  merged {table}: {counts['staged']:,} changed row(s), {counts['deleted']:,} deleted")
    if result.rotation:
        say(f"  key rotated: {result.rotation['from']} -> {result.rotation['to']}")
    for table, passes in result.subset.items():
        added = ", ".join(f"+{b - a}" for a, b in zip(passes, passes[1:]))
        say(f"  subset {table}: {passes[0]:,} kept" + (f", upward passes {added}" if added else ""))
    total = sum(result.rows.values())
    say(
        f"masked {len(result.rows)} table(s), {total:,} rows into schema '{result.target_schema}' "
        f"({sum(c.ok for c in result.checks)} checks passed); SQL and manifest in {out_dir}/"
    )


@command
def plan(
    policy: PolicyArg,
    source: PolicySourceOpt = None,
    dialect: DialectOpt = None,
    source_dialect: SourceDialectOpt = None,
    source_schema: SourceSchemaOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
    allow_path: AllowPathOpt = None,
    write_relations: Annotated[
        bool,
        typer.Option(
            "--write-relations",
            help="Append the likely relations the plan proposes to the policy's relations: (comments and layout "
            "kept), then plan again.",
        ),
    ] = False,
) -> None:
    """Explain the rule, consistency domain and reason for every column; needs no secret.

    Also proposes the relations the source does not record (`*_id` and same-name columns whose type matches a
    key and, on a live source, whose sampled values the key holds), and warns where a masked key would break them.
    """
    the_plan = api.plan_policy(
        policy,
        source,
        dialect=dialect,
        source_dialect=source_dialect,
        source_schema=source_schema,
        allow_paths=allow_path or (),
        write_relations=write_relations,
    )
    state = api.target_state(policy, source, source_schema=source_schema) if source and is_url(source) else {}
    if fmt == "json":
        out.print_json(json.dumps({**the_plan.to_dict(), "target_state": {t: s.to_dict() for t, s in state.items()}}))
        return
    print_plan(the_plan)
    print_target_state(state)


def main() -> None:
    """Console entry point: exit 0 ok, 1 a user-facing error, 2 an internal failure."""
    try:
        app()
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the one place allowed to catch everything
        print_error(
            f"{type(exc).__name__}: {scrub(str(exc))}\n"
            "This is a bug in datamask-sql; please report it with the command you ran.",
            label="internal error:",
        )
        sys.exit(2)
