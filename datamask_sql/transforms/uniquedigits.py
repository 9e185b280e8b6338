"""`digits` with `unique: true`: the replaced digits of a value go through the keyed permutation as one string.

The replaced digits are those `digits` would replace (past keep_first, before keep_last, within the first
`limit` characters), less the last one when `luhn` recomputes it. Every other character stays where it is, so
two values that differ anywhere still differ: in a kept or non-digit character, or in the permuted digits.
"""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dialects.base import MaskingDialect, lit
from datamask_sql.reference import DIGITS
from datamask_sql.transforms.base import BuildContext
from datamask_sql.transforms.feistel import MAX_DIGITS, NON_DIGIT, permute, permuted

LAST_DIGIT = "[0-9]$"


def _case(cond: exp.Expression, then: exp.Expression, default: exp.Expression) -> exp.Expression:
    return exp.Case(ifs=[exp.If(this=cond, true=then)], default=default)


def _head(d: MaskingDialect, v: exp.Expression, keep_last: int, limit: int) -> exp.Expression:
    """Last position digits are replaced at: before the kept tail, within the limit."""
    length = d.length(v)
    room = exp.Sub(this=length.copy(), expression=lit(keep_last))
    return exp.Case(
        ifs=[
            exp.If(this=exp.LTE(this=length.copy(), expression=lit(keep_last)), true=lit(0)),
            exp.If(this=exp.LT(this=room.copy(), expression=lit(limit)), true=room),
        ],
        default=lit(limit),
    )


def payload(d: MaskingDialect, v: exp.Expression, keep_first: int, keep_last: int, luhn: bool, limit: int):
    """The digits the permutation takes, in order (at most MAX_DIGITS)."""
    head = _head(d, v, keep_last, limit)
    region = _case(
        exp.GT(this=head, expression=lit(keep_first)),
        d.substring(v, keep_first + 1, exp.Sub(this=head.copy(), expression=lit(keep_first))),
        lit(""),
    )
    digits = d.regexp_replace_all(region, NON_DIGIT, "")
    if luhn:
        digits = d.regexp_replace_all(digits, LAST_DIGIT, "")
    return d.substring(digits, 1, MAX_DIGITS)


def unique_outs(ctx: BuildContext, keep_first: int, keep_last: int, luhn: bool, limit: int) -> list[exp.Expression]:
    """Output character of each position 1..limit: the k-th replaced digit becomes the k-th permuted one."""
    d, v = ctx.dialect, ctx.value
    p = permuted(d, ctx.stage, payload(d, v, keep_first, keep_last, luhn, limit), ctx.domain)
    outs = []
    for i in range(1, limit + 1):
        same = d.substring(v, i, 1)
        if i <= keep_first:
            outs.append(same)
            continue
        k = d.length(d.regexp_replace_all(d.substring(v, keep_first + 1, i - keep_first), NON_DIGIT, ""))
        # Past the permuted digits: the Luhn check digit (spliced in later) or a digit past MAX_DIGITS.
        digit = _case(exp.LTE(this=k, expression=d.length(p.copy())), d.substring(p.copy(), k.copy(), 1), lit("0"))
        replaced = exp.and_(
            exp.LTE(this=lit(i), expression=d.length(v)),
            exp.GT(this=d.index_in(DIGITS, same.copy()), expression=lit(0)),
            copy=False,
        )
        if keep_last:
            kept = exp.GT(this=lit(i), expression=exp.Sub(this=d.length(v), expression=lit(keep_last)))
            replaced = exp.and_(replaced, exp.Not(this=exp.paren(kept, copy=False)), copy=False)
        outs.append(_case(replaced, digit, same.copy()))
    return outs


def unique_reference(
    s: str, key: str, domain: str, keep_first: int, keep_last: int, luhn: bool, limit: int
) -> list[str]:
    """The same on Python code points: the characters of s[:limit] with the replaced digits permuted."""
    n = len(s)
    head = 0 if n <= keep_last else min(n - keep_last, limit)
    replaced = [i for i in range(keep_first + 1, head + 1) if s[i - 1] in DIGITS]
    taken = replaced[:-1] if luhn else replaced
    p = permute(key, domain, "".join(s[i - 1] for i in taken[:MAX_DIGITS]))
    out = list(s[:limit])
    for k, i in enumerate(replaced, start=1):
        out[i - 1] = p[k - 1] if k <= len(p) else "0"
    return out


def unique_caveats(keep_first: int, keep_last: int, luhn: bool, limit: int, length: int | None) -> list[str]:
    """The values `unique: true` may not keep distinct on a column of this declared length (none: every value)."""
    caveats = []
    if luhn:
        caveats.append("values that differ only in their check digit collide (no two Luhn-valid values do)")
    if length is None or length > limit:
        caveats.append(f"digits past character {limit} become 0, so longer values may collide (raise max_length)")
    if min(limit, length or limit) - keep_first - keep_last - int(luhn) > MAX_DIGITS:
        caveats.append(f"digits past the {MAX_DIGITS}th replaced one become 0")
    return caveats
