"""One entity per real thing within an article: names cleaned, variants resolved, ranked.

The recogniser's mentions are cleaned (titles, possessives and a leading "the" stripped, the
titles kept as roles; ``generator/data/titles.txt``), mapped through the curated aliases
(``generator/data/entities.yml`` plus a project's own file), and joined within the article:
acronyms with their expansions, middle-name variants with the plain name, and a lone surname or
first name with the one full name it abbreviates. Bylines, captions, photo credits, datelines,
dates and page debris are not entities. Entities are ranked by salience: mentions, spread, the
lead and the headline.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from types import MappingProxyType


from generator import yaml_io
from generator.extract.ner.gazetteer import load as ner_gazetteer
from generator.model import Article, Mention

ORGANIZATION_HEADS = frozenset(
    {"administration", "corps", "campaign", "caucus", "agency", "foundation", "force", "legislature", "foods",
     "brands", "pharma", "pharmaceuticals", "studios", "laboratories", "labs", "magazine", "journal", "herald",
     "tribune", "gazette", "chronicle", "examiner", "observer", "telegraph"}
)
"""Last words of organisations' names, beside the recogniser's own list (``ner/data/org_words.txt``)."""
FACILITY_HEADS = frozenset({"tower", "towers", "airport", "stadium", "square", "bridge"})
"""Last words of buildings' and sites' names, which are places."""
PLACE_OPENERS = frozenset({"ft", "fort", "mt", "mount"})
"""First words of places' names ("Ft. Myers", "Mount Kisco"), which no person's name has."""
BEFORE_REACH = 200
"""How far before a name the words that qualify it (titles, "The", ordinals) are looked for, in characters."""
MAX_HEADING_WORDS = 14
"""The longest line of the body read as a heading when in Title Case."""
DATA_DIR = Path(__file__).resolve().parent.parent / "data"

DEFAULT_ALIASES = DATA_DIR / "entities.yml"
TITLES_FILE = DATA_DIR / "titles.txt"

LABELS = ("person", "organization", "place")
PLACE_WEIGHT = 0.7
"""Places set the scene more often than they are the story: their salience scores count less."""
_LABEL_SYNONYMS = {
    "person": "person",
    "people": "person",
    "per": "person",
    "organization": "organization",
    "organisation": "organization",
    "org": "organization",
    "place": "place",
    "location": "place",
    "loc": "place",
    "gpe": "place",
}
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december christmas easter thanksgiving"
    " halloween est edt cst cdt mst mdt pst pdt gmt bst cet utc et pt".split()
)
"""Weekdays, months, holidays and time zones: dates, not entities."""
_COMPANY_SUFFIXES = frozenset("co cos corp inc ltd plc llc lp ag sa nv".split())
_MODIFIERS = frozenset("former late acting then then- interim outgoing incoming retired".split())
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_PEERAGES = frozenset({"lord", "lady", "baroness"})
_INITIALS_SKIP = frozenset("of the and for to on in at a an & de du la".split())
_FORMAL_STATE = re.compile(
    r"^(?:[Tt]he\s+)?(?:State|Republic|Kingdom|Commonwealth|Federation|Principality|Sultanate|Emirate)\s+of\s+(.+)$"
)
"""A state's formal name, as "the State of Israel" or "the Kingdom of Saudi Arabia"."""
_NAME_PARTICLES = frozenset("de del della der den van von du la le da dos das bin bint al el y".split())
"""Lower-case words inside people's names ("Ludwig van Beethoven")."""
_CONNECTORS = _NAME_PARTICLES | frozenset("of the and for to on in at a an &".split())
"""Lower-case words inside names of organisations and places ("Bank of America")."""
_FUNCTION_WORDS = frozenset(
    "the if and as while so but when after before since then also because although though with"
    " without for from in on at by to of or nor yet a an this that these those his her their its"
    " our my your he she they we i it there here what who how why where which said says according"
    " even only just like unlike did does do is was were are has had have not no yes all both each"
    " every many most some meanwhile however now today yesterday tomorrow dear thanks".split()
)


