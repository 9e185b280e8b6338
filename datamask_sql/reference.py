"""Python reference of the determinism specification (docs/determinism.md).

Every dialect primitive and every dbt macro must compute exactly what these functions compute;
the execution tests hold each engine to them.
"""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import hashlib
import uuid
from typing import Any

# dm2 derives the key with scrypt, so guessing a secret from a fingerprint costs ~0.1 s and 32 MiB per guess.
# The domain and fingerprint contexts are fixed strings of the spec and keep their dm1 names.
KEY_SALT = "datamask-sql/dm2/key"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
DOMAIN_CONTEXT = "datamask-sql/dm1/domain:"
FINGERPRINT_CONTEXT = "datamask-sql/dm1/fingerprint:"


def sha256_hex(text: str) -> str:
    """Lowercase hex SHA-256 of the UTF-8 bytes of `text`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=64)
def derive_key(secret: str) -> str:
    """The 64-hex-character masking key the warehouse session holds: scrypt of the secret, never the secret.

    Cached: the KDF is slow on purpose, and the cache never leaves the process."""
    derived = hashlib.scrypt(
        secret.encode("utf-8"),
        salt=KEY_SALT.encode("utf-8"),
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )
    return derived.hex()


def domain_tag(domain: str) -> str:
    """Fixed-length tag of a consistency domain name, so key || tag || value parses one way only."""
    return sha256_hex(DOMAIN_CONTEXT + domain)


def key_fingerprint(key: str) -> str:
    """A short identifier of the key for manifests; one-way, reveals neither key nor secret."""
    return sha256_hex(FINGERPRINT_CONTEXT + key)[:16]


def digest(key: str, domain: str, canonical: str) -> str:
    """The keyed digest every derived value starts from: hex SHA-256 of key || tag || canonical."""
    return sha256_hex(key + domain_tag(domain) + canonical)


def hex_int(hex_digest: str, start: int, count: int) -> int:
    """Unsigned integer of hex digits [start, start+count) (1-based start, count <= 15)."""
    if not 1 <= count <= 15:
        raise ValueError("hex_int reads 1 to 15 hex digits so the value fits a signed 64-bit integer")
    return int(hex_digest[start - 1 : start - 1 + count], 16)


def canonical_text(value: Any, logical: str, scale: int | None = None) -> str | None:
    """Canonical text of a typed value (spec section 'Canonical text'); None for SQL NULL."""
    if value is None:
        return None
    if logical == "text":
        return str(value)
    if logical == "char":
        return str(value).rstrip(" ")
    if logical == "integer":
        return str(int(value))
    if logical == "decimal":
        quantum = decimal.Decimal(1).scaleb(-(scale or 0))
        text = format(decimal.Decimal(value).quantize(quantum), "f")
        return "0" + text[text.index(".") :] if text.startswith(".") else text
    if logical == "boolean":
        return "true" if value else "false"
    if logical == "date":
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    if logical == "timestamp":
        # isoformat zero-pads years below 1000, which strftime('%Y') does not on every platform.
        return value.isoformat(sep=" ", timespec="microseconds")
    if logical == "timestamptz":
        utc = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return utc.isoformat(sep=" ", timespec="microseconds")
    if logical == "uuid":
        return str(uuid.UUID(str(value)))
    raise ValueError(f"no canonical text for logical type {logical!r}")


def utc_wall_clock(value: dt.datetime) -> dt.datetime:
    """The UTC wall-clock time (naive) of a timestamp with time zone: what its canonical text shows."""
    return value.astimezone(dt.timezone.utc).replace(tzinfo=None)


def shift_days(value: Any, days: int, logical: str) -> Any:
    """A date or timestamp moved by whole days; a timestamp with time zone moves its UTC instant by exactly
    days x 24 h (daylight saving changes of its own zone do not count), shown in its own zone."""
    if logical != "timestamptz":
        return value + dt.timedelta(days=days)
    return (value.astimezone(dt.timezone.utc) + dt.timedelta(days=days)).astimezone(value.tzinfo)


# --- derivations used by the value transforms (docs/determinism-transforms.md) --------------------
DIGITS = "0123456789"
# LUHN_UNDOUBLE[t] is the digit whose Luhn doubling (2d, minus 9 when above 9) is t.
LUHN_UNDOUBLE = "0516273849"
DIGITS_PER_BLOCK = 32


def digest_block(hex_digest: str, block: int) -> str:
    """Block 0 is the digest; block b >= 1 is sha256_hex(digest || decimal b), for longer values."""
    return hex_digest if block == 0 else sha256_hex(hex_digest + str(block))


def derived_digit(hex_digest: str, position: int) -> str:
    """Decimal digit for 1-based character position: two hex digits of its block, modulo 10."""
    block, slot = divmod(position - 1, DIGITS_PER_BLOCK)
    pair = digest_block(hex_digest, block)[2 * slot : 2 * slot + 2]
    return str(int(pair, 16) % 10)


def luhn_sum(digits: str) -> int:
    """Luhn sum of a digit string whose last digit is the check digit."""
    total = 0
    for k, ch in enumerate(reversed(digits), start=1):
        d = int(ch)
        total += (2 * d - 9 if 2 * d > 9 else 2 * d) if k % 2 == 0 else d
    return total


def luhn_valid(digits: str) -> bool:
    """Whether a digit string passes the Luhn check."""
    return bool(digits) and luhn_sum(digits) % 10 == 0
