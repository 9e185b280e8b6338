"""Macros of the keyed transforms: hash, email, uuid, hash_int, noise, date_shift, fake.

Each transform's `emit` half takes resolved values; the Jinja here resolves them from the policy's parameters
and the column facts the compiler passes, as the transform's own `build` half does in Python.
"""

from __future__ import annotations

from sqlglot import exp

from datamask_sql.dbt.holes import HoleInt, HoleStr, data_type, sql
from datamask_sql.dbt.spec import Branch, branches, context
from datamask_sql.dialects import MaskingDialect
from datamask_sql.emit.sql import to_sql
from datamask_sql.transforms.dates import PER_DOMAIN_SUFFIX, DateShift, DateShiftParams
from datamask_sql.transforms.email import Email, EmailParams
from datamask_sql.transforms.fake import Fake
from datamask_sql.transforms.hashing import Hash
from datamask_sql.transforms.numbers import MAX_RANGE, NOISE_PER_SUFFIX, HashInt, Noise
from datamask_sql.transforms.uuid import Uuid

NOT_ZERO = {("==", 0): False}
BIGINT = (-(2**63), 2**63 - 1)
# The working type of noise, per scale 0..38: rendered by the dialect, indexed by Jinja.
SCALES = range(39)


def hash_body(d: MaskingDialect) -> str:
    """The digest itself, or its first n hex digits (hashing.hash_length in Jinja)."""
    t = Hash()
    resolve = "{%- set _n = length if length is not none else ([64, column_length] | min if column_length else 64) -%}"
    return resolve + branches(
        d,
        [
            Branch("_n == 64", lambda d: t.emit(context(d), 64)),
            Branch(None, lambda d: t.emit(context(d), HoleInt("_n", {("==", 64): False}))),
        ],
        "",
    )


def email_body(d: MaskingDialect) -> str:
    """A reserved-domain address, or the original domain kept."""
    t = Email()
    return branches(
        d,
        [
            Branch("keep_domain", lambda d: t.build(context(d), EmailParams(keep_domain=True))),
            Branch(None, lambda d: t.build(context(d), EmailParams(keep_domain=False))),
        ],
        "",
    )


def uuid_body(d: MaskingDialect) -> str:
    """A version-8 UUID from the digest."""
    t = Uuid()
    return branches(d, [Branch(None, lambda d: t.build(context(d), t.Params()))], "")


def hash_int_body(d: MaskingDialect) -> str:
    """min + hex_int(digest) mod size (numbers.int_range in Jinja; type_max defaults to BIGINT's)."""
    t = HashInt()
    resolve = (
        f"{{%- set _top = (type_max if type_max is not none else {BIGINT[1]}) if max is none else max -%}}"
        f"{{%- set _high = [_top, min + {MAX_RANGE - 1}] | min -%}}"
    )
    return resolve + branches(
        d,
        [
            Branch("min == 0", lambda d: t.emit(context(d, "integer"), 0, HoleInt("_high"))),
            Branch(None, lambda d: t.emit(context(d, "integer"), HoleInt("min", NOT_ZERO), HoleInt("_high"))),
        ],
        "",
    )


def _per_digest(suffix: str) -> str:
    """Jinja setting _per_digest: the one passed in, or the `per` column's digest in its derived domain."""
    per_domain = f"(per_domain if per_domain is not none else (this.identifier ~ '.' ~ per) | lower) ~ {suffix!r}"
    return (
        "{%- if per is not none and per_digest is none -%}"
        f"{{%- set _per_digest = datamask_sql.digest(per, domain={per_domain}, logical=per_logical, scale=none) -%}}"
        "{%- else -%}{%- set _per_digest = per_digest -%}{%- endif -%}"
    )


