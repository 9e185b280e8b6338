"""How a dialect's session holds the masking key: reading it, setting it, checking it, keeping it out of logs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from sqlglot import exp

from datamask_sql import reference

KEY_VARIABLE = "datamask_key"


@dataclass(frozen=True)
class LogGuard:
    """A session setting that keeps the statement setting the key out of one server log, and its undo."""

    log: str
    hide: exp.Expression
    restore: exp.Expression
    # Why the engine may refuse `hide` (e.g. a privilege the user lacks), for the run-time warning.
    needs: str = ""


class SessionKey:
    """The key's part of MaskingDialect (mixed into it, so it builds on the dialect's primitives)."""

    # Which server log records the set_key statement when nothing keeps it out ("" when none does).
    key_statement_log: ClassVar[str] = ""

    def key(self) -> exp.Expression:
        """Expression reading the masking key the session holds (never the key itself)."""
        raise self.unsupported("reading the masking key", "emit for an engine with session variables")

    def set_key(self) -> exp.Expression:
        """Statement with one placeholder that stores the key in the session, bound through the driver."""
        raise self.unsupported("setting the masking key", "emit for an engine with session variables")

    def key_instructions(self) -> str:
        """How a person running the files by hand supplies the key (one line, no secret in it)."""
        return "set the session variable datamask_key to the output of `datamask-sql key` before running"

    def key_fingerprint(self) -> exp.Expression:
        """reference.key_fingerprint of the key the session holds now, computed by the engine."""
        message = self.concat(exp.Literal.string(reference.FINGERPRINT_CONTEXT), self.key())
        return self.substring(self.sha256_hex(message), 1, 16)

    def key_upload(self, schema: str, path: str) -> tuple[exp.Expression, ...]:
        """Statements that read the key from the client-side file `path` into the session, through `schema`
        (a file transfer of the wire protocol, so no statement text holds it); () where the engine has none."""
        return ()

    def key_log_guards(self) -> tuple[LogGuard, ...]:
        """Settings tried, in order, around the set_key statement so no server log records it."""
        return ()

    def startup_options(self, key: str) -> str | None:
        """Connection startup options that hand the key to a new session unlogged (None: the engine has none)."""
        return None
