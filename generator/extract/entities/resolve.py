"""Within one article, each name's key -> the name it stands for: acronyms, middle-name and
initial variants, a word of description before a name, a lone surname or first name, a double
surname, a relative called by a given name, "the Committee", a state's formal name, a company's
short name, an organisation's opening words."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from generator.extract.ner.gazetteer import load as ner_gazetteer
from generator.parse.header import COMPANY_SUFFIXES

from .aliases import Aliases, name_key
from .entity import Occurrence
from .labels import FACILITY_HEADS, label_by_head_word, organisation_heads
from .names import (
    BEFORE_REACH,
    NAME_PARTICLES,
    PersonName,
    acronym_fits,
    acronym_letters,
    initial_fits,
    initials,
    is_acronym,
    middle_variants,
    short_name_target,
    with_descriptor_before,
    word_key,
)

_FORMAL_STATE = re.compile(
    r"^(?:[Tt]he\s+)?(?:State|Republic|Kingdom|Commonwealth|Federation|Principality|Sultanate|Emirate)\s+of\s+(.+)$"
)
"""A state's formal name, as "the State of Israel" or "the Kingdom of Saudi Arabia"."""


def resolve_names(found: Sequence[Occurrence], body: Sequence[str], aliases: Aliases) -> dict[str, str]:
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
        and label_by_head_word(names[key], titled=True) is None  # "Trump" is not short for "Trump Tower"
    }
    resolved |= middle_variants(people, names)
    resolved |= {
        key: names[tail] for key, tail in with_descriptor_before({key: names[key] for key in people}).items()
    }
    resolved |= {key: names[keys[0]] for key, keys in initial_fits(people).items() if len(keys) == 1}
    states = {key: _state_of(name, aliases) for key, name in names.items() if key not in resolved}
    resolved |= {key: place for key, place in states.items() if place}
    full = {key: p for key, p in people.items() if key not in resolved}
    titled = {name_key(o.name) for o in found if o.is_titled}
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
    resolved |= _double_surnames(names, label, resolved)
    resolved |= _sharing_a_surname(found, body, names, label, resolved)
    resolved |= _named_as_kin(found, body, names, label, resolved)
    resolved |= _head_words(found, names, label, resolved)
    resolved |= _company_short_names(names, resolved, aliases)
    return resolved | _opening_words(names, label, resolved, aliases)


def _double_surnames(names: Mapping[str, str], label: Mapping[str, str], resolved: Mapping[str, str]) -> dict[str, str]:
    """A double surname that the article writes alone ("Peña Nieto"), and its first part ("Peña"),
    -> the one full name it ends ("Enrique Peña Nieto", also written "Enrique Pena Nieto")."""
    people = [name for key, name in names.items() if label[key] == "person" and key not in resolved]
    by_surnames: dict[str, list[str]] = defaultdict(list)
    for name in people:
        words = name.split()
        if len(words) >= 3:
            by_surnames[name_key(" ".join(words[-2:]))].append(name)
    first_names = ner_gazetteer().first_names
    doubles: dict[str, str] = {}
    for key, name in names.items():
        owners = by_surnames.get(key, ())
        if (
            label[key] != "person" or key in resolved or len(owners) != 1 or len(name.split()) != 2
            or word_key(name.split()[0]) in first_names - NAME_PARTICLES  # "Mark Ridley-Thomas"; not "Van Gogh"
        ):
            continue
        doubles[key] = owners[0]
        first_part = name_key(name.split()[0])
        if first_part in names and label[first_part] == "person" and resolved.get(first_part, name) == name:
            doubles[first_part] = owners[0]
    return doubles


_KIN = re.compile(
    r"\b(?:wife|husband|couple|married|daughters?|sons?|twins?|brothers?|sisters?|siblings|parents|children|family)\b",
    re.IGNORECASE,
)
"""Words that tell of a family, whose members the article may name together."""


