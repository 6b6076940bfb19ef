"""What each line of a page is: prose, a byline, a date, a caption, a credit or debris."""

from __future__ import annotations

import enum
import re

from generator.parse.bylines import HANDLE, is_name_line, is_role_line, parse_byline
from generator.parse.credits import is_contributor_credit
from generator.parse.dates import TIME, is_date_line
from generator.parse.figures import caption_figures, credit_of
from generator.parse.lines import Line, is_debris, is_short_sentence, is_title_case_run_item, prose_score
from generator.parse.related import related_headline

PROSE_THRESHOLD = 0.45
"""The ``prose_score`` from which a line counts as article prose."""
DEBRIS_VALUE = -5.0
"""What a line of page furniture costs the run of prose around it."""
ISOLATED_PROSE_WEIGHT = 0.35
"""What a paragraph with no prose above or below it counts for, against one among paragraphs."""
BY_ALONE = re.compile(r"(?:^|\s)by:?$", re.IGNORECASE)
"""A line that ends with "By", its name on the next line."""
FROM_OUTLET = re.compile(r"^(?i:from)\s+((?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,4})$")
"""A line naming where the article comes from, as in "From NTD News"."""


class Kind(enum.Enum):
    """What a line of a page is."""

    PROSE = "prose"
    SHORT = "short"
    """Neither prose nor known furniture: a title, a heading, a bare name, a menu entry."""
    BYLINE = "byline"
    DATE = "date"
    CAPTION = "caption"
    PHOTO_CREDIT = "photo credit"
    CONTRIBUTORS = "contributors"
    RELATED = "related"
    OUTLET = "outlet"
    DEBRIS = "debris"


INLINE_KINDS = frozenset({Kind.CAPTION, Kind.PHOTO_CREDIT, Kind.RELATED, Kind.DEBRIS})
"""Lines that sit between an article's paragraphs without ending the article."""


def classify(line: Line) -> Kind:
    """The kind of ``line`` on its own; furniture is recognised first, prose last."""
    text = line.text
    if related_headline(text) is not None:
        return Kind.RELATED
    if is_contributor_credit(text):
        return Kind.CONTRIBUTORS
    if caption_figures(text):
        return Kind.CAPTION
    if credit_of(text) is not None:
        return Kind.PHOTO_CREDIT
    if parse_byline(text):
        return Kind.BYLINE
    if is_date_line(text):
        return Kind.DATE
    if FROM_OUTLET.match(text):
        return Kind.OUTLET
    if is_debris(text):
        return Kind.DEBRIS
    return Kind.PROSE if prose_score(text) >= PROSE_THRESHOLD else Kind.SHORT


def region_value(line: Line, kind: Kind) -> float:
    """A line's weight when looking for the densest run of prose: words for prose, a cost for furniture."""
    if kind is Kind.PROSE:
        return len(line.words)
    if kind is Kind.SHORT and is_short_sentence(line.text):
        return 1.0
    if kind is Kind.SHORT and TIME.fullmatch(line.text):
        return DEBRIS_VALUE  # "14:44", "9:05 AM ET": a live feed's stamps, between its teasers
    if kind is Kind.SHORT:
        return -4.0 if is_title_case_run_item(line.text) else -2.0
    if kind is Kind.DEBRIS:
        return DEBRIS_VALUE
    return 0.0


def region_values(lines: list[Line], kinds: list[Kind]) -> list[float]:
    """``region_value`` of every line, a paragraph standing alone among furniture worth less.

    An article's paragraphs follow one another, figures, related links and ads aside; a feed of
    teasers or comments has one paragraph between headlines, sources and counts.
    """
    values = [region_value(line, kind) for line, kind in zip(lines, kinds)]
    telling = [index for index, kind in enumerate(kinds) if kind not in INLINE_KINDS]
    for position, index in enumerate(telling):
        neighbours = telling[max(position - 1, 0) : position] + telling[position + 1 : position + 2]
        if kinds[index] is Kind.PROSE and all(kinds[other] is not Kind.PROSE for other in neighbours):
            values[index] *= ISOLATED_PROSE_WEIGHT
    return values


def densest_region(values: list[float]) -> tuple[int, int]:
    """The run ``[start, end)`` with the greatest total value (Kadane's maximum subarray)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for index, value in enumerate(values):
        if total <= 0:
            total, start = 0.0, index
        total += value
        if total > best:
            best, best_span = total, (start, index + 1)
    return best_span


COMMENTS = re.compile(
    r"""^(?:(?:view|show|read|see|load)\s+)?(?:all\s+)?(?:\d+\s+)?(?:reader\s+)?comments?\s*(?:\(\d+\)|\d+)?\s*:?$
    |^(?:leave|add|post|write)\s+a\s+comment|^join\s+the\s+(?:discussion|conversation)|^comment\s*\*$""",
    re.IGNORECASE | re.VERBOSE,
)
"""A line that opens the readers' comments: "View comments (27)", "11 Comments", "Join the Conversation"."""
PROSE_BEFORE_COMMENTS = 3
"""How many paragraphs of the article come before a comments heading that ends it (one near the
headline is a button)."""


def before_comments(lines: list[Line], kinds: list[Kind], start: int, end: int) -> int:
    """``end``, or where the readers' comments open inside ``[start, end)``: comments are prose
    too, and a short comment form does not part them from the article."""
    prose = 0
    for index in range(start, end):
        if prose >= PROSE_BEFORE_COMMENTS and COMMENTS.match(lines[index].text):
            return index
        prose += kinds[index] is Kind.PROSE
    return end


def follows(lines: list[Line], index: int, label: re.Pattern[str]) -> bool:
    """Whether the line above ``index`` matches ``label``."""
    return index > 0 and bool(label.search(lines[index - 1].text))


def is_byline_line(lines: list[Line], kinds: list[Kind], index: int) -> bool:
    """A "By ..." line, a date line, or a bare name marked as a byline."""
    if kinds[index] in (Kind.BYLINE, Kind.DATE):
        return True
    return kinds[index] is Kind.SHORT and is_name_line(lines[index].text) and is_marked_byline(lines, kinds, index)


def is_marked_byline(lines: list[Line], kinds: list[Kind], index: int) -> bool:
    """A bare name with a job title or a handle, after "By", or next to a date or a job title."""
    text = lines[index].text
    if HANDLE.search(text) or follows(lines, index, BY_ALONE):
        return True
    if any(author.role for author in parse_byline(text, bare=True)):
        return True
    neighbours = [i for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    return any(kinds[i] in (Kind.DATE, Kind.BYLINE) or is_role_line(lines[i].text) for i in neighbours)
