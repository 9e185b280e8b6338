"""The parts every transform macro shares: arguments the compiler infers, the digest, NULL/when/cast finishing."""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from datamask_sql import reference
from datamask_sql.dbt import holes
from datamask_sql.dbt.spec import Arg, Branch, branches, render, setting
from datamask_sql.dialects import MaskingDialect
from datamask_sql.render.select import finish, keyed_digest
from datamask_sql.transforms import Transform
from datamask_sql.transforms.base import HASHABLE_TYPES, TEXT_TYPES

# What the compiler infers about the column, passed explicitly (the generated dbt models do).
COMMON = (
    Arg("domain"),
    Arg("logical"),
    Arg("column_length"),
    Arg("scale"),
    Arg("data_type"),
    Arg("digest"),
    Arg("when"),
    Arg("domain_tag"),
)
COMMON_NAMES = tuple(a.name for a in COMMON)

DEFAULT_DOMAIN = "(this.identifier ~ '.' ~ {column}) | lower"


def digest_call(column: str, domain: str, logical: str, scale: str, domain_tag: str) -> str:
    """Jinja calling the digest macro."""
    return f"datamask_sql.digest({column}, domain={domain}, logical={logical}, scale={scale}, domain_tag={domain_tag})"


def digest_body(d: MaskingDialect) -> str:
    """sha256_hex(key || tag || canonical text), per logical type; the tag precomputed or hashed from the name."""
    tag = branches(
        d,
        [
            Branch("domain_tag is not none", lambda d: exp.Literal.string(holes.HoleStr("domain_tag"))),
            Branch(None, lambda d: d.sha256_hex(exp.Literal.string(holes.HoleStr("_prefix ~ _domain")))),
        ],
        "",
    )
    cases = []
    for logical in HASHABLE_TYPES:
        if logical == "decimal":
            canonical: Callable[[MaskingDialect], exp.Expression] = lambda d: d.decimal_text(  # noqa: E731
                holes.sql("column"), holes.HoleInt("_scale")
            )
        else:
            canonical = lambda d, lg=logical: d.canonical_text(  # noqa: E731
                holes.sql("column"), lg, exp.DataType.build("TEXT")
            )
        # The key through its own macro, so a project can dispatch key() to its own way of reading it.
        cases.append(
            Branch(
                f"_logical == '{logical}'",
                lambda d, c=canonical: keyed_digest(d, c(d), holes.sql("_tag"), holes.sql("datamask_sql.key()")),
            )
        )
    return (
        "{%- set _logical = logical if logical is not none else 'text' -%}"
        "{%- set _scale = scale if scale is not none else 0 -%}"
        f"{{%- set _domain = domain if domain is not none else {DEFAULT_DOMAIN.format(column='column')} -%}}"
        f"{{%- set _prefix = {reference.DOMAIN_CONTEXT!r} -%}}"
        + setting("_tag", tag)
        + branches(d, cases, "datamask_sql.digest: no canonical text for this logical type (keep or null the column)")
    )


def key_body(d: MaskingDialect) -> str:
    """The expression reading the masking key the session holds."""
    return render(d, lambda d: d.key())


def prelude(transform: Transform, default_logical: str) -> str:
    """Resolve logical and the value transforms read; keyed transforms also get their digest."""
    out = f"{{%- set logical = logical if logical is not none else '{default_logical}' -%}}"
    if transform.keyed:
        domain = f"domain if domain is not none else {DEFAULT_DOMAIN.format(column='column')}"
        call = digest_call("column", f"({domain})", "logical", "scale", "domain_tag")
        out += f"{{%- set _digest = digest if digest is not none else {call} -%}}"
    return out


def value_setting(d: MaskingDialect, transform: Transform) -> str:
    """`_value`: what the builder reads; CHAR values without trailing blanks, as the compiler reads them."""
    if transform.accepts is not None and not set(transform.accepts) & set(TEXT_TYPES):
        return "{%- set _value = column -%}"
    char = render(d, lambda d: d.char_value(holes.sql("column")))
    return setting("_value", "{%- if logical == 'char' -%}" + char + "{%- else -%}{{ column }}{%- endif -%}")


def finished(d: MaskingDialect, transform: Transform, body: str) -> str:
    """The body bound to `_body`, then NULL kept, `when` applied and cast, as the compiler does."""
    if not transform.masks:
        return body
    cases = []
    for when in (False, True):
        for typed in (False, True):
            condition = f"when is {'not ' if when else ''}none and data_type is {'not ' if typed else ''}none"
            cases.append(
                Branch(
                    condition,
                    lambda d, w=when, t=typed: finish(
                        d,
                        transform,
                        holes.sql("column"),
                        holes.sql("_body"),
                        holes.sql("when") if w else None,
                        holes.data_type("data_type") if t else None,
                    ),
                )
            )
    return setting("_body", body) + branches(d, cases, "")
