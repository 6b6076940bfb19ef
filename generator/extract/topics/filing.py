"""File an article under a section and its best topics, from the taxonomy's terms.

Every term is compiled into a dictionary keyed by its normal form (lower case, singular); the
article's tokens are scanned once, taking the longest term that starts at each token.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from generator.model import Article, Mention

from .taxonomy import Section, Settings, Taxonomy, load_taxonomy
from .text import normal_phrase, normal_tokens


@dataclass(frozen=True)
class TopicScore:
    """A topic an article is filed under, and the evidence for it."""

    id: str
    name: str
    section: str
    """The section's id."""
    score: float


@dataclass(frozen=True)
class Filing:
    """Where an article belongs: one section, and its best topics (of any section)."""

    section: str
    """The section's display name."""
    section_id: str
    topics: tuple[TopicScore, ...]
    """The best topics, best first."""
    section_scores: tuple[tuple[str, float], ...] = ()
    """The evidence for each section with any, by section id."""


@dataclass(frozen=True)
class Entry:
    """What one term is evidence for."""

    topics: tuple[tuple[int, float], ...]
    """Indexes into ``Taxonomy.topics``, with the term's highest weight in each."""
    sections: tuple[tuple[str, float], ...]
    """Section ids, with the term's highest weight in each section (its topics' or its own)."""


class Matcher:
    """The taxonomy's terms compiled for lookup by normal form."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.topics = taxonomy.topics
        topics: dict[str, dict[int, float]] = defaultdict(dict)
        sections: dict[str, dict[str, float]] = defaultdict(dict)
        sizes: dict[str, set[int]] = defaultdict(set)
        index = {topic.id: number for number, topic in enumerate(self.topics)}
        for section in taxonomy.sections:
            weighted = [(term, weight, None) for term, weight in section.terms]
            for topic in section.topics:
                weighted += [(term, weight, index[topic.id]) for term, weight in topic.terms]
            for term, weight, topic in weighted:
                tokens = normal_tokens(term)
                if not tokens:
                    continue
                key = " ".join(tokens)
                sizes[tokens[0]].add(len(tokens))
                if topic is not None:
                    topics[key][topic] = max(weight, topics[key].get(topic, weight))
                sections[key][section.id] = max(weight, sections[key].get(section.id, weight))
        self.terms = {
            key: Entry(tuple(topics[key].items()), tuple(by_section.items()))
            for key, by_section in sections.items()
        }
        self.sizes = {word: tuple(sorted(n, reverse=True)) for word, n in sizes.items()}
        """The lengths in words of the terms starting with each word, longest first."""

    def scan(self, tokens: Sequence[str]) -> list[str]:
        """The terms found in ``tokens``, leftmost-longest, without overlaps."""
        sizes, terms = self.sizes, self.terms
        found: list[str] = []
        free = 0
        for position in [number for number, token in enumerate(tokens) if token in sizes]:
            if position < free:
                continue
            for size in sizes[tokens[position]]:
                key = " ".join(tokens[position : position + size]) if size > 1 else tokens[position]
                if key in terms:
                    found.append(key)
                    free = position + size
                    break
        return found


@lru_cache(maxsize=8)
def matcher_for(taxonomy: Taxonomy) -> Matcher:
    return Matcher(taxonomy)


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    return load_taxonomy(None)


def classify(
    article: Article, mentions: Sequence[Mention] = (), taxonomy: Taxonomy | None = None
) -> Filing:
    """The article's section and best topics, from its words and the names it mentions."""
    taxonomy = taxonomy or default_taxonomy()
    matcher = matcher_for(taxonomy)
    settings = taxonomy.settings
    counts: dict[str, float] = defaultdict(float)
    people: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if mention.label == "person":
            people[mention.paragraph].append(mention)
    named = [m.text for ms in people.values() for m in ms if " " in m.text]
    zones = [("title", _without(article.title, named)), ("standfirst", _without(article.standfirst or "", named))]
    zones += [
        ("lead" if number == 0 else "body", _masked(text, people.get(number, ())))
        for number, text in enumerate(article.body)
    ]
    for zone, text in zones:
        weight = settings.zones[zone]
        for key in matcher.scan(normal_tokens(text)):
            counts[key] += weight
    for mention in mentions:
        key = normal_phrase(mention.text)
        if key in matcher.terms:
            counts[key] += settings.mentions.get(mention.label, 0.0)
    return _file(taxonomy, matcher, counts)


def _masked(text: str, people: Sequence[Mention]) -> str:
    """``text`` with the people's names blanked: "Bill Gates" and "Mac Miller" are no evidence of a
    bill or a computer."""
    for mention in people:
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    return text


def _without(text: str, names: Sequence[str]) -> str:
    """``text`` without the people's full names the body gives ("Bill Gates" in a headline)."""
    for name in names:
        text = text.replace(name, " ")
    return text


def _with_precedence(best: str, scores: dict[str, float], settings: Settings) -> str:
    """The section that files the article: the best one, or one that takes precedence over it."""
    taking = [
        (scores[section], section)
        for section, rule in settings.precedence.items()
        if best in rule.over and scores.get(section, 0.0) >= rule.share * scores[best]
    ]
    return max(taking)[1] if taking else best


def _file(taxonomy: Taxonomy, matcher: Matcher, counts: dict[str, float]) -> Filing:
    settings = taxonomy.settings
    topic_scores: dict[int, float] = defaultdict(float)
    section_scores: dict[str, float] = defaultdict(float)
    saturation = settings.saturation
    for key, count in counts.items():
        evidence = count**saturation
        entry = matcher.terms[key]
        for topic, weight in entry.topics:
            topic_scores[topic] += weight * evidence
        for section, weight in entry.sections:
            section_scores[section] += weight * evidence
    scores = tuple(sorted((section, round(score, 4)) for section, score in section_scores.items()))
    section = section_for(section_scores, taxonomy)
    if max(section_scores.values(), default=0.0) < settings.min_score:
        return Filing(section.name, section.id, (), scores)
    ranked = sorted(
        ((score, matcher.topics[topic]) for topic, score in topic_scores.items()),
        key=lambda item: (-item[0], item[1].id),
    )
    top = ranked[0][0] if ranked else 0.0
    topics = tuple(
        TopicScore(topic.id, topic.name, topic.section, round(score, 2))
        for score, topic in ranked
        if score >= settings.min_score and score >= settings.min_share * top
    )
    return Filing(section.name, section.id, topics[: settings.max_topics], scores)


def section_for(scores: Mapping[str, float], taxonomy: Taxonomy) -> Section:
    """The section with the most evidence, or one that takes precedence over it; the fallback
    section when none has ``min_score``."""
    settings = taxonomy.settings
    best = max(scores.items(), key=lambda item: (item[1], item[0]), default=None)
    if best is None or best[1] < settings.min_score:
        return taxonomy.section(settings.fallback_section)
    return taxonomy.section(_with_precedence(best[0], scores, settings))
