"""digits: replace every digit by a keyed digit, keep every other character and the length (phones, IDs, cards)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import MaskingDialect, lit
from datamask_sql.reference import DIGITS, DIGITS_PER_BLOCK, LUHN_UNDOUBLE
from datamask_sql.sqltypes import build_type
from datamask_sql.transforms import luhn
from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform
from datamask_sql.transforms.uniquedigits import unique_caveats, unique_outs, unique_reference

# Each position is its own CASE in the SQL (no lambdas in most dialects), so the statement grows with
# the number of positions; past this many, digits become '0' (see docs/determinism-transforms.md).
DEFAULT_POSITIONS = 32
MAX_POSITIONS = 128
DIGIT = "[0-9]"
NON_DIGIT = "[^0-9]"
TRAILING_NON_DIGITS = "[^0-9]+$"


class DigitsParams(Params):
    """Parameters of `digits`."""

    keep_first: int = Field(0, ge=0, description="Leading characters kept as they are.")
    keep_last: int = Field(0, ge=0, description="Trailing characters kept as they are.")
    luhn: bool = Field(False, description="Fix the last replaced digit so the digits pass the Luhn check.")
    unique: bool = Field(
        False,
        description=(
            "Permute the replaced digits with a keyed permutation, so distinct values stay distinct "
            "(required on unique and key columns)."
        ),
    )
    max_length: int | None = Field(
        None,
        ge=1,
        le=MAX_POSITIONS,
        description=(
            "Positions substituted one by one (default: the column length up to 64, else 32); digits past it become 0."
        ),
    )


def positions(params: DigitsParams, column: Column) -> int:
    """How many leading positions get per-position keyed digits."""
    if params.max_length is not None:
        return params.max_length
    if column.length is not None and column.length <= 2 * DIGITS_PER_BLOCK:
        return column.length
    return DEFAULT_POSITIONS


def _block(d: MaskingDialect, digest: exp.Expression, block: int) -> exp.Expression:
    return digest if block == 0 else d.sha256_hex(d.concat(digest, lit(str(block))))


def _digits_after(d: MaskingDialect, v: exp.Expression, position: exp.Expression | int) -> exp.Expression:
    start = exp.Add(this=position, expression=lit(1)) if isinstance(position, exp.Expression) else position + 1
    return d.length(d.regexp_replace_all(d.substring(v, start), NON_DIGIT, ""))


def _int(value: exp.Expression) -> exp.Expression:
    # hex_int is BIGINT; PostgreSQL has no substring(text, bigint, int).
    return exp.cast(value, build_type("INT"), copy=False)


def _case(cond: exp.Expression, then: exp.Expression, default: exp.Expression) -> exp.Expression:
    return exp.Case(ifs=[exp.If(this=cond, true=then)], default=default)


# The pieces below are what Digits.build assembles; the dbt macro generator assembles the same pieces
# in a Jinja loop, so each takes the position and the block digest as values, never loops itself.
def is_digit_at(d: MaskingDialect, v: exp.Expression, i: int) -> exp.Expression:
    """Whether position i exists and holds a digit."""
    return exp.and_(
        exp.LTE(this=lit(i), expression=d.length(v)),
        exp.GT(this=d.index_in(DIGITS, d.substring(v, i, 1)), expression=lit(0)),
        copy=False,
    )


def block_digest(d: MaskingDialect, digest: exp.Expression, block: int | str) -> exp.Expression:
    """Digest block b >= 1: sha256_hex(digest || decimal b) (block 0 is the digest itself)."""
    return d.sha256_hex(d.concat(digest, lit(str(block))))


def keyed_pick(d: MaskingDialect, block: exp.Expression, slot: int) -> exp.Expression:
    """The keyed digit's value 0-9 of the position at `slot` of its block: two hex digits of the block, mod 10."""
    return d.mod(d.hex_int(block, 2 * slot + 1, 2), 10)


def replaced_at(
    d: MaskingDialect, v: exp.Expression, i: int, block: exp.Expression, slot: int, keep_last: int
) -> exp.Expression:
    """Position i: its keyed digit (two hex digits of its block, mod 10) when it is a digit not kept, else itself."""
    pick = keyed_pick(d, block, slot)
    keyed = d.substring(lit(DIGITS), _int(exp.Add(this=pick, expression=lit(1))), 1)
    replaced = is_digit_at(d, v, i)
    if keep_last:
        # i <= n - keep_last (not kept) also says that position i exists: the one bound says both.
        not_kept = exp.LTE(this=lit(i), expression=exp.Sub(this=d.length(v), expression=lit(keep_last)))
        digit = exp.GT(this=d.index_in(DIGITS, d.substring(v, i, 1)), expression=lit(0))
        replaced = exp.and_(not_kept, digit, copy=False)
    return _case(replaced, keyed, d.substring(v, i, 1))


