"""The audit verbs on a source: `scan` (which columns are sensitive) and `check` (is the policy still true)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from datamask_sql import api
from datamask_sql.cliapp import command
from datamask_sql.cliopts import AllowPathOpt, PolicyArg, SourceDialectOpt, SourceOpt, SourceSchemaOpt
from datamask_sql.console import out, say, sized

FormatOpt = Annotated[str, typer.Option("--format", help="text or json.")]


@command
def scan(
    source: SourceOpt,
    source_schema: SourceSchemaOpt = None,
    source_dialect: SourceDialectOpt = None,
    write_policy: Annotated[
        Path | None,
        typer.Option(
            "--write-policy",
            help="Write a draft policy deciding every column: sensitive ones tagged with the packs' classes, the "
            "rest kept, each with a comment giving the reason.",
            show_default=False,
        ),
    ] = None,
    rows: Annotated[
        int, typer.Option("--rows", min=1, max=1_000_000, help="Rows sampled per table for the value match rates.")
    ] = api.SAMPLE_ROWS,
    fmt: FormatOpt = "text",
) -> None:
    """Classify every column as sensitive or not, from its name (en, de, fr, pt, es) and its values.

    Value match rates (emails, phones, cards passing Luhn, IBANs passing mod 97, CPFs, IPs, names, free text
    with identifiers) are measured inside the warehouse on a sample; no value is ever printed or written.
    """
    if fmt not in ("text", "json"):
        raise typer.BadParameter("--format is text or json")
    result = api.scan_source(
        source, source_schema=source_schema, source_dialect=source_dialect, rows=rows, write_policy=write_policy
    )
    if fmt == "json":
        out.print_json(json.dumps(result.to_dict()))
    else:
        table = Table("table.column", "type", "class", "confidence", "evidence")
        for f in result.findings:
            cells = (f"{f.table}.{f.column}", f.type, f.cls or "-", f"{f.confidence:.2f}", "; ".join(f.evidence))
            table.add_row(*(Text(c) for c in cells))
        sized(out).print(table)
        sensitive = sum(f.sensitive for f in result.findings)
        total = len(result.findings)
        say(f"{sensitive} of {total} column(s) sensitive; sampled up to {result.sample_rows} rows per table")
    for name, why in result.unmeasured.items():
        say(f"note: {name}: {why}; classified from names alone", to_err=True)
    if write_policy is not None:
        say(f"wrote draft policy {write_policy}", to_err=fmt == "json")


def _annotation(text: str) -> str:
    # GitHub workflow commands end at a line break and treat % specially: both are escaped.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


@command
def check(
    policy: PolicyArg,
    source: SourceOpt,
    source_schema: SourceSchemaOpt = None,
    source_dialect: SourceDialectOpt = None,
    allow_path: AllowPathOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="text, json or github (workflow annotations).")] = "text",
) -> None:
    """CI gate: fail (exit 1) when the policy no longer fits its source; needs no secret, changes nothing.

    Lists each finding at file:line: new columns with no rule, rules for tables or columns that no longer exist,
    rules a changed type made invalid, and columns scan classifies as sensitive that the policy keeps without
    `reason:`. Prints the coverage: sensitive columns masked / sensitive columns.
    """
    if fmt not in ("text", "json", "github"):
        raise typer.BadParameter("--format is text, json or github")
    result = api.check_policy(
        policy, source, source_schema=source_schema, source_dialect=source_dialect, allow_paths=allow_path or ()
    )
    coverage = f"coverage: {result.masked_sensitive}/{result.sensitive} sensitive column(s) masked"
    if fmt == "json":
        out.print_json(json.dumps(result.to_dict()))
    elif fmt == "github":
        for p in result.problems:
            where = f"file={_annotation(p.file)}" + (f",line={p.line}" if p.line else "")
            say(f"::error {where}::{_annotation(p.message)}")
        say(f"::notice::{coverage}")
    else:
        for p in result.problems:
            say(p.render())
        say(f"{coverage}; " + ("policy fits the source" if result.ok else f"{len(result.problems)} finding(s)"))
    if not result.ok:
        raise typer.Exit(1)
