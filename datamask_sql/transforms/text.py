"""redact_text: inside free text, replace email addresses and every digit; leave the rest of the text."""

from __future__ import annotations

import re
from typing import Any

from pydantic import Field, field_validator
from sqlglot import exp

from datamask_sql.transforms.base import BuildContext, Params, RefContext, Transform

# A portable subset every engine's regex flavour reads alike: bracket classes, '+', one group, no
# alternation or escapes, so leftmost-longest (PostgreSQL) and leftmost-first (RE2, Python) agree.
EMAIL_PATTERN = "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+([.][A-Za-z0-9-]+)+"
DIGIT_PATTERN = "[0-9]"
# Characters that mean something in a regex replacement in one engine or another.
FORBIDDEN_REPLACEMENT = "\\$&"


class RedactTextParams(Params):
    """Parameters of `redact_text`."""

    email: str | None = Field("user@example.com", description="What every email address becomes (null: keep them).")
    digit: str | None = Field("#", description="What every digit becomes (phones, cards, IDs); null keeps digits.")

    @field_validator("email", "digit")
    @classmethod
    def _literal(cls, v: str | None) -> str | None:
        if v is not None and any(c in FORBIDDEN_REPLACEMENT for c in v):
            raise ValueError(f"replacements cannot contain any of {FORBIDDEN_REPLACEMENT!r}")
        return v

    @field_validator("digit")
    @classmethod
    def _one_char(cls, v: str | None) -> str | None:
        if v is not None and len(v) != 1:
            raise ValueError("digit must be one character, so lengths and separators stay as they were")
        return v


class RedactText(Transform):
    """'mail ana@x.com or call +55 11 91234-5678' -> 'mail user@example.com or call +## ## #####-####'."""

    name = "redact_text"
    content_dependent = True
    Params = RedactTextParams
    accepts = ("text",)
    summary = "replace embedded email addresses by a fixed address and every digit by a mask character"

    def build(self, ctx: BuildContext, params: RedactTextParams) -> exp.Expression:
        """Emails first (so their digits go with them), then digits."""
        d, out = ctx.dialect, ctx.value
        if params.email is not None:
            out = d.regexp_replace_all(out, EMAIL_PATTERN, params.email)
        if params.digit is not None:
            out = d.regexp_replace_all(out, DIGIT_PATTERN, params.digit)
        return out

    def reference(self, value: Any, ctx: RefContext, params: RedactTextParams) -> Any:
        """The same with Python's re; a bounded column truncates like the engines' explicit CAST does."""
        out = str(value)
        if params.email is not None:
            out = re.sub(EMAIL_PATTERN, lambda _: params.email, out)
        if params.digit is not None:
            out = re.sub(DIGIT_PATTERN, params.digit, out)
        return out[: ctx.column.length] if ctx.column.length is not None else out
