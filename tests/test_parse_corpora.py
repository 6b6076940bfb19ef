"""The parse stage on real pages of the shared corpora, against their ground truth."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from types import ModuleType

import pytest
from conftest import require_corpus

from generator import corpora
from generator.model import SourceFile
from generator.parse import NotAnArticle, parse_article

SAMPLE = 150
"""How many articles of the large clean corpora to read."""


@pytest.fixture(scope="module")
def benchmark() -> ModuleType:
    path = corpora.PROJECT_ROOT / "benchmarks" / "parse_corpora.py"
    spec = importlib.util.spec_from_file_location("parse_corpora", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def readability_figures(benchmark) -> dict[str, float]:
    require_corpus("readability")
    return benchmark.readability()


def test_readability_titles(readability_figures):
    assert readability_figures["readability_title"] >= 0.8


def test_readability_bylines(readability_figures):
    assert readability_figures["readability_byline"] >= 0.85


def test_readability_outlets(readability_figures):
    assert readability_figures["readability_outlet"] >= 0.75


def test_readability_publication_dates(readability_figures):
    assert readability_figures["readability_date"] >= 0.6


def test_readability_body(readability_figures):
    assert readability_figures["body_f1"] >= 0.9
    assert readability_figures["body_precision"] >= 0.9
    assert readability_figures["body_recall"] >= 0.9


def test_newsdata_titles(benchmark):
    require_corpus("newsdata")
    assert benchmark.newsdata()["newsdata_title"] >= 0.95


def read(item: corpora.LabelledFile) -> SourceFile:
    text = item.path.read_bytes().decode("utf-8", errors="replace")
    return SourceFile(str(item.path), text, "utf-8", "0" * 64)


def test_every_readability_page_is_an_article():
    require_corpus("readability")
    for page in corpora.readability_pages():
        article = parse_article(SourceFile(page.name, page.fullpage_text, "utf-8", "0" * 64))
        assert article.title and article.body, page.name


@pytest.mark.parametrize("reader", [corpora.bbc_articles, corpora.basil_articles])
def test_clean_articles_keep_title_line_and_all_paragraphs(reader):
    """Files of a title line and paragraphs lose nothing: the title is (in) the first line, the body the rest."""
    require_corpus({corpora.bbc_articles: "bbc", corpora.basil_articles: "basil"}[reader])
    titles = paragraphs = total_paragraphs = 0
    articles = list(itertools.islice(reader(), SAMPLE))
    for item in articles:
        source = read(item)
        lines = [" ".join(line.split()) for line in source.text.splitlines() if line.strip()]
        article = parse_article(source)
        titles += bool(article.title) and article.title in lines[0]
        paragraphs += sum(paragraph in article.body for paragraph in lines[1:])
        total_paragraphs += len(lines) - 1
    assert titles / len(articles) >= 0.95
    assert paragraphs / total_paragraphs >= 0.95


def test_reuters_wires_keep_their_headline():
    """Wires, tables of figures included, parse (or say why not) and keep their ALL-CAPS headline."""
    require_corpus("reuters21578")
    titles = 0
    for item in itertools.islice(corpora.reuters_articles(), SAMPLE):
        try:
            article = parse_article(read(item))
        except NotAnArticle as error:
            assert str(error)
            continue
        titles += article.title.casefold() == item.meta["title"].casefold()
    assert titles / SAMPLE >= 0.97


@pytest.mark.parametrize("variant", ["without blank lines", "under a longer menu"])
def test_readability_titles_do_not_hang_on_the_layout(benchmark, variant):
    """The same pages, laid out differently, keep their titles: no rule leans on blank lines or positions."""
    require_corpus("readability")
    menu = "\n".join(["Home", "World", "Sport", "Opinion", "Video", "Jobs", "Weather", "Local News", "Sign In"] * 4)
    pages = list(corpora.readability_pages())
    titles = 0
    for page in pages:
        if variant == "without blank lines":
            text = "\n".join(line for line in page.fullpage_text.splitlines() if line.strip())
        else:
            text = f"{menu}\n{page.fullpage_text}"
        article = corpora.scraped_article(page.name, text)
        titles += article is not None and benchmark.title_ok(article.title, page.title)
    assert titles / len(pages) >= 0.8
