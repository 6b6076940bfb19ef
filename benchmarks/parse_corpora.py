"""Measure ``parse_article`` on the readability and newsdata corpora.

Prints a per-page table and totals, then one JSON line of headline numbers.
Run with ``python benchmarks/parse_corpora.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from generator import corpora
from generator.model import Article
from generator.parse.dates import is_date_line

TAIL = re.compile(r"\s+(?:\||-|–|—)\s+[^|\-–—]+$")
HEAD = re.compile(r"^[^|]{1,30}\s\|\s")
BY = re.compile(r"^\s*by\s+", re.IGNORECASE)
BYLINE_SEPARATORS = re.compile(r"\n|,|;|&|\||\band\b", re.IGNORECASE)
NAME_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class BodyScore:
    overlap: int
    found: int
    expected: int


def normalise(text: str) -> str:
    """Lower case, plain quotes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"[‘’‛′`]", "'", re.sub(r"[“”„″]", '"', text))
    text = re.sub(r"[‐‑‒–—―]+|--", "-", text)
    return " ".join(text.split())


def title_ok(found: str, expected: str) -> bool:
    """The titles agree once normalised, the expected one maybe without its " | Site" or " - Author" tail,
    or both ("Title – Jane Doe – Medium"), or without a "Section | " head ("Photos | Title")."""
    once = TAIL.sub("", expected)
    candidates = {normalise(text) for text in (expected, once, TAIL.sub("", once), HEAD.sub("", expected))}
    return normalise(found) in candidates


def byline_names(text: str) -> list[tuple[str, ...]]:
    """The names of a byline, each as lower-cased words: no "By", no dates, digits or what follows them."""
    names = []
    for segment in BYLINE_SEPARATORS.split(BY.sub("", text.strip())):
        words = tuple(word.casefold() for word in NAME_TOKEN.findall(re.split(r"\d", segment, maxsplit=1)[0]))
        if words:
            names.append(words)
    return names


def byline_ok(article: Article | None, expected: str) -> bool:
    """Every author we found is a name of the expected byline, and its first name is among ours."""
    if article is None or not article.authors:
        return False
    wanted = byline_names(expected)
    found = [names[0] for author in article.authors if (names := byline_names(author.name))]
    return bool(wanted) and wanted[0] in found and all(name in wanted for name in found)


def outlet_ok(article: Article | None, expected: str) -> bool:
    """The outlet found is the expected site name, or holds it or is held by it, spacing, case
    and a leading "the" aside ("The Guardian" for "the Guardian", "Wikia" for "Fandom powered by Wikia")."""
    if article is None or not article.outlet:
        return False
    found, wanted = (re.sub(r"^the|\W", "", name.casefold()) for name in (article.outlet, expected))
    return bool(found) and (found in wanted or wanted in found)


def tokens(text: str) -> Counter[str]:
    """The multiset of lower-cased word tokens of ``text``."""
    return Counter(re.findall(r"\w+", text.casefold()))


def body_score(article: Article | None, expected: str) -> BodyScore:
    """Token overlap of our body with the expected article text."""
    found = tokens("\n".join(article.body)) if article else Counter()
    wanted = tokens(expected)
    return BodyScore(sum((found & wanted).values()), sum(found.values()), sum(wanted.values()))


def prf(score: BodyScore) -> tuple[float, float, float]:
    """Precision, recall and F1 of a token overlap."""
    precision = score.overlap / score.found if score.found else 0.0
    recall = score.overlap / score.expected if score.expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def readability(saved_html: bool = False) -> dict[str, float]:
    """Title, byline and body figures on the readability pages, with a line per page: their copied
    text, or (``saved_html``) their saved HTML, read as a ``.html`` input."""
    titles = bylines = byline_pages = outlets = outlet_pages = dates = date_pages = pages = 0
    total = BodyScore(0, 0, 0)
    print(f"{'page':28} {'title':5} {'byline':6} {'outlet':6} {'date':6} {'P':>5} {'R':>5} {'F1':>5}")
    for page in corpora.readability_pages():
        if saved_html:
            article = corpora.scraped_article(f"{page.name}.html", page.html)
        else:
            article = corpora.scraped_article(page.name, page.fullpage_text)
        pages += 1
        title = article is not None and title_ok(article.title, page.title)
        titles += title
        byline = "-"
        if page.byline and byline_names(page.byline) and not is_date_line(page.byline):
            byline_pages += 1
            byline = "ok" if byline_ok(article, page.byline) else "MISS"
            bylines += byline == "ok"
        outlet = "-"
        if page.site_name and not page.site_name.startswith("http"):
            outlet_pages += 1
            outlet = "ok" if outlet_ok(article, page.site_name) else "MISS"
            outlets += outlet == "ok"
        date = "-"
        if page.published:
            date_pages += 1
            date = "ok" if article is not None and article.published == page.published else "MISS"
            dates += date == "ok"
        score = body_score(article, page.body)
        total = BodyScore(total.overlap + score.overlap, total.found + score.found, total.expected + score.expected)
        precision, recall, f1 = prf(score)
        print(f"{page.name:28} {'ok' if title else 'MISS':5} {byline:6} {outlet:6} {date:6} {precision:5.2f}"
              f" {recall:5.2f} {f1:5.2f}")
    if not pages:
        print("readability: corpus not found")
        return {}
    precision, recall, f1 = prf(total)
    kind = "saved HTML" if saved_html else "copied text"
    print(f"readability ({kind}): {pages} pages, title {titles / pages:.3f}, byline "
          f"{bylines / max(byline_pages, 1):.3f} ({byline_pages} with one), outlet {outlets / max(outlet_pages, 1):.3f}"
          f" ({outlet_pages} with a site name), date {dates / max(date_pages, 1):.3f} ({date_pages} with one),"
          f" body P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    prefix = "html_" if saved_html else ""
    return {
        f"{prefix}readability_title": round(titles / pages, 3),
        f"{prefix}readability_byline": round(bylines / max(byline_pages, 1), 3),
        f"{prefix}readability_outlet": round(outlets / max(outlet_pages, 1), 3),
        f"{prefix}readability_date": round(dates / max(date_pages, 1), 3),
        f"{prefix}body_precision": round(precision, 3),
        f"{prefix}body_recall": round(recall, 3),
        f"{prefix}body_f1": round(f1, 3),
    }


def newsdata() -> dict[str, float]:
    """Title agreement with ``meta.csv`` on newsdata; author agreement as an extra (its texts rarely name one)."""
    titles = authors = author_pages = articles = with_authors = 0
    for item in corpora.newsdata_articles():
        article = corpora.scraped_article(item.path.name, item.path.read_text(encoding="utf-8", errors="replace"))
        articles += 1
        titles += article is not None and title_ok(article.title, item.meta["title"])
        with_authors += article is not None and bool(article.authors)
        if article is not None and item.meta.get("author"):
            author_pages += 1
            authors += byline_ok(article, item.meta["author"])
    if not articles:
        print("newsdata: corpus not found")
        return {}
    print(f"newsdata: {articles} articles, title {titles / articles:.3f}, "
          f"author agreement {authors / max(author_pages, 1):.3f} ({author_pages} with an author in meta.csv, "
          f"authors found in {with_authors})")
    return {"newsdata_title": round(titles / articles, 3)}


def main() -> None:
    headline = readability()
    headline.update(readability(saved_html=True))
    headline.update(newsdata())
    print(json.dumps(headline))


if __name__ == "__main__":
    main()