@cache
def organisation_heads() -> frozenset[str]:
    """Last words of organisations' names, lower-cased: ``ORGANIZATION_HEADS`` and the recogniser's list."""
    return ner_gazetteer().org_words | ORGANIZATION_HEADS


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The form names are compared in: case, accents, full stops, spacing and a leading "the" ignored."""
    text = unicodedata.normalize("NFKD", name).replace("’", "'").casefold()
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = " ".join(re.sub(r"[.,]", "", text).split())
    return text[4:] if text.startswith("the ") else text


# --- curation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Curated:
    """An entity as the curation file declares it."""

    name: str
    label: str | None = None
    aliases: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Aliases:
    """Curated canonical names, types, descriptions and ignored names, looked up by name."""

    entries: Mapping[str, Curated]
    """By the key of the canonical name."""
    targets: Mapping[str, str]
    """The key of every known name or alias -> the key of its canonical name."""
    ignored: frozenset[str]

    def entry(self, name: str) -> Curated | None:
        key = name_key(name)
        for _ in range(8):  # follow chains (a user alias of a default name), never loop
            target = self.targets.get(key, key)
            if target == key:
                break
            key = target
        return self.entries.get(key)

    def canonical(self, name: str) -> str:
        """The curated name of ``name``, or ``name`` itself."""
        entry = self.entry(name)
        return entry.name if entry else name

    def label(self, name: str) -> str | None:
        entry = self.entry(name)
        return entry.label if entry else None

    def description(self, name: str) -> str | None:
        entry = self.entry(name)
        return entry.description if entry else None

    def variants(self, name: str) -> tuple[str, ...]:
        """The curated name of ``name`` and its aliases."""
        entry = self.entry(name)
        return (entry.name, *entry.aliases) if entry else (name,)

    def is_ignored(self, name: str) -> bool:
        return name_key(name) in self.ignored


def load_aliases(user_file: Path | None = None) -> Aliases:
    """The shipped curation, extended and overridden by a project's ``entities.yml``.

    A ``user_file`` that does not exist is no curation, like ``None``; one that cannot be read
    raises ``ValueError`` naming it.
    """
    entries: dict[str, Curated] = {}
    targets: dict[str, str] = {}
    ignored: set[str] = set()
    for path in (DEFAULT_ALIASES, user_file):
        if path is None or not path.exists():
            continue
        declared, ignore = _read_curation(path)
        ignored |= {name_key(name) for name in ignore}
        for item in declared:
            key = name_key(item.name)
            old = entries.get(key)
            if old:
                item = Curated(
                    name=item.name,
                    label=item.label or old.label,
                    aliases=tuple(dict.fromkeys((*old.aliases, *item.aliases))),
                    description=item.description or old.description,
                )
            entries[key] = item
            ignored.discard(key)
        for item in declared:
            key = name_key(item.name)
            targets[key] = key
            for alias in item.aliases:
                if name_key(alias) != key:
                    targets[name_key(alias)] = key
    return Aliases(MappingProxyType(entries), MappingProxyType(targets), frozenset(ignored))


def _read_curation(path: Path) -> tuple[list[Curated], list[str]]:
    try:
        data = yaml_io.load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml_io.YAMLError) as error:
        raise ValueError(f"{path}: {error}") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping with 'entities' and 'ignore'")
    items = []
    for raw in data.get("entities") or []:
        if not isinstance(raw, dict) or not raw.get("name"):
            raise ValueError(f"{path}: every entity needs a 'name': {raw!r}")
        label = raw.get("type")
        if label is not None and str(label).casefold() not in _LABEL_SYNONYMS:
            raise ValueError(f"{path}: {raw['name']}: type must be one of {', '.join(LABELS)}")
        items.append(
            Curated(
                name=str(raw["name"]).strip(),
                label=_LABEL_SYNONYMS[str(label).casefold()] if label is not None else None,
                aliases=tuple(str(alias).strip() for alias in raw.get("aliases") or ()),
                description=str(raw["description"]).strip() if raw.get("description") else None,
            )
        )
    return items, [str(name) for name in data.get("ignore") or ()]


# --- titles -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Title:
    role: str | None
    """The display form, ``None`` for courtesy titles ("Mr.")."""
    words: tuple[str, ...]
    """One spelling, as keys of its words."""
    ambiguous: bool
    """Also opens names of other things ("General Motors")."""

    def applies(self, written_last_word: str, label: str) -> bool:
        """Whether to strip it from a name with ``label``, as written."""
        abbreviated = written_last_word.endswith(".") or self.role is None
        return label == "person" or abbreviated or not self.ambiguous


def _word_key(word: str) -> str:
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
        found += [Title(role, tuple(_word_key(w) for w in s.split()), ambiguous) for s in spellings]
    return tuple(sorted(found, key=lambda t: -len(t.words)))


@cache
def _titles_by_word(last: bool) -> Mapping[str, tuple[Title, ...]]:
    """The titles by the key of their first (or last) word, longest first."""
    found: dict[str, list[Title]] = defaultdict(list)
    for title in titles():
        found[title.words[-1 if last else 0]].append(title)
    return {word: tuple(group) for word, group in found.items()}


@cache
def _title_keys() -> frozenset[tuple[str, ...]]:
    return frozenset(t.words for t in titles())


@cache
def abbreviations() -> frozenset[str]:
    """Keys of the words that end in a full stop without ending a sentence ("Sen", "Gen")."""
    words = {w for t in titles() for w in t.words if len(w) <= 5}
    months = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
    return frozenset(words | {"st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", *months})


def _match_title(words: Sequence[str], label: str) -> Title | None:
    """The longest title that ``words`` start with, if it applies to ``label``."""
    keys = [_word_key(w) for w in words]
    for title in _titles_by_word(last=False).get(keys[0], ()) if keys else ():
        n = len(title.words)
        if len(words) > n and tuple(keys[:n]) == title.words:
            if title.applies(words[n - 1], label) or _reads_as_full_name(words[n:]):
                return title
    return None


def _reads_as_full_name(words: Sequence[str]) -> bool:
    """A known given name and a capitalised word: "Elizabeth Warren" after "Democrat", not "Motors"."""
    return len(words) >= 2 and words[1][:1].isupper() and words[0].casefold() in ner_gazetteer().first_names


def titles_before(text: str, label: str) -> tuple[tuple[str, ...], str]:
    """Roles in the words just before a name, and the name's label (a person if any).

    Recognisers leave titles out of the name: "President Joe Biden" gives the mention "Joe
    Biden", so the preceding words are read too.
    """
    if not text.endswith(" "):
        return (), label
    words = text.split()[-6:]
    roles: list[str] = []
    while words:
        keys = [_word_key(w) for w in words]
        candidates = _titles_by_word(last=True).get(keys[-1], ())
        title = next((t for t in candidates if tuple(keys[-len(t.words) :]) == t.words), None)
        if title is None or not title.applies(words[-1], label):
            break
        words = words[: -len(title.words)]
        if words and words[-1].casefold() in _MODIFIERS and title.role:
            roles.insert(0, f"{words.pop().casefold()} {title.role}")
        elif title.role:
            roles.insert(0, title.role)
        label = "person"
    return tuple(roles), label


def appositive_roles(after: str) -> tuple[str, ...]:
    """The title in an apposition right after a person's name: ", the U.S. peace envoy," gives
    "Special Envoy" (the display form of "envoy"), ", the former president," "former President"."""
    match = re.match(r",\s+(?:the|a|an)\s+([^,;:()\"“”]{2,80}?)\s*(?:[,;:]|(?<![A-Z])\.(?:\s|$)|$)", after)
    if match is None:
        return ()
    words = match.group(1).split()
    keys = [_word_key(w) for w in words]
    for at in range(len(words)):
        for title in _titles_by_word(last=False).get(keys[at], ()):
            n = len(title.words)
            if tuple(keys[at : at + n]) == title.words and title.role:
                modifier = at > 0 and keys[at - 1] in _MODIFIERS
                return (f"{keys[at - 1]} {title.role}" if modifier else title.role,)
    return ()


# --- names ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanName:
    name: str
    label: str
    roles: tuple[str, ...]


def clean_name(text: str, label: str) -> CleanName | None:
    """The name in a mention's text; ``None`` if there is none.

    Strips a dateline ("WASHINGTON — The House"), leading sentence words ("If", "And"), "the",
    titles ("President", "Michigan Rep.", "spokesman") with the role kept, anything from a
    lower-case word on ("Moore told The Post"), a company suffix ("Boeing Co.") and a
    possessive. Titles make the name a person's.
    """
    text = re.split(r"\s(?:--|[—–])\s", " ".join(text.replace("’", "'").split()))[-1]
    text = re.sub(r",\s*(Jr\.?|Sr\.?|II|III|IV)$", r" \1", text)
    text = re.sub(r"\s*\((?:[^()]*\))?[^()]*$", "", text) if "(" in text else text  # "Farenthold (R-Texas"
    words = text.strip(" ,;:\"“”‘'()[]-–—").split()
    while len(words) > 1 and words[0].casefold() in _FUNCTION_WORDS:
        words = words[1:]
    roles: list[str] = []
    while words:
        found = _title_in_lead(words, label)
        if found is None:
            break
        at, title = found
        label = "person"
        if title.words[0] in _PEERAGES and len(words) == at + 2:
            words = words[at:]  # "Lord Woolf": a peer is known by title and name
            break
        modifier = at > 0 and words[at - 1].casefold() in _MODIFIERS
        if title.role:
            roles.append(f"{words[at - 1].casefold()} {title.role}" if modifier else title.role)
        words = words[at + len(title.words) :]
    words = _until_lowercase(words, _NAME_PARTICLES if label == "person" else _CONNECTORS)
    while label == "organization" and len(words) > 1 and _word_key(words[-1]) in _COMPANY_SUFFIXES:
        words = _until_lowercase(words[:-1], _CONNECTORS)  # "Boeing Co." and "Apple, Inc." name the company
        words[-1:] = [w.rstrip(",") for w in words[-1:]]
    if words:
        words[-1] = re.sub(r"'s$|(?<=s)'$", "", words[-1])  # "Khalilzad's", "Reuters'"
    name = " ".join(w for w in words if w)
    keys = tuple(_word_key(w) for w in words)
    if keys in _title_keys() or (len(keys) == 1 and keys[0] in _SUFFIXES):
        return None
    if (
        not re.match(r"\w", name)
        or not re.search(r"[A-Z]", name)
        or name.casefold() in _FUNCTION_WORDS
    ):
        return None
    return CleanName(name, label, tuple(roles))


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


def _is_debris(name: str, aliases: Aliases) -> bool:
    """Ignored names, weekdays and months, laws, and page debris that looks like a name."""
    key = name_key(name)
    return (
        aliases.is_ignored(name)
        or key in _CALENDAR
        or re.search(r"\s(?:Act|ACT|Amendment|AMENDMENT|Bill|BILL)$", name) is not None  # "Patriot Act", "Gambling Bill"
        or re.fullmatch(r"(?:Senate|House|Assembly) (?:File|Resolution)|[SHA][BF]", name) is not None  # "SB 1062"
        or not re.search(r"[^\W\d_]", name)
        or "/" in name
        or re.fullmatch(r"[DRI]-[A-Z][\w.]*", name) is not None  # "D-Calif.", a party and state
        or re.match(r"(?:Democrat|Republican|Independent) of ", name) is not None
        or re.search(r"[a-z]{2}\.[A-Z]", name) is not None  # "Capitol.CreditJoshua"
    )


_DEMONYM = re.compile(r"^([A-Z][a-z]{3,}?)(?:ers|ites|ians|ans|ns|is|ese)$")


def _is_demonym(name: str) -> bool:
    """The people of a known place, a group and no entity: "Londoners", "Iraqis", "Parisians";
    not a name itself ("Paris", "Lewis")."""
    match = _DEMONYM.match(name)
    if match is None:
        return False
    gazetteer = ner_gazetteer()
    if _names_someone(name) or gazetteer.is_place(name):
        return False
    return any(gazetteer.is_place(stem) for stem in _stems(match))


def _stems(match: re.Match[str]) -> tuple[str, ...]:
    """The place a demonym's stem may name: "London" (Londoners), "Cuba" (Cubans), "Rom" + "e"."""
    stem = match.group(1)
    return (stem, stem + "a", stem + "e")


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
        words = [_word_key(w) for w in name.split()]
        suffix = words.pop() if len(words) > 1 and words[-1] in _SUFFIXES else ""
        last = _ARABIC_ARTICLE.sub("", words[-1])  # "al-Bashir" is called "Bashir" too
        if len(words) == 1:
            return cls("", last, suffix, "")
        return cls(words[0], last, suffix, " ".join(words[1:-1]))

    @property
    def single(self) -> bool:
        return not self.first


