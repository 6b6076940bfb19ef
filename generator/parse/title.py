"""Which line of a page is the article's headline."""

from __future__ import annotations

import re
from collections import Counter

from generator.parse.bylines import is_name_line
from generator.parse.figures import names_agency
from generator.parse.kinds import Kind
from generator.parse.lines import STOP_WORDS, Line, content_words, ends_sentence

SEPARATORS = re.compile(r"\s*(?:\||\s[-–—:]\s|::)\s*")
"""What joins a title to a site or section name, as in "Title | Site"."""
REACH = 60
"""How many lines before the body a title may be."""
INSIDE_BODY = 20
"""How far into the densest prose a title may be, when a teaser opens that run."""
BYLINE_REACH = 8
"""How many lines below its title a byline or date usually is."""


def find_title(lines: list[Line], kinds: list[Kind], body: range) -> int | None:
    """The line that best looks like the headline: sharing words with the body, near it, repeated, or first."""
    counts = Counter(part.casefold() for line in lines for part in {line.text, *SEPARATORS.split(line.text)})
    body_words = Counter(word for index in body for word in content_words(lines[index].words))
    best, best_score = None, 0.0
    for index in range(max(0, body.start - REACH), min(len(lines), body.start + INSIDE_BODY)):
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
    if not 2 <= len(words) <= 30 or line.text.endswith((",", ":")):
        return 0.0
    title_words = content_words(words)
    shared = sum(word in body_words for word in title_words) / max(len(title_words), 4)
    near = max(0.0, 1.0 - abs(offset) / REACH) - 0.5 * (offset > 0)
    score = 0.5 - 1.5 * _starts_lowercase(line.text) - 2.0 * (is_name_line(line.text) or names_agency(line.text))
    score += 3.0 * shared + 1.0 * near + 2.5 * (line.index == 0) + 1.5 * min(len(words), 6) / 6
    score += 1.5 * (len(words) > 3 and counts[clean_title(line.text).casefold()] > 1)
    score -= (1.0 + len(words) / 10) * ends_sentence(line.text) + 1.5 * (words[-1].casefold() in STOP_WORDS)
    return score


def clean_title(text: str) -> str:
    """A title without a site name or section tacked on with "|"."""
    parts = [part.strip() for part in text.split("|") if part.strip()]
    return max(parts, key=len) if parts else text


def _starts_lowercase(text: str) -> bool:
    return next((char.islower() for char in text if char.isalnum()), False)
