"""Every internal link of the built site resolves when it is served under a sub-path, as on GitHub Pages."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml
from conftest import require_corpus
from mkdocs.utils.yaml import get_yaml_loader
from projects import ROOT, run, sample_project

SITE_URL = "https://example.github.io/newsdocs/"


class _Links(HTMLParser):
    """The values of every ``href`` and ``src`` attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links += [value for name, value in attrs if name in {"href", "src"} and value is not None]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = sample_project(tmp_path_factory.mktemp("links"), require_corpus("basil"))
    result = run(project, "mkdocs", "build", "--strict", env={"SITE_URL": SITE_URL})
    assert result.returncode == 0, result.stderr
    return project / "site"


def _page_url(site: Path, page: Path) -> str:
    """The URL ``page`` is served at: ``x/index.html`` at ``<site_url>x/``."""
    path = page.relative_to(site).as_posix()
    return SITE_URL + (path.removesuffix("index.html") if page.name == "index.html" else path)


def _broken(site: Path, page: Path) -> list[str]:
    """The internal links of ``page`` that are root-absolute outside the site or name no file of it."""
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    prefix = urlsplit(SITE_URL).path
    broken = []
    for link in parser.links:
        if link.startswith("/") and not link.startswith("//") and not link.startswith(prefix):
            broken.append(f"{link} (root-absolute)")
            continue
        url = urljoin(_page_url(site, page), link)
        if not url.startswith(SITE_URL):
            continue  # another site, or mailto:, data: ...
        path = urlsplit(url).path
        target = site / unquote(path.removeprefix(prefix))
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if not target.is_file():
            broken.append(f"{link} (no {target.relative_to(site)})")
    return broken


def test_every_internal_link_resolves_under_the_sub_path(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 10
    broken = {page.relative_to(site).as_posix(): links for page in pages if (links := _broken(site, page))}
    assert not broken


def test_the_checker_sees_broken_and_root_absolute_links(tmp_path: Path) -> None:
    for path in ["index.html", "tags/index.html", "articles/a/index.html"]:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("", encoding="utf-8")
    page = tmp_path / "articles" / "a" / "index.html"
    page.write_text('<a href="../../#top">ok</a><a href="/newsdocs/tags/?q=1">ok</a><a href="/assets/x.css">root</a>'
                    f'<img src="gone.png"><a href="{SITE_URL}tags">ok</a><a href="https://example.org/">external</a>'
                    '<a href="mailto:a@example.org">mail</a><a href="../b/">missing</a>', encoding="utf-8")
    assert _broken(tmp_path, page) == ["/assets/x.css (root-absolute)", "gone.png (no articles/a/gone.png)",
                                       "../b/ (no articles/b/index.html)"]


def test_mkdocs_yml_sets_site_url_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    monkeypatch.delenv("SITE_URL", raising=False)
    assert yaml.load(text, Loader=get_yaml_loader())["site_url"].startswith("https://")
    monkeypatch.setenv("SITE_URL", "https://example.org/archive/")
    assert yaml.load(text, Loader=get_yaml_loader())["site_url"] == "https://example.org/archive/"