def _sharing_a_surname(
    found: Sequence[Occurrence],
    body: Sequence[str],
    names: Mapping[str, str],
    label: Mapping[str, str],
    resolved: Mapping[str, str],
) -> dict[str, str]:
    """In an article that tells of a family, a lone given name joined by "and" to a person's first
    and last name -> the given name with that surname: "Sasha and Malia Obama", "twins Mike and Bob
    Bryan"; not a star known by one name ("Madonna and Aretha Franklin" of an article on the charts),
    the last of a list ("Jay-Z, Nelly and Robbie Williams") nor a surname of its own ("Kennedy and
    Hillary Clinton"), which the article's other names have resolved before."""
    if not any(_KIN.search(paragraph) for paragraph in body):
        return {}
    first_names = ner_gazetteer().first_names
    shared: dict[str, str] = {}
    for one, other in zip(found, found[1:]):
        key = name_key(one.name)
        words = other.name.split()
        if (
            key in resolved
            or label[key] != "person"
            or one.is_titled
            or label[name_key(other.name)] != "person"
            or one.paragraph != other.paragraph
            or body[one.paragraph][one.end : other.start] != " and "
            or body[one.paragraph][: one.start].endswith(", ")
            or " " in one.name
            or one.name.casefold() not in first_names
            or len(words) != 2
            or words[0].casefold() not in first_names
            or words[0] == one.name
        ):
            continue
        shared.setdefault(key, f"{one.name} {words[1]}")
    return shared


_KIN_BEFORE = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er)|['’]s)\s+(?:late\s+|younger\s+|older\s+|eldest\s+|youngest\s+)?"
    r"(?:wife|husband|sons?|daughters?|brothers?|sisters?|father|mother|twin)\s*,?\s+$"
)
"""What comes before a relative called by a given name: "Trump's daughter Ivanka", "his wife, Margaret"."""
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])")
_ROLE_PLAYED = re.compile(r"\b(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|stars? as|role|character)\b", re.IGNORECASE)
"""Words of a sentence on a part in a film or a play, whose relatives are characters."""


def _named_as_kin(
    found: Sequence[Occurrence],
    body: Sequence[str],
    names: Mapping[str, str],
    label: Mapping[str, str],
    resolved: Mapping[str, str],
) -> dict[str, str]:
    """A lone given name introduced as a person's relative -> the given name with that person's
    surname: "Mr. Hunter ... and his wife, Margaret" is Margaret Hunter, "Bush's brother Jeb" Jeb Bush.
    "His" or "her" is the one person the sentence named before it; a relative the article names in
    full elsewhere has resolved before."""
    kin: dict[str, str] = {}
    for at, occ in enumerate(found):
        key = name_key(occ.name)
        paragraph = body[occ.paragraph]
        match = _KIN_BEFORE.search(paragraph, max(0, occ.start - 40), occ.start)
        if (
            match is None
            or key in resolved
            or label[key] != "person"
            or occ.is_titled
            or " " in occ.name
        ):
            continue
        sentence_start = max((m.end() for m in _SENTENCE_END.finditer(paragraph, 0, match.start())), default=0)
        owners = {
            resolved.get(name_key(o.name), names[name_key(o.name)])
            for o in found[:at]
            if o.paragraph == occ.paragraph and label[name_key(o.name)] == "person"
            and (o.start >= sentence_start if match["pronoun"] else match.start() <= o.end <= match.start() + 2)
        }
        if len(owners) != 1 or _ROLE_PLAYED.search(paragraph, sentence_start, match.start()):
            continue  # "his" of a sentence naming two people is either's; "who plays Cheadle's wife Tatiana"
        owner_name = owners.pop()
        person = PersonName.parse(owner_name)
        if not person.single and person.first != word_key(occ.name):
            surname = owner_name.split()[-2 if person.suffix else -1]
            kin.setdefault(key, f"{occ.name} {surname}")
    return kin


def _state_of(name: str, aliases: Aliases) -> str | None:
    """The place a state's formal name names, as "Israel" for "the State of Israel", unless curated."""
    match = _FORMAL_STATE.match(name)
    if match is None or aliases.entry(name):
        return None
    place = match.group(1)
    return place if ner_gazetteer().is_place(place) else None


def _head_words(
    found: Sequence[Occurrence], names: Mapping[str, str], label: Mapping[str, str], resolved: Mapping[str, str]
) -> dict[str, str]:
    """A generic word for an organisation -> the one longer name of the article it ends, named before
    it: "the Committee" is the "Senate Ethics Committee" the article named; "the Senate" of an
    article on Senate Democrats stays the Senate when a "California State Senate" comes later."""
    first_seen: dict[str, tuple[int, int]] = {}
    for occ in found:
        key = name_key(occ.name)
        first_seen[key] = min(first_seen.get(key, (occ.paragraph, occ.start)), (occ.paragraph, occ.start))
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
        and first_seen[name_key(owners[name.casefold()][0])] < first_seen[key]
    }