def tail(d: MaskingDialect, v: exp.Expression, limit: int) -> exp.Expression:
    """Everything past the substituted positions, each digit made '0'."""
    return d.regexp_replace_all(d.substring(v, limit + 1), DIGIT, "0")


def luhn_fix(d: MaskingDialect, v: exp.Expression, keep_last: int, limit: int) -> exp.Expression:
    """Position of the last replaceable digit, which carries the check digit."""
    length = d.length(v)
    room = exp.Sub(this=length.copy(), expression=lit(keep_last))
    head = exp.Case(
        ifs=[
            exp.If(this=exp.LTE(this=length.copy(), expression=lit(keep_last)), true=lit(0)),
            exp.If(this=exp.LT(this=room.copy(), expression=lit(limit)), true=room),
        ],
        default=lit(limit),
    )
    return d.length(d.regexp_replace_all(d.substring(v, 1, head), TRAILING_NON_DIGITS, ""))


def luhn_weights(d: MaskingDialect, v: exp.Expression, keep_first: int, keep_last: int, limit: int) -> exp.Expression:
    """The row's weight string: ten Luhn weights per substituted position (transforms/luhn.py)."""
    blocks = [luhn.weight_block(d, v, i, is_digit_at(d, v, i), i <= keep_first, keep_last) for i in range(1, limit + 1)]
    return d.concat(*blocks)


def luhn_term(
    d: MaskingDialect, v: exp.Expression, i: int, out: exp.Expression, digit: exp.Expression, fix: exp.Expression
) -> exp.Expression:
    """Luhn contribution of output position i (0 at the fix position, which the check digit replaces)."""
    doubled = exp.EQ(this=d.mod(_digits_after(d, v, i), 2), expression=lit(1))
    value = exp.StrPosition(this=_case(doubled, lit(LUHN_UNDOUBLE), lit(DIGITS)), substr=out)
    counted = exp.and_(digit, exp.NEQ(this=fix, expression=lit(i)), copy=False)
    return _case(counted, exp.Sub(this=value, expression=lit(1)), lit(0))


def luhn_splice(
    d: MaskingDialect,
    v: exp.Expression,
    keep_first: int,
    fix: exp.Expression,
    total: exp.Expression,
    out: exp.Expression,
) -> exp.Expression:
    """`out` with the check digit that makes the Luhn sum `total` (+ it) a multiple of 10 spliced in at `fix`."""
    check = d.mod(exp.Sub(this=lit(10), expression=d.mod(exp.paren(total, copy=False), 10)), 10)
    at = _int(exp.Add(this=check, expression=lit(1)))
    fix_doubled = exp.EQ(this=d.mod(_digits_after(d, v, fix.copy()), 2), expression=lit(1))
    digit = _case(fix_doubled, d.substring(lit(LUHN_UNDOUBLE), at, 1), d.substring(lit(DIGITS), at.copy(), 1))
    spliced = d.concat(
        d.substring(out.copy(), 1, exp.Sub(this=fix.copy(), expression=lit(1))),
        digit,
        d.substring(out.copy(), exp.Add(this=fix.copy(), expression=lit(1))),
    )
    return _case(exp.GT(this=fix.copy(), expression=lit(keep_first)), spliced, out)


