"""CRF features of the tokens of one document.

Per-word features (lowercase form, shape, affixes, name lists) are computed once per distinct
word and cached with their context-prefixed copies, so that a token's feature list is mostly
list concatenation. Sentence and document features are added per token: position, all-caps
lines, bigrams, place-name matches, and how the same word is written elsewhere in the document.
"""

from __future__ import annotations

from typing import NamedTuple

from .gazetteer import Gazetteer, load

OFFSETS = (-2, -1, 1, 2)
_CACHE_LIMIT = 300_000


class _Word(NamedTuple):
    own: list[str]
    context: dict[int, list[str]]


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


class FeatureExtractor:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load()
        self._words: dict[str, _Word] = {}

    def _word(self, word: str) -> _Word:
        cached = self._words.get(word)
        if cached is not None:
            return cached
        if len(self._words) > _CACHE_LIMIT:
            self._words.clear()
        low = word.lower()
        case = _case(word)
        shape = _shape(word)
        gaz = self.gazetteer
        flags = [
            name
            for name, found in (
                ("gF", low in gaz.first_names),
                ("gL", low in gaz.last_names),
                ("gO", low in gaz.org_words),
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
            *flags,
        ]
        if "-" in low:
            own.append("h=" + low.rsplit("-", 1)[1])
        context = {}
        for k in OFFSETS:
            p = str(k)
            feats = [p + "w=" + low, p + "c=" + case]
            if k in (-1, 1):
                feats += [p + "s=" + shape, p + "x3=" + low[-3:], *(p + f for f in flags)]
            context[k] = feats
        result = _Word(own, context)
        self._words[word] = result
        return result

    def document(self, sentences: list[list[str]]) -> list[list[list[str]]]:
        """Feature lists for every token of every sentence of one document."""
        capitals = [_all_caps(s) for s in sentences]
        seen_mid: set[str] = set()
        for words, caps in zip(sentences, capitals):
            if not caps:
                seen_mid.update(words[1:])
        return [self._sentence(words, caps, seen_mid) for words, caps in zip(sentences, capitals)]

    def _sentence(self, words: list[str], caps: bool, seen_mid: set[str]) -> list[list[str]]:
        infos = [self._word(w) for w in words]
        lowered = [w.lower() for w in words]
        place = [""] * len(words)
        for start, end in self.gazetteer.place_spans(lowered):
            place[start] = "gP=B"
            for i in range(start + 1, end):
                place[i] = "gP=I"
        n = len(words)
        out = []
        for i, word in enumerate(words):
            feats = list(infos[i].own)
            for k in OFFSETS:
                j = i + k
                if 0 <= j < n:
                    feats += infos[j].context[k]
                else:
                    feats.append(f"{k}w=<s>")
            low = lowered[i]
            feats.append("bw=" + (lowered[i - 1] if i else "<s>") + "|" + low)
            feats.append("bw+=" + low + "|" + (lowered[i + 1] if i + 1 < n else "<s>"))
            if i == 0:
                feats.append("BOS")
            elif i == n - 1:
                feats.append("EOS")
            if caps:
                feats.append("AC")
            if place[i]:
                feats.append(place[i])
            if word[:1].isupper():
                if low in seen_mid:
                    feats.append("d:lc")
                if caps or i == 0:
                    title = word[:1] + word[1:].lower()
                    if title in seen_mid:
                        feats.append("d:tc")
                    if word in seen_mid:
                        feats.append("d:same")
            out.append(feats)
        return out


def _all_caps(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha()]
    return len(letters) >= 2 and sum(w.isupper() for w in letters) >= 0.8 * len(letters)
