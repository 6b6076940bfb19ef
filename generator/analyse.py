"""Parse and extract every input, in worker processes when there are many, cached by content.

The per-article stages (parse, extract) are pure: their result depends only on the input's
bytes, its path, the code and the taxonomy and entity files. The cache is keyed by all of them,
so a rebuild after one new article re-analyses that article alone.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from generator.config import ConfigurationError, Recognition
from generator.extract.article import Extraction, extract_article, with_curated_outlet
from generator.extract.entities import Aliases, load_aliases
from generator.extract.ner import Tagger, default_recogniser
from generator.extract.ner.spacy_backend import RecogniserError, SpacyRecogniser, model_fingerprint
from generator.extract.topics import Taxonomy, load_taxonomy
from generator.model import Article, Problem, SourceFile
from generator.parse import NotAnArticle, parse_article

PACKAGE = Path(__file__).resolve().parent
PARALLEL_FROM = 64
"""Fewer uncached inputs than this are analysed in this process: workers cost a start-up."""
CHUNK = 16


@dataclass(frozen=True)
class Analysis:
    article: Article
    extraction: Extraction


@dataclass(frozen=True)
class Settings:
    """What, beside an input, decides its analysis."""

    taxonomy_file: Path | None = None
    entities_file: Path | None = None
    ner: Recognition = Recognition()


def check_settings(settings: Settings) -> None:
    """Load the user's files and the recogniser once, so that a mistake stops the build with its reason."""
    for path, load in ((settings.taxonomy_file, taxonomy), (settings.entities_file, aliases)):
        try:
            load(path)
        except ValueError as error:  # the loaders' errors on a file they cannot read
            raise ConfigurationError(f"{path}: {error}") from None
    try:
        tagger(settings.ner)
    except RecogniserError as error:
        raise ConfigurationError(str(error)) from None


def analyse(sources: Sequence[SourceFile], settings: Settings, store: AnalysisCache | None) -> Iterator[Analysis | Problem]:
    """Each source's analysis, or the ``Problem`` that stopped it, in input order, as it comes.

    ``store`` is the cache of the code and settings' ``fingerprint``, if any.
    """
    cached = {s.rel_path: store.get(s) for s in sources} if store else {}
    fresh = _run([s for s in sources if cached.get(s.rel_path) is None], settings)
    for source in sources:
        result = cached.get(source.rel_path)
        if result is None:
            result = next(fresh)
            if store:
                store.put(source, result)
        yield result
    if store:
        store.keep_only(sources)


def analyse_one(source: SourceFile, settings: Settings) -> Analysis | Problem:
    try:
        article = parse_article(source)
    except NotAnArticle as error:
        return Problem(source.rel_path, f"not an article: {error}", "not-article")
    names = aliases(settings.entities_file)
    article = with_curated_outlet(article, names)
    extraction = extract_article(article, taxonomy(settings.taxonomy_file), names, tagger(settings.ner))
    return Analysis(article, extraction)


@cache
def taxonomy(path: Path | None) -> Taxonomy:
    return load_taxonomy(path)


@cache
def aliases(path: Path | None) -> Aliases:
    return load_aliases(path)


@cache
def tagger(choice: Recognition) -> Tagger:
    return SpacyRecogniser(choice.spacy_model) if choice.backend == "spacy" else default_recogniser()


def _run(sources: list[SourceFile], settings: Settings) -> Iterator[Analysis | Problem]:
    """The analyses of ``sources``, in their order, each as soon as it and those before are done."""
    workers = min(os.cpu_count() or 1, 4)
    if len(sources) < PARALLEL_FROM or workers < 2:
        yield from (analyse_one(s, settings) for s in sources)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(analyse_one, sources, [settings] * len(sources), chunksize=CHUNK)


def fingerprint(settings: Settings) -> str:
    """Changes whenever the code, its data files, the user's taxonomy or entities, or the recogniser change."""
    digest = hashlib.sha256(repr(settings.ner).encode())
    if settings.ner.backend == "spacy":
        digest.update(model_fingerprint(settings.ner.spacy_model).encode())
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    files += [p for p in (settings.taxonomy_file, settings.entities_file) if p and p.is_file()]
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class AnalysisCache:
    """One pickle per input below ``folder/<fingerprint>/``; other fingerprints are removed."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder / fingerprint
        if folder.is_dir():
            for stale in folder.iterdir():
                if stale.is_dir() and stale.name != fingerprint:
                    shutil.rmtree(stale, ignore_errors=True)
        self.folder.mkdir(parents=True, exist_ok=True)

    def get(self, source: SourceFile) -> Analysis | Problem | None:
        try:
            return pickle.loads(self._path(source).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None

    def put(self, source: SourceFile, result: Analysis | Problem) -> None:
        path = self._path(source)
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, path)

    def keep_only(self, sources: list[SourceFile]) -> None:
        """Drop the entries of inputs that are gone."""
        wanted = {self._path(s).name for s in sources}
        for path in self.folder.glob("*.pickle"):
            if path.name not in wanted:
                path.unlink(missing_ok=True)

    def _path(self, source: SourceFile) -> Path:
        key = hashlib.sha256(f"{source.rel_path}\0{source.sha256}".encode()).hexdigest()
        return self.folder / f"{key}.pickle"