class Digits(Transform):
    """'+55 (12) 3923-5555' -> '+55 (48) 1170-2694': digits keyed per position, the rest kept."""

    name = "digits"
    content_dependent = True
    Params = DigitsParams
    keyed = True
    accepts = ("text",)
    summary = "replace each digit by a keyed digit; keep other characters, length, optional Luhn validity"

    def injective(self, params: DigitsParams, column: Column) -> bool:
        """unique: true is a permutation of the replaced digits; injective outright when no caveat applies."""
        return params.unique and not self._caveats(params, column)

    def collision_note(self, params: DigitsParams, column: Column, rows: int | None = None) -> str | None:
        """unique: true with a caveat passes with a note saying which values could still collide."""
        caveats = self._caveats(params, column)
        return f"digits unique: true keeps values distinct, except: {'; '.join(caveats)}" if params.unique else None

    def lossy_hint(self, params: DigitsParams, column: Column) -> str | None:
        """The permutation is the way to keep digits on a key."""
        return "add unique: true (a keyed permutation of the digits: distinct values stay distinct, format kept)"

    def _caveats(self, params: DigitsParams, column: Column) -> list[str]:
        limit = positions(params, column)
        return unique_caveats(params.keep_first, params.keep_last, params.luhn, limit, column.length)

    def build(self, ctx: BuildContext, params: DigitsParams) -> exp.Expression:
        """One CASE per position, concatenated; then the Luhn fix spliced in at one position."""
        d, v = ctx.dialect, ctx.value
        limit = positions(params, ctx.column)
        blocks: dict[int, exp.Expression] = {}
        outs: list[exp.Expression] = []
        picks: list[exp.Expression | None] = []
        if params.unique:
            outs = unique_outs(ctx, params.keep_first, params.keep_last, params.luhn, limit)
        # The unique form fills every position itself; the loop below is the keyed-per-position form.
        for i in range(1, 0 if params.unique else limit + 1):
            if i <= params.keep_first:
                outs.append(d.substring(v, i, 1))
                picks.append(None)
                continue
            block, slot = divmod(i - 1, DIGITS_PER_BLOCK)
            if block not in blocks:
                blocks[block] = ctx.digest() if block == 0 else block_digest(d, ctx.digest(), block)
            outs.append(replaced_at(d, v, i, blocks[block].copy(), slot, params.keep_last))
            picks.append(keyed_pick(d, blocks[block].copy(), slot))
        if not params.luhn:
            # Each position is read once: no copies (copying them was a tenth of a wide compile).
            return d.concat(*outs, tail(d, v, limit))
        if not params.unique:
            # Each term looks its weight up in the row's weight string: outs are read once, in the output.
            fix = ctx.row("luhn_fix", luhn_fix(d, v, params.keep_last, limit))
            weights = ctx.row("luhn_weights", luhn_weights(d, v, params.keep_first, params.keep_last, limit))
            terms = [luhn.term(d, weights.copy(), i, p, fix.copy()) for i, p in enumerate(picks, start=1)]
            total = terms[0]
            for t in terms[1:]:
                total = exp.Add(this=total, expression=t)
            return luhn.place(d, v, params.keep_first, fix, total, d.concat(*outs, tail(d, v, limit)))
        out = d.concat(*[o.copy() for o in outs], tail(d, v, limit))
        fix = luhn_fix(d, v, params.keep_last, limit)
        terms = [luhn_term(d, v, i, o.copy(), is_digit_at(d, v, i), fix.copy()) for i, o in enumerate(outs, start=1)]
        total = terms[0]
        for term in terms[1:]:
            total = exp.Add(this=total, expression=term)
        return luhn_splice(d, v, params.keep_first, fix, total, out)

    def reference(self, value: Any, ctx: RefContext, params: DigitsParams) -> Any:
        """The same on Python code points."""
        s, digest = str(value), ctx.digest(value)
        limit, n = positions(params, ctx.column), len(s)
        out = []
        if params.unique:
            out = unique_reference(s, ctx.key, ctx.domain, params.keep_first, params.keep_last, params.luhn, limit)
        for i, ch in enumerate(s[: 0 if params.unique else limit], start=1):
            kept = i <= params.keep_first or i > n - params.keep_last
            out.append(reference.derived_digit(digest, i) if ch in DIGITS and not kept else ch)
        tail = re.sub("[0-9]", "0", s[limit:])
        if not params.luhn:
            return "".join(out) + tail
        head = 0 if n <= params.keep_last else min(n - params.keep_last, limit)
        fix = len(re.sub(r"[^0-9]+\Z", "", s[:head]))
        if fix <= params.keep_first:
            return "".join(out) + tail
        out[fix - 1] = "0"
        total = reference.luhn_sum(re.sub("[^0-9]", "", "".join(out) + tail))
        check = (10 - total % 10) % 10
        doubled = len(re.sub("[^0-9]", "", s[fix:])) % 2 == 1
        out[fix - 1] = LUHN_UNDOUBLE[check] if doubled else DIGITS[check]
        return "".join(out) + tail
