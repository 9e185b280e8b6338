"""The classifier: a column's name rule and its sample's match rates combined into one class, or none.

Pure: it reads a catalog table and the rates measured for it (sample.py), and decides. Every decision keeps
its evidence (which name rule, which rate), so a reviewer sees why, and `scan` never needs a value to say so.
"""

from __future__ import annotations

from dataclasses import dataclass

from datamask_sql.catalog.model import Column, Table
from datamask_sql.scan.names import KEY_SUFFIXES, match_name, tokens
from datamask_sql.scan.sample import ColumnRates

# The classes a leak of which identifies a person on its own: the recall the accuracy test holds scan to.
DIRECT = (
    "contact.email",
    "contact.phone",
    "person.first_name",
    "person.last_name",
    "person.full_name",
    "person.national_id",
    "card.number",
    "finance.iban",
    "address.street",
)
# Logical types a class's values can have; a name rule on a column of another type is about something else
# (`phone_verified BOOLEAN`, `email_sent_at TIMESTAMP`).
TEXT = ("text", "char")
TYPES: dict[str, tuple[str, ...]] = {
    "person.birth_date": ("date", "timestamp", "timestamptz", *TEXT),
    "person.national_id": ("integer", *TEXT),
    "card.number": ("integer", "decimal", *TEXT),
    "address.postal_code": ("integer", *TEXT),
    "contact.phone": ("integer", *TEXT),
}
# detector -> (class it is evidence of, rate above which the values alone decide the class).
DETECTED: dict[str, tuple[str, float]] = {
    "email": ("contact.email", 0.8),
    "card_luhn": ("card.number", 0.9),
    "iban_mod97": ("finance.iban", 0.9),
    "cpf_check_digits": ("person.national_id", 0.9),
    "ssn_format": ("person.national_id", 0.9),
    "ip_address": ("online.ip_address", 0.9),
    "phone": ("contact.phone", 0.8),
    "full_name_list": ("person.full_name", 0.6),
    "first_name_list": ("person.first_name", 0.7),
    "last_name_list": ("person.last_name", 0.7),
    "text_with_identifier": ("text.free", 0.2),
    "birth_year": ("person.birth_date", 2.0),  # supporting evidence only: many dates are plausible birth dates
}
# Fewer sampled values than this and a rate says too little to decide a class on its own.
MIN_SAMPLED = 5
# Packs a class comes from (the draft policy includes them).
PACK_OF = {"card": "pci"}


def pack_of(cls: str) -> str:
    """The shipped pack defining `cls`."""
    return PACK_OF.get(cls.split(".")[0], "pii")


@dataclass(frozen=True)
class Finding:
    """What scan decided for one column: class (None: not sensitive), confidence and the evidence."""

    table: str
    column: str
    type: str
    cls: str | None
    confidence: float
    evidence: tuple[str, ...]
    schema: str = ""

    @property
    def sensitive(self) -> bool:
        """Whether scan proposes to mask it."""
        return self.cls is not None

    @property
    def direct(self) -> bool:
        """Whether its class identifies a person on its own."""
        return self.cls in DIRECT

    def to_dict(self) -> dict:
        """JSON-ready form (no value, ever: there is none to give)."""
        return {
            "schema": self.schema,
            "table": self.table,
            "column": self.column,
            "type": self.type,
            "class": self.cls,
            "pack": pack_of(self.cls) if self.cls else None,
            "confidence": round(self.confidence, 2),
            "evidence": list(self.evidence),
        }


def _pct(rate: float) -> str:
    return f"{rate:.0%}"


def _best_rate(rates: ColumnRates | None) -> tuple[str, float, str] | None:
    """The detector whose rate decides a class on its own, with the highest rate: (detector, rate, class)."""
    if rates is None or rates.sampled < MIN_SAMPLED:
        return None
    decided = [(r, det) for det, r in rates.rates.items() if det in DETECTED and r >= DETECTED[det][1]]
    if not decided:
        return None
    # Specific evidence before loose: a checksum or an email before a phone shape or a name list.
    order = list(DETECTED)
    rate, det = max(decided, key=lambda x: (-order.index(x[1]), x[0]))
    return det, rate, DETECTED[det][0]


def classify(table: Table, column: Column, rates: ColumnRates | None) -> Finding:
    """One column's class from its name, type and measured rates."""
    name = match_name(column.name, table.name)
    evidence = [name.evidence]
    logical = column.logical
    cls, confidence = name.cls, name.strength
    if cls is not None and logical not in TYPES.get(cls, TEXT):
        evidence.append(f"but a {logical} column cannot hold a {cls.split('.')[1].replace('_', ' ')}")
        cls, confidence = None, 0.0
    best = _best_rate(rates)
    if rates is not None and cls is not None:
        support = [rates.rates[d] for d, (c, _) in DETECTED.items() if c == cls and d in rates.rates]
        if support and rates.sampled:
            rate = max(support)
            evidence.append(f"{_pct(rate)} of {rates.sampled} sampled values match")
            confidence = 1 - (1 - confidence) * (1 - 0.9 * rate)
        if best is not None and best[2] != cls and best[1] >= 0.95 and best[2] in DIRECT and cls not in DIRECT:
            evidence.append(f"but {_pct(best[1])} of sampled values pass {best[0]}")
            cls, confidence = best[2], 0.5 + 0.45 * best[1]
    elif best is not None and tokens(column.name)[-1:] not in [(s,) for s in KEY_SUFFIXES]:
        det, rate, cls = best
        if det == "text_with_identifier" and name.cls is None and "no name rule" not in name.evidence:
            cls = None  # a name that says what the column is about outweighs an identifier in some rows
        else:
            evidence.append(f"{_pct(rate)} of {rates.sampled} sampled values pass {det}")
            confidence = 0.4 + 0.5 * rate
    if cls is None:
        confidence = 0.0
        if column.name in table.primary_key or any(column.name in fk.columns for fk in table.foreign_keys):
            evidence.append("a key: its rule follows the key it belongs to")
    return Finding(
        table.name, column.name, column.type_sql, cls, round(confidence, 2), tuple(evidence), schema=table.schema
    )
