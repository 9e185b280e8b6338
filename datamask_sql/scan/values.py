"""Value detectors: one boolean SQL test per kind of sensitive value, measured as a rate over a sample.

Each test is an AST built from dialect primitives (dialects/detect.py for the regular expressions, whose
function differs per engine), so the sample never leaves the warehouse: only counts come back.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp

from datamask_sql.dialects import MaskingDialect, lit
from datamask_sql.lookups import builtin, locales
from datamask_sql.scan.checksums import cpf_sql, iban_number, iban_sql, luhn_sql, only_digits

EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
# International (+CC ...) or national with separators; a bare run of digits is not evidence of a phone.
PHONE = r"^(\+|00)[0-9][0-9 ().-]{6,20}[0-9]$|^\(?0?[0-9]{2,4}\)?[ .-][0-9]{3,4}([ .-]?[0-9]{2,5}){1,2}$"
CARD_SHAPE = r"^[0-9]{4}([ -]?[0-9]{2,7}){2,5}$"
IBAN_SHAPE = r"^[A-Za-z]{2}[0-9]{2}( ?[A-Za-z0-9]){11,30}$"
CPF_SHAPE = r"^[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}$"
SSN_SHAPE = r"^[0-9]{3}-[0-9]{2}-[0-9]{4}$"
IPV4 = r"^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$"
IPV6 = r"^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}$"
# Free text that carries an identifier: an email, or a run of 8+ digits and separators (phone, card, IBAN).
DIGIT_RUN = r"[0-9][0-9 ()./-]{6,}[0-9]"
# The one-row table of name lists a sample is joined with, and its columns.
NAMES = "_dm_names"
NAME_KINDS = ("first_name", "last_name")
OLDEST_BIRTH_YEAR = 1900
YOUNGEST_AGE = 12  # a date of birth is at least this many years old


@dataclass(frozen=True)
class Forms:
    """One sampled column as the tests read it: the value, its digits alone, its upper-case letters and digits
    (the latter two computed once in the sample, not once per test)."""

    value_: exp.Expression
    digits_: exp.Expression
    compact_: exp.Expression
    reversed_: exp.Expression
    iban_: exp.Expression

    @property
    def value(self) -> exp.Expression:
        """The value (a fresh copy)."""
        return self.value_.copy()

    @property
    def digits(self) -> exp.Expression:
        """Its digits alone."""
        return self.digits_.copy()

    @property
    def compact(self) -> exp.Expression:
        """Its letters, upper-cased, and digits."""
        return self.compact_.copy()

    @property
    def reversed_digits(self) -> exp.Expression:
        """Its digits, last first."""
        return self.reversed_.copy()

    @property
    def iban(self) -> exp.Expression:
        """Its letters and digits as the number an IBAN check reads."""
        return self.iban_.copy()


# Letters of the derived forms' sample columns, in Forms' order (v0, d0, u0, r0, n0 for the first column).
FORM_PREFIXES = "vdurn"


def derived_forms(d: MaskingDialect, value: exp.Expression) -> tuple[exp.Expression, ...]:
    """Digits alone, upper-case letters and digits, digits reversed and the IBAN number of a text value: the
    sample computes each once, so a test's SQL stays small however many digits it reads."""
    compact = d.regexp_replace_all(exp.Upper(this=value.copy()), "[^A-Z0-9]", "")
    digits = only_digits(d, value.copy())
    return digits, compact, d.reverse(digits.copy()), iban_number(d, compact.copy())


@dataclass(frozen=True)
class Detector:
    """A kind of value, the logical types it can occur in, and its test on one value (an AST)."""

    name: str
    types: tuple[str, ...]
    test: Callable[[MaskingDialect, Forms, int], exp.Expression]
    # A check-digit test is large SQL: it runs only on columns where some sampled value has this shape.
    shape: str | None = None

    def shape_test(self) -> Detector:
        """The cheap first pass of a gated detector: does the value have the shape at all."""
        return Detector(self.name, self.types, _re(self.shape or ""))


def _re(pattern: str):
    return lambda d, f, year: d.regex_match(f.value, pattern)


