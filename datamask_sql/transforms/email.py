"""email: a deterministic, undeliverable address derived from the keyed digest."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import Field
from sqlglot import exp

from datamask_sql import reference
from datamask_sql.catalog.model import Column
from datamask_sql.dialects.base import lit
from datamask_sql.errors import UnsupportedError
from datamask_sql.transforms import emailnames
from datamask_sql.transforms.base import TEXT_TYPES, BuildContext, Params, RefContext, Transform

# RFC 2606 reserved domains: a masked address can never reach a real mailbox.
DOMAINS = ("example.com", "example.net", "example.org")
LOCAL_LENGTH = 16
MAX_LENGTH = LOCAL_LENGTH + 1 + max(len(d) for d in DOMAINS)


class EmailParams(Params):
    """Parameters of `email`."""

    unhashed_defaults: ClassVar[tuple[str, ...]] = ("style", "first", "last")

    keep_domain: bool = Field(False, description="Keep the part after the last '@' of the original address.")
    style: Literal["digest", "name"] = Field(
        "digest",
        description="digest: 16 hex characters; name: the row's fake first and last names, then the same 16 hex "
        "characters ('jane.doe.1f0c9a52e3b84d77@example.com'), so distinct inputs stay distinct.",
    )
    first: str | None = Field(
        None, description="style: name: column whose fake pick is the first name (default: the fake first_name one)."
    )
    last: str | None = Field(
        None, description="style: name: column whose fake pick is the last name (default: the fake last_name one)."
    )


class Email(Transform):
    """'ana.souza@gmail.com' -> '1f0c9a52e3b84d77@example.net' (or '@gmail.com' with keep_domain)."""

    name = "email"
    Params = EmailParams
    keyed = True
    leak_checked = True
    accepts = TEXT_TYPES
    summary = "16 hex characters of the keyed digest @ a reserved example domain (or the real domain)"

    def check(self, params: EmailParams, column: Column) -> str | None:
        """The generated address must fit the column."""
        if params.style == "digest" and (params.first or params.last):
            return "'first' and 'last' name the columns of style: name; add style: name or drop them"
        need = MAX_LENGTH + (emailnames.name_length() if params.style == "name" else 0)
        if column.length is not None and column.length < need:
            return f"masked addresses need up to {need} characters; the column allows {column.length}"
        return None

    def injective(self, params: EmailParams, column: Column) -> bool:
        """The local part carries 64 bits of the digest."""
        return True

    def build(self, ctx: BuildContext, params: EmailParams) -> exp.Expression:
        """local @ domain, the domain picked by two more hex digits of the digest."""
        d = ctx.dialect
        local = d.substring(ctx.digest(), 1, LOCAL_LENGTH)
        pick = d.mod(d.hex_int(ctx.digest(), LOCAL_LENGTH + 1, 2), len(DOMAINS))
        reserved = exp.Case(
            ifs=[
                exp.If(this=exp.EQ(this=pick.copy(), expression=lit(i)), true=lit(dom))
                for i, dom in enumerate(DOMAINS[:-1])
            ],
            default=lit(DOMAINS[-1]),
        )
        domain: exp.Expression = reserved
        if params.keep_domain:
            v = ctx.value
            at_from_end = d.strpos(d.reverse(v), "@")
            start = exp.Add(this=exp.Sub(this=d.length(v), expression=at_from_end), expression=exp.Literal.number(2))
            domain = exp.Case(
                ifs=[exp.If(this=exp.GT(this=d.strpos(v, "@"), expression=lit(0)), true=d.substring(v, start))],
                default=reserved,
            )
        if params.style == "name":
            sources, problem = emailnames.name_sources(params.first, params.last, ctx.rules)
            if problem:
                raise UnsupportedError(f"email on {ctx.column.name}: {problem}")
            return d.concat(*emailnames.build_names(ctx, sources), local, lit("@"), domain)
        return d.concat(local, lit("@"), domain)

    def reference(self, value: Any, ctx: RefContext, params: EmailParams) -> Any:
        """The same in Python."""
        digest = ctx.digest(value)
        domain = DOMAINS[reference.hex_int(digest, LOCAL_LENGTH + 1, 2) % len(DOMAINS)]
        text = str(value)
        if params.keep_domain and "@" in text:
            domain = text.rsplit("@", 1)[1]
        names = ""
        if params.style == "name":
            sources, problem = emailnames.name_sources(params.first, params.last, ctx.rules)
            if problem:
                raise ValueError(problem)
            names = emailnames.reference_names(ctx, sources)
        return f"{names}{digest[:LOCAL_LENGTH]}@{domain}"
