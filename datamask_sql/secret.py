"""Where the masking secret comes from, what may be said about it, and how every message is kept clear of it."""

from __future__ import annotations

import functools
import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from datamask_sql import reference
from datamask_sql.errors import DatamaskWarning, SecretError

ENV_VAR = "DATAMASK_SECRET"
MIN_LENGTH = 8
# Below this a secret still works, with a warning: each guess costs scrypt, but short secrets have few guesses.
STRONG_LENGTH = 16
# Any run this long of the key or the secret is scrubbed from messages, so a truncated key cannot leak either.
FRAGMENT = 16
REDACTED = "<redacted>"
# Words and patterns people build secrets from; what remains of a secret without them must still be long.
COMMON_WORDS = (
    "password", "passwort", "passw0rd", "secret", "changeme", "change", "letmein", "welcome", "admin", "root",
    "qwerty", "asdf", "zxcv", "12345", "abc123", "iloveyou", "monkey", "dragon", "master", "login", "default",
    "example", "demo", "test", "datamask", "masking", "key",
)  # fmt: skip
MIN_UNCOMMON = 8
MIN_DISTINCT = 6


def _fold(text: str) -> tuple[str, list[int]]:
    """`text` case-folded without whitespace, and where in `text` each folded character came from."""
    chars, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            for c in ch.casefold():
                chars.append(c)
                where.append(i)
    return "".join(chars), where


