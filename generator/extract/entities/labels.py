"""Whether a name is a person's, an organisation's or a place's beyond the recogniser's label:
the name lists, organisations' last words, listed companies, peers, teams and demonyms."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from generator.extract.ner.gazetteer import load as ner_gazetteer
from generator.model import Mention

from .aliases import Aliases
from .entity import Occurrence
from .names import FUNCTION_WORDS, LEGAL_FORM, PEERAGES, is_acronym, is_mostly_lowercase, is_sure_role, word_key

ORGANIZATION_HEADS = frozenset(
    {"administration", "corps", "campaign", "caucus", "agency", "foundation", "force", "legislature", "foods",
     "brands", "pharma", "pharmaceuticals", "studios", "laboratories", "labs", "magazine", "journal", "herald",
     "tribune", "gazette", "chronicle", "examiner", "observer", "telegraph", "enquirer", "records", "music",
     "pictures", "films", "media", "entertainment", "securities", "software", "electronics", "institution",
     "steel"}
)
"""Last words of organisations' names, beside the recogniser's own list (``ner/data/org_words.txt``)."""
FACILITY_HEADS = frozenset(
    {"tower", "towers", "airport", "stadium", "square", "bridge", "island", "islands", "county", "valley", "canyon",
     "peninsula", "lake", "park", "lane", "road", "street", "moor"}
)
"""Last words of buildings', sites' and lands' names, which are places."""
PLACE_OPENERS = frozenset({"ft", "fort", "mt", "mount"})
"""First words of places' names ("Ft. Myers", "Mount Kisco"), which no person's name has."""


@cache
def organisation_heads() -> frozenset[str]:
    """Last words of organisations' names, lower-cased: ``ORGANIZATION_HEADS`` and the recogniser's list."""
    return ner_gazetteer().org_words | ORGANIZATION_HEADS


@cache
def name_heads() -> frozenset[str]:
    """Last words of organisations' and places' names ("Council", "Island"), lower-cased."""
    return organisation_heads() | FACILITY_HEADS


_DEMONYM = re.compile(r"^([A-Z][a-z]{3,}?)(?:ers|ites|ians|ans|ns|is|ese)$")
_DEMONYM_ADJECTIVE = re.compile(r"^([A-Z][a-z]{3,}?)(?:ian|an)$")


def is_demonym(name: str, singular: bool = False) -> bool:
    """The people of a known place, a group and no entity: "Londoners", "Iraqis", "Parisians"; or,
    ``singular``, its adjective: "Alaskan", "Ukrainian"; not a name itself ("Paris", "Lewis", "Morgan")."""
    match = (_DEMONYM_ADJECTIVE if singular else _DEMONYM).match(name)
    if match is None:
        return False
    gazetteer = ner_gazetteer()
    if names_someone(name) or gazetteer.is_place(name):
        return False
    return any(gazetteer.is_place(stem) for stem in _stems(match))


def _stems(match: re.Match[str]) -> tuple[str, ...]:
    """The place a demonym's stem may name: "London" (Londoners), "Cuba" (Cubans), "Rom" + "e"."""
    stem = match.group(1)
    return (stem, stem + "a", stem + "e")


def is_plain_word(name: str, aliases: Aliases) -> bool:
    """A common word that is no known name ("Respect", "Monster"): a title the recogniser took
    for a person's name."""
    return (
        " " not in name and name.lower() in common_words() and not names_someone(name) and aliases.entry(name) is None
    )


def names_someone(word: str) -> bool:
    """Whether ``word`` is a known given name or surname."""
    gazetteer = ner_gazetteer()
    return word.lower() in gazetteer.first_names or word.lower() in gazetteer.last_names


def known_label(name: str, aliases: Aliases) -> str | None:
    """The type of a curated name, a known place or a known organisation or company (the name lists)."""
    gazetteer = ner_gazetteer()
    if aliases.entry(name):
        return aliases.label(name) or "organization"
    if gazetteer.is_place(name):
        return "place"
    return "organization" if gazetteer.is_organization(name) else None


