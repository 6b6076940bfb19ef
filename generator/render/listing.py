"""Lists of articles, as index pages show them."""

from __future__ import annotations

from collections.abc import Iterable

from generator.model import LinkedArticle
from generator.render.escape import markdown_text
from generator.render.page import long_date, relative_link
from generator.render.summary import summary


def article_item(entry: LinkedArticle, from_path: str) -> str:
    """``- [Headline](link) · Outlet · August 10, 2021`` for the page at ``from_path``.

    Without an outlet, the authors say whose the article is.
    """
    article = entry.article
    parts = [f"[{markdown_text(article.title)}]({relative_link(from_path, entry.path)})"]
    if article.outlet:
        parts.append(markdown_text(article.outlet))
    elif article.authors:
        parts.append("By " + ", ".join(markdown_text(a.name) for a in article.authors))
    if article.published:
        parts.append(long_date(article.published))
    elif entry.inferred_date:
        parts.append(f"{long_date(entry.inferred_date)} (inferred)")
    return "- " + " · ".join(parts)


def article_list(entries: Iterable[LinkedArticle], from_path: str) -> str:
    return "\n".join(article_item(e, from_path) for e in entries)


def article_list_with_summaries(entries: Iterable[LinkedArticle], from_path: str) -> str:
    """Like ``article_list``, each item with the article's one-line summary under it."""
    return "\n".join(f"{article_item(e, from_path)}  \n  {markdown_text(summary(e.article))}" for e in entries)
