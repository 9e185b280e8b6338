"""The digits macro: Digits.build's per-position pieces, rendered once with the position as a hole, looped in Jinja."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dbt import holes
from datamask_sql.dbt.holes import HoleInt, HoleStr
from datamask_sql.dbt.spec import Branch, branches, render, setting
from datamask_sql.dialects import MaskingDialect
from datamask_sql.reference import DIGITS_PER_BLOCK
from datamask_sql.transforms import luhn
from datamask_sql.transforms.digits import (
    DEFAULT_POSITIONS,
    block_digest,
    is_digit_at,
    keyed_pick,
    luhn_fix,
    replaced_at,
    tail,
)

NOT_ZERO = {("==", 0): False}
V = "_value"
SLOT = f"((i - 1) % {DIGITS_PER_BLOCK})"
POSITIONS = (
    "{%- set _limit = max_length if max_length is not none else (column_length if column_length is not none"
    f" and column_length <= {2 * DIGITS_PER_BLOCK} else {DEFAULT_POSITIONS}) -%}}"
)


def i() -> HoleInt:
    """The position the Jinja loops run over."""
    return HoleInt("i")


def value() -> exp.Expression:
    """The value the builders read (CHAR without its trailing blanks)."""
    return holes.sql(V)


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
    positions = POSITIONS
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
                    HoleInt(SLOT),
                    HoleInt("keep_last", NOT_ZERO),
                ),
            ),
            Branch(
                None,
                lambda d: replaced_at(d, value(), i(), holes.sql("_bd"), HoleInt(SLOT), 0),
            ),
        ],
        "",
    )
    block = render(d, lambda d: block_digest(d, holes.sql("_digest"), HoleStr("_block | string")))
    loop = (
        "{%- set _outs = [] -%}{%- set _picks = [] -%}"
        "{%- for i in range(1, _limit + 1) -%}"
        + "{%- if i <= keep_first -%}"
        + setting("_o", render(d, lambda d: d.substring(value(), i(), 1)))
        + "{%- set _p = none -%}"
        + "{%- else -%}"
        + f"{{%- set _block = (i - 1) // {DIGITS_PER_BLOCK} -%}}"
        + setting("_bd", "{%- if _block == 0 -%}{{ _digest }}{%- else -%}" + block + "{%- endif -%}")
        + setting("_o", keyed)
        + setting("_p", render(d, lambda d: keyed_pick(d, holes.sql("_bd"), HoleInt(SLOT))))
        + "{%- endif -%}"
        "{%- set _ = _outs.append(_o) -%}{%- set _ = _picks.append(_p) -%}"
        "{%- endfor -%}"
    )
    prefix, sep, suffix = variadic(d, lambda d, *parts: d.concat(*parts))
    out = setting("_tail", render(d, lambda d: tail(d, value(), HoleInt("_limit")))) + setting(
        "_out", prefix + "{{ (_outs + [_tail]) | join(" + repr(sep) + ") }}" + suffix
    )
    term = lambda d, pick: luhn.term(d, holes.sql("_weights"), i(), pick, holes.sql("_fix"))  # noqa: E731
    terms = (
        row_values(d)
        + "{%- set _terms = [] -%}{%- for i in range(1, _limit + 1) -%}"
        + setting(
            "_t",
            "{%- if i <= keep_first -%}"
            + render(d, lambda d: term(d, None))
            + "{%- else -%}"
            + render(d, lambda d: term(d, holes.sql("_picks[i - 1]")))
            + "{%- endif -%}",
        )
        + "{%- set _ = _terms.append(_t) -%}{%- endfor -%}"
    )
    splice = render(
        d,
        lambda d: luhn.place(
            d,
            value(),
            HoleInt("keep_first"),
            holes.sql("_fix"),
            holes.raw("{{ _terms | join(' + ') }}"),
            holes.sql("_out"),
        ),
    )
    return positions + loop + out + "{%- if luhn -%}" + terms + splice + "{%- else -%}{{ _out }}{%- endif -%}"


def row_values(d: MaskingDialect) -> str:
    """`_fix` and `_weights`, Luhn's per-row values: the model's references to them when it passes them (computed
    beside the digests, as compile does), else computed here (a hand-written model)."""
    fix = render(d, lambda d: luhn_fix(d, value(), HoleInt("keep_last"), HoleInt("_limit")))
    block = branches(
        d,
        [
            Branch(
                "i <= keep_first", lambda d: luhn.weight_block(d, value(), i(), is_digit_at(d, value(), i()), True, 0)
            ),
            Branch(
                "keep_last != 0",
                lambda d: luhn.weight_block(
                    d, value(), i(), is_digit_at(d, value(), i()), False, HoleInt("keep_last", NOT_ZERO)
                ),
            ),
            Branch(None, lambda d: luhn.weight_block(d, value(), i(), is_digit_at(d, value(), i()), False, 0)),
        ],
        "",
    )
    prefix, sep, suffix = variadic(d, lambda d, *parts: d.concat(*parts))
    joined = "{%- if _blocks | length == 1 -%}{{ _blocks[0] }}{%- else -%}" + prefix
    joined += "{{ _blocks | join(" + repr(sep) + ") }}" + suffix + "{%- endif -%}"
    return (
        setting("_fix", "{%- if luhn_fix is not none -%}{{ luhn_fix }}{%- else -%}" + fix + "{%- endif -%}")
        + "{%- set _blocks = [] -%}{%- if luhn_weights is none -%}{%- for i in range(1, _limit + 1) -%}"
        + setting("_w", block)
        + "{%- set _ = _blocks.append(_w) -%}{%- endfor -%}{%- endif -%}"
        + setting(
            "_weights", "{%- if luhn_weights is not none -%}{{ luhn_weights }}{%- else -%}" + joined + "{%- endif -%}"
        )
    )


def digits_part(d: MaskingDialect) -> str:
    """One per-row value alone (`part`: luhn_fix or luhn_weights), unfinished: what a model computes beside the
    digests and passes back to the column's call."""
    return (
        POSITIONS
        + row_values(d)
        + "{%- if part == 'luhn_fix' -%}{{ _fix }}{%- elif part == 'luhn_weights' -%}{{ _weights }}"
        + "{%- else -%}{{ exceptions.raise_compiler_error('datamask_sql.digits: part is luhn_fix or luhn_weights') }}"
        + "{%- endif -%}"
    )


BODIES = {"digits": digits_body}
# Macros that also return one of their per-row values alone, given `part`.
PARTS = {"digits": digits_part}
