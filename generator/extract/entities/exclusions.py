"""Mentions that name no entity: page furniture, dates, laws, titles of works, roles, common words
opening a sentence, names only a Title Case heading gives, and what is not the article's own text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from generator.extract.ner.gazetteer import load as ner_gazetteer
from generator.model import Article, Mention
from generator.parse.figures import is_wire

from .aliases import Aliases, name_key
from .entity import ArticleEntity, Occurrence
from .labels import (
    FACILITY_HEADS,
    common_words,
    described_as_a_body,
    is_demonym,
    is_plain_word,
    known_label,
    names_someone,
    organisation_heads,
)
from .names import (
    BEFORE_REACH,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    WEEKDAYS,
    CleanName,
    is_mostly_capitalised,
    word_ranks,
)

MAX_HEADING_WORDS = 14
"""The longest line of the body read as a heading when in Title Case."""
CALENDAR = WEEKDAYS | frozenset(
    "january february march april may june july august september october november december christmas"
    " easter thanksgiving halloween est edt cst cdt mst mdt pst pdt gmt bst cet utc et pt".split()
)
"""Weekdays, months, holidays and time zones: dates, not entities."""
CLOCK = frozenset({"am", "pm", "a.m", "p.m"})


def is_debris_name(name: str, aliases: Aliases) -> bool:
    """Ignored names, weekdays and months, laws, and page debris that looks like a name."""
    key = name_key(name)
    return (
        aliases.is_ignored(name)
        or key in CALENDAR
        or all(word.strip(".").casefold() in CALENDAR | CLOCK for word in name.split())  # "AM PDT"
        or re.fullmatch(r"\d{1,2}:?\d{2} ?(?:[AaPp]\.?[Mm]\.?|GMT|BST|UTC|[ECMP][SD]T)", name) is not None  # "2230GMT"
        or re.search(r"\s(?:Act|ACT|Amendment|AMENDMENT|Bill|BILL)$", name) is not None  # laws: "Patriot Act"
        or re.fullmatch(r"(?:Senate|House|Assembly) (?:File|Resolution)|[SHA][BF]", name) is not None  # "SB 1062"
        or not re.search(r"[^\W\d_]", name)
        or "/" in name
        or re.fullmatch(r"[DRI]-[A-Z][\w.]*", name) is not None  # "D-Calif.", a party and state
        or re.match(r"(?:Democrat|Republican|Independent) of ", name) is not None
        or re.search(r"[a-z]{2}\.[A-Z]", name) is not None  # "Capitol.CreditJoshua"
    )


COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
"""Common words that name regions ("the West", "the Northeast")."""


def _is_a_place_word(name: str) -> bool:
    """A known place ("Reading", "Bath"), a point of the compass, or a word that news capitalises
    more often than not ("Pacific")."""
    ranks = word_ranks()
    capitalised, plain = ranks.get(name), ranks.get(name.lower())
    return (
        name.casefold() in COMPASS
        or ner_gazetteer().is_place(name)
        or (capitalised is not None and plain is not None and capitalised < plain)
    )


_STAGE_NUMBER = re.compile(r"\d{1,3} [A-Z][a-z]+")


def names_nothing(entity: ArticleEntity, aliases: Aliases) -> bool:
    """An entity that is no one thing: a person that is a common word or holds a digit; a person or place that is
    the people of a place (a team may bear such a name: "Corinthians"); the last word of
    organisations' names alone, which the article ties to none of its names ("the Council",
    "Board"; curate one that is a name, such as "Congress")."""
    if aliases.entry(entity.name) is not None:
        return False
    digits = re.search(r"\d", entity.name) and not _STAGE_NUMBER.fullmatch(entity.name)
    if entity.label == "person" and (is_plain_word(entity.name, aliases) or digits):
        return True  # "Respect"; "3.55m Euros" (no one's name holds a digit, but a stage name may: "50 Cent")
    if entity.label == "person" and _holds_a_verb_form(entity.name):
        return True  # "Allegedly Strangling", "Jonathan Majors Arrested": a headline's words
    if _is_an_adverb(entity.name) and known_label(entity.name, aliases) is None:
        return True  # "for novices, Ultimately the success": an adverb, whatever the recogniser took it for
    if entity.label == "place" and is_plain_word(entity.name, aliases) and not _is_a_place_word(entity.name):
        return True  # "Heaven" of "Stairway to Heaven", "Children" of "Children in Need"
    if entity.name.casefold() in organisation_heads():
        return not (entity.label == "person" and names_someone(entity.name))
    if is_demonym(entity.name, singular=True):
        return True  # "Alaskan", "Saharan": an adjective, whatever the recogniser took it for
    return entity.label != "organization" and is_demonym(entity.name)


PLACE_HEADS = frozenset(
    "park road street lane square green town city cities wharf bridge grove hill hills heights village estate avenue"
    " way terrace gardens place cross common end fields stadium arena airport station centre center abbey castle"
    " palace tower beach bay coast river lake island islands valley county province region district north south"
    " east west mountains sea ocean gulf strait straits desert forest union hemisphere side strip museum america asia"
    " africa europe britain england earth".split()
)
"""Last words of places' names: "Stamford Bridge", "Kentish Town", "Ealing North", "Soviet Union"."""
PLACE_FIRST_WORDS = COMPASS | frozenset(
    "northern southern eastern western upper lower central greater inner outer st st. saint ft ft. fort mt mt. mount"
    .split()
)
"""First words of places' names: "South Side", "Upper East Side", "St. Croix", "Ft. Myers"."""


