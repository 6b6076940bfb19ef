"""The MkDocs plugin: regenerate the docs folder from the seeds before every build.

Registered as ``newsdocs`` through the ``mkdocs.plugins`` entry point, so ``mkdocs build`` and
``mkdocs serve`` regenerate first, and ``serve`` also reloads when a seed file changes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from generator.config import (
    DEFAULT_CACHE_DIR,
    DEFAULT_ENTITIES_FILE,
    DEFAULT_ENTITY_PAGE_MIN_MENTIONS,
    DEFAULT_LONG_TAIL_FROM_ARTICLES,
    DEFAULT_NER,
    DEFAULT_REPORT_FILE,
    DEFAULT_SEEDS_DIR,
    DEFAULT_SPACY_MODEL,
    DEFAULT_TOPICS_FILE,
    NER_BACKENDS,
    BuildConfig,
    ConfigurationError,
    LongTail,
    Recognition,
)
from generator.pipeline import build
from generator.report import console_lines

log = logging.getLogger("mkdocs.plugins.newsdocs")


class NewsdocsPluginConfig(base.Config):
    enabled = c.Type(bool, default=True)
    seeds_dir = c.Type(str, default=DEFAULT_SEEDS_DIR)
    """The input folder, relative to ``mkdocs.yml``."""
    report_file = c.Type(str, default=DEFAULT_REPORT_FILE)
    """Where the build report is written, relative to ``mkdocs.yml``."""
    cache_dir = c.Type(str, default=DEFAULT_CACHE_DIR)
    """Where analyses are kept between builds, relative to ``mkdocs.yml``; empty: no cache."""
    topics_file = c.Type(str, default=DEFAULT_TOPICS_FILE)
    """A taxonomy of the user's that replaces or extends the default one, if the file exists."""
    entities_file = c.Type(str, default=DEFAULT_ENTITIES_FILE)
    """The user's curation of entities, if the file exists."""
    entity_page_min_mentions = c.Type(int, default=DEFAULT_ENTITY_PAGE_MIN_MENTIONS)
    """Entities named fewer times, in one article, are listed on their index page without a page..."""
    long_tail_from_articles = c.Type(int, default=DEFAULT_LONG_TAIL_FROM_ARTICLES)
    """...once the archive holds this many articles."""
    ner = c.Choice(NER_BACKENDS, default=DEFAULT_NER)
    """The recogniser of names: the built-in one, or a spaCy pipeline (``pip install 'newsdocs[spacy]'``)."""
    spacy_model = c.Type(str, default=DEFAULT_SPACY_MODEL)
    """With ``ner: spacy``: an installed pipeline's name, or a saved pipeline's folder relative to ``mkdocs.yml``."""


class NewsdocsPlugin(BasePlugin[NewsdocsPluginConfig]):
    build_config: BuildConfig

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.build_config = build_config_for(config, self.config)
        if self.config.enabled:
            with_page_extensions(config)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        try:
            report = build(self.build_config)
        except ConfigurationError as error:
            raise PluginError(f"newsdocs: {error}") from None
        *problems, summary = console_lines(report)
        for line in problems:
            log.info(line)
        log.info(f"{summary}; report in {self.build_config.report_file.name}")

    @event_priority(50)  # before the feed plugin reads the page
    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Keep undated articles out of the feeds of the latest articles: mkdocs-rss-plugin leaves out
        the pages it is told are drafts, where it would date them by the build instead."""
        if self.config.enabled and page.meta.get("kind") == "article" and "date" not in page.meta:
            page.meta["draft"] = True
        return html

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        if self.config.enabled:
            server.watch(str(self.build_config.seeds_dir))
        return server


PAGE_EXTENSIONS: dict[str, dict[str, object]] = {
    "admonition": {},
    "pymdownx.details": {},
    "pymdownx.superfences": {},
    "pymdownx.tabbed": {"alternate_style": True},
    "toc": {"permalink": True},
}
"""The Markdown extensions the generated pages are written for (figures, slideshows, a story's
tabs), with the options they need where the site's ``mkdocs.yml`` names them not."""


def with_page_extensions(config: MkDocsConfig) -> None:
    """Adds to the site's Markdown extensions those the generated pages use and it lacks, so that a
    ``mkdocs.yml`` older than a page feature still renders it."""
    for name, options in PAGE_EXTENSIONS.items():
        if name not in config.markdown_extensions:
            config.markdown_extensions.append(name)
            if options:
                config.mdx_configs[name] = dict(options)


def build_config_for(config: MkDocsConfig, plugin_config: NewsdocsPluginConfig) -> BuildConfig:
    return BuildConfig.at(
        Path(config.config_file_path).parent,
        seeds_dir=plugin_config.seeds_dir,
        docs_dir=config.docs_dir,
        report_file=plugin_config.report_file,
        cache_dir=plugin_config.cache_dir or None,
        topics_file=plugin_config.topics_file,
        entities_file=plugin_config.entities_file,
        long_tail=LongTail(plugin_config.entity_page_min_mentions, plugin_config.long_tail_from_articles),
        site_name=config.site_name,
        ner=Recognition(plugin_config.ner, plugin_config.spacy_model),
    )
