"""The words of a name: titles and roles (``generator/data/titles.txt``) stripped and kept,
possessives and company suffixes dropped, people's names parsed, acronyms and their initials."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass
from functools import cache

from generator.extract.ner.gazetteer import load as ner_gazetteer
from generator.parse.header import COMPANY_SUFFIXES

from .aliases import DATA_DIR, name_key

BEFORE_REACH = 200
"""How far before a name the words that qualify it (titles, "The", ordinals) are looked for, in characters."""
TITLES_FILE = DATA_DIR / "titles.txt"
_MODIFIERS = frozenset("former late acting then then- interim outgoing incoming retired".split())
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_LEGAL_FORMS = frozenset("inc ltd llc llp plc corp".split())
"""Legal forms that name nothing alone (not "Co", "SA" or "NV", which also stand for other things)."""
LEGAL_FORM = r"(?:Inc|Ltd|Corp|Co|PC|P\.C|LLC|L\.L\.C|LLP|L\.L\.P|PLC|Plc)\b\.?"
"""A company's legal form as written after its name: "Inc.", "L.L.C.", "PC"."""
PEERAGES = frozenset({"lord", "lady", "baroness"})
"""Titles a peer is known by, with the name: "Lord Woolf"."""
_INITIALS_SKIP = frozenset("of the and for to on in at a an & de du la".split())
NAME_PARTICLES = frozenset(
    "de del della dal dalla di dei degli der den van von du la le da do dos das bin bint al el y".split()
)
"""Lower-case words inside people's names ("Ludwig van Beethoven")."""
_CONNECTORS = NAME_PARTICLES | frozenset("of the and for to on in at a an &".split())
"""Lower-case words inside names of organisations and places ("Bank of America")."""
FUNCTION_WORDS = frozenset(
    "the if and as while so but when after before since then also because although though with"
    " without for from in on at by to of or nor yet a an this that these those his her their its"
    " our my your he she they we i it there here what who how why where which said says according"
    " even only just like unlike did does do is was were are has had have not no yes all both each"
    " every many most some meanwhile however now today yesterday tomorrow dear thanks".split()
)

_OFFICE_LINK = frozenset({"for", "of"})
_REMIT_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")
"""A word of a title's remit: "Afghanistan", "Reconciliation"; no abbreviation, no punctuation."""
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_HOLIDAY_WORDS = frozenset("good black cyber holy maundy ash super".split())
"""Words that make a weekday a day's name ("Good Friday"), which a name may end with."""


@dataclass(frozen=True)
class Title:
    role: str | None
    """The display form, ``None`` for courtesy titles ("Mr.")."""
    words: tuple[str, ...]
    """One spelling, as keys of its words."""
    ambiguous: bool
    """Also opens names of other things ("General Motors")."""
    dotted: bool = False
    """The spelling ends in a full stop ("Sen."): written so, it ends no sentence."""

    @property
    def is_occupation(self) -> bool:
        """What someone does, written in lower case ("spokesman", "rapper"), not a rank or office."""
        return self.role is not None and self.role[:1].islower()

    def applies(self, written_last_word: str, label: str) -> bool:
        """Whether to strip it from a name with ``label``, as written."""
        abbreviated = written_last_word.endswith(".") or self.role is None
        return label == "person" or abbreviated or not self.ambiguous


def word_key(word: str) -> str:
    return word.replace("’", "'").rstrip(".").casefold()


@cache
def titles() -> tuple[Title, ...]:
    """The titles of ``data/titles.txt``, longest spellings first."""
    found = []
    for line in TITLES_FILE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        courtesy, ambiguous = line.startswith("- "), line.startswith("? ")
        spellings = [s.strip() for s in (line[2:] if courtesy or ambiguous else line).split("|")]
        role = None if courtesy else spellings[0]
        found += [Title(role, tuple(word_key(w) for w in s.split()), ambiguous, s.endswith(".")) for s in spellings]
    return tuple(sorted(found, key=lambda t: -len(t.words)))


@cache
def _titles_by_word(last: bool) -> Mapping[str, tuple[Title, ...]]:
    """The titles by the key of their first (or last) word, longest first."""
    found: dict[str, list[Title]] = defaultdict(list)
    for title in titles():
        found[title.words[-1 if last else 0]].append(title)
    return {word: tuple(group) for word, group in found.items()}


@cache
def title_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(t.words for t in titles())


