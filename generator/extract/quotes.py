"""Attributed direct quotes, and the quotes that several articles carry."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model import Article


@dataclass(frozen=True)
class Quote:
    """Quoted words and who said them."""

    speaker: str
    """As written ("Zalmay Khalilzad", "the department"); a pronoun is resolved to the last named speaker."""
    text: str
    paragraph: int
    """Index into ``Article.body``."""
    speaker_is_name: bool = True
    """False for a nominal speaker such as "the statement" or "a spokesman"."""


@dataclass(frozen=True)
class SharedQuote:
    """A quote that several articles carry, found by shared word shingles."""

    text: str
    """The longest of the articles' versions."""
    speaker: str
    articles: tuple[int, ...]
    """Indices of the articles that carry it, sorted."""


_VERBS = (
    r"(?:said|says|say|told|tells|added|adds|wrote|writes|tweeted|stated|explained|asked|argued"
    r"|noted|continued|declared|insisted|warned|replied|recalled|acknowledged|claimed|announced"
    r"|posted|remarked|complained|conceded|responded|testified)"
)
_NAME = r"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|bin|al))*)"
_FUNCTION_WORD = r"(?:and|or|but|him|her|them|it|that|who|which|when|to|was|is|had|has|have|not)\b"
_NOMINAL = rf"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)(?:\s+(?!{_FUNCTION_WORD})[\w'’-]+){{1,4}}?)"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_SPEAKER = rf"(?P<speaker>{_PRONOUN}|{_NOMINAL}|{_NAME})"

_QUOTED = re.compile(r"“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"]+)\"")
_AFTER = (
    re.compile(rf"^\s*,?\s*{_SPEAKER}\s+{_VERBS}\b"),
    re.compile(rf"^\s*,?\s*{_VERBS}\s+{_SPEAKER}(?=\s*[,.;]|\s+(?:in|on|at|during)\b|$)"),
    re.compile(rf"^\s*,?\s*according\s+to\s+{_SPEAKER}(?=\s*[,.;]|$)"),
)
_BEFORE = re.compile(rf"{_SPEAKER}\s+{_VERBS}\b(?:\s+[\w'’-]+){{0,5}}?\s*[:,]?\s*$")
_ADDRESSEE = re.compile(r"\b(?:told|asked)\s*$")
"""A quote right after "told" is whom it was told to: "Brat told “America's News HQ”"."""
_SHINGLE_WORD = re.compile(r"[a-z0-9]+")
_NOT_NAMES = frozenset({"I", "We", "You", "It", "This", "That", "There", "But", "And", "So"})


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """The body's quotes that a speech verb or "according to" attributes to a speaker."""
    quotes: list[Quote] = []
    last_name: str | None = None
    for number, paragraph in enumerate(article.body):
        for match in _QUOTED.finditer(paragraph):
            text = (match.group("curly") or match.group("straight")).strip().rstrip(",").strip()
            speaker = _speaker(paragraph[match.end() :], paragraph[: match.start()])
            if speaker is None or len(text.split()) < 2:
                continue
            is_name = bool(re.fullmatch(_NAME, speaker)) and speaker not in _NOT_NAMES
            if re.fullmatch(_PRONOUN, speaker):
                if last_name is None:
                    continue
                speaker, is_name = last_name, True
            elif is_name:
                last_name = speaker
            elif speaker.split()[0] in _NOT_NAMES:
                continue
            quotes.append(Quote(speaker, text, number, is_name))
    return tuple(quotes)


def _speaker(after: str, before: str) -> str | None:
    for pattern in _AFTER:
        if found := pattern.match(after):
            return found.group("speaker")
    if _ADDRESSEE.search(before):
        return None
    if found := _BEFORE.search(before[-160:]):
        return found.group("speaker")
    return None


def shingles(text: str, size: int = 8) -> frozenset[str]:
    """Runs of ``size`` normalised words; a quote of 5 to ``size`` words is one shingle."""
    words = _SHINGLE_WORD.findall(text.lower().replace("’", "'").replace("'", ""))
    if len(words) < size:
        return frozenset({" ".join(words)}) if len(words) >= 5 else frozenset()
    return frozenset(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))


def shared_quotes(quotes: Sequence[Sequence[Quote]], min_articles: int = 2) -> list[SharedQuote]:
    """Quotes carried by at least ``min_articles`` of the articles whose quotes are given.

    Two quotes are the same when they share a shingle of eight words, so a quote cut short or
    reworded at its ends still matches. Most widely carried first.
    """
    occurrences = [(article, quote) for article, found in enumerate(quotes) for quote in found]
    parent = list(range(len(occurrences)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    first_seen: dict[str, int] = {}
    for node, (_, quote) in enumerate(occurrences):
        for shingle in shingles(quote.text):
            other = first_seen.setdefault(shingle, node)
            parent[root(node)] = root(other)
    groups: dict[int, list[int]] = defaultdict(list)
    for node in range(len(occurrences)):
        groups[root(node)].append(node)
    shared = [_shared([occurrences[n] for n in nodes]) for nodes in groups.values()]
    shared = [s for s in shared if len(s.articles) >= min_articles]
    return sorted(shared, key=lambda s: (-len(s.articles), s.articles, s.text))


def _shared(occurrences: list[tuple[int, Quote]]) -> SharedQuote:
    text = max((quote.text for _, quote in occurrences), key=lambda t: (len(t), t))
    speakers = Counter(q.speaker for _, q in occurrences if q.speaker_is_name)
    speakers = speakers or Counter(q.speaker for _, q in occurrences)
    speaker = min(speakers, key=lambda s: (-speakers[s], s))
    return SharedQuote(text, speaker, tuple(sorted({article for article, _ in occurrences})))
