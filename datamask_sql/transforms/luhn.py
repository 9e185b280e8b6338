"""digits with luhn: what every Luhn term needs of the source is computed once per row, the terms only look it up.

Per row, from the source value alone (so both live in the digest level, beside the digests): the fix position
(`luhn_fix`: the last replaceable digit, which carries the check digit) and a weight string, ten characters per
substituted position: the Luhn contribution of each digit 0-9 there ("0123456789" where it counts single,
"0246813579" where it is doubled, ten times the kept digit's contribution where the digit is kept, ten "0" where
there is no digit). The term of position i is then one character of it, at the keyed digit's offset: no term
repeats the per-position expressions, and the output is the same as the spelled-out form's
(docs/determinism-transforms.md).
"""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dialects.base import MaskingDialect, lit
from datamask_sql.reference import DIGITS, LUHN_UNDOUBLE
from datamask_sql.sqltypes import build_type

# Contribution of digit k where it counts single (k) and where it is doubled (2k, less 9 above 9).
WEIGHTS = "0123456789" + "0246813579"
# The digit whose contribution is t, single then doubled: the check digit is read off this.
CHECK_DIGITS = DIGITS + LUHN_UNDOUBLE
NO_DIGIT = "0" * 10
NON_DIGIT = "[^0-9]"


def _int(value: exp.Expression) -> exp.Expression:
    return exp.cast(value, build_type("INT"), copy=False)


def _case(cond: exp.Expression, then: exp.Expression, default: exp.Expression) -> exp.Expression:
    return exp.Case(ifs=[exp.If(this=cond, true=then)], default=default)


def doubled(d: MaskingDialect, v: exp.Expression, position: exp.Expression | int) -> exp.Expression:
    """1 where the digit at `position` is doubled (an odd number of digits follows it), else 0."""
    start = exp.Add(this=position, expression=lit(1)) if isinstance(position, exp.Expression) else position + 1
    return d.mod(d.length(d.regexp_replace_all(d.substring(v, start), NON_DIGIT, "")), 2)


def kept_weights(d: MaskingDialect, v: exp.Expression, i: int) -> exp.Expression:
    """The kept digit at position i's contribution ten times single, then ten times doubled."""
    char = d.substring(v, i, 1)
    twice = d.substring(lit(WEIGHTS[10:]), d.index_in(DIGITS, char.copy()), 1)
    return d.concat(d.repeat(char, lit(10)), d.repeat(twice, lit(10)))


def weight_block(
    d: MaskingDialect, v: exp.Expression, i: int, digit: exp.Expression, kept_first: bool, keep_last: int
) -> exp.Expression:
    """Position i's ten weights; `digit` says whether it holds a digit (is_digit_at). The twenty weights of its
    kind (single, then doubled) are chosen first, so the parity is computed once."""
    if kept_first:
        both = _case(digit, kept_weights(d, v, i), lit(NO_DIGIT * 2))
    else:
        ifs = [exp.If(this=exp.Not(this=exp.paren(digit, copy=False)), true=lit(NO_DIGIT * 2))]
        if keep_last:
            kept = exp.GT(this=lit(i), expression=exp.Sub(this=d.length(v), expression=lit(keep_last)))
            ifs.append(exp.If(this=kept, true=kept_weights(d, v, i)))
        both = exp.Case(ifs=ifs, default=lit(WEIGHTS))
    return d.substring(both, exp.Add(this=lit(1), expression=exp.Mul(this=lit(10), expression=doubled(d, v, i))), 10)


def term(
    d: MaskingDialect, weights: exp.Expression, i: int, pick: exp.Expression | None, fix: exp.Expression
) -> exp.Expression:
    """Luhn contribution of output position i: its weight at the keyed digit `pick` (None: a kept-first
    position, whose weights are all alike and which is never the fix), 0 at the fix position."""
    start = lit(10 * (i - 1) + 1)
    if pick is None:
        return _int(d.substring(weights, start, 1))
    value = _int(d.substring(weights, exp.Add(this=start, expression=pick), 1))
    return _case(exp.EQ(this=fix, expression=lit(i)), lit(0), value)


def place(
    d: MaskingDialect,
    v: exp.Expression,
    keep_first: int | exp.Expression,
    fix: exp.Expression,
    total: exp.Expression,
    out: exp.Expression,
) -> exp.Expression:
    """`out` with its character at the fix position made the check digit that brings the Luhn sum `total` to a
    multiple of 10; where no replaced digit carries it (fix <= keep_first), the character already there."""
    check = d.mod(exp.Sub(this=lit(10), expression=d.mod(exp.paren(total, copy=False), 10)), 10)
    at = exp.Add(this=exp.Mul(this=lit(10), expression=doubled(d, v, fix.copy())), expression=check)
    digit = d.substring(lit(CHECK_DIGITS), _int(exp.Add(this=at, expression=lit(1))), 1)
    # Position 1 when there is no digit at all (fix 0): the character there is already its own output.
    position = _case(exp.GT(this=fix.copy(), expression=lit(0)), fix.copy(), lit(1))
    here = d.substring(v, position.copy(), 1)
    first = keep_first if isinstance(keep_first, exp.Expression) else lit(keep_first)
    char = _case(exp.GT(this=fix.copy(), expression=first), digit, here)
    return d.replace_at(out, position, char)
