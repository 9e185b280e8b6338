"""The one Typer app every verb module registers on, behind the one error and warning translation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import typer

from datamask_sql import ALGORITHM_VERSION, __version__
from datamask_sql.cliedge import translated
from datamask_sql.cliopts import Commands, command_flags

app = typer.Typer(
    cls=Commands,
    name="datamask-sql",
    help="Compile masking policies (YAML) and a database schema into deterministic SQL that builds "
    "masked copies inside the warehouse.\n\n"
    "Typical flow: `datamask-sql scan --write-policy` to find the sensitive columns and draft a policy, "
    "`datamask-sql plan` to review which rule each column gets, `datamask-sql compile` "
    "to write reviewable SQL, `datamask-sql run` to build the masked copy, `datamask-sql verify` to "
    "re-check it; `datamask-sql check` keeps the policy true in CI and `datamask-sql report` renders the audit "
    "trail. The secret comes from $DATAMASK_SECRET, --secret-file or --secret-command and never appears "
    "in output.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    pretty_exceptions_enable=False,
)


def command(fn: Callable[..., None]) -> Callable[..., None]:
    """Register a verb behind the one error and warning translation (cliedge.py), hints naming its own flags."""
    return app.command()(translated(fn, lambda: command_flags(app, fn.__name__)))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"datamask-sql {__version__} (algorithm {ALGORITHM_VERSION})")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """datamask-sql."""
