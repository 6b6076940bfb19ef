"""Contributor lines: "The Associated Press contributed to this report.", "Reporting by X; Editing by Y"."""

from __future__ import annotations

import re

CONTRIBUTOR = re.compile(
    r"""\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)
    |^(?:additional\s+)?(?:reporting|writing|editing|research|compiled|edited|translated)\s+by\b""",
    re.IGNORECASE | re.VERBOSE,
)


def is_contributor_credit(text: str) -> bool:
    return bool(CONTRIBUTOR.search(text)) and len(text.split()) <= 40
