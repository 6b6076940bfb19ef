"""The recogniser's mentions mended before they are read: other names typed where known
("Republicans"), names cut in two joined ("Israel" + "Defense Forces", "Ways and" + "Means
Committee"), two names joined by "and" split, a role taken for a body read as the body."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from generator.extract.ner.gazetteer import load as ner_gazetteer
from generator.model import Mention
from generator.parse.figures import is_wire

from .aliases import Aliases
from .entity import Occurrence
from .exclusions import CALENDAR
from .labels import (
    FACILITY_HEADS,
    common_words,
    is_demonym,
    known_label,
    name_heads,
    names_a_body,
    names_someone,
    organisation_heads,
    written_as_a_body,
    written_as_a_company,
)
from .names import (
    BEFORE_REACH,
    LEGAL_FORM,
    NICKNAME,
    CleanName,
    clean_name,
    is_mostly_lowercase,
    office_keys,
    title_keys,
    titles_before,
    word_key,
)

_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|an|ic|i|ch)")
"""One word that reads as an adjective of a people or a party: "Turkish restaurants", "Democratic
analysts", "Anglo-Swedish" name no organisation."""
_QUALIFIED = re.compile(r"^[a-z]+-|-[a-z]+$")
"""A name qualified by a prefix or a participle: "ex-Yukos", "US-based", "Egyptian-born"."""


def _written_as_a_company(mention: Mention, body: Sequence[str]) -> bool:
    """A name that is no adjective, that its words make a company's or a body's: "Chick-fil-A
    restaurants"; "the BuzzFeed report" too, but not "the Gershon report" of a surname."""
    if _ADJECTIVE.fullmatch(mention.text.rsplit("-", 1)[-1]) or _QUALIFIED.search(mention.text):
        return False
    if not 0 <= mention.paragraph < len(body):
        return False
    paragraph, start, end = body[mention.paragraph], mention.start, mention.end
    return written_as_a_company(paragraph, start, end) or (
        not names_someone(mention.text) and written_as_a_body(paragraph, start, end)
    )


def typed_others(mentions: Sequence[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """The people, organisations and places found, with those of the other names found (``misc``)
    that the curation types ("Republicans" are the "Republican Party") or that are known or read as
    organisations ("Islamic State", "BuzzFeed News", "the National Enquirer"), also where the
    recogniser cut a curated name in two ("Liberal" + "Democrat"), or that the article writes as an
    organisation's somewhere ("Chick-fil-A restaurants"); "Catholics" and "Obamacare" are dropped."""
    bodies = {m.text for m in mentions if m.label == "misc" and _written_as_a_company(m, body)}
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.paragraph, m.start)):
        if mention.label == "misc":
            if kept and (whole := _curated_with_previous(kept[-1], mention, body, aliases)):
                kept[-1] = whole
                continue
            label = aliases.label(mention.text) or _organisation(mention.text)
            label = label or ("organization" if mention.text in bodies else None)
            if label is None:
                continue
            mention = Mention(mention.text, label, mention.paragraph, mention.start, mention.end)
        kept.append(mention)
    return kept


_LISTED = re.compile(r",? and |, ")


