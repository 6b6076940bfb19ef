"""The index pages of the archive: all articles, the tags."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from generator.model import Corpus, Page
from generator.render.listing import article_list
from generator.render.page import page

ARTICLES_INDEX = "articles/index.md"
TAGS_INDEX = "tags.md"


def render_articles_index(corpus: Corpus) -> Page:
    """Every article, newest first, under a heading per month; undated ones last."""
    blocks = []
    newest_first = [corpus.articles[i] for i in corpus.newest_first]
    for month, entries in groupby(newest_first, key=lambda e: _month(e.date)):
        blocks.append(f"## {month}")
        blocks.append(article_list(entries, ARTICLES_INDEX))
    return page(ARTICLES_INDEX, {"kind": "index", "title": "Articles"}, ["# Articles", *blocks])


def render_tags_index() -> Page:
    """The page where Material's tags plugin lists every tag and its pages."""
    return page(TAGS_INDEX, {"kind": "index", "title": "Tags"}, ["# Tags", "<!-- material/tags -->"])


def _month(day: dt.date | None) -> str:
    return f"{day:%B %Y}" if day else "Undated"