def is_unplaced(name: str, located: bool, aliases: Aliases) -> bool:
    """A "place" of several words that holds no known place, neither opens nor ends like a place's
    name and that no article writes after "in", "at", "from" and the like (``located``): a work's
    or a person's name taken for a place ("Garden State", "Lord of the Rings"); not "in Tower
    Hamlets", "South Side", "Latin America"."""
    words = name.split()
    gazetteer = ner_gazetteer()
    return (
        len(words) > 1
        and not located
        and aliases.entry(name) is None
        and not any(gazetteer.is_place(word.strip(",")) for word in (name, *words) if word[:1].isupper())
        and words[-1].casefold() not in PLACE_HEADS | FACILITY_HEADS
        and words[0].casefold() not in PLACE_FIRST_WORDS
    )


def _is_an_adverb(name: str) -> bool:
    """One common word made of another and "-ly" ("Ultimately", "Strictly"; not "Assembly", "Kelly")."""
    key = name.lower()
    return " " not in name and key.endswith("ly") and {key, key[:-2]} <= common_words() and not names_someone(name)


def _holds_a_verb_form(name: str) -> bool:
    """A word of the name is a common adverb or verb form that names no one ("Allegedly",
    "Arrested"; not the surname "Darling")."""
    return any(
        word.lower() in common_words() and word.lower().endswith(("ly", "ing", "ed")) and not names_someone(word)
        for word in name.split()
    )


def trusted_in_headings(found: list[Occurrence], body: Sequence[str]) -> list[Occurrence]:
    """The occurrences, but those in a Title Case heading that the prose never names.

    The recogniser reads every capitalised word of a heading as a name ("Obama Willing to Use
    Executive Orders"); a name the prose also gives is trusted there.
    """
    headings = {number for number, paragraph in enumerate(body) if _is_heading(paragraph)}
    if not headings:
        return found
    in_prose = {name_key(o.form) for o in found if o.paragraph not in headings}
    return [o for o in found if o.paragraph not in headings or name_key(o.form) in in_prose]


def _is_heading(paragraph: str) -> bool:
    """A short line in Title Case or capitals that does not end like a sentence."""
    words = [w for w in paragraph.split() if w[:1].isalpha()]
    if not words or len(words) > MAX_HEADING_WORDS or paragraph.rstrip().endswith((".", "!", "?", '"', "”", ":")):
        return False
    capitalised = sum(w[0].isupper() for w in words if w.casefold() not in FUNCTION_WORDS)
    return capitalised >= 0.8 * max(1, sum(w.casefold() not in FUNCTION_WORDS for w in words)) and len(words) >= 3


