"""Section and topic pages, and the index of all sections and topics."""

from __future__ import annotations

from collections import Counter

from generator.link.topics import SectionListing, TopicListing
from generator.model import Corpus, Page
from generator.render.entities import entity_link
from generator.render.escape import clean_text, html_text, markdown_text
from generator.render.listing import article_list_with_summaries
from generator.render.page import count, page, relative_link

TOPICS_INDEX = "topics/index.md"
TOP_ENTITIES = 15


def render_topics_index(corpus: Corpus) -> Page:
    blocks = ["# Sections and topics"]
    for section in corpus.sections:
        blocks.append(f"## [{markdown_text(section.name)}]({relative_link(TOPICS_INDEX, section.path)})")
        blocks.append(_count_line(section))
        blocks.append("\n".join(_topic_item(t, TOPICS_INDEX) for t in section.topics))
    if not corpus.sections:
        blocks.append("No articles yet.")
    return page(TOPICS_INDEX, {"kind": "index", "title": "Sections and topics"}, blocks)


def render_section(section: SectionListing, corpus: Corpus) -> Page:
    blocks = [f"# {markdown_text(section.name)}", _count_line(section)]
    if section.topics:
        blocks += ["## Topics", "\n".join(_topic_item(t, section.path) for t in section.topics)]
    blocks.append(_top_entities(section, corpus))
    if section.articles:
        blocks += ["## Articles", article_list_with_summaries(section.articles, section.path)]
    meta = {"kind": "topic", "title": html_text(section.name), "level": "section",
            "article_count": section.article_count}
    return page(section.path, meta, blocks)


def render_topic(topic: TopicListing, section: SectionListing, corpus: Corpus) -> Page:
    blocks = [
        f"# {markdown_text(topic.name)}",
        f"A topic of [{markdown_text(section.name)}]({relative_link(topic.path, section.path)}): "
        f"{count(len(topic.articles), 'article')}.",
        _top_entities(topic, corpus),
        "## Articles",
        article_list_with_summaries(topic.articles, topic.path),
    ]
    meta = {"kind": "topic", "title": html_text(topic.name), "level": "topic", "section": clean_text(section.name),
            "article_count": len(topic.articles)}
    return page(topic.path, meta, blocks)


def render_topic_pages(corpus: Corpus) -> list[Page]:
    pages = [render_topics_index(corpus)]
    for section in corpus.sections:
        pages.append(render_section(section, corpus))
        pages += [render_topic(t, section, corpus) for t in section.topics]
    return pages


def _top_entities(listing: TopicListing, corpus: Corpus) -> str:
    """The people, organisations and places most of the listing's articles name."""
    articles = listing.all_articles if isinstance(listing, SectionListing) else listing.articles
    named = Counter(e for entry in articles for e in corpus.entities.for_article(corpus.position(entry)))
    top = sorted(named.items(), key=lambda item: (-item[1], item[0].name))[:TOP_ENTITIES]
    if not top:
        return ""
    return "## Names that come up most\n\n" + ", ".join(
        f"{entity_link(e, listing.path, corpus)} ({n})" for e, n in top)


def _topic_item(topic: TopicListing, from_path: str) -> str:
    return f"- [{markdown_text(topic.name)}]({relative_link(from_path, topic.path)}) ({len(topic.articles)})"


def _count_line(section: SectionListing) -> str:
    topics = len(section.topics)
    return (f"{count(section.article_count, 'article')} in all, {len(section.articles)} filed in the section itself; "
            f"{topics} topic{'s' * (topics != 1)}.")
