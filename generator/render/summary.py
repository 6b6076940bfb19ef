"""The one-line summary of an article, for listings and page descriptions."""

from __future__ import annotations

from generator.model import Article
from generator.render.escape import clean_text

SUMMARY_MAX_CHARS = 240


def summary(article: Article) -> str:
    """The standfirst, or the first paragraph cut at a word near ``SUMMARY_MAX_CHARS``."""
    text = clean_text(article.standfirst or (article.body[0] if article.body else ""))
    if len(text) <= SUMMARY_MAX_CHARS:
        return text
    return text[:SUMMARY_MAX_CHARS].rsplit(" ", 1)[0] + "…"
