"""Macros of the transforms that read no digest: keep, null, constant, partial, redact_text, generalize."""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dbt.holes import HoleInt, HoleStr
from datamask_sql.dbt.spec import Branch, branches, context
from datamask_sql.dialects import MaskingDialect, lit
from datamask_sql.transforms.basic import Constant, Keep, Null
from datamask_sql.transforms.generalize import Generalize, GeneralizeParams
from datamask_sql.transforms.partial import FORBIDDEN_MASK, SEPARATOR_CHARS, Partial, PartialParams
from datamask_sql.transforms.text import FORBIDDEN_REPLACEMENT, RedactText, RedactTextParams

NOT_ZERO = {("==", 0): False}
# dialects.base.regex_class in Jinja: the bracket body of exactly these characters, '-' last.
REGEX_CLASS = (
    "(separators | list | reject('equalto', '-') | unique(case_sensitive=true) | sort(case_sensitive=true) | join)"
    " ~ ('-' if '-' in separators else '')"
)


def refuse(condition: str, message: str) -> str:
    """Jinja failing the compile when `condition` holds: the checks the policy loader makes on parameters."""
    return "{%- if " + condition + " -%}{{ exceptions.raise_compiler_error(" + repr(message) + ") }}{%- endif -%}"


def keep_body(d: MaskingDialect) -> str:
    """The source value."""
    return "{{ column }}"


def null_body(d: MaskingDialect) -> str:
    """NULL."""
    return branches(d, [Branch(None, lambda d: Null().build(context(d), Null.Params()))], "")


def constant_body(d: MaskingDialect) -> str:
    """The literal of the value's type."""
    t = Constant()
    return branches(
        d,
        [
            Branch("value is sameas true", lambda d: exp.true()),
            Branch("value is sameas false", lambda d: exp.false()),
            Branch("value is string", lambda d: lit(HoleStr("value"))),
            Branch("value is number", lambda d: t.build(context(d), t.Params.model_construct(value=HoleInt("value")))),
        ],
        "datamask_sql.constant: value must be text, a number or a boolean",
    )


def partial_body(d: MaskingDialect) -> str:
    """Eight shapes: each end kept or not, separators or none."""
    t = Partial()
    checks = refuse(
        f"separators | reject('in', {SEPARATOR_CHARS!r}) | list",
        f"datamask_sql.partial: separators must be characters of {SEPARATOR_CHARS!r}",
    ) + refuse(
        f"mask_char | length != 1 or mask_char in {FORBIDDEN_MASK!r}",
        f"datamask_sql.partial: mask_char is one character, not one of {FORBIDDEN_MASK!r}",
    )
    cases = []
    for first in (0, None):
        for last in (0, None):
            for seps in ("", None):

                def build(d, first=first, last=last, seps=seps):
                    params = PartialParams.model_construct(
                        keep_first=HoleInt("keep_first", NOT_ZERO) if first is None else 0,
                        keep_last=HoleInt("keep_last", NOT_ZERO) if last is None else 0,
                        mask_char=HoleStr("mask_char"),
                        separators=HoleStr("separators", REGEX_CLASS) if seps is None else "",
                    )
                    return t.build(context(d), params)

                condition = " and ".join(
                    [
                        "keep_first " + ("!=" if first is None else "==") + " 0",
                        "keep_last " + ("!=" if last is None else "==") + " 0",
                        "separators " + ("!=" if seps is None else "==") + " ''",
                    ]
                )
                cases.append(Branch(condition, build))
    return checks + branches(d, cases, "")


def redact_text_body(d: MaskingDialect) -> str:
    """Emails replaced, digits replaced, either one skipped when its replacement is none."""
    t = RedactText()
    checks = "".join(
        refuse(
            f"{name} is not none and {name} | select('in', {FORBIDDEN_REPLACEMENT!r}) | list",
            f"datamask_sql.redact_text: {name} cannot contain any of {FORBIDDEN_REPLACEMENT!r}",
        )
        for name in ("email", "digit")
    ) + refuse("digit is not none and digit | length != 1", "datamask_sql.redact_text: digit is one character")
    cases = []
    for email in (True, False):
        for digit in (True, False):

            def build(d, email=email, digit=digit):
                params = RedactTextParams.model_construct(
                    email=HoleStr("email") if email else None, digit=HoleStr("digit") if digit else None
                )
                return t.build(context(d), params)

            condition = f"email is {'not ' if email else ''}none and digit is {'not ' if digit else ''}none"
            cases.append(Branch(condition, build))
    return checks + branches(d, cases, "")


def generalize_body(d: MaskingDialect) -> str:
    """Integer bands, or dates to the month, year or decade."""
    t = Generalize()
    cases = [
        Branch(
            "band is not none",
            lambda d: t.build(context(d, "integer"), GeneralizeParams.model_construct(band=HoleInt("band"), to=None)),
        )
    ]
    for unit in ("month", "year", "decade"):
        cases.append(
            Branch(
                f"to == '{unit}'",
                lambda d, u=unit: t.build(context(d, "date"), GeneralizeParams.model_construct(band=None, to=u)),
            )
        )
    return branches(d, cases, "datamask_sql.generalize needs band (integers) or to: month, year or decade (dates)")


BODIES = {
    Keep.name: keep_body,
    Null.name: null_body,
    Constant.name: constant_body,
    Partial.name: partial_body,
    RedactText.name: redact_text_body,
    Generalize.name: generalize_body,
}
