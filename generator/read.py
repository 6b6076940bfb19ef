"""Read stage: find the input files and decode them.

UTF-8 is tried first; then a byte order mark, Windows-1252 and charset-normalizer's candidates, with
a warning (see :func:`decode`). A file that cannot be read or decoded becomes a
:class:`~generator.model.Problem`, never an exception.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from generator.model import Problem, SourceFile

ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm"})
MAX_BYTES = 2 * 2**20
"""Longer files are dumps or books, not one article: the longest news features run to 100 KB."""
WESTERN_DEFAULT = "cp1252"
"""Preferred when it reads as Western European text, as browsers read "latin-1" pages.

Otherwise charset-normalizer's candidates are ranked by the share of their non-ASCII characters
that are letters, then by its coherence (the text reads as a language) less its chaos (odd
characters), then by name: the ranking, unlike ``best()``, is the same on every run.
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


BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
"""UTF-32 first: its little-endian mark starts with UTF-16's."""
WESTERN_TEXT = re.compile(
    "[\x00-\x7f\u00a0-\u00b0\u00b7\u00bb-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]*"
)
"""Text that Windows-1252 reads as Western European: ASCII, accented letters, typographic quotes,
dashes, currency signs; not the "³" and "¹" that a Polish "ł" and "ą" become."""
TYPOGRAPHY = frozenset("„”“‘’‚–—…«»°€£\u00a0")
"""Non-letters that text in any Latin script uses."""


def decode(raw: bytes) -> tuple[str, str] | None:
    """The text of ``raw`` and its encoding's name, or ``None`` when it is not text.

    UTF-8; UTF-16 or UTF-32 with a byte order mark (Windows' "Unicode" text); Windows-1252 when it
    reads as Western European text (a short text gives charset-normalizer too little to judge:
    "Tempête" read as Central European "Tempęte"); else charset-normalizer's best candidate that
    reads otherwise (Polish "powiedział", not "powiedzia³").
    """
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for mark, codec in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(codec), codec
            except UnicodeDecodeError:
                return None
    if b"\x00" in raw:
        return None
    try:
        western = raw.decode(WESTERN_DEFAULT)
    except UnicodeDecodeError:
        western = None
    if western is not None and WESTERN_TEXT.fullmatch(western):
        return western, WESTERN_DEFAULT
    matches = list(from_bytes(raw))
    if not matches:
        return None
    others = [m for m in matches if str(m) != western]  # Windows-1252 does not read as Western text
    match = min(
        others or matches,
        key=lambda m: (-round(_letter_share(str(m)), 2), round(m.chaos - m.coherence, 3), m.encoding),
    )
    text = str(match)
    return text, WESTERN_DEFAULT if text == western else match.encoding


def _letter_share(text: str) -> float:
    """The share of the text's non-ASCII characters that are letters or typographic marks: "ł"
    and "ż", not the "³" and "æ" that another code page makes of the same bytes."""
    wide = [c for c in text if ord(c) > 127]
    return sum(c.isalpha() or c in TYPOGRAPHY for c in wide) / len(wide) if wide else 1.0


def relative_path(path: Path, project_root: Path) -> str:
    """The path from the project root as it was given (a link is named as itself, not as its
    target; a linked ``seeds`` folder stays ``seeds``), else as resolved, else absolute."""
    resolved = path.parent.resolve() / path.name
    for here, root in ((path.absolute(), project_root.absolute()), (resolved, project_root.resolve())):
        if here.is_relative_to(root):
            return here.relative_to(root).as_posix()
    return resolved.as_posix()
