"""The taxonomy of sections and topics, read from YAML.

The default ships as ``generator/data/topics.yml``, whose header documents the format. A user's
file is merged over it by :func:`load_taxonomy`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slugify import slugify

from generator import yaml_io

DEFAULT_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "topics.yml"

DEFAULT_SETTINGS: dict[str, Any] = {
    "zones": {"title": 3.0, "standfirst": 2.0, "lead": 1.5, "body": 1.0},
    "mentions": {"organization": 2.0, "place": 2.0, "person": 1.0},
    "saturation": 0.5,
    "min_score": 2.0,
    "min_share": 0.25,
    "max_topics": 3,
    "fallback_section": "news",
    "precedence": {},
    "entity_votes": {"share": 0.5, "min_articles": 3},
}


class TaxonomyError(ValueError):
    """A taxonomy file that cannot be read or merged."""


@dataclass(frozen=True)
class Topic:
    """A subject within a section, and the terms that are evidence for it."""

    id: str
    """A slug, unique in the taxonomy, usable in URLs."""
    name: str
    section: str
    """The id of the section the topic belongs to."""
    terms: tuple[tuple[str, float], ...]
    """Terms and phrases with their weights, as written in the file."""


@dataclass(frozen=True)
class Section:
    """A top-level division of the news, as a desk would split it."""

    id: str
    """A slug, usable in URLs."""
    name: str
    topics: tuple[Topic, ...]
    terms: tuple[tuple[str, float], ...] = ()
    """Evidence for the section that points to none of its topics."""


@dataclass(frozen=True)
class Settings:
    """How evidence is weighed; see the header of ``topics.yml``."""

    zones: Mapping[str, float]
    """Weights of a term found in the ``title``, ``standfirst``, ``lead`` paragraph or ``body``."""
    mentions: Mapping[str, float]
    """Weights of a term that is the whole name of a mention, by the mention's label."""
    saturation: float
    """A term found ``n`` times (weighted by zone) counts ``n ** saturation`` times."""
    min_score: float
    """The least evidence for a section or a topic to be filed."""
    min_share: float
    """The least score for a topic to be filed, as a share of the best topic's score."""
    max_topics: int
    fallback_section: str
    """The id of the section of articles without evidence."""
    precedence: Mapping[str, Precedence]
    """Section id -> when it files an article that another section scores higher."""
    entity_votes: EntityVotes


@dataclass(frozen=True)
class EntityVotes:
    """How much the sections of the archive's other articles that name an article's people add to
    its own evidence (see :mod:`generator.link.sections`)."""

    share: float
    """The votes' weight, as a share of the article's own evidence."""
    min_articles: int
    """The fewest other articles that must name an entity for it to vote."""


@dataclass(frozen=True)
class Precedence:
    """A desk convention: the section takes an article from the ``over`` sections with ``share`` of their score."""

    over: frozenset[str]
    share: float


@dataclass(frozen=True, eq=False)
class Taxonomy:
    """Sections and their topics; compared by identity, so that its compiled form can be cached."""

    sections: tuple[Section, ...]
    settings: Settings

    @property
    def topics(self) -> tuple[Topic, ...]:
        return tuple(topic for section in self.sections for topic in section.topics)

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The default taxonomy, with the user's file at ``path`` merged over it if given."""
    data = _read(DEFAULT_PATH)
    if path is not None:
        data = merge(data, _read(path))
    return build(data)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml_io.load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml_io.YAMLError) as error:
        raise TaxonomyError(f"{path}: {error}") from error
    if not isinstance(data, dict):
        raise TaxonomyError(f"{path}: expected a mapping at the top level")
    return data


