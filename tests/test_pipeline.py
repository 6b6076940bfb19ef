"""The whole generation: every input accounted for, deterministic, incremental output."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import require_corpus
from mkdocs.utils.meta import get_data
from projects import hostile_article, new_project, tree_bytes, write_seed

from generator.config import BuildConfig
from generator.pipeline import build
from generator.report import console_lines, summary_line


def _basil_texts(count: int) -> list[tuple[str, str]]:
    files = sorted((require_corpus("basil") / "text").glob("*/*.txt"))[:count]
    return [(f"{p.parent.name[:8]}-{p.stem}.txt", p.read_text(encoding="utf-8")) for p in files]


def _article_pages(docs: Path) -> dict[str, dict]:
    pages = {}
    for path in sorted((docs / "articles").glob("*.md")):
        _, meta = get_data(path.read_text(encoding="utf-8"))
        if meta.get("kind") == "article":
            pages[meta["source_file"]] = meta
    return pages


@pytest.fixture
def hostile_project(tmp_path: Path) -> tuple[Path, set[str], dict[str, str]]:
    """Real articles, and beside them every kind of bad input; returns good files and bad reasons."""
    project = new_project(tmp_path)
    good = set()
    for name, text in _basil_texts(4):  # the fifth and sixth come below, in other forms
        write_seed(project, name, text)
        good.add(f"seeds/{name}")
    texts = [text for _, text in _basil_texts(6)]
    write_seed(project, "copy of the first.txt", texts[0])
    headline, other_story = texts[0].split("\n", 1)[0], texts[1].split("\n", 1)[1]
    write_seed(project, "same headline.txt", headline + "\n" + other_story)
    write_seed(project, "nested folder/with space/article one.txt", texts[4])
    write_seed(project, "windows.txt", texts[5].replace("'", "’").replace('"', "”").encode("cp1252"))
    write_seed(project, "hostile.txt", hostile_article())
    good |= {"seeds/same headline.txt", "seeds/nested folder/with space/article one.txt", "seeds/windows.txt",
             "seeds/hostile.txt"}
    bad = {
        "seeds/empty.txt": "empty",
        "seeds/blank.txt": "empty",
        "seeds/noise.txt": "unreadable",
        "seeds/notes.docx": "skipped",
        "seeds/copy of the first.txt": "duplicate",
    }
    write_seed(project, "empty.txt", b"")
    write_seed(project, "blank.txt", " \n\t\n  \n")
    write_seed(project, "noise.txt", bytes(range(256)) * 16)
    write_seed(project, "notes.docx", b"PK\x03\x04 not really a document")
    return project, good, bad


def test_every_input_becomes_a_page_or_a_reported_problem(hostile_project) -> None:
    project, good, bad = hostile_project
    report = build(BuildConfig.at(project))
    pages = _article_pages(project / "site_src")
    assert set(pages) == good
    fatal = {p.rel_path: p.kind for p in report.problems if p.fatal}
    assert fatal == bad
    report_text = (project / "newsdocs-report.txt").read_text(encoding="utf-8")
    for path in bad:
        assert path in report_text
    assert "seeds/windows.txt: encoding" in report_text
    assert report.inputs == len(good) + len(bad) and report.articles == len(good)
    kept = next(meta for meta in pages.values() if meta.get("duplicates"))
    assert kept["duplicates"] == ["seeds/copy of the first.txt"]  # every input file leads to a page


def test_same_headline_gets_its_own_page(hostile_project) -> None:
    project, _, _ = hostile_project
    build(BuildConfig.at(project))
    pages = _article_pages(project / "site_src")
    titles = [meta["title"] for meta in pages.values()]
    same = pages["seeds/same headline.txt"]["title"]
    assert titles.count(same) == 2


def test_output_is_byte_identical_across_copies_and_rebuilds(hostile_project, tmp_path: Path) -> None:
    project, _, _ = hostile_project
    build(BuildConfig.at(project))
    first = tree_bytes(project / "site_src")
    other = tmp_path / "other"
    shutil.copytree(project, other, ignore=shutil.ignore_patterns("site_src"))
    shutil.copytree(project / "site_src" / "assets", other / "site_src" / "assets")
    build(BuildConfig.at(other))
    assert tree_bytes(other / "site_src") == first
    again = build(BuildConfig.at(project))
    assert again.pages_written == 0 and again.pages_removed == 0
    assert tree_bytes(project / "site_src") == first


def test_rebuild_rewrites_only_what_changed_and_removes_stale_pages(hostile_project) -> None:
    project, _, _ = hostile_project
    build(BuildConfig.at(project))
    docs = project / "site_src"
    before = {p: p.stat().st_mtime_ns for p in docs.rglob("*.md")}
    removed_source = "seeds/nested folder/with space/article one.txt"
    removed_page = next(p for p, meta in ((p, get_data(p.read_text("utf-8"))[1]) for p in before)
                        if meta.get("source_file") == removed_source)
    (project / removed_source).unlink()
    report = build(BuildConfig.at(project))
    assert not removed_page.exists()
    assert report.pages_removed >= 1  # its page, and index pages of names or topics only it had
    unchanged = [p for p in before if p.exists() and p.stat().st_mtime_ns == before[p]]
    assert report.pages_unchanged == len(unchanged)
    assert (docs / "assets" / "stylesheets" / "newsdocs.css").exists()  # hand-written files are kept


def test_front_matter_of_every_page_parses(hostile_project) -> None:
    project, _, _ = hostile_project
    build(BuildConfig.at(project))
    for path in (project / "site_src").rglob("*.md"):
        _, meta = get_data(path.read_text(encoding="utf-8"))
        assert meta.get("kind"), path
        assert isinstance(meta.get("title"), str) and meta["title"], path


def test_worker_processes_and_the_cache_give_the_same_site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import analyse, corpora

    require_corpus("reuters21578")
    wires = [w for _, w in zip(range(analyse.PARALLEL_FROM + 6), corpora.reuters_articles())]
    sites = {}
    for mode in ("workers", "one process", "cached"):
        folder = tmp_path / mode.replace(" ", "-")
        folder.mkdir()
        project = new_project(folder)
        for wire in wires:
            write_seed(project, wire.path.name, wire.path.read_bytes())
        if mode == "one process":
            monkeypatch.setattr(analyse, "PARALLEL_FROM", 10**9)
        if mode == "cached":
            build(BuildConfig.at(project))  # fills the cache; the build below reads it
        build(BuildConfig.at(project))
        sites[mode] = tree_bytes(project / "site_src")
    assert len(sites["workers"]) > len(wires)
    assert sites["workers"] == sites["one process"] == sites["cached"]


def test_a_generated_page_edited_by_hand_is_restored_by_the_next_build(hostile_project) -> None:
    project, _, _ = hostile_project
    build(BuildConfig.at(project))
    page = project / "site_src" / "index.md"
    original = page.read_bytes()
    page.write_text("edited by hand\n", encoding="utf-8")
    report = build(BuildConfig.at(project))
    assert page.read_bytes() == original and report.pages_written == 1
    assert build(BuildConfig.at(project)).pages_written == 0


def test_an_outlets_boilerplate_is_dropped_from_pages_and_names_in_the_report(tmp_path: Path) -> None:
    require_corpus("basil")
    project = new_project(tmp_path)
    furniture = [
        "Comments our editors find particularly useful are displayed in Top Comments, as are comments by"
        " members of the Valley Herald Forum; replies appear here, with posts by staff writers.",
        "Valley Herald Forum members consistently offer thought-provoking, timely comments on politics.",
    ]
    for number, (name, text) in enumerate(_basil_texts(4)):
        title, _, body = text.partition("\n")
        write_seed(project, f"page-{number}.txt", f"{title}\n{body}\n\n" + "\n\n".join(furniture) + "\n")
    build(BuildConfig.at(project))
    pages = _article_pages(project / "site_src")
    assert len(pages) == 4
    for path in (project / "site_src" / "articles").glob("*.md"):
        assert "thought-provoking" not in path.read_text(encoding="utf-8")
    assert not list((project / "site_src").rglob("valley-herald-forum.md"))
    report = (project / "newsdocs-report.txt").read_text(encoding="utf-8")
    assert f"4: {furniture[1]}" in report
    assert summary_line(build(BuildConfig.at(project))).endswith("; 2 boilerplate paragraphs dropped")


def test_the_console_names_every_lost_file_and_counts_the_warnings_beyond_a_few(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    for number in range(30):
        write_seed(project, f"wire{number:02d}.txt",
                   f"Council Approves Budget Number {number}\n\nThe council approved budget number {number} on a"
                   f" vote of seven to two after a debate about roads, schools and the harbour number {number}.\n")
    write_seed(project, "notes.docx", b"PK\x03\x04")
    lines = console_lines(build(BuildConfig.at(project)), warnings_shown=5)
    assert lines[0].startswith("seeds/notes.docx: skipped (no page)")
    assert len(lines) == 1 + 5 + 2
    assert lines[-2] == "... and 55 more warnings (no-author 27, no-date 28): see the report"
    assert lines[-1].startswith("newsdocs: 30 article pages from 31 input files")
    report = (project / "newsdocs-report.txt").read_text(encoding="utf-8")
    assert sum(": no-author (page made)" in line for line in report.splitlines()) == 30


def test_a_page_with_almost_no_body_is_made_and_reported(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    teaser = "Founder's Wealth Tumbles After Short Report\n\nWealth\n\nWhen Selling a Flat for Less Is Right\n"
    write_seed(project, "teaser.txt", teaser)
    write_seed(project, "video.txt", "Council Approves Budget in Late Vote\n\nWatch the vote as it happened.\n")
    write_seed(project, "wire.txt", "Council Approves Budget\n\n" + " ".join(["The council approved it."] * 4) + "\n")
    report = build(BuildConfig.at(project))
    assert report.articles == 2
    short = [p for p in report.problems if p.kind == "short-body"]
    assert [(p.rel_path, p.fatal) for p in short] == [("seeds/video.txt", False)]
    assert "only 6 words" in short[0].reason
    headlines_only = [(p.rel_path, p.reason) for p in report.problems if p.fatal]
    assert headlines_only == [("seeds/teaser.txt", "not an article: only headlines and menu entries")]


def test_an_outlet_is_shown_under_its_curated_name(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    body = " ".join(["The council approved the budget on Tuesday after a long debate about roads."] * 3)
    write_seed(project, "cnn.txt", f"Council Approves Budget\n\nFrom Cable News Network\n\n{body}\n")
    write_seed(project, "wire.txt", f"Council Approves Roads Plan\n\nFrom Valley Wire\n\n{body} Roads.\n")
    build(BuildConfig.at(project))
    pages = _article_pages(project / "site_src")
    assert {meta["source"] for meta in pages.values()} == {"CNN", "Valley Wire"}