# --- article entities -------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleEntity:
    """A person, organisation or place as one article names it."""

    name: str
    label: str
    count: int
    """Mentions in the body."""
    salience: float
    """1.0 for the article's most salient entity, less for the others."""
    roles: tuple[str, ...]
    """Titles it is given ("President", "former Senator"), in order of appearance."""
    sentence: str
    """The first sentence that mentions it."""
    forms: tuple[str, ...]
    """The names it goes by in the article, titles stripped, in order of appearance."""


@dataclass(frozen=True)
class _Occurrence:
    name: str
    form: str
    label: str
    roles: tuple[str, ...]
    paragraph: int
    start: int
    end: int


def article_entities(
    article: Article, mentions: Sequence[Mention], aliases: Aliases
) -> tuple[ArticleEntity, ...]:
    """The article's entities, most salient first."""
    casing = _Casing.of(article.body)
    found = _occurrences(article, mentions, aliases, casing)
    if not found:
        return ()
    resolved = _resolve(found, article.body, aliases)
    groups: dict[str, list[_Occurrence]] = defaultdict(list)
    for occ in found:
        name = aliases.canonical(resolved.get(name_key(occ.name), occ.name))
        if not _is_debris(name, aliases) and not _is_common_noun(name, casing.lowercase, aliases):
            groups[name_key(name)].append(occ)
    for key in [key for key in groups if _joins_two_names(key, groups, aliases)]:
        del groups[key]
    entities = [_entity(occs, resolved, article, aliases) for occs in groups.values()]
    for entity in [e for e in entities if _names_nothing(e, aliases)]:
        entities.remove(entity)
        groups.pop(name_key(entity.name), None)
    return _rank(entities, groups, article, aliases) if entities else ()


def _names_nothing(entity: ArticleEntity, aliases: Aliases) -> bool:
    """An entity that is no one thing: a person that is a common word; a person or place that is
    the people of a place (a team may bear such a name: "Corinthians"); the last word of
    organisations' names alone, which the article ties to none of its names ("the Council",
    "Board"; curate one that is a name, such as "Congress")."""
    if aliases.entry(entity.name) is not None:
        return False
    if entity.label == "person" and _is_plain_word(entity.name, aliases):
        return True
    if entity.name.casefold() in organisation_heads():
        return not (entity.label == "person" and _names_someone(entity.name))
    return entity.label != "organization" and _is_demonym(entity.name)


