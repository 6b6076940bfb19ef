"""The read stage: discovery, decoding, and problems instead of crashes."""

from __future__ import annotations

from pathlib import Path

from generator.model import Problem, SourceFile
from generator.read import discover, read_source

PROSE = "The minister said on Tuesday that the talks would resume next week in the capital, café owners said."


def test_discovers_nested_folders_and_spaces_in_names(tmp_path: Path) -> None:
    (tmp_path / "seeds" / "a folder" / "deeper").mkdir(parents=True)
    (tmp_path / "seeds" / "a folder" / "deeper" / "one article.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "seeds" / "b.txt").write_text(PROSE, encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path / "seeds")]
    assert found == ["seeds/a folder/deeper/one article.txt", "seeds/b.txt"]


def test_missing_seeds_folder_is_no_inputs(tmp_path: Path) -> None:
    assert discover(tmp_path / "nowhere") == []


def test_utf8_is_read_without_warning(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(PROSE, encoding="utf-8")
    source = read_source(path, tmp_path)
    assert isinstance(source, SourceFile)
    assert (source.text, source.encoding, source.warnings) == (PROSE, "utf-8", ())
    assert source.rel_path == "a.txt"


def test_windows_1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = "Café owners’ “hopes” rose — the president’s envoy said on Tuesday that talks would resume."
    path = tmp_path / "cp.txt"
    path.write_bytes(text.encode("cp1252"))
    source = read_source(path, tmp_path)
    assert isinstance(source, SourceFile)
    assert source.text == text
    assert source.warnings and "cp1252" in source.warnings[0]


def test_a_short_western_text_is_read_as_windows_1252_and_central_european_text_is_not(tmp_path: Path) -> None:
    western = "Tempête hits the coast as thousands flee the storm."
    polish = "Prezydent powiedział, że rozmowy zostaną wznowione w przyszłym tygodniu w stolicy kraju."
    for name, text, codec in (("fr.txt", western, "cp1252"), ("pl.txt", polish, "cp1250")):
        (tmp_path / name).write_bytes(text.encode(codec))
        source = read_source(tmp_path / name, tmp_path)
        assert isinstance(source, SourceFile) and source.text == text, name


def test_utf16_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    for codec in ("utf-16", "utf-16-be", "utf-32"):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(("\ufeff" + PROSE).encode(codec) if codec.endswith("be") else PROSE.encode(codec))
        source = read_source(path, tmp_path)
        assert isinstance(source, SourceFile) and source.text.lstrip("\ufeff") == PROSE, codec
        assert source.warnings


def test_a_linked_file_is_named_as_itself(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(PROSE, encoding="utf-8")
    (tmp_path / "seeds" / "b.txt").symlink_to(tmp_path / "seeds" / "a.txt")
    source = read_source(tmp_path / "seeds" / "b.txt", tmp_path)
    assert isinstance(source, SourceFile) and source.rel_path == "seeds/b.txt"


def test_latin1_file_of_a_real_corpus_decodes_its_pound_sign(tmp_path: Path) -> None:
    from conftest import require_corpus

    path = require_corpus("bbc") / "sport" / "199.txt"
    source = read_source(path, tmp_path)
    assert isinstance(source, SourceFile)
    assert "£" in source.text and source.warnings


def test_random_bytes_are_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(256)) * 8)
    problem = read_source(path, tmp_path)
    assert isinstance(problem, Problem) and problem.kind == "unreadable" and problem.fatal


def test_other_kinds_of_file_are_skipped_with_their_reason(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04")
    problem = read_source(path, tmp_path)
    assert isinstance(problem, Problem)
    assert problem.kind == "skipped" and ".docx" in problem.reason


def test_a_file_too_large_for_one_article_is_skipped_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(PROSE * 30_000, encoding="utf-8")
    problem = read_source(path, tmp_path)
    assert isinstance(problem, Problem) and problem.kind == "skipped" and "MiB" in problem.reason