def noise_body(d: MaskingDialect) -> str:
    """Keyed relative noise (numbers.noise_steps, noise_decimals and decimal_bounds in Jinja), on the value or
    on the `per` column's digest (falling back to the value's when the entity is NULL, as compile does)."""
    t = Noise()
    wide = [to_sql(d, exp.DataType.build(f"DECIMAL(38, {s})")) for s in SCALES]
    resolve = (
        _per_digest(NOISE_PER_SUFFIX) + "{%- set _steps = [1, (percent * 100) | round | int] | max -%}"
        "{%- set _scale = scale if scale is not none else 0 -%}"
        "{%- set _decimals = _scale if decimals is none else decimals -%}"
        f"{{%- set _wide_type = {wide!r}[_scale] -%}}"
        "{%- if logical == 'integer' -%}"
        f"{{%- set _low = (type_min if type_min is not none else {BIGINT[0]}) | string -%}}"
        f"{{%- set _high = (type_max if type_max is not none else {BIGINT[1]}) | string -%}}"
        "{%- elif precision is not none -%}"
        "{%- set _high = ('9' * (precision - _scale) if precision > _scale else '0')"
        " ~ (('.' ~ '9' * _scale) if _scale > 0 else '') -%}"
        "{%- set _low = '-' ~ _high -%}"
        "{%- else -%}{%- set _high = none -%}{%- endif -%}"
    )

    def build(d: MaskingDialect, bounded: bool, per: bool) -> exp.Expression:
        bounds = (HoleStr("_low"), HoleStr("_high")) if bounded else None
        keyed_on = exp.Coalesce(this=sql("_per_digest"), expressions=[sql("_digest")]) if per else None
        ctx = context(d, "decimal")
        return t.emit(ctx, HoleInt("_steps"), HoleInt("_decimals"), data_type("_wide_type"), bounds, keyed_on)

    cases = [
        Branch(f"per is {'not ' if per else ''}none and {bound}", lambda d, b=bounded, p=per: build(d, b, p))
        for per in (False, True)
        for bounded, bound in ((False, "_high is none"), (True, "_high is not none"))
    ]
    return resolve + branches(d, cases, "")


def date_shift_body(d: MaskingDialect) -> str:
    """Keyed day offset on the value, or on the `per` column's digest in its derived domain."""
    t = DateShift()
    resolve = _per_digest(PER_DOMAIN_SUFFIX)
    cases = []
    for per in (False, True):
        for logical in ("date", "timestamp"):
            cases.append(
                Branch(
                    f"per is {'not ' if per else ''}none and logical == '{logical}'",
                    lambda d, p=per, lg=logical: t.build(
                        context(d, lg), DateShiftParams.model_construct(days=HoleInt("days"), per="per" if p else None)
                    ),
                )
            )
    return resolve + branches(d, cases, "datamask_sql.date_shift reads date or timestamp columns")


def _scalar_lookup(index: exp.Expression) -> exp.Expression:
    """The lookup's value at `index`, as a scalar subquery (a column macro cannot add a join)."""
    alias = exp.to_identifier("_dm_l")
    table = exp.alias_(exp.Table(this=sql("_lookup")), alias, table=True)
    where = exp.EQ(this=exp.column(exp.to_identifier("idx"), table=alias.copy()), expression=index)
    return exp.Subquery(
        this=exp.select(exp.column(exp.to_identifier("value"), table=alias.copy())).from_(table).where(where)
    )


def fake_body(d: MaskingDialect) -> str:
    """A keyed pick from a lookup seed: the one named for (kind, locale, room), or the one passed in."""
    t = Fake()
    resolve = (
        "{%- if lookup_relation is none -%}"
        "{%- set _room = none if column_length is none else column_length - ((1 + suffix_digits) if unique else 0) -%}"
        "{%- set _found = datamask_sql.shipped_lookup(kind, locale, _room) | trim -%}"
        "{%- if not _found -%}{{ exceptions.raise_compiler_error('datamask_sql.fake: no shipped list '"
        " ~ kind ~ ' for ' ~ locale ~ ' has a value that fits') }}{%- endif -%}"
        "{%- set _lookup = ref(_found.split(' ')[0]) -%}{%- set _size = _found.split(' ')[1] | int -%}"
        "{%- else -%}{%- set _lookup = lookup_relation -%}{%- set _size = lookup_size -%}{%- endif -%}"
    )

    def pick(d: MaskingDialect, unique: bool, logical: str | None) -> exp.Expression:
        # logical None: blank: fill, the bare substitute; else empty values kept, tested as `logical` text.
        ctx = context(d, logical or "text")
        value = t.emit(ctx, unique, HoleInt("suffix_digits") if unique else 8, HoleInt("_size"), _scalar_lookup)
        return value if logical is None else t.keep_blank(ctx, value)

    cases = []
    for unique, condition in ((True, "unique"), (False, "not unique")):
        cases += [
            Branch(f"{condition} and blank == 'fill'", lambda d, u=unique: pick(d, u, None)),
            Branch(f"{condition} and logical == 'char'", lambda d, u=unique: pick(d, u, "char")),
            Branch(condition, lambda d, u=unique: pick(d, u, "text")),
        ]
    return resolve + branches(d, cases, "")


BODIES = {
    Hash.name: hash_body,
    Email.name: email_body,
    Uuid.name: uuid_body,
    HashInt.name: hash_int_body,
    Noise.name: noise_body,
    DateShift.name: date_shift_body,
    Fake.name: fake_body,
}
