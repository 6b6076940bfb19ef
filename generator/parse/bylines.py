"""Author lines: "By X and Y", "X Deputy News Editor", a bare "X"; sign-offs: "Contact X at ..."."""

from __future__ import annotations

import re

from generator.model import Author
from generator.parse.dates import DATE, TIME
from generator.parse.lines import STOP_WORDS

BY = re.compile(r"^(?:(?:written|words|story|posted|reported)\s+)?by[:\s]\s*|^authors?:\s*", re.IGNORECASE)
SEPARATORS = re.compile(r"\s*(?:,|;|&|\||\band\b|\bwith\b)\s*", re.IGNORECASE)
CUT = re.compile(r"[@\d|•·—–/(]|\s-\s|https?:|\s(?:in|at|from|for)\s(?=[A-Z])")
"""Where the names of a byline end: a handle, a date, a separator, a place ("in London"), a link."""
HANDLE = re.compile(r",?\s+@\w{2,30}$")
"""A writer's social handle after the name, which marks a bare name as a byline: "Jane Doe, @janedoe"."""
NICKNAME = re.compile(r"(?<=[a-z]) \([A-Z][\w.'’-]{0,20}\)(?= [A-Z])")
"""A nickname or initials in brackets inside a name, left out: "Richard (R.J.) Eskow"."""
GLUED = re.compile(r"[a-z]{3,}[A-Z]")
"""Two words run together, like "FinanceOctober"; unlike "McDonald" or "DeShawn"."""
PARTICLES = frozenset("de da di du del della der den van von la le bin al el dos das ter ten".split())
ROLE_HEADS = frozenset(
    """editor editors reporter reporters writer writers correspondent correspondents columnist
    contributor contributors producer journalist analyst staff director critic author anchor
    editor-at-large host""".split()
)
ROLE_WORDS = ROLE_HEADS | frozenset(
    """deputy senior chief managing executive associate assistant contributing special national
    international political foreign business science health news politics investigative digital
    staff freelance bureau white house global economics sports opinion features technology tech
    legal data video breaking weekend night desk the of for at""".split()
)
NOT_NAME = frozenset(
    """news photo photos image images video share related updated published posted associated press
    getty reuters afp home world more subscribe follow email print comments advertisement menu
    search sign login posts opinion contact about privacy terms sections project institute center
    centre university foundation association council department committee society agency program
    programme union network""".split()
)


def normalise_name(name: str) -> str:
    """Title Case for an ALL-CAPS name; other names as written."""
    letters = [char for char in name if char.isalpha()]
    if letters and all(char.isupper() for char in letters):
        return " ".join(part if len(part) <= 2 and part.endswith(".") else part.title() for part in name.split())
    return name


def _is_name_token(token: str) -> bool:
    if token in PARTICLES:
        return True
    if not token[0].isupper() or token.lower() in STOP_WORDS or token.lower() in NOT_NAME:
        return False
    return all(char.isalpha() or char in ".'’-" for char in token) and not GLUED.search(token)


def _is_name(tokens: list[str]) -> bool:
    real = [token for token in tokens if token not in PARTICLES]
    return (
        2 <= len(real) <= 4
        and tokens[0] not in PARTICLES
        and all(_is_name_token(token) for token in tokens)
        and not any(token.lower() in ROLE_HEADS for token in tokens)
        and len(tokens[-1].rstrip(".")) > 1
        and not _mixes_capitals(real)
    )


def _mixes_capitals(tokens: list[str]) -> bool:
    """"Jane Doe CNN": a name in mixed case does not go on with an ALL-CAPS word (an outlet)."""
    shouting = [token.isupper() and len(token.rstrip(".")) > 1 for token in tokens]
    return any(shouting) and not all(shouting)


def _is_role(tokens: list[str]) -> bool:
    """A job title: a head like "Editor", with role words or capitalised (not shouted) qualifiers."""
    lowered = [token.lower().strip(",.") for token in tokens]
    qualifiers = (word in ROLE_WORDS or t[0].isupper() and not t.isupper() for word, t in zip(lowered, tokens))
    return 0 < len(tokens) <= 6 and any(word in ROLE_HEADS for word in lowered) and all(qualifiers)


