"""What the articles of one story tell differently: the numbers they give, the names only one gives."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from generator.extract.entities import name_key
from generator.model import Article

_NUMBER_WORDS = {
    word: value
    for value, words in enumerate(
        [
            (), (), ("two", "second"), ("three", "third"), ("four", "fourth"),
            ("five", "fifth"), ("six", "sixth"), ("seven", "seventh"), ("eight", "eighth"),
            ("nine", "ninth"), ("ten", "tenth"), ("eleven", "eleventh"), ("twelve", "twelfth"),
            ("thirteen",), ("fourteen",), ("fifteen",), ("sixteen",), ("seventeen",),
            ("eighteen",), ("nineteen",),
        ]
    )
    for word in words
} | {"one": 1, "first": 1} | {
    tens: 10 * n for n, tens in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_SCALE = re.compile(r"\s+(hundred|thousand|million|billion)\b", re.IGNORECASE)
_NUMBER = re.compile(
    r"(?<![\w.,$£€])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s?(%|percent|per cent))?(?![\w.,]\d)"
    rf"|\b((?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?)\b",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|[A-Z][\w.-]*['’]s\s+)?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP = frozenset(
    "a an the of and or to in on at by for from with as is was were are be been that this than "
    "more less about nearly almost over under some other times days years months weeks hours "
    "minutes seconds per cent percent".split()
)
_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police", "personnel", "troops", "staff"})
WINDOW = 3
"""How many words after a number may name what it counts."""


@dataclass(frozen=True)
class Figure:
    """A number an article gives, with the words that say what it counts."""

    value: float
    phrase: str
    """As written: "a seventh provincial capital", "34 provincial capitals"."""


@dataclass(frozen=True)
class NumberDifference:
    """One thing that the articles count differently."""

    counted: str
    """The counted word, singular: "capital"."""
    figures: tuple[tuple[int, tuple[Figure, ...]], ...]
    """Each article that counts it (an index into the story's articles), with its figures."""


def figures(article: Article) -> list[tuple[str, Figure]]:
    """The counted things of the article's body, each with its figure."""
    found = []
    for paragraph in article.body:
        skip_to = 0
        for match in _NUMBER.finditer(paragraph):
            value = _value(match)
            if match.start() < skip_to or value is None or _is_year(match, value):
                continue
            after = paragraph[match.end():]
            whole = _whole_of(after)
            if whole is not None:
                skip_to = match.end() + whole
                after = after[whole:]
            scale = _SCALE.match(after)
            if scale:
                value *= _SCALES[scale.group(1).lower()]
                after = after[scale.end():]
            counted = _counted(after, ordinal=_is_ordinal(match))
            if counted:
                end = len(paragraph) - len(after) + counted[1]
                found.append((counted[0], Figure(value, paragraph[match.start():end].strip())))
    return found


def number_differences(articles: Sequence[Article]) -> tuple[NumberDifference, ...]:
    """The things that two or more articles count, and count differently: two of them give no figure
    in common (one that also counts another group of the same thing does not differ: "33 Democrats"
    beside "33 Senate Democrats" and "10 Democrats")."""
    by_counted: dict[str, dict[int, list[Figure]]] = defaultdict(lambda: defaultdict(list))
    for number, article in enumerate(articles):
        for counted, figure in figures(article):
            by_counted[counted][number].append(figure)
    differences = []
    for counted, per_article in sorted(by_counted.items()):
        values = [{f.value for f in found} for found in per_article.values()]
        if any(first.isdisjoint(second) for first, second in itertools.combinations(values, 2)):
            differences.append(NumberDifference(counted, tuple((a, tuple(dict.fromkeys(f))) for a, f in sorted(per_article.items()))))
    return tuple(differences)


def names_only_one_gives(
    names: Sequence[Sequence[str]], outlets: Collection[str] = ()
) -> tuple[tuple[str, ...], ...]:
    """For each article, the names no other article of the story gives, in the article's order;
    not the story's ``outlets``, which an article names to credit itself ("told Fox News")."""
    counts: dict[str, int] = defaultdict(int)
    for article_names in names:
        for name in set(article_names):
            counts[name] += 1
    credited = {name_key(outlet) for outlet in outlets}  # "The New York Times" and "New York Times" alike
    return tuple(
        tuple(n for n in article_names if counts[n] == 1 and name_key(n) not in credited) for article_names in names
    )


def _value(match: re.Match[str]) -> float | None:
    digits, _, word = match.groups()
    if word:
        parts = [_NUMBER_WORDS[part] for part in word.lower().split("-")]
        if parts in ([1],) or (len(parts) == 2 and (parts[0] < 20 or parts[1] >= 10)):
            return None  # "one" alone says little; "five-ten" is no number
        return float(sum(parts))
    try:
        return float(digits.replace(",", ""))
    except ValueError:
        return None


def _whole_of(after: str) -> int | None:
    """Where the whole starts in "six of Afghanistan's 34 provincial capitals": the part is the figure."""
    of = _PART_OF.match(after)
    if of is None:
        return None
    whole = _NUMBER.match(after, of.end())
    return whole.end() if whole is not None and _value(whole) is not None else None


def _is_year(match: re.Match[str], value: float) -> bool:
    return match.group(1) is not None and value.is_integer() and 1800 <= value <= 2100 and "," not in match.group(1)


def _counted(after: str, ordinal: bool) -> tuple[str, int] | None:
    """The counted word within ``WINDOW`` words after a number, and where it ends in ``after``.

    After a cardinal it is the first plural ("2,500 fighters moved"); after an ordinal, the last
    word before a function word ("a seventh provincial capital on Monday").
    """
    last = None
    for count, word in enumerate(_WORD.finditer(after[:80])):
        gap = after[(last.end() if last else 0): word.start()]
        text = word.group().lower().strip("'’")
        if count == WINDOW or text in _STOP or any(c in gap for c in ".,;:!?()\"“”"):
            break
        last = word
        if not ordinal and _is_plural(text):
            break
    if last is None or (not ordinal and not _is_plural(last.group().lower())):
        return None
    return _singular(last.group().lower().strip("'’")), last.end()


def _is_ordinal(match: re.Match[str]) -> bool:
    word = match.group(3)
    text = match.group(0).lower()
    return text.endswith(("st", "nd", "rd", "th")) if word is None else word.lower().endswith(("st", "nd", "rd", "th"))


def _is_plural(word: str) -> bool:
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "'s", "’s", "us", "is")))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
