"""Tokens and their normal form, shared by the classifier and the keyphrase tagger.

Plurals are folded with Harman's "S" stemmer (Harman, 1991, "How effective is suffixing?"),
applied to words of four letters or more: ``-ies`` -> ``-y`` (not ``-eies``, ``-aies``),
``-es`` -> ``-e`` (not ``-aes``, ``-ees``, ``-oes``), ``-s`` -> ``""`` (not ``-us``, ``-ss``);
with the English sibilant rule before it: ``-ches``, ``-shes``, ``-sses``, ``-xes`` and ``-zzes``
lose ``-es`` ("matches" -> "match", not "matche"); a short list of words that end in "s" without
being plurals ("news", "trans", "politics") is left alone. It needs no dictionary and errs on the
side of leaving a word alone; both sides of every comparison go through it.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
"""A run of letters and digits, with inner apostrophes ("don't"); hyphens split words."""
SIBILANT_PLURALS = ("ches", "shes", "sses", "xes", "zzes")
NOT_PLURALS = frozenset(
    """news series species means trans gas lens atlas chaos bias canvas alias politics physics
    economics ethics athletics mathematics""".split()
)
"""Words that end in "s" without being plurals, which the stemmer would otherwise cut ("trans")."""


@lru_cache(maxsize=1 << 18)
def singular(word: str) -> str:
    """The lower-case word with a plural ending removed, by Harman's S stemmer."""
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) < 4 or word in NOT_PLURALS:
        return word
    if word.endswith("ies") and not word.endswith(("eies", "aies")):
        return word[:-3] + "y"
    if word.endswith(SIBILANT_PLURALS):
        return word[:-2]
    if word.endswith("es") and not word.endswith(("aes", "ees", "oes")):
        return word[:-1]
    if word.endswith("s") and not word.endswith(("us", "ss")):
        return word[:-1]
    return word


def normal_tokens(text: str) -> list[str]:
    """The words of ``text``, lower-cased and singular."""
    return list(map(singular, WORD.findall(text.lower())))


def normal_phrase(text: str) -> str:
    """The normal form of a phrase: its normal tokens joined by single spaces."""
    return " ".join(normal_tokens(text))
