"""The cross-linked archive built from real multi-outlet coverage (BASIL): stories, entities,
topics, timeline, home page."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import require_corpus
from mkdocs.utils.meta import get_data
from projects import new_project, write_seed

from generator import corpora
from generator.config import BuildConfig
from generator.pipeline import build

EVENTS = 4


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, set[str]]]:
    """A project of every article of the first BASIL events; returns it and the true events."""
    require_corpus("basil")
    rows = sorted(corpora.basil_articles(), key=lambda f: (f.meta["triplet_uuid"], f.meta["source"]))
    events = sorted({f.meta["triplet_uuid"] for f in rows})[:EVENTS]
    project = new_project(tmp_path_factory.mktemp("archive"))
    truth: dict[str, set[str]] = defaultdict(set)
    for number, item in enumerate(f for f in rows if f.meta["triplet_uuid"] in events):
        name = f"article-{number:02d}.txt"  # neutral names: the event is not in the path
        write_seed(project, name, item.path.read_text(encoding="utf-8"))
        truth[item.meta["triplet_uuid"]].add(f"seeds/{name}")
    build(BuildConfig.at(project))
    return project, truth


def _pages(project: Path, folder: str) -> dict[str, tuple[dict, str]]:
    found = {}
    for path in sorted((project / "site_src" / folder).rglob("*.md")):
        body, meta = get_data(path.read_text(encoding="utf-8"))
        found[path.relative_to(project / "site_src").as_posix()] = (meta, body)
    return found


def test_each_event_is_one_story_and_gets_a_page(archive) -> None:
    project, truth = archive
    articles = {meta["source_file"]: meta for meta, _ in _pages(project, "articles").values() if meta["kind"] == "article"}
    for members in truth.values():
        stories = {articles[m].get("story") for m in members}
        assert len(stories) == 1 and None not in stories, stories
    story_pages = {p: m for p, (m, _) in _pages(project, "stories").items() if m["kind"] == "story"}
    assert len(story_pages) == len(truth)
    for meta in story_pages.values():
        assert len(meta["articles"]) == 3


def test_story_page_sets_the_tellings_side_by_side(archive) -> None:
    project, _ = archive
    for path, (meta, body) in _pages(project, "stories").items():
        if meta["kind"] != "story":
            continue
        assert body.count('=== "') == 3
        for article in meta["articles"]:
            assert f"../{article}" in body
        tabs = re.findall(r'^=== "(.+)"$', body, re.MULTILINE)  # BASIL's text names no outlet or author
        assert all(re.fullmatch(r"article-\d\d", tab) for tab in tabs), tabs  # so its file names the tab
        named_once = body.split("## Named by one article only", 1)[-1] if "## Named by one" in body else ""
        for line in named_once.strip().splitlines():
            assert re.search(r"\]\(\.\./(people|organizations|places)/", line), line  # names link to their pages
    index = (project / "site_src" / "stories" / "index.md").read_text(encoding="utf-8")
    assert index.count("- [") == len([1 for m, _ in _pages(project, "stories").values() if m["kind"] == "story"])


def test_entity_pages_list_every_article_naming_them(archive) -> None:
    project, _ = archive
    articles = {meta["source_file"]: (path, meta) for path, (meta, _) in _pages(project, "articles").items()
                if meta["kind"] == "article"}
    for folder, label in (("people", "person"), ("organizations", "organization"), ("places", "place")):
        named_by: dict[str, set[str]] = defaultdict(set)
        for path, meta in articles.values():
            for name in meta.get("entities", {}).get(label, []):
                named_by[name].add(path)
        pages = {meta["title"]: body for meta, body in _pages(project, folder).values() if meta["kind"] == label}
        assert pages, folder
        for title, body in pages.items():
            for path in named_by[title]:
                assert f"../{path}" in body, (title, path)
        index = (project / "site_src" / folder / "index.md").read_text(encoding="utf-8")
        for name in named_by:
            assert name.split()[0] in index


def test_no_page_for_a_surname_that_stands_for_several_people(archive) -> None:
    project, _ = archive
    people = {meta["title"] for meta, _ in _pages(project, "people").values() if meta["kind"] == "person"}
    for name in people:
        if " " not in name:
            assert sum(other.endswith(" " + name) for other in people) < 2, name


def test_every_article_is_filed_and_its_section_page_lists_it(archive) -> None:
    project, _ = archive
    for path, (meta, body) in _pages(project, "articles").items():
        if meta["kind"] != "article":
            continue
        assert meta["section"] and meta["topics"] and meta["tags"]
        section_links = [line for line in body.splitlines() if line.startswith("Filed under ")]
        assert section_links, path
    topic_pages = _pages(project, "topics")
    for path, (meta, body) in topic_pages.items():
        if meta["kind"] == "topic":
            assert "## Names that come up most" in body and "](../../people/" in body, path
    listed = {line for _, body in topic_pages.values() for line in body.splitlines()}
    for path, (meta, _) in _pages(project, "articles").items():
        if meta["kind"] == "article":
            assert any(f"../../{path})" in line for line in listed), path


def test_timeline_holds_undated_articles_apart(archive) -> None:
    project, _ = archive
    undated = (project / "site_src" / "timeline" / "undated.md").read_text(encoding="utf-8")
    articles = [p for p, (m, _) in _pages(project, "articles").items() if m["kind"] == "article"]
    for path in articles:
        assert f"../{path}" in undated  # BASIL texts carry no dates


def test_home_page_links_stories_articles_names_and_sections(archive) -> None:
    project, _ = archive
    home = (project / "site_src" / "index.md").read_text(encoding="utf-8")
    for target in ("stories/", "articles/", "people/", "organizations/", "places/", "topics/"):
        assert f"]({target}" in home


DESKS = {"Business & Economy": "business", "Entertainment & Arts": "entertainment", "Politics": "politics",
         "Sport": "sport", "Technology": "tech"}


def test_bbc_desks_through_the_whole_pipeline(tmp_path: Path) -> None:
    """Front-matter ``section`` of BBC articles given under neutral names in one flat folder."""
    require_corpus("bbc")
    project = new_project(tmp_path)
    truth = {}
    for number, item in enumerate(corpora.bbc_articles()):
        if number % 4 == 0:
            name = f"a{number:04d}.txt"
            write_seed(project, name, item.path.read_bytes())
            truth[f"seeds/{name}"] = item.meta["desk"]
    build(BuildConfig.at(project))
    filed = {meta["source_file"]: meta["section"] for meta, _ in _pages(project, "articles").values()
             if meta["kind"] == "article"}
    assert len(filed) >= 0.95 * len(truth)  # the rest are the corpus' duplicate texts
    accuracy = sum(DESKS.get(section) == truth[path] for path, section in filed.items()) / len(filed)
    assert accuracy >= 0.88, accuracy
