"""The digits macro: Digits.build's per-position pieces, rendered once with the position as a hole, looped in Jinja."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dbt import holes
from datamask_sql.dbt.holes import HoleInt, HoleStr
from datamask_sql.dbt.spec import Branch, branches, render, setting
from datamask_sql.dialects import MaskingDialect
from datamask_sql.reference import DIGITS_PER_BLOCK
from datamask_sql.transforms.digits import (
    DEFAULT_POSITIONS,
    block_digest,
    is_digit_at,
    luhn_fix,
    luhn_splice,
    luhn_term,
    replaced_at,
    tail,
)

NOT_ZERO = {("==", 0): False}
V = "_value"


def variadic(d: MaskingDialect, build) -> tuple[str, str, str]:
    """(prefix, separator, suffix) of a primitive over any number of parts, read off three parts."""
    tokens = ("\x01", "\x02", "\x03")

    def three(d: MaskingDialect) -> exp.Expression:
        return build(d, *(holes.raw(t) for t in tokens))

    text = render(d, three)
    a, b, c = (text.index(t) for t in tokens)
    prefix, sep, sep2, suffix = text[:a], text[a + 1 : b], text[b + 1 : c], text[c + 1 :]
    if sep != sep2:  # pragma: no cover - a dialect whose concat is not a flat list
        raise RuntimeError(f"{d.name}: concat of three parts is not a flat list: {text!r}")
    return prefix, sep, suffix


def digits_body(d: MaskingDialect) -> str:
    """Per-position CASEs concatenated, then the Luhn check digit spliced in."""
    i = lambda: HoleInt("i")  # noqa: E731
    value = lambda: holes.sql(V)  # noqa: E731
    positions = (
        "{%- set _limit = max_length if max_length is not none else (column_length if column_length is not none"
        f" and column_length <= {2 * DIGITS_PER_BLOCK} else {DEFAULT_POSITIONS}) -%}}"
    )
    keyed = branches(
        d,
        [
            Branch(
                "keep_last != 0",
                lambda d: replaced_at(
                    d,
                    value(),
                    i(),
                    holes.sql("_bd"),
                    HoleInt(f"((i - 1) % {DIGITS_PER_BLOCK})"),
                    HoleInt("keep_last", NOT_ZERO),
                ),
            ),
            Branch(
                None,
                lambda d: replaced_at(d, value(), i(), holes.sql("_bd"), HoleInt(f"((i - 1) % {DIGITS_PER_BLOCK})"), 0),
            ),
        ],
        "",
    )
    block = render(d, lambda d: block_digest(d, holes.sql("_digest"), HoleStr("_block | string")))
    loop = (
        "{%- set _outs = [] -%}{%- set _isdig = [] -%}"
        "{%- for i in range(1, _limit + 1) -%}"
        + setting("_dg", render(d, lambda d: is_digit_at(d, value(), i())))
        + "{%- if i <= keep_first -%}"
        + setting("_o", render(d, lambda d: d.substring(value(), i(), 1)))
        + "{%- else -%}"
        + f"{{%- set _block = (i - 1) // {DIGITS_PER_BLOCK} -%}}"
        + setting("_bd", "{%- if _block == 0 -%}{{ _digest }}{%- else -%}" + block + "{%- endif -%}")
        + setting("_o", keyed)
        + "{%- endif -%}"
        "{%- set _ = _outs.append(_o) -%}{%- set _ = _isdig.append(_dg) -%}"
        "{%- endfor -%}"
    )
    prefix, sep, suffix = variadic(d, lambda d, *parts: d.concat(*parts))
    out = setting("_tail", render(d, lambda d: tail(d, value(), HoleInt("_limit")))) + setting(
        "_out", prefix + "{{ (_outs + [_tail]) | join(" + repr(sep) + ") }}" + suffix
    )
    terms = (
        setting("_fix", render(d, lambda d: luhn_fix(d, value(), HoleInt("keep_last"), HoleInt("_limit"))))
        + "{%- set _terms = [] -%}{%- for i in range(1, _limit + 1) -%}"
        + setting(
            "_t",
            render(
                # is_digit_at is an AND: exp.and_ parenthesises it, so its hole must be parenthesised too.
                d,
                lambda d: luhn_term(
                    d, value(), i(), holes.sql("_outs[i - 1]"), exp.paren(holes.sql("_isdig[i - 1]")), holes.sql("_fix")
                ),
            ),
        )
        + "{%- set _ = _terms.append(_t) -%}{%- endfor -%}"
    )
    splice = render(
        d,
        lambda d: luhn_splice(
            d,
            value(),
            HoleInt("keep_first"),
            holes.sql("_fix"),
            holes.raw("{{ _terms | join(' + ') }}"),
            holes.sql("_out"),
        ),
    )
    return positions + loop + out + "{%- if luhn -%}" + terms + splice + "{%- else -%}{{ _out }}{%- endif -%}"


BODIES = {"digits": digits_body}
