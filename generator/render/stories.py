"""Story pages (one event, every outlet's telling side by side) and the stories index."""

from __future__ import annotations

from pathlib import PurePosixPath

from generator.extract.quotes import SharedQuote
from generator.link.story_index import Story
from generator.model import Corpus, Page
from generator.render.entities import entity_link
from generator.render.escape import clean_text, html_text, markdown_text
from generator.render.page import count, long_date, page, relative_link
from generator.render.summary import summary

STORIES_INDEX = "stories/index.md"


def render_story_pages(corpus: Corpus) -> list[Page]:
    return [render_stories_index(corpus), *(render_story(s, corpus) for s in corpus.stories.stories)]


def render_stories_index(corpus: Corpus) -> Page:
    undated = any(story.end is None for story in corpus.stories.stories)
    blocks = ["# Stories", "Events that several articles report, newest first"
              + ("; those without a date last, by headline." if undated else ".")]
    items = [_story_item(s, corpus) for s in corpus.stories.stories]
    blocks.append("\n".join(items) if items else "No story has two articles yet.")
    return page(STORIES_INDEX, {"kind": "index", "title": "Stories"}, blocks)


def render_story(story: Story, corpus: Corpus) -> Page:
    tellers = _tellers(story, corpus)
    carriers = {
        position: f"[{markdown_text(name)}]({relative_link(story.path, corpus.articles[position].path)})"
        for position, name in zip(story.articles, tellers)
    }
    blocks = [f"# {markdown_text(story.headline)}", _story_line(story, corpus), "## Coverage",
              _tabs(story, tellers, corpus)]
    if story.quotes:
        blocks += ["## Quotes carried by several articles", *(_quote(q, carriers, story, corpus) for q in story.quotes)]
    if story.differences:
        blocks += ["## Numbers that differ", _differences(story, carriers)]
    if story.names_only_in:
        blocks += ["## Named by one article only", _names_only(story, carriers, corpus)]
    meta = {
        "kind": "story",
        "title": html_text(story.headline),
        "description": html_text(f"{len(story.articles)} articles on one event"
                                 + (f" from {_sources(story, corpus, story.outlets)}" if story.outlets else "") + "."),
        "date": story.start,
        "end_date": story.end if story.end != story.start else None,
        "outlets": [clean_text(o) for o in story.outlets],
        "articles": [corpus.articles[i].path for i in story.articles],
    }
    return page(story.path, meta, blocks)


def _tabs(story: Story, tellers: list[str], corpus: Corpus) -> str:
    """Material content tabs: each member's headline, metadata, lead and link."""
    tabs = []
    for position, label in zip(story.articles, tellers):
        entry = corpus.articles[position]
        article = entry.article
        lines = [f"**[{markdown_text(article.title)}]({relative_link(story.path, entry.path)})**"]
        details = []
        if article.authors:
            details.append("By " + ", ".join(markdown_text(a.name) for a in article.authors))
        published = article.published or entry.inferred_date
        if published:
            details.append(long_date(published) + ("" if article.published else " (inferred)"))
        if details:
            lines.append(" · ".join(details))
        lines.append(markdown_text(summary(article)))
        body = "\n\n".join(f"    {line}" for line in lines)
        tabs.append(f'=== "{_tab_label(label)}"\n\n{body}')
    return "\n\n".join(tabs)


def _quote(quote: SharedQuote, carriers: dict[int, str], story: Story, corpus: Corpus) -> str:
    carried_by = ", ".join(carriers[i] for i in quote.articles)
    return f"> “{markdown_text(quote.text)}”  \n> — {_name(quote.speaker, story, corpus)}, in {carried_by}"


def _differences(story: Story, carriers: dict[int, str]) -> str:
    lines = []
    for difference in story.differences:
        tellings = "; ".join(
            f"{carriers[i]}: " + ", ".join(f"“{markdown_text(f.phrase)}”" for f in figures)
            for i, figures in difference.figures
        )
        lines.append(f"- **{markdown_text(difference.counted)}**: {tellings}")
    return "\n".join(lines)


def _names_only(story: Story, carriers: dict[int, str], corpus: Corpus) -> str:
    return "\n".join(
        f"- {carriers[i]}: " + ", ".join(_name(n, story, corpus) for n in names)
        for i, names in story.names_only_in
    )


def _name(name: str, story: Story, corpus: Corpus) -> str:
    """The name, linked to its entity's page where it has one."""
    entity = corpus.entities.find(name)
    return entity_link(entity, story.path, corpus) if entity else markdown_text(name)


def _tellers(story: Story, corpus: Corpus) -> list[str]:
    """A name for each member: its outlet, else its byline ("By Dylan Housman"), else its file's name;
    repeated names numbered."""
    names = []
    for position in story.articles:
        article = corpus.articles[position].article
        byline = "By " + ", ".join(a.name for a in article.authors) if article.authors else ""
        names.append(clean_text(article.outlet or byline or PurePosixPath(article.source_file).stem))
    repeated = {name for name in names if names.count(name) > 1}
    return [f"{name} ({number})" if name in repeated else name for number, name in enumerate(names, start=1)]


def _sources(story: Story, corpus: Corpus, outlets: list[str]) -> str:
    """The story's outlets, and how many of its articles name none: "NTD News and 1 other"."""
    unnamed = sum(1 for i in story.articles if not corpus.articles[i].article.outlet)
    return ", ".join(outlets) + (f" and {count(unnamed, 'other')}" if unnamed else "")


def _story_item(story: Story, corpus: Corpus) -> str:
    link = f"[{markdown_text(story.headline)}]({relative_link(STORIES_INDEX, story.path)})"
    return f"- {link} · {_story_line(story, corpus)}"


def _story_line(story: Story, corpus: Corpus) -> str:
    parts = [f"{len(story.articles)} articles"]
    if story.outlets:
        parts.append(_sources(story, corpus, [markdown_text(o) for o in story.outlets]))
    if story.start:
        span = long_date(story.start)
        if story.end and story.end != story.start:
            span += f" – {long_date(story.end)}"
        parts.append(span)
    return " · ".join(parts)


def _tab_label(label: str) -> str:
    """A tab title: within double quotes, where escapes are not read."""
    return markdown_text(label).replace('"', "&quot;")
