"""End to end: ``mkdocs build --strict`` on a copy of the project, and what the built HTML holds."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import require_corpus
from projects import HOSTILE_BODY, HOSTILE_TITLE, hostile_article, hostile_page, new_project, run, write_seed


class _ActiveContent(HTMLParser):
    """Collects what a browser would run: scripts, event handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.handlers: list[str] = []
        self.urls: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(f"{tag} {name}={value}")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith("javascript:"):
                self.urls.append(value or "")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


DATED_ARTICLE = """Valley Farmers Count the Cost of a Dry Spring

By Jane Doe
August 10, 2021

The regional council voted on Tuesday to extend the water restrictions for another month, citing a dry
spring and low reservoir levels across the valley.

Farmers in the northern districts said the decision would force them to delay planting, and several
asked the council to offer compensation for lost income.
"""


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = new_project(tmp_path_factory.mktemp("site"))
    for path in sorted((require_corpus("basil") / "text").glob("*/*.txt"))[:6]:
        write_seed(project, f"{path.parent.name[:8]}/{path.name}", path.read_text(encoding="utf-8"))
    write_seed(project, "hostile.txt", hostile_article())
    write_seed(project, "dated.txt", DATED_ARTICLE)
    write_seed(project, "saved/hostile page.html", hostile_page())
    write_seed(project, "empty.txt", b"")
    write_seed(project, "notes.docx", b"PK\x03\x04")
    result = run(project, "mkdocs", "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project


def test_strict_build_reports_problem_files_on_the_console(built_site: Path) -> None:
    result = run(built_site, "mkdocs", "build", "--strict")
    assert result.returncode == 0, result.stderr
    assert "seeds/empty.txt" in result.stderr and "seeds/notes.docx" in result.stderr
    assert "9 article pages" in result.stderr
    assert "RSS-plugin" not in result.stderr  # no line per undated article


def test_the_feeds_list_the_dated_articles_only(built_site: Path) -> None:
    feed = json.loads((built_site / "site" / "feed_json_created.json").read_text(encoding="utf-8"))
    assert [item["title"] for item in feed["items"]] == ["Valley Farmers Count the Cost of a Dry Spring"]
    assert feed["items"][0]["date_published"].startswith("2021-08-10")


def test_newsdocs_build_prints_a_summary(built_site: Path) -> None:
    result = run(built_site, "newsdocs", "build")
    assert result.returncode == 0, result.stderr
    assert "9 article pages from 11 input files" in result.stdout
    assert "0 pages written" in result.stdout  # nothing changed since the last build


def test_article_text_never_runs_in_the_built_site(built_site: Path) -> None:
    pages = list((built_site / "site").rglob("*.html"))
    assert len(pages) >= 9
    for page in pages:
        active = _ActiveContent()
        active.feed(page.read_text(encoding="utf-8"))
        assert not active.handlers, page
        assert not active.urls, page
        assert not any("alert(" in script for script in active.scripts), page


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def test_hostile_article_reads_as_its_text(built_site: Path) -> None:
    page = next(p for p in (built_site / "site" / "articles").glob("*/index.html") if "talks-peace" in str(p))
    text = _Text()
    text.feed(page.read_text(encoding="utf-8"))
    visible = " ".join("".join(text.chunks).split())
    for line in HOSTILE_BODY:
        assert line in visible
    assert HOSTILE_TITLE in visible


def test_hostile_saved_page_reads_as_its_text(built_site: Path) -> None:
    page = next(p for p in (built_site / "site" / "articles").glob("*/index.html") if "envoy-talks" in str(p))
    text = _Text()
    text.feed(page.read_text(encoding="utf-8"))
    visible = " ".join("".join(text.chunks).split())
    assert "Envoy Talks Resume In The Capital" in visible and "Ann Lee" in visible
    assert HOSTILE_BODY[0] in visible and "saved-page-script" not in visible


def test_search_index_covers_every_article(built_site: Path) -> None:
    index = (built_site / "site" / "search" / "search_index.json").read_text(encoding="utf-8")
    for page in (built_site / "site_src" / "articles").glob("*.md"):
        if page.name != "index.md":
            assert f"articles/{page.stem}/" in index


class _Outline(HTMLParser):
    """The language of a page and the levels of the headings of its content."""

    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.levels: list[int] = []
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang")
        if tag == "article" and "md-content__inner" in (attributes.get("class") or ""):
            self._depth = 1
        elif self._depth and tag == "article":
            self._depth += 1
        if self._depth and len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.levels.append(int(tag[1]))

    def handle_endtag(self, tag: str) -> None:
        if self._depth and tag == "article":
            self._depth -= 1


def test_pages_declare_their_language_and_never_skip_a_heading_level(built_site: Path) -> None:
    for page in (built_site / "site").rglob("index.html"):
        outline = _Outline()
        outline.feed(page.read_text(encoding="utf-8"))
        assert outline.lang == "en", page
        assert outline.levels[:1] == [1], page
        for before, after in zip(outline.levels, outline.levels[1:]):
            assert after <= before + 1, (page, outline.levels)
