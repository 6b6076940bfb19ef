"""CRF features of the tokens of one document.

Per-word features (lowercase form, shape, affixes, name lists, word classes) are computed once
per distinct word and cached with their context-prefixed copies, so that a token's feature list
is mostly list concatenation. When the model's attribute names are given, the cache keeps only
those, which makes tagging faster. Sentence and document features are added per token: position,
headlines, bigrams, place and organisation names, and how the word is written and introduced
("Mr.", "President") elsewhere in the document.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import NamedTuple

from .bio import spans
from .gazetteer import Gazetteer, load

_CACHE_LIMIT = 300_000


class _Word(NamedTuple):
    low: str
    own: list[str]
    before2: list[str]
    """Features that this word gives the token two places after it."""
    before1: list[str]
    after1: list[str]
    after2: list[str]


_EDGE = _Word("<s>", [], ["2w=<s>"], ["1w=<s>"], ["-1w=<s>"], ["-2w=<s>"])


def _shape(word: str) -> str:
    out = []
    for char in word:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def _case(word: str) -> str:
    if not any(c.isalpha() for c in word):
        return "d" if any(c.isdigit() for c in word) else "p"
    if word.isupper():
        return "U"
    if word[0].isupper():
        return "T" if word[1:].islower() or len(word) == 1 else "M"
    return "l" if word.islower() else "m"


def _headline(words: list[str]) -> bool:
    """An all-caps line, or a Title Case one, where capitals say little about names."""
    letters = [w for w in words if w[:1].isalpha()]
    if len(letters) >= 2 and sum(w.isupper() for w in letters) >= 0.8 * len(letters):
        return True
    return len(letters) >= 4 and all(w[0].isupper() for w in letters)


class FeatureExtractor:
    """Turns the word sentences of a document into crfsuite attribute lists, one per token."""

    def __init__(
        self, gazetteer: Gazetteer | None = None, known: Collection[str] | None = None
    ) -> None:
        """``known``: the attribute names the model has weights for (all kept if ``None``)."""
        self.gazetteer = gazetteer or load()
        self.known = set(known) if known is not None else None
        self._words: dict[str, _Word] = {}

    def warm(self, words: Iterable[str]) -> None:
        """Compute the features of ``words`` ahead of tagging (the most frequent ones of news)."""
        for word in words:
            self._word(word)

    def _keep(self, features: list[str]) -> list[str]:
        return features if self.known is None else list(filter(self.known.__contains__, features))

    def _word(self, word: str) -> _Word:
        cached = self._words.get(word)
        if cached is not None:
            return cached
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        gaz = self.gazetteer
        low = word.lower()
        case = _case(word)
        shape = _shape(word)
        tags = [f"k{i}={c}" for i, c in enumerate(gaz.word_classes(word))]
        tags += [
            flag
            for flag, found in (
                ("gF", low in gaz.first_names),
                ("gL", low in gaz.last_names),
                ("gO", low in gaz.org_words),
                ("gT", low in gaz.person_titles),
            )
            if found
        ]
        own = [
            "b",
            "w=" + low,
            "s=" + shape,
            "c=" + case,
            "p2=" + low[:2],
            "p3=" + low[:3],
            "x2=" + low[-2:],
            "x3=" + low[-3:],
            "x4=" + low[-4:],
            "l=" + str(min(len(word), 8)),
            *tags,
        ]
        if "-" in low:
            own.append("h=" + low.rsplit("-", 1)[1])
        near = ["s=" + shape, "x3=" + low[-3:], *tags]
        far = ["w=" + low, "c=" + case]
        result = _Word(
            low,
            self._keep(own),
            self._keep(["2" + f for f in far]),
            self._keep(["1" + f for f in far + near]),
            self._keep(["-1" + f for f in far + near]),
            self._keep(["-2" + f for f in far]),
        )
        self._words[word] = result
        return result

    def document(self, sentences: list[list[str]]) -> list[list[list[str]]]:
        """Feature lists for every token of every sentence of one document."""
        capitals = [_headline(s) for s in sentences]
        seen_mid: set[str] = set()
        titled: set[str] = set()
        titles = self.gazetteer.person_titles
        cues: dict[str, set[str]] = {}  # a capitalised word -> lowercase words next to it
        for words, caps in zip(sentences, capitals):
            if not caps:
                seen_mid.update(words[1:])
                for a, b, c in zip(["<s>", *words], words, [*words[1:], "<s>"]):
                    if b[:1].isupper():
                        cue = cues.setdefault(b, set())
                        if a.islower():
                            cue.add("dp=" + a)
                        if c.islower():
                            cue.add("dn=" + c)
            titled.update(
                b for a, b in zip(words, words[1:]) if a.lower() in titles and b[:1].isupper()
            )
        return [
            self._sentence(words, caps, seen_mid, titled, cues)
            for words, caps in zip(sentences, capitals)
        ]

    def _sentence(
        self,
        words: list[str],
        caps: bool,
        seen_mid: set[str],
        titled: set[str],
        cues: dict[str, set[str]],
    ) -> list[list[str]]:
        n = len(words)
        infos = [_EDGE, _EDGE, *map(self._word, words), _EDGE, _EDGE]
        lowered = [info.low for info in infos[1:-1]]
        phrases = [""] * n
        if any(word[:1].isupper() for word in words):
            inner = lowered[1:-1]
            for names, mark in ((self.gazetteer.places, "gP"), (self.gazetteer.organizations, "gG")):
                for start, end in names.spans(words, inner):
                    phrases[start] = mark + "=B"
                    for i in range(start + 1, end):
                        phrases[i] = mark + "=I"
        known = self.known
        owns = [info.own for info in infos[2:-2]]
        before2 = [info.before2 for info in infos[:-4]]
        before1 = [info.before1 for info in infos[1:-3]]
        after1 = [info.after1 for info in infos[3:-1]]
        after2 = [info.after2 for info in infos[4:]]
        out = []
        last = n - 1
        for i, word in enumerate(words):
            feats = owns[i] + before2[i] + before1[i] + after1[i] + after2[i]
            low = lowered[i + 1]
            bigram = "bw=" + lowered[i] + "|" + low
            if known is None or bigram in known:
                feats.append(bigram)
            bigram = "bw+=" + low + "|" + lowered[i + 2]
            if known is None or bigram in known:
                feats.append(bigram)
            if i == 0:
                feats.append("BOS")
            elif i == last:
                feats.append("EOS")
            if caps:
                feats.append("AC")
            if phrases[i]:
                feats.append(phrases[i])
            if word[:1].isupper():
                cue = cues.get(word)
                if cue:
                    feats += sorted(cue) if known is None else [f for f in cue if f in known]
                if word in titled:
                    feats.append("d:titled")
                if low in seen_mid:
                    feats.append("d:lc")
                if caps or i == 0:
                    if word[:1] + word[1:].lower() in seen_mid:
                        feats.append("d:tc")
                    if word in seen_mid:
                        feats.append("d:same")
            out.append(feats)
        return out


def add_first_pass(
    features: list[list[list[str]]], sentences: list[list[str]], tags: list[list[str]]
) -> list[bool]:
    """Append, in place, what a first tagging pass found across the whole document.

    Each token gets its own first-pass tag, the type most often given to the same word in the
    document ("m=ORG"), and the type of the longest name that contains it elsewhere ("sup=PER":
    "Clinton" after "Bill Clinton"). Returns, per sentence, whether the first pass found a name
    in it or in another sentence with one of its words: elsewhere a second pass has nothing new.
    """
    votes: dict[str, dict[str, int]] = {}
    longest: dict[str, tuple[int, str]] = {}
    for words, sentence_tags in zip(sentences, tags):
        for start, end, kind in spans(sentence_tags):
            for word in words[start:end]:
                low = word.lower()
                counts = votes.setdefault(low, {})
                counts[kind] = counts.get(kind, 0) + 1
                if end - start > 1 and end - start > longest.get(low, (1, ""))[0]:
                    longest[low] = (end - start, kind)
    touched = []
    for sentence_features, words, sentence_tags in zip(features, sentences, tags):
        found = False
        for token_features, word, tag in zip(sentence_features, words, sentence_tags):
            token_features.append("s1=" + tag)
            low = word.lower()
            counts = votes.get(low)
            if counts:
                found = True
                token_features.append("m=" + max(counts, key=counts.__getitem__))
            if low in longest:
                token_features.append("sup=" + longest[low][1])
        touched.append(found)
    return touched
