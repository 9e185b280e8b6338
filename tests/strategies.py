"""Hypothesis strategies shared by the transform property tests: hostile but storable values."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

# NUL cannot be stored in PostgreSQL text; surrogates are not valid UTF-8.
ANY_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
COMBINING = st.sampled_from(["\u0301", "\u0308", "\u20dd"])
EMOJI = st.sampled_from(["👍", "👍🏽", "👩‍👩‍👧", "🇧🇷"])
UNICODE_TEXT = st.lists(st.one_of(ANY_CHAR, COMBINING, EMOJI, st.sampled_from("'\"\\%_")), max_size=30).map("".join)

# Engines are real and fixtures function-scoped: each example batches many values into one table.
# Shrinking re-runs the engines hundreds of times; a failing batch is small enough to read as it is.
ENGINE_SETTINGS = settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def batches(values: st.SearchStrategy, max_size: int = 25) -> st.SearchStrategy:
    """Lists of values (with NULLs) to mask in one run."""
    return st.lists(st.one_of(st.none(), values), min_size=1, max_size=max_size)


# Fixed adversarial strings every text property test also draws from.
TEXT_ALPHABET = ANY_CHAR
EDGE_STRINGS = [
    "",
    " ",
    "  trailing  ",
    "'",
    "''",
    '"',
    "\\",
    "a\nb",
    "e\u0301",
    "😀",
    "Zoë Müller",
    "Łukasz O'Brien",
    "a@b",
    "@",
    "x@y@z",
    "4111 1111 1111 1111",
    "+55 (12) 3923-5555",
]


def text_values(max_size: int = 60) -> st.SearchStrategy:
    """Lists of text values with NULLs, edge cases and arbitrary unicode."""
    value = st.one_of(st.sampled_from(EDGE_STRINGS), st.text(TEXT_ALPHABET, max_size=max_size), UNICODE_TEXT)
    return batches(value)
