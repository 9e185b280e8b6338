"""The command group, the options several verbs share, and the flag behind each library parameter an error can name."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperGroup

from datamask_sql.secret import MaskingKey, load_key, secret_from_command

PolicyArg = Annotated[Path, typer.Argument(help="Policy file (YAML), e.g. policies/shop.yml.", show_default=False)]
SourceOpt = Annotated[
    str,
    typer.Option(
        "--source",
        "-s",
        show_default=False,
        help="Schema source: a URL (duckdb:///shop.duckdb, postgresql://user@host:5432/db, "
        "mysql://user@host:3306/db, spark:///path/to/warehouse) to introspect, a dbt target/catalog.json, "
        "a .sql file of CREATE TABLE statements, or data files (a CSV/TSV/Parquet/JSON file, a folder, a glob).",
    ),
]
# compile and plan: a file policy names its data under source.path, so --source may be left out.
PolicySourceOpt = Annotated[
    str | None,
    typer.Option(
        "--source",
        "-s",
        show_default=False,
        help="Schema source, as for run (default: the policy's source.path): a URL, a dbt catalog.json, a .sql file "
        "or data files (a CSV/TSV/Parquet/JSON file, a folder, a glob).",
    ),
]
SecretFileOpt = Annotated[
    Path | None,
    typer.Option(
        "--secret-file", help="File holding the masking secret (default: $DATAMASK_SECRET).", show_default=False
    ),
]
SecretCommandOpt = Annotated[
    str | None,
    typer.Option(
        "--secret-command",
        help="Command whose standard output is the masking secret (e.g. 'vault kv get -field=secret kv/mask'); "
        "run without a shell, nothing written to disk.",
        show_default=False,
    ),
]
SourceSchemaOpt = Annotated[
    str | None, typer.Option("--source-schema", help="Override the policy's source schema.", show_default=False)
]
# One meaning on every command: --dialect is the SQL written out, --source-dialect the one a schema file is read in.
DialectOpt = Annotated[
    str | None,
    typer.Option(
        "--dialect",
        "-d",
        help="Output dialect: duckdb, postgres, mysql, spark, snowflake, bigquery, "
        "redshift, trino or tsql (default: the source's engine, or --source-dialect).",
        show_default=False,
    ),
]
SourceDialectOpt = Annotated[
    str | None,
    typer.Option(
        "--source-dialect",
        help="Dialect a DDL file or dbt catalog's types are written in (default: --dialect).",
        show_default=False,
    ),
]
AllowPathOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--allow-path",
        help="A folder (or file) outside the policy's folder that its lookup CSVs and packs may be read from; "
        "repeatable. By default a policy reads only files inside its own folder.",
        show_default=False,
    ),
]
OpenLineageOpt = Annotated[
    str | None,
    typer.Option(
        "--openlineage",
        help="Send OpenLineage START and COMPLETE/FAIL events to an http(s):// URL (a Marquez or other lineage "
        "server, e.g. http://localhost:5000) or append them, one JSON event per line, to a file. Events carry "
        "source and target tables, their columns and which rule masked each column, never values or the key.",
        show_default=False,
    ),
]
MetricsOpt = Annotated[
    Path | None,
    typer.Option(
        "--metrics",
        help="Write the run's metrics in Prometheus text format to this file when it ends, failed runs too: "
        "rows per table, seconds per phase, success, coverage, checks. Point it into node-exporter's "
        "--collector.textfile.directory, with a .prom name (e.g. /var/lib/node_exporter/datamask.prom).",
        show_default=False,
    ),
]

# run and verify on a file source: the folder of masked files, and the format they are (to be) written in.
TargetPathOpt = Annotated[
    Path | None,
    typer.Option(
        "--target-path",
        help="For a file source: the folder of masked files, one per table (default: the policy's target.path).",
        show_default=False,
    ),
]
TargetFormatOpt = Annotated[
    str | None,
    typer.Option(
        "--target-format",
        help="For a file source: parquet, csv or jsonl (default: target.format, else each table's own format).",
        show_default=False,
    ),
]

# The flag behind each library parameter an error can name (DatamaskError.option).
FLAGS = {
    "secret_file": "--secret-file",
    "dialect": "--dialect",
    "source_dialect": "--source-dialect",
    "source": "--source",
    "source_schema": "--source-schema",
    "out_dir": "--out",
    "allow_paths": "--allow-path",
    "lock_wait": "--lock-wait",
    "constraints": "--no-constraints",
    "write_relations": "--write-relations",
    "full_refresh": "--full-refresh",
    "secret_command": "--secret-command",
    "target_path": "--target-path",
    "fmt": "--target-format",
    "openlineage": "--openlineage",
    "metrics": "--metrics",
}


def command_flags(app: typer.Typer, name: str) -> frozenset[str]:
    """Every --flag the command `name` of `app` takes, as the CLI parses them."""
    command = typer.main.get_command(app).commands[name]
    # secondary_opts: the off switch of an on/off flag (--no-constraints).
    opts = (opt for param in command.params for opt in (*param.opts, *getattr(param, "secondary_opts", ())))
    return frozenset(opt for opt in opts if opt.startswith("--"))


def see_flag(option: str | None, flags: frozenset[str]) -> str:
    """'; see --flag' for the library parameter an error names, when the command has that flag.

    A hint must name something the user can type on this command: plan has no --out, verify no --dialect."""
    flag = FLAGS.get(option or "")
    return f"; see {flag}" if flag in flags else ""


# click's UsageError (unknown option, missing argument): BadParameter's base whether typer uses click or its copy.
_UsageError = typer.BadParameter.__mro__[1]


# The flow the top-level help teaches: find what is sensitive, review, compile, run, re-check, audit.
VERB_ORDER = ["scan", "plan", "compile", "run", "verify", "check", "report", "key", "schema"]


class Commands(TyperGroup):
    """Usage errors are the user's input, so they exit 1 as the README says; click's 2 means an internal error here."""

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        """click's make_context; a usage error in the command line exits 1."""
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except _UsageError as exc:
            exc.exit_code = 1
            raise

    def list_commands(self, ctx: Any) -> list[str]:
        """Verbs in the order of a user's flow, as `--help` lists them; verbs not named here follow."""
        names = super().list_commands(ctx)
        return sorted(names, key=lambda n: VERB_ORDER.index(n) if n in VERB_ORDER else len(VERB_ORDER))

    def invoke(self, ctx: Any) -> Any:
        """click's invoke; a usage error in a subcommand's options exits 1."""
        try:
            return super().invoke(ctx)
        except _UsageError as exc:
            exc.exit_code = 1
            raise


def key_from(secret_file: Path | None, secret_command: str | None) -> MaskingKey:
    """The key from --secret-command, --secret-file or $DATAMASK_SECRET."""
    return secret_from_command(secret_command) if secret_command else load_key(secret_file)
