"""Publication and update dates written in a page's header lines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from babel.dates import get_month_names
from dateutil import parser as date_parser

_INFO = date_parser.parserinfo()
_MONTH = "|".join(sorted((name for names in _INFO.MONTHS for name in names), key=len, reverse=True))
_WEEKDAY = "|".join(name for names in _INFO.WEEKDAYS for name in names)
OTHER_LANGUAGES = ("fr", "es", "de", "it", "pt", "nl")
"""The other main languages of European news, whose month names (from the CLDR, through Babel)
date a page too: "30 avril 2015", "30 de abril de 2015", "30. April 2015"."""


def _other_months() -> dict[str, int]:
    """Month names and abbreviations of ``OTHER_LANGUAGES``, lower case, -> the month's number."""
    months = {}
    for language in OTHER_LANGUAGES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=language).items():
                    months[name.lower().rstrip(".")] = number
    return months


OTHER_MONTHS = _other_months()
_OTHER_MONTH = "|".join(sorted(map(re.escape, OTHER_MONTHS), key=len, reverse=True))
OTHER_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?(?P<month>{_OTHER_MONTH})\.?\s+(?:de\s+)?(?P<year>\d{{4}})\b",
    re.IGNORECASE,
)
"""A date written day first in another language: "1er mai 2015", "30 de abril de 2015", "3. März 2021"."""
DOTTED_DATE = re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b")
"""A date written day first with dots, as in most of Europe: "04.05.2015" is the 4th of May."""

DATE = re.compile(
    rf"""\b(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
    |\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+\d{{4}}
    |\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}
    |\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))\b|{OTHER_DATE.pattern}|\b\d{{1,2}}\.\d{{1,2}}\.\d{{4}}\b""",
    re.IGNORECASE | re.VERBOSE,
)
GLUED = re.compile(
    rf"(?<=[a-z\d])(?=(?:{'|'.join(name.capitalize() for name in _MONTH.split('|'))}|Updated|Published|Posted)\b)"
)
"""Where copying ran a month or "Updated" into the word before it: "Associated PressDecember 2, 2016"."""
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,4})\b)?", re.IGNORECASE)
UPDATED = re.compile(
    r"\b(?:updated|modified|last\s+edited|revised|mis\s+à\s+jour|actualizad[oa]|aktualisiert|aggiornato|atualizad[oa]"
    r"|bijgewerkt)\b",
    re.IGNORECASE,
)
DATE_WORDS = re.compile(
    rf"\b(?:published|posted|updated|modified|last|on|at|by|and|date|first|{_WEEKDAY}"
    r"|[ap]m|et|gmt|utc|est|edt|pst|pdt|bst"
    r"|publié|mis|jour|publicado|actualizado|veröffentlicht|aktualisiert|pubblicato|aggiornato|atualizado|le|el|am|um)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dates:
    """When an article was first published and last updated, as far as the page says."""

    published: dt.date | None = None
    updated: dt.date | None = None


def parse_date(text: str) -> dt.date | None:
    """The date that ``text`` (one date expression) names, or ``None``."""
    try:
        if other := OTHER_DATE.fullmatch(text):
            month = OTHER_MONTHS[other.group("month").lower()]
            return dt.date(int(other.group("year")), month, int(other.group("day")))
        if dotted := DOTTED_DATE.fullmatch(text):
            return dt.date(int(dotted.group("year")), int(dotted.group("month")), int(dotted.group("day")))
        return date_parser.parse(text.replace(".", " "), fuzzy=True).date()
    except (ValueError, OverflowError):
        return None


def find_dates(text: str) -> Dates:
    """The published and updated dates of a line: a date just after "Updated" is the update."""
    published = updated = None
    previous_end = 0
    text = GLUED.sub(" ", text)
    for match in DATE.finditer(text):
        date = parse_date(match.group())
        if date is not None and UPDATED.search(text[previous_end : match.start()]):
            updated = updated or date
        elif date is not None:
            published = published or date
        previous_end = match.end()
    return Dates(published, updated)


DATELINE = re.compile(
    rf"""^(?:[A-Z][^\W\d_][\w.'’ -]{{0,40}}?,\s*)?(?P<date>{DATE.pattern})
    \s*(?:\([^()]{{1,40}}\)\s*)?(?:--|[—–]|-\s)""",
    re.IGNORECASE | re.VERBOSE,
)
"""A paragraph that opens with a dated dateline: "April 17, 2015 -- ", "WASHINGTON, Aug. 10, 2021 (Reuters) - "."""


def dateline_date(paragraph: str) -> dt.date | None:
    """The date of the dateline that ``paragraph`` opens with, if it has one with a year."""
    match = DATELINE.match(paragraph)
    return parse_date(match.group("date")) if match else None


RELATIVE = re.compile(r"\d{1,2}\s+(?:minute|min|hour|hr|day|week)s?\s+ago", re.IGNORECASE)
"""A date written as how long ago: "1 day ago", "5 hours ago"."""


def is_date_line(text: str) -> bool:
    """A line that says little more than a date and a time ("1 day ago" too)."""
    text = GLUED.sub(" ", text)
    if RELATIVE.fullmatch(text.strip()):
        return True
    if not DATE.search(text):
        return False
    rest = DATE_WORDS.sub(" ", TIME.sub(" ", DATE.sub(" ", text)))
    return len(re.findall(r"[^\W\d_]{2,}", rest)) <= 2