def merge(base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """``user`` over ``base``: new sections and topics added, terms of existing ones extended."""
    settings = {**base.get("settings", {}), **user.get("settings", {})}
    if user.get("replace"):
        settings["precedence"] = (user.get("settings") or {}).get("precedence") or {}  # the base's name its sections
        return {"settings": settings, "sections": user.get("sections") or {}}
    sections = {key: dict(value or {}) for key, value in (base.get("sections") or {}).items()}
    for key, patch in (user.get("sections") or {}).items():
        patch = patch or {}
        section = sections.setdefault(key, {})
        if "name" in patch:
            section["name"] = patch["name"]
        section["terms"] = {**_terms(section.get("terms")), **_terms(patch.get("terms"))}
        topics = {name: dict(value or {}) for name, value in (section.get("topics") or {}).items()}
        for topic_key, topic_patch in (patch.get("topics") or {}).items():
            topic = topics.setdefault(topic_key, {})
            topic_patch = topic_patch or {}
            if "name" in topic_patch:
                topic["name"] = topic_patch["name"]
            topic["terms"] = {**_terms(topic.get("terms")), **_terms(topic_patch.get("terms"))}
        section["topics"] = topics
    return {"settings": settings, "sections": sections}


def build(data: Mapping[str, Any]) -> Taxonomy:
    """The taxonomy described by a parsed (and merged) file."""
    sections = []
    seen: set[str] = set()
    for key, body in (data.get("sections") or {}).items():
        body = body or {}
        section_id = slugify(str(key))
        topics = []
        for topic_key, topic_body in (body.get("topics") or {}).items():
            topic_id = slugify(str(topic_key))
            if topic_id in seen:
                raise TaxonomyError(f"topic id {topic_id!r} is used twice")
            seen.add(topic_id)
            topic_body = topic_body or {}
            name = topic_body.get("name") or str(topic_key).replace("-", " ").capitalize()
            topics.append(Topic(topic_id, name, section_id, _weighted(topic_body.get("terms"))))
        name = body.get("name") or str(key).capitalize()
        sections.append(Section(section_id, name, tuple(topics), _weighted(body.get("terms"))))
    settings = _settings({**DEFAULT_SETTINGS, **(data.get("settings") or {})})
    taxonomy = Taxonomy(tuple(sections), settings)
    try:
        taxonomy.section(settings.fallback_section)
    except KeyError:
        message = f"fallback section {settings.fallback_section!r} is not defined"
        raise TaxonomyError(message) from None
    known = {section.id for section in taxonomy.sections}
    for section_id, rule in settings.precedence.items():
        if unknown := ({section_id} | rule.over) - known:
            raise TaxonomyError(f"precedence names sections that are not defined: {', '.join(sorted(unknown))}")
    return taxonomy


def _settings(values: Mapping[str, Any]) -> Settings:
    return Settings(
        zones={**DEFAULT_SETTINGS["zones"], **(values.get("zones") or {})},
        mentions={**DEFAULT_SETTINGS["mentions"], **(values.get("mentions") or {})},
        saturation=float(values["saturation"]),
        min_score=float(values["min_score"]),
        min_share=float(values["min_share"]),
        max_topics=int(values["max_topics"]),
        fallback_section=slugify(str(values["fallback_section"])),
        precedence={
            slugify(str(section)): _precedence(section, rule)
            for section, rule in (values.get("precedence") or {}).items()
        },
        entity_votes=_entity_votes(values.get("entity_votes") or {}),
    )


def _entity_votes(values: Any) -> EntityVotes:
    if not isinstance(values, Mapping):
        raise TaxonomyError("entity_votes: expected a mapping such as {share: 0.5, min_articles: 3}")
    values = {**DEFAULT_SETTINGS["entity_votes"], **values}
    return EntityVotes(share=float(values["share"]), min_articles=int(values["min_articles"]))


def _precedence(section: Any, rule: Any) -> Precedence:
    try:
        return Precedence(frozenset(slugify(str(o)) for o in rule["over"]), float(rule["share"]))
    except (KeyError, TypeError, ValueError):
        raise TaxonomyError(f"precedence of {section!r} must be {{over: [section ids], share: number}}") from None


def _terms(raw: Any) -> dict[str, float]:
    """Terms written as a list (weight 1) or as a mapping of term to weight."""
    if raw is None:
        return {}
    if isinstance(raw, Mapping):
        return {str(term): float(weight) for term, weight in raw.items()}
    if isinstance(raw, list):
        return {str(term): 1.0 for term in raw}
    raise TaxonomyError(f"terms must be a list or a mapping, not {type(raw).__name__}")


def _weighted(raw: Any) -> tuple[tuple[str, float], ...]:
    return tuple((term, weight) for term, weight in _terms(raw).items() if weight)