@cache
def _sure_roles() -> frozenset[str]:
    return frozenset(t.role for t in titles() if t.role and not t.ambiguous)


def is_sure_role(role: str) -> bool:
    """Whether a role comes from a title that opens no other kind of name ("President", "rapper";
    not "Leader", "Justice"), a modifier aside ("former")."""
    first, _, rest = role.partition(" ")
    return (rest if first in _MODIFIERS and rest else role) in _sure_roles()


@cache
def office_keys() -> frozenset[tuple[str, ...]]:
    """The keys of the titles that are ranks or offices ("Democrat", "Secretary"), not occupations."""
    return frozenset(t.words for t in titles() if not t.is_occupation)


@cache
def abbreviations() -> frozenset[str]:
    """Keys of the words that end in a full stop without ending a sentence ("Sen", "Gen")."""
    words = {w for t in titles() for w in t.words if len(w) <= 5}
    months = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    return frozenset(words | {"st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", *months})


def _names_with_title(title: Title) -> bool:
    """A title that, before one name alone, is part of the name: a peer's ("Lord Woolf"), or one that
    is a given name too ("Prince Harry", "Queen Latifah", "Lady Gaga"; not the courtesy "Miss")."""
    word = title.words[0]
    given = word in PEERAGES or word in ner_gazetteer().first_names
    return len(title.words) == 1 and title.role is not None and given


def _match_title(words: Sequence[str], label: str) -> Title | None:
    """The longest title that ``words`` start with, if it applies to ``label``."""
    keys = [word_key(w) for w in words]
    for title in _titles_by_word(last=False).get(keys[0], ()) if keys else ():
        n = len(title.words)
        if tuple(keys[:n]) == title.words and not all(key in _SUFFIXES for key in keys[n:]):  # "King Jr."
            if (
                title.applies(words[n - 1], label)
                or _reads_as_full_name(words[:n], words[n:])
                or remit_size(words[n:])
                or title.dotted and _reads_as_surname(words[n:])  # "Gen Pinochet", British style
            ):
                return title
    return None


def remit_size(words: Sequence[str]) -> int:
    """How many of ``words`` are a title's remit before a person's full name: 2 for "of Police" in
    "of Police Wayne Holben", 3 for "of National Intelligence" in "of National Intelligence Avril
    Haines" (the shortest remit that leaves a full name: remits hold no given names, surnames may,
    as "Del Toro"); 0 if there is none."""
    if len(words) < 4 or words[0] not in _OFFICE_LINK:
        return 0
    start = 2 if words[1] == "the" else 1  # "Secretary of the Navy Carlos Del Toro"
    for size in range(1, min(3, len(words) - start - 2) + 1):
        remit, rest = words[start : start + size], words[start + size :]
        if all(_REMIT_WORD.fullmatch(w) for w in remit) and _reads_as_full_name(remit, rest):
            return start + size
    return 0


def _reads_as_surname(words: Sequence[str]) -> bool:
    """One capitalised word of four letters or more that news never writes in lower case: "Pinochet",
    not "Z" of "Gen Z" nor "Digital"."""
    return len(words) == 1 and len(words[0]) >= 4 and words[0].istitle() and words[0].lower() not in word_ranks()


def _reads_as_full_name(title: Sequence[str], words: Sequence[str]) -> bool:
    """A known given name and a capitalised word after a ``title``, which with it or without it
    names no known place: "Elizabeth Warren" after "Democrat", not "Motors", nor the "Edward
    Island" of "Prince Edward Island"."""
    gazetteer = ner_gazetteer()
    return (
        len(words) >= 2
        and words[1][:1].isupper()
        and words[0].casefold() in gazetteer.first_names
        and not gazetteer.is_place(" ".join(words))
        and not gazetteer.is_place(" ".join([*title, *words]))
    )


def titles_before(text: str, label: str, name: str = "") -> tuple[tuple[str, ...], str]:
    """Roles in the words just before a ``name``, and the name's label (a person if any).

    Recognisers leave titles out of the name: "President Joe Biden" gives the mention "Joe
    Biden", so the preceding words are read too. A title that also opens other names ("Dame")
    counts before a name that reads as a given name and another ("Dame Alicia Markova").
    """
    if not text.endswith(" "):
        return (), label
    words = text.split()[-6:]
    roles: list[str] = []
    if label == "person" and (office := _office_of(words)):
        roles.append(office[0])
        words = words[: -office[1]]
    while words:
        title = _title_ending(words)
        if title is None or not (
            title.applies(words[-1], label) or _reads_as_full_name(words[-len(title.words) :], name.split())
        ):
            break
        words = words[: -len(title.words)]
        if words and words[-1].casefold() in _MODIFIERS and title.role:
            roles.insert(0, f"{words.pop().casefold()} {title.role}")
        elif title.role:
            roles.insert(0, title.role)
        label = "person"
    return tuple(roles), label