@dataclass(frozen=True)
class Scrubber:
    """Replaces every run of FRAGMENT characters of some sensitive values, in any case and across whitespace."""

    windows: frozenset[str] = field(repr=False)
    sizes: tuple[int, ...] = ()

    @classmethod
    def of(cls, *values: str) -> Scrubber:
        """A scrubber of `values` and the hex of their UTF-8 bytes, the way engines print byte strings
        (PostgreSQL bytea, DuckDB blobs); values shorter than FRAGMENT are scrubbed whole."""
        windows, sizes = set(), set()
        for value in (*values, *(v.encode("utf-8").hex() for v in values)):
            folded, _ = _fold(value)
            size = min(FRAGMENT, len(folded))
            if size:
                windows |= {folded[i : i + size] for i in range(len(folded) - size + 1)}
                sizes.add(size)
        return cls(frozenset(windows), tuple(sorted(sizes)))

    @classmethod
    def union(cls, *scrubbers: Scrubber) -> Scrubber:
        """One scrubber doing the work of all of `scrubbers` in one pass."""
        windows = frozenset().union(*(s.windows for s in scrubbers))
        return cls(windows, tuple(sorted({n for s in scrubbers for n in s.sizes})))

    def __call__(self, text: str) -> str:
        """`text` with every matching run replaced by REDACTED."""
        folded, where = _fold(text)
        spans = sorted(
            (where[i], where[i + n - 1])
            for n in self.sizes
            for i in range(len(folded) - n + 1)
            if folded[i : i + n] in self.windows
        )
        merged: list[list[int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        parts, last = [], 0
        for start, end in merged:
            parts += [text[last:start], REDACTED]
            last = end + 1
        return "".join(parts) + text[last:]


# Every key this process made: engine messages anywhere are scrubbed of all of them (and of their secrets).
_KNOWN: set[Scrubber] = set()


@functools.lru_cache(maxsize=16)
def _scrubber_of(*values: str) -> Scrubber:
    return Scrubber.of(*values)


def scrub(text: str) -> str:
    """`text` without the key or secret of any key made in this process, nor the secret in $DATAMASK_SECRET."""
    env = os.environ.get(ENV_VAR, "")
    # A secret too short to be used is refused, never used; scrubbing it would blank ordinary words.
    scrubbers = [*_KNOWN, _scrubber_of(env)] if len(env) >= MIN_LENGTH else list(_KNOWN)
    return Scrubber.union(*scrubbers)(text) if scrubbers else text


@dataclass(frozen=True)
class MaskingKey:
    """The derived key a run hands to the warehouse; repr never shows it, nor the secret it scrubs."""

    value: str = field(repr=False)
    scrubber: Scrubber | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.scrubber is None:
            object.__setattr__(self, "scrubber", _scrubber_of(self.value))
        _KNOWN.add(self.scrubber)

    @property
    def fingerprint(self) -> str:
        """Non-revealing identifier for manifests and run logs."""
        return reference.key_fingerprint(self.value)

    def scrub(self, text: str) -> str:
        """`text` without this key or its secret (and without any other key this process made)."""
        return scrub(text)


def _char_class(ch: str) -> str:
    return "lower" if ch.islower() else "upper" if ch.isupper() else "digit" if ch.isdigit() else "other"


def weak_secret_reasons(secret: str) -> list[str]:
    """Why a secret is easy to guess (empty when it is not): short, one kind of character, common words."""
    reasons = []
    if len(secret) < STRONG_LENGTH:
        reasons.append(f"shorter than {STRONG_LENGTH} characters")
    if len({_char_class(c) for c in secret}) == 1:
        reasons.append("one kind of character only")
    if len(set(secret)) < MIN_DISTINCT:
        reasons.append(f"fewer than {MIN_DISTINCT} different characters")
    rest = secret.casefold()
    for word in sorted(COMMON_WORDS, key=len, reverse=True):
        rest = rest.replace(word, "")
    # A run of one character counts once: 'aaaa' and '0000' add nothing to guess.
    rest = re.sub(r"(.)\1+", r"\1", rest)
    if len(rest) < MIN_UNCOMMON and len(rest) < len(secret):
        reasons.append("mostly common words or patterns")
    return reasons


def key_from_secret(secret: str) -> MaskingKey:
    """Derive the masking key; refuse trivially short secrets, warn about weak ones."""
    if len(secret) < MIN_LENGTH:
        raise SecretError(
            f"the masking secret is shorter than {MIN_LENGTH} characters",
            hint="use a long random value, e.g. `openssl rand -hex 32`, and keep it in a secret store",
        )
    reasons = weak_secret_reasons(secret)
    if reasons:
        warnings.warn(
            DatamaskWarning(
                f"the masking secret is weak ({'; '.join(reasons)}): whoever guesses it can recompute every "
                "masked value from a known input",
                hint="use a long random value, e.g. `openssl rand -hex 32`",
            ),
            stacklevel=2,
        )
    value = reference.derive_key(secret)
    return MaskingKey(value, _scrubber_of(value, secret))


def _read_secret_file(path: Path) -> str:
    try:
        data = path.read_bytes()
        mode = path.stat().st_mode
    except OSError as exc:
        raise SecretError(f"cannot read the secret file: {exc.strerror}", file=str(path)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SecretError(
            "the secret file is not UTF-8 text",
            file=str(path),
            hint="write the secret as text, e.g. the output of `openssl rand -hex 32`",
        ) from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        who = "other users" if mode & stat.S_IRWXO else "its group"
        warnings.warn(
            DatamaskWarning(
                f"the secret file can be read by {who} (mode {stat.S_IMODE(mode):o})",
                file=str(path),
                hint="chmod 600 it",
                option="secret_file",
            ),
            stacklevel=3,
        )
    return text.strip("\r\n")


def load_key(secret_file: Path | None = None, environ: dict[str, str] | None = None) -> MaskingKey:
    """Read the secret from `secret_file` or $DATAMASK_SECRET; there is no built-in default."""
    env = os.environ if environ is None else environ
    if secret_file is not None:
        return key_from_secret(_read_secret_file(secret_file))
    secret = env.get(ENV_VAR)
    if not secret:
        raise SecretError(
            "no masking secret: set DATAMASK_SECRET or give a secret file",
            hint="datamask-sql never falls back to a built-in secret, because outputs keyed by a known "
            "secret could be reversed by dictionary attack",
            option="secret_file",
        )
    return key_from_secret(secret)


# Seconds a secret command may take (a secret manager asking for a login would otherwise hang the run).
COMMAND_TIMEOUT = 60


def secret_from_command(command: str) -> MaskingKey:
    """Run `command` (given on the command line, never by a policy) without a shell; its stdout is the secret.

    Nothing touches disk. Its stderr is never shown: a failing secret manager may print what it read."""
    import shlex
    import subprocess

    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise SecretError(f"cannot parse the secret command: {exc}", option="secret_command") from None
    if not argv:
        raise SecretError("the secret command is empty", option="secret_command")
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=COMMAND_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        reason = "timed out" if isinstance(exc, subprocess.TimeoutExpired) else f"could not start ({exc.strerror})"
        raise SecretError(f"the secret command '{argv[0]}' {reason}", option="secret_command") from None
    if done.returncode != 0:
        raise SecretError(
            f"the secret command '{argv[0]}' exited with status {done.returncode}",
            hint="run it yourself to see why; its error output is not shown, as it may hold the secret",
            option="secret_command",
        )
    secret = done.stdout.decode("utf-8", errors="strict").strip("\r\n") if done.stdout else ""
    if not secret:
        raise SecretError(f"the secret command '{argv[0]}' printed nothing", option="secret_command")
    return key_from_secret(secret)