def _is_plain_word(name: str, aliases: Aliases) -> bool:
    """A common word that is no known name ("Respect", "Monster"): a title the recogniser took
    for a person's name."""
    return (
        " " not in name and name.lower() in _common_words() and not _names_someone(name) and aliases.entry(name) is None
    )


def _names_someone(word: str) -> bool:
    """Whether ``word`` is a known given name or surname."""
    gazetteer = ner_gazetteer()
    return word.lower() in gazetteer.first_names or word.lower() in gazetteer.last_names


_LINK_WORDS = re.compile(r"\s+(?:of|for|on)(?:\s+the)?\s+")


def _joined_across_link_words(mentions: list[Mention], body: Sequence[str]) -> list[Mention]:
    """An organisation's name that the recogniser cut at a lower-case link word after its head
    word, whole again: "National Association" + "for the" + "Advancement of Colored People",
    "University" + "of" + "Michigan"; "Toyota of Japan" stays two."""
    joined: list[Mention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.paragraph == mention.paragraph
            and last.label == "organization"
            and mention.label in ("organization", "place")
            and 0 <= mention.paragraph < len(body)
            and _LINK_WORDS.fullmatch(body[mention.paragraph][last.end : mention.start])
            and last.text.split()[-1].lower() in organisation_heads()
        ):
            text = body[mention.paragraph][last.start : mention.end]
            joined[-1] = Mention(text, "organization", mention.paragraph, last.start, mention.end)
        else:
            joined.append(mention)
    return joined


_CAPITALISED_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w.'’-]*\s){1,3})$")


