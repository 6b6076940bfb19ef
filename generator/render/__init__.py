"""Render stage: the corpus as the pages of ``site_src/``, one pure function per page kind."""

from __future__ import annotations

from generator.model import Corpus, Page
from generator.render.article import render_article
from generator.render.entities import render_entity_pages
from generator.render.home import render_home
from generator.render.indexes import render_articles_index, render_tags_index
from generator.render.stories import render_story_pages
from generator.render.timeline import render_timeline_pages
from generator.render.topics import render_topic_pages


def render_site(corpus: Corpus, site_name: str) -> list[Page]:
    """Every generated page, in path order."""
    pages = [
        render_home(corpus, site_name),
        render_articles_index(corpus),
        render_tags_index(),
        *(render_article(index, corpus) for index in range(len(corpus.articles))),
        *render_entity_pages(corpus),
        *render_topic_pages(corpus),
        *render_story_pages(corpus),
        *render_timeline_pages(corpus),
    ]
    return sorted(pages, key=lambda p: p.path)
