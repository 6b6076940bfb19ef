"""Named-entity recognition of people, organisations and places, offline.

A linear-chain CRF (python-crfsuite) trained on CoNLL-2003 ships in ``data/``; see ``train``.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from generator.model import Mention

from .tagger import Recogniser
from .tokenizer import Token, tokenize

__all__ = ["Recogniser", "Token", "default_recogniser", "tag_paragraphs", "tokenize"]


@cache
def default_recogniser() -> Recogniser:
    """The shipped model, loaded on first use."""
    return Recogniser()


def tag_paragraphs(paragraphs: Sequence[str]) -> list[Mention]:
    """People, organisations and places in the paragraphs of one document."""
    return default_recogniser().tag_paragraphs(paragraphs)
