"""The parser on hostile input: it returns an ``Article`` or raises ``NotAnArticle``, nothing else."""

from __future__ import annotations

import random

import pytest

from generator.model import Article, SourceFile
from generator.parse import NotAnArticle, parse_article

WORDS = "the council said By and Photo: (RELATED: x) Share 2021-08-10 Getty Images © | - — “ ” \t".split(" ")


def parse_or_reason(text: str, name: str = "fuzz.txt") -> Article | str:
    try:
        return parse_article(SourceFile(name, text, "latin-1", "0" * 64))
    except NotAnArticle as error:
        assert str(error), "NotAnArticle must say why"
        return str(error)


@pytest.mark.parametrize("seed", range(40))
def test_random_bytes_never_crash(seed):
    rng = random.Random(seed)
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
    result = parse_or_reason(data.decode("latin-1"))
    assert isinstance(result, str), "random bytes are not an article"


@pytest.mark.parametrize("seed", range(40))
def test_random_word_soup_never_crashes(seed):
    rng = random.Random(seed)
    lines = [" ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 40))) for _ in range(rng.randrange(1, 60))]
    result = parse_or_reason("\n".join(lines))
    if isinstance(result, Article):
        assert result.title and result.body


TAGS = ["<p>", "</p>", "<div hidden>", "</div>", "<script>", "</script>", "<meta name=author content='x'>",
        "<h1>", "</h1>", "<br>", "<!--", "-->", "<![CDATA[", "<?xml version='1.0'?>", "&amp;", "&#0;", "<title>"]


@pytest.mark.parametrize("seed", range(40))
def test_random_html_never_crashes(seed):
    rng = random.Random(seed)
    parts = [rng.choice(TAGS + WORDS) for _ in range(rng.randrange(0, 400))]
    result = parse_or_reason(" ".join(parts), name="fuzz.html")
    if isinstance(result, Article):
        assert result.title and result.body


@pytest.mark.parametrize(
    "text",
    [
        "<html><head><script>var x = 1;</script></head><body><p>Hi</p></body></html>",
        "---\ntitle: [oops]\n---\n",
        "\ufeff\u200b\u2028\u2029\x85",
        "a\n" * 5000,
        "é" * 10000,
        "(RELATED: )\n(RELATED: (RELATED: x))\nBy\nBy\nBy",
        "Title\n" + "(" * 5000 + "Photo" + ")" * 10,
        "Title\n" + "cookie " * 3000 + "\n" + "By " * 3000,
        "Title\n" + "x/" * 5000 + " Getty Images",
    ],
)
def test_odd_text_never_crashes(text):
    parse_or_reason(text)


def test_html_and_script_text_stays_plain():
    title = "<b>Council</b> & the \"{{ water }}\" question"
    body = "<script>alert('x')</script> The council voted on Tuesday to extend the water limits for a month, officials said."
    article = parse_or_reason(f"{title}\n{body}\n{body.replace('Tuesday', 'Monday')}\n")
    assert isinstance(article, Article)
    assert article.title == title
    assert article.body[0] == body
