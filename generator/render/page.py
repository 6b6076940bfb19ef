"""Assembling a page: YAML front matter, emitted by pyyaml, then Markdown blocks."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Iterable, Mapping
from typing import Any

import yaml

from generator.model import Page


def front_matter(meta: Mapping[str, Any]) -> str:
    """``meta`` as a YAML front-matter block; keys whose value is ``None`` or empty are left out.

    Values are single lines (the renderers fold white space), so no line of the block can read
    as the closing ``---`` or ``...``; pyyaml quotes whatever YAML would otherwise interpret.
    """
    kept = {k: v for k, v in meta.items() if v is not None and v != [] and v != {}}
    body = yaml.safe_dump(kept, sort_keys=False, allow_unicode=True, width=float("inf"))
    return f"---\n{body}---\n"


def page(path: str, meta: Mapping[str, Any], blocks: Iterable[str]) -> Page:
    """A page from its front matter and its Markdown blocks, separated by blank lines."""
    text = front_matter(meta) + "\n" + "\n\n".join(b for b in blocks if b) + "\n"
    return Page(path, text)


def long_date(day: dt.date) -> str:
    """``August 10, 2021``."""
    return f"{day:%B} {day.day}, {day.year}"


def relative_link(from_path: str, to_path: str) -> str:
    """The relative Markdown link target from page ``from_path`` to page ``to_path``."""
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
