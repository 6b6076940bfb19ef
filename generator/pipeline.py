"""``build(config) -> Report``: read -> parse and extract -> link -> render -> write, in that order."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from tqdm import tqdm

from generator.analyse import (
    Analysis,
    AnalysisCache,
    Settings,
    aliases,
    analyse,
    check_settings,
    fingerprint,
    taxonomy,
)
from generator.config import BuildConfig
from generator.link.boilerplate import strip_boilerplate
from generator.link.corpus import link_corpus
from generator.link.known_names import with_known_names
from generator.link.sections import refile_analyses
from generator.model import Article, Problem, Report, SourceFile
from generator.read import discover, read_sources
from generator.render import render_site
from generator.report import report_text
from generator.write import pages_digest, write_atomically, write_pages, written_digest

SHORT_BODY_WORDS = 15
"""A page whose body has fewer words is reported: the scraper likely met a teaser or a paywall."""


def build(config: BuildConfig, progress: bool = False) -> Report:
    report = Report()
    paths = discover(config.seeds_dir)
    report.inputs = len(paths)
    if not paths:
        report.problems.append(Problem(_display(config), "no input files: add .txt articles there", "no-input"))
    settings = Settings(config.topics_file, config.entities_file, config.ner)
    check_settings(settings)
    code = fingerprint(settings)
    store = AnalysisCache(config.cache_dir, code) if config.cache_dir else None
    analyses = successes(read_sources(paths, config.project_root), settings, store, report.problems, progress)
    analyses = drop_duplicates(analyses, report.problems)
    analyses, report.boilerplate = strip_boilerplate(analyses, taxonomy(config.topics_file), aliases(config.entities_file))
    analyses = with_known_names(analyses, taxonomy(config.topics_file), aliases(config.entities_file))
    analyses = refile_analyses(analyses, taxonomy(config.topics_file))
    report.problems.extend(missing_fields(a.article for a in analyses))
    report.articles = len(analyses)
    report.filings = {a.article.source_file: a.extraction.filing for a in analyses}

    key = build_key(analyses, code, config)
    last = _read_state(config)
    if last.get("key") == key and last.get("pages") == written_digest(config.docs_dir):
        report.pages_unchanged = len(last.get("paths", ()))  # same inputs, same code: same pages
    else:
        corpus = link_corpus(analyses, taxonomy(config.topics_file), aliases(config.entities_file),
                             config.long_tail)
        pages = render_site(corpus, config.site_name)
        result = write_pages(pages, config.docs_dir)
        report.pages_written = len(result.written)
        report.pages_unchanged = len(result.unchanged)
        report.pages_removed = len(result.removed)
        _write_state(config, {"key": key, "pages": pages_digest(pages), "paths": [p.path for p in pages]})
    write_report(report, config)
    return report


def build_key(analyses: list[Analysis], code: str, config: BuildConfig) -> str:
    """Equal for two builds whose pages must be equal: same articles, ``code`` (the fingerprint of
    the code, data files and user files) and options."""
    digest = hashlib.sha256(code.encode())
    digest.update(repr((config.site_name, config.long_tail)).encode())
    for analysis in analyses:
        article = analysis.article
        digest.update(f"{article.source_file}\0{article.sha256}\0{article.duplicates}\0".encode())
    return digest.hexdigest()


def _state_file(config: BuildConfig) -> Path | None:
    return config.cache_dir / "last-build.json" if config.cache_dir else None


def _read_state(config: BuildConfig) -> dict:
    path = _state_file(config)
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path else {}
    except (OSError, ValueError):
        return {}


def _write_state(config: BuildConfig, state: dict) -> None:
    path = _state_file(config)
    if path:
        write_atomically(path, json.dumps(state).encode("utf-8"))


def successes(items: Iterable[SourceFile | Problem], settings: Settings, store: AnalysisCache | None,
              problems: list[Problem], progress: bool = False) -> list[Analysis]:
    """Analyse every decoded file; what cannot be read or parsed goes to ``problems``."""
    sources = []
    for item in items:
        if isinstance(item, Problem):
            problems.append(item)
        else:
            problems.extend(Problem(item.rel_path, w, "encoding") for w in item.warnings)
            sources.append(item)
    analyses = []
    results = analyse(sources, settings, store)
    for result in tqdm(results, total=len(sources), disable=not progress, desc="analysing", unit="article"):
        if isinstance(result, Problem):
            problems.append(result)
        else:
            analyses.append(result)
    return analyses


def drop_duplicates(analyses: list[Analysis], problems: list[Problem]) -> list[Analysis]:
    """Keep the first article (in path order) of each text, naming the others in its ``duplicates``;
    report the others."""
    kept: dict[str, Analysis] = {}
    copies: dict[str, list[str]] = defaultdict(list)
    for analysis in sorted(analyses, key=lambda a: a.article.source_file):
        article = analysis.article
        key = content_key(article)
        if key in kept:
            problems.append(Problem(article.source_file, f"duplicate of {kept[key].article.source_file}", "duplicate"))
            copies[key].append(article.source_file)
            continue
        kept[key] = analysis
    return [
        replace(a, article=replace(a.article, duplicates=tuple(copies[key]))) if key in copies else a
        for key, a in kept.items()
    ]


def content_key(article: Article) -> str:
    """Equal for two articles with the same text, whatever their encoding and white space."""
    text = unicodedata.normalize("NFKC", article.text).casefold()
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def missing_fields(articles: Iterable[Article]) -> list[Problem]:
    """Caveats of pages made: no date, no author, almost no body."""
    problems = []
    for article in articles:
        if article.published is None:
            problems.append(Problem(article.source_file, "no publication date found", "no-date"))
        if not article.authors:
            problems.append(Problem(article.source_file, "no author found", "no-author"))
        words = sum(len(paragraph.split()) for paragraph in article.body)
        if words < SHORT_BODY_WORDS:
            reason = f"the body has only {words} words: a teaser, video or paywalled page?"
            problems.append(Problem(article.source_file, reason, "short-body"))
    return problems


def write_report(report: Report, config: BuildConfig) -> None:
    data = report_text(report).encode("utf-8")
    try:
        unchanged = config.report_file.read_bytes() == data
    except OSError:
        unchanged = False
    if not unchanged:
        write_atomically(config.report_file, data)


def _display(config: BuildConfig) -> str:
    try:
        return config.seeds_dir.relative_to(config.project_root).as_posix() + "/"
    except ValueError:
        return config.seeds_dir.as_posix() + "/"