def _company_short_names(names: Mapping[str, str], resolved: Mapping[str, str], aliases: Aliases) -> dict[str, str]:
    """A one-word name -> the one organisation of the article it opens before business words only:
    "Delsam" is "Delsam Pharma", "Alibaba" "Alibaba Group", "Labour" the "Labour Party"; not a place
    ("Singapore Airlines"), anyone's name ("Ford") nor a curated one ("NBC")."""
    gazetteer = ner_gazetteer()
    longer: dict[str, list[str]] = defaultdict(list)
    for name in names.values():
        first, *rest = name.split()
        if rest and all(word.casefold() in _BUSINESS_WORDS for word in rest):  # whatever the recogniser took it for
            longer[first].append(name)
    return {
        key: longer[name][0]
        for key, name in names.items()
        if key not in resolved and len(longer.get(name, ())) == 1 and not aliases.entry(name)
        and not gazetteer.is_place(name)
        and name.casefold() not in gazetteer.last_names and name.casefold() not in gazetteer.first_names
    }


def _opening_words(
    names: Mapping[str, str], label: Mapping[str, str], resolved: Mapping[str, str], aliases: Aliases
) -> dict[str, str]:
    """An organisation's name of several words -> the one longer organisation of the article it
    opens: "Secure America" is "Secure America Now", "House Intelligence" the "House Intelligence
    Committee"; not a curated name, a place's ("Mobile County"), one that reads as a person's ("Stan
    Lee" of "Stan Lee Media"), nor into a place's name ("Trump Tower Moscow"), lower-case words ("Ras
    Kwame on Wednesdays") or two names joined ("Alfa Romeo and Maserati")."""
    gazetteer, heads = ner_gazetteer(), organisation_heads()
    longer: dict[str, list[str]] = defaultdict(list)
    for key, name in names.items():
        if label[key] != "organization" or key in resolved or " and " in name:
            continue
        words = name.split()
        for end in range(2, len(words)):
            rest = words[end:]
            if all(word[:1].isupper() for word in rest) and (
                rest[-1].casefold() in heads or not gazetteer.is_place(" ".join(rest))  # "Bank" is a place too
            ):
                longer[" ".join(words[:end])].append(name)
    return {
        key: longer[name][0]
        for key, name in names.items()
        if key not in resolved and label[key] == "organization" and len(longer.get(name, ())) == 1
        and not aliases.entry(name) and name.split()[0].casefold() not in gazetteer.first_names
        and not gazetteer.is_place(name) and name.split()[-1].casefold() not in FACILITY_HEADS
    }


_BUSINESS_WORDS = COMPANY_SUFFIXES | frozenset(
    "airlines bank communications company corporation group holdings industries international labs"
    " laboratories motors party pharma pharmaceuticals systems technologies".split()
)
"""Words that follow a company's or a party's own name ("Delsam Pharma", "Labour Party")."""


def _named_by_first_name(person: PersonName, names: Mapping[str, str], titled: set[str], key: str) -> bool:
    """A person the article calls by first name and never titles ("Malia Obama", "Malia"): not the
    one a titled surname ("President Obama") stands for."""
    return person.first in names and key not in titled


def _acronyms(
    found: Sequence[Occurrence],
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
                long = inner if " " in inner and acronym_fits(occ.name, inner) else None
            if long:
                owner = re.sub(r"['’]s?$", "", long)  # "Deutsche Boerse's (DB) shares"; not "Standard & Poor's"
                long = owner if name_key(owner) in names else long
                resolved[name_key(occ.name)] = names.get(name_key(long), long)
        elif is_acronym(inner) and acronym_fits(inner, occ.name):
            resolved[name_key(inner)] = occ.name
    longs = [n for k, n in names.items() if label[k] != "person" and " " in n]
    for key, name in names.items():
        if key in resolved or label[key] == "person" or not is_acronym(name):
            continue
        matches = [
            n for n in longs if initials(n) == acronym_letters(name) and label[name_key(n)] == label[key]
        ]
        if len(matches) == 1:
            resolved[key] = matches[0]
    return resolved


def _expansion_before(text: str, acronym: str) -> str | None:
    """The capitalised words ending ``text`` whose initials spell ``acronym``, if any, or, for an
    acronym of three letters or more, the lower-case words that spell it: a common noun's
    ("decentralized finance (DeFi)"), which names no entity."""
    words = text.split()[-10:]
    letters = acronym_letters(acronym)
    for n in range(2, len(words) + 1):
        tail = words[-n:]
        first = tail[1] if tail[0] in ("The", "the") and n > 2 else tail[0]  # "The Associated Press (AP)"
        if (first[:1].isupper() or len(letters) >= 3) and initials(" ".join(tail)) == letters.upper():
            return " ".join(tail).strip(",;:")
    return None
