"""Quotes attributed to the corpus' entities: a speaker "Khalilzad" is Zalmay Khalilzad."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.extract.entities import ArticleEntity, name_key
from generator.extract.quotes import Quote
from generator.model import LinkedArticle


def attributed_quotes(entries: Sequence[LinkedArticle]) -> tuple[tuple[Quote, ...], ...]:
    """Each article's quotes, speakers named by the canonical name of the entity they refer to."""
    return tuple(
        tuple(_attributed(q, e.extraction.entities) for q in e.extraction.quotes) for e in entries
    )


def _attributed(quote: Quote, entities: Sequence[ArticleEntity]) -> Quote:
    if not quote.speaker_is_name:
        return quote
    key = name_key(quote.speaker)
    for entity in entities:
        if entity.label == "person" and (key == name_key(entity.name) or key in {name_key(f) for f in entity.forms}):
            return replace(quote, speaker=entity.name)
    return quote
