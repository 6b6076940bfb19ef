"""The typed data passed between the pipeline's stages.

read -> ``SourceFile`` -> parse -> ``Article`` -> extract -> ``Extraction`` ->
link -> ``Corpus`` -> render -> ``Page`` -> write.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.config import LongTail
    from generator.extract.article import Extraction
    from generator.extract.topics import Filing
    from generator.link.entities import Entity, EntityIndex
    from generator.link.story_index import StoryIndex
    from generator.link.topics import SectionListing

ENTITY_FOLDERS = {"person": "people", "organization": "organizations", "place": "places"}
"""The folder of each kind of entity's pages."""


@dataclass(frozen=True)
class SourceFile:
    """One input file, decoded."""

    rel_path: str
    """The path relative to the project root, with forward slashes."""
    text: str
    encoding: str
    sha256: str
    """Of the raw bytes: the cache key and the duplicate detector."""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Problem:
    """An input file that did not become a page, or became one with a caveat."""

    rel_path: str
    reason: str
    kind: str
    """What went wrong: one of ``FATAL`` (the file made no page), or a warning about a page made:
    ``encoding``, ``no-date``, ``no-author``, ``short-body``; or ``no-input`` for a seeds folder without files."""

    FATAL = frozenset({"skipped", "unreadable", "empty", "not-article", "duplicate"})

    @property
    def fatal(self) -> bool:
        """True when the file made no page."""
        return self.kind in self.FATAL


@dataclass(frozen=True)
class Author:
    name: str
    role: str | None = None


@dataclass(frozen=True)
class Figure:
    """An image of the article, known by its caption and credit."""

    caption: str
    credit: str | None = None


@dataclass(frozen=True)
class Article:
    """What a parser reads out of one input file."""

    source_file: str
    sha256: str
    title: str
    body: tuple[str, ...]
    """Paragraphs in reading order, page debris removed."""
    headings: tuple[int, ...] = ()
    """Indexes of the ``body`` paragraphs that are the article's subheadings ("Study design")."""
    standfirst: str | None = None
    authors: tuple[Author, ...] = ()
    published: dt.date | None = None
    updated: dt.date | None = None
    outlet: str | None = None
    figures: tuple[Figure, ...] = ()
    credits: tuple[str, ...] = ()
    """Contributor lines such as "The Associated Press contributed to this report."."""
    related: tuple[str, ...] = ()
    """Headlines of related articles that the page linked to."""
    url: str | None = None
    """Where the article was published, when a saved page says so (its canonical address)."""
    duplicates: tuple[str, ...] = ()
    """The other input files with the same text, which make no page of their own."""

    @property
    def text(self) -> str:
        """Title, standfirst and body as one plain text."""
        return "\n\n".join(p for p in (self.title, self.standfirst, *self.body) if p)


@dataclass(frozen=True)
class Mention:
    """A name found in an article's body: people, organisations and places, and other names."""

    text: str
    """The surface form, as written."""
    label: str
    """``person``, ``organization`` or ``place``; ``misc`` for other names (groups, nationalities,
    events: "Republicans", "Catholics"), which are entities only where the curation knows them."""
    paragraph: int
    """Index into ``Article.body``."""
    start: int
    end: int
    """Character offsets in that paragraph."""


@dataclass(frozen=True)
class LinkedArticle:
    """An article with what the corpus-wide stage knows of it."""

    article: Article
    extraction: Extraction
    path: str
    """Its page, relative to the docs folder: ``articles/<slug>.md``."""
    related_headlines: tuple[tuple[str, str | None], ...] = ()
    """The article's related-article headlines, each with the page of that article if archived."""
    tags: tuple[str, ...] = ()
    """Keyphrases, chosen against the whole corpus."""
    inferred_date: dt.date | None = None
    """For an undated article, the date its story pins down (``date_inferred`` in its front matter)."""

    @property
    def date(self) -> dt.date | None:
        """The publication date, else the date inferred from its story."""
        return self.article.published or self.inferred_date

    def archive_key(self) -> tuple:
        """Newest first, undated last; then by headline and input path."""
        date = self.date
        return (date is None, -date.toordinal() if date else 0, self.article.title, self.article.source_file)


@dataclass(frozen=True)
class Corpus:
    """Everything the renderers need, in a deterministic order."""

    articles: tuple[LinkedArticle, ...]
    """Newest first by publication date, undated ones last: the positions other parts refer to.
    ``newest_first`` also places the articles whose date was inferred."""
    sections: tuple[SectionListing, ...]
    entities: EntityIndex
    """Indices of articles in it are positions in ``articles``."""
    long_tail: LongTail
    stories: StoryIndex
    unidentified_people: frozenset[str]
    """One-word person names that do not tell who is meant (``link.corpus.unidentified_people``)."""

    @cached_property
    def newest_first(self) -> tuple[int, ...]:
        """Positions of the articles, newest first by their dates, inferred ones included."""
        return tuple(sorted(range(len(self.articles)), key=lambda i: self.articles[i].archive_key()))

    @cached_property
    def recency(self) -> tuple[int, ...]:
        """For each position, its rank in ``newest_first``."""
        ranks = [0] * len(self.articles)
        for rank, position in enumerate(self.newest_first):
            ranks[position] = rank
        return tuple(ranks)

    def position(self, entry: LinkedArticle) -> int:
        """The index of ``entry`` in ``articles``."""
        return self._positions[entry.path]

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {entry.path: i for i, entry in enumerate(self.articles)}

    def entity_path(self, entity: Entity) -> str | None:
        """The entity's page, or ``None`` for the long tail and unidentified people, listed on their
        index page alone."""
        if self.long_tail.without_page(entity.mentions, len(entity.articles), len(self.articles)):
            return None
        if entity.label == "person" and entity.name in self.unidentified_people:
            return None
        return f"{ENTITY_FOLDERS[entity.label]}/{entity.slug if entity.slug != 'index' else 'index-'}.md"


@dataclass(frozen=True)
class Page:
    """A generated file of ``site_src/``: its path there and its full text."""

    path: str
    text: str


@dataclass
class Report:
    """What one build did, for the console and the report file."""

    inputs: int = 0
    articles: int = 0
    pages_written: int = 0
    pages_unchanged: int = 0
    pages_removed: int = 0
    problems: list[Problem] = field(default_factory=list)
    filings: dict[str, Filing] = field(default_factory=dict)
    """Each article's section and scored topics, by input path."""
    boilerplate: dict[str, int] = field(default_factory=dict)
    """Paragraphs dropped as boilerplate, with the number of articles that carried each."""
