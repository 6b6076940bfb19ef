"""Saved web pages (``.html``): read as a select-all copy of the page reads, helped by their metadata.

The page's visible text comes out one block element a line (lxml's HTML parser; scripts, styles,
forms' options and hidden elements left out), so the line parser of :mod:`.text` judges it as it
judges a copied page. What the text leaves open (authors, the date, the outlet) and the page's
address come from its metadata, read by trafilatura (OpenGraph, JSON-LD, ``<meta>`` tags).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from generator.model import Article, Author, SourceFile
from generator.parse.bylines import parse_byline
from generator.parse.errors import NotAnArticle
from generator.parse.text import parse_text

HTML_SUFFIXES = (".html", ".htm")
INVISIBLE = ("script", "style", "noscript", "template", "svg", "head", "iframe", "object", "select")
BLOCKS = frozenset(
    """address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul""".split()
)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_html(source: SourceFile) -> bool:
    """A saved web page: by its name, or by its content (a page's source saved as ``.txt``)."""
    opening = source.text.lstrip("\ufeff \t\r\n")[:15].lower()
    return source.rel_path.lower().endswith(HTML_SUFFIXES) or opening.startswith(("<!doctype html", "<html"))


def parse_page(source: SourceFile) -> Article:
    """The article of a saved page: its visible text parsed, its subheadings those its markup has
    where it has any, its metadata filling what is missing."""
    root = visible_root(source.text)
    article = parse_text(replace(source, text=visible_text(root)))
    headings = {" ".join(h.text_content().split()) for h in root.iter("h2", "h3", "h4", "h5", "h6")}
    marked = tuple(at for at, paragraph in enumerate(article.body) if at and paragraph in headings)
    return with_metadata(replace(article, headings=marked) if marked else article, source.text)


def visible_root(html: str) -> lxml.html.HtmlElement:
    """The page's document without its scripts, styles and hidden elements."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as error:
        raise NotAnArticle(f"not readable as HTML: {error}") from None
    etree.strip_elements(root, *INVISIBLE, with_tail=False)
    for element in root.xpath("//*[@hidden or @aria-hidden='true' or @style]"):
        if element.get("style") is None or HIDDEN_STYLE.search(element.get("style")):
            if element.getparent() is not None:
                element.drop_tree()
    return root


def visible_text(root: lxml.html.HtmlElement) -> str:
    """The page's text as a browser shows it: a line per block element."""
    parts: list[str] = []
    _text_of(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _text_of(element: lxml.html.HtmlElement, parts: list[str]) -> None:
    """Appends the element's text, with a line break around blocks (and the page's own line breaks)."""
    block = isinstance(element.tag, str) and element.tag.lower() in BLOCKS
    if block:
        parts.append("\n")
    if isinstance(element.tag, str) and element.text:
        parts.append(element.text)
    for child in element:
        _text_of(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def with_metadata(article: Article, html: str) -> Article:
    """``article`` with the authors, date and outlet its page's metadata gives where it has none,
    and the page's web address."""
    from trafilatura import extract_metadata  # imported here: archives of text files never pay its start-up

    metadata = extract_metadata(html)
    if metadata is None:
        return article
    found: dict[str, object] = {}
    if not article.authors and metadata.author:
        found["authors"] = _authors(metadata.author)
    if article.published is None and metadata.date:
        found["published"] = _date(metadata.date)
    if article.outlet is None and metadata.sitename:
        found["outlet"] = " ".join(metadata.sitename.split())
    if metadata.url and urlsplit(metadata.url).scheme in ("http", "https") and urlsplit(metadata.url).netloc:
        found["url"] = metadata.url
    return replace(article, **{key: value for key, value in found.items() if value})


def _authors(text: str) -> tuple[Author, ...]:
    """Metadata authors ("Jane Doe; JANE DOE"): each person once."""
    people: dict[str, Author] = {}
    for part in re.split(r"[;|]", text):
        for author in parse_byline(part.strip(), bare=True) or parse_byline(f"By {part.strip()}"):
            people.setdefault(author.name.casefold(), author)
    return tuple(people.values())


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
