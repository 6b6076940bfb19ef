"""Quotes attributed to the corpus' entities: a speaker "Khalilzad" is Zalmay Khalilzad."""

from __future__ import annotations

import re
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
    people = [entity for entity in entities if entity.label == "person"]
    if not quote.speaker_is_name:
        titled = _titled(quote.speaker, people)
        return replace(quote, speaker=titled.name, speaker_is_name=True) if titled else quote
    key = name_key(quote.speaker)
    for entity in people:
        if key == name_key(entity.name) or key in {name_key(f) for f in entity.forms}:
            return replace(quote, speaker=entity.name)
    return quote


def _titled(speaker: str, people: Sequence[ArticleEntity]) -> ArticleEntity | None:
    """The one person of the article given the role a nominal speaker names: "the president" is
    Joe Biden where the article calls him President Joe Biden and no one else president."""
    role = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE).casefold()
    bearers = [person for person in people if role in {r.casefold() for r in person.roles}]
    return bearers[0] if len(bearers) == 1 else None