@dataclass(frozen=True)
class Exclusions:
    """What is not the article's own text: bylines, figure captions and credits, datelines."""

    authors: frozenset[str]
    credits: tuple[str, ...]
    """Photo credits, as written ("Evan Vucci/AP")."""
    figure_texts: tuple[str, ...]
    """Keys of the captions, credits and contributor lines long enough to recognise."""

    @classmethod
    def of(cls, article: Article) -> Exclusions:
        credits = tuple(f.credit for f in article.figures if f.credit)
        texts = (*credits, *(f.caption for f in article.figures), *article.credits)
        return cls(
            authors=frozenset(name_key(a.name) for a in article.authors),
            credits=credits,
            figure_texts=tuple(k for k in map(name_key, texts) if len(k) >= 12),
        )

    def covers(self, mention: Mention, name: str, paragraph: str) -> bool:
        if name_key(name) in self.authors or _is_dateline(mention, paragraph):
            return True
        if self.figure_texts:
            key = name_key(paragraph)  # a paragraph that is a caption, not one that quotes a short one
            if key and any(key in t or t in key and 2 * len(t) >= len(key) for t in self.figure_texts):
                return True
        if not self.credits or mention.label != "person" and not is_wire(mention.text):
            return False  # an organisation that credits its own pictures ("NASA/GSFC") is still named
        pattern = rf"(?<!\w){re.escape(mention.text)}(?!\w)"
        return any(re.search(pattern, credit) for credit in self.credits)


EPONYM = re.compile(
    r"\b([A-Z][\w-]+)['’]s (?:disease|syndrome|disorder|palsy|sarcoma|lymphoma)\b"
    r"|\b(?:Hurricane|Typhoon|Cyclone|(?:Tropical |Winter |Super)?[Ss]torm) ([A-Z][a-z]+)\b"
)
"""A name that the article gives to an illness or a storm ("Alzheimer's disease", "Hurricane Katrina")
names no one there."""
_OPENING_QUOTES = ("“", "‘", '"', "'")
_QUOTE_CLOSES = re.compile(r"[,.!?]?[”’\"'](?!\w)")


def names_no_entity(mention: Mention, name: str, paragraph: str, aliases: Aliases) -> bool:
    """A mention that is not a person, organisation or place but a title, an account or a number.

    - a social-media handle or hashtag ("@WWE", "#WrestleMania"), a word that drops its last letter
      ("Lyin'"), a numbered part ("Chapter 2", "Season 3", "Part II", "Round One"), a part of a
      name written with a colon ("CD:UK"), a common word after a capitalised pronoun: a title ("I
      Love Lucy");
    - a word after an ordinal: an amendment, a circuit, a district ("the 14th Amendment");
    - a party named in a court case ("Roe v. Wade"; but "Chelsea v Arsenal" is a match);
    - a common word that a possessive name holds: "Moore's Law", "Payoneer's Board";
    - a "person" whose name opens with a verb's -ing form: a title ("Finding Neverland");
    - the whole of a quotation: the title of a film, song or series ("‘Asylum,’", "“Beso.”");
    - one word after a capitalised "The" inside a sentence: a publication, work or venue ("told
      The Hill", "The Atlantic reported"), unless a known place ("The Hague") or a curated name;
    - one word taken for a person's name after "the", and a law's last word cut from its name
      ("the Bill is debated", "a shortened Finance Bill");
    - a common word inside a longer title that the recogniser tagged alone ("Save the Children",
      "Court of Arbitration for Sport", "Shakespeare in Love").
    """
    before = paragraph[max(0, mention.start - BEFORE_REACH) : mention.start]
    if mention.text.startswith("The "):
        before += "The "
    if before.endswith(("@", "#")) or re.search(r"\b\d+(?:st|nd|rd|th) $", before):
        return True
    if _NUMBERED_PART.fullmatch(name) and re.match(r"\s+\d", paragraph[mention.end : mention.end + 3]):
        return True  # "John Wick: Chapter 2", "Season 3": a part of a work
    if _NUMBERED.fullmatch(name) and not aliases.entry(name):
        return True  # "Part II", "Round One"; not the curated "Number 10"
    if _TITLE_OPENER.search(before) and name.split()[0].casefold() in common_words():
        return True  # "I Heart Huckabees", "I Love Lucy", "You Know You're Right": a title's words
    if re.match(r":\w", paragraph[mention.end : mention.end + 2]) or re.search(r"\w:$", before):
        return True  # "CD:UK": a part of one name written with a colon
    if (
        mention.text.endswith("in")
        and re.match(r"['’](?:\s|$)", paragraph[mention.end : mention.end + 2])
        and " " not in mention.text
        and not names_someone(mention.text)
    ):
        return True  # "Lyin' Ted": a word with its last letter dropped, no name (not "Putin' aides")
    if before.endswith(" v. ") or _CASE_AFTER.match(paragraph, mention.end):
        return True  # a party to a court case: "Roe v. Wade"
    if _is_possessed_word(name, before, aliases) or _opens_with_a_verb(mention):
        return True
    if _is_title_fragment(mention, name, before, paragraph, aliases):
        return True
    if before.endswith(_OPENING_QUOTES) and _QUOTE_CLOSES.match(paragraph, mention.end):
        opening = before[:-1]
        if before[-1] not in "\"'" or not opening or not opening[-1].isalnum():
            return True
    if name in ("Bill", "Act") and re.search(r"(?:\b[A-Z][\w-]*|(?<![\w-])the) $", before):
        return True  # the end of a law's name the recogniser cut ("Finance Bill"), or the law ("the Bill")
    after_the = re.search(r"(?<![\w-])the $", before) is not None
    if after_the and mention.label == "person" and " " not in name and not name.endswith("s"):
        return known_label(name, aliases) is None  # no one's name follows "the" (plurals: see labels)
    if not before.endswith("The "):
        return False
    prior = before[:-4].rstrip()
    if not prior or prior[-1] in ".!?:;\"“‘'(—–":
        return False
    if " " in name:  # "art, The Rusty Sword is": a work; not "Gibb of The Bee Gees", "The Daily Caller, a daily"
        return (
            mention.label == "person"
            and aliases.entry(name) is None
            and not prior.endswith(" of")
            and not described_as_a_body(paragraph, mention.end)
        )
    gazetteer = ner_gazetteer()
    return not (gazetteer.is_place(name) or gazetteer.is_place(f"The {name}") or aliases.entry(name))