def _with_name_before(mentions: list[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """The name of an organisation or a site that the recogniser cut after its first words, whole
    again when it ends in a head word: "Israel" + "Defense Forces", "George" + "Washington Bridge",
    "Chicago Police Department"; a curated name keeps what precedes it apart ("U.S." + "State
    Department")."""
    joined: list[Mention] = []
    for mention in mentions:
        head = mention.text.split()[-1].lower()
        label = "organization" if head in organisation_heads() else "place" if head in FACILITY_HEADS else None
        paragraph = body[mention.paragraph] if 0 <= mention.paragraph < len(body) else ""
        start = None
        if label and not aliases.entry(mention.text):
            previous = joined[-1] if joined and joined[-1].paragraph == mention.paragraph else None
            before = _CAPITALISED_BEFORE.search(paragraph[: mention.start])
            place = _place_suffix(before.group(1).split()) if before else None
            if previous and paragraph[previous.end : mention.start] == " ":
                start = joined.pop().start
            elif place:
                start = mention.start - len(place) - 1
            elif label == "organization" and (modifier := _name_words_before(paragraph[: mention.start], aliases)):
                start = mention.start - len(modifier) - 1
        if start is None:
            joined.append(mention)
        else:
            joined.append(Mention(paragraph[start : mention.end], label, mention.paragraph, start, mention.end))
    return joined


_NAME_WORDS_BEFORE = re.compile(r"(?<![\w.'’-])[a-z]{2,} ((?:[A-Z][a-z]+ ){1,2})$")


def _name_words_before(text: str, aliases: Aliases) -> str | None:
    """The capitalised words that a lower-case word leads into an organisation's name, as
    "Democratic" of "the Democratic Congressional Campaign Committee"; not a date, a title, a given
    name or a curated name ("the Tuesday Senate vote", "the President Joe Biden Administration")."""
    match = _NAME_WORDS_BEFORE.search(text)
    if match is None:
        return None
    words = match.group(1).split()
    gazetteer = ner_gazetteer()
    for word in words:
        key = word.lower()
        if key in _CALENDAR or key in gazetteer.person_titles or key in gazetteer.first_names or aliases.entry(word):
            return None
    return " ".join(words)


def _place_suffix(words: Sequence[str]) -> str | None:
    """The longest run of the last ``words`` that is a known place, as "New York" of "Meanwhile New York"."""
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[-size:])
        if ner_gazetteer().is_place(candidate):
            return candidate
    return None


def _split_joined(mention: Mention, body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """A mention of two known names joined by "and" or "&" ("Google and Facebook"), as the two;
    a name that is itself known ("Trinidad and Tobago") or not made of known ones ("Marks &
    Spencer") stays whole."""
    parts = re.split(r" (?:and|&) ", mention.text)
    if len(parts) != 2 or known_label(mention.text, aliases) or not 0 <= mention.paragraph < len(body):
        return [mention]
    labels = [known_label(part, aliases) for part in parts]
    if not all(labels):
        return [mention]
    first = mention.start + mention.text.index(parts[0])
    second = mention.start + mention.text.rindex(parts[1])
    return [Mention(parts[0], labels[0], mention.paragraph, first, first + len(parts[0])),
            Mention(parts[1], labels[1], mention.paragraph, second, second + len(parts[1]))]


def known_label(name: str, aliases: Aliases) -> str | None:
    """The type of a curated name, a known place or a known organisation or company (the name lists)."""
    gazetteer = ner_gazetteer()
    if aliases.entry(name):
        return aliases.label(name) or "organization"
    if gazetteer.is_place(name):
        return "place"
    return "organization" if gazetteer.is_organization(name) else None


def _joins_two_names(key: str, groups: Mapping[str, list[_Occurrence]], aliases: Aliases) -> bool:
    """A name that is two names joined, each one the article's or a curated one ("Facebook and
    Instagram"); not "Marks & Spencer"."""
    parts = re.split(r" (?:and|&) ", key)
    return len(parts) == 2 and all(part in groups or aliases.entry(part) for part in parts)


def _occurrences(
    article: Article, mentions: Sequence[Mention], aliases: Aliases, casing: _Casing
) -> list[_Occurrence]:
    """The mentions that name something, cleaned, with their roles."""
    excluded = _Exclusions.of(article)
    eponyms = {name for paragraph in article.body for name in _EPONYM.findall(paragraph)}
    works: set[str] = set()
    text = "\n".join(article.body)
    found = []
    ordered = sorted(mentions, key=lambda m: (m.paragraph, m.start))
    ordered = _with_name_before(_joined_across_link_words(ordered, article.body), article.body, aliases)
    for m in (part for mention in ordered for part in _split_joined(mention, article.body, aliases)):
        if not 0 <= m.paragraph < len(article.body):
            continue
        paragraph = article.body[m.paragraph]
        clean = _without_sentence_opener(clean_name(m.text, m.label), paragraph, m.start)
        before_name = re.match(r" [A-Z]", paragraph[m.end : m.end + 2]) is not None
        clean = _without_role_words(clean, before_name, aliases)
        if clean is None or excluded.covers(m, clean.name, paragraph):
            continue
        if clean.name in eponyms or _names_no_entity(m, clean.name, paragraph, aliases):
            continue
        if _named_as_a_work(m, paragraph) and known_label(clean.name, aliases) is None:
            works.add(clean.name)
            continue
        if _is_capitalised_word(clean.name, paragraph, m.start, casing, aliases):
            continue
        name = aliases.canonical(clean.name)
        if _is_debris(clean.name, aliases) or _is_debris(name, aliases):
            continue
        roles, label = titles_before(paragraph[max(0, m.start - BEFORE_REACH) : m.start], clean.label)
        roles += clean.roles
        apposed = appositive_roles(paragraph[m.end : m.end + BEFORE_REACH])
        if label == "organization" and apposed and _reads_as_person(clean.name, aliases):
            label = "person"  # "Yuli Edelstein, the former Knesset speaker,"
        if _is_plural_after_the(clean.name, m, paragraph):
            if re.search(rf"\b[A-Z][\w.]* {re.escape(clean.name[:-1])}\b", text):
                continue  # "the Clintons" beside "Bill Clinton": a family, no one person or body
            if label == "person":
                label = "organization"  # "the Clippers", "the Dreamers": a team, a group
        if label == "person":
            roles += apposed
        found.append(_Occurrence(name, clean.name, label, roles, m.paragraph, m.start, m.end))
    return _trusted_in_headings([o for o in found if o.form not in works], article.body)


def _is_plural_after_the(name: str, mention: Mention, paragraph: str) -> bool:
    """One word in the plural after "the" that is no given name or surname: "the Clippers"."""
    before = paragraph[max(0, mention.start - 4) : mention.start]
    after_the = "the " in (mention.text[:4].casefold(), before.casefold())
    return " " not in name and re.search(r"[^s']s$", name) is not None and after_the and not _names_someone(name)


def _reads_as_person(name: str, aliases: Aliases) -> bool:
    """A name of two or three capitalised words that nothing curated or listed bears and that does not
    end like an organisation's."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and word.isalpha() for word in words)
        and words[-1].lower() not in organisation_heads()
        and known_label(name, aliases) is None
    )


def _trusted_in_headings(found: list[_Occurrence], body: Sequence[str]) -> list[_Occurrence]:
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
    capitalised = sum(w[0].isupper() for w in words if w.casefold() not in _FUNCTION_WORDS)
    return capitalised >= 0.8 * max(1, sum(w.casefold() not in _FUNCTION_WORDS for w in words)) and len(words) >= 3


@dataclass(frozen=True)
class _Exclusions:
    """What is not the article's own text: bylines, figure captions and credits, datelines."""

    authors: frozenset[str]
    credits: tuple[str, ...]
    """Photo credits, as written ("Evan Vucci/AP")."""
    figure_texts: tuple[str, ...]
    """Keys of the captions, credits and contributor lines long enough to recognise."""

    @classmethod
    def of(cls, article: Article) -> _Exclusions:
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
            key = name_key(paragraph)
            if key and any(t in key or key in t for t in self.figure_texts):
                return True
        pattern = rf"(?<!\w){re.escape(mention.text)}(?!\w)"
        return any(re.search(pattern, credit) for credit in self.credits)


_EPONYM = re.compile(r"\b([A-Z][\w-]+)['’]s (?:disease|syndrome|disorder|palsy|sarcoma|lymphoma)\b")
"""A name that the article gives to an illness ("Alzheimer's disease") names no one there."""
_OPENING_QUOTES = ("“", "‘", '"', "'")
_QUOTE_CLOSES = re.compile(r"[,.!?]?[”’\"'](?!\w)")


def _names_no_entity(mention: Mention, name: str, paragraph: str, aliases: Aliases) -> bool:
    """A mention that is not a person, organisation or place but a title, an account or a number.

    - a social-media handle or hashtag ("@WWE", "#WrestleMania");
    - a word after an ordinal: an amendment, a circuit, a district ("the 14th Amendment");
    - the whole of a quotation: the title of a film, song or series ("‘Asylum,’", "“Beso.”");
    - one word after a capitalised "The" inside a sentence: a publication, work or venue ("told
      The Hill", "The Atlantic reported"), unless a known place ("The Hague") or a curated name;
    - a common word inside a longer title that the recogniser tagged alone ("Save the Children",
      "Court of Arbitration for Sport", "Shakespeare in Love").
    """
    before = paragraph[max(0, mention.start - BEFORE_REACH) : mention.start]
    if mention.text.startswith("The "):
        before += "The "
    if before.endswith(("@", "#")) or re.search(r"\b\d+(?:st|nd|rd|th) $", before):
        return True
    if _is_title_fragment(mention, name, before, paragraph, aliases):
        return True
    if before.endswith(_OPENING_QUOTES) and _QUOTE_CLOSES.match(paragraph, mention.end):
        opening = before[:-1]
        if before[-1] not in "\"'" or not opening or not opening[-1].isalnum():
            return True
    if " " in name or not before.endswith("The "):
        return False
    prior = before[:-4].rstrip()
    if not prior or prior[-1] in ".!?:;\"“‘'(—–":
        return False
    gazetteer = ner_gazetteer()
    return not (gazetteer.is_place(name) or gazetteer.is_place(f"The {name}") or aliases.entry(name))


_WORKS = (
    r"film|movie|show|series|sitcom|soap|drama|comedy|album|song|single|novel|book|video game|musical|documentary"
    r"|podcast"
)
_WORK_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|new|hit|latest|debut|classic)|(?<=[a-z] )[A-Z][\w-]*"
    r"|\w-(?:winning|nominated))"
    rf" (?:{_WORKS}) $|\b(?:{_WORKS})s (?:like|such as) $"
)
_WORK_AFTER = re.compile(r" (?:actress|actor|actors|characters|episodes?|finale|sequel|soundtrack|cast)\b")


