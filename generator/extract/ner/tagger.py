"""Run the two CRF passes over a document's paragraphs and turn the tags into ``Mention``s.

The first pass tags each sentence on its own; the second sees, as extra features, what the
first found across the whole document (see ``features.add_first_pass``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from pathlib import Path

import pycrfsuite

from generator.model import Mention

from .bio import spans
from .features import FeatureExtractor, add_first_pass
from .tokenizer import Token, split_sentences, tokenize

MODEL_DIR = Path(__file__).parent / "data"
FIRST, SECOND = "ner-first.crfsuite", "ner-second.crfsuite"
WARM_WORDS = 20_000
"""How many of the most frequent words of news (the word classes' vocabulary, most frequent first)
get their features computed when the models load, rather than at their first sight."""
LABELS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "misc"}
_PARTY = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
"""A US party and state tag ("R-Ky."), which the CoNLL-trained model takes for a name."""


def _open(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


class Recogniser:
    """The two loaded models of a model folder and their feature extractor."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.first = _open(model_dir / FIRST)
        self.second = _open(model_dir / SECOND)
        known = {a for tagger in (self.first, self.second) for a, _ in tagger.info().state_features}
        self.extractor = FeatureExtractor(known=known)
        self.extractor.warm(islice(self.extractor.gazetteer.clusters, WARM_WORDS))

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags (MISC included) for the word sentences of one document."""
        features = self.extractor.document(sentences)
        first = [self.first.tag(f) for f in features]
        touched = add_first_pass(features, sentences, first)
        return [self.second.tag(f) if t else tags for f, t, tags in zip(features, touched, first)]

    def tag_paragraphs(self, paragraphs: Sequence[str]) -> list[Mention]:
        """People, organisations and places, with character offsets in their paragraph."""
        units: list[tuple[int, list[Token]]] = [
            (index, sentence)
            for index, paragraph in enumerate(paragraphs)
            for sentence in split_sentences(tokenize(paragraph))
        ]
        tags = self.tag_sentences([[t.text for t in sentence] for _, sentence in units])
        titles = self.extractor.gazetteer.person_titles
        mentions = []
        for (index, sentence), sentence_tags in zip(units, tags):
            for first, last, kind in spans(sentence_tags):
                while kind == "PER" and last - first > 1 and sentence[first].text.lower() in titles:
                    first += 1  # "President Joe Biden": the person is "Joe Biden"
                if kind in LABELS and not _PARTY.fullmatch(sentence[first].text):
                    start, end = sentence[first].start, sentence[last - 1].end
                    text = paragraphs[index][start:end]
                    mentions.append(Mention(text, LABELS[kind], index, start, end))
        return mentions
