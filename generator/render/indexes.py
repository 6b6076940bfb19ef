"""The home page and the index pages of the archive."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from generator.model import Corpus, Page
from generator.render.escape import markdown_text
from generator.render.listing import article_list
from generator.render.page import page

HOME_LATEST = 20
ARTICLES_INDEX = "articles/index.md"
TAGS_INDEX = "tags.md"


def render_home(corpus: Corpus, site_name: str) -> Page:
    count = len(corpus.articles)
    outlets = {e.article.outlet for e in corpus.articles if e.article.outlet}
    blocks = [
        f"# {markdown_text(site_name)}",
        f"{count} article{'s' * (count != 1)} from {len(outlets)} outlet{'s' * (len(outlets) != 1)}.",
        "## Latest articles",
        article_list(corpus.articles[:HOME_LATEST], "index.md") or "No articles yet: add text files to the seeds folder.",
        f"[All articles]({ARTICLES_INDEX})",
    ]
    return page("index.md", {"kind": "home", "title": "Home"}, blocks)


def render_articles_index(corpus: Corpus) -> Page:
    """Every article, newest first, under a heading per month; undated ones last."""
    blocks = []
    for month, entries in groupby(corpus.articles, key=lambda e: _month(e.article.published)):
        blocks.append(f"## {month}")
        blocks.append(article_list(entries, ARTICLES_INDEX))
    return page(ARTICLES_INDEX, {"kind": "index", "title": "Articles"}, ["# Articles", *blocks])


def render_tags_index() -> Page:
    """The page where Material's tags plugin lists every tag and its pages."""
    return page(TAGS_INDEX, {"kind": "index", "title": "Tags"}, ["# Tags", "<!-- material/tags -->"])


def _month(day: dt.date | None) -> str:
    return f"{day:%B %Y}" if day else "Undated"
