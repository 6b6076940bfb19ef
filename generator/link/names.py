"""Names found without an entity recogniser: runs of capitalised words."""

from __future__ import annotations

import re

from generator.model import Article

_RUN = re.compile(
    r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|de|del|la|van|von|bin|al)\s+)*[A-Z][\w'’.&-]*)*"
)
_CONNECTORS = frozenset({"of", "de", "del", "la", "van", "von", "bin", "al"})
_HONORIFICS = frozenset(
    "mr mrs ms dr sen rep gov lt gen col sgt rev president senator representative governor"
    " secretary judge justice chairman speaker leader minister prime vice former".split()
)
_NOT_NAMES = _HONORIFICS | frozenset(
    "a an the this that these those he she it they we i you his her its their our my your"
    " in on at for to from by with of and but or so if as when while after before since"
    " there here what who why how where which yet also still then now not no yes"
    " monday tuesday wednesday thursday friday saturday sunday today yesterday"
    " january february march april may june july august september october november december"
    " mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec"
    " said says according however meanwhile many some other one two three".split()
)


def capitalised_names(article: Article) -> tuple[str, ...]:
    """The body's names, lower-cased, as often as they occur: runs of capitalised words.

    Honorifics ("Sen.", "President") and sentence openers ("The", "But") are left out, so that
    "President Barack Obama" gives ``barack obama``. The title is not read: headline
    capitalisation makes every word look like a name.
    """
    names: list[str] = []
    for paragraph in article.body:
        for match in _RUN.finditer(paragraph):
            run: list[str] = []
            for raw in match.group().split():
                word = raw.rstrip(".'’-")
                possessive = word.endswith(("'s", "’s"))
                key = (word[:-2] if possessive else word).lower()
                if raw.isupper() and len(word.replace(".", "")) > 5:
                    run = _flush(run, names)
                elif run or key not in _NOT_NAMES:
                    run.append(key)
                if possessive or _ends_sentence(raw):
                    run = _flush(run, names)
            _flush(run, names)
    return tuple(names)


def _ends_sentence(raw: str) -> bool:
    """True for "Obama." but not for "Sen.", "J." or "U.S."."""
    word = raw[:-1]
    if not raw.endswith(".") or len(word) < 2 or "." in word:
        return False
    return word.lower() not in _HONORIFICS


def _flush(run: list[str], names: list[str]) -> list[str]:
    """Append the run's name to ``names``; return a new, empty run."""
    while run and run[-1] in _CONNECTORS:
        run.pop()
    if run:
        names.append(" ".join(run))
    return []