_CASE_AFTER = re.compile(r" v\. [A-Z]")
_NUMBERED_PART = re.compile(
    r"Chapter|Season|Episode|Part|Volume|Vol|Round|Game|Week|Stage|Phase|Level|Series|Book|Article|Section|Flight"
    r"|Number"
)
"""A word that numbers a part of a work, a contest or a text: "Chapter 2", "Season 3", "Article 50"."""
_NUMBERED = re.compile(
    rf"(?:{_NUMBERED_PART.pattern}) (?:\d+|[IVX]+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)"
)
"""A numbered part as one name: "Part II", "Round One"."""


def _opens_with_a_verb(mention: Mention) -> bool:
    """A person's name whose first word is a common -ing form and no given name ("Finding Neverland",
    "Saving Private Ryan"; not "Sterling Brown")."""
    first = mention.text.split()[0].lower()
    return (
        mention.label == "person"
        and " " in mention.text
        and first.endswith("ing")
        and first in common_words()
        and first not in ner_gazetteer().first_names
    )


_POSSESSOR_BEFORE = re.compile(r"\b[A-Z][\w.-]*['’]s $")


def _is_possessed_word(name: str, before: str, aliases: Aliases) -> bool:
    """One common word that news mostly writes in lower case, no known name, after a possessive
    name: "Moore's Law", "Payoneer's Board" (but "Fusion's Jorge Ramos", "Radio 4's Today")."""
    if " " in name or name.lower() not in common_words() or known_label(name, aliases) or is_mostly_capitalised(name):
        return False
    return _POSSESSOR_BEFORE.search(before) is not None


_WORKS = (
    r"film|movie|show|series|sitcom|soap|drama|comedy|album|song|single|novel|book|video game|musical|documentary"
    r"|podcast"
)
_WORK_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|new|hit|latest|debut|classic)|(?<=[a-z] )[A-Z][\w-]*"
    r"|\w-(?:winning|nominated))"
    rf" (?:{_WORKS}) $|\b(?:{_WORKS})s (?:like|such as) $"
    r"|\b[\w.'’-]+ (?:drama|comedy|musical|documentary|sitcom|thriller|biopic|blockbuster|novel|album) $"  # nouns only
)
_WORK_AFTER = re.compile(
    r" (?:actress|actor|actors|characters|episodes?|finale|sequel|soundtrack|cast)\b"
    r"| (?:co-)?stars? (?=[A-Z])| author (?=[A-Z])"  # "Sideways star Thomas Haden Church"
    r"|,? directed by\b"
)


