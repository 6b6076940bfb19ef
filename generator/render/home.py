"""The home page: the latest stories and articles, the most-covered names, the sections."""

from __future__ import annotations

from generator.link.story_index import Story
from generator.model import ENTITY_FOLDERS, Corpus, Page
from generator.render.entities import TYPE_TITLES
from generator.render.escape import markdown_text
from generator.render.listing import article_list
from generator.render.page import count, long_date, page, relative_link

HOME = "index.md"
HOME_META = {"kind": "home", "title": "Home", "hide": ["navigation", "toc"]}
"""The home page's cards take the whole width: Material hides the side navigation and the contents."""
LATEST = 10
TOP_ENTITIES = 8


def render_home(corpus: Corpus, site_name: str) -> Page:
    blocks = [
        f"# {markdown_text(site_name)}",
        f"{_sources(corpus)}, {count(len(corpus.stories.stories), 'story', 'stories')} told by several of them.",
    ]
    if not corpus.articles:
        blocks.append("No articles yet: add text files to the seeds folder and build again.")
        return page(HOME, HOME_META, blocks)
    cards = [
        _card("Latest stories", "\n".join(
            f"- [{markdown_text(s.headline)}]({relative_link(HOME, s.path)}) ({_story_summary(s)})"
            for s in corpus.stories.stories[:LATEST]) or "No story has two articles yet.",
            ("All stories", "stories/index.md")),
        _card("Latest articles", article_list([corpus.articles[i] for i in corpus.newest_first[:LATEST]], HOME), ("All articles", "articles/index.md")),
        *(_card(f"Most covered: {TYPE_TITLES[label].lower()}", _top_entities(label, corpus),
                (f"All {TYPE_TITLES[label].lower()}", f"{folder}/index.md"))
          for label, folder in ENTITY_FOLDERS.items()),
        _card("Sections", "\n".join(
            f"- [{markdown_text(s.name)}]({relative_link(HOME, s.path)}) ({s.article_count})" for s in corpus.sections),
            ("All sections and topics", "topics/index.md")),
    ]
    blocks.append('<div class="grid cards" markdown>\n\n' + "\n\n".join(cards) + "\n\n</div>")
    return page(HOME, HOME_META, blocks)


def _story_summary(story: Story) -> str:
    """How many articles tell it, and the day of the latest."""
    articles = count(len(story.articles), "article")
    return f"{articles} · {long_date(story.end)}" if story.end else articles


def _sources(corpus: Corpus) -> str:
    """"12 articles from 3 outlets", or "12 articles (2 outlets named)" when some name none."""
    outlets = {e.article.outlet for e in corpus.articles if e.article.outlet}
    articles = count(len(corpus.articles), "article")
    if not outlets:
        return articles
    if all(e.article.outlet for e in corpus.articles):
        return f"{articles} from {count(len(outlets), 'outlet')}"
    return f"{articles} ({count(len(outlets), 'outlet')} named)"


def _card(title: str, body: str, more: tuple[str, str]) -> str:
    """A Material grid card: a list item whose indented blocks are its content."""
    lines = [f"__{title}__", "---", body or "None yet.", f"[{more[0]} →]({relative_link(HOME, more[1])})"]
    indented = "\n\n".join("\n".join(f"    {line}" if line else "" for line in block.split("\n")) for block in lines)
    return "-" + indented[1:]


def _top_entities(label: str, corpus: Corpus) -> str:
    top = [e for e in corpus.entities.entities if e.label == label and corpus.entity_path(e)][:TOP_ENTITIES]
    return "\n".join(
        f"- [{markdown_text(e.name)}]({relative_link(HOME, corpus.entity_path(e))}) ({count(len(e.articles), 'article')})"
        for e in top
    )
