"""The one way untrusted article text enters a page.

Article text comes from scraped pages: it may hold HTML, Markdown, Jinja or YAML syntax. The
functions here make it inert for Python-Markdown with the extensions Material users enable
(attr_list, pymdownx.*, footnotes, abbr, emoji, snippets, critic, arithmatex...), for template
engines that render Markdown sources (``{{ }}``, ``{% %}``), and for themes that insert a value
into HTML unescaped, while it still reads as the same text once rendered.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

_SPACE = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")

# Characters with a meaning anywhere in a line for Markdown or one of its common extensions
# (emphasis, code, links, HTML, entities, attribute lists, tables, strike/sub, sup, mark, emoji,
# URLs, math, footnotes, snippets' "--8<--", critic markup, template braces, headings, quotes).
_ACTIVE = frozenset("\\`*_{}[]<>&#|~^=:$")
# What makes a list item or a rule at the start of a line: "- ", "+ ", "1. ", "2) ", "---".
_LINE_START = re.compile(r"^(?:\d+(?=[.)])|)([-+.)])")


_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in _ACTIVE})


def _entity(char: str) -> str:
    return f"&#{ord(char)};"


def clean_text(text: str) -> str:
    """One line of plain text: invisible and control characters dropped, white space folded."""
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def markdown_text(text: str) -> str:
    """``text`` as one line of Markdown that renders as exactly that text."""
    line = clean_text(text).translate(_ENTITIES)
    return _LINE_START.sub(lambda m: m.group(0)[:-1] + _entity(m.group(1)), line, count=1)


def html_text(text: str) -> str:
    """``text`` for a value a theme puts into HTML as it is (``title``, ``description``)."""
    line = clean_text(text)
    for char, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        line = line.replace(char, entity)
    return line


def web_address(url: str) -> str | None:
    """An http(s) address made safe as a Markdown link target, or ``None`` for anything else.

    Characters that could end the link or start markup (spaces, brackets, quotes) are percent-encoded.
    """
    url = clean_text(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#&=%+,;@~!$*.-_")
