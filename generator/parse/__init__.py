"""The parse stage: a scraped page's text in, an ``Article`` out."""

from generator.parse.errors import NotAnArticle
from generator.parse.text import parse_article

__all__ = ["NotAnArticle", "parse_article"]
