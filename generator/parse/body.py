"""The article's paragraphs, and the figures and related links among them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.model import Figure
from generator.parse.figures import caption_figures, credit_of
from generator.parse.kinds import Kind
from generator.parse.lines import CALL_TO_READ, STOP_WORDS, Line, is_short_sentence, lowercase_ratio
from generator.parse.related import cut_related, related_headline

MIN_CAPTION_WORDS = 3
MAX_CAPTION_WORDS = 45
"""Captions are shorter: a longer paragraph above a credit line is prose, the photo uncaptioned."""
MIN_LIST_ITEM_WORDS = 4
MAX_LIST_ITEMS = 30
MAX_HEADING_WORDS = 12
"""Subheadings are shorter; a longer line between paragraphs is a caption or a pull quote."""
PLACE_DATELINE = re.compile(r"^[A-Z]{2,}[\w .,'’-]{0,40}?(?:\([^()]{1,40}\))?\s*(?:--|[—–]|-\s)\s*")
"""A dateline opening a paragraph: "JAPAN -- ", "MORA, Spain (AP) — ", "WASHINGTON (Reuters) - "."""


@dataclass(frozen=True)
class Body:
    """What the body region holds: paragraphs in order, figures, and headlines of related links."""

    paragraphs: tuple[str, ...]
    headings: tuple[int, ...]
    """Indexes of the paragraphs that are subheadings."""
    figures: tuple[Figure, ...]
    related: tuple[str, ...]


def read_body(lines: list[Line], kinds: list[Kind], region: range, skip: frozenset[int], all_short: bool) -> Body:
    """Paragraphs of ``region``: its prose, and short lines that read as sentences or sit between prose.

    A credit line turns the paragraph just above it into a caption (a credit with no caption above
    makes a figure of its own, its caption empty). A paragraph met again (a gallery caption, a
    repeated teaser, a summary that the lead repeats after its dateline) is kept once. With
    ``all_short`` (pages without prose, like data wires), every short line is a paragraph.
    """
    paragraphs: list[str] = []
    kept_at: list[int] = []
    figures: list[Figure] = []
    related: list[str] = []
    seen: set[str] = set()
    for index in (index for index in region if index not in skip):
        line, kind = lines[index], kinds[index]
        if kind is Kind.RELATED:
            related.append(related_headline(line.text) or line.text)
        elif kind is Kind.CAPTION:
            figures.extend(caption_figures(line.text))
        elif kind is Kind.PHOTO_CREDIT and kept_at and kept_at[-1] == index - 1 and _is_caption(lines[index - 1]):
            figures.append(Figure(paragraphs.pop(), credit_of(line.text)))
            kept_at.pop()
        elif kind is Kind.PHOTO_CREDIT:
            figures.append(Figure("", credit_of(line.text)))
        elif kind is Kind.PROSE or kind is Kind.SHORT and (all_short or _is_paragraph(lines, kinds, index, region)):
            text, links = cut_related(line.text)
            related.extend(links)
            key = PLACE_DATELINE.sub("", text)
            if text and key in seen and paragraphs and PLACE_DATELINE.sub("", paragraphs[-1]) == key != text:
                paragraphs[-1], kept_at[-1] = text, index  # the summary above its dateline's paragraph
            elif text and key not in seen:
                paragraphs.append(text)
                kept_at.append(index)
                seen.add(key)
    headings = tuple(
        at
        for at in range(1, len(paragraphs) - 1)
        if _is_heading(lines[kept_at[at]], kinds[kept_at[at]], lines[kept_at[at + 1]], kinds[kept_at[at + 1]])
    )
    return Body(tuple(paragraphs), headings, tuple(figures), tuple(related))


def teaser_boxes(lines: list[Line], kinds: list[Kind], region: range) -> list[int]:
    """Lines of another article's teaser set among the paragraphs: a headline, its summary and a
    button to read it ("Scientists find new mechanism for memory formation" / "How do we form
    memories? ..." / "Read now"); a paragraph of the article's own before "Read more" stays."""
    boxes = []
    for index in range(region.start + 1, region.stop - 1):
        if (
            CALL_TO_READ.match(lines[index + 1].text)
            and kinds[index] in (Kind.PROSE, Kind.SHORT)
            and kinds[index - 1] is Kind.SHORT
            and len(lines[index - 1].words) <= MAX_HEADING_WORDS
            and not lines[index - 1].text.endswith((".", ":"))
        ):
            boxes.extend((index - 1, index))
    return boxes


def _is_heading(line: Line, kind: Kind, next_line: Line, next_kind: Kind) -> bool:
    """A short line before a paragraph of prose that opens it as a sentence would, which ends no
    sentence or clause, holds none, is no aside in brackets, caption with a credit or wrapped
    fragment ("Study design", "What comes next?"): a subheading of the article."""
    text = line.text.rstrip("”’\"')] ")
    return (
        kind is Kind.SHORT
        and next_kind is Kind.PROSE
        and not line.broken
        and len(line.words) <= MAX_HEADING_WORDS
        and not text.endswith((".", "!", ",", ";", ":", "—", "–", "-"))
        and not re.search(r"[.!?]\s+\S|\s\|\s|\b(?i:courtesy|photo|video)\b", text)
        and text.split()[-1].casefold() not in STOP_WORDS
        and re.match(r"[\"“‘']?[A-Z0-9]", line.text) is not None
        and re.match(r"[\"“‘'(]?[A-Z]", next_line.text) is not None
    )


def _is_paragraph(lines: list[Line], kinds: list[Kind], index: int, region: range) -> bool:
    """A short line is a paragraph when it reads as a sentence, is a heading between two of prose, or
    is an item of a list that a line ending with a colon opens ("Obama also said:")."""
    before = index - 1 >= region.start and kinds[index - 1] is Kind.PROSE
    after = index + 1 < region.stop and kinds[index + 1] is Kind.PROSE
    if is_short_sentence(lines[index].text) or before and after and len(lines[index].words) >= 2:
        return True
    return _in_list(lines, kinds, index, region)


def _in_list(lines: list[Line], kinds: list[Kind], index: int, region: range) -> bool:
    """Whether the line and those above it, back to a line that ends with a colon (``MAX_LIST_ITEMS``
    lines up at most), read as clauses."""
    for above in range(index, max(region.start, index - MAX_LIST_ITEMS) - 1, -1):
        if above < index and lines[above].text.rstrip().endswith(":"):
            return True
        if not (kinds[above] in (Kind.SHORT, Kind.PROSE) and _reads_as_clause(lines[above])):
            return False
    return False


def _reads_as_clause(line: Line) -> bool:
    """A line of several words, mostly in lower case, that opens with a capital: a list item."""
    words = line.words
    return len(words) >= MIN_LIST_ITEM_WORDS and line.text[:1].isupper() and lowercase_ratio(words) >= 0.5


def _is_caption(line: Line) -> bool:
    return MIN_CAPTION_WORDS <= len(line.words) <= MAX_CAPTION_WORDS


def header_figures(lines: list[Line], kinds: list[Kind], header: range) -> tuple[Figure, ...]:
    """Captions and credits between the title and the body."""
    figures: list[Figure] = []
    for index in header:
        if kinds[index] is Kind.CAPTION:
            figures.extend(caption_figures(lines[index].text))
        elif kinds[index] is Kind.PHOTO_CREDIT:
            above = index - 1
            has_caption = above in header and kinds[above] in (Kind.SHORT, Kind.PROSE) and _is_caption(lines[above])
            figures.append(Figure(lines[index - 1].text if has_caption else "", credit_of(lines[index].text)))
    return tuple(figures)
