"""What a page says around its title: standfirst, authors, dates and outlet."""

from __future__ import annotations

import re

from generator.model import Author
from generator.parse.bylines import is_name_line, is_role_line, parse_byline
from generator.parse.dates import Dates, find_dates
from generator.parse.kinds import FROM_OUTLET, Kind
from generator.parse.lines import Line, ends_sentence, lowercase_ratio
from generator.parse.title import SEPARATORS, clean_title

COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*(?:\d{4})?\s*([A-Z][\w&.'’ -]{2,60}?)\s*(?:\.|,|all rights|$)", re.IGNORECASE)


def find_standfirst(lines: list[Line], kinds: list[Kind], header: range) -> int | None:
    for index in header:
        words = lines[index].words
        if kinds[index] in (Kind.PROSE, Kind.SHORT) and len(words) >= 8 and lowercase_ratio(words) >= 0.4:
            return index
    return None


def find_authors(lines: list[Line], kinds: list[Kind], title_at: int, body_start: int) -> tuple[Author, ...]:
    """Authors from the bylines between title and body, else from the first byline anywhere."""
    found: list[Author] = []
    for index in range(title_at + 1, min(len(lines), body_start + 3)):
        if kinds[index] is Kind.BYLINE:
            found.extend(parse_byline(lines[index].text))
        elif kinds[index] is Kind.SHORT and index < body_start and _near_byline_furniture(lines, kinds, index):
            found.extend(parse_byline(lines[index].text, bare=True))
    if not found:
        found.extend(next((parse_byline(line.text) for line, kind in zip(lines, kinds) if kind is Kind.BYLINE), ()))
    unique: dict[str, Author] = {}
    for author in found:
        known = unique.get(author.name.casefold())
        if known is None or known.role is None and author.role:
            unique[author.name.casefold()] = author
    return tuple(unique.values())


def _near_byline_furniture(lines: list[Line], kinds: list[Kind], index: int) -> bool:
    """A bare name counts as a byline next to a date, a byline or a job title, or with its own job title."""
    authors = parse_byline(lines[index].text, bare=True)
    if any(author.role for author in authors):
        return True
    neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(kinds[i] in (Kind.DATE, Kind.BYLINE) or is_role_line(lines[i].text) for i in neighbours)


def find_header_dates(lines: list[Line], kinds: list[Kind], title_at: int, body_start: int) -> Dates:
    """The first published and updated dates after the title, from date lines and bylines."""
    published = updated = None
    order = [*range(title_at, len(lines)), *range(0, title_at)]
    for index in order:
        if kinds[index] in (Kind.DATE, Kind.BYLINE):
            dates = find_dates(lines[index].text)
            published = published or dates.published
            updated = updated or dates.updated
            if published and (updated or index >= body_start):
                break
    return Dates(published, updated)


def find_outlet(lines: list[Line], kinds: list[Kind], title_line: str) -> str | None:
    """The site: a "From X" line, a "Title | Site" line, or a copyright holder."""
    for line, kind in zip(lines, kinds):
        match = FROM_OUTLET.match(line.text) if kind is Kind.OUTLET else None
        if match:
            return match.group(1)
    title = clean_title(title_line).casefold()
    for line in lines:
        parts = SEPARATORS.split(line.text)
        if len(parts) == 2 and parts[0].casefold() == title and 0 < len(parts[1].split()) <= 5:
            return parts[1]
    for line, kind in zip(lines, kinds):
        match = COPYRIGHT.search(line.text) if kind is Kind.DEBRIS else None
        if match and not ends_sentence(match.group(1)):
            return match.group(1).strip()
    return None
