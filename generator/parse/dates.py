"""Publication and update dates written in a page's header lines."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

_INFO = date_parser.parserinfo()
_MONTH = "|".join(sorted((name for names in _INFO.MONTHS for name in names), key=len, reverse=True))
_WEEKDAY = "|".join(name for names in _INFO.WEEKDAYS for name in names)

DATE = re.compile(
    rf"""\b(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}
    |\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?,?\s+\d{{4}}
    |\d{{4}}-\d{{2}}-\d{{2}}|\d{{4}}/\d{{1,2}}/\d{{1,2}}
    |\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}}))\b""",
    re.IGNORECASE | re.VERBOSE,
)
GLUED = re.compile(
    rf"(?<=[a-z\d])(?=(?:{'|'.join(name.capitalize() for name in _MONTH.split('|'))}|Updated|Published|Posted)\b)"
)
"""Where copying ran a month or "Updated" into the word before it: "Associated PressDecember 2, 2016"."""
TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,4})\b)?", re.IGNORECASE)
UPDATED = re.compile(r"\b(?:updated|modified|last\s+edited|revised)\b", re.IGNORECASE)
DATE_WORDS = re.compile(
    rf"\b(?:published|posted|updated|modified|last|on|at|by|and|date|first|{_WEEKDAY}"
    r"|[ap]m|et|gmt|utc|est|edt|pst|pdt|bst)\b",
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
