"""A keyed permutation of n-digit strings (a Feistel network), for `digits` with `unique: true`.

The n digits split into A (the first u = n div 2) and B (the other v = n - u), read as integers. Round r
(0-based) maps (A, B) to (B, (A + F_r(B)) mod 10^m), m = u on even rounds and v on odd ones, so A always has
the width m of the sum that replaces it. Each round is a bijection of Z_10^u x Z_10^v (from (B, C) the old A
is (C - F_r(B)) mod 10^m, whatever F_r is), so the composition is one: a permutation of exactly the 10^n
strings of n digits, with no cycle walking. After an even number of rounds A is u digits and B is v again.

F_r(B) = hex_int(sha256_hex(key || feistel_tag(domain) || 'n:r:B'), 1, 15) mod 10^m, B in plain decimal.
The tag is not the value digest's domain tag, so no masked value's digest can equal a round value.

In SQL each round is one projection over the previous one (BuildContext.stage): written as one expression,
round r would repeat round r-1 twice, and the SQL would double with every round.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.dialects.base import MaskingDialect, lit
from datamask_sql.sqltypes import build_type

FEISTEL_CONTEXT = "datamask-sql/dm1/feistel:"
ROUNDS = 8
# Halves of at most 18 digits: A + F_r(B) < 2 x 10^18 fits a signed 64-bit integer on every engine.
MAX_DIGITS = 36
NON_DIGIT = "[^0-9]"

# Registers an expression one projection level up (1 = over the source row) and returns its reference.
Stage = Callable[[int, exp.Expression], exp.Expression]


def feistel_tag(domain: str) -> str:
    """The round functions' fixed-length domain tag."""
    return reference.sha256_hex(FEISTEL_CONTEXT + domain)


def round_value(key: str, tag: str, n: int, r: int, b: int, m: int) -> int:
    """F_r(B) mod 10^m for an n-digit input."""
    return reference.hex_int(reference.sha256_hex(f"{key}{tag}{n}:{r}:{b}"), 1, 15) % 10**m


def permute(key: str, domain: str, digits: str) -> str:
    """The keyed permutation of a string of at most MAX_DIGITS decimal digits (same length)."""
    n = len(digits)
    if n > MAX_DIGITS:
        raise ValueError(f"the permutation takes at most {MAX_DIGITS} digits")
    tag, u = feistel_tag(domain), n // 2
    v = n - u
    a, b = int(digits[:u] or 0), int(digits[u:] or 0)
    for r in range(ROUNDS):
        m = u if r % 2 == 0 else v
        a, b = b, (a + round_value(key, tag, n, r, b, m)) % 10**m
    return (str(a).zfill(u) if u else "") + (str(b).zfill(v) if v else "")


def _int(value: exp.Expression) -> exp.Expression:
    return exp.cast(value, build_type("BIGINT"), copy=False)


def _text(d: MaskingDialect, value: exp.Expression) -> exp.Expression:
    return d.integer_text(value)


def _power_of_ten(d: MaskingDialect, width: exp.Expression) -> exp.Expression:
    # '1' followed by `width` zeros, read as an integer: exact where POWER would go through a double.
    return _int(d.concat(lit("1"), d.repeat("0", width)))


def _padded(d: MaskingDialect, value: exp.Expression, width: exp.Expression) -> exp.Expression:
    """`value` (0 <= value < 10^width) as exactly `width` digits; '' for width 0."""
    text = _text(d, value)
    return d.substring(d.concat(d.repeat("0", width), text), exp.Add(this=d.length(text.copy()), expression=lit(1)))


def permuted(d: MaskingDialect, stage: Stage, digits: exp.Expression, domain: str, level: int = 1) -> exp.Expression:
    """Reference to the permutation of the digit string `digits` (at most MAX_DIGITS), computed from `level` on."""
    p = stage(level, digits)
    n = stage(level + 1, d.length(p))
    half = exp.cast(
        exp.Div(
            this=exp.paren(exp.Sub(this=d.length(p.copy()), expression=d.mod(d.length(p.copy()), 2)), copy=False),
            expression=lit(2),
        ),
        build_type("INT"),
        copy=False,
    )
    u = stage(level + 1, half)
    v = stage(level + 1, exp.Sub(this=d.length(p.copy()), expression=half.copy()))
    a = stage(level + 1, _int(d.concat(lit("0"), d.substring(p.copy(), 1, half.copy()))))
    b = stage(level + 1, _int(d.concat(lit("0"), d.substring(p.copy(), exp.Add(this=half.copy(), expression=lit(1))))))
    tag = lit(feistel_tag(domain))
    widths = (
        stage(level + 1, _power_of_ten(d, half.copy())),
        stage(level + 1, _power_of_ten(d, exp.Sub(this=d.length(p.copy()), expression=half.copy()))),
    )
    for r in range(ROUNDS):
        text = d.concat(d.key(), tag.copy(), _text(d, n.copy()), lit(f":{r}:"), _text(d, b.copy()))
        m = widths[r % 2].copy()
        f = exp.Mod(this=d.hex_int(d.sha256_hex(text), 1, 15), expression=m)
        total = exp.Mod(this=exp.paren(exp.Add(this=a.copy(), expression=f), copy=False), expression=m.copy())
        a, b = stage(level + 2 + r, b.copy()), stage(level + 2 + r, total)
    return stage(level + 2 + ROUNDS, d.concat(_padded(d, a, u.copy()), _padded(d, b, v.copy())))
