"""The CLI's edge: the one place library errors become a message and exit 1, and warnings a stderr line."""

from __future__ import annotations

import functools
import warnings
from collections.abc import Callable

import typer

from datamask_sql.cliopts import FLAGS
from datamask_sql.console import print_error
from datamask_sql.errors import DatamaskError, DatamaskWarning
from datamask_sql.secret import scrub


def fail(exc: DatamaskError) -> None:
    """Print the error as one paragraph naming the flag behind it, and exit 1."""
    flag = FLAGS.get(exc.option or "")
    where = f"; see {flag}" if flag else ""
    # Scrubbed once more at the edge, whatever the library did: no key or secret reaches a terminal or CI log.
    print_error(f"{scrub(exc.render())}{where}")
    raise typer.Exit(1)


_show_python_warning = warnings.showwarning


def _warn(message: Warning | str, category: type[Warning], filename: str, lineno: int, *args: object) -> None:
    """Library warnings (DatamaskWarning) as one stderr line naming the flag; other warnings as Python shows them."""
    if not isinstance(message, DatamaskWarning):
        _show_python_warning(message, category, filename, lineno, *args)
        return
    flag = FLAGS.get(message.option or "")
    where = f"; see {flag}" if flag else ""
    print_error(f"{scrub(message.render())}{where}", label="warning:")


def translated(fn: Callable[..., None]) -> Callable[..., None]:
    """`fn` with the one place a DatamaskError becomes a message and exit code 1, and warnings lines."""

    @functools.wraps(fn)
    def run(*args, **kwargs) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("always", DatamaskWarning)
            warnings.showwarning = _warn
            try:
                fn(*args, **kwargs)
            except DatamaskError as exc:
                fail(exc)

    return run
