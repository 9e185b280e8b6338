"""partial: keep the first/last characters, mask the rest, keep separators (card numbers, IDs)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field, field_validator
from sqlglot import exp

from datamask_sql.transforms.base import TEXT_TYPES, BuildContext, Params, RefContext, Transform

# Separators are restricted to characters that are literal inside a regex bracket expression in
# every supported engine's regex flavour, so no escaping differences arise.
SEPARATOR_CHARS = " -./()+_:,#"
FORBIDDEN_MASK = "\\$&"


class PartialParams(Params):
    """Parameters of `partial`."""

    keep_first: int = Field(0, ge=0, description="Leading characters shown as they are.")
    keep_last: int = Field(0, ge=0, description="Trailing characters shown as they are.")
    mask_char: str = Field("*", min_length=1, max_length=1, description="Character masked positions become.")
    separators: str = Field(" -", description=f"Characters kept in place, from: '{SEPARATOR_CHARS}'.")

    @field_validator("mask_char")
    @classmethod
    def _mask_char(cls, v: str) -> str:
        if v in FORBIDDEN_MASK:
            raise ValueError(
                f"mask_char cannot be one of {FORBIDDEN_MASK!r} (they mean something in regex replacements)"
            )
        return v

    @field_validator("separators")
    @classmethod
    def _separators(cls, v: str) -> str:
        bad = sorted(set(v) - set(SEPARATOR_CHARS))
        if bad:
            raise ValueError(f"separators {''.join(bad)!r} not allowed; choose from {SEPARATOR_CHARS!r}")
        return v


class Partial(Transform):
    """Show only the ends of a value: '4111 1111 1111 1234' -> '**** **** **** 1234'."""

    name = "partial"
    content_dependent = True
    Params = PartialParams
    accepts = TEXT_TYPES
    summary = "keep the first/last N characters, mask the rest, keep separators"

    def build(self, ctx: BuildContext, params: PartialParams) -> exp.Expression:
        """CASE on length: values too short to show both ends are masked whole."""
        d, v = ctx.dialect, ctx.value
        first, last = params.keep_first, params.keep_last
        seps = params.separators
        mask = (
            (lambda t: d.mask_except(t, seps, params.mask_char))
            if seps
            else (lambda t: d.repeat(params.mask_char, d.length(t)))
        )
        masked_all = mask(v)
        if first == 0 and last == 0:
            return masked_all
        length = d.length(v)
        middle_len = exp.Sub(this=length, expression=exp.Literal.number(first + last))
        parts: list[exp.Expression] = []
        if first:
            parts.append(d.substring(v, 1, first))
        parts.append(mask(d.substring(v, first + 1, middle_len)))
        if last:
            start = exp.Add(
                this=exp.Sub(this=length.copy(), expression=exp.Literal.number(last)), expression=exp.Literal.number(1)
            )
            parts.append(d.substring(v, start, last))
        too_short = exp.LTE(this=length.copy(), expression=exp.Literal.number(first + last))
        return exp.Case(ifs=[exp.If(this=too_short, true=masked_all)], default=d.concat(*parts))

    def reference(self, value: Any, ctx: RefContext, params: PartialParams) -> Any:
        """The same, on Python code points."""
        s = str(value)
        pattern = re.compile(f"[^{re.escape(params.separators)}]" if params.separators else "[\\s\\S]")
        mask = lambda t: pattern.sub(params.mask_char, t)  # noqa: E731
        first, last = params.keep_first, params.keep_last
        if len(s) <= first + last:
            return mask(s)
        return s[:first] + mask(s[first : len(s) - last]) + s[len(s) - last :]
