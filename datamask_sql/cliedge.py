"""The CLI's edge: the one place library errors become a message and exit 1, and warnings a stderr line."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable

import typer

from datamask_sql.cliopts import see_flag
from datamask_sql.console import print_error
from datamask_sql.errors import DatamaskError, DatamaskWarning
from datamask_sql.secret import scrub


def fail(exc: DatamaskError, flags: frozenset[str]) -> None:
    """Print the error as one paragraph naming the flag behind it (when the command has it), and exit 1."""
    where = see_flag(exc.option, flags)
    # Scrubbed once more at the edge, whatever the library did: no key or secret reaches a terminal or CI log.
    print_error(f"{scrub(exc.render())}{where}")
    raise typer.Exit(1)


_show_python_warning = warnings.showwarning


def _warn(
    message: Warning | str, category: type[Warning], filename: str, lineno: int, *args: object, flags: frozenset[str]
) -> None:
    """Library warnings (DatamaskWarning) as one stderr line naming the flag; other warnings as Python shows them."""
    if not isinstance(message, DatamaskWarning):
        _show_python_warning(message, category, filename, lineno, *args)
        return
    where = see_flag(message.option, flags)
    print_error(f"{scrub(message.render())}{where}", label="warning:")


def translated(fn: Callable[..., None], flags: Callable[[], frozenset[str]]) -> Callable[..., None]:
    """`fn` with the one place a DatamaskError becomes a message and exit code 1, and warnings lines; hints
    name only `flags()`, the flags of the command being run."""

    @functools.wraps(fn)
    def run(*args, **kwargs) -> None:
        known = flags()
        with warnings.catch_warnings():
            warnings.simplefilter("always", DatamaskWarning)
            warnings.showwarning = functools.partial(_warn, flags=known)
            try:
                fn(*args, **kwargs)
            except DatamaskError as exc:
                fail(exc, known)

    return run