def _named_as_a_work(mention: Mention, paragraph: str) -> bool:
    """A mention that its words call a film, show, book, song or video game: "the film Vera Drake",
    "hit show American Bandstand", "films like Harry Potter", "Coronation Street actress" (but a
    known name stays one: "Hollywood actress")."""
    before = paragraph[max(0, mention.start - 40) : mention.start]
    return _WORK_BEFORE.search(before) is not None or _WORK_AFTER.match(paragraph, mention.end) is not None


_TITLE_BEFORE = re.compile(r"(?<![.!?] )\b[A-Z][\w'’-]*,? (?:of|for|the|in|on)(?: the| a)? $")
_TITLE_AFTER = re.compile(r" (?:of|for)(?: the| a)? [A-Z]")


def _is_title_fragment(mention: Mention, name: str, before: str, paragraph: str, aliases: Aliases) -> bool:
    """A common word that a longer capitalised title holds around a lower-case link word, and
    that is no known name."""
    if " " in name or name.lower() not in _common_words() or aliases.entry(name):
        return False
    if not (_TITLE_BEFORE.search(before) or _TITLE_AFTER.match(paragraph, mention.end)):
        return False
    return not (_names_someone(name) or known_label(name, aliases))


def _is_common_noun(name: str, lowercase: frozenset[str], aliases: Aliases) -> bool:
    """A generic word for an organisation ("the Committee", "Payoneer's Board", whatever the
    recogniser took it for) that the article also writes in lower case and that stands for none of
    its longer names (see ``_resolve``): it names no one body."""
    key = name.casefold()
    return (
        " " not in name
        and key in lowercase
        and key in organisation_heads()
        and aliases.entry(name) is None
    )


@dataclass(frozen=True)
class _Casing:
    """How the article's body writes its words."""

    lowercase: frozenset[str]
    """Words written in lower case."""
    inside: frozenset[str]
    """Words written capitalised inside a sentence (after a word or a comma): "Young" of "Donald Young"."""

    @classmethod
    def of(cls, body: Sequence[str]) -> _Casing:
        text = " ".join(body)
        return cls(
            lowercase=frozenset(re.findall(r"(?<![\w'-])[a-z][a-z'-]*", text)),
            inside=frozenset(re.findall(r"(?<=[\w,;] )[A-Z][\w'-]*", text)),
        )


@cache
def _common_words() -> frozenset[str]:
    """Words that news text writes in lower case (those of the recogniser's word classes)."""
    return frozenset(word for word in ner_gazetteer().clusters if word.islower())


def _without_sentence_opener(clean: CleanName | None, paragraph: str, start: int) -> CleanName | None:
    """A person's name without the common word that opened its sentence ("Meet Melania Trump")."""
    if clean is None or clean.label != "person" or " " not in clean.name or not _opens_sentence(paragraph, start):
        return clean
    first, rest = clean.name.split(" ", 1)
    low = first.lower()
    gazetteer = ner_gazetteer()
    if low in _common_words() and low not in gazetteer.first_names and paragraph.startswith(first, start):
        return replace(clean, name=rest)
    return clean


def _without_role_words(clean: CleanName | None, before_name: bool, aliases: Aliases) -> CleanName | None:
    """The body an organisation's mention that is a role names: "OpenAI" of "CEO of OpenAI", the
    known "New York" of "a New York Democrat,"; none when the role opens a name ("Supreme Court
    Justice Ruth Bader Ginsburg": the person's title, not a mention of the court)."""
    if clean is None or clean.label != "organization":
        return clean
    words = clean.name.split()
    keys = [_word_key(w) for w in words]
    for at in range(1, len(words)):
        if tuple(keys[at:]) in _title_keys() and (label := known_label(" ".join(words[:at]), aliases)):
            return None if before_name else CleanName(" ".join(words[:at]), label, ())
        if keys[at] == "of" and tuple(keys[:at]) in _title_keys():
            rest = words[at + 1 :]
            rest = rest[1:] if rest and rest[0] == "the" else rest
            if rest and not (len(rest) == 1 and rest[0].lower() in _common_words()):
                return CleanName(" ".join(rest), "organization", ())
    return clean


def _opens_sentence(paragraph: str, start: int) -> bool:
    """Whether ``start`` opens the paragraph, a sentence, a quotation or a numbered item ("1) Always")."""
    end = start
    while end > 0 and paragraph[end - 1].isspace():
        end -= 1
    if end == 0 or paragraph[end - 1] in '.!?"“‘:(':
        return True
    return (re.fullmatch(r"\d{1,2}[.)]", paragraph[:end]) is not None
            or re.search(r"\s\d{1,2}[.)]$", paragraph[max(0, end - 4) : end]) is not None)


def _is_capitalised_word(name: str, paragraph: str, start: int, casing: _Casing, aliases: Aliases) -> bool:
    """A sentence's first word that is no name: one the article also writes in lower case
    ("Still", "Among"), or a common word it never capitalises inside a sentence ("Autism", "Born")
    and that is no curated name ("Congress")."""
    key = name.lower()
    return (
        " " not in name
        and _opens_sentence(paragraph, start)
        and paragraph.startswith(name, start)
        and (
            key in casing.lowercase
            or key in _common_words() and name not in casing.inside and aliases.entry(name) is None
        )
    )


def _is_dateline(mention: Mention, paragraph: str) -> bool:
    """An all-capitals place opening a paragraph: "WASHINGTON —", "LONDON (Reuters) -", "ST. PAUL, Minn. --"."""
    if mention.start > BEFORE_REACH:
        return False
    opening = paragraph[: mention.start]
    if not re.fullmatch(r"(?:[A-Z][A-Z'.-]*\s+)*", opening) or not mention.text.isupper() or len(mention.text) < 3:
        return False
    rest = paragraph[mention.end :]
    return re.match(r"(?:,[\w .]+?)?\s*(?:\([^)]{1,40}\))?\s*(?:[—–]|--?\s)", rest) is not None


