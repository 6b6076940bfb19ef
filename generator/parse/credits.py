"""Contributor lines: "The Associated Press contributed to this report.", "Reporting by X; Editing by Y"."""

from __future__ import annotations

import re

CONTRIBUTOR = re.compile(
    r"""\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)
    |\bcontributed\s+(?:additional\s+)?reporting\b
    |^(?:additional\s+)?(?:reporting|writing|editing|research|compiled|edited|translated)
    \s+(?:was\s+contributed\s+)?by\b""",
    re.IGNORECASE | re.VERBOSE,
)
MAX_CREDIT_WORDS = 40


def is_contributor_credit(text: str) -> bool:
    """Whether ``text`` is a short line crediting who reported, wrote or edited the article."""
    return len(text.split()) <= MAX_CREDIT_WORDS and bool(CONTRIBUTOR.search(text))
