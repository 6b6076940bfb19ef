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


@dataclass(frozen=True)
class Gazetteer:
    first_names: frozenset[str]
    last_names: frozenset[str]
    org_words: frozenset[str]
    places: frozenset[tuple[str, ...]]
    """Place names as tuples of lowercased tokens."""
    place_heads: dict[str, int]
    """The first lowercased token of a place name -> the most tokens a place starting so has."""
    clusters: dict[str, tuple[str, ...]]
    """A word -> its word classes, coarse to fine (see ``build_clusters``)."""

    def word_classes(self, word: str) -> tuple[str, ...]:
        """The classes of ``word``, or of its title-case or lowercase form if it is unseen."""
        return (
            self.clusters.get(word)
            or self.clusters.get(word[:1] + word[1:].lower())
            or self.clusters.get(word.lower())
            or ()
        )

    def place_spans(self, lowered: list[str]) -> list[tuple[int, int]]:
        """Greedy longest matches ``(start, end)`` of place names in a token sequence."""
        spans = []
        i, n = 0, len(lowered)
        while i < n:
            longest = self.place_heads.get(lowered[i], 0)
            for length in range(min(longest, n - i), 0, -1):
                if tuple(lowered[i : i + length]) in self.places:
                    spans.append((i, i + length))
                    i += length
                    break
            else:
                i += 1
        return spans


@cache
def load() -> Gazetteer:
    places = frozenset(tuple(t.text.lower() for t in tokenize(name)) for name in _lines("places.txt"))
    heads: dict[str, int] = {}
    for place in places:
        heads[place[0]] = max(heads.get(place[0], 0), len(place))
    return Gazetteer(
        first_names=frozenset(n.lower() for n in _lines("first_names.txt")),
        last_names=frozenset(n.lower() for n in _lines("last_names.txt")),
        org_words=frozenset(n.lower() for n in _lines("org_words.txt")),
        places=places,
        place_heads=heads,
        clusters={w: tuple(c) for w, *c in (line.split("\t") for line in _lines("clusters.tsv"))},
    )
