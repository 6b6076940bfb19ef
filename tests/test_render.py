"""Rendering: untrusted text stays text, front matter always parses, pages hold what they should."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import markdown
import pytest
from mkdocs.utils.meta import get_data

from generator.analyse import Analysis
from generator.extract.article import extract_article
from generator.extract.entities import load_aliases
from generator.extract.topics import load_taxonomy
from generator.link.corpus import link_corpus
from generator.model import Article, Author, Corpus, Figure, Page
from generator.render import render_site
from generator.render.article import render_article
from generator.render.escape import clean_text, html_text, markdown_text

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<javascript:alert(1)>",
    "---",
    "...",
    "{{ config.site_name }} {% if x %}",
    "# not a heading",
    "1. not a list",
    "- not a list",
    "> not a quote",
    "*not emphasis* __nor this__ `nor code`",
    "![alt](http://x/y.png)",
    "a | table | row",
    "--8<-- \"/etc/passwd\"",
    ":smile: ~~strike~~ ^^ins^^ ==mark== $x^2$",
    "{: .class onclick=alert(1) } [^1] *[HTML]: abbr",
    "&lt;script&gt; &amp; &#60;",
    "key: value\n---\nother: 1",
    "tab\there\u2028line\u0000nul\u202eright-to-left",
]
EXTENSIONS = ["admonition", "attr_list", "md_in_html", "footnotes", "abbr", "def_list", "tables",
              "pymdownx.superfences", "pymdownx.tilde", "pymdownx.caret", "pymdownx.mark",
              "pymdownx.emoji", "pymdownx.magiclink", "pymdownx.critic", "pymdownx.arithmatex"]


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_text_renders_as_the_same_text(text: str) -> None:
    html = markdown.markdown(markdown_text(text), extensions=EXTENSIONS)
    assert html.startswith("<p>") and html.endswith("</p>")
    inner = html[3:-4]
    assert "<" not in inner.replace("&lt;", "")  # no element at all, only text
    from html import unescape

    expected = " ".join(text.replace("\u0000", "").replace("\u202e", "").split())
    assert unescape(inner) == expected


@pytest.mark.parametrize("text", HOSTILE)
def test_html_text_has_no_markup(text: str) -> None:
    escaped = html_text(text)
    assert not any(c in escaped for c in '<>"') and "\n" not in escaped


def _corpus(*articles: Article) -> Corpus:
    taxonomy, aliases = load_taxonomy(None), load_aliases(None)
    return link_corpus([Analysis(a, extract_article(a, taxonomy, aliases)) for a in articles], taxonomy, aliases)


def _page(article: Article) -> Page:
    return render_article(0, _corpus(article))


def _article(title: str, body: str = "Officials said on Tuesday that the talks would go on.", **fields) -> Article:
    return Article(source_file=f"seeds/{abs(hash(title))}.txt", sha256="ab" * 32, title=title, body=(body,), **fields)


@pytest.mark.parametrize("text", HOSTILE)
def test_front_matter_round_trips_hostile_values(text: str) -> None:
    article = _article(text, body=text, authors=(Author(text, text),), outlet=text,
                       figures=(Figure(text, text),), credits=(text,), related=(text,))
    page = _page(article)
    body, meta = get_data(page.text)
    assert meta["kind"] == "article"
    assert meta["title"] == html_text(text)
    assert meta["source"] == " ".join(text.replace("\u0000", "").replace("\u202e", "").split())
    assert body.lstrip().startswith("# ")


def test_article_page_schema_and_sections() -> None:
    article = _article(
        "Envoy Urges Talks",
        authors=(Author("Jane Example", "Deputy News Editor"),),
        published=dt.date(2021, 8, 10),
        updated=dt.date(2021, 8, 11),
        outlet="Example News",
        standfirst="The envoy warned of isolation.",
        figures=(Figure("Fighters patrol a street.", "Jane Roe/AP Photo"),),
        credits=("The Associated Press contributed to this report.",),
        related=("Another Headline",),
    )
    page = _page(article)
    body, meta = get_data(page.text)
    filing = {key: meta.pop(key) for key in ("section", "topics", "tags", "entities") if key in meta}
    assert isinstance(filing["section"], str) and isinstance(filing["tags"], list)
    assert meta == {
        "kind": "article",
        "title": "Envoy Urges Talks",
        "description": "The envoy warned of isolation.",
        "date": dt.date(2021, 8, 10),
        "updated": dt.date(2021, 8, 11),
        "authors": ["Jane Example"],
        "source": "Example News",
        "source_file": article.source_file,
    }
    html = markdown.markdown(body, extensions=["admonition"])
    for expected in ["<h1>Envoy Urges Talks</h1>", "Example News", "Jane Example", "August 10, 2021",
                     "Updated August 11, 2021", "Fighters patrol a street.", "Jane Roe/AP Photo",
                     "contributed to this report", "Another Headline"]:
        assert expected in html
    assert html.index("Fighters patrol") < html.index("Officials said")


@pytest.mark.parametrize("heading", ["Study design", *HOSTILE])
def test_an_articles_subheadings_are_headings_of_their_text(heading: str) -> None:
    article = Article(source_file="seeds/a.txt", sha256="ab" * 32, title="Talks", headings=(1,),
                      body=("Officials said on Tuesday that the talks would go on.", heading, "They met on Friday."))
    html = markdown.markdown(get_data(_page(article).text)[0], extensions=EXTENSIONS)
    found = re.findall(r"<h2>(.*?)</h2>", html, re.DOTALL)
    assert [unescape(h) for h in found][:1] == [clean_text(heading)]
    assert "<script" not in html and "<img" not in html


def test_a_slideshow_is_folded_into_one_block_after_the_lead_photo() -> None:
    figures = tuple(Figure(f"Fans cheer the team, photo {n}.", "Jan Roe/The Forum") for n in range(1, 7))
    html = markdown.markdown(get_data(_page(_article("Game", figures=figures)).text)[0],
                             extensions=["admonition", "pymdownx.details"])
    assert html.count('class="admonition info"') == 1 and html.count("<details") == 1
    assert "5 more photos" in html and all(f"photo {n}." in html for n in range(1, 7))
    few = markdown.markdown(get_data(_page(_article("Game", figures=figures[:3])).text)[0], extensions=["admonition"])
    assert few.count('class="admonition info"') == 3 and "<details" not in few


@pytest.mark.parametrize(("url", "href"), [
    ("https://news.example/a b(c)", "https://news.example/a%20b%28c%29"),
    ('https://news.example/x"><script>alert(1)</script>', "https://news.example/x%22%3E%3Cscript%3Ealert%281%29%3C/script%3E"),
    ("javascript:alert(1)", None),
    ("ftp://news.example/file", None),
])
def test_the_original_address_is_a_safe_link_or_none(url: str, href: str | None) -> None:
    page = _page(_article("Linked", url=url)).text
    meta = get_data(page)[1]
    assert meta.get("url") == href
    html = markdown.markdown(page.split("---\n", 2)[2])
    assert (f'href="{href}"' in html) if href else ("Original" not in html and "javascript" not in html)


def test_unknown_date_and_outlet_are_left_out() -> None:
    _, meta = get_data(_page(_article("Plain")).text)
    assert "date" not in meta and "source" not in meta and "updated" not in meta and "authors" not in meta


def test_headline_collisions_get_distinct_stable_slugs() -> None:
    one = Article(source_file="seeds/a.txt", sha256="1" * 64, title="Same Headline", body=("One.",))
    two = Article(source_file="seeds/b.txt", sha256="2" * 64, title="Same Headline", body=("Two.",))
    paths = {e.article.source_file: e.path for e in _corpus(two, one).articles}
    assert paths == {"seeds/a.txt": "articles/same-headline.md", "seeds/b.txt": "articles/same-headline-22222222.md"}


def test_a_headline_cannot_take_the_index_page() -> None:
    corpus = _corpus(_article("Index"), _article("!!!"))
    paths = sorted(e.path for e in corpus.articles)
    assert "articles/index.md" not in paths and all(p.startswith("articles/") for p in paths)


def test_related_headlines_link_to_archived_articles() -> None:
    target = _article("Troops Leave Base")
    linking = _article("Talks Resume", related=("troops leave  base", "Not Archived"))
    corpus = _corpus(target, linking)
    index = next(i for i, e in enumerate(corpus.articles) if e.article is linking)
    page = render_article(index, corpus).text
    related = page.split("## Related coverage", 1)[1]
    assert "- [troops leave base](troops-leave-base.md)" in related  # the link keeps the page's wording
    assert "- Not Archived" in related


def test_site_lists_articles_newest_first_undated_last() -> None:
    old = _article("Old", published=dt.date(2020, 1, 1))
    new = _article("New", published=dt.date(2021, 1, 1))
    undated = _article("Undated")
    pages = {p.path: p.text for p in render_site(_corpus(undated, old, new), "Archive")}
    listing = pages["articles/index.md"]
    assert listing.index("New") < listing.index("Old") < listing.index("Undated")
    assert "## January 2021" in listing and "## Undated" in listing


def test_listings_name_the_outlet_else_the_authors() -> None:
    outlet = _article("From An Outlet", outlet="Valley Times", authors=(Author("Ann Lee"),))
    authored = _article("From A Writer", authors=(Author("Bo Chan"), Author("Cy Diaz")))
    listing = {p.path: p.text for p in render_site(_corpus(outlet, authored), "Archive")}["articles/index.md"]
    assert "· Valley Times" in listing and "Ann Lee" not in listing
    assert "· By Bo Chan, Cy Diaz" in listing


def test_a_date_inferred_from_the_story_is_shown_as_such() -> None:
    tuesday = _article("Envoy Arrives In Doha For Talks", "The envoy Zalmay Khalilzad arrived in Doha on Tuesday for talks.",
                       published=dt.date(2021, 8, 10), outlet="Valley Times")
    undated = _article("Envoy Lands In Doha", "The envoy Zalmay Khalilzad landed in Doha on Tuesday for the talks.")
    corpus = _corpus(tuesday, undated)
    pages = {p.path: p.text for p in render_site(corpus, "Archive")}
    entry = next(e for e in corpus.articles if e.article is undated)
    assert get_data(pages[entry.path])[1]["date_inferred"] is True
    assert "August 10, 2021 (date inferred from its story)" in pages[entry.path]
    assert "August 10, 2021 (inferred)" in pages["articles/index.md"]


def test_a_story_counts_the_articles_that_name_no_outlet() -> None:
    named = _article("Envoy Arrives In Doha For Talks", "The envoy Zalmay Khalilzad arrived in Doha on Tuesday for talks.",
                     published=dt.date(2021, 8, 10), outlet="Valley Times")
    unnamed = _article("Envoy Lands In Doha", "The envoy Zalmay Khalilzad landed in Doha on Tuesday for the talks.",
                       published=dt.date(2021, 8, 10), authors=(Author("Bo Chan"),))
    pages = {p.path: p.text for p in render_site(_corpus(named, unnamed), "Archive")}
    story = next(text for path, text in pages.items() if path.startswith("stories/") and path != "stories/index.md")
    assert get_data(story)[1]["description"] == "2 articles on one event from Valley Times and 1 other."
    assert re.findall(r'^=== "(.+)"$', story, re.MULTILINE) == ["Valley Times", "By Bo Chan"]
    assert "2 articles · Valley Times and 1 other · August 10, 2021" in pages["stories/index.md"]
    assert "Events that several articles report, newest first.\n" in pages["stories/index.md"]
    undated = [_article(f"Envoy Lands In Doha {n}", "The envoy Zalmay Khalilzad landed in Doha on Tuesday for the talks.")
               for n in (1, 2)]
    pages = {p.path: p.text for p in render_site(_corpus(*undated), "Archive")}
    assert "newest first; those without a date last, by headline." in pages["stories/index.md"]


def test_an_article_with_an_inferred_date_is_listed_by_that_date() -> None:
    tuesday = _article("Envoy Arrives In Doha For Talks", "The envoy Zalmay Khalilzad arrived in Doha on Tuesday for talks.",
                       published=dt.date(2021, 8, 10), outlet="Valley Times")
    earlier = _article("Floods Hit The Coast", "Floods hit the coast of Kerala after days of rain, officials said.",
                       published=dt.date(2021, 7, 2), outlet="Valley Times")
    undated = _article("Envoy Lands In Doha", "The envoy Zalmay Khalilzad landed in Doha on Tuesday for the talks.")
    corpus = _corpus(earlier, undated, tuesday)
    pages = {p.path: p.text for p in render_site(corpus, "Archive")}
    index = pages["articles/index.md"]
    assert "Undated" not in index
    assert index.index("## August 2021") < index.index("Envoy Lands In Doha") < index.index("## July 2021")
    assert [corpus.articles[i].article.title for i in corpus.newest_first][-1] == "Floods Hit The Coast"
    envoy = pages["people/zalmay-khalilzad.md"]
    assert "Named twice in 2 articles, all on August 10, 2021." in envoy


def test_timeline_lists_undated_articles_only_when_there_are_some() -> None:
    dated = _article("Dated", published=dt.date(2021, 8, 10))
    pages = {p.path: p.text for p in render_site(_corpus(dated), "Archive")}
    assert "timeline/undated.md" not in pages and "Undated" not in pages["timeline/index.md"]
    undated = _article("Undated", "Rain is expected across the region next month, forecasters said.")
    pages = {p.path: p.text for p in render_site(_corpus(dated, undated), "Archive")}
    assert "[Undated](undated.md) (1 article)" in pages["timeline/index.md"] and "timeline/undated.md" in pages


def test_home_page_counts_only_the_outlets_it_knows() -> None:
    named = [_article(f"Story {n}", outlet=f"Outlet {n % 2}") for n in range(3)]
    def intro(*articles: Article) -> str:
        return {p.path: p.text for p in render_site(_corpus(*articles), "Archive")}["index.md"].split("# Archive\n\n")[1]
    assert intro(*named).startswith("3 articles from 2 outlets,")
    assert intro(*named, _article("Unsourced")).startswith("4 articles (2 outlets named),")
    assert intro(_article("Unsourced")).startswith("1 article,")


def test_entity_pages_say_when_their_dated_articles_appeared() -> None:
    def line(*dates: dt.date | None) -> str:
        articles = [_article(f"Envoy Visit {n}", "The envoy Zalmay Khalilzad arrived in Doha for talks.",
                             published=day) for n, day in enumerate(dates)]
        envoy = {p.path: p.text for p in render_site(_corpus(*articles), "Archive")}["people/zalmay-khalilzad.md"]
        return next(text for text in envoy.split("\n") if text.startswith("Named "))
    aug10, aug12 = dt.date(2021, 8, 10), dt.date(2021, 8, 12)
    assert line(aug10, aug12).endswith("first seen August 10, 2021, last seen August 12, 2021.")
    assert line(aug10, aug10).endswith("in 2 articles, all on August 10, 2021.")
    assert line(aug10, None, None).endswith("in 3 articles, 1 of them dated, on August 10, 2021.")
    assert line(aug10, aug12, None).endswith(", 2 of them dated, from August 10, 2021 to August 12, 2021.")


def test_home_page_cards_take_the_whole_width() -> None:
    for articles in ((), (_article("Story"),)):
        home = {p.path: p.text for p in render_site(_corpus(*articles), "Archive")}["index.md"]
        assert get_data(home)[1]["hide"] == ["navigation", "toc"]


def test_entity_pages_quote_the_naming_sentence_with_its_own_quotes_nested() -> None:
    said = _article("Envoy Goes To Doha",
                    "The State Department said Zalmay Khalilzad would “press for a ceasefire” in Doha.")
    pages = {p.path: p.text for p in render_site(_corpus(said), "Archive")}
    page = pages["people/zalmay-khalilzad.md"]
    assert "“The State Department said Zalmay Khalilzad would ‘press for a ceasefire’ in Doha.”" in page


def test_an_entity_page_lists_an_article_once_when_it_names_the_entity_two_ways() -> None:
    both = _article("Cruz Attacked", "Donald J. Trump attacked Ted Cruz. Melania Trump watched as Trump spoke.")
    rallies = [_article(f"Rally Held In {place}", f"Donald Trump spoke in {place} on Friday. Trump said he would win.")
               for place in ("Ohio", "Texas", "Iowa")]
    corpus = _corpus(both, *rallies)
    trump = next(e for e in corpus.entities.entities if e.name == "Donald Trump")
    assert [i for i, _ in corpus.entities.mentions_of(trump)].count(0) == 2  # "Donald J. Trump" and "Trump"
    page = {p.path: p.text for p in render_site(corpus, "Archive")}["people/donald-trump.md"]
    assert page.count("(../articles/cruz-attacked.md)") == 1
    assert "“Donald J. Trump attacked Ted Cruz.”" in page


def test_an_entity_page_quotes_its_person_under_every_name_and_title() -> None:
    plans = _article("Blair Sets Out Plans", "Prime Minister Tony Blair spoke in London on Monday."
                     " Mr Blair said: \"We will win the next election.\" He added: \"Labour has earned it.\"")
    leeds = _article("Blair Campaigns In Leeds",
                     "Mr Blair visited Leeds on Tuesday. \"Labour will win again this year,\" Mr Blair said.")
    page = {p.path: p.text for p in render_site(_corpus(plans, leeds), "Archive")}["people/tony-blair.md"]
    quoted = page.split("## Quotes")[1].split("## ")[0]
    for said in ("“We will win the next election.”", "“Labour has earned it.”", "“Labour will win again this year”"):
        assert said in quoted
    assert "— in [Blair Campaigns In Leeds](../articles/" in quoted  # the headline, whatever the outlet


def test_long_tail_gets_no_page_only_in_a_large_archive() -> None:
    from generator.config import LongTail

    tail = LongTail(min_mentions=2, from_articles=50)
    assert tail.without_page(mentions=1, articles=1, archive_size=50)
    assert not tail.without_page(mentions=1, articles=1, archive_size=49)  # a small archive pages every name
    assert not tail.without_page(mentions=2, articles=1, archive_size=500)
    assert not tail.without_page(mentions=1, articles=2, archive_size=500)


def test_a_name_that_does_not_tell_who_is_meant_gets_no_page() -> None:
    first = _article("Schools Reopen", "Jessica said on Monday that Jessica would return to class with Liz Cheney"
                     " and Jessica Lange, and that Madonna would sing. Madonna agreed.")
    second = _article("Vote Counted", "Dick Cheney voted in Wyoming, where Dick Cheney met Jessica.")
    third = _article("Rally Held", "Cheney spoke in Casper on Friday, and Cheney took questions. David Beckham and"
                     " David Blunkett came; David said so, and David agreed.")
    corpus = _corpus(first, second, third)
    paths = {e.name: corpus.entity_path(e) for e in corpus.entities.entities}
    assert paths["Jessica"] is None and paths["Cheney"] is None  # a given name alone; two people's surname
    assert "David" in paths and paths["David"] is None  # a given name (and a surname) that two people of the archive bear
    assert paths["Madonna"] == "people/madonna.md"  # a given name nobody of the archive bears: a mononym
    assert paths["Dick Cheney"] == "people/dick-cheney.md"
    pages = {p.path: p.text for p in render_site(corpus, "Archive")}
    assert "people/jessica.md" not in pages and "Jessica" in pages["people/index.md"]


def test_a_quote_of_the_president_is_the_president_s_when_the_article_has_one() -> None:
    speech = _article("Bridges To Be Rebuilt",
                      "President Joe Biden spoke in Toledo on Monday about the state of the bridges."
                      " \u201cWe will rebuild every one of them,\u201d the president said.")
    two = _article("Leaders Meet In Paris",
                   "President Emmanuel Macron met President Joe Biden in Paris on Tuesday."
                   " \u201cWe agreed on nothing today,\u201d the president said.")
    pages = {p.path: p.text for p in render_site(_corpus(speech, two), "Archive")}
    biden = pages["people/joe-biden.md"]
    assert "We will rebuild every one of them" in biden
    assert "We agreed on nothing today" not in biden  # two presidents: whose words is unknown


def test_the_home_page_dates_its_latest_stories() -> None:
    tuesday = _article("Envoy Arrives In Doha For Talks", "The envoy Zalmay Khalilzad arrived in Doha on Tuesday for talks.",
                       published=dt.date(2021, 8, 10), outlet="Valley Times")
    undated = _article("Envoy Lands In Doha", "The envoy Zalmay Khalilzad landed in Doha on Tuesday for the talks.")
    home = {p.path: p.text for p in render_site(_corpus(tuesday, undated), "Archive")}["index.md"]
    assert "(2 articles · August 10, 2021)" in home


def test_an_entity_page_gives_the_titles_its_person_goes_by() -> None:
    first = _article("Bridges To Be Rebuilt", "President Joe Biden spoke in Toledo. Biden said the bridges would be rebuilt.")
    second = _article("Senate Debates Bridges", "Former President Joe Biden and Senator Jane Roe discussed the bridges.")
    pages = {p.path: p.text for p in render_site(_corpus(first, second), "Archive")}
    assert "*Person* · President · also named Biden" in pages["people/joe-biden.md"]
    assert "*Person* · Senator" in pages["people/jane-roe.md"]