def name_and_role(text: str, *, leading: bool = False) -> Author | None:
    """``text`` read as a name, optionally followed by a job title; with ``leading``, by anything."""
    tokens = NICKNAME.sub("", HANDLE.sub("", text)).strip(" ,.:;").split()
    for split in range(2, len(tokens) + 1):
        name, role = tokens[:split], tokens[split:]
        if _is_name(name) and (not role or _is_role(role)):
            return Author(normalise_name(" ".join(name)), " ".join(role) or None)
    if leading:
        longest = next((split for split in range(min(len(tokens), 5), 1, -1) if _is_name(tokens[:split])), None)
        return Author(normalise_name(" ".join(tokens[:longest]))) if longest else None
    return None


def parse_byline(text: str, *, bare: bool = False) -> tuple[Author, ...]:
    """The authors a "By ..." line names; with ``bare``, a line of names without "By" too."""
    marker = BY.match(text)
    if marker is None and not bare:
        return ()
    rest = TIME.sub(" ", DATE.sub(" ", NICKNAME.sub("", text[marker.end() if marker else 0 :])))
    rest = CUT.split(rest, maxsplit=1)[0]
    authors: list[Author] = []
    for part in filter(None, SEPARATORS.split(rest)):
        author = name_and_role(part, leading=marker is not None and not authors)
        if author is not None:
            authors.append(author)
        elif authors and _is_role(part.split()) and authors[-1].role is None:
            authors[-1] = Author(authors[-1].name, part.strip())
        elif not authors:
            return ()
    return tuple(authors)


def is_role_line(text: str) -> bool:
    """A line that is only a job title, like "Staff Writer"."""
    return _is_role(text.split())


def is_name_line(text: str) -> bool:
    """A line that is only a person's name, optionally with a job title."""
    return name_and_role(text) is not None


_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|del|la|le|al|bin))*"
SIGN_OFF = re.compile(
    rf"""^(?:[•*]\s*)?(?:
        (?i:contact|e-?mail|reach|write\s+to)\s+(?P<contact>{_NAME})\s+(?i:at|on)\b
      | (?P<bio>{_NAME})(?:,\s*|\s+(?i:is)\s+)(?i:an?|the)\s+(?:[\w-]+\s+){{0,4}}?
        (?i:writer|reporter|columnist|correspondent|editor|journalist|contributor|author|critic)
        (?=\s+(?i:for|at|with|of|and|based|in|living|who|covering)\b|\.?$)
      | (?i:reporting\s+by)\s+(?P<reporting>{_NAME})
      | (?i:for\s+[\w\s]{{1,30}},\s+)?(?i:follow)\s+(?P<follow>{_NAME})\s+(?i:on)\s+(?:Facebook|Twitter|Instagram|X)\b
    )""",
    re.VERBOSE,
)
"""The lines that end an article by naming its writer: "Contact Jeff Burbank at jburbank@...",
"Michael McKenna, a columnist for ...", "Reporting by Jane Doe; Editing by ...", "For news updates,
follow Jane Doe on Twitter"."""
SIGN_OFF_REACH = 3
"""How many of the last paragraphs may sign an article off."""


def signed_off_authors(paragraphs: tuple[str, ...], last: bool = True) -> tuple[Author, ...]:
    """The writer a sign-off among the last (``last``, else the first) paragraphs names, for an
    article without a byline: its last paragraphs, or the lines just below it."""
    for paragraph in paragraphs[-SIGN_OFF_REACH:] if last else paragraphs[:SIGN_OFF_REACH]:
        match = SIGN_OFF.match(paragraph)
        name = match and next(filter(None, match.group("contact", "bio", "reporting", "follow")))
        if name and _is_name(name.split()):
            return (Author(normalise_name(name)),)
    return ()
