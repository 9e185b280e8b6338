"""Check digits as SQL: Luhn (cards), ISO 7064 mod 97 (IBAN), CPF's two mod-11 digits; and their Python twins.

Built only from portable primitives (substring, position, length, repeat, replace, mod), so the test runs
inside the warehouse on every engine. A digit is its position in '0123456789' minus one, which needs no cast
that could fail on a value that only looks like a number.
"""

from __future__ import annotations

import string

from sqlglot import exp

from datamask_sql.dialects import MaskingDialect, lit

DIGITS = "0123456789"
CARD_LENGTHS = (13, 19)
IBAN_PADDED = 70  # an IBAN is at most 34 characters; each letter becomes two digits


def _digit(d: MaskingDialect, text: exp.Expression, i: int | exp.Expression) -> exp.Expression:
    """Value of the digit at 1-based position `i` of an all-digit text (0 past its end)."""
    return exp.Paren(
        this=exp.Sub(this=exp.StrPosition(this=lit(DIGITS), substr=d.substring(text.copy(), i, 1)), expression=lit(1))
    )


def _sum(terms: list[exp.Expression]) -> exp.Expression:
    total = terms[0]
    for term in terms[1:]:
        total = exp.Add(this=total, expression=term)
    return exp.Paren(this=total)


def only_digits(d: MaskingDialect, text: exp.Expression) -> exp.Expression:
    """`text` with everything but digits removed."""
    return d.regexp_replace_all(text, "[^0-9]", "")


def luhn_sql(d: MaskingDialect, digits: exp.Expression, rev: exp.Expression) -> exp.Expression:
    """TRUE where an all-digit text of 13 to 19 digits (`rev`: the same reversed) passes the Luhn check."""
    length = d.length(digits.copy())
    terms = []
    for i in range(1, CARD_LENGTHS[1] + 1):
        value = _digit(d, rev, i)
        if i % 2 == 0:  # doubled, and 10..18 reduced to 1..9: 2v - 9 when v >= 5
            five = exp.Case(
                ifs=[exp.If(this=exp.GTE(this=value.copy(), expression=lit(5)), true=lit(9))], default=lit(0)
            )
            value = exp.Paren(this=exp.Sub(this=exp.Mul(this=lit(2), expression=value), expression=five))
        terms.append(
            exp.Case(ifs=[exp.If(this=exp.GTE(this=length.copy(), expression=lit(i)), true=value)], default=lit(0))
        )
    valid = exp.EQ(this=d.mod(_sum(terms), 10), expression=lit(0))
    in_range = exp.Between(this=length, low=lit(CARD_LENGTHS[0]), high=lit(CARD_LENGTHS[1]))
    return exp.and_(in_range, valid, copy=False)


def iban_number(d: MaskingDialect, compact: exp.Expression) -> exp.Expression:
    """The number an upper-case IBAN without spaces stands for under ISO 7064: country code and check digits
    moved last, letters as 10..35, left-padded with zeros to a fixed width."""
    moved = d.concat(d.substring(compact.copy(), 5), d.substring(compact.copy(), 1, 4))
    for letter in string.ascii_uppercase:
        moved = d.call("REPLACE", moved, lit(letter), lit(str(ord(letter) - 55)))
    return d.concat(d.repeat("0", exp.Sub(this=lit(IBAN_PADDED), expression=d.length(moved.copy()))), moved)


def iban_sql(d: MaskingDialect, padded: exp.Expression) -> exp.Expression:
    """TRUE where an iban_number is 1 mod 97, taken 7 digits at a time so no step overflows."""
    rest: exp.Expression = lit(0)
    for start in range(1, IBAN_PADDED + 1, 7):
        chunk = _sum([exp.Mul(this=_digit(d, padded, start + k), expression=lit(10 ** (6 - k))) for k in range(7)])
        step = exp.Add(this=exp.Mul(this=exp.Paren(this=rest), expression=lit(10**7)), expression=chunk)
        # Parenthesised here: mod() would otherwise copy the ever deeper `rest` once per step.
        rest = d.mod(exp.Paren(this=step), 97)
    return exp.EQ(this=rest, expression=lit(1))


def cpf_sql(d: MaskingDialect, digits: exp.Expression) -> exp.Expression:
    """TRUE where 11 digits carry CPF's two check digits (weights 10..2, then 11..2; remainder 10 counts 0)."""
    checks = []
    for n in (9, 10):
        weighted = _sum([exp.Mul(this=_digit(d, digits, i), expression=lit(n + 2 - i)) for i in range(1, n + 1)])
        expected = d.mod(exp.Paren(this=d.mod(exp.Paren(this=exp.Mul(this=weighted, expression=lit(10))), 11)), 10)
        checks.append(exp.EQ(this=expected, expression=_digit(d, digits, n + 1)))
    return exp.and_(exp.EQ(this=d.length(digits.copy()), expression=lit(11)), *checks, copy=False)


def luhn(digits: str) -> bool:
    """Python twin of luhn_sql."""
    if not digits.isdigit() or not CARD_LENGTHS[0] <= len(digits) <= CARD_LENGTHS[1]:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits), 1):
        v = int(ch)
        total += (2 * v - 9 if v >= 5 else 2 * v) if i % 2 == 0 else v
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """Python twin of iban_sql."""
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def cpf_ok(digits: str) -> bool:
    """Python twin of cpf_sql."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    for n in (9, 10):
        weighted = sum(int(digits[i - 1]) * (n + 2 - i) for i in range(1, n + 1))
        if weighted * 10 % 11 % 10 != int(digits[n]):
            return False
    return True