def _resolve(found: Sequence[_Occurrence], body: Sequence[str], aliases: Aliases) -> dict[str, str]:
    """Name key -> the name it stands for in this article (acronyms, variants, short names)."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for occ in found:
        labels[name_key(occ.name)][occ.label] += 1
        names.setdefault(name_key(occ.name), occ.name)
    recognised = {key: votes.most_common(1)[0][0] for key, votes in labels.items()}
    label = {key: aliases.label(names[key]) or recognised[key] for key in names}
    resolved = _acronyms(found, body, names, label)
    people = {
        key: PersonName.parse(names[key])
        for key in names
        if label[key] == "person"
        and key not in resolved
        and not PersonName.parse(names[key]).single
        and _label_by_head_word(names[key], titled=True) is None  # "Trump" is not short for "Trump Tower"
    }
    resolved |= _middle_variants(people, names)
    states = {key: _state_of(name, aliases) for key, name in names.items() if key not in resolved}
    resolved |= {key: place for key, place in states.items() if place}
    full = {key: p for key, p in people.items() if key not in resolved}
    titled = {name_key(o.name) for o in found if o.roles}
    for key, name in names.items():
        if key in resolved or len(name.split()) > 2:
            continue
        if aliases.entry(name) and recognised[key] != "person":  # "Washington", the place
            continue
        person = PersonName.parse(name)
        if person.single:
            target = short_name_target(person, full, allow_first=label[key] == "person")
            if target and not (key in titled and _named_by_first_name(full[target], names, titled, target)):
                resolved[key] = names[target]
    return resolved | _head_words(names, label, resolved)


def _state_of(name: str, aliases: Aliases) -> str | None:
    """The place a state's formal name names, as "Israel" for "the State of Israel", unless curated."""
    match = _FORMAL_STATE.match(name)
    if match is None or aliases.entry(name):
        return None
    place = match.group(1)
    return place if ner_gazetteer().is_place(place) else None


def _head_words(names: Mapping[str, str], label: Mapping[str, str], resolved: Mapping[str, str]) -> dict[str, str]:
    """A generic word for an organisation -> the one longer name of the article it ends:
    "the Committee" is the "Senate Ethics Committee" the article named."""
    owners: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        if label[key] == "organization" and " " in name and key not in resolved:
            owners[name.split()[-1].casefold()].append(name)
    heads = organisation_heads()
    return {
        key: owners[name.casefold()][0]
        for key, name in names.items()
        if " " not in name and key not in resolved and name.casefold() in heads
        and label[key] == "organization" and len(owners[name.casefold()]) == 1
    }


def _named_by_first_name(person: PersonName, names: Mapping[str, str], titled: set[str], key: str) -> bool:
    """A person the article calls by first name and never titles ("Malia Obama", "Malia"): not the
    one a titled surname ("President Obama") stands for."""
    return person.first in names and key not in titled


def _acronyms(
    found: Sequence[_Occurrence],
    body: Sequence[str],
    names: Mapping[str, str],
    label: Mapping[str, str],
) -> dict[str, str]:
    """Acronym key -> its expansion, from "Long Name (LN)", "LN (Long Name)" and initials."""
    resolved: dict[str, str] = {}
    for occ in found:
        paragraph = body[occ.paragraph]
        inside = re.match(r"\s*\(([^()]{2,80})\)", paragraph[occ.end :])
        inner = inside.group(1).strip() if inside else ""
        if is_acronym(occ.name):
            if paragraph[occ.start - 1 : occ.start] == "(" and paragraph[occ.end : occ.end + 1] == ")":
                long = _expansion_before(paragraph[max(0, occ.start - 1 - BEFORE_REACH) : occ.start - 1], occ.name)
            else:
                long = inner if " " in inner and _acronym_fits(occ.name, inner) else None
            if long:
                resolved[name_key(occ.name)] = names.get(name_key(long), long)
        elif is_acronym(inner) and _acronym_fits(inner, occ.name):
            resolved[name_key(inner)] = occ.name
    longs = [n for k, n in names.items() if label[k] != "person" and " " in n]
    for key, name in names.items():
        if key in resolved or label[key] == "person" or not is_acronym(name):
            continue
        matches = [
            n for n in longs if initials(n) == _letters(name) and label[name_key(n)] == label[key]
        ]
        if len(matches) == 1:
            resolved[key] = matches[0]
    return resolved


def _expansion_before(text: str, acronym: str) -> str | None:
    """The capitalised words ending ``text`` whose initials spell ``acronym``, if any."""
    words = text.split()[-10:]
    for n in range(2, len(words) + 1):
        tail = words[-n:]
        if tail[0][:1].isupper() and initials(" ".join(tail)) == _letters(acronym):
            return " ".join(tail).strip(",;:")
    return None


def is_acronym(name: str) -> bool:
    letters = _letters(name)
    return 2 <= len(letters) <= 8 and letters.isupper() and " " not in name


def _letters(name: str) -> str:
    return re.sub(r"[.&\-]", "", name)


def initials(name: str) -> str:
    """The capitals of the name's words, small words skipped: "North Atlantic Treaty Organization"
    gives "NATO"."""
    return "".join(w[0].upper() for w in name.split() if w.casefold() not in _INITIALS_SKIP)


def _acronym_fits(short: str, long: str) -> bool:
    """The acronym starts like the long name and uses no letter the long name lacks."""
    letters = _letters(short).casefold()
    return letters[0] == long[0].casefold() and set(letters) <= set(long.casefold())


