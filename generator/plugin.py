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
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin

from generator.config import DEFAULT_REPORT_FILE, DEFAULT_SEEDS_DIR, BuildConfig
from generator.pipeline import build
from generator.report import problem_line, summary_line

log = logging.getLogger("mkdocs.plugins.newsdocs")


class NewsdocsPluginConfig(base.Config):
    enabled = c.Type(bool, default=True)
    seeds_dir = c.Type(str, default=DEFAULT_SEEDS_DIR)
    """The input folder, relative to ``mkdocs.yml``."""
    report_file = c.Type(str, default=DEFAULT_REPORT_FILE)
    """Where the build report is written, relative to ``mkdocs.yml``."""


class NewsdocsPlugin(BasePlugin[NewsdocsPluginConfig]):
    build_config: BuildConfig

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.build_config = build_config_for(config, self.config)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        report = build(self.build_config)
        for problem in sorted(report.problems, key=lambda p: p.rel_path):
            log.info(problem_line(problem))
        log.info(f"{summary_line(report)}; report in {self.build_config.report_file.name}")

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder) -> LiveReloadServer:
        if self.config.enabled:
            server.watch(str(self.build_config.seeds_dir))
        return server


def build_config_for(config: MkDocsConfig, plugin_config: NewsdocsPluginConfig) -> BuildConfig:
    root = Path(config.config_file_path).resolve().parent
    return BuildConfig(
        project_root=root,
        seeds_dir=root / plugin_config.seeds_dir,
        docs_dir=Path(config.docs_dir),
        report_file=root / plugin_config.report_file,
        site_name=config.site_name,
    )
