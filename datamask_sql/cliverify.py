"""The `verify` verb: re-check a masked database target, or the folder of masked files a file run wrote."""

from __future__ import annotations

import typer

from datamask_sql import api
from datamask_sql.catalog.filesources import is_file_source
from datamask_sql.cliapp import command
from datamask_sql.cliopts import (
    AllowPathOpt,
    PolicyArg,
    PolicySourceOpt,
    SourceSchemaOpt,
    TargetFormatOpt,
    TargetPathOpt,
)
from datamask_sql.console import print_checks, print_target_state
from datamask_sql.errors import VerifyError


@command
def verify(
    policy: PolicyArg,
    source: PolicySourceOpt = None,
    source_schema: SourceSchemaOpt = None,
    allow_path: AllowPathOpt = None,
    target_path: TargetPathOpt = None,
    target_format: TargetFormatOpt = None,
) -> None:
    """Re-check a masked target: row counts, unique keys, foreign keys, and that no masked value leaked.

    With data files as the source (or the policy's source.path), re-checks the folder of masked files a file run
    wrote (--target-path, default target.path) against them, as the run did before renaming it into place.
    """
    allow = allow_path or ()
    if source is None or is_file_source(source):
        if target_format not in (None, "parquet", "csv", "jsonl"):
            raise typer.BadParameter("--target-format is parquet, csv or jsonl")
        checks = api.verify_files(policy, source, target_path=target_path, fmt=target_format, allow_paths=allow)
        print_checks(checks)
        failed = [c for c in checks if not c.ok]
        if failed:
            detail = "; ".join(f"{c.name} {c.table}: {c.detail}" for c in failed)
            where = str(target_path) if target_path else None
            raise VerifyError(f"the masked files fail verification: {detail}", file=where)
        return
    checks = api.verify_target(policy, source, source_schema=source_schema, allow_paths=allow)
    print_target_state(api.target_state(policy, source, source_schema=source_schema, allow_paths=allow))
    print_checks(checks)
    if not all(c.ok for c in checks):
        raise typer.Exit(1)
