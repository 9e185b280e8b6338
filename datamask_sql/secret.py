"""Where the masking secret comes from, and what may be said about it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from datamask_sql import reference
from datamask_sql.errors import SecretError

ENV_VAR = "DATAMASK_SECRET"
MIN_LENGTH = 8


@dataclass(frozen=True)
class MaskingKey:
    """The derived key a run hands to the warehouse; repr never shows it."""

    value: str = field(repr=False)

    @property
    def fingerprint(self) -> str:
        """Non-revealing identifier for manifests and run logs."""
        return reference.key_fingerprint(self.value)


def key_from_secret(secret: str) -> MaskingKey:
    """Derive the masking key; refuse empty or trivially short secrets."""
    if len(secret) < MIN_LENGTH:
        raise SecretError(
            f"the masking secret is shorter than {MIN_LENGTH} characters",
            hint="use a long random value, e.g. `openssl rand -hex 32`, and keep it in a secret store",
        )
    return MaskingKey(reference.derive_key(secret))


def load_key(secret_file: Path | None = None, environ: dict[str, str] | None = None) -> MaskingKey:
    """Read the secret from `secret_file` or $DATAMASK_SECRET; there is no built-in default."""
    env = os.environ if environ is None else environ
    if secret_file is not None:
        try:
            secret = secret_file.read_text(encoding="utf-8").strip("\r\n")
        except OSError as exc:
            raise SecretError(f"cannot read the secret file: {exc.strerror}", file=str(secret_file)) from None
        return key_from_secret(secret)
    secret = env.get(ENV_VAR)
    if not secret:
        raise SecretError(
            "no masking secret: set DATAMASK_SECRET or give a secret file",
            hint="datamask-sql never falls back to a built-in secret, because outputs keyed by a known "
            "secret could be reversed by dictionary attack",
            option="secret_file",
        )
    return key_from_secret(secret)
