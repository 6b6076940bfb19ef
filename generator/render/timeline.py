"""The timeline: the archive by year and month, stories and articles; undated articles apart."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from itertools import groupby

from generator.model import Corpus, Page
from generator.render.escape import markdown_text
from generator.render.listing import article_item
from generator.render.page import count, page, relative_link

TIMELINE_INDEX = "timeline/index.md"
UNDATED = "timeline/undated.md"


def render_timeline_pages(corpus: Corpus) -> list[Page]:
    by_year: dict[int, list[int]] = defaultdict(list)
    undated = []
    for position in range(len(corpus.articles)):
        day = article_date(position, corpus)
        (by_year[day.year] if day else undated).append(position)
    pages = [_year_page(year, positions, corpus) for year, positions in by_year.items()]
    index = ["# Timeline"]
    index += [f"- [{year}]({relative_link(TIMELINE_INDEX, year_path(year))}) ({count(len(p), 'article')})"
              for year, p in sorted(by_year.items(), reverse=True)]
    if undated:
        pages.append(_undated_page(undated, corpus))
        index.append(f"- [Undated]({relative_link(TIMELINE_INDEX, UNDATED)}) ({count(len(undated), 'article')})")
    if len(index) == 1:
        index.append("No articles yet.")
    pages.append(page(TIMELINE_INDEX, {"kind": "index", "title": "Timeline"}, ["\n".join(index)]))
    return pages


def article_date(position: int, corpus: Corpus) -> dt.date | None:
    """The article's date, or the date its story pins down for it."""
    entry = corpus.articles[position]
    return entry.article.published or entry.inferred_date


def year_path(year: int) -> str:
    return f"timeline/{year}.md"


def _year_page(year: int, positions: list[int], corpus: Corpus) -> Page:
    path = year_path(year)
    positions.sort(key=lambda p: (-article_date(p, corpus).toordinal(), p))
    blocks = [f"# {year}"]
    for month, members in groupby(positions, key=lambda p: article_date(p, corpus).month):
        members = list(members)
        blocks.append(f"## {dt.date(year, month, 1):%B %Y}")
        stories = list(dict.fromkeys(corpus.stories.story_of[p] for p in members if p in corpus.stories.story_of))
        if stories:
            blocks.append("**Stories**\n\n" + "\n".join(
                f"- [{markdown_text(s.headline)}]({relative_link(path, s.path)}) ({len(s.articles)} articles)"
                for s in stories))
        blocks.append("**Articles**\n\n" + "\n".join(article_item(corpus.articles[p], path) for p in members))
    return page(path, {"kind": "index", "title": str(year)}, blocks)


def _undated_page(positions: list[int], corpus: Corpus) -> Page:
    items = "\n".join(article_item(corpus.articles[p], UNDATED) for p in positions)
    return page(UNDATED, {"kind": "index", "title": "Undated articles"}, ["# Undated articles", items])