def _title_ending(words: Sequence[str]) -> Title | None:
    """The longest title that ``words`` (not empty) end with; a full stop that the title is not
    written with ends a sentence ("the Secretary of State. James Clapper")."""
    keys = [word_key(w) for w in words]
    sentence_end = words[-1].endswith(".")
    candidates = _titles_by_word(last=True).get(keys[-1], ())
    ending = (t for t in candidates if tuple(keys[-len(t.words) :]) == t.words)
    return next((t for t in ending if t.dotted or not sentence_end), None)


def _office_of(words: Sequence[str]) -> tuple[str, int] | None:
    """A person's title with its remit, ending ``words``, and how many words it takes: "Special
    Representative for Afghanistan Reconciliation", "Minister for Europe"; none for a title of its
    own ("Secretary of State", read as one title) or a remit in lower case ("envoy for peace")."""
    for size in (1, 2, 3):
        link = len(words) - size - 1
        remit = words[link + 1 :]
        if link < 1 or words[link] not in _OFFICE_LINK or not all(_REMIT_WORD.fullmatch(w) for w in remit):
            continue
        title = _title_ending(words[:link])
        if title is None or title.role is None:
            continue
        taken = len(title.words) + 1 + size
        if tuple(word_key(w) for w in words[-taken:]) not in title_keys():
            return f"{title.role} {words[link]} {' '.join(remit)}", taken
    return None


@cache
def _occupations() -> frozenset[str]:
    """The occupations of one word whose plural before names means people ("actors", "rappers";
    not "campaigners", which often names a group: "campaigners HACAN Clearskies"), and "star"
    ("stars Paul Giamatti and Virginia Madsen")."""
    words = {t.words[0] for t in titles() if t.is_occupation and len(t.words) == 1}
    return frozenset(words - {"campaigner", "activist"} | {"star"})


_NAMES_LISTED = re.compile(r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:, and |, | and ))+$")


def listed_after_occupation(text: str) -> bool:
    """Whether ``text``, the words before a name, is the plural of an occupation, and maybe names
    that the name ends the list of: "actresses ", "singers Chris Martin, Dido and "."""
    listed = _NAMES_LISTED.search(text)
    words = text[: listed.start() if listed else len(text)].split()
    last = word_key(words[-1]) if words else ""
    return last.endswith("s") and (last[:-1] in _occupations() or last[:-2] in _occupations())


_AFTER_HEAD = frozenset({None, "of", "for", "at", "to", "in", "on", "with", "from", "and", "who", "whose", "since"})
"""What may follow the head of an apposition: nothing, or a preposition or clause ("envoy to Afghanistan")."""


def appositive_roles(after: str) -> tuple[str, ...]:
    """The title in an apposition right after a person's name: ", the U.S. special envoy," gives
    "Special Envoy" (the title's display form), ", the former president," "former President".
    The title heads the phrase: in ", the activist arm of the company," the head is "arm"."""
    match = re.match(r",\s+(?:the|a|an)\s+([^,;:()\"“”]{2,80}?)\s*(?:[,;:]|(?<![A-Z])\.(?:\s|$)|$)", after)
    if match is None:
        return ()
    words = match.group(1).split()
    keys = [word_key(w) for w in words]
    for at in range(len(words)):
        for title in _titles_by_word(last=False).get(keys[at], ()):
            n = len(title.words)
            following = keys[at + n] if at + n < len(keys) else None
            if tuple(keys[at : at + n]) == title.words and title.role and following in _AFTER_HEAD:
                modifier = at > 0 and keys[at - 1] in _MODIFIERS
                return (f"{keys[at - 1]} {title.role}" if modifier else title.role,)
    return ()


@dataclass(frozen=True)
class CleanName:
    name: str
    label: str
    roles: tuple[str, ...]


