"""The MkDocs plugin: registered by entry point, typed config, regenerates, watches the seeds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from projects import new_project, run, write_seed

from generator.plugin import NewsdocsPlugin

ARTICLE = "Council Approves Budget\n\nThe city council approved the budget on Monday after a long debate.\n"


def _plugin(project: Path) -> tuple[NewsdocsPlugin, object]:
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["newsdocs"]
    assert isinstance(plugin, NewsdocsPlugin)
    config = config.plugins.on_config(config)
    return plugin, config


def test_registered_through_the_mkdocs_plugins_entry_point() -> None:
    (entry,) = [e for e in entry_points(group="mkdocs.plugins") if e.name == "newsdocs"]
    assert entry.load() is NewsdocsPlugin


def test_pre_build_generates_pages_from_the_configured_seeds(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    write_seed(project, "council.txt", ARTICLE)
    plugin, config = _plugin(project)
    assert plugin.build_config.seeds_dir == project / "seeds"
    assert plugin.build_config.docs_dir == project / "site_src"
    plugin.on_pre_build(config=config)
    assert (project / "site_src" / "articles" / "council-approves-budget.md").exists()
    assert (project / "newsdocs-report.txt").exists()


def test_the_pages_markdown_extensions_are_added_where_the_config_lacks_them(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    start = text.index("markdown_extensions:")
    end = text.index("\n\n", start)
    reduced = text[:start] + "markdown_extensions:\n  - attr_list" + text[end:]
    (project / "mkdocs.yml").write_text(reduced, encoding="utf-8")
    _, config = _plugin(project)
    assert {"admonition", "pymdownx.details", "pymdownx.tabbed", "attr_list"} <= set(config.markdown_extensions)
    assert config.mdx_configs["pymdownx.tabbed"] == {"alternate_style": True}
    (tmp_path / "full").mkdir()
    _, full = _plugin(new_project(tmp_path / "full"))
    assert full.markdown_extensions.count("admonition") == 1


def test_serve_watches_the_seeds_folder(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    plugin, config = _plugin(project)
    watched: list[str] = []

    class Server:
        def watch(self, path: str) -> None:
            watched.append(path)

    plugin.on_serve(Server(), config=config, builder=None)
    assert watched == [str(project / "seeds")]


def test_disabled_plugin_leaves_the_docs_folder_alone(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(text.replace("seeds_dir: seeds", "seeds_dir: seeds\n      enabled: false"),
                                        encoding="utf-8")
    write_seed(project, "council.txt", ARTICLE)
    plugin, config = _plugin(project)
    plugin.on_pre_build(config=config)
    assert not (project / "site_src" / "articles").exists()


def test_newsdocs_build_creates_a_missing_docs_folder_and_reads_the_plugin_options(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    shutil.rmtree(project / "site_src")
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(text.replace("seeds_dir: seeds", "seeds_dir: inbox"), encoding="utf-8")
    (project / "inbox").mkdir()
    (project / "inbox" / "council.txt").write_text(ARTICLE, encoding="utf-8")
    result = run(project, "newsdocs", "build")
    assert result.returncode == 0, result.stderr
    assert "1 article pages from 1 input files" in result.stdout
    assert (project / "site_src" / "articles" / "council-approves-budget.md").exists()


def test_newsdocs_build_without_mkdocs_yml_uses_the_default_folders(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    (project / "mkdocs.yml").unlink()
    write_seed(project, "council.txt", ARTICLE)
    result = run(project, "newsdocs", "build", "--quiet")
    assert result.returncode == 0, result.stderr
    assert (project / "site_src" / "articles" / "council-approves-budget.md").exists()


def test_newsdocs_build_read_by_a_reader_that_stops_early_ends_without_a_traceback(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    for number in range(3):
        write_seed(project, f"empty{number}.txt", "")  # a line each on the console
    reader = subprocess.Popen([sys.executable, "-m", "generator.cli", "build"], cwd=project,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # as `newsdocs build | head -0` does
    stderr = reader.stderr.read().decode()
    assert reader.wait(timeout=300) == 0 and "Traceback" not in stderr, stderr
    assert (project / "newsdocs-report.txt").exists()


def test_a_broken_user_file_stops_the_build_with_its_name_and_reason(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    write_seed(project, "council.txt", ARTICLE)
    (project / "topics.yml").write_text("sections: {sport: {terms: 3}}\n", encoding="utf-8")
    result = run(project, "newsdocs", "build")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "topics.yml: terms must be a list or a mapping" in result.stderr
    plugin, config = _plugin(project)
    with pytest.raises(PluginError, match="topics.yml: terms must be"):
        plugin.on_pre_build(config=config)
