"""What a page says around its article: standfirst, authors, dates, outlet and credits."""

from __future__ import annotations

import re

from generator.model import Author
from generator.parse.bylines import is_name_line, is_role_line, parse_byline
from generator.parse.dates import Dates, find_dates
from generator.parse.figures import is_wire
from generator.parse.kinds import FROM_OUTLET, Kind, follows, is_byline_line, is_marked_byline
from generator.parse.lines import Line, lowercase_ratio
from generator.parse.title import BYLINE_REACH, DANGLING, SEPARATORS, clean_title

COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]?\s*)*\s*"
    r"([A-Z][\w&'’-]*(?:\s+[\w&'’-]+){0,5}?)\s*(?:[.,;|]|\s+all\s+rights|$)",
    re.IGNORECASE,
)
COMPANY_SUFFIXES = frozenset("co cos corp inc ltd plc llc lp ag sa nv".split())
"""Legal suffixes of companies' names ("Boeing Co.", "Vox Media, LLC")."""
LEGAL_FORM = re.compile(
    rf"(?:,?\s+(?:company|limited|corporation|{'|'.join(sorted(COMPANY_SUFFIXES))}))+\.?$", re.IGNORECASE
)
"""A company's legal form, which a copyright holder's name carries and its site's does not."""
ALL_RIGHTS = re.compile(r"\brights\s+reserved\b", re.IGNORECASE)
MAX_OUTLET_WORDS = 6
"""An outlet's name is short: "The Valley Times", not a sentence."""
FROM_ALONE = re.compile(r"^from:?$", re.IGNORECASE)
"""A label whose next line names the outlet."""
BEFORE_TITLE = 15
"""How far above the title a page may put its byline."""
AFTER_BODY_START = 6
"""How far into the body a byline may be."""
MIN_STANDFIRST_WORDS = 8
"""A standfirst is a sentence, not a kicker or a section name."""


def article_span(lines: list[Line], title_at: int, article: range) -> range:
    """The lines that belong to the article: a little above its title to a little below its body."""
    return range(max(0, title_at - BEFORE_TITLE), min(len(lines), article.stop + AFTER_BODY_START))


def header_end(lines: list[Line], kinds: list[Kind], title_at: int) -> int:
    """Where the block under the title ends: after its last byline or date line, if it has any.

    Two lines of prose (a standfirst may be one) mean the body has begun: an author's box below a
    short article is not its header.
    """
    end = title_at + 1
    prose = 0
    for index in range(title_at + 1, min(len(lines), title_at + BYLINE_REACH)):
        prose += kinds[index] is Kind.PROSE
        if prose >= 2:
            break
        if is_byline_line(lines, kinds, index):
            end = index + 1
    return end


def find_standfirst(lines: list[Line], kinds: list[Kind], header: range) -> int | None:
    """The first line between title and body that reads as a sentence or two: the dek."""
    for index in header:
        words = lines[index].words
        reads_as_text = len(words) >= MIN_STANDFIRST_WORDS and lowercase_ratio(words) >= 0.4
        reads_as_text = reads_as_text and words[-1].casefold() not in DANGLING
        if kinds[index] in (Kind.PROSE, Kind.SHORT) and reads_as_text:
            return index
    return None


def find_authors(lines: list[Line], kinds: list[Kind], title_at: int, body: range) -> tuple[Author, ...]:
    """Authors from the bylines around the title, else from the first "By ..." line above the body.

    Bare names count when something marks them as bylines; names that are only repeated near the
    title count when nothing better is there; a bare name that the headline holds is its subject
    ("Lupita Nyong'o" above "$150K Pearl Oscar Dress ... STOLEN!!!"), not its author.
    """
    window = range(max(0, title_at - BEFORE_TITLE), min(len(lines), body.start + AFTER_BODY_START))
    title = lines[title_at].text.casefold()
    marked: list[Author] = []
    repeated: list[Author] = []
    for index in (index for index in window if index != title_at):
        line, kind = lines[index], kinds[index]
        if kind is Kind.BYLINE and index > title_at:
            marked.extend(parse_byline(line.text))
        elif kind is Kind.DATE and index > title_at:
            marked.extend(parse_byline(line.text, bare=True))
        elif (
            kind is Kind.SHORT
            and is_name_line(line.text)
            and not follows(lines, index, FROM_ALONE)
            and line.text.casefold() not in title
        ):
            if is_marked_byline(lines, kinds, index):
                marked.extend(_with_role_below(lines, index, parse_byline(line.text, bare=True)))
            elif _is_repeated_near_title(lines, index, title_at, window):
                repeated.extend(parse_byline(line.text, bare=True))
    found = marked or repeated
    if not found:
        above = range(min(len(lines), body.start + AFTER_BODY_START))
        found = next((list(parse_byline(lines[i].text)) for i in above if kinds[i] is Kind.BYLINE), [])
    unique: dict[str, Author] = {}
    for author in found:
        known = unique.get(author.name.casefold())
        if known is None or known.role is None and author.role:
            unique[author.name.casefold()] = author
    return tuple(unique.values())


def _with_role_below(lines: list[Line], index: int, authors: tuple[Author, ...]) -> tuple[Author, ...]:
    """A lone author without a role takes the job title on the next line, as in "Jane Doe" / "Staff Writer"."""
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if len(authors) == 1 and authors[0].role is None and is_role_line(below):
        return (Author(authors[0].name, below),)
    return authors