_QUALIFIER = re.compile(r"\S+-(?:based|owned|run|backed|funded|led|published|registered|area)")
_LEADING_NUMBER = re.compile(r"\d[\d,.]*(?:-[a-z][\w-]*|MB|GB|TB|GHz|MHz|bn|m)?")
"""A year, an amount or a description before a name: "2000", "22-year-old", "6,000-strong", "512MB"."""


@cache
def word_ranks() -> dict[str, int]:
    """Each word of the recogniser's word classes -> its rank by frequency in news, 0 the most frequent."""
    return {word: rank for rank, word in enumerate(ner_gazetteer().clusters)}


def _case_ranks(word: str) -> tuple[int, int]:
    """The frequency ranks of ``word`` as written and in lower case, the vocabulary's size where unseen."""
    rank = word_ranks()
    return rank.get(word, len(rank)), rank.get(word.lower(), len(rank))


def is_mostly_capitalised(word: str) -> bool:
    """Whether news writes ``word`` capitalised more often than in lower case: "Japan", "Senate"."""
    written, lower = _case_ranks(word)
    return written < lower


def is_mostly_lowercase(word: str) -> bool:
    """A capitalised word that news writes in lower case more often: "Cent", not "Senate" or "UK"."""
    written, lower = _case_ranks(word)
    return word.istitle() and lower < written


NICKNAME = r"[\"“‘'][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’']"
"""A nickname in quotes, as written between a given name and a surname: '"Mo"', "'The Rock'"."""
_QUOTED_NICKNAME = re.compile(rf" {NICKNAME} ")


def is_suffix(key: str) -> bool:
    """A name's or a company's suffix, which names nothing alone: "Jr", "L.L.C.", "Inc"."""
    return key in _SUFFIXES or key.replace(".", "") in _LEGAL_FORMS


def clean_name(text: str, label: str) -> CleanName | None:
    """The name in a mention's text; ``None`` if there is none.

    Strips a dateline ("WASHINGTON — The House"), a number ("2000", "22-year-old"), leading
    sentence words ("If", "And"), "the", a qualifier ("California-based", "non-"; "Island-based"), titles
    ("President", "Michigan Rep.", "spokesman") with the role kept, anything from a lower-case word
    on ("Moore told The Post"), a company suffix ("Boeing Co."), a possessive and a nickname in
    quotes ('William "Mo" Cowan'). Titles make the name a person's.
    """
    text = re.split(r"\s(?:--|[—–])\s", " ".join(text.replace("’", "'").split()))[-1]
    text = re.sub(r",\s*(Jr\.?|Sr\.?|II|III|IV)$", r" \1", text)
    text = _QUOTED_NICKNAME.sub(" ", text)  # 'William "Mo" Cowan' is William Cowan
    text = re.sub(r"\s*\((?:[^()]*\))?[^()]*$", "", text) if "(" in text else text  # "Farenthold (R-Texas"
    words = text.strip(" ,;:\"“”‘'()[]-–—").split()
    while len(words) > 1 and (
        words[0].casefold() in FUNCTION_WORDS or _LEADING_NUMBER.fullmatch(words[0]) or re.search(r"in['’]$", words[0])
    ):
        if len(words) == 2 and re.fullmatch(r"\d{1,3}", words[0]) and is_mostly_lowercase(words[1]):
            break  # "50 Cent", "100 Club": a common word after a number is no name of its own; "2005 Budget" is
        words = words[1:]  # "The 22-year-old Michalak", "2000 Sydney", "Lyin' Ted"; not "3GSM World Congress"
    if len(words) > 1 and _QUALIFIER.fullmatch(words[0]):
        words = words[1:]  # "California-based Institute"
    elif words and _QUALIFIER.fullmatch(words[-1]):
        words[-1], qualifier = words[-1].rsplit("-", 1)  # "Mercer Island-based", "Amazon-owned": what it qualifies
        label = "place" if qualifier == "area" else label  # "a Kansas City-area group"
    if len(words) > 1 and words[0].startswith("non-"):
        words[0] = words[0][4:]  # "non-Champions League"
    roles: list[str] = []
    body = label != "person" and bool(words) and word_key(words[-1]) in ner_gazetteer().org_words
    while words and not body:  # a body's name keeps its words: "Republican Governors Association"
        found = _title_in_lead(words, label)
        if found is None:
            break
        at, title = found
        label = "person"
        if _names_with_title(title) and len(words) == at + 2:
            words = words[at:]  # "Lord Woolf", "Prince Harry", "Lady Gaga"
            break
        modifier = at > 0 and words[at - 1].casefold() in _MODIFIERS
        end = at + len(title.words)
        remit = remit_size(words[end:])
        role = " ".join([title.role, *words[end : end + remit]]) if title.role else None
        if role:
            roles.append(f"{words[at - 1].casefold()} {role}" if modifier else role)
        words = words[end + remit :]
    if not body and (after := _office_after_name(words)):
        roles.append(after.role or "")
        words, label = words[: -len(after.words)], "person"  # "Tom McCabe MSP"
    words = _until_lowercase(words, NAME_PARTICLES if label == "person" else _CONNECTORS)
    if len(words) > 2 and word_key(words[-1]) in WEEKDAYS and word_key(words[-2]) not in _HOLIDAY_WORDS:
        words = words[:-1]  # "Reading Hospital Friday" (evening)
    while label == "organization" and len(words) > 1 and word_key(words[-1]) in COMPANY_SUFFIXES:
        words = _until_lowercase(words[:-1], _CONNECTORS)  # "Boeing Co." and "Apple, Inc." name the company
        words[-1:] = [w.rstrip(",") for w in words[-1:]]
    if words:
        words[-1] = re.sub(r"'s$|(?<=s)'$", "", words[-1])  # "Khalilzad's", "Reuters'"
    name = " ".join(w for w in words if w)
    keys = tuple(word_key(w) for w in words)
    if keys in title_keys() or (len(keys) == 1 and is_suffix(keys[0])) or not body and _names_an_office(words):
        return None
    if (
        not re.match(r"\w", name)
        or not re.search(r"[A-Z]", name)
        or name.casefold() in FUNCTION_WORDS
    ):
        return None
    return CleanName(name, label, tuple(roles))