def people_listed_together(mentions: Sequence[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """A given name and a surname that the recogniser took for a place or a team, listed with a
    person's full name ("Kelly Holmes and Carolina Kluft won"), as a person's; not a place named
    with a common word ("Joe Biden and Pearl Harbor survivors") nor a known or curated name."""
    typed = list(mentions)
    for at, mention in enumerate(typed):
        if mention.label == "person" or not _reads_as_given_and_surname(mention.text, aliases):
            continue
        paragraph = body[mention.paragraph] if 0 <= mention.paragraph < len(body) else ""
        beside = [
            other
            for other in typed[max(0, at - 1) : at + 2]
            if other is not mention and other.paragraph == mention.paragraph and other.label == "person"
            and " " in other.text  # a full name: not "Jesus" of "the Jesus and Mary Chain"
            and _LISTED.fullmatch(paragraph[min(other.end, mention.end) : max(other.start, mention.start)])
        ]
        if beside:
            typed[at] = Mention(mention.text, "person", mention.paragraph, mention.start, mention.end)
    return typed


def _reads_as_given_and_surname(name: str, aliases: Aliases) -> bool:
    """Two capitalised words, the first a known given name, the second no common word ("Harbor" of
    "Pearl Harbor"), that name no known place or organisation."""
    words = name.split()
    gazetteer = ner_gazetteer()
    return (
        len(words) == 2
        and all(re.fullmatch(r"[A-Z][a-z'’-]+", word) for word in words)
        and words[0].lower() in gazetteer.first_names
        and words[1].lower() not in common_words()
        and not gazetteer.is_place(name)
        and not gazetteer.is_organization(name)
        and known_label(name, aliases) is None
    )


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+) $")
_NOUN_ENDING = re.compile(r"(?:ist|eer|ite|ie|ee|s)$")
"""Endings of a member's, a follower's or a team's word, not a given name's: "Unionist", "Brexiteer",
"Rookie", "Lakers" (unless a known given name: "Annie", "James")."""


_NAME_WORD_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*|\b(?:in|at|from|near))\s$")
"""What makes the word before a name no given name: a name before it ("At La Fenice" + "Viotti"),
a word that leads to a place ("speaking in Thaliand" + "Hingis")."""