def _is_repeated_near_title(lines: list[Line], index: int, title_at: int, window: range) -> bool:
    """A name by the title that the header names again; or just below the title, that the page
    names again further on, alone or opening the writer's biography ("Jane Doe is a dietitian ...")."""
    text = lines[index].text
    if sum(lines[i].text == text for i in window) > 1:
        return True
    return 0 < index - title_at <= 2 and any(
        line.text == text or line.text.startswith(f"{text} is ") for line in lines[index + 1 :]
    )


def find_header_dates(lines: list[Line], kinds: list[Kind], title_at: int, article: range) -> Dates:
    """The first published and updated dates from the date lines and bylines of the article, title first."""
    published = updated = None
    for index in sorted(article_span(lines, title_at, article), key=lambda index: index < title_at):
        if kinds[index] in (Kind.DATE, Kind.BYLINE):
            dates = find_dates(lines[index].text)
            published = published or dates.published
            updated = updated or dates.updated
            if published and (updated or index >= article.start):
                break
    return Dates(published, updated)


_NAME = r"(?P<name>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"
OUTLET_CUES = tuple(
    re.compile(cue)
    for cue in (
        rf"\bis (?:the|a|an) [^.]{{0,40}}?\b(?:[Ee]ditor|reporter|writer|correspondent|producer|columnist|journalist)"
        rf" (?:at|for|with) (?:the )?{_NAME}",
        rf"^More from {_NAME}$",
        rf"^(?:This )?{_NAME} homepage\b",
        rf"^{_NAME} - Back to home$",
        rf"\b(?:Get the most out of|Sign up for a free|Log in with your|Subscribe to) {_NAME}(?: account\b|\.|$)",
        rf"^Join {_NAME}$",
        rf"(?:^|\(|: )[A-Z](?:[a-z][\w'’-]*|\.)(?: [A-Z](?:[a-z][\w'’-]*|\.)){{1,2}} ?/ ?(?:[Ff]or )?{_NAME}\)?$",
    )
)
"""Where a page names its own site: its staff's bios ("Dan is the Security Editor at Ars Technica"),
its links ("More from Kotaku", "The Verge homepage", "Join CNET") and its staff's photo credits
("Vjeran Pavic / The Verge")."""


def find_outlet(lines: list[Line], kinds: list[Kind], title_at: int, article: range) -> str | None:
    """The site: a "From X" line by the article, a "Title | Site" line, the name the page gives
    itself around the article, or a copyright holder; else ``None``."""
    for index in article_span(lines, title_at, article):
        line, kind = lines[index], kinds[index]
        match = FROM_OUTLET.match(line.text) if kind is Kind.OUTLET else None
        if match:
            return re.sub(r"(?<=\w{4})\.$", "", match.group(1))  # "From Henry Ford LiveWell."; not "Co."
        if follows(lines, index, FROM_ALONE) and _is_proper_name(line.text):
            return line.text
    title = clean_title(lines[title_at].text).casefold()
    for line in lines:
        parts = SEPARATORS.split(line.text)
        if len(parts) == 2 and parts[0].casefold() == title and _is_proper_name(parts[1]):
            return parts[1]
    holder = next(
        (LEGAL_FORM.sub("", match.group(1)) for line, kind in zip(lines, kinds)
         if kind is Kind.DEBRIS and (match := COPYRIGHT.search(line.text)) and _is_proper_name(match.group(1))),
        None,
    )
    named = _self_named(lines, article)
    if named and holder and (holder in named or named in holder):
        return min(named, holder, key=len)  # "Breitbart" of "a reporter for Breitbart Tech"
    return named or holder


_SECTION_WORDS = frozenset(
    "the news politics world business sport sports opinion entertainment tech technology science health"
    " lifestyle travel video videos culture arts food style money markets us uk local national home latest today now"
    " free here our newsletter newsletters conversation discussion community".split()
)
"""Words of a site's sections and calls to action: "More from World News", "Join Now" name no site."""


def _names_no_site(name: str) -> bool:
    """A news or photo agency, which supplies many sites and names none, or a section of the site."""
    return is_wire(name) or set(name.casefold().split()) <= _SECTION_WORDS


def _self_named(lines: list[Line], article: range) -> str | None:
    """The name the page gives itself most often outside the article's body (``OUTLET_CUES``)."""
    names = [
        match.group("name").rstrip(".")
        for index, line in enumerate(lines)
        if index not in article
        for cue in OUTLET_CUES
        if (match := cue.search(line.text)) and _is_proper_name(match.group("name"))
        and not _names_no_site(match.group("name"))  # "(Abdullah Sahil/AP Photo)", "More from Politics"
    ]
    if not names:
        return None
    counts = {name: sum(bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line.text)) for line in lines)
              for name in dict.fromkeys(names)}
    return max(counts, key=lambda name: counts[name])


def find_credits(lines: list[Line], kinds: list[Kind], title_at: int, article: range) -> tuple[str, ...]:
    """Contributor lines of the article, like "The Associated Press contributed to this report."."""
    span = article_span(lines, title_at, article)
    return tuple(dict.fromkeys(lines[index].text for index in span if kinds[index] is Kind.CONTRIBUTORS))


def _is_proper_name(text: str) -> bool:
    """A short name in Title Case, like "The Valley Times" (one small joining word allowed)."""
    words = text.split()
    if not 0 < len(words) <= MAX_OUTLET_WORDS or not words[0][0].isupper() or ALL_RIGHTS.search(text):
        return False
    return sum(not (word[0].isupper() or word[0].isdigit()) for word in words) <= 1
