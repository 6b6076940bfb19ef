"""CRF features of the tokens of one document.

A token's features are of two kinds. Its window features come from the words around it alone:
each word's own (lowercase form, shape, affixes, name lists, word classes) and those it gives
the tokens one and two places before and after it (``WordFeatures``), so they can be computed,
or scored, once per distinct word. Its token features depend on the sentence and the document:
position, headlines, bigrams, place and organisation names, and how the word is written and
introduced ("Mr.", "President") elsewhere in the document.
"""

from __future__ import annotations

from typing import NamedTuple

from .bio import spans
from .gazetteer import Gazetteer, load


class WordFeatures(NamedTuple):
    """A word's window features, by the position of the token they describe."""

    low: str
    own: list[str]
    before2: list[str]
    """Features that this word gives the token two places after it."""
    before1: list[str]
    after1: list[str]
    after2: list[str]


EDGE = WordFeatures("<s>", [], ["2w=<s>"], ["1w=<s>"], ["-1w=<s>"], ["-2w=<s>"])
"""What lies beyond either end of a sentence, two places deep."""


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


def window(words: list[WordFeatures]) -> list[list[str]]:
    """The window features of each token of a sentence, from its words' ``WordFeatures``."""
    infos = [EDGE, EDGE, *words, EDGE, EDGE]
    return [
        infos[i + 2].own + infos[i].before2 + infos[i + 1].before1 + infos[i + 3].after1
        + infos[i + 4].after2
        for i in range(len(words))
    ]


class FeatureExtractor:
    """Turns the word sentences of a document into crfsuite attribute lists, one per token."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or load()

    def word(self, word: str) -> WordFeatures:
        """The window features that ``word`` gives itself and its neighbours."""
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
        return WordFeatures(
            low,
            own,
            ["2" + f for f in far],
            ["1" + f for f in far + near],
            ["-1" + f for f in far + near],
            ["-2" + f for f in far],
        )

    def document(self, sentences: list[list[str]]) -> list[list[list[str]]]:
        """All the features of every token of every sentence of one document."""
        words = {word: self.word(word) for sentence in sentences for word in sentence}
        return [
            [near + own for near, own in zip(window([words[w] for w in sentence]), token)]
            for sentence, token in zip(sentences, self.token_features(sentences))
        ]

    def token_features(self, sentences: list[list[str]]) -> list[list[list[str]]]:
        """The sentence and document features of every token of one document."""
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
        lowered = ["<s>", *(word.lower() for word in words), "<s>"]
        phrases = [""] * n
        if any(word[:1].isupper() for word in words):
            inner = lowered[1:-1]
            for names, mark in ((self.gazetteer.places, "gP"), (self.gazetteer.organizations, "gG")):
                for start, end in names.spans(words, inner):
                    phrases[start] = mark + "=B"
                    for i in range(start + 1, end):
                        phrases[i] = mark + "=I"
        out = []
        last = n - 1
        for i, word in enumerate(words):
            low = lowered[i + 1]
            feats = ["bw=" + lowered[i] + "|" + low, "bw+=" + low + "|" + lowered[i + 2]]
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
                    feats += sorted(cue)
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