def with_given_name_before(mentions: Sequence[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """A surname taken for a person's whole name whose given name the recogniser left out, when that
    is a word of no other use ("Rahm" + "Emanuel", "Lleyton" + "Hewitt"); not a title, a date, an
    adjective, a member's or a team's word, an adverb, a known name, the second word of a name or a
    place's ("Baroness Boothroyd", "Italian Ranieri", "Unionist Dodds", "Thankfully I", "Lockheed
    Martin", "At La Fenice" + "Viotti")."""
    gazetteer = ner_gazetteer()
    mended = []
    for mention in mentions:
        paragraph = body[mention.paragraph] if 0 <= mention.paragraph < len(body) else ""
        found = _WORD_BEFORE.search(paragraph, max(0, mention.start - 30), mention.start)
        if mention.label == "person" and " " not in mention.text and found and not aliases.entry(mention.text):
            word, start = found.group(1), found.start(1)
            whole = paragraph[start : mention.end]
            if not (
                word.lower() in common_words()
                or word.lower() in CALENDAR
                or _NAME_WORD_BEFORE.search(paragraph, max(0, start - 30), start)
                or titles_before(f"{word} ", "person", mention.text)[0]
                or _reads_as_a_common_noun(word) and word.lower() not in gazetteer.first_names
                or word.endswith("ly")
                or known_label(word, aliases)
                or known_label(whole, aliases)
            ):
                mention = Mention(whole, "person", mention.paragraph, start, mention.end)
        mended.append(mention)
    return mended


def _reads_as_a_common_noun(word: str) -> bool:
    """An adjective of a people or a party, or a member's, a follower's or a team's word."""
    return bool(_ADJECTIVE.fullmatch(word) or _NOUN_ENDING.search(word))


def person_named_at_end(mentions: Sequence[Mention], aliases: Aliases) -> list[Mention]:
    """A person's name that the recogniser ran into the words before it, apart again, when the
    article names that person elsewhere: "Zalmay Khalilzad" of "Afghanistan Reconciliation Zalmay
    Khalilzad" beside a "Khalilzad". The name is the surname and the capitalised words before it
    that are no common word, title or known name; the words before the name are dropped."""
    surnames = {word_key(m.text.split()[-1]) for m in mentions if m.label == "person"}
    surnames -= name_heads()  # "Yiribana Gallery" is no one's surname
    mended: list[Mention] = []
    for mention in mentions:
        words = mention.text.split()
        name = words[-1:]
        if mention.label != "person" and len(words) >= 3 and word_key(words[-1]) in surnames:
            for word in reversed(words[:-1]):
                if not _may_open_a_name(word, aliases):
                    break
                name.insert(0, word)
        if len(name) >= 2 and len(name) < len(words):
            text = " ".join(name)
            mended.append(Mention(text, "person", mention.paragraph, mention.end - len(text), mention.end))
        else:
            mended.append(mention)
    return mended


def _may_open_a_name(word: str, aliases: Aliases) -> bool:
    """A capitalised word that may be a given name: no common word, title or known name."""
    key = word_key(word)
    gazetteer = ner_gazetteer()
    if key in gazetteer.first_names:
        return True
    return (
        word[:1].isupper()
        and word.isalpha()
        and len(word) > 2
        and key not in common_words()
        and key not in gazetteer.person_titles
        and key not in CALENDAR
        and known_label(word, aliases) is None
    )


def with_curated_acronyms(mentions: list[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """The mentions, and the curated acronyms of three or more capitals that the recogniser left
    out ("GOP leaders": the Republican Party), where no mention covers them; not a wire's ("AFP"),
    which the body mostly names in credits and datelines."""
    pattern = _acronym_pattern(aliases.acronyms)
    if pattern is None:
        return mentions
    covered = {(m.paragraph, at) for m in mentions for at in range(m.start, m.end)}
    found = [
        Mention(match.group(), aliases.label(match.group()) or "organization", number, match.start(), match.end())
        for number, paragraph in enumerate(body)
        for match in pattern.finditer(paragraph)
        if (number, match.start()) not in covered
    ]
    return sorted([*mentions, *found], key=lambda m: (m.paragraph, m.start)) if found else mentions


@lru_cache(maxsize=8)
def _acronym_pattern(acronyms: tuple[str, ...]) -> re.Pattern[str] | None:
    names = [name for name in acronyms if not is_wire(name)]
    return re.compile(rf"(?<![\w.&-])(?:{'|'.join(names)})(?![\w&-])") if names else None


def _curated_with_previous(
    previous: Mention, mention: Mention, body: Sequence[str], aliases: Aliases
) -> Mention | None:
    """The curated name that ``previous`` and the other name right after it make, if they make one."""
    if previous.paragraph != mention.paragraph or not 0 <= mention.paragraph < len(body):
        return None
    paragraph = body[mention.paragraph]
    if paragraph[previous.end : mention.start] != " ":
        return None
    text = paragraph[previous.start : mention.end]
    label = aliases.label(text)
    return Mention(text, label, previous.paragraph, previous.start, mention.end) if label else None


def _organisation(name: str) -> str | None:
    """"organization" for a known organisation or a name that ends like one, else ``None``."""
    return "organization" if ner_gazetteer().is_organization(name) or names_a_body(name) else None


_LINK_WORDS = re.compile(r"\s+(?:of|for|on)(?:\s+the)?\s+")


def joined_across_link_words(mentions: list[Mention], body: Sequence[str]) -> list[Mention]:
    """An organisation's name that the recogniser cut at a lower-case link word after its head
    word, whole again: "National Association" + "for the" + "Advancement of Colored People",
    "University" + "of" + "Michigan"; "Toyota of Japan" stays two."""
    joined: list[Mention] = []
    for mention in (part for whole in mentions for part in _place_split_off(whole)):
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


_PLACE_OF_THE = re.compile(r"(?P<place>.+?) of the (?P<body>[A-Z].+)")


def _place_split_off(mention: Mention) -> tuple[Mention, ...]:
    """A known place run into the body after it, taken apart: "(a convention in) Kansas City" +
    "National Association" of "Kansas City of the National Association"; not "Bank of the West"."""
    match = _PLACE_OF_THE.fullmatch(mention.text)
    if (
        match is None
        or not ner_gazetteer().is_place(match["place"])
        or mention.text.split()[-1].lower() not in organisation_heads()
    ):
        return (mention,)
    body_start = mention.start + match.start("body")
    return (
        Mention(match["place"], "place", mention.paragraph, mention.start, mention.start + match.end("place")),
        Mention(match["body"], "organization", mention.paragraph, body_start, mention.end),
    )


_NUMBER_BEFORE = re.compile(r"(?<![\w,.$£€-])\d{1,3} $")
"""A number of one to three digits right before a name: not a year, an amount or a time."""


def with_number_before(mentions: list[Mention], body: Sequence[str]) -> list[Mention]:
    """A common word taken for a name with the number before it that makes it one: "50 Cent",
    not "50 Cent"'s "Cent" ("the 2005 Budget" keeps its year apart: four digits)."""
    mended = []
    for mention in mentions:
        paragraph = body[mention.paragraph] if 0 <= mention.paragraph < len(body) else ""
        number = _NUMBER_BEFORE.search(paragraph, max(0, mention.start - 5), mention.start)
        if number and " " not in mention.text and is_mostly_lowercase(mention.text):
            mention = Mention(paragraph[number.start() : mention.end], mention.label, mention.paragraph,
                              number.start(), mention.end)
        mended.append(mention)
    return mended


_FIRM_OF_SURNAMES = re.compile(rf"(?:[A-Z][a-z]+, ){{2,}}[A-Z][a-z]+,? (?:and|&) [A-Z][a-z]+(,? {LEGAL_FORM})?")
_FIRM_BEFORE = re.compile(r"\b(?:firm|office of|partner (?:at|with|of)) $")


def firms_of_surnames(mentions: list[Mention], body: Sequence[str]) -> list[Mention]:
    """Surnames listed with commas and closed by "and" or "&", after "firm" or "office of" or before
    a legal form, as the one firm they name (a law firm's: "the Boston office of Mintz, Levin, Cohn,
    Ferris, Glovsky and Popeo PC"); not the scorers of "goals from Rooney, Ronaldo, Giggs and Scholes"."""
    firms = [
        [
            (found.start(), found.start(1) if found.group(1) else found.end())  # the name, without "PC"
            for found in _FIRM_OF_SURNAMES.finditer(paragraph)
            if found.group(1) or _FIRM_BEFORE.search(paragraph, max(0, found.start() - 20), found.start())
        ]
        for paragraph in body
    ]
    return _spans_as_mentions(mentions, body, firms, "organization")


def _spans_as_mentions(
    mentions: list[Mention], body: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]], label: str
) -> list[Mention]:
    """The mentions with each of ``spans`` (per paragraph) one mention of ``label`` in place of
    those it overlaps."""
    if not any(spans):
        return mentions
    kept = [
        m for m in mentions
        if not (0 <= m.paragraph < len(spans) and any(s < m.end and m.start < e for s, e in spans[m.paragraph]))
    ]
    added = [Mention(body[i][s:e], label, i, s, e) for i, found in enumerate(spans) for s, e in found]
    return sorted(kept + added, key=lambda m: (m.paragraph, m.start))


_NICKNAMED = re.compile(rf"\b[A-Z][a-z]+ {NICKNAME} [A-Z][\w'’-]*[A-Za-z]")
"""A given name, a nickname in quotes and a surname: 'William "Mo" Cowan', "Dwayne 'The Rock' Johnson"."""


def nicknamed_people(mentions: list[Mention], body: Sequence[str]) -> list[Mention]:
    """A person named with a nickname in quotes between a known given name and a surname, as one
    mention of that person, whatever the recogniser made of its parts ('William' + '"Mo"' + 'Cowan';
    not 'an Americanised "Jimmy" Bond')."""
    given = ner_gazetteer().first_names
    spans = [
        [found.span() for found in _NICKNAMED.finditer(paragraph) if found.group().split()[0].lower() in given]
        for paragraph in body
    ]
    return _spans_as_mentions(mentions, body, spans, "person")


_NUMBER_AFTER = re.compile(r" \d{1,3}\b")


def with_curated_number_after(mentions: list[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """A name with the number after it that makes it a curated one: "Number 10" (Downing Street)."""
    mended = []
    for mention in mentions:
        paragraph = body[mention.paragraph] if 0 <= mention.paragraph < len(body) else ""
        number = _NUMBER_AFTER.match(paragraph, mention.end)
        if number and aliases.entry(mention.text + number.group()):
            mention = Mention(paragraph[mention.start : number.end()], mention.label, mention.paragraph,
                              mention.start, number.end())
        mended.append(mention)
    return mended


_COMMON_WORDS_AND = re.compile(r"(?:^|(?<=[\s(\u201c\"]))((?:[A-Z][a-z]+, ){0,3}[A-Z][a-z]+ and )$")
_NAME_GOES_ON = re.compile(r"[A-Z][\w'’-]*(?=\s+(?:of|for|on)(?:\s+the)?\s+$)")
"""A name that goes on leftwards: "Attack of the" before "Clones and Revenge of the Sith"."""


def joined_across_and(mentions: list[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """An organisation's name that opens with common words joined by "and", whole again: "Ways"
    + "and" + "Means Committee", "Housing and" + "Urban Development", "Culture, Media and" +
    "Sport Committee"; a name before "and" stays apart ("Microsoft and Yahoo Japan")."""
    joined: list[Mention] = []
    for mention in mentions:
        paragraph = body[mention.paragraph] if 0 <= mention.paragraph < len(body) else ""
        start = _common_words_before(mention, paragraph, joined, aliases)
        if start is None:
            joined.append(mention)
            continue
        while joined and joined[-1].paragraph == mention.paragraph and joined[-1].start >= start:
            joined.pop()  # "Ways" taken for a person, "Media" for a place
        joined.append(Mention(paragraph[start : mention.end], "organization", mention.paragraph, start, mention.end))
    return joined


def _common_words_before(
    mention: Mention, paragraph: str, before_it: Sequence[Mention], aliases: Aliases
) -> int | None:
    """Where the common words and "and" that open an organisation's name start, if they do."""
    if mention.label != "organization":
        return None
    window = max(0, mention.start - BEFORE_REACH)  # a long paragraph is not searched from its start
    found = _COMMON_WORDS_AND.search(paragraph, window, mention.start)
    if found is None or aliases.entry(mention.text):
        return None
    text_before = paragraph[window : found.start(1)]
    word_before = text_before.split()[-1:]
    if word_before and word_before[0][0].isupper() and word_before[0] != "The":
        return None  # "SoftBank Group and", "Mr. Stone and"
    goes_on = _NAME_GOES_ON.search(text_before)
    if goes_on and not _ends_in_head(before_it, mention.paragraph, window + goes_on.end()):
        return None
    named_so = goes_on is not None or text_before.endswith(("the ", "The ")) or _title_follows(paragraph, mention.end)
    gazetteer = ner_gazetteer()
    if word_key(mention.text.split()[0]) in gazetteer.person_titles:
        return None
    for word in re.findall(r"[A-Z][a-z]+", found.group(1)):
        key = word.lower()
        if (
            key not in common_words()
            or key in CALENDAR
            or (key in gazetteer.first_names or known_label(word, aliases)) and not is_mostly_lowercase(word)
        ):  # "Gay", a given name and a place, is mostly a word
            return None
    if any(m.paragraph == mention.paragraph and m.label == mention.label and m.end > found.start(1)
           for m in before_it[-3:]):
        return None  # two names of one kind: "Arsenal and Chelsea", "Cure and New Order"
    name = re.split(r" (?:of|for|on|[Aa]gainst) ", mention.text)[0].split()
    if name[-1].lower() in organisation_heads():
        return found.start(1)
    plain = all(word.lower() in common_words() and not known_label(word, aliases) for word in name)
    return found.start(1) if plain and named_so else None  # "the Department of Housing and Urban Development"


_NEXT_WORD = re.compile(r" ([A-Z][a-z]+)")


def _title_follows(paragraph: str, end: int) -> bool:
    """Whether a title follows: "Housing and Urban Development Secretary"."""
    word = _NEXT_WORD.match(paragraph, end)
    return word is not None and (word_key(word.group(1)),) in title_keys()


def _ends_in_head(mentions: Sequence[Mention], paragraph: int, end: int) -> bool:
    """Whether the last of ``mentions`` is an organisation's name ending at ``end`` in its head
    word ("House Committee" of "House Committee on Oversight and Government Reform")."""
    last = mentions[-1] if mentions else None
    return (
        last is not None
        and last.label == "organization"
        and (last.paragraph, last.end) == (paragraph, end)
        and last.text.split()[-1].lower() in organisation_heads()
    )


_CAPITALISED_BEFORE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w.'’-]*\s){1,3})$")


def with_name_before(mentions: list[Mention], body: Sequence[str], aliases: Aliases) -> list[Mention]:
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
            window = max(0, mention.start - BEFORE_REACH)  # a long paragraph is not searched from its start
            before = _CAPITALISED_BEFORE.search(paragraph, window, mention.start)
            place = _place_suffix(before.group(1).split()) if before else None
            if previous and paragraph[previous.end : mention.start] == " ":
                start = joined.pop().start
            elif place:
                start = mention.start - len(place) - 1
            elif label == "organization" and (
                modifier := _name_words_before(paragraph, window, mention.start, aliases)
            ):
                start = mention.start - len(modifier) - 1
        if start is None:
            joined.append(mention)
        else:
            joined.append(Mention(paragraph[start : mention.end], label, mention.paragraph, start, mention.end))
    return joined


_TITLE_AND_LINK_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w.'’-]* ){1,3}(?:of|for) (?:the )?$")


def with_title_before(mentions: list[Mention], body: Sequence[str]) -> list[Mention]:
    """A person's name that the recogniser began inside the remit of a title ("Chief of" + "Police
    Wayne Holben", "Minister of" + "Defence Ben Wallace"), begun at the title, which ``clean_name``
    then takes off as the person's role."""
    mended = []
    for mention in mentions:
        paragraph = body[mention.paragraph] if 0 <= mention.paragraph < len(body) else ""
        before = _TITLE_AND_LINK_BEFORE.search(paragraph, max(0, mention.start - 60), mention.start)
        if before:
            whole = paragraph[before.start() : mention.end]
            clean = clean_name(whole, mention.label)
            if clean and clean.label == "person" and clean.roles and mention.text.endswith(f" {clean.name}"):
                mention = Mention(whole, mention.label, mention.paragraph, before.start(), mention.end)
        mended.append(mention)
    return mended


_NAME_WORDS_BEFORE = re.compile(r"(?<![\w.'’-])[a-z]{2,} ((?:[A-Z][a-z]+ ){1,2})$")


def _name_words_before(paragraph: str, start: int, end: int, aliases: Aliases) -> str | None:
    """The capitalised words that a lower-case word leads into an organisation's name at ``end``, as
    "Democratic" of "the Democratic Congressional Campaign Committee"; not a date, a title, a given
    name or a curated name ("the Tuesday Senate vote", "the President Joe Biden Administration")."""
    match = _NAME_WORDS_BEFORE.search(paragraph, start, end)
    if match is None:
        return None
    words = match.group(1).split()
    gazetteer = ner_gazetteer()
    for word in words:
        key = word.lower()
        if key in CALENDAR or key in gazetteer.person_titles or key in gazetteer.first_names or aliases.entry(word):
            return None
    return " ".join(words)


def _place_suffix(words: Sequence[str]) -> str | None:
    """The longest run of the last ``words`` that is a known place, as "New York" of "Meanwhile New York"."""
    for size in range(len(words), 0, -1):
        candidate = " ".join(words[-size:])
        if ner_gazetteer().is_place(candidate):
            return candidate
    return None


def split_joined(mention: Mention, body: Sequence[str], aliases: Aliases) -> list[Mention]:
    """A mention of several names, as the names: two known ones joined by "and" or "&" ("Google and
    Facebook", "Google and Apple Inc"), a known one and one of several words ("Body Shop and
    Tesco"), or a list closed by "and" ("House of Fraser, Marks & Spencer and Big Food"); a name
    that is itself known ("Trinidad and Tobago") or not made so ("Marks & Spencer", "Procter and
    Gamble", "Kasowitz, Benson, Torres & Friedman") stays whole."""
    if known_label(mention.text, aliases) or not 0 <= mention.paragraph < len(body):
        return [mention]
    items = _listed_names(mention, aliases)
    if items is None:
        return [mention]
    split, at = [], 0
    for item, label in items:
        offset = mention.text.index(item, at)
        at = offset + len(item)
        split.append(Mention(item, label, mention.paragraph, mention.start + offset, mention.start + at))
    return split


def _listed_names(mention: Mention, aliases: Aliases) -> list[tuple[str, str]] | None:
    """The names a mention lists with their labels (known, else the mention's), if it is a list."""
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", mention.text)
    if len(items) == 1:
        items = mention.text.split(" & ")
    if len(items) == 1:
        return None
    cleaned = [clean_name(item, mention.label) for item in items]
    if not all(cleaned):
        return None
    known = [known_label(clean.name, aliases) for clean in cleaned if clean]
    closed = re.search(r"\s+and\s+[^,]+$", mention.text) is not None
    if all(known):
        listed = len(items) == 2 or closed
    else:  # each a name of its own, of the mention's kind: "Culture, Media and Sport Committee" and
        # "Guildhall School of Speech and Drama" (a town of Greece) are one; a word alone may be a name
        # beside a known one of several words ("Deutsche Bank and Gazpromneft")
        whole = any(label and len(item.split()) > 1 for item, label in zip(items, known))
        listed = closed and any(known) and all(
            (label or len(item.split()) > 1 or whole and item.lower() not in common_words())
            and label in (None, mention.label)
            for item, label in zip(items, known)
        )
    return [(item, label or mention.label) for item, label in zip(items, known)] if listed else None


def joins_two_names(key: str, groups: Mapping[str, list[Occurrence]], aliases: Aliases) -> bool:
    """A name that is two names joined, each one the article's or a curated one ("Facebook and
    Instagram"); not "Marks & Spencer"."""
    parts = re.split(r" (?:and|&) ", key)
    return len(parts) == 2 and all(part in groups or aliases.entry(part) for part in parts)


def without_role_words(clean: CleanName | None, before_name: bool, aliases: Aliases) -> CleanName | None:
    """The body an organisation's mention that is a role names: "OpenAI" of "CEO of OpenAI", the
    known "New York" of "a New York Democrat," (an office: "The Hollywood Reporter" stays whole);
    none when the role opens a name ("Supreme Court Justice Ruth Bader Ginsburg": the person's
    title, not a mention of the court)."""
    if clean is None or clean.label != "organization" or aliases.entry(clean.name):
        return clean  # "Liberal Democrat" is the party, not a Democrat of Liberal, Kansas
    words = clean.name.split()
    keys = [word_key(w) for w in words]
    for at in range(1, len(words)):
        if tuple(keys[at:]) in office_keys() and (label := known_label(" ".join(words[:at]), aliases)):
            return None if before_name else CleanName(" ".join(words[:at]), label, ())
        if keys[at] == "of" and tuple(keys[:at]) in title_keys():
            rest = words[at + 1 :]
            rest = rest[1:] if rest and rest[0] == "the" else rest
            if rest and not (len(rest) == 1 and rest[0].lower() in common_words()):
                return CleanName(" ".join(rest), "organization", ())
    return clean


def without_demonym(clean: CleanName | None) -> CleanName | None:
    """A person's full name without the people's word run into it: "Evans Rutto" of "Kenyans Evans
    Rutto" or "Kenyan Evans Rutto"; not a name of two words ("Italian Ranieri" is left to the
    recogniser's reading)."""
    if clean is None or clean.label != "person":
        return clean
    first, *rest = clean.name.split()
    if len(rest) >= 2 and (is_demonym(first) or is_demonym(first, singular=True)):
        return CleanName(" ".join(rest), clean.label, clean.roles)
    return clean
