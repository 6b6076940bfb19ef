"""In Chromium: the built site served under ``/newsdocs/`` searches, navigates and loads every resource.

Needs Debian's Chromium (``tests/install_browser.sh`` installs it); skipped without it, except in CI
(``CI`` set), where a missing browser fails.
"""

from __future__ import annotations

import contextlib
import functools
import html
import os
import re
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml
from conftest import require_corpus
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from projects import new_project, run, sample_project

CHROMIUM = Path("/usr/bin/chromium")
SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_A, SEED_B = "US Warns Taliban to End Violence", "US Peace Envoy Pleads With Taliban"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
PREFIX = "/newsdocs/"

if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytestmark = pytest.mark.skip(reason=f"{CHROMIUM} not found: run tests/install_browser.sh (as root)")


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The site's URL and project: built for, and served at, ``http://127.0.0.1:<port>/newsdocs/``."""
    yield from _served(sample_project(tmp_path_factory.mktemp("browser"), require_corpus("basil")))


@pytest.fixture(scope="module")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The same for a project of the repository's own ``seeds/``, when it holds the two seeds."""
    seeds = sorted(SEEDS.glob("**/*.txt")) if SEEDS.is_dir() else []
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in seeds]
    if not any(t.lstrip().startswith(SEED_A) for t in texts) or not any(t.lstrip().startswith(SEED_B) for t in texts):
        pytest.skip(f"the seed articles are not in {SEEDS}")
    project = new_project(tmp_path_factory.mktemp("seeds"))
    shutil.rmtree(project / "seeds")
    shutil.copytree(SEEDS, project / "seeds")
    yield from _served(project)


def _served(project: Path) -> Iterator[tuple[str, Path]]:
    www = project / "www"
    www.mkdir()
    (www / PREFIX.strip("/")).symlink_to(project / "site")
    with ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(www))) as server:
        url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
        result = run(project, "mkdocs", "build", "--strict", env={"SITE_URL": url})
        assert result.returncode == 0, result.stderr
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield url, project
        server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), f"{CHROMIUM} not found: run tests/install_browser.sh (as root)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Session:
    """A page that records failed requests and keeps a screenshot of every failed check."""

    def __init__(self, page: Page, screenshots: Path) -> None:
        self.page = page
        self.screenshots = screenshots
        self.failed: list[str] = []
        page.on("requestfailed", lambda request: self.failed.append(f"{request.url}: {request.failure}"))
        page.on("response", lambda response: response.status >= 400
                and self.failed.append(f"{response.url}: HTTP {response.status}"))

    def check(self, condition: bool, message: str) -> None:
        if not condition:
            shot = self.screenshots / f"failure-{len(list(self.screenshots.iterdir()))}.png"
            self.page.screenshot(path=shot, full_page=True)
            pytest.fail(f"{message} (page {self.page.url}; screenshot {shot})")

    def check_text(self, locator: Locator, text: str, message: str) -> None:
        """``locator`` comes to contain ``text`` within 15 s."""
        try:
            expect(locator).to_contain_text(text, timeout=15_000)
        except AssertionError as error:
            self.check(False, f"{message}: {error}")

    def check_no_failed_requests(self) -> None:
        self.check(not self.failed, f"failed requests: {self.failed}")


@pytest.fixture
def session(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield Session(context.new_page(), tmp_path_factory.mktemp("screenshots"))
    context.close()


def _articles(project: Path) -> dict[str, str]:
    """Each article's URL path below the site (``articles/<slug>/``) and its Markdown body."""
    pages = {}
    for path in sorted((project / "site_src" / "articles").glob("*.md")):
        meta_text, body = path.read_text(encoding="utf-8").removeprefix("---\n").split("\n---\n", 1)
        if yaml.safe_load(meta_text)["kind"] == "article":
            pages[f"articles/{path.stem}/"] = body
    return pages


def _own_text(body: str) -> str:
    """An article page's Markdown up to the blocks that link other pages (names, topics, story, related)."""
    return re.split(r"\n(?:\*\*(?:People|Organisations|Places):\*\*|Filed under |## )", body, maxsplit=1)[0]


def _entity_words(project: Path) -> set[str]:
    """The words of the names in the articles' ``entities`` front matter."""
    words = set()
    for path in (project / "site_src" / "articles").glob("*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").removeprefix("---\n").split("\n---\n", 1)[0])
        for names in (meta.get("entities") or {}).values():
            words.update(word for name in names for word in name.split())
    return words


