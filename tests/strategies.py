"""Hypothesis strategies for adversarial column values."""

from hypothesis import strategies as st

# PostgreSQL text cannot hold NUL; every other code point (bar surrogates) is fair game.
TEXT_ALPHABET = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
EDGE_STRINGS = ["", " ", "  trailing  ", "'", "''", '"', "\\", "a\nb", "e\u0301", "😀", "Zoë Müller", "Łukasz O'Brien",
                "a@b", "@", "x@y@z", "4111 1111 1111 1111", "+55 (12) 3923-5555"]


def text_values(max_size: int = 60):
    """Lists of text values with NULLs, edge cases and arbitrary unicode."""
    value = st.one_of(st.none(), st.sampled_from(EDGE_STRINGS), st.text(TEXT_ALPHABET, max_size=max_size))
    return st.lists(value, min_size=1, max_size=25)