def _middle_variants(people: Mapping[str, PersonName], names: Mapping[str, str]) -> dict[str, str]:
    """Middle-name variants ("Donald J. Trump") -> the plain name, when the article uses both."""
    plain = {(p.first, p.last, p.suffix): key for key, p in people.items() if not p.middle}
    return {
        key: names[plain[(p.first, p.last, p.suffix)]]
        for key, p in people.items()
        if p.middle and (p.first, p.last, p.suffix) in plain
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


def _entity(
    occs: Sequence[_Occurrence], resolved: Mapping[str, str], article: Article, aliases: Aliases
) -> ArticleEntity:
    names = Counter(aliases.canonical(resolved.get(name_key(o.name), o.name)) for o in occs)
    name = _display_name(names)
    own = [o for o in occs if name_key(o.name) == name_key(name)] or occs  # short forms don't vote
    votes = Counter(o.label for o in own)
    label = aliases.label(name) or max(votes, key=lambda lab: (votes[lab], -_first_index(own, lab)))
    titled = any(o.roles for o in occs)
    if label == "person":
        label = _label_by_head_word(name, titled) or label
    elif not aliases.label(name) and _is_a_peer(name):
        label = "person"
    if label != "organization" and not aliases.label(name) and _names_a_company(name, label, titled):
        label = "organization"
    elif label == "place" and not aliases.label(name) and (_names_a_body(name) or _is_brand_cased(name, occs)):
        label = "organization"
    first = occs[0]
    return ArticleEntity(
        name=name,
        label=label,
        count=len(occs),
        salience=0.0,
        roles=tuple(dict.fromkeys(r for o in occs for r in o.roles)),
        sentence=sentence_at(article.body[first.paragraph], first.start, first.end),
        forms=tuple(dict.fromkeys(o.form for o in occs)),
    )


_PEER = re.compile(r"(?:Lord|Lady|Baroness) [A-Z][\w'’-]+")


def _is_a_peer(name: str) -> bool:
    """A peer's name taken for a place's or an organisation's: "Lord Woolf", "Baroness
    Kennedy" (not a known place: "Lord Howe Island")."""
    return _PEER.fullmatch(name) is not None and not ner_gazetteer().is_place(name)


def _label_by_head_word(name: str, titled: bool) -> str | None:
    """The type of a name taken for a person's that is not one: an organisation's or a building's
    name ("Trump Organization", "Trump Tower"), or, unless a title went with it, a known place
    ("Lashkar Gah").

    Only names of several words that do not start with a given name: one word is too ambiguous
    ("Clinton" is a town too), and so is "Frank Church" or "Jackson Hole".
    """
    gazetteer = ner_gazetteer()
    words = name.split()
    if len(words) < 2 or words[0].lower() in gazetteer.first_names:
        return None
    head = words[-1].lower()
    if head in organisation_heads():
        return "organization"
    if head in FACILITY_HEADS or _word_key(words[0]) in PLACE_OPENERS or not titled and gazetteer.is_place(name):
        return "place"
    return None


def _names_a_company(name: str, label: str, titled: bool) -> bool:
    """A listed company taken for a place ("at Best Buy") or, with no title, for a person, unless
    a given name starts it or it is one surname ("Goldman Sachs said"; not "Charles Schwab", "Pearson")."""
    gazetteer = ner_gazetteer()
    if not gazetteer.is_organization(name):
        return False
    words = name.split()
    could_be_someone = _names_someone(name) if len(words) == 1 else words[0].lower() in gazetteer.first_names
    return label == "place" or not titled and not could_be_someone


def _is_brand_cased(name: str, occs: Sequence[_Occurrence]) -> bool:
    """One word, written somewhere with a capital inside, that is no known place: a company or a
    product ("OpenAI", "LinkedIn"); places so written start "Mc", "Mac", "De", "La" or "Le"
    ("McAllen", "DeKalb")."""
    return (
        " " not in name
        and any(re.search(r"[a-z][A-Z]", o.form) for o in occs)
        and re.match(r"(?:Mc|Mac|De|Di|Du|La|Le)[A-Z]", name) is None
        and not ner_gazetteer().is_place(name)
    )


def _names_a_body(name: str) -> bool:
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


def _first_index(occs: Sequence[_Occurrence], label: str) -> int:
    return next(i for i, o in enumerate(occs) if o.label == label)


def _display_name(names: Counter[str]) -> str:
    """The most used spelling, preferring one not in capitals throughout ("Washington")."""
    return max(names, key=lambda n: (not (n.isupper() and len(n) > 5), names[n]))


def sentence_at(paragraph: str, start: int, end: int) -> str:
    """The sentence of ``paragraph`` that holds the span ``start:end``."""
    bounds = _sentence_bounds(paragraph)
    begin = bounds[bisect_right(bounds, start) - 1]
    after = bisect_left(bounds, end)
    finish = bounds[after] if after < len(bounds) else len(paragraph)
    return paragraph[begin:finish].strip()


@lru_cache(maxsize=256)
def _sentence_bounds(paragraph: str) -> tuple[int, ...]:
    """Where the sentences of ``paragraph`` start: 0, then after each full stop that ends one."""
    bounds = [0]
    for match in re.finditer(r"[.!?][\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])", paragraph):
        word = re.search(r"(\S+?)[.!?][\"”’')]*\s*$", paragraph[max(0, match.start() - 60) : match.end()])
        if not (word and _is_abbreviation(word.group(1))):
            bounds.append(match.end())
    return tuple(bounds)


def _is_abbreviation(word: str) -> bool:
    """Whether a word before a full stop does not end the sentence: "Sen", "U.S", "J"."""
    return word[:1].isupper() and (
        len(word) == 1 or "." in word or _word_key(word) in abbreviations()
    )


# --- salience ---------------------------------------------------------------------------------


def _rank(
    entities: Sequence[ArticleEntity],
    groups: Mapping[str, Sequence[_Occurrence]],
    article: Article,
    aliases: Aliases,
) -> tuple[ArticleEntity, ...]:
    """Scored and sorted.

    The score adds the mentions, the paragraphs reached, 3 for a headline mention, 2 for a mention
    in the first paragraph and 1 in the first three; places' scores are scaled by
    ``PLACE_WEIGHT``. Salience is the score over the article's best.
    """
    scored = []
    for entity, occs in zip(entities, groups.values(), strict=True):
        paragraphs = {o.paragraph for o in occs}
        score = (
            entity.count
            + len(paragraphs)
            + 3 * _in_title(entity, article.title, aliases)
            + 2 * (min(paragraphs) == 0)
            + (min(paragraphs) <= 2)
        )
        score *= PLACE_WEIGHT if entity.label == "place" else 1.0
        scored.append((score, occs[0].paragraph, occs[0].start, entity))
    top = max(s[0] for s in scored)
    scored.sort(key=lambda s: (-s[0], s[1], s[2], s[3].name))
    return tuple(replace(e, salience=round(score / top, 3)) for score, _, _, e in scored)


def _in_title(entity: ArticleEntity, title: str, aliases: Aliases) -> bool:
    forms = {entity.name, *entity.forms, *aliases.variants(entity.name)}
    if entity.label == "person" and not PersonName.parse(entity.name).suffix:
        forms.add(entity.name.split()[-1])
    text = title.upper() if title.isupper() else title
    for form in forms:
        needle = form.upper() if title.isupper() else form
        if needle in text and re.search(rf"(?<![\w.]){re.escape(needle)}(?![\w])", text):
            return True
    return False