def named_as_a_work(mention: Mention, paragraph: str) -> bool:
    """A mention that its words call a film, show, book, song or video game: "the film Vera Drake",
    "abortion drama Vera Drake", "hit show American Bandstand", "films like Harry Potter", "Coronation Street actress",
    "Sideways star Thomas Haden Church", "Harry Potter author JK Rowling", "House of Flying Daggers,
    directed by Yimou Zhang", "Howard Hughes biopic The Aviator", "Martin Scorsese's The Aviator" (but a
    known name stays one:
    "Hollywood actress", "Chelsea star Frank Lampard")."""
    before = paragraph[max(0, mention.start - 40) : mention.start]
    if mention.text.startswith("The ") and _POSSESSOR_BEFORE.search(before):
        return True  # "Martin Scorsese's The Aviator"
    return (
        _WORK_BEFORE.search(before) is not None
        or _WORK_AFTER.match(paragraph, mention.end) is not None
        or _in_a_quoted_title(mention, paragraph)
    )


_QUOTED_WORK_BEFORE = re.compile(rf"\b(?:{_WORKS}|programme|program|play|game|episode)s?,? $")


def _in_a_quoted_title(mention: Mention, paragraph: str) -> bool:
    """A mention inside the quoted title of a work that the words before the quotes name: "the show
    “I’m a Celebrity… Get Me Out of Here!”". Only quotes within ``MAX_QUOTED_TITLE`` characters are
    looked at, so that a long paragraph is not searched from its start for each name."""
    low = max(0, mention.start - MAX_QUOTED_TITLE)
    opening = max(paragraph.rfind('"', low, mention.start), paragraph.rfind("“", low, mention.start))
    if opening == -1 or "”" in paragraph[opening : mention.start]:
        return False
    straight = paragraph[opening] == '"'
    if straight and not _opens_a_quote(paragraph, opening):
        return False  # the closing quote of an earlier quotation
    closing = paragraph.find('"' if straight else "”", mention.end, opening + MAX_QUOTED_TITLE + 1)
    return closing != -1 and _QUOTED_WORK_BEFORE.search(paragraph, max(0, opening - 30), opening) is not None


MAX_QUOTED_TITLE = 120
"""The longest quoted title of a work, quotes included."""


def _opens_a_quote(paragraph: str, at: int) -> bool:
    """Whether the straight quote at ``at`` opens a quotation: after a space or the start, before a word."""
    return (at == 0 or not paragraph[at - 1].isalnum()) and at + 1 < len(paragraph) and not paragraph[at + 1].isspace()


_TITLE_BEFORE = re.compile(r"(?<![.!?] )\b[A-Z][\w'’-]*,? (?:of|for|the|in|on)(?: the| a)? $")
_TITLE_AFTER = re.compile(r" (?:of|for)(?: the| a)? [A-Z]")


_TITLE_OPENER = re.compile(r"[\w,;:] (?:I|You|We|My|Our|Your|Their) $")
"""A capitalised pronoun or possessive inside a sentence: it opens a title, not a name ("beating My
Summer of Love", "roles in I Heart Huckabees")."""


def _is_title_fragment(mention: Mention, name: str, before: str, paragraph: str, aliases: Aliases) -> bool:
    """A common word that a longer capitalised title holds around a lower-case link word, and
    that is no known name; or one that a capitalised possessive opens ("beating My Summer of Love"),
    even a given name."""
    if " " in name or name.lower() not in common_words() or aliases.entry(name):
        return False
    lead = mention.text[: mention.text.find(name)] if name in mention.text else ""  # "My " of "My Summer"
    if _TITLE_OPENER.search(before + lead):
        return True
    if not (_TITLE_BEFORE.search(before) or _TITLE_AFTER.match(paragraph, mention.end)):
        return False
    return not (names_someone(name) or known_label(name, aliases))


def is_common_noun(name: str, casing: Casing, aliases: Aliases) -> bool:
    """A generic word for an organisation ("the Committee", "Payoneer's Board", whatever the
    recogniser took it for) that the article also writes in lower case and that stands for none of
    its longer names (see ``resolve_names``): it names no one body. Or an acronym that the article
    counts as a thing or a unit ("NFTs", "30 ETH on Nov. 19") or spells out in lower case."""
    key = name.casefold()
    if aliases.entry(name) is not None:
        return False
    first = name.split(" ", 1)[0]
    if " " in name and first.islower() and first not in NAME_PARTICLES:
        return True  # an acronym's lower-case expansion: "ESG (environmental, social and governance)"
    return name in casing.counted or " " not in name and key in casing.lowercase and key in organisation_heads()


