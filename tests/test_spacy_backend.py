"""``ner: spacy``: a spaCy pipeline of the user's finds the names, with the same output as the built-in one.

The pipeline is a blank English one with an EntityRuler, saved to a folder: no model download.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from mkdocs.utils.meta import get_data
from projects import new_project, run, write_seed

from generator.config import BuildConfig, ConfigurationError, Recognition
from generator.extract.ner.spacy_backend import SpacyRecogniser
from generator.pipeline import build

ARTICLE = """Envoy Meets Rebels in Lakeport

By Ann Lee

Special envoy Mara Quint met leaders of the Northern Front in Lakeport on Monday, officials said.

Quint told reporters that the Northern Front had agreed to a ceasefire around Lakeport.
"""
PATTERNS = [
    {"label": "PERSON", "pattern": "Mara Quint"},
    {"label": "PERSON", "pattern": "Quint"},
    {"label": "ORG", "pattern": "Northern Front"},
    {"label": "GPE", "pattern": "Lakeport"},
    {"label": "DATE", "pattern": "Monday"},
]


@pytest.fixture(scope="module")
def pipeline_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(PATTERNS)
    folder = tmp_path_factory.mktemp("spacy") / "ruler"
    nlp.to_disk(folder)
    return folder


def test_mentions_map_spacys_labels_and_leave_others_out(pipeline_folder: Path) -> None:
    paragraphs = ["Mara Quint went to Lakeport on Monday.", "The Northern Front agreed."]
    mentions = SpacyRecogniser(str(pipeline_folder)).tag_paragraphs(paragraphs)
    assert [(m.text, m.label, m.paragraph) for m in mentions] == [
        ("Mara Quint", "person", 0), ("Lakeport", "place", 0), ("Northern Front", "organization", 1)]
    assert all(paragraphs[m.paragraph][m.start:m.end] == m.text for m in mentions)


def test_build_with_a_spacy_pipeline_gives_the_usual_front_matter_and_pages(tmp_path: Path,
                                                                            pipeline_folder: Path) -> None:
    project = new_project(tmp_path)
    write_seed(project, "envoy.txt", ARTICLE)
    build(BuildConfig.at(project, ner=Recognition("spacy", str(pipeline_folder))))
    text = (project / "site_src" / "articles" / "envoy-meets-rebels-in-lakeport.md").read_text(encoding="utf-8")
    entities = get_data(text)[1]["entities"]
    assert entities == {"person": ["Mara Quint"], "organization": ["Northern Front"], "place": ["Lakeport"]}
    assert (project / "site_src" / "people" / "mara-quint.md").exists()


def test_mkdocs_yml_selects_spacy_with_a_folder_relative_to_it(tmp_path: Path, pipeline_folder: Path) -> None:
    project = new_project(tmp_path)
    write_seed(project, "envoy.txt", ARTICLE)
    (project / "ruler").symlink_to(pipeline_folder, target_is_directory=True)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("seeds_dir: seeds", "seeds_dir: seeds\n      ner: spacy\n      spacy_model: ruler"),
                      encoding="utf-8")
    result = run(project, "newsdocs", "build")
    assert result.returncode == 0, result.stderr
    text = (project / "site_src" / "articles" / "envoy-meets-rebels-in-lakeport.md").read_text(encoding="utf-8")
    assert get_data(text)[1]["entities"]["organization"] == ["Northern Front"]


def test_a_missing_pipeline_stops_the_build_with_what_to_install(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    write_seed(project, "envoy.txt", ARTICLE)
    with pytest.raises(ConfigurationError, match="python -m spacy download no_such_pipeline"):
        build(BuildConfig.at(project, ner=Recognition("spacy", "no_such_pipeline")))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "seeds_dir: seeds", "seeds_dir: seeds\n      ner: spacy\n      spacy_model: no_such_pipeline"), encoding="utf-8")
    result = run(project, "newsdocs", "build")
    assert result.returncode == 2 and "no_such_pipeline" in result.stderr and "Traceback" not in result.stderr
