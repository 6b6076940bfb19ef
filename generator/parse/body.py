"""The article's paragraphs, and the figures and related links among them."""

from __future__ import annotations

from generator.model import Figure
from generator.parse.figures import credit_of, split_caption
from generator.parse.kinds import Kind
from generator.parse.lines import Line, is_short_sentence
from generator.parse.related import cut_related, related_headline


def read_body(
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


def header_figures(lines: list[Line], kinds: list[Kind], header: range) -> tuple[Figure, ...]:
    figures: list[Figure] = []
    for index in header:
        if kinds[index] is Kind.CAPTION:
            figures.append(split_caption(lines[index].text) or Figure(lines[index].text))
        elif kinds[index] is Kind.PHOTO_CREDIT and index - 1 in header and kinds[index - 1] in (Kind.SHORT, Kind.PROSE):
            figures.append(Figure(lines[index - 1].text, credit_of(lines[index].text)))
    return tuple(figures)
