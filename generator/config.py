"""Typed build configuration, shared by the ``newsdocs`` command and the MkDocs plugin."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEEDS_DIR = "seeds"
DEFAULT_DOCS_DIR = "site_src"
DEFAULT_REPORT_FILE = "newsdocs-report.txt"
DEFAULT_CACHE_DIR = ".newsdocs-cache"
DEFAULT_TOPICS_FILE = "topics.yml"
DEFAULT_ENTITIES_FILE = "entities.yml"
DEFAULT_ENTITY_PAGE_MIN_MENTIONS = 2
DEFAULT_LONG_TAIL_FROM_ARTICLES = 50


@dataclass(frozen=True)
class LongTail:
    """Which entities are listed on their index page without a page of their own."""

    min_mentions: int = DEFAULT_ENTITY_PAGE_MIN_MENTIONS
    """Those named fewer times than this, all in one article..."""
    from_articles: int = DEFAULT_LONG_TAIL_FROM_ARTICLES
    """...once the archive holds this many articles: a small archive gives every name a page."""

    def without_page(self, mentions: int, articles: int, archive_size: int) -> bool:
        return archive_size >= self.from_articles and mentions < self.min_mentions and articles < 2


@dataclass(frozen=True)
class BuildConfig:
    project_root: Path
    """Input paths in the report and in ``source_file`` are relative to it."""
    seeds_dir: Path
    docs_dir: Path
    report_file: Path
    cache_dir: Path | None
    """Where analyses are kept between builds; ``None``: no cache."""
    topics_file: Path | None
    """The user's taxonomy (``topics.yml``), replacing or extending the default one."""
    entities_file: Path | None
    """The user's curation of entities (``entities.yml``): names, aliases, types, ignored names."""
    long_tail: LongTail = LongTail()
    site_name: str = "newsdocs"

    @classmethod
    def at(cls, project_root: Path, seeds_dir: str = DEFAULT_SEEDS_DIR, docs_dir: str = DEFAULT_DOCS_DIR,
           report_file: str = DEFAULT_REPORT_FILE, cache_dir: str | None = DEFAULT_CACHE_DIR,
           topics_file: str = DEFAULT_TOPICS_FILE, entities_file: str = DEFAULT_ENTITIES_FILE,
           long_tail: LongTail = LongTail(), site_name: str = "newsdocs") -> BuildConfig:
        """A configuration whose relative paths are taken from ``project_root``."""
        root = project_root.resolve()
        return cls(
            project_root=root,
            seeds_dir=root / seeds_dir,
            docs_dir=root / docs_dir,
            report_file=root / report_file,
            cache_dir=root / cache_dir if cache_dir else None,
            topics_file=_existing(root / topics_file),
            entities_file=_existing(root / entities_file),
            long_tail=long_tail,
            site_name=site_name,
        )


def _existing(path: Path) -> Path | None:
    return path if path.is_file() else None
