"""Read stage: find the input files and decode them.

UTF-8 is tried first; anything else goes through charset-normalizer, with a warning. A file
that cannot be read or decoded becomes a :class:`~generator.model.Problem`, never an exception.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from generator.model import Problem, SourceFile

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
MAX_BYTES = 2 * 2**20
"""Longer files are dumps or books, not one article: the longest news features run to 100 KB."""
WESTERN_DEFAULT = "cp1252"
"""Preferred among equally plausible encodings, as browsers read "latin-1" pages.

Candidates are ranked by charset-normalizer's coherence (the text reads as a language) less
its chaos (odd characters), then by name: the ranking, unlike ``best()``, is the same on every run.
Where the winner's text is also what Windows-1252 reads, that is the name reported.
"""


def discover(seeds_dir: Path) -> list[Path]:
    """Every file below ``seeds_dir``, in a stable order."""
    if not seeds_dir.is_dir():
        return []
    return sorted((p for p in seeds_dir.rglob("*") if p.is_file()), key=lambda p: p.relative_to(seeds_dir).as_posix())


def read_sources(paths: list[Path], project_root: Path) -> Iterator[SourceFile | Problem]:
    """Decode each path, in order, into a ``SourceFile`` or the ``Problem`` that stopped it."""
    for path in paths:
        yield read_source(path, project_root)


def read_source(path: Path, project_root: Path) -> SourceFile | Problem:
    rel_path = relative_path(path, project_root)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return Problem(rel_path, f"not an article file ({path.suffix or 'no extension'}): only .txt and .html are read", "skipped")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Problem(rel_path, f"too large for one article ({size / 2**20:.1f} MiB; at most "
                                     f"{MAX_BYTES // 2**20} MiB)", "skipped")
        raw = path.read_bytes()
    except OSError as error:
        return Problem(rel_path, f"cannot be read: {error.strerror or error}", "unreadable")
    decoded = decode(raw)
    if decoded is None:
        return Problem(rel_path, "not text: no character encoding fits its bytes", "unreadable")
    text, encoding = decoded
    if not text.strip():
        return Problem(rel_path, "the file is empty or holds only white space", "empty")
    warnings = () if encoding == "utf-8" else (f"not UTF-8; decoded as {encoding}",)
    return SourceFile(rel_path, text, encoding, hashlib.sha256(raw).hexdigest(), warnings)


def decode(raw: bytes) -> tuple[str, str] | None:
    """The text of ``raw`` and its encoding's name, or ``None`` when it is not text."""
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw:
        return None
    matches = list(from_bytes(raw))
    if not matches:
        return None
    match = min(matches, key=lambda m: (round(m.chaos - m.coherence, 3), m.encoding != WESTERN_DEFAULT, m.encoding))
    text = str(match)
    try:
        if raw.decode(WESTERN_DEFAULT) == text:
            return text, WESTERN_DEFAULT
    except UnicodeDecodeError:
        pass
    return text, match.encoding


def relative_path(path: Path, project_root: Path) -> str:
    try:
        return path.resolve().relative_to(project_root.resolve()).as_posix()
    except ValueError:
        return path.resolve().as_posix()

