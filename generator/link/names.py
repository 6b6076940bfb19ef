"""Names found without an entity recogniser: runs of capitalised words."""

from __future__ import annotations

import re

from generator.model import Article

_WORD = re.compile(r"[A-Za-z][\w'’.&-]*")
_BREAKS = frozenset(",;:!?()\"“”")
_CONNECTORS = frozenset({"of", "de", "del", "la", "van", "von", "bin", "al"})
_HONORIFICS = frozenset(
    "mr mrs ms dr sen rep gov lt gen col sgt rev president senator representative governor"
    " secretary judge justice chairman speaker leader minister prime vice former".split()
)
_NOT_NAMES = frozenset(
    "a an the this that these those he she it they we i you his her its their our my your"
    " in on at for to from by with of and but or so if as when while after before since"
    " there here what who why how where which yet also still then now not no yes"
    " monday tuesday wednesday thursday friday saturday sunday today yesterday"
    " january february march april may june july august september october november december"
    " mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec"
    " said says according however meanwhile many some some other one two three".split()
)


def capitalised_names(article: Article) -> tuple[str, ...]:
    """The body's names, lower-cased: each run of capitalised words and the run's last word.

    Honorifics ("Sen.", "President") and sentence openers ("The", "But") are left out, so that
    "President Barack Obama" gives ``barack obama`` and ``obama``. The title is not read: headline
    capitalisation makes every word look like a name.
    """
    names: list[str] = []
    for paragraph in article.body:
        run: list[str] = []
        for match in _WORD.finditer(paragraph):
            raw = match.group()
            word = raw.rstrip(".'’-")
            if word.endswith(("'s", "’s")):
                word = word[:-2]
            key = word.lower()
            if _looks_like_name(word):
                if run or key not in _NOT_NAMES | _HONORIFICS:
                    run.append(key)
            elif run and key in _CONNECTORS:
                run.append(key)
                continue
            else:
                run = _flush(run, names)
                continue
            if _ends_run(raw, paragraph[match.end() : match.end() + 1]):
                run = _flush(run, names)
        _flush(run, names)
    return tuple(names)


def _looks_like_name(word: str) -> bool:
    if word.isupper():
        return 2 <= len(word) <= 5 and word.replace(".", "").isalpha()
    return word[:1].isupper()


def _ends_run(raw: str, following: str) -> bool:
    """True after a possessive, a sentence's last word or a word followed by punctuation."""
    if raw.endswith(("'s", "’s")) or following in _BREAKS:
        return True
    return raw.endswith(".") and len(raw) > 2 and raw[:-1].lower() not in _HONORIFICS


def _flush(run: list[str], names: list[str]) -> list[str]:
    """Append the run's name and surname to ``names``; return a new, empty run."""
    while run and run[-1] in _CONNECTORS:
        run.pop()
    if run:
        names.append(" ".join(run))
        if len(run) > 1:
            names.append(run[-1])
    return []
