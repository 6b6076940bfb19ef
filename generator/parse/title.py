"""Which line of a page is the article's headline."""

from __future__ import annotations

import re
from collections import Counter

from generator.parse.bylines import is_name_line
from generator.parse.figures import names_agency
from generator.parse.kinds import Kind, is_byline_line
from generator.parse.lines import CALL_TO_READ, Line, content_words, ends_sentence

SEPARATORS = re.compile(r"\s*(?:\||\s[-–—:]\s|::)\s*")
"""What joins a title to a site or section name, as in "Title | Site"."""
REACH = 100
"""How many lines before the body a title may be."""
INSIDE_BODY = 20
"""How far into the densest prose a title may be, when a teaser opens that run."""
BYLINE_REACH = 8
"""How many lines below its title a byline or date may be."""
BYLINE_CLOSE = 4
"""Within this many lines below a title, a byline or date counts double."""
TOPIC_REPEATS = 3
"""A title's words recur in the body: a word counts fully once it is there this many times."""
DANGLING = frozenset(
    """a an the and or but nor of to in on at by for from with into onto than that as between about
    his her its their our your my""".split()
)
"""Words a headline does not end with, but a line broken mid-sentence does."""
MAX_HEADLINE_WORDS = 20
"""The longest headline that reads as prose ("The sharing economy is a lie: Uber, Ayn Rand and ...")."""
OPENING_REACH = 40
"""A first line is likely the title when the body starts soon after it: within this many lines."""


def find_title(lines: list[Line], kinds: list[Kind], body: range) -> int | None:
    """The line that best looks like the headline.

    It shares words with the body, is near the body's start and above it, has a byline or date
    below it, is repeated (the page's title and its heading), or opens the file. A line of prose
    counts against it unless it reads as a headline: a long headline reads as prose too.
    """
    counts = Counter(part.casefold() for line in lines for part in {line.text, *SEPARATORS.split(line.text)})
    body_words = Counter(word for index in body for word in content_words(lines[index].words))
    best, best_score = None, 0.0
    prose_above = 0
    stop = min(len(lines), body.start + INSIDE_BODY, body.stop - 1 if len(body) > 1 else len(lines))
    for index in range(max(0, body.start - REACH), stop):
        is_caption = index + 1 < len(lines) and kinds[index + 1] is Kind.PHOTO_CREDIT and _reads_as_caption(lines[index])
        is_teaser = index > 0 and CALL_TO_READ.match(lines[index - 1].text) is not None  # "Read on" / its headline
        if kinds[index] in (Kind.SHORT, Kind.PROSE) and not is_caption and not is_teaser:
            score = _title_score(lines[index], body.start, counts, body_words) + _byline_below(lines, kinds, index)
            is_prose = kinds[index] is Kind.PROSE and not _reads_as_headline(lines[index])
            score -= 0.4 * min(prose_above, 4) + 1.0 * is_prose
            if score > best_score:
                best, best_score = index, score
        prose_above += index >= body.start and kinds[index] is Kind.PROSE
    return best


def _reads_as_headline(line: Line) -> bool:
    """A line of prose that a headline may be: no longer than ``MAX_HEADLINE_WORDS``, and ending
    like no sentence."""
    return len(line.words) <= MAX_HEADLINE_WORDS and not ends_sentence(line.text)


def _byline_below(lines: list[Line], kinds: list[Kind], index: int) -> float:
    """2 for a byline or date just below, 1 for one a little further, else 0."""
    for distance in range(1, BYLINE_REACH):
        below = index + distance
        if below < len(lines) and is_byline_line(lines, kinds, below):
            return 2.0 if distance <= BYLINE_CLOSE else 1.0
    return 0.0


def _title_score(line: Line, body_start: int, counts: Counter[str], body_words: Counter[str]) -> float:
    """A line's score as a title: words shared with the body, nearness to it, repetition, shape."""
    words = line.words
    if not 2 <= len(words) <= 30 or line.text.endswith((",", ":")):
        return 0.0
    title_words = content_words(words)
    recurring = sum(min(body_words[word], TOPIC_REPEATS) for word in title_words)
    shared = recurring / TOPIC_REPEATS / max(len(title_words), 4)
    offset = line.index - body_start
    near = max(0.0, 1.0 - abs(offset) / REACH) - 0.5 * (offset > 0)
    opening = (line.index == 0) * max(0.3, 1.0 - body_start / OPENING_REACH) * (0.5 + 0.5 * (recurring > 0))
    score = 0.5 + 3.0 * shared + near + 3.5 * opening + 1.5 * min(len(words), 6) / 6
    repeated = len(words) > 3 and counts[clean_title(line.text).casefold()] > 1
    score += 1.5 * repeated * min(1.0, 2 * shared)  # the page's title and heading; not a teaser listed twice
    score -= 1.5 * _starts_lowercase(line.text) + 2.0 * (is_name_line(line.text) or names_agency(line.text))
    score -= (1.0 + len(words) / 10) * _ends_with_full_stop(line.text) + 1.5 * (words[-1].casefold() in DANGLING)
    return score


def clean_title(text: str) -> str:
    """A title without a site name or section tacked on with "|"."""
    parts = [part.strip() for part in text.split("|") if part.strip()]
    return max(parts, key=len) if parts else text


def _starts_lowercase(text: str) -> bool:
    return next((char.islower() for char in text if char.isalnum()), False)


def _reads_as_caption(line: Line) -> bool:
    """A sentence in sentence case: what sits above a photo credit when it is not a headline (which
    may have a credit below it too, but is in Title Case or has no full stop)."""
    words = [word for word in line.words if word.casefold() not in DANGLING]
    capitalised = sum(word[0].isupper() for word in words)
    return _ends_with_full_stop(line.text) and capitalised < 0.6 * len(words)


def _ends_with_full_stop(text: str) -> bool:
    return text.rstrip("\"'”’)").endswith(".") and not text.endswith("..")