def _names_an_office(words: Sequence[str]) -> bool:
    """An office with no one's name: "Labour MP", "Lib Dem MPs", "Glasgow Kelvin MP", at most three
    capitalised words, no given name first, before a title that opens no other kind of name
    ("Burger King" is a company)."""
    title = _office_ending(words)
    before = words[: len(words) - len(title.words)] if title else ()
    return (
        title is not None
        and len(before) <= 3
        and all(word[:1].isupper() for word in before)
        and not (before and word_key(before[0]) in ner_gazetteer().first_names)
    )


def _office_after_name(words: Sequence[str]) -> Title | None:
    """A title after a person's full name, as British news writes members: "Tom McCabe MSP"."""
    title = _office_ending(words)
    if title is None or len(words) < len(title.words) + 2:
        return None
    return title if word_key(words[0]) in ner_gazetteer().first_names else None


def _office_ending(words: Sequence[str]) -> Title | None:
    """The unambiguous rank or office that ``words`` end with, if any."""
    title = _title_ending(words) if words else None
    if title is None or title.ambiguous or title.role is None or title.is_occupation:
        return None
    return title


def _title_in_lead(words: Sequence[str], label: str) -> tuple[int, Title] | None:
    """The title nearest the name among the first words, after at most three qualifiers.

    Qualifiers are capitalised words or "former": "Michigan Rep.", "Justice Department
    spokesman". A title inside a longer one ("President" in "Vice President") does not count.
    """
    best, covered = None, 0
    for at in range(min(4, len(words) - 1)):
        if at and not (words[at - 1][:1].isupper() or words[at - 1].casefold() in _MODIFIERS):
            break
        title = _match_title(words[at:], label)
        if title and at >= covered:
            best, covered = (at, title), at + len(title.words)
    return best


def _until_lowercase(words: Sequence[str], connectors: frozenset[str]) -> list[str]:
    """The words up to the first lower-case word that is not a connector ("of", "de"), trimmed."""
    kept: list[str] = []
    for word in words:
        if re.fullmatch(r"[a-z'-]+", word) and word not in connectors:
            break
        kept.append(word)
    while kept and kept[-1] in connectors:
        kept.pop()
    return kept


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)")


