"""The article page: front matter, headline, metadata line, lead figure, body, credits, related."""

from __future__ import annotations

import datetime as dt
import math
import posixpath
from collections.abc import Sequence

from generator.link.entities import Entity
from generator.link.story_index import Story
from generator.link.topics import section_path, topic_path
from generator.model import ENTITY_FOLDERS, Article, Corpus, Figure, LinkedArticle, Page
from generator.render.entities import entity_links
from generator.render.escape import clean_text, html_text, markdown_text, web_address
from generator.render.listing import article_list
from generator.render.page import count, long_date, page, relative_link
from generator.render.summary import summary

WORDS_PER_MINUTE = 230
MAX_OPEN_FIGURES = 3
"""More figures after the lead one than this are a slideshow: folded into one block."""


def render_article(index: int, corpus: Corpus) -> Page:
    entry = corpus.articles[index]
    article = entry.article
    filing = entry.extraction.filing
    story = corpus.stories.story_of.get(index)
    meta = {
        "kind": "article",
        "title": html_text(article.title),
        "description": html_text(summary(article)),
        "date": article.published or entry.inferred_date,
        "date_inferred": True if entry.inferred_date else None,
        "updated": article.updated,
        "authors": [clean_text(a.name) for a in article.authors],
        "source": clean_text(article.outlet) if article.outlet else None,
        "source_file": entry.article.source_file,
        "duplicates": list(article.duplicates),
        "url": web_address(article.url) if article.url else None,
        "entities": entities_by_type(corpus.entities.for_article(index)),
        "section": clean_text(filing.section),
        "topics": [clean_text(t.name) for t in filing.topics],
        "tags": list(entry.tags),
        "story": _slug(story.path) if story else None,
    }
    blocks = [
        f"# {markdown_text(article.title)}",
        metadata_line(article, entry.inferred_date),
        f"**{markdown_text(article.standfirst)}**" if article.standfirst else "",
        *(figure_block(f) for f in article.figures[:1]),
        *(f"## {markdown_text(p)}" if i in article.headings else markdown_text(p) for i, p in enumerate(article.body)),
        more_figures(article.figures[1:]),
        *(f"*{markdown_text(c)}*" for c in article.credits),
        entity_links(entry, index, corpus),
        filed_under(entry),
        story_block(entry, story, corpus),
        related_articles_block(index, corpus),
        related_block(entry),
    ]
    return page(entry.path, meta, blocks)


def metadata_line(article: Article, inferred: dt.date | None = None) -> str:
    """Outlet · authors · dates · reading time, as one Markdown line; ``inferred``, a date from its story."""
    parts = []
    if article.outlet:
        parts.append(f"**{markdown_text(article.outlet)}**")
    if article.authors:
        parts.append("By " + ", ".join(_author(a.name, a.role) for a in article.authors))
    if article.published:
        parts.append(long_date(article.published))
    elif inferred:
        parts.append(f"{long_date(inferred)} (date inferred from its story)")
    if article.updated and article.updated != article.published:
        parts.append(f"Updated {long_date(article.updated)}")
    parts.append(f"{reading_minutes(article)} min read")
    address = web_address(article.url) if article.url else None
    if address:
        parts.append(f"[Original]({address})")
    return " · ".join(parts)


def figure_block(figure: Figure) -> str:
    """A figure as a Material admonition titled "Photo": caption, then credit."""
    return '!!! info "Photo"\n\n' + "\n\n".join(f"    {line}" for line in _figure_lines(figure))


def more_figures(figures: Sequence[Figure]) -> str:
    """The figures after the lead one: each as a ``figure_block``, or, more than ``MAX_OPEN_FIGURES``
    (a slideshow), folded into one collapsed block that lists them."""
    if len(figures) <= MAX_OPEN_FIGURES:
        return "\n\n".join(figure_block(f) for f in figures)
    lines = [" ".join(_figure_lines(f)) for f in figures]
    return f'??? info "{count(len(figures), "more photo")}"\n\n' + "\n\n".join(f"    {line}" for line in lines)


def _figure_lines(figure: Figure) -> list[str]:
    lines = [markdown_text(figure.caption)] if figure.caption else []
    if figure.credit:
        lines.append(f"*{markdown_text(figure.credit)}*")
    return lines


def entities_by_type(entities: Sequence[Entity]) -> dict[str, list[str]]:
    """``{person: [...], organization: [...], place: [...]}``, canonical names by salience."""
    by_type = {label: [clean_text(e.name) for e in entities if e.label == label] for label in ENTITY_FOLDERS}
    return {label: names for label, names in by_type.items() if names}


def filed_under(entry: LinkedArticle) -> str:
    """Links to the article's section and topics."""
    filing = entry.extraction.filing
    links = [f"[{markdown_text(filing.section)}]({relative_link(entry.path, section_path(filing.section_id))})"]
    links += [f"[{markdown_text(t.name)}]({relative_link(entry.path, topic_path(t.section, t.id))})" for t in filing.topics]
    return "Filed under " + " · ".join(links)


def story_block(entry: LinkedArticle, story: Story | None, corpus: Corpus) -> str:
    """The other tellings of the article's story."""
    if story is None:
        return ""
    others = [corpus.articles[i] for i in story.articles if corpus.articles[i] is not entry]
    heading = f"## [The story]({relative_link(entry.path, story.path)}): {count(len(others), 'other article')}"
    return heading + "\n\n" + article_list(others, entry.path)


def related_articles_block(index: int, corpus: Corpus) -> str:
    related = [corpus.articles[i] for i in corpus.stories.related[index]]
    if not related:
        return ""
    return "## Related articles\n\n" + article_list(related, corpus.articles[index].path)


def related_block(entry: LinkedArticle) -> str:
    """The headlines the outlet's page linked to, linked here where the archive holds them."""
    if not entry.related_headlines:
        return ""
    items = []
    for headline, path in entry.related_headlines:
        text = markdown_text(headline)
        items.append(f"- [{text}]({relative_link(entry.path, path)})" if path else f"- {text}")
    return "## Related coverage\n\n" + "\n".join(items)


def _slug(path: str) -> str:
    return posixpath.splitext(posixpath.basename(path))[0]



def reading_minutes(article: Article) -> int:
    words = sum(len(p.split()) for p in article.body)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _author(name: str, role: str | None) -> str:
    return markdown_text(name) + (f" ({markdown_text(role)})" if role else "")