def people_named_by_surname(found: Sequence[Occurrence], aliases: Aliases) -> list[Occurrence]:
    """The occurrences, a given name and a surname taken for an organisation's ("Jez San") typed a
    person's where the article names the surname alone as a person's ("San said"); not a known or
    curated organisation, nor one ending like an organisation's name or opening with a known one or
    with a common word ("Goldman Sachs", "Bookmakers Ladbrokes")."""
    surnames = {o.name for o in found if o.label == "person" and " " not in o.name}
    return [
        dataclasses.replace(o, label="person")
        if o.label == "organization"
        and len(words := o.name.split()) == 2
        and words[1] in surnames
        and _can_be_a_given_name(words[0])
        and words[1].casefold() not in organisation_heads()
        and known_label(o.name, aliases) is None
        and known_label(words[0], aliases) != "organization"
        else o
        for o in found
    ]


def _can_be_a_given_name(word: str) -> bool:
    """A known given name, or a word that is neither common nor an acronym ("Purnesh"; not
    "Bookmakers", "Eventually", "IRL")."""
    key = word.casefold()
    return key in ner_gazetteer().first_names or key not in common_words() and not word.isupper()


def is_plural_after_the(name: str, mention: Mention, paragraph: str) -> bool:
    """One word in the plural after "the" that is no given name or surname: "the Clippers"."""
    before = paragraph[max(0, mention.start - 4) : mention.start]
    after_the = "the " in (mention.text[:4].casefold(), before.casefold())
    return " " not in name and re.search(r"[^s']s$", name) is not None and after_the and not names_someone(name)


_BAND_ROLE_AFTER = re.compile(r" (?:lead )?(?:singer|frontman|frontwoman|guitarist|drummer|bassist|keyboardist) [A-Z]")
_BAND_BEFORE = re.compile(
    r"\b(?:band|(?:pop|rock|girl|boy|punk|indie|rap|hip-hop|folk|soul|jazz|dance|metal|vocal|string|electronic)"
    r" (?:group|duo|trio|quartet|quintet))\s+$",
    re.IGNORECASE,
)
"""Before a band's name: "band", or a genre and "group", "duo"... ("American duo" may be two athletes)."""


BAND = "band"
"""The role of a name that ``names_a_band``."""
TRADES = (
    "firm", "company", "giant", "maker", "carmaker", "automaker", "airline", "retailer", "bank", "lender", "insurer",
    "chain", "conglomerate", "brewer", "supermarket", "manufacturer", "label", "studio", "publisher",
    "broadcaster", "operator", "newspaper", "magazine", "website", "bar", "pub", "restaurant", "nightclub",
)
"""Nouns of a body's trade, which before a name make it the body's and, with the word before them,
its role: "drugs firm Eli Lilly", "airline Aer Lingus", shown as "Organisation · Drugs firm"."""
_TRADE_BEFORE = re.compile(r"(?<![\w-])(?:(\w[\w-]*) )?(" + "|".join(TRADES) + r")\s+$")
"""A noun of a trade right before a name, and the word before it: "mortgage giant" of "US mortgage
giant Fannie Mae"."""
_ARTICLES = frozenset({"the", "a", "an"})


def cued_label(label: str, roles: Sequence[str]) -> str | None:
    """The type that the words before or after a name gave it, if any: a person's after a title
    that opens no other kind of name ("Rap star Jay-Z"; not "market leader Diageo"), an
    organisation's after "band" or a noun of its trade ("airline Aer Lingus")."""
    if label == "person" and any(map(is_sure_role, roles)):
        return "person"
    cued = any(role == BAND or role.rsplit(" ", 1)[-1] in TRADES for role in roles)
    return "organization" if label == "organization" and cued else None


def trade_before(mention: Mention, paragraph: str) -> str | None:
    """The noun of a trade right before a name and not after an article, with the word that says
    which trade: "drugs firm" of "drugs firm Eli Lilly", "airline" of "airline Aer Lingus"; not of
    "the company Steve Jobs founded", nor of "film-maker Morgan Spurlock"."""
    found = _TRADE_BEFORE.search(paragraph, max(0, mention.start - 40), mention.start)
    if found is None or (found.group(1) or "").casefold() in _ARTICLES:
        return None
    modifier, trade = found.groups()
    return f"{modifier} {trade}" if modifier and modifier.islower() and modifier not in FUNCTION_WORDS else trade


