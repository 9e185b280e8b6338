"""One exception family: every user-facing failure is a DatamaskError with context."""

from __future__ import annotations


class DatamaskError(Exception):
    """Root of every error datamask-sql raises on purpose; the CLI maps it to exit code 1."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        path: str | None = None,
        hint: str | None = None,
        option: str | None = None,
    ) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.path = path
        self.hint = hint
        # The library parameter the fix involves (e.g. 'secret_file'); the CLI names its flag.
        self.option = option
        super().__init__(self.render())

    def render(self) -> str:
        """One paragraph: `file:line: key.path: message (hint)`."""
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        path = f"{self.path}: " if self.path else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{path}{self.message}{hint}"


class PolicyError(DatamaskError):
    """The policy file is malformed or asks for something invalid."""


class CatalogError(DatamaskError):
    """The schema source cannot be read or introspected."""


class PlanError(DatamaskError):
    """Policy and schema do not fit together (uncovered column, type or length misfit, ...)."""


class UnsupportedError(PlanError):
    """A dialect cannot express a transform; raised at compile time, never at run time."""


class SecretError(DatamaskError):
    """No usable masking secret was supplied."""


class RunError(DatamaskError):
    """Executing compiled SQL failed; the previous target is left intact."""


class VerifyError(DatamaskError):
    """A finished or staged target failed a check (row counts, leaks, keys)."""


class DatamaskWarning(UserWarning):
    """Something works but is unsafe (a weak secret, a readable secret file, a logged key); the CLI prints it."""

    def __init__(self, message: str, *, file: str | None = None, hint: str | None = None, option: str | None = None):
        self.message = message
        self.file = file
        self.hint = hint
        # The library parameter the fix involves; the CLI names its flag, as for DatamaskError.
        self.option = option
        super().__init__(self.render())

    def render(self) -> str:
        """One paragraph: `file: message (hint)`."""
        where = f"{self.file}: " if self.file else ""
        hint = f" ({self.hint})" if self.hint else ""
        return f"{where}{self.message}{hint}"
