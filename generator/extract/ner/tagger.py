"""Run the CRF over a document's paragraphs and turn its BIO tags into ``Mention``s."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from generator.model import Mention

from .features import FeatureExtractor
from .tokenizer import Token, split_sentences, tokenize

MODEL_PATH = Path(__file__).parent / "data" / "model.crfsuite"
LABELS = {"PER": "person", "ORG": "organization", "LOC": "place"}


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of a BIO tag sequence."""
    found: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if kind and (tag[0] != "I" or tag[2:] != kind):
            found.append((start, i, kind))
            kind = ""
        if tag[0] == "B" or (tag[0] == "I" and not kind):
            start, kind = i, tag[2:]
    return found


class Recogniser:
    """A loaded model and its feature extractor."""

    def __init__(self, model: Path = MODEL_PATH) -> None:
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))
        self.extractor = FeatureExtractor()

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags (with MISC) for the word sentences of one document."""
        return [self.tagger.tag(f) for f in self.extractor.document(sentences)]

    def tag_paragraphs(self, paragraphs: Sequence[str]) -> list[Mention]:
        units: list[tuple[int, list[Token]]] = [
            (index, sentence)
            for index, paragraph in enumerate(paragraphs)
            for sentence in split_sentences(tokenize(paragraph))
        ]
        tags = self.tag_sentences([[t.text for t in sentence] for _, sentence in units])
        mentions = []
        for (index, sentence), sentence_tags in zip(units, tags):
            for first, last, kind in spans(sentence_tags):
                if kind in LABELS:
                    start, end = sentence[first].start, sentence[last - 1].end
                    text = paragraphs[index][start:end]
                    mentions.append(Mention(text, LABELS[kind], index, start, end))
        return mentions
