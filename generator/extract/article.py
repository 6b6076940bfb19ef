"""The extract stage for one article: names and entities, section and topics, quotes.

Pure and per article, so that it runs in worker processes and its result can be cached.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from generator.extract.entities import Aliases, ArticleEntity, article_entities, named_works
from generator.extract.ner import Tagger, default_recogniser
from generator.extract.quotes import Quote, extract_quotes
from generator.extract.topics import Filing, Taxonomy, classify
from generator.model import Article, Mention


@dataclass(frozen=True)
class Extraction:
    mentions: tuple[Mention, ...]
    entities: tuple[ArticleEntity, ...]
    """Canonical entities, most salient first."""
    works: frozenset[str]
    """Names that the article calls a film, show, book or song, which are no entity."""
    filing: Filing
    quotes: tuple[Quote, ...]


def with_curated_outlet(article: Article, aliases: Aliases) -> Article:
    """The article with its outlet under its curated name: "Cable News Network" is CNN, so that
    one outlet's articles show one name."""
    curated = aliases.canonical(article.outlet) if article.outlet else article.outlet
    return article if curated == article.outlet else replace(article, outlet=curated)


def extract_article(article: Article, taxonomy: Taxonomy, aliases: Aliases, tagger: Tagger | None = None) -> Extraction:
    mentions = tuple((tagger or default_recogniser()).tag_paragraphs(article.body))
    return extraction_of(article, mentions, taxonomy, aliases)


def extraction_of(article: Article, mentions: tuple[Mention, ...], taxonomy: Taxonomy, aliases: Aliases) -> Extraction:
    """Entities, filing and quotes from the article and the names found in it."""
    works = named_works(article, mentions, aliases)
    return Extraction(
        mentions=mentions,
        entities=article_entities(article, mentions, aliases, works),
        works=works,
        filing=classify(article, mentions, taxonomy),
        quotes=extract_quotes(article),
    )
