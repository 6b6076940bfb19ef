"""Named-entity recognition of people, organisations and places, offline.

Two linear-chain CRFs (python-crfsuite) trained on CoNLL-2003 ship in ``data/`` with the word
lists they use. ``tokenizer`` splits news text, ``features`` describes tokens (word, shape,
affixes, name lists from ``gazetteer``, word classes, document-level evidence), ``crf`` scores
and decodes the models as arrays, ``tagger`` runs both passes and makes ``Mention``s; ``train``
rebuilds the models, ``build_gazetteers`` and ``build_clusters`` the word lists; ``conll`` and
``bio`` read the training data.
``spacy_backend`` puts a spaCy pipeline of the user's in the CRFs' place (``ner: spacy``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Protocol

from generator.model import Mention

from .tagger import Recogniser
from .tokenizer import Token, tokenize

__all__ = ["Recogniser", "Tagger", "Token", "default_recogniser", "tag_paragraphs", "tokenize"]


class Tagger(Protocol):
    """What finds the names in an article: the built-in ``Recogniser`` or a ``SpacyRecogniser``."""

    def tag_paragraphs(self, paragraphs: Sequence[str]) -> list[Mention]: ...


@cache
def default_recogniser() -> Recogniser:
    """The shipped model, loaded on first use."""
    return Recogniser()


def tag_paragraphs(paragraphs: Sequence[str]) -> list[Mention]:
    """People, organisations and places in the paragraphs of one document."""
    return default_recogniser().tag_paragraphs(paragraphs)
