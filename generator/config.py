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
DEFAULT_NER = "builtin"
DEFAULT_SPACY_MODEL = "en_core_web_sm"
NER_BACKENDS = ("builtin", "spacy")


class ConfigurationError(ValueError):
    """A setting or user file that stops the build; the message names it and says why."""


@dataclass(frozen=True)
class Recognition:
    """Which recogniser finds the people, organisations and places."""

    backend: str = DEFAULT_NER
    """``builtin`` (the shipped CRFs) or ``spacy`` (a pipeline the user installed)."""
    spacy_model: str = DEFAULT_SPACY_MODEL
    """With ``spacy``: an installed pipeline's name, or the folder of a saved one."""


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
    ner: Recognition = Recognition()

    @classmethod
    def at(cls, project_root: Path, seeds_dir: str = DEFAULT_SEEDS_DIR, docs_dir: str = DEFAULT_DOCS_DIR,
           report_file: str = DEFAULT_REPORT_FILE, cache_dir: str | None = DEFAULT_CACHE_DIR,
           topics_file: str = DEFAULT_TOPICS_FILE, entities_file: str = DEFAULT_ENTITIES_FILE,
           long_tail: LongTail = LongTail(), site_name: str = "newsdocs",
           ner: Recognition = Recognition()) -> BuildConfig:
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
            ner=_spacy_folder_from(root, ner),
        )


def _spacy_folder_from(root: Path, ner: Recognition) -> Recognition:
    """A pipeline folder given relative to the project, made absolute; a package name as it is."""
    if ner.backend not in NER_BACKENDS:
        raise ConfigurationError(f"ner must be one of {', '.join(NER_BACKENDS)}, not {ner.backend!r}")
    folder = root / ner.spacy_model
    return Recognition(ner.backend, str(folder)) if folder.is_dir() else ner


def _existing(path: Path) -> Path | None:
    return path if path.is_file() else None