def names_a_band(mention: Mention, paragraph: str) -> bool:
    """A name after "band" or "pop group", or followed by the role of one of its members and that
    member's name: a band, whatever the recogniser took it for ("rock band Busted", "Swedish pop
    quartet Abba", "Franz Ferdinand frontman Alex Kapranos", "Keane singer Tom Chaplin")."""
    before = paragraph[max(0, mention.start - 20) : mention.start]
    return _BAND_ROLE_AFTER.match(paragraph, mention.end) is not None or _BAND_BEFORE.search(before) is not None


def reads_as_person(name: str, aliases: Aliases) -> bool:
    """A name of two or three capitalised words that nothing curated or listed bears and that does not
    end like an organisation's."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and words[-1].lower() not in organisation_heads()
        and known_label(name, aliases) is None
    )


@cache
def common_words() -> frozenset[str]:
    """Words that news text writes in lower case (those of the recogniser's word classes)."""
    return frozenset(word for word in ner_gazetteer().clusters if word.islower())


def refined_label(name: str, label: str, titled: bool, occs: Sequence[Occurrence], body: Sequence[str]) -> str:
    """The recogniser's ``label`` of an uncurated name, corrected by what the name is; ``titled``
    if a title went with one of its ``occs`` (in the paragraphs ``body``)."""
    if label == "person":
        label = label_by_head_word(name, titled) or label
        if label == "person" and not titled and is_located_in(name, occs, body):
            return "place"
        if label == "person" and not titled and is_brand_cased(name, occs):
            return "organization"  # "FXGlobe", "HustleGPT": no one's name
        if label == "person" and not titled and opens_with_a_company(name):
            return "organization"  # "Nintendo DS", "Vodafone Live": a company's product or arm
        if label == "person" and not titled and _ends_in_no_surname(name, occs):
            return "organization"  # "Public Enemy", "Atomic Bomb", "Dairy Milk": a body's, a work's, a product's
    elif is_a_peer(name):
        label = "person"
    elif label == "organization" and _names_a_site(name):
        return "place"  # "Euston Road", "Celtic Park": a site, not the body that may bear its name
    if label != "organization" and not titled and is_described_as_a_body(occs, body):
        return "organization"  # "Secure America Now, a neoconservative nonprofit organization"
    if label != "organization" and names_a_company(name, label, titled):
        return "organization"
    if label == "place" and (
        names_a_body(name)
        or is_acronym(name) and not ner_gazetteer().is_place(name)  # "MIT", "ITV": places so named are known
        or _names_a_club(name)
        or is_brand_cased(name, occs)
        or is_written_as_a_body(name, occs, body)
    ):
        return "organization"  # "Birmingham City", "a Forbes report"
    return label


_BODY_BEFORE = re.compile(
    r"\b(?:shares? (?:in|of)|stakes? in|takeover of|merger with|owned by"
    r"|(?:chief executive|boss|chairman|chairwoman|spokes(?:man|woman|person)) (?:at|of|for)"
    r"|(?:analysts?|economists?|researchers?|scientists?|professors?|dietitian|executives?|employees?|director"
    r"|engineers?|lawyers?) (?:at|with))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_FIRM_WORDS = (
    r"spokes(?:man|woman|person)|shares|stock|chief executive|boss|chairman|chairwoman|executives?|employees|board"
    r"|profits?|revenues?|restaurants|stores|locations|franchises|headquarters"
)
"""Words after a name that make it a firm's: its staff, its shares, its premises."""
_WORK_WORDS = r"report|study|survey|poll|analysis|analysts?|economists?|researchers?"
"""Words after a name that make it a body's, unless a person or a people is meant ("the Gershon report")."""
_BODY_AFTER = re.compile(rf"(?:'s?)?\s+(?:{_WORK_WORDS}|{_FIRM_WORDS})\b", re.IGNORECASE)


def is_written_as_a_body(name: str, occs: Sequence[Occurrence], body: Sequence[str]) -> bool:
    """A name that is no known place, taken for one, that the article mostly writes as an
    organisation's: "a Forbes report", "a dietitian at Orlando Health", "shares in Sibneft", or
    as a chain's outlet, which no place's name is: "at a Chick-fil-A in California"."""
    if ner_gazetteer().is_place(name):
        return False
    can_be_an_outlet = name.split()[-1].casefold() not in FACILITY_HEADS  # not "a George Washington Bridge"
    written = sum(
        written_as_a_body(body[o.paragraph], o.start, o.end)
        or can_be_an_outlet and _is_an_outlet(body[o.paragraph], o.start, o.end)
        for o in occs
    )
    return 2 * written >= len(occs)


_AN_OUTLET = re.compile(r"\b[Aa]n? $")
_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _is_an_outlet(paragraph: str, start: int, end: int) -> bool:
    """Whether ``paragraph[start:end]`` is written as a chain's outlet: "at a Chick-fil-A in
    California"; not as a modifier: "a West Nile virus", "a Children's Bafta"."""
    if _AN_OUTLET.search(paragraph, max(0, start - 4), start) is None:
        return False
    if _PHRASE_END.match(paragraph, end):
        return True
    word = _NEXT_WORD.match(paragraph, end)
    return word is not None and word.group(1) in FUNCTION_WORDS


def written_as_a_body(paragraph: str, start: int, end: int) -> bool:
    """Whether the words around ``paragraph[start:end]`` make it an organisation's name: "shares in
    X", "an analyst at X", "X's chief executive", "X restaurants"."""
    return (
        _BODY_BEFORE.search(paragraph, max(0, start - 40), start) is not None
        or _BODY_AFTER.match(paragraph, end) is not None
    )


_COMPANY_AFTER = re.compile(rf"(?:'s?)?\s+(?:{_FIRM_WORDS})\b", re.IGNORECASE)


def written_as_a_company(paragraph: str, start: int, end: int) -> bool:
    """Whether the words around ``paragraph[start:end]`` make it a company's or a body's name, as
    ``written_as_a_body`` but for the words that follow only those of a firm's staff, shares and
    premises: not "report" or "analysts", which also follow people ("the Gershon report") and
    peoples ("French analysts")."""
    return (
        _BODY_BEFORE.search(paragraph, max(0, start - 40), start) is not None
        or _COMPANY_AFTER.match(paragraph, end) is not None
    )


_BODY_NOUNS = (
    r"organi[sz]ation|group|nonprofit|non-profit|charity|company|firm|think[- ]tank|coalition|start-?up|agency"
    r"|foundation|institute|association|retailer|chain|publisher|broadcaster|newspaper|website|manufacturer|maker"
    r"|lobby|union|network|consultancy|committee|PAC|publication|outlet|magazine|band"
)
_NOT_AN_ADJECTIVE = (
    r"of|for|at|with|in|on|by|and|or|who|whose|to|from|behind|about|under|over|into|the|an?|his|her|its|their"
    r"|man|woman|member|head|founder|owner|spokes\w+|executive"
)
"""Words that end the run of adjectives before a body's noun ("the man behind the website")."""
_DESCRIBED_AS_A_BODY = re.compile(
    rf",\s+(?:an?|the)\s+(?:(?!(?:{_NOT_AN_ADJECTIVE})\b)[\w'-]+\s+){{0,4}}?(?:{_BODY_NOUNS})s?"
    r"(?=\s*[,.;:)\u2014]|\s+(?:that|which|run|led|whose|[a-z]+(?:ed|ing))\b)",
)
"""An apposition that says what a name is: ", a neoconservative nonprofit organization dedicated"."""
_LEGAL_FORM_AFTER = re.compile(rf",?\s+{LEGAL_FORM}(?![\w-])")
"""A company's legal form after its name: "Granny Sayz, L.L.C.", "Acme Inc"."""


def is_described_as_a_body(occs: Sequence[Occurrence], body: Sequence[str]) -> bool:
    """A name that an apposition calls a group, a company or the like: "an ad by Secure America Now,
    a neoconservative nonprofit organization"; not "Dan Cathy, a company spokesman"."""
    return any(described_as_a_body(body[o.paragraph], o.end) for o in occs)


def described_as_a_body(paragraph: str, end: int) -> bool:
    """Whether an apposition or a legal form after ``paragraph[:end]`` calls it a body: ", a
    conservative publication", ", L.L.C."."""
    return _DESCRIBED_AS_A_BODY.match(paragraph, end) is not None or _LEGAL_FORM_AFTER.match(paragraph, end) is not None


_LOCATIVE_WORDS = "in|from|near|outside|across|throughout|around"
LOCATIVE = re.compile(rf"\b(?:{_LOCATIVE_WORDS})\s+$", re.IGNORECASE)
"""The words right before a place's name that make a name taken for a person's one: "in Denver"."""
_LOCATED = re.compile(rf"\b(?:{_LOCATIVE_WORDS}|at|to|into|via|between)\s+(?:the\s+)?$", re.IGNORECASE)
"""The words that place a name anywhere: "in", "at", "to", "between" and the like, a "the" after."""


def is_located(occs: Sequence[Occurrence], body: Sequence[str]) -> bool:
    """Whether the article writes a name after "in", "at", "from" and the like once at least."""
    return any(_LOCATED.search(body[o.paragraph], max(0, o.start - 16), o.start) for o in occs)


def is_located_in(name: str, occs: Sequence[Occurrence], body: Sequence[str]) -> bool:
    """A known place of one word taken for a given name ("Denver") that the article mostly writes
    after "in", "from", "near" and the like: "engineers at Lockheed Martin in Denver"."""
    if " " in name or not ner_gazetteer().is_place(name):
        return False
    located = sum(LOCATIVE.search(body[o.paragraph], max(0, o.start - 12), o.start) is not None for o in occs)
    return 2 * located >= len(occs)


def is_a_peer(name: str) -> bool:
    """A peer's name taken for a place's or an organisation's: "Lord Woolf", "Baroness
    Kennedy" (not a known place: "Lord Howe Island")."""
    words = name.split()
    return (
        len(words) == 2
        and words[0].istitle()
        and words[0].lower() in PEERAGES
        and words[1][:1].isupper()
        and not ner_gazetteer().is_place(name)
    )


def label_by_head_word(name: str, titled: bool) -> str | None:
    """The type of a name taken for a person's that is not one: an organisation's or a building's
    name ("Trump Organization", "Trump Tower"), or, unless a title went with it, a known place
    ("Lashkar Gah").

    Only names of several words that do not read as a given name and a surname: one word is too
    ambiguous ("Clinton" is a town too), and so is "Frank Church", "Thomas Haden Church" or "Ricki
    Lake"; not "Marine Stewardship Council", "Tyson Foods", "Stewart Island".
    """
    words = name.split()
    if len(words) < 2 or _reads_as_a_persons(words):
        return None
    gazetteer = ner_gazetteer()
    head = words[-1].lower()
    if head in organisation_heads():
        return "organization"
    if head in FACILITY_HEADS or word_key(words[0]) in PLACE_OPENERS or not titled and gazetteer.is_place(name):
        return "place"
    return None


_CLUB_WORDS = frozenset(
    "city united town rangers rovers athletic wanderers albion forest hotspur orient argyle wednesday"
    " harriers fc afc".split()
)
"""Last words of clubs' names after their town's ("Leicester City", "Blackburn Rovers"); not "County",
which ends more counties' names than clubs'."""


def _names_a_club(name: str) -> bool:
    """A known place and a club's last word that together name no known place: "Birmingham City",
    "Nottingham Forest"; not "Kansas City", "Cape Town"."""
    town, _, last = name.rpartition(" ")
    gazetteer = ner_gazetteer()
    return last.casefold() in _CLUB_WORDS and gazetteer.is_place(town) and not gazetteer.is_place(name)


def _names_a_site(name: str) -> bool:
    """A name that ends like a site's, of a road, a ground, an airport ("Euston Road", "Ewood Park"),
    and holds no organisation's word before ("University of the Highlands and Islands"); not a
    county, which also names a club or a county's government ("Notts County")."""
    words = [word.casefold() for word in name.split()]
    return (
        len(words) > 1
        and words[-1] in FACILITY_HEADS - {"county"}
        and not any(word in organisation_heads() for word in words[:-1])
    )


def _ends_in_no_surname(name: str, occs: Sequence[Occurrence]) -> bool:
    """A name of several words that opens with a common word that is no given name, ends in a common
    word that is no surname, and whose last word the article never writes alone ("Public Enemy",
    "Multiple Sclerosis"; not "Vin Diesel", "Jeroen van der Veer")."""
    words = name.split()
    gazetteer = ner_gazetteer()
    return (
        len(words) > 1
        and words[0].casefold() in common_words()
        and words[0].casefold() not in gazetteer.first_names
        and is_mostly_lowercase(words[-1])
        and words[-1].casefold() not in gazetteer.last_names
        and not any(o.form == words[-1] for o in occs)
    )


def _reads_as_a_persons(words: Sequence[str]) -> bool:
    """A given name first and, when the last word ends a body's or a place's name too, names or
    initials between and a surname last ("Thomas Haden Church", "Ricki Lake")."""
    gazetteer = ner_gazetteer()
    keys = [word.lower() for word in words]
    if keys[0] not in gazetteer.first_names:
        return False
    if keys[-1] not in name_heads():
        return True
    return keys[-1] in gazetteer.last_names and all(
        key in gazetteer.first_names or key in gazetteer.last_names or re.fullmatch(r"\w\.", key) for key in keys[1:-1]
    )


def names_a_company(name: str, label: str, titled: bool) -> bool:
    """A listed company taken for a place ("at Best Buy") or, with no title, for a person, unless
    a given name starts it or it is one surname ("Goldman Sachs said"; not "Charles Schwab", "Pearson")."""
    gazetteer = ner_gazetteer()
    if not gazetteer.is_organization(name):
        return False
    words = name.split()
    could_be_someone = names_someone(name) if len(words) == 1 else words[0].lower() in gazetteer.first_names
    return label == "place" or not titled and not could_be_someone


def opens_with_a_company(name: str) -> bool:
    """A name of several words whose first word alone is a listed company and no one's name
    ("Nintendo DS"; not "Ford Prefect")."""
    gazetteer = ner_gazetteer()
    first = name.split()[0]
    return (
        " " in name
        and gazetteer.is_organization(first)
        and first.casefold() not in gazetteer.first_names
        and first.casefold() not in gazetteer.last_names
        and not gazetteer.is_place(first)
    )


def is_brand_cased(name: str, occs: Sequence[Occurrence]) -> bool:
    """One word, written somewhere with a capital inside, that is no known place: a company or a
    product ("OpenAI", "LinkedIn", "FXGlobe"; not "CEOs"); places so written start "Mc", "Mac", "De",
    "La" or "Le" ("McAllen", "DeKalb")."""
    return (
        " " not in name
        and any(re.search(r"[a-z][A-Z]|[A-Z]{2}[a-z]{2}", o.form) for o in occs)
        and re.match(r"(?:Mc|Mac|De|Di|Du|La|Le)[A-Z]", name) is None
        and not ner_gazetteer().is_place(name)
    )


def names_a_body(name: str) -> bool:
    """A name taken for a place's that ends like an organisation's and is no known place:
    "Arizona Legislature", "United States Senate", "Fargo Force" (but "Soviet Union")."""
    gazetteer = ner_gazetteer()
    words = name.split()
    head = words[-1].lower().rsplit("-", 1)[-1]  # "Review-Journal"
    return (
        len(words) >= 2
        and head != "union"
        and head in organisation_heads()
        and not gazetteer.is_place(name)
    )
