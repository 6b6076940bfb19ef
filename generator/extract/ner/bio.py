"""BIO tag sequences: from CoNLL's IOB1, and to typed spans."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def to_bio(tags: Iterable[str]) -> list[str]:
    """IOB1 (``I-X`` opens a span unless it continues one of type X) to BIO."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and previous[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, type)`` token spans of a BIO tag sequence (a stray ``I-X`` opens one)."""
    found: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if kind and (tag[0] != "I" or tag[2:] != kind):
            found.append((start, i, kind))
            kind = ""
        if tag[0] == "B" or (tag[0] == "I" and not kind):
            start, kind = i, tag[2:]
    return found