@dataclass(frozen=True)
class PersonName:
    first: str
    last: str
    suffix: str
    middle: str
    """Keys of the name's parts; ``first`` is empty for a single name."""

    @classmethod
    def parse(cls, name: str) -> PersonName:
        raw = name.split()
        while len(raw) > 1 and raw[0] in NAME_PARTICLES:
            raw = raw[1:]  # "de Vabres" is a surname alone
        words = [word_key(w) for w in raw]
        suffix = words.pop() if len(words) > 1 and words[-1] in _SUFFIXES else ""
        last = _ARABIC_ARTICLE.sub("", words[-1])  # "al-Bashir" is called "Bashir" too
        if len(words) == 1:
            return cls("", last, suffix, "")
        return cls(words[0], last, suffix, " ".join(words[1:-1]))

    @property
    def single(self) -> bool:
        return not self.first


def is_acronym(name: str) -> bool:
    letters = acronym_letters(name)
    return 2 <= len(letters) <= 8 and letters.isupper() and " " not in name


def acronym_letters(name: str) -> str:
    return re.sub(r"[.&\-]", "", name)


def initials(name: str) -> str:
    """The capitals of the name's words, small words skipped: "North Atlantic Treaty Organization"
    gives "NATO"."""
    return "".join(w[0].upper() for w in name.split() if w.casefold() not in _INITIALS_SKIP)


def acronym_fits(short: str, long: str) -> bool:
    """The acronym starts like the long name and uses no letter the long name lacks."""
    letters = acronym_letters(short).casefold()
    return letters[0] == long[0].casefold() and set(letters) <= set(long.casefold())


def with_descriptor_before(people: Mapping[str, str], established: Set[str] | None = None) -> dict[str, str]:
    """Key of a person's name opened by a word of description -> the key of the full name its other
    words make, a given name first, when ``people`` (keys -> names) has it: "Blairite Alan Milburn",
    "Tory Dominic Grieve", "Cinematographer John Mathieson" beside "Alan Milburn"; not "Enrique Peña
    Nieto" beside "Peña Nieto" nor "Ruud van Nistelrooy" beside "Van Nistelrooy". Across an archive,
    only into an ``established`` name and not from a given name: "Sarah Jessica Parker" is not
    "Jessica Parker"."""
    given_names = ner_gazetteer().first_names
    found = {}
    for key, name in people.items():
        first, *rest = name.split()
        if (
            len(rest) < 2
            or first in NAME_PARTICLES
            or rest[0].casefold() in NAME_PARTICLES
            or word_key(rest[0]) not in given_names
            or established is not None and word_key(first) in given_names
        ):
            continue
        tail = name_key(" ".join(rest))
        if tail in people and tail != key and (established is None or tail in established):
            found[key] = tail
    return found


def middle_variants(people: Mapping[str, PersonName], names: Mapping[str, str]) -> dict[str, str]:
    """Middle-name variants ("Donald J. Trump") -> the plain name, when the article uses both."""
    plain = {(p.first, p.last, p.suffix): key for key, p in people.items() if not p.middle}
    return {
        key: names[plain[(p.first, p.last, p.suffix)]]
        for key, p in people.items()
        if p.middle and (p.first, p.last, p.suffix) in plain
    }


def initial_fits(people: Mapping[str, PersonName]) -> dict[str, list[str]]:
    """Each name with an initial for its first name ("J White", as line-ups write them) -> the keys
    of the full names among ``people`` that it fits ("Jason White", "Julian White")."""
    full: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for key, p in people.items():
        if len(p.first) > 1:
            full[p.first[0], p.last, p.suffix].append(key)
    return {
        key: full.get((p.first, p.last, p.suffix), [])
        for key, p in people.items()
        if len(p.first) == 1 and not p.middle
    }


def short_name_target(
    short: PersonName, full: Mapping[str, PersonName], allow_first: bool = True
) -> str | None:
    """The one full name whose surname (or first name) ``short`` is, or ``None`` if not one.

    Suffixes must agree: "Trump" is not "Donald Trump Jr.", "Trump Jr." is not "Donald Trump".
    """
    candidates = [k for k, p in full.items() if p.last == short.last and p.suffix == short.suffix]
    if not candidates and allow_first and not short.suffix:
        candidates = [k for k, p in full.items() if p.first == short.last]
    return candidates[0] if len(candidates) == 1 else None


def brand_cased(name: str, spellings: Mapping[str, int]) -> str:
    """The most used of the ``spellings`` that differ from ``name`` in case alone and have a
    capital inside a word ("LinkedIn" beside "Linkedin"), else ``name``."""
    variants = [s for s in spellings if s.casefold() == name.casefold() and re.search(r"[a-z][A-Z]", s)]
    return max(variants, key=lambda s: (spellings[s], s)) if variants else name
