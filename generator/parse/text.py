"""The parser: one scraped page's text in, one ``Article`` out."""

from __future__ import annotations

import unicodedata

from generator.model import Article, Author, SourceFile
from generator.parse.body import header_figures, read_body, teaser_boxes
from generator.parse.bylines import SIGN_OFF_REACH, parse_byline, signed_off_authors
from generator.parse.dates import dateline_date
from generator.parse.errors import NotAnArticle
from generator.parse.header import (
    find_authors,
    find_credits,
    find_header_dates,
    find_outlet,
    find_standfirst,
    header_end,
)
from generator.parse.kinds import Kind, before_comments, classify, densest_region, region_values
from generator.parse.lines import IMAGE_PLACEHOLDER, Line, is_title_case_run_item, split_lines
from generator.parse.title import clean_title, find_title

MAX_NON_PRINTABLE = 0.05
MIN_LETTERS = 0.4


def parse_text(source: SourceFile) -> Article:
    """Read the title, authors, dates, figures and body paragraphs out of a scraped page's text."""
    _check_is_text(source.text)
    lines = split_lines(source.text)
    kinds = [classify(line) for line in lines]
    start, end = densest_region(region_values(lines, kinds))
    end = _after_trailing_figures(lines, kinds, before_comments(lines, kinds, start, end))
    all_short = Kind.PROSE not in kinds
    title_at = find_title(lines, kinds, range(start, end))
    if title_at is None:
        raise NotAnArticle("no title line")
    body_start = max(start, header_end(lines, kinds, title_at))
    article = range(body_start, len(lines) if all_short else end)
    header = range(title_at + 1, body_start)
    standfirst_at = find_standfirst(lines, kinds, header)
    authors = find_authors(lines, kinds, title_at, article)
    standfirst = () if standfirst_at is None else (standfirst_at,)
    skip = frozenset((*_repeated_bylines(lines, article, authors), *standfirst, *teaser_boxes(lines, kinds, article)))
    body = read_body(lines, kinds, article, skip, all_short)
    if not body.paragraphs:
        raise NotAnArticle("no body text")
    if all_short and all(is_title_case_run_item(paragraph) for paragraph in body.paragraphs):
        raise NotAnArticle("only headlines and menu entries")
    credits = find_credits(lines, kinds, title_at, article)
    after = tuple(line.text for line in lines[article.stop : article.stop + SIGN_OFF_REACH])
    authors = authors or signed_off_authors((*body.paragraphs, *credits)) or signed_off_authors(after, last=False)
    dates = find_header_dates(lines, kinds, title_at, article)
    return Article(
        source_file=source.rel_path,
        sha256=source.sha256,
        title=clean_title(lines[title_at].text),
        body=body.paragraphs,
        headings=body.headings,
        standfirst=lines[standfirst_at].text if standfirst_at is not None else None,
        authors=authors,
        published=dates.published or dateline_date(body.paragraphs[0]),
        updated=dates.updated,
        outlet=find_outlet(lines, kinds, title_at, article),
        figures=header_figures(lines, kinds, header) + body.figures,
        credits=credits,
        related=tuple(dict.fromkeys(body.related)),
    )


def _after_trailing_figures(lines: list[Line], kinds: list[Kind], end: int) -> int:
    """``end`` moved past the figures right after the prose: a last photo is the article's, not the page's."""
    stop = end
    while stop < len(lines) and (
        kinds[stop] in (Kind.CAPTION, Kind.PHOTO_CREDIT) or IMAGE_PLACEHOLDER.match(lines[stop].text)
    ):
        stop += 1
    figures = range(end, stop)
    return stop if any(kinds[index] in (Kind.CAPTION, Kind.PHOTO_CREDIT) for index in figures) else end


def _repeated_bylines(lines: list[Line], article: range, authors: tuple[Author, ...]) -> list[int]:
    """Lines of the article that only name its authors again, as in "Jane Doe" or "Jane Doe Staff Writer"."""
    names = {author.name.casefold() for author in authors}
    repeats = []
    for index in article:
        named = parse_byline(lines[index].text, bare=True)
        if named and all(author.name.casefold() in names for author in named):
            repeats.append(index)
    return repeats


def _check_is_text(text: str) -> None:
    """Raise ``NotAnArticle`` for empty, binary or symbol-only text."""
    if not text.strip():
        raise NotAnArticle("the file is empty or only white space")
    odd = sum(
        1 for char in text if char == "\ufffd" or (unicodedata.category(char).startswith("C") and char not in "\n\r\t")
    )
    if odd / len(text) > MAX_NON_PRINTABLE:
        raise NotAnArticle(f"{odd / len(text):.0%} of the characters are not printable: binary or garbled data")
    letters = sum(char.isalpha() for char in text)
    if letters / len(text.replace(" ", "")) < MIN_LETTERS:
        raise NotAnArticle("too few letters: not prose text")
