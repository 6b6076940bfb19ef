"""Stories: the articles that report one event, what they share and where they differ."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from slugify import slugify

from generator.extract.quotes import Quote, SharedQuote, shared_quotes
from generator.link.compare import NumberDifference, names_only_one_gives, number_differences
from generator.link.related import related_articles
from generator.link.speakers import attributed_quotes
from generator.link.stories import group_stories
from generator.link.vectors import ArticleIndex
from generator.model import Article, LinkedArticle

STORIES_DIR = "stories"
SLUG_MAX_LENGTH = 80
RELATED_PER_ARTICLE = 5
_WORD = re.compile(r"[a-z0-9]+")
_WEEKDAYS = {name: number for number, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Story:
    """Two or more articles reporting one event."""

    path: str
    headline: str
    """The members' headline that shares most words with the others: the most neutral one."""
    articles: tuple[int, ...]
    """Positions in the corpus' articles, in archive order."""
    start: dt.date | None
    end: dt.date | None
    outlets: tuple[str, ...]
    quotes: tuple[SharedQuote, ...]
    """Quotes that several members carry; their ``articles`` are corpus positions."""
    differences: tuple[NumberDifference, ...]
    """Numbers the members give differently; article numbers are corpus positions."""
    names_only_in: tuple[tuple[int, tuple[str, ...]], ...]
    """Per member (corpus position), the entity names no other member gives."""


@dataclass(frozen=True)
class StoryIndex:
    stories: tuple[Story, ...]
    """Newest first."""
    story_of: dict[int, Story]
    """Article position -> its story, for the articles that have one."""
    related: tuple[tuple[int, ...], ...]
    """Per article position, related articles of other stories, most similar first."""
    inferred_dates: dict[int, dt.date]
    """Article position -> a date the text pins down within its story, for undated members."""
    quotes: tuple[tuple[Quote, ...], ...]
    """Per article position, its quotes, speakers by canonical name where they are entities."""


def story_index(
    entries: Sequence[LinkedArticle], names: Sequence[Sequence[str]], canonical: Sequence[Mapping[str, str]]
) -> StoryIndex:
    """Group the corpus' articles into stories, compare each story's members, relate articles;
    ``names`` are each article's entities, ``canonical`` maps its own entity names to them."""
    articles = [e.article for e in entries]
    vectors = ArticleIndex.build(articles, names)
    groups = [g for g in group_stories(articles, names, index=vectors) if len(g) >= 2]
    inferred = {i: d for group in groups for i, d in infer_dates([articles[m] for m in group], group).items()}
    quotes = attributed_quotes(entries, canonical)
    used: set[str] = set()
    stories = [_story(group, entries, names, quotes, inferred, used) for group in groups]
    stories.sort(key=lambda s: (s.end is None, -(s.end.toordinal() if s.end else 0), s.headline, s.path))
    sections = [e.extraction.filing.section for e in entries]
    related = related_articles(articles, names, groups, sections, RELATED_PER_ARTICLE, index=vectors)
    return StoryIndex(
        stories=tuple(stories),
        story_of={member: story for story in stories for member in story.articles},
        related=tuple(related),
        inferred_dates=inferred,
        quotes=quotes,
    )


def infer_dates(members: Sequence[Article], positions: Sequence[int]) -> dict[int, dt.date]:
    """Dates for undated members that their text pins down against the dated ones.

    The dated members must share one day, give or take one (the story's day: the latest). An
    undated member gets that day when the latest weekday it names, counting back from that day, is
    the day itself or the day before ("announced Monday" in a story of Tuesday's articles; earlier
    weekdays are back-story). Nothing is inferred otherwise.
    """
    dates = [a.published for a in members if a.published]
    if not dates or (max(dates) - min(dates)).days > 1:
        return {}
    day = max(dates)
    inferred = {}
    for article, position in zip(members, positions):
        named = {_WEEKDAYS[m.lower()] for p in article.body for m in _WEEKDAY.findall(p)}
        if article.published is None and named and min((day.weekday() - w) % 7 for w in named) <= 1:
            inferred[position] = day
    return inferred


def _story(group: Sequence[int], entries: Sequence[LinkedArticle], names: Sequence[Sequence[str]],
           quotes: Sequence[Sequence[Quote]], inferred: dict[int, dt.date], used: set[str]) -> Story:
    members = sorted(group)
    articles = [entries[m].article for m in members]
    dates = sorted(d for d in (a.published or inferred.get(m) for a, m in zip(articles, members)) if d)
    headline = neutral_headline([a.title for a in articles])
    slug = slugify(headline, max_length=SLUG_MAX_LENGTH, word_boundary=True) or "story"
    while slug in used or slug == "index":
        slug = f"{slug}-{len(used)}"
    used.add(slug)
    shared = shared_quotes([quotes[m] for m in members])
    differences = number_differences(articles)
    only = names_only_one_gives([names[m] for m in members], [a.outlet for a in articles if a.outlet])
    return Story(
        path=f"{STORIES_DIR}/{slug}.md",
        headline=headline,
        articles=tuple(members),
        start=dates[0] if dates else None,
        end=dates[-1] if dates else None,
        outlets=tuple(sorted({a.outlet for a in articles if a.outlet})),
        quotes=tuple(SharedQuote(q.text, q.speaker, tuple(members[i] for i in q.articles)) for q in shared),
        differences=tuple(
            NumberDifference(d.counted, tuple((members[i], f) for i, f in d.figures)) for d in differences
        ),
        names_only_in=tuple((m, n) for m, n in zip(members, only) if n),
    )


def neutral_headline(titles: Sequence[str]) -> str:
    """The headline whose words the other headlines share most; ties to the shortest."""
    words = [set(_WORD.findall(t.lower())) for t in titles]
    counts = Counter(w for ws in words for w in ws)

    def shared(i: int) -> float:
        return sum(counts[w] - 1 for w in words[i]) / max(1, len(words[i])) ** 0.5

    best = max(range(len(titles)), key=lambda i: (shared(i), -len(titles[i]), titles[i]))
    return titles[best]