def _query(articles: dict[str, str], count: int, known: set[str]) -> tuple[str, set[str]]:
    """A name (a word of an entity's name in ``known``, always capitalised) that is a search term of
    exactly ``count`` articles.

    Terms are split as Material's search splits them by default; no word of the other articles may start
    with the name, since search also matches prefixes.
    """
    texts = {page: html.unescape(_own_text(body)) for page, body in articles.items()}
    words = {page: set(re.findall(r"\w+", text.lower())) for page, text in texts.items()}
    names: dict[str, set[str]] = {}
    for page, text in texts.items():
        for term in re.split(r"[\s\-,:!=\[\]()\"/]+|\.(?!\d)", text):
            if re.fullmatch(r"[A-Z][a-z]{5,}", term) and term in known:
                names.setdefault(term, set()).add(page)
    for name, pages in sorted(names.items()):
        lower = name.lower()
        if (len(pages) == count and not any(re.search(rf"\b{lower}\b", text) for text in texts.values())
                and not any(w.startswith(lower) for page in texts.keys() - pages for w in words[page])):
            return name, pages
    raise AssertionError(f"no name in exactly {count} of the articles {sorted(articles)}")


def _search(session: Session, url: str, query: str, articles: dict[str, str]) -> set[str]:
    """The articles (``articles/<slug>/``) Material's search lists for ``query`` typed into the search box."""
    page = session.page
    page.goto(url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(query)
    session.check_text(page.locator(".md-search-result__meta"), "matching", f"search for {query!r} listed nothing")
    _results_for(session, query)
    hrefs = page.eval_on_selector_all(".md-search-result__item a.md-search-result__link",
                                      "links => links.map(link => link.href)")
    listed = {re.sub(r"[?#].*", "", href).removeprefix(url) for href in hrefs}
    return listed & articles.keys()


def _results_for(session: Session, query: str) -> None:
    """Wait until the listed results stop changing: those of the whole query, not of its first letters."""
    page = session.page
    previous = None
    for _ in range(50):
        page.wait_for_timeout(300)
        current = page.eval_on_selector_all(".md-search-result__item a.md-search-result__link",
                                            "links => links.map(link => link.href).join(' ')")
        if current == previous:
            return
        previous = current
    session.check(False, f"the results for {query!r} kept changing")


@pytest.mark.parametrize("count", [1, 2])
def test_search_lists_the_articles_naming_someone(site: tuple[str, Path], session: Session, count: int) -> None:
    url, project = site
    articles = _articles(project)
    name, pages = _query(articles, count, _entity_words(project))
    listed = _search(session, url, name, articles)
    session.check(listed == pages, f"search for {name!r} listed {sorted(listed)}, not {sorted(pages)}")
    session.check_no_failed_requests()


def test_home_page_to_article_and_back(site: tuple[str, Path], session: Session) -> None:
    url, project = site
    articles = _articles(project)
    page = session.page
    page.goto(url)
    links = page.eval_on_selector_all(".md-content a[href]",
                                      "links => links.map(link => [link.getAttribute('href'), link.href])")
    targets = [(attribute, href) for attribute, href in links if href.removeprefix(url) in articles]
    session.check(bool(targets), f"the home page links to no article: {links}")
    attribute, href = targets[0]
    link = page.locator(f".md-content a[href='{attribute}']").first
    title = link.inner_text()
    link.click()
    session.check_text(page.locator(".md-content h1").first, title, "the article's heading is not its link's text")
    session.check(page.url == href, f"the article is not at {href}")
    page.go_back()
    session.check_text(page.locator(".md-content"), title, "back on the home page, the article's link is missing")
    session.check(page.url == url, "going back did not return to the home page")
    session.check_no_failed_requests()


def test_every_page_loads_without_failed_requests(site: tuple[str, Path], session: Session) -> None:
    url, project = site
    for path in ["", "articles/", "tags/", *_articles(project)]:
        response = session.page.goto(url + path, wait_until="networkidle")
        session.check(response is not None and response.ok, f"{url + path} did not load")
    session.check_no_failed_requests()


def _entity_pages(project: Path, folder: str) -> dict[str, str]:
    """Each entity page's URL path below the site (``people/<slug>/``) and its name."""
    pages = {}
    for path in sorted((project / "site_src" / folder).glob("*.md")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").removeprefix("---\n").split("\n---\n", 1)[0])
        if meta["kind"] != "index":
            pages[f"{folder}/{path.stem}/"] = html.unescape(meta["title"])
    return pages


def test_article_to_entity_page_and_back(site: tuple[str, Path], session: Session) -> None:
    url, project = site
    people = _entity_pages(project, "people")
    page = session.page
    article = next(iter(_articles(project)))
    page.goto(url + article)
    links = page.eval_on_selector_all(".md-content a[href]",
                                      "links => links.map(link => [link.getAttribute('href'), link.href])")
    targets = [(attribute, href) for attribute, href in links if href.removeprefix(url) in people]
    session.check(bool(targets), f"{article} links to no person's page")
    attribute, href = targets[0]
    page.locator(f".md-content a[href='{attribute}']").first.click()
    page.wait_for_url(href)  # the article's own headline may hold the person's name too
    session.check_text(page.locator(".md-content h1").first, people[href.removeprefix(url)],
                       "the entity page's heading is not the person's name")
    listed = page.locator(f".md-content a[href$='{article}']")
    with contextlib.suppress(AssertionError):  # instant navigation swaps the content in a moment later
        expect(listed.first).to_be_attached(timeout=15_000)
    session.check(listed.count() > 0, "the entity page does not list the article that linked to it")
    page.go_back()
    with contextlib.suppress(PlaywrightTimeoutError):  # instant navigation restores the address a moment later
        page.wait_for_url(url + article, timeout=10_000)
    session.check(page.url == url + article, "going back did not return to the article")
    session.check_no_failed_requests()


def test_search_ranks_an_entity_page_above_the_articles_naming_it(site: tuple[str, Path], session: Session) -> None:
    url, project = site
    articles = _articles(project)
    people = _entity_pages(project, "people")
    named = {path: name for path, name in people.items()
             if sum(name in html.unescape(body) for body in articles.values()) >= 2}
    session.check(bool(named), "no person with a page is named in two articles")
    path, name = sorted(named.items())[0]
    page = session.page
    page.goto(url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(name)
    session.check_text(page.locator(".md-search-result__meta"), "matching", f"search for {name!r} listed nothing")
    _results_for(session, name)
    first = page.eval_on_selector(".md-search-result__item a.md-search-result__link", "link => link.href")
    session.check(re.sub(r"[?#].*", "", first).removeprefix(url) == path,
                  f"search for {name!r} lists {first} first, not the page of {name}")
    session.check_no_failed_requests()


def test_seed_site_search_and_entity_link(seed_site: tuple[str, Path], session: Session) -> None:
    """Issue 6's check: "Khalilzad" lists both seed articles, "Kunduz" the first, and a link from
    an article opens Zalmay Khalilzad's page, with no failed request."""
    url, project = seed_site
    articles = _articles(project)
    first = next(path for path, body in articles.items() if html.unescape(body).lstrip().startswith(f"# {SEED_A}"))
    session.check(_search(session, url, "Khalilzad", articles) == set(articles), "Khalilzad does not list both seeds")
    listed = _search(session, url, "Kunduz", articles)
    session.check(first in listed, f"Kunduz lists {sorted(listed)}, not the first seed {first}")
    page = session.page
    page.goto(url + first)
    page.locator(".md-content a", has_text="Zalmay Khalilzad").first.click()
    session.check_text(page.locator(".md-content h1").first, "Zalmay Khalilzad", "Khalilzad's page did not open")
    session.check_no_failed_requests()
