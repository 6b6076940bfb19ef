"""The word lists shipped in ``data/``: places, names, organisation words, word classes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .tokenizer import tokenize

DATA = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def phrase_key(name: str) -> tuple[str, ...]:
    """A name as ``PhraseList`` holds it: its tokens, lower-cased."""
    return tuple(t.text.lower() for t in tokenize(name))


@dataclass(frozen=True)
class PhraseList:
    """Names of one or more tokens, matched case-insensitively from a capitalised token."""

    phrases: frozenset[tuple[str, ...]]
    """Names as tuples of lowercased tokens."""
    heads: dict[str, int]
    """The first token of a name -> the most tokens a name starting so has."""

    @classmethod
    def read(cls, file_name: str) -> PhraseList:
        phrases = frozenset(phrase_key(n) for n in _lines(file_name))
        heads: dict[str, int] = {}
        for phrase in phrases:
            heads[phrase[0]] = max(heads.get(phrase[0], 0), len(phrase))
        return cls(phrases, heads)

    def spans(self, words: list[str], lowered: list[str]) -> list[tuple[int, int]]:
        """Greedy longest matches ``(start, end)`` in a sentence and its lowercased words."""
        found = []
        i, n = 0, len(words)
        while i < n:
            longest = self.heads.get(lowered[i], 0) if words[i][:1].isupper() else 0
            for length in range(min(longest, n - i), 0, -1):
                if tuple(lowered[i : i + length]) in self.phrases:
                    found.append((i, i + length))
                    i += length
                    break
            else:
                i += 1
        return found


@dataclass(frozen=True)
class Gazetteer:
    first_names: frozenset[str]
    last_names: frozenset[str]
    org_words: frozenset[str]
    person_titles: frozenset[str]
    places: PhraseList
    place_variants: PhraseList
    """Accent-free spellings of accented places: for typing entities, not a tagger feature."""
    organizations: PhraseList
    companies: PhraseList
    """Listed companies ("Best Buy", "Goldman Sachs"): for typing entities, not a tagger feature."""
    clusters: dict[str, tuple[str, ...]]
    """A word -> its word classes, coarse to fine (see ``build_clusters``)."""

    def is_place(self, name: str) -> bool:
        """Whether ``name`` is a known place, in any case and spelling."""
        words = phrase_key(name)
        return words in self.places.phrases or words in self.place_variants.phrases

    def is_organization(self, name: str) -> bool:
        """Whether ``name`` is a known organisation or listed company, in any case."""
        words = phrase_key(name)
        return words in self.organizations.phrases or words in self.companies.phrases

    def word_classes(self, word: str) -> tuple[str, ...]:
        """The classes of ``word``, or of its title-case or lowercase form if it is unseen."""
        return (
            self.clusters.get(word)
            or self.clusters.get(word[:1] + word[1:].lower())
            or self.clusters.get(word.lower())
            or ()
        )


@cache
def load() -> Gazetteer:
    return Gazetteer(
        first_names=frozenset(n.lower() for n in _lines("first_names.txt")),
        last_names=frozenset(n.lower() for n in _lines("last_names.txt")),
        org_words=frozenset(n.lower() for n in _lines("org_words.txt")),
        person_titles=frozenset(n.lower() for n in _lines("person_titles.txt")),
        places=PhraseList.read("places.txt"),
        place_variants=PhraseList.read("place_variants.txt"),
        organizations=PhraseList.read("organizations.txt"),
        companies=PhraseList.read("companies.txt"),
        clusters={w: tuple(c) for w, *c in (line.split("\t") for line in _lines("clusters.tsv"))},
    )