def _luhn(d, f, year):
    return exp.and_(d.regex_match(f.value, CARD_SHAPE), luhn_sql(d, f.digits, f.reversed_digits), copy=False)


def _iban(d, f, year):
    return exp.and_(d.regex_match(f.value, IBAN_SHAPE), iban_sql(d, f.iban), copy=False)


def _cpf(d, f, year):
    return exp.and_(d.regex_match(f.value, CPF_SHAPE), cpf_sql(d, f.digits), copy=False)


def _free_text(d, f, year):
    prose = exp.GT(this=d.strpos(f.value, " "), expression=lit(0))
    carries = exp.or_(d.regex_match(f.value, EMAIL), d.regex_match(f.value, DIGIT_RUN), copy=False)
    return exp.and_(prose, carries, copy=False)


def _birth(d, f, year):
    return exp.Between(this=d.year_of(f.value), low=lit(OLDEST_BIRTH_YEAR), high=lit(year - YOUNGEST_AGE))


@functools.cache
def name_list(kind: str) -> tuple[str, ...]:
    """Lower-cased first or last names of every shipped locale."""
    return tuple(sorted({v.lower() for loc in locales() for v in builtin(kind, loc).values if "|" not in v}))


def _in_names(kind: str, value: exp.Expression) -> exp.Expression:
    """The lower-cased, trimmed value is one of the names: found as '|value|' in the one-row names table."""
    needle = exp.DPipe(
        this=exp.DPipe(this=lit("|"), expression=exp.Lower(this=exp.Trim(this=value))), expression=lit("|")
    )
    listed = exp.column(exp.to_identifier(kind), table=exp.to_identifier(NAMES))
    return exp.GT(this=exp.StrPosition(this=listed, substr=needle), expression=lit(0))


def _first_word(d: MaskingDialect, v: exp.Expression) -> exp.Expression:
    space = d.strpos(v.copy(), " ")
    return d.substring(v.copy(), 1, exp.Sub(this=space, expression=lit(1)))


def _full_name(d, f, year):
    return exp.and_(
        exp.GT(this=d.strpos(f.value, " "), expression=lit(0)),
        _in_names("first_name", _first_word(d, f.value)),
        copy=False,
    )


TEXT = ("text", "char")
DETECTORS: tuple[Detector, ...] = (
    Detector("email", TEXT, _re(f"^{EMAIL}$")),
    Detector("phone", TEXT, _re(PHONE)),
    Detector("card_luhn", TEXT, _luhn, CARD_SHAPE),
    Detector("iban_mod97", TEXT, _iban, IBAN_SHAPE),
    Detector("cpf_check_digits", TEXT, _cpf, CPF_SHAPE),
    Detector("ssn_format", TEXT, _re(SSN_SHAPE)),
    Detector(
        "ip_address",
        TEXT,
        lambda d, f, year: exp.or_(d.regex_match(f.value, IPV4), d.regex_match(f.value, IPV6), copy=False),
    ),
    Detector("first_name_list", TEXT, lambda d, f, year: _in_names("first_name", f.value)),
    Detector("last_name_list", TEXT, lambda d, f, year: _in_names("last_name", f.value)),
    Detector("full_name_list", TEXT, _full_name),
    Detector("text_with_identifier", TEXT, _free_text),
    Detector("birth_year", ("date", "timestamp", "timestamptz"), _birth),
)


def detectors_for(logical: str) -> tuple[Detector, ...]:
    """The first pass on a column of logical type `logical`: every detector, gated ones by their shape only."""
    return tuple(det.shape_test() if det.shape else det for det in DETECTORS if logical in det.types)


def gated(logical: str) -> tuple[Detector, ...]:
    """The check-digit detectors for a column of logical type `logical` (second pass)."""
    return tuple(det for det in DETECTORS if det.shape and logical in det.types)


def names_cte() -> exp.Expression:
    """One row holding each name list as a '|'-delimited literal: one short statement, whatever the list's size,
    that every engine reads the same way (no VALUES list, no temporary table in a source that is only read)."""
    lists = [exp.alias_(lit("|" + "|".join(name_list(k)) + "|"), exp.to_identifier(k)) for k in NAME_KINDS]
    return exp.select(*lists)
