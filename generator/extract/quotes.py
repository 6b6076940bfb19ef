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
    """As written ("Zalmay Khalilzad", "the department"); "he" is the last named speaker."""
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
    r"|posted|remarked|complained|conceded|responded|testified|states|reads|saying|adding)"
)
_APPOSITIVE = r"(?:,[^,“”\"]{1,100},)?"
"""", the House speaker," between a speaker and the verb."""
_ADVERB = (
    r"(?:\s+(?:also|later|then|reportedly|previously|once|further|repeatedly|recently|again"
    r"|had|has|have|would|will))?"
)
_NAME = r"(?:(?:[A-Z][\w'’-]*\.?\s+|(?:de|van|von|bin|al)\s+)*[A-Z][\w'’-]*)"
"""Capitalised words, the last without a full stop: "Rep. Jason Chaffetz", not "Rep"."""
_FUNCTION_WORD = r"(?:and|or|but|him|her|them|it|that|who|which|when|to|was|is|had|has|have|not)\b"
_NOMINAL = (
    rf"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)(?:\s+(?!{_FUNCTION_WORD})[\w'’-]+){{1,4}}?)"
)
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey)"
_SPEAKER = rf"(?P<speaker>{_PRONOUN}|{_NOMINAL}|{_NAME})"
_WORD = r"(?:[\w'’()-]+|[A-Z][a-z]{0,3}\.)"
_PHRASE = rf"(?P<speaker>{_WORD}(?:\s+{_WORD}){{0,7}}?)"
"""Up to eight words right after a quote and before its verb: "NRSC spokesman Brian Walsh"."""
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_CONTINUED = 150
"""A quote this close after an attributed one in the same paragraph has the same speaker."""

_CURLY = re.compile(r"“([^“”]+)”")
_OPENS_AFTER = frozenset(" \t\n([{:—–")
"""Characters after which a straight quote mark opens a quote (or at the paragraph's start)."""
_AFTER = (
    re.compile(rf"^\s*,?\s*{_PHRASE}{_APPOSITIVE}{_ADVERB}\s+{_VERBS}\b"),
    re.compile(rf"^\s*,?\s*{_VERBS}\s+{_SPEAKER}(?=\s*[,.;(]|\s+(?:in|on|at|during)\b|$)"),
    re.compile(rf"^\s*,?\s*according\s+to\s+{_SPEAKER}(?=\s*[,.;]|$)"),
)
_BEFORE = re.compile(
    rf"{_SPEAKER}{_APPOSITIVE}{_ADVERB}\s+{_VERBS}\b(?:[\s,]+[\w'’.-]+){{0,6}}?\s*[:,.]?\s*$"
)
_REACH = 300
"""How far before or after a quote its speaker is looked for, in characters."""
_ADDRESSEE = re.compile(r"\b(?:told|asked)\s*$")
"""A quote right after "told" is whom it was told to: "Brat told “America's News HQ”"."""
_SHINGLE_WORD = re.compile(r"[a-z0-9]+")
_TITLE_WORDS = 10
_MINOR_WORDS = frozenset("a an and as at but by for from in of on or the to with".split())
"""Words a title keeps in lower case."""
_NOT_NAMES = frozenset(
    {"I", "We", "You", "It", "This", "That", "There", "But", "And", "So", "The", "A", "An", "Then"}
)


def extract_quotes(article: Article) -> tuple[Quote, ...]:
    """The body's quotes that a speech verb or "according to" attributes to a speaker.

    A pronoun speaker is the last named speaker; a quote that closely follows an attributed one
    in the same paragraph has the same speaker.
    """
    quotes: list[Quote] = []
    last_name: str | None = None
    for number, paragraph in enumerate(article.body):
        previous: tuple[int, Quote] | None = None
        for start, end, quoted in _quoted(paragraph):
            text = quoted.strip().rstrip(",").strip()
            after = paragraph[end : end + _REACH]
            before = paragraph[max(0, start - _REACH) : start]
            found = _speaker(after, before, ends_sentence=text.endswith((".", "!", "?")))
            if found is None and previous and start - previous[0] <= _CONTINUED:
                found = previous[1].speaker, previous[1].speaker_is_name
            elif found and found[0].lower() in {"he", "she", "they"}:
                found = (last_name, True) if last_name else None
            if found is None or len(text.split()) < 3 or _reads_as_a_title(text):
                continue
            quote = Quote(found[0], text, number, found[1])
            if quote.speaker_is_name:
                last_name = quote.speaker
            quotes.append(quote)
            previous = end, quote
    return tuple(quotes)


def _quoted(paragraph: str) -> list[tuple[int, int, str]]:
    """The quoted passages, in order: (start, end past the closing mark, text).

    Curly quotes pair as written. A straight mark opens a quote where it follows a space and a word
    follows it ('said: "To'), and closes one otherwise ('reforms." He'): a quote left open where
    its paragraph ended, as British news does when a quote runs on (and the paragraphs came joined),
    ends where the next one opens instead of taking the narration between them for a quote.
    """
    found = [(m.start(), m.end(), m.group(1)) for m in _CURLY.finditer(paragraph)]
    opened: int | None = None
    for mark in re.finditer('"', paragraph):
        at = mark.start()
        follows = paragraph[at + 1 : at + 2]
        opens = (at == 0 or paragraph[at - 1] in _OPENS_AFTER) and follows.strip() != ""
        if opened is not None:
            found.append((opened, at if opens else at + 1, paragraph[opened + 1 : at]))
            opened = None
        if opens:
            opened = at
    if opened is not None:
        found.append((opened, len(paragraph), paragraph[opened + 1 :]))
    return sorted(found)


def _reads_as_a_title(text: str) -> bool:
    """Words in Title Case with no sentence in them: the name of a show or a book ("Tonight Show
    Starring Jimmy Fallon"), not something said."""
    words = text.split()
    return (
        len(words) <= _TITLE_WORDS
        and not re.search(r"[.!?;:]", text)
        and all(word[:1].isupper() or word in _MINOR_WORDS or not word[:1].isalpha() for word in words)
    )


def _speaker(after: str, before: str, *, ends_sentence: bool) -> tuple[str, bool] | None:
    """The speaker named after or before a quote, and whether it is a name; not one after a quote
    that ends its sentence whose verb opens the next quote ("…Labour." He added: "…")."""
    for pattern in _AFTER:
        if found := pattern.match(after):
            if ends_sentence and after[found.end() :].lstrip().startswith(":"):
                break
            return _cleaned(found.group("speaker"))
    if _ADDRESSEE.search(before):
        return None
    if found := _BEFORE.search(before[-160:]):
        return _cleaned(found.group("speaker"))
    return None


def _cleaned(phrase: str) -> tuple[str, bool] | None:
    """A name as its trailing capitalised words; a nominal speaker as it is, or ``None``.

    "NRSC spokesman Brian Walsh" gives "Brian Walsh"; "the statement" stays; "and others" is
    no speaker.
    """
    words = [word for word in phrase.split() if not word.startswith("(")]
    if not words:
        return None
    if words[0].lower() in {"he", "she", "they"}:
        return words[0], False
    name: list[str] = []
    while words and words[-1][:1].isupper():
        name.insert(0, words.pop())
    while name and name[0] in _NOT_NAMES:
        name.pop(0)
    if name and (not words or not name[0].endswith(("'s", "’s"))):
        return " ".join(name), True
    words += name
    if words and (words[0].lower() in _DETERMINERS or any(w.endswith(("'s", "’s")) for w in words)):
        return " ".join(words), False
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
