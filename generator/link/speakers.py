"""Quotes attributed to the corpus' entities: a speaker "Khalilzad" is Zalmay Khalilzad."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from generator.extract.entities import ArticleEntity, clean_name, name_key
from generator.extract.quotes import Quote
from generator.model import LinkedArticle


def attributed_quotes(
    entries: Sequence[LinkedArticle], canonical: Sequence[Mapping[str, str]]
) -> tuple[tuple[Quote, ...], ...]:
    """Each article's quotes, speakers named by the corpus' name of the entity they refer to;
    ``canonical`` maps each article's own entity names to the corpus' ones."""
    quotes = []
    for entry, names in zip(entries, canonical, strict=True):
        attributed = (_attributed(q, entry.extraction.entities) for q in entry.extraction.quotes)
        quotes.append(tuple(replace(q, speaker=names.get(q.speaker, q.speaker)) for q in attributed))
    return tuple(quotes)


def _attributed(quote: Quote, entities: Sequence[ArticleEntity]) -> Quote:
    people = [entity for entity in entities if entity.label == "person"]
    if not quote.speaker_is_name:
        titled = _titled(quote.speaker, people)
        return replace(quote, speaker=titled.name, speaker_is_name=True) if titled else quote
    keys = {name_key(quote.speaker)}
    if cleaned := clean_name(quote.speaker, "person"):
        keys.add(name_key(cleaned.name))  # "Mr Blair" is the article's "Blair"
    for entity in people:
        if keys & {name_key(entity.name), *(name_key(f) for f in entity.forms)}:
            return replace(quote, speaker=entity.name)
    return quote


def _titled(speaker: str, people: Sequence[ArticleEntity]) -> ArticleEntity | None:
    """The one person of the article given the role a nominal speaker names: "the president" is
    Joe Biden where the article calls him President Joe Biden and no one else president."""
    role = re.sub(r"^the\s+", "", speaker.strip(), flags=re.IGNORECASE).casefold()
    bearers = [person for person in people if role in {r.casefold() for r in person.roles}]
    return bearers[0] if len(bearers) == 1 else None
