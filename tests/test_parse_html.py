"""Saved web pages (``.html``): the visible text parsed like a copied page, the metadata filling gaps."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from conftest import require_corpus
from test_parse import PROSE as VALLEY_PROSE

from generator import corpora
from generator.model import Author, SourceFile
from generator.parse import NotAnArticle, parse_article
from generator.parse.html import is_html
from generator.read import read_source

PROSE = VALLEY_PROSE[:3]
PAGE = f"""<!doctype html>
<html lang="en"><head>
<title>Council Extends Water Limits | The Valley Times</title>
<meta property="og:site_name" content="The Valley Times">
<meta name="author" content="Marta Kowalczyk">
<meta property="article:published_time" content="2021-08-10T09:30:00Z">
<link rel="canonical" href="https://valleytimes.example/2021/08/10/water-limits">
<script>var secret = "tracking code never shown";</script>
<style>.x {{ color: red }}</style>
</head><body>
<nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
<article>
<h1>Council Extends Water Limits</h1>
<figure><img src="canal.jpg" alt=""><figcaption>A dry canal near the village of Mora on Aug. 9, 2021.
(Jan Novak/AP Photo)</figcaption></figure>
<p>{PROSE[0]}</p>
<div hidden>Subscribe to read the hidden offer text that the page never shows.</div>
<p style="display:none">A paragraph the page hides from its readers with an inline style.</p>
<p>{PROSE[1]}<br>{PROSE[2]}</p>
<script>document.write("<p>injected by script</p>")</script>
</article>
<footer><p>Share</p><p>Copyright 2021 The Valley Times</p></footer>
</body></html>
"""


def _source(text: str, name: str = "saved/page.html") -> SourceFile:
    return SourceFile(name, text, "utf-8", hashlib.sha256(text.encode()).hexdigest())


def test_saved_page_reads_like_its_copied_text_and_its_metadata_fills_the_gaps() -> None:
    article = parse_article(_source(PAGE))
    assert article.title == "Council Extends Water Limits"
    assert article.body == tuple(PROSE)
    assert article.authors == (Author("Marta Kowalczyk"),)
    assert article.published == dt.date(2021, 8, 10)
    assert article.outlet == "The Valley Times"
    assert article.url == "https://valleytimes.example/2021/08/10/water-limits"
    assert [(f.caption, f.credit) for f in article.figures] == [
        ("A dry canal near the village of Mora on Aug. 9, 2021.", "Jan Novak/AP Photo")]
    text = " ".join(article.body)
    assert "tracking code" not in text and "hidden" not in text and "injected" not in text


def test_the_same_page_as_text_and_as_html_gives_the_same_body() -> None:
    copied = "\n".join(["Council Extends Water Limits", "By Marta Kowalczyk", *PROSE])
    html = "<html><body><h1>Council Extends Water Limits</h1><p>By Marta Kowalczyk</p>" + "".join(
        f"<p>{p}</p>" for p in PROSE) + "</body></html>"
    as_text, as_html = parse_article(_source(copied, "a.txt")), parse_article(_source(html, "a.htm"))
    assert (as_html.title, as_html.body, as_html.authors) == (as_text.title, as_text.body, as_text.authors)


@pytest.mark.parametrize("text", ["<html><body></body></html>", "<html><body><nav>Home</nav></body></html>"])
def test_a_page_without_article_text_is_no_article(text: str) -> None:
    with pytest.raises(NotAnArticle):
        parse_article(_source(text))


def test_a_saved_pages_subheadings_are_those_its_markup_has() -> None:
    html = ("<html><body><h1>Council Extends Water Limits</h1><p>By Marta Kowalczyk</p>"
            f"<p>{PROSE[0]}</p><h2>What the farmers want</h2><p>{PROSE[1]}</p>"
            f"<p><strong>Will the rain come</strong></p><p>{PROSE[2]}</p></body></html>")
    article = parse_article(_source(html))
    assert [article.body[i] for i in article.headings] == ["What the farmers want"]


def test_a_page_source_saved_as_text_is_read_as_a_page() -> None:
    article = parse_article(_source("\ufeff\n" + PAGE, "saved/page.txt"))
    assert article.title == "Council Extends Water Limits" and article.body == tuple(PROSE)
    text = "<p>Officials said the <b>talks</b> resumed.</p> is what the page's source showed, the clerk said."
    assert is_html(_source(text, "notes.txt")) is False  # markup inside prose is text


def test_html_and_htm_files_are_read(tmp_path) -> None:
    for name in ("page.html", "PAGE.HTM"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
        assert isinstance(read_source(tmp_path / name, tmp_path), SourceFile)


def test_readability_pages_saved_as_html_parse_as_well_as_their_copied_text() -> None:
    require_corpus("readability")
    found = expected = overlap = 0
    for page in corpora.readability_pages():
        try:
            article = parse_article(_source(page.html, f"{page.name}.html"))
        except NotAnArticle:
            continue
        got, want = " ".join(article.body).split(), page.body.split()
        common = set(got) & set(want)
        found += sum(w in common for w in got)
        expected += len(want)
        overlap += sum(w in common for w in want)
    assert overlap / expected >= 0.85 and overlap / found >= 0.85
