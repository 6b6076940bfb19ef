"""Links to related articles, inline "(RELATED: ...)" or on a line of their own."""

from __future__ import annotations

import re

_LABEL = (
    r"(?:(?:see\s+)?related(?:\s+(?:story|stories|articles?|coverage|content|reading|links?))?"
    r"|read(?:\s+(?:more|also|next))?|see\s+(?:also|more)|more\s+on\s+this|also\s+read|recommended)"
)
INLINE = re.compile(rf"\s*[(\[]\s*{_LABEL}\s*:\s*([^()\[\]]+?)\s*[)\]]", re.IGNORECASE)
LINE = re.compile(rf"^{_LABEL}\s*:\s*(.+)$", re.IGNORECASE)
BRACKETED = re.compile(r"^\[\s*([^\[\]]+?)\s*\]$")


def cut_related(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` without its inline "(RELATED: ...)" links, and the headlines of those links."""
    headlines = tuple(match.group(1) for match in INLINE.finditer(text))
    return (INLINE.sub("", text).strip(), headlines) if headlines else (text, ())


def related_headline(text: str) -> str | None:
    """The headline a "RELATED: ..." / "Read more: ..." / "(RELATED: ...)" / "[Headline]" line links to."""
    match = LINE.match(text) or INLINE.fullmatch(text) or BRACKETED.match(text)
    if match is None:
        return None
    inside = match.group(1).strip()
    labelled = LINE.match(inside)
    return labelled.group(1).strip() if labelled else inside
