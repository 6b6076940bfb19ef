"""Corpus-wide listings of sections and topics: which articles each holds, and page paths."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract.topics import Taxonomy
from generator.model import LinkedArticle

TOPICS_DIR = "topics"


@dataclass(frozen=True)
class TopicListing:
    """A section or a topic, with its articles in archive order (newest first)."""

    id: str
    name: str
    path: str
    articles: tuple[LinkedArticle, ...]


@dataclass(frozen=True)
class SectionListing(TopicListing):
    topics: tuple[TopicListing, ...] = ()
    """Its topics that hold articles, the largest first."""

    @property
    def all_articles(self) -> tuple[LinkedArticle, ...]:
        """The articles filed under the section or one of its topics, each once."""
        return tuple({e.path: e for listing in (self, *self.topics) for e in listing.articles}.values())

    @property
    def article_count(self) -> int:
        return len(self.all_articles)


def topic_listings(entries: Sequence[LinkedArticle], taxonomy: Taxonomy) -> tuple[SectionListing, ...]:
    """The taxonomy's sections, in its order, that hold articles directly or through a topic.

    ``entries`` are in archive order, and so are the listings' articles.
    """
    by_section: dict[str, list[LinkedArticle]] = defaultdict(list)
    by_topic: dict[str, list[LinkedArticle]] = defaultdict(list)
    for entry in entries:
        filing = entry.extraction.filing
        by_section[filing.section_id].append(entry)
        for topic in filing.topics:
            by_topic[topic.id].append(entry)
    listings = []
    for section in taxonomy.sections:
        topics = [
            TopicListing(t.id, t.name, topic_path(section.id, t.id), tuple(by_topic[t.id]))
            for t in section.topics
            if by_topic.get(t.id)
        ]
        if by_section.get(section.id) or topics:
            topics.sort(key=lambda t: (-len(t.articles), t.name))
            listings.append(SectionListing(section.id, section.name, section_path(section.id),
                                           tuple(by_section[section.id]), tuple(topics)))
    return tuple(listings)


def section_path(section_id: str) -> str:
    return f"{TOPICS_DIR}/{section_id}/index.md"


def topic_path(section_id: str, topic_id: str) -> str:
    return f"{TOPICS_DIR}/{section_id}/{topic_id}.md"
