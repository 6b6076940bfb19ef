"""The parser: one scraped page's text in, one ``Article`` out."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from generator.model import Article, Author, Figure, SourceFile
from generator.parse.bylines import is_name_line, is_role_line, parse_byline
from generator.parse.dates import Dates, find_dates
from generator.parse.errors import NotAnArticle
from generator.parse.figures import credit_of, names_agency, split_caption
from generator.parse.kinds import FROM_OUTLET, Kind, classify, densest_region, region_value
from generator.parse.lines import STOP_WORDS, Line, content_words, ends_sentence, is_short_sentence, lowercase_ratio, split_lines
from generator.parse.related import cut_related, related_headline

MAX_NON_PRINTABLE = 0.05
TITLE_SEPARATORS = re.compile(r"\s*(?:\||\s[-–—:]\s|::)\s*")
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*(?:\d{4})?\s*([A-Z][\w&.'’ -]{2,60}?)\s*(?:\.|,|all rights|$)", re.IGNORECASE)
HEADER_REACH = 60
"""How many lines before the body a title may be."""
TITLE_INSIDE_BODY = 20
BYLINE_REACH = 8
"""How many lines below its title a byline or date usually is."""
"""How far into the densest prose a title may be, when a teaser opens that run."""


def parse_article(source: SourceFile) -> Article:
    """Read the title, authors, dates, figures and body paragraphs out of a scraped page."""
    _check_is_text(source.text)
    lines = split_lines(source.text)
    kinds = [classify(line) for line in lines]
    start, end = densest_region([region_value(line, kind) for line, kind in zip(lines, kinds)])
    title_at = _title_index(lines, kinds, range(start, end))
    if title_at is None:
        raise NotAnArticle("no title line")
    body_start = max(start, title_at + 1)
    header = range(title_at + 1, body_start)
    standfirst_at = _standfirst_index(lines, kinds, header)
    body, figures, related = _body(lines, kinds, range(body_start, end), skip={standfirst_at})
    if not body:
        raise NotAnArticle("no body text")
    dates = _dates(lines, kinds, title_at, body_start)
    return Article(
        source_file=source.rel_path,
        sha256=source.sha256,
        title=_clean_title(lines[title_at].text),
        body=body,
        standfirst=lines[standfirst_at].text if standfirst_at is not None else None,
        authors=_authors(lines, kinds, title_at, body_start),
        published=dates.published,
        updated=dates.updated,
        outlet=_outlet(lines, kinds, lines[title_at].text),
        figures=_header_figures(lines, kinds, header) + figures,
        credits=tuple(dict.fromkeys(line.text for line, kind in zip(lines, kinds) if kind is Kind.CONTRIBUTORS)),
        related=tuple(dict.fromkeys(related)),
    )


def _check_is_text(text: str) -> None:
    if not text.strip():
        raise NotAnArticle("the file is empty or only white space")
    odd = sum(
        1 for char in text if char == "\ufffd" or (unicodedata.category(char).startswith("C") and char not in "\n\r\t")
    )
    if odd / len(text) > MAX_NON_PRINTABLE:
        raise NotAnArticle(f"{odd / len(text):.0%} of the characters are not printable: binary or garbled data")
    letters = sum(char.isalpha() for char in text)
    if letters / len(text.replace(" ", "")) < 0.4:
        raise NotAnArticle("too few letters: not prose text")


def _title_index(lines: list[Line], kinds: list[Kind], body: range) -> int | None:
    """The line that best looks like the headline: sharing words with the body, near it, repeated, or first."""
    counts = Counter(part.casefold() for line in lines for part in {line.text, *TITLE_SEPARATORS.split(line.text)})
    body_words = Counter(word for index in body for word in content_words(lines[index].words))
    best, best_score = None, 0.0
    for index in range(max(0, body.start - HEADER_REACH), min(len(lines), body.start + TITLE_INSIDE_BODY)):
        if kinds[index] in (Kind.SHORT, Kind.PROSE):
            score = _title_score(lines[index], index - body.start, counts, body_words)
            score += 1.0 * any(_is_byline_furniture(lines[i], kinds[i]) for i in range(index + 1, min(len(lines), index + BYLINE_REACH)))
            if score > best_score:
                best, best_score = index, score
    return best


def _is_byline_furniture(line: Line, kind: Kind) -> bool:
    return kind in (Kind.BYLINE, Kind.DATE) or kind is Kind.SHORT and is_name_line(line.text)


def _title_score(line: Line, offset: int, counts: Counter[str], body_words: Counter[str]) -> float:
    """Shared words with the body, nearness to it, repetition and being the first line, for a title-shaped line."""
    words = line.words
    if not 2 <= len(words) <= 30 or _starts_lowercase(line.text) or line.text.endswith((",", ":")) or is_name_line(line.text) or names_agency(line.text):
        return 0.0
    title_words = content_words(words)
    shared = sum(word in body_words for word in title_words) / max(len(title_words), 4)
    near = max(0.0, 1.0 - abs(offset) / HEADER_REACH) - 0.5 * (offset > 0)
    score = 0.5 + 3.0 * shared + 1.0 * near + 2.5 * (line.index == 0) + 1.5 * min(len(words), 6) / 6
    score += 1.5 * (len(words) > 3 and counts[_clean_title(line.text).casefold()] > 1)
    score -= (1.0 + len(words) / 10) * ends_sentence(line.text) + 1.5 * (words[-1].casefold() in STOP_WORDS)
    return score


def _clean_title(text: str) -> str:
    """A title without a site name or section tacked on with "|"."""
    parts = [part.strip() for part in text.split("|") if part.strip()]
    return max(parts, key=len) if parts else text


def _standfirst_index(lines: list[Line], kinds: list[Kind], header: range) -> int | None:
    for index in header:
        words = lines[index].words
        if kinds[index] in (Kind.PROSE, Kind.SHORT) and len(words) >= 8 and lowercase_ratio(words) >= 0.4:
            return index
    return None


def _body(
    lines: list[Line], kinds: list[Kind], region: range, skip: set[int | None]
) -> tuple[tuple[str, ...], tuple[Figure, ...], list[str]]:
    paragraphs: list[str] = []
    kept_at: list[int] = []
    figures: list[Figure] = []
    related: list[str] = []
    for index in region:
        line, kind = lines[index], kinds[index]
        if index in skip:
            continue
        if kind is Kind.RELATED:
            related.append(related_headline(line.text) or line.text)
        elif kind is Kind.CAPTION:
            figures.append(split_caption(line.text) or Figure(line.text))
        elif kind is Kind.PHOTO_CREDIT:
            if kept_at and kept_at[-1] == index - 1 and kinds[index - 1] is not Kind.PROSE or _is_caption(lines, kinds, kept_at, index):
                figures.append(Figure(paragraphs.pop(), credit_of(line.text)))
                kept_at.pop()
        elif kind is Kind.PROSE or kind is Kind.SHORT and (is_short_sentence(line.text) or _between_prose(kinds, index, region)):
            text, links = cut_related(line.text)
            related.extend(links)
            if text:
                paragraphs.append(text)
                kept_at.append(index)
    return tuple(paragraphs), tuple(figures), related


def _is_caption(lines: list[Line], kinds: list[Kind], kept_at: list[int], credit_at: int) -> bool:
    return bool(kept_at) and kept_at[-1] == credit_at - 1


def _between_prose(kinds: list[Kind], index: int, region: range) -> bool:
    before = index - 1 >= region.start and kinds[index - 1] is Kind.PROSE
    after = index + 1 < region.stop and kinds[index + 1] is Kind.PROSE
    return before and after


def _header_figures(lines: list[Line], kinds: list[Kind], header: range) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    for index in header:
        if kinds[index] is Kind.CAPTION:
            figures.append(split_caption(lines[index].text) or Figure(lines[index].text))
        elif kinds[index] is Kind.PHOTO_CREDIT and index - 1 in header and kinds[index - 1] in (Kind.SHORT, Kind.PROSE):
            figures.append(Figure(lines[index - 1].text, credit_of(lines[index].text)))
    return tuple(figures)


def _authors(lines: list[Line], kinds: list[Kind], title_at: int, body_start: int) -> tuple[Author, ...]:
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


def _dates(lines: list[Line], kinds: list[Kind], title_at: int, body_start: int) -> Dates:
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


def _outlet(lines: list[Line], kinds: list[Kind], title_line: str) -> str | None:
    """The site: a "From X" line, a "Title | Site" line, or a copyright holder."""
    for line, kind in zip(lines, kinds):
        match = FROM_OUTLET.match(line.text) if kind is Kind.OUTLET else None
        if match:
            return match.group(1)
    title = _clean_title(title_line).casefold()
    for line in lines:
        parts = TITLE_SEPARATORS.split(line.text)
        if len(parts) == 2 and parts[0].casefold() == title and 0 < len(parts[1].split()) <= 5:
            return parts[1]
    for line, kind in zip(lines, kinds):
        match = COPYRIGHT.search(line.text) if kind is Kind.DEBRIS else None
        if match and not ends_sentence(match.group(1)):
            return match.group(1).strip()
    return None


def _starts_lowercase(text: str) -> bool:
    return next((char.islower() for char in text if char.isalnum()), False)
