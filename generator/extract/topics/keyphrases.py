"""Keyphrase tags: the phrases that set an article apart from the rest of its corpus.

Candidates are runs of one to four words inside a clause, that neither start nor end with a stop
word and are not only numbers. They are grouped by normal form (lower case, singular, see
:mod:`.text`) and scored by tf-idf: a phrase found in most articles of the corpus says nothing
and is dropped. A phrase that mostly occurs inside a longer one ("Tony" in "Tony Blair") is a
fragment and is dropped too. Each tag is shown in its most frequent spelling.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.model import Article

from .text import singular

TOKEN = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")
"""Words (hyphenated ones whole) and single punctuation marks, which end a clause."""

STOP_WORDS = frozenset(
    """a about above after again against ago all almost along already also although always am
    among an and another any anyone anything are around as at away back be became because become
    been before being below between both but by can cannot could did do does doing done down
    during each either else enough even ever every few first for from further get gets getting
    give given go going gone got had has have having he her here hers herself him himself his how
    however i if in including into is it its itself just last later least less like made make
    many may me might more most much must my myself near need never new next no nor not now of
    off often on once one only or other others our ours ourselves out over own per perhaps put
    rather really said same say saying says see seen several she should since so some something
    still such take than that the their theirs them themselves then there these they this those
    though three through to today together told too two under until up upon us use used very
    want was way we week well were what when where whether which while who whom whose why will
    with within without would year yet you your yours yourself yourselves mr mrs ms dr st
    according added adding asked back can't didn't doesn't don't isn't it's there's that's
    wasn't won't i'm he's she's we're they're you're""".split()
)
INNER_WORDS = frozenset({"of", "and", "the", "for", "de", "&"})
"""Stop words allowed inside a phrase: "Bank of England", "Tour de France"."""
MAX_WORDS = 4
MAX_DF = 0.5
"""Phrases found in more than this share of a corpus' articles are dropped."""
FRAGMENT_SHARE = 0.67
"""A phrase is a fragment when at least this share of its occurrences are in a longer phrase."""
TITLE_WEIGHT = 2.0


@dataclass
class _Phrases:
    """The candidate phrases of one article, by normal form."""

    weight: Counter[str] = field(default_factory=Counter)
    count: Counter[str] = field(default_factory=Counter)
    spelling: Counter[tuple[str, str]] = field(default_factory=Counter)
    """Counts of (normal form, spelling) pairs, outside the title (headlines are capitalised)."""


def keyphrases(articles: Sequence[Article], k: int = 5) -> list[tuple[str, ...]]:
    """Up to ``k`` tags for each article, best first, in the order of ``articles``."""
    found = [_candidates(article) for article in articles]
    df: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for phrases in found:
        df.update(phrases.count.keys())
        for (key, spelling), count in phrases.spelling.items():
            spellings[key][spelling] += count
    shown = {key: _spelling(counts) for key, counts in spellings.items()}
    return [_best(phrases, df, len(articles), shown, k) for phrases in found]


def _candidates(article: Article) -> _Phrases:
    phrases = _Phrases()
    zones = [(article.title, TITLE_WEIGHT)]
    zones += [(text, 1.0) for text in (article.standfirst, *article.body) if text]
    for text, weight in zones:
        for clause in _clauses(text):
            for start in range(len(clause)):
                for end in range(start + 1, min(start + MAX_WORDS, len(clause)) + 1):
                    words = clause[start:end]
                    if not _is_phrase(words):
                        continue
                    key = " ".join(singular(word) for word in words)
                    phrases.weight[key] += weight
                    phrases.count[key] += 1
                    if weight == 1.0:
                        phrases.spelling[key, " ".join(words)] += 1
    return phrases


def _clauses(text: str) -> list[list[str]]:
    clauses: list[list[str]] = [[]]
    for token in TOKEN.findall(text):
        if token[0].isalnum():
            clauses[-1].append(token)
        elif clauses[-1]:
            clauses.append([])
    return clauses


def _is_phrase(words: list[str]) -> bool:
    lower = [word.lower() for word in words]
    if lower[0] in STOP_WORDS or lower[-1] in STOP_WORDS or len(lower[0]) < 2 or len(lower[-1]) < 2:
        return False
    if all(word.replace("-", "").isdigit() for word in lower):
        return False
    return all(word in INNER_WORDS or word not in STOP_WORDS for word in lower)


def _spelling(counts: Counter[str]) -> str:
    """The shortest form (the singular), in its most frequent casing."""
    shortest = min(len(spelling) for spelling in counts)
    return min(
        (spelling for spelling in counts if len(spelling) == shortest),
        key=lambda spelling: (-sum(n for s, n in counts.items() if s.lower() == spelling.lower()),
                              -counts[spelling], spelling),
    )


def _best(
    phrases: _Phrases, df: Counter[str], total: int, shown: dict[str, str], k: int
) -> tuple[str, ...]:
    fragments = _fragments(phrases.count)
    scores = {}
    for key, weight in phrases.weight.items():
        if key in fragments or (total > 1 and df[key] > MAX_DF * total):
            continue
        length = key.count(" ") + 1
        scores[key] = weight * math.log(1 + total / df[key]) * (1 + 0.5 * (length - 1))
    chosen: list[str] = []
    for key in sorted(scores, key=lambda key: (-scores[key], key)):
        if len(chosen) == k:
            break
        if not any(_inside(key, other) or _inside(other, key) for other in chosen):
            chosen.append(key)
    return tuple(shown.get(key, key) for key in chosen)


def _fragments(count: Counter[str]) -> set[str]:
    """The phrases most of whose occurrences are inside one longer phrase."""
    inside: dict[str, int] = defaultdict(int)
    for key, n in count.items():
        words = key.split()
        for size in range(1, len(words)):
            for start in range(len(words) - size + 1):
                part = " ".join(words[start : start + size])
                if part in count and n > inside[part]:
                    inside[part] = n
    return {part for part, n in inside.items() if n >= FRAGMENT_SHARE * count[part]}


def _inside(short: str, long: str) -> bool:
    return f" {short} " in f" {long} "
