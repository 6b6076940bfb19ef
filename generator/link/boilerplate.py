"""Paragraphs an outlet repeats under unrelated articles: comment policies, newsletter prompts, teasers.

A scraped page keeps whatever furniture reads like prose; the same paragraph under many articles
about different things is the outlet's, not the article's. A wire story's paragraphs recur too,
but under headlines on one subject. So a paragraph is boilerplate when at least
``MIN_CARRIERS`` articles carry it and no content word is common to all their headlines. It is
dropped from the pages, from the names found and from the evidence for filing and stories; the
build report lists it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence

from generator.analyse import Analysis
from generator.extract.article import extraction_of
from generator.extract.entities import Aliases
from generator.extract.topics import Taxonomy
from generator.link.vectors import tokens
from generator.model import Article

MIN_CARRIERS = 4


def find_boilerplate(articles: Sequence[Article]) -> dict[str, int]:
    """Each boilerplate paragraph, with the number of articles that carry it."""
    carriers: dict[str, list[int]] = defaultdict(list)
    for index, article in enumerate(articles):
        for paragraph in dict.fromkeys(article.body):
            carriers[paragraph].append(index)
    headline_words = [set(tokens(article.title)) for article in articles]
    return {
        paragraph: len(carried_by)
        for paragraph, carried_by in carriers.items()
        if len(carried_by) >= MIN_CARRIERS and not set.intersection(*(headline_words[i] for i in carried_by))
    }


def without_boilerplate(articles: Sequence[Article]) -> list[Article]:
    """The articles without their boilerplate paragraphs (an article of nothing else is kept whole)."""
    boilerplate = find_boilerplate(articles)
    return [_kept(article, boilerplate)[0] for article in articles]


def strip_boilerplate(
    analyses: Sequence[Analysis], taxonomy: Taxonomy, aliases: Aliases
) -> tuple[list[Analysis], dict[str, int]]:
    """The analyses without boilerplate, entities and filing redone where some was dropped; and it."""
    boilerplate = find_boilerplate([a.article for a in analyses])
    if not boilerplate:
        return list(analyses), {}
    stripped = []
    for analysis in analyses:
        article, kept = _kept(analysis.article, boilerplate)
        if article is analysis.article:
            stripped.append(analysis)
            continue
        number = {old: new for new, old in enumerate(kept)}
        mentions = tuple(
            dataclasses.replace(m, paragraph=number[m.paragraph])
            for m in analysis.extraction.mentions
            if m.paragraph in number
        )
        stripped.append(Analysis(article, extraction_of(article, mentions, taxonomy, aliases)))
    return stripped, boilerplate


def _kept(article: Article, boilerplate: dict[str, int]) -> tuple[Article, list[int]]:
    """The article without boilerplate (itself if it has none, or nothing else), and the kept paragraphs."""
    kept = [index for index, paragraph in enumerate(article.body) if paragraph not in boilerplate]
    if not kept or len(kept) == len(article.body):
        return article, list(range(len(article.body)))
    headings = tuple(new for new, old in enumerate(kept) if old in article.headings)
    return dataclasses.replace(article, body=tuple(article.body[i] for i in kept), headings=headings), kept
