"""Column-name rules: which sensitivity class a column's name suggests, in en, de, fr, pt and es (vocabulary.py).

A name is split into lowercase, accent-free tokens (`E-Mail_Adresse` -> e, mail, adresse; `firstName` -> first,
name) and matched against whole-token phrases, so `iban` matches `customer_iban` but not `fibanacci`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from datamask_sql.scan.vocabulary import BARE_NAMES, KEY_SUFFIXES, NEGATIVE, PERSON_TABLES, RULES


@dataclass(frozen=True)
class NameMatch:
    """What a column's name says: a class, how strongly, and which phrase said it; or why it says nothing."""

    cls: str | None
    strength: float
    evidence: str


def tokens(name: str) -> tuple[str, ...]:
    """Lowercase ASCII tokens of an identifier: split at case changes, digits runs kept, accents dropped."""
    plain = unicodedata.normalize("NFKD", name.replace("ß", "ss")).encode("ascii", "ignore").decode()
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", plain)
    return tuple(t for t in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if t)


def _find(phrase: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def match_name(column: str, table: str) -> NameMatch:
    """The class the name of `column` on `table` suggests (None with the reason when it suggests none)."""
    words = tokens(column)
    found = next(
        (
            NameMatch(cls, strength, f"name '{phrase}'")
            for cls, strength, phrases in RULES
            for phrase in phrases
            if _find(tuple(phrase.split()), words)
        ),
        None,
    )
    bare = [w for w in words if w in BARE_NAMES]
    if found is None and bare:
        if set(tokens(table)) & set(PERSON_TABLES):
            return NameMatch(BARE_NAMES[bare[0]], 0.7, f"name '{bare[0]}' on a table of people ('{table}')")
        return NameMatch(None, 0.0, f"'{bare[0]}' on table '{table}', which is not a table of people")
    if found is None:
        return NameMatch(None, 0.0, "no name rule")
    negative = [w for w in words if w in NEGATIVE]
    if negative and found.cls != "person.birth_date":
        return NameMatch(None, 0.0, f"{found.evidence}, but '{negative[0]}' makes it about the value, not the value")
    if words[-1] in KEY_SUFFIXES and found.cls != "person.national_id":
        return NameMatch(None, 0.0, f"{found.evidence}, but it ends in '{words[-1]}': a reference to another row")
    return found
