"""Run the two CRF passes over a document's paragraphs and turn the tags into ``Mention``s.

The first pass tags each sentence on its own; the second sees, as extra features, what the
first found across the whole document (see ``features.add_first_pass``). Both score and decode
through ``crf`` rather than ``pycrfsuite.Tagger``: the same tags, 2.6 times as fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import chain, islice
from pathlib import Path

from generator.model import Mention

from .bio import spans
from .crf import Models, WordScores
from .features import FeatureExtractor, add_first_pass
from .tokenizer import Token, split_sentences, tokenize

MODEL_DIR = Path(__file__).parent / "data"
FIRST, SECOND = "ner-first.crfsuite", "ner-second.crfsuite"
WARM_WORDS = 5_000
"""How many of the most frequent words of news (the word classes' vocabulary, most frequent first)
are scored when the models load (0.2 s), rather than at their first sight."""
CACHE_WORDS = 100_000
"""How many distinct words keep their scores (720 bytes each) before the cache starts again."""
LABELS = {"PER": "person", "ORG": "organization", "LOC": "place", "MISC": "misc"}
_PARTY = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")
"""A US party and state tag ("R-Ky."), which the CoNLL-trained model takes for a name."""


class Recogniser:
    """The two loaded models of a model folder and their feature extractor."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.models = Models([model_dir / FIRST, model_dir / SECOND])
        self.extractor = FeatureExtractor()
        self.words = WordScores(self.extractor, self.models, CACHE_WORDS)
        self.words.add(islice(self.extractor.gazetteer.clusters, WARM_WORDS))

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO tags (MISC included) for the word sentences of one document."""
        lengths = [len(sentence) for sentence in sentences]
        scores = self.words.document(sentences)
        self.models.add(scores, chain.from_iterable(self.extractor.token_features(sentences)))
        first = self.models.decode(0, scores[:, 0], lengths)
        found = [[[] for _ in sentence] for sentence in sentences]
        touched = add_first_pass(found, sentences, first)
        self.models.add(scores[:, 1], chain.from_iterable(found), model=1)
        second = self.models.decode(1, scores[:, 1], lengths)
        return [new if t else tags for new, t, tags in zip(second, touched, first)]

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