@dataclass(frozen=True)
class Casing:
    """How the article's body writes its words."""

    lowercase: frozenset[str]
    """Words written in lower case."""
    inside: frozenset[str]
    """Words written capitalised inside a sentence (after a word or a comma): "Young" of "Donald Young"."""
    counted: frozenset[str] = frozenset()
    """Acronyms written in the plural or after a number as a unit: "NFTs", "30 ETH on"."""

    @classmethod
    def of(cls, body: Sequence[str]) -> Casing:
        text = " ".join(body)
        units = [m.group(2) for m in _AFTER_A_NUMBER.finditer(text) if not _YEAR.fullmatch(m.group(1))]
        plurals = [form for m in re.findall(r"\b([A-Z]{2,6})s\b", text) for form in (m, f"{m}s")]
        return cls(
            lowercase=frozenset(re.findall(r"(?<![\w'-])[a-z][a-z'-]*", text)),
            inside=frozenset(re.findall(r"(?<=[\w,;] )[A-Z][\w'-]*", text)),
            counted=frozenset(units + plurals),
        )


_AFTER_A_NUMBER = re.compile(
    r"\b(\d(?:[\d,.]*\d)?) ([A-Z]{2,6})(?:[.,;:)]|\s+(?:on|in|at|for|per|to|from|of|and|or)\b)"
)
"""An acronym after a number and before punctuation or a preposition: a unit, as "30 ETH on";
not "20 NATO members", nor a year's "In 2004 IBM said"."""
_YEAR = re.compile(r"1[89]\d\d|20\d\d")


def without_sentence_opener(clean: CleanName | None, paragraph: str, start: int) -> CleanName | None:
    """A person's name without the common word that opened its sentence ("Meet Melania Trump")."""
    if clean is None or clean.label != "person" or " " not in clean.name or not _opens_sentence(paragraph, start):
        return clean
    first, rest = clean.name.split(" ", 1)
    low = first.lower()
    gazetteer = ner_gazetteer()
    if low in common_words() and low not in gazetteer.first_names and paragraph.startswith(first, start):
        return replace(clean, name=rest)
    return clean


def _opens_sentence(paragraph: str, start: int) -> bool:
    """Whether ``start`` opens the paragraph, a sentence, a quotation (also one opened with an
    apostrophe: "said, ’Let it"), a clause after an ellipsis or a numbered item ("1) Always")."""
    end = start
    while end > 0 and paragraph[end - 1].isspace():
        end -= 1
    if end == 0 or paragraph[end - 1] in '.!?"“‘:(…':
        return True
    if paragraph[end - 1] in "'’" and (end == 1 or paragraph[end - 2] in ' "“('):
        return True
    return (re.fullmatch(r"\d{1,2}[.)]", paragraph[:end]) is not None
            or re.search(r"\s\d{1,2}[.)]$", paragraph[max(0, end - 4) : end]) is not None)


def is_capitalised_word(name: str, paragraph: str, start: int, casing: Casing, aliases: Aliases) -> bool:
    """A sentence's first word that is no name: one the article also writes in lower case
    ("Still", "Among"), or a common word it never capitalises inside a sentence ("Autism", "Born")
    and that is no curated name ("Congress") nor a name that news writes capitalised more often
    than not ("Japan said", but "Liberal Democrat" is the start of a longer name), or an adverb
    set off by a comma ("Amazingly, she")."""
    key = name.lower()
    return (
        " " not in name
        and _opens_sentence(paragraph, start)
        and paragraph.startswith(name, start)
        and (
            key in casing.lowercase
            or key.endswith("ly") and paragraph.startswith(",", start + len(name)) and not known_label(name, aliases)
            or key in common_words()
            and name not in casing.inside
            and aliases.entry(name) is None
            and not (is_mostly_capitalised(name) and not _CAPITAL_AFTER.match(paragraph, start + len(name)))
        )
    )


_CAPITAL_AFTER = re.compile(r" [A-Z]")


def _is_dateline(mention: Mention, paragraph: str) -> bool:
    """An all-capitals place opening a paragraph: "WASHINGTON —", "LONDON (Reuters) -", "ST. PAUL, Minn. --"."""
    if mention.start > BEFORE_REACH:
        return False
    opening = paragraph[: mention.start]
    if not re.fullmatch(r"(?:[A-Z][A-Z'.-]*\s+)*", opening) or not mention.text.isupper() or len(mention.text) < 3:
        return False
    rest = paragraph[mention.end :]
    return re.match(r"(?:,[\w .]+?)?\s*(?:\([^)]{1,40}\))?\s*(?:[—–]|--?\s)", rest) is not None
