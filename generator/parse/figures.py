"""Photo captions and their credits."""

from __future__ import annotations

import re

from generator.model import Figure

_CREDIT_WORD = (
    r"(?:photo|photograph|pictures?|images?|getty|ap|afp|reuters|epa|shutterstock|istock|pool|courtesy|file"
    r"|illustration|credit|via)"
)
_AGENCY = r"\b(?:getty\s+images|ap\s+photo|afp|reuters|epa|shutterstock|istock)\b"
MAX_CREDIT = 160
"""The longest credit, in characters: longer text is no credit (and is not searched for one)."""
MAX_CREDIT_WORDS = 12
AGENCY = re.compile(_AGENCY, re.IGNORECASE)
_PERSON_SLASH_SOURCE = r"(?-i:[A-Z][a-z])[^()\[\]/\d]{1,38}\s?/\s?[^()\[\]/\d]{2,40}"
"""A credit like "Jane Doe / Valley Times": a person's name, a slash, a source; no digits."""
CREDIT_TAIL = re.compile(
    rf"\s*[(\[]\s*([^()\[\]]*\b{_CREDIT_WORD}\b[^()\[\]]*|{_PERSON_SLASH_SOURCE})[)\]]\s*$",
    re.IGNORECASE,
)
CREDIT_LINE = re.compile(
    rf"""^(?:[(\[]\s*)?(?:(?:photo(?:graph)?|image|picture|illustration|video)s?\s*(?:credit)?\s*(?:by\b|:)
    |credits?\s*:|credit\s+(?=(?-i:[A-Z]))|source\s*:\s*(?=.*\b{_CREDIT_WORD}\b))\s*(.+?)[)\]]?$""",
    re.IGNORECASE | re.VERBOSE,
)
LABELLED_TAIL = re.compile(
    r"(?<=[.!?”\"’)])\s*(?:(?:(?:Image|Photo|Picture)\s+)?(?:Credits?(?::\s*|\s+(?=[A-Z])|(?=[A-Z])))+"
    r"|(?:Photo(?:graph)?|Picture|Image)s?:\s*)(\S.{1,159})$"
)
"""A caption's credit after its last sentence, labelled with a capitalised "Credit": "... in 2023.
Credit: Jane Doe/EPA", "... in 2023.CreditCreditJane Doe/EPA" (as copied from a page), "Image Credit: X",
or "Photographs:": "... with oysters. Photographs: courtesy of Jane Doe"."""
_CAPITALISED = r"[A-Z][\w.'’&-]*"
SLASH_TAIL = re.compile(
    rf"(?<=[.!?”\"’])\s+({_CAPITALISED}(?:\s{_CAPITALISED}){{1,3}}\s?/\s?{_CAPITALISED}"
    rf"(?:,?\s(?:{_CAPITALISED}|via|of|the|for|and)){{0,6}})$"
)
"""A caption's credit after its last sentence, unbracketed, a photographer's name (two words or
more) and a source: "... in Fargo. David Samson/The Forum", "... in 2023. Tom Williams/CQ-Roll
Call, Inc via Getty Images"."""
COURTESY_TAIL = re.compile(
    r"\s+((?:(?:Photo|Image|Rendering)\s+)?Courtesy\s+of\s+(?:the\s+)?[A-Z][^.!?]{0,80})$"
)
"""A caption's credit that a capitalised "Courtesy of" opens, unbracketed: "Aerial view rendering of
Tage Studios Courtesy of Dubuisson Architecture", "Artist Daniel Walbidi Courtesy of the Artist/Short
St Gallery"."""
_CREDIT_TAILS = ((CREDIT_TAIL, 4), (LABELLED_TAIL, 4), (SLASH_TAIL, 4), (COURTESY_TAIL, 2))
"""The ways a caption ends with its credit, each with the fewest words a caption before it has
(fewer are a headline or a name; but "Artist Jane Doe Courtesy of the Artist" is a caption)."""
GALLERY_ITEM = re.compile(r"(?:^|(?<=\s))\d{1,3} ?/ ?\d{1,3}: ")
"""Where a slideshow's caption starts: "1 / 18: Fans cheer ... 2 / 18: ..." (copied, a line holds several)."""
_CREDITED = r"[\w.'’-]+(?:\s+[\w.'’-]+){0,4}\s*(?:/|\bvia\b|\bfor\b|,|\|)\s*"
AGENCY_ONLY = re.compile(
    rf"^[(\[]?(?:{_CREDITED})?{_AGENCY}(?:\s*(?:/|\bvia\b)\s*[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}})?[)\]]?$",
    re.IGNORECASE,
)
"""A credit line: an agency alone, or after a photographer's name and a "/", "via" or "for"."""


def names_agency(text: str) -> bool:
    """Whether ``text`` names a photo agency, as captions and credits do."""
    return bool(AGENCY.search(text))


_WIRE = re.compile(r"(?:the )?(?:AP|Associated Press|Reuters|AFP|UPI|PA|EPA|Bloomberg)", re.IGNORECASE)


def is_wire(name: str) -> bool:
    """Whether ``name`` is a news or photo agency, which supplies many sites: its name in a credit
    or a dateline names neither the site nor a subject of the article."""
    return _WIRE.fullmatch(name) is not None or names_agency(name)


def caption_figures(text: str) -> tuple[Figure, ...]:
    """The figures a caption line holds: a slideshow's captions, each with its credit if it has one,
    or one caption that ends with its credit (see ``split_caption``); none for other lines."""
    if GALLERY_ITEM.match(text):
        items = (item.strip() for item in GALLERY_ITEM.split(text) if item.strip())
        return tuple(split_caption(item) or Figure(item) for item in items)
    figure = split_caption(text)
    return (figure,) if figure else ()


def split_caption(text: str) -> Figure | None:
    """A caption line that ends with its credit, in brackets ("... (Jane Doe/AP Photo)"), labelled
    ("... in 2023. Credit: Jane Doe/EPA"), after a full stop ("... in 2023. Jane Doe/The Forum") or
    a "Courtesy of" ("... of Tage Studios Courtesy of Dubuisson Architecture")."""
    tail_at = max(0, len(text) - MAX_CREDIT)
    for tail, least in _CREDIT_TAILS:
        if match := tail.search(text, tail_at):
            if len(text[: match.start()].split()) < least or not _reads_as_credit(match.group(1)):
                return None
            return Figure(text[: match.start()].strip(), match.group(1).strip())
    return None


def _reads_as_credit(text: str) -> bool:
    """A bracketed credit, not an aside that mentions images: "(Graphic images of his eye at the first
    visit can be found here.)" is a sentence of the article."""
    words = len(text.split())
    sentence = text.rstrip().endswith((".", "!", "?")) and words > 6
    return words <= MAX_CREDIT_WORDS and not (sentence and not names_agency(text))


def credit_of(text: str) -> str | None:
    """The credit a line consists of, without brackets or a "Photo:" / "Credit" label; else ``None``.

    "Photo: Reuters" gives "Reuters", "(Photo by Jane Doe/AFP)" gives "Photo by Jane Doe/AFP".
    """
    if len(text) > MAX_CREDIT:
        return None
    match = CREDIT_LINE.match(text)
    if match is not None and len(text.split()) <= 12:
        by_line = text[: match.start(1)].rstrip().casefold().endswith("by")
        return text.strip("()[] ") if by_line else match.group(1).strip()
    if AGENCY_ONLY.match(text):
        return text.strip("()[] ")
    return None
