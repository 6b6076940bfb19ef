"""Assembling a page: YAML front matter, emitted by pyyaml, then Markdown blocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from generator import yaml_io
from generator.model import Page


def front_matter(meta: Mapping[str, Any]) -> str:
    """``meta`` as a YAML front-matter block; keys whose value is ``None`` or empty are left out.

    Values are single lines (the renderers fold white space), so no line of the block can read
    as the closing ``---`` or ``...``; pyyaml quotes whatever YAML would otherwise interpret.
    """
    kept = {k: v for k, v in meta.items() if v is not None and v != [] and v != {}}
    body = yaml_io.dump(kept)
    return f"---\n{body}---\n"


def page(path: str, meta: Mapping[str, Any], blocks: Iterable[str]) -> Page:
    """A page from its front matter and its Markdown blocks, separated by blank lines."""
    text = front_matter(meta) + "\n" + "\n\n".join(b for b in blocks if b) + "\n"
    return Page(path, text)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 article``, ``3 articles``, ``2 stories``."""
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def long_date(day: dt.date) -> str:
    """``August 10, 2021``."""
    return f"{day:%B} {day.day}, {day.year}"


def relative_link(from_path: str, to_path: str) -> str:
    """The relative Markdown link target from page ``from_path`` to page ``to_path``.

    Both are normalised paths inside the docs folder, so comparing their folders part by part does
    what ``posixpath.relpath`` does, without its file-system calls (a site makes many thousands).
    """
    from_dirs = from_path.split("/")[:-1]
    to_parts = to_path.split("/")
    common = 0
    while common < len(from_dirs) and common < len(to_parts) - 1 and from_dirs[common] == to_parts[common]:
        common += 1
    return "/".join([".."] * (len(from_dirs) - common) + to_parts[common:])
