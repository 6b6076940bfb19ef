"""Readers for the public news corpora in ``../shared/corpora`` (tests and benchmarks only).

Every reader starts from :func:`corpus_dir`, which returns ``None`` when a corpus is absent, so
that callers can skip cleanly. Set ``NEWSDOCS_CORPORA`` to read them from elsewhere.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.model import Article, SourceFile
from generator.parse import NotAnArticle, parse_article

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def corpora_root() -> Path:
    return Path(os.environ.get("NEWSDOCS_CORPORA", PROJECT_ROOT.parent / "shared" / "corpora"))


def corpus_dir(name: str) -> Path | None:
    """The folder of corpus ``name``, or ``None`` if it is not there."""
    path = corpora_root() / name
    return path if path.is_dir() else None


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def scraped_article(name: str, text: str) -> Article | None:
    """A scraped page's article as the pipeline parses it (``name`` ending in ``.html`` for a saved
    page), or ``None`` when the parser finds none."""
    source = SourceFile(name, text, "utf-8", hashlib.sha256(text.encode()).hexdigest())
    try:
        return parse_article(source)
    except NotAnArticle:
        return None


def plain_article(path: Path) -> Article:
    """An article of a corpus in plain form (BBC, BASIL, Reuters): a title line, then paragraphs
    separated by blank lines. Bytes that are not UTF-8 (one BBC file) are replaced."""
    text = path.read_text(encoding="utf-8", errors="replace")
    title, _, rest = text.strip().partition("\n")
    body = tuple(" ".join(p.split()) for p in rest.split("\n\n") if p.strip())
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(source_file=path.as_posix(), sha256=digest, title=title.strip(), body=body)


@dataclass(frozen=True)
class ReadabilityPage:
    """A real web page: all its visible text, its HTML, and the article's expected title, byline,
    body and site name."""

    name: str
    fullpage_text: str
    html: str
    title: str
    byline: str | None
    body: str
    site_name: str | None = None
    published: dt.date | None = None
    """The day of the page's ``publishedTime``, as written (its own time zone)."""


def readability_pages() -> Iterator[ReadabilityPage]:
    root = corpus_dir("readability")
    if root is None:
        return
    for folder in sorted(p for p in root.iterdir() if (p / "source_naive_fullpage.txt").exists()):
        meta = json.loads((folder / "expected-metadata.json").read_text(encoding="utf-8"))
        yield ReadabilityPage(
            name=folder.name,
            fullpage_text=(folder / "source_naive_fullpage.txt").read_text(encoding="utf-8"),
            html=(folder / "source.html").read_text(encoding="utf-8", errors="replace"),
            title=meta.get("title") or "",
            byline=meta.get("byline"),
            body=(folder / "expected_article.txt").read_text(encoding="utf-8"),
            site_name=meta.get("siteName"),
            published=dt.date.fromisoformat(meta["publishedTime"][:10]) if meta.get("publishedTime") else None,
        )


@dataclass(frozen=True)
class LabelledFile:
    """A corpus file and its ground truth, as the corpus' metadata gives it."""

    path: Path
    meta: dict[str, str]


def newsdata_articles() -> Iterator[LabelledFile]:
    """``newsdata`` articles with their ``meta.csv`` row (title, category, publisher, author...)."""
    root = corpus_dir("newsdata")
    if root is None:
        return
    for row in read_csv(root / "meta.csv"):
        yield LabelledFile(root / row["file"], row)


def basil_articles() -> Iterator[LabelledFile]:
    """``basil`` articles with their ``clusters.csv`` row (triplet_uuid is the event)."""
    root = corpus_dir("basil")
    if root is None:
        return
    for row in read_csv(root / "clusters.csv"):
        yield LabelledFile(root / row["text_path"], row)


def bbc_articles() -> Iterator[LabelledFile]:
    """``bbc`` articles with their desk (the folder name) as ``meta["desk"]``."""
    root = corpus_dir("bbc")
    if root is None:
        return
    for path in sorted(root.glob("*/*.txt")):
        yield LabelledFile(path, {"desk": path.parent.name})


def reuters_articles() -> Iterator[LabelledFile]:
    root = corpus_dir("reuters21578")
    if root is None:
        return
    for row in read_csv(root / "meta.csv"):
        yield LabelledFile(root / row["file"], row)


@dataclass(frozen=True)
class ConllDocument:
    """A CoNLL-2003 document: sentences of (token, tag) pairs, tags in IOB1 as in the file."""

    sentences: list[list[tuple[str, str]]]


def conll_documents(path: Path) -> Iterator[ConllDocument]:
    sentences: list[list[tuple[str, str]]] = []
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8", newline=None) as handle:
        for line in handle:
            fields = line.split()
            if not fields:
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                continue
            if fields[0] == "-DOCSTART-":
                if sentence:
                    sentences.append(sentence)
                    sentence = []
                if sentences:
                    yield ConllDocument(sentences)
                sentences = []
                continue
            sentence.append((fields[0], fields[-1]))
    if sentence:
        sentences.append(sentence)
    if sentences:
        yield ConllDocument(sentences)
