"""The article page: front matter, headline, metadata line, lead figure, body, credits, related."""

from __future__ import annotations

import math

from generator.model import Article, Figure, LinkedArticle, Page
from generator.render.escape import clean_text, html_text, markdown_text
from generator.render.page import long_date, page, relative_link

WORDS_PER_MINUTE = 230
SUMMARY_MAX_CHARS = 240


def render_article(entry: LinkedArticle) -> Page:
    article = entry.article
    meta = {
        "kind": "article",
        "title": html_text(article.title),
        "description": html_text(summary(article)),
        "date": article.published,
        "updated": article.updated,
        "authors": [clean_text(a.name) for a in article.authors],
        "source": clean_text(article.outlet) if article.outlet else None,
        "source_file": entry.article.source_file,
    }
    blocks = [
        f"# {markdown_text(article.title)}",
        metadata_line(article),
        f"**{markdown_text(article.standfirst)}**" if article.standfirst else "",
        *(figure_block(f) for f in article.figures[:1]),
        *(markdown_text(p) for p in article.body),
        *(figure_block(f) for f in article.figures[1:]),
        *(f"*{markdown_text(c)}*" for c in article.credits),
        related_block(entry),
    ]
    return page(entry.path, meta, blocks)


def metadata_line(article: Article) -> str:
    """Outlet · authors · dates · reading time, as one Markdown line."""
    parts = []
    if article.outlet:
        parts.append(f"**{markdown_text(article.outlet)}**")
    if article.authors:
        parts.append("By " + ", ".join(_author(a.name, a.role) for a in article.authors))
    if article.published:
        parts.append(long_date(article.published))
    if article.updated and article.updated != article.published:
        parts.append(f"Updated {long_date(article.updated)}")
    parts.append(f"{reading_minutes(article)} min read")
    return " · ".join(parts)


def figure_block(figure: Figure) -> str:
    """A figure as a Material admonition titled "Photo": caption, then credit."""
    lines = [markdown_text(figure.caption)] if figure.caption else []
    if figure.credit:
        lines.append(f"*{markdown_text(figure.credit)}*")
    return '!!! info "Photo"\n\n' + "\n\n".join(f"    {line}" for line in lines)


def related_block(entry: LinkedArticle) -> str:
    """The headlines the outlet's page linked to, linked here where the archive holds them."""
    if not entry.related_headlines:
        return ""
    items = []
    for headline, path in entry.related_headlines:
        text = markdown_text(headline)
        items.append(f"- [{text}]({relative_link(entry.path, path)})" if path else f"- {text}")
    return "## Related coverage\n\n" + "\n".join(items)


def summary(article: Article) -> str:
    """The standfirst, or the first paragraph cut at a word near ``SUMMARY_MAX_CHARS``."""
    text = clean_text(article.standfirst or (article.body[0] if article.body else ""))
    if len(text) <= SUMMARY_MAX_CHARS:
        return text
    return text[:SUMMARY_MAX_CHARS].rsplit(" ", 1)[0] + "…"


def reading_minutes(article: Article) -> int:
    words = sum(len(p.split()) for p in article.body)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _author(name: str, role: str | None) -> str:
    return markdown_text(name) + (f" ({markdown_text(role)})" if role else "")
