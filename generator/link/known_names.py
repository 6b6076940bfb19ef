"""Names the corpus knows, found again where the recogniser missed them.

The recogniser judges each article alone: a name it finds in three articles ("Chick-fil-A") it
can miss in a fourth, which then names the thing without linking to its page. A name that an
article of the corpus holds as an entity becomes a mention wherever another article writes it
exactly so (case included) and found no name there: not inside or beside a name the recogniser
found, not run into a longer capitalised name ("New York" of "New York Magazine"). A name the
recogniser cut short becomes the known name that the text goes on to write ("Secure America" of
"Secure America Now"). It takes the type that most of its mentions have; the article's entities
and filing are then redone, so the usual checks (works, debris, credits) still apply. Only names
unlike a run of words are looked for: a name of common words alone ("General Election", "Making
Of") may be a heading's or a title's words unless the curation knows it, a name of one word
("Reading", "Will") a sentence's first word or anyone's surname unless no word is written so
("Chick-fil-A", "YouTube").
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from generator.analyse import Analysis
from generator.extract.article import extraction_of
from generator.extract.entities import Aliases
from generator.extract.entities.labels import common_words, organisation_heads
from generator.extract.entities.names import (
    FUNCTION_WORDS,
    WEEKDAYS,
    abbreviations,
    is_mostly_capitalised,
    is_suffix,
    title_keys,
    word_key,
)
from generator.extract.topics import Taxonomy
from generator.model import Mention

_CAPITALISED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’&.-]*")
_UNLIKE_A_WORD = re.compile(r"[a-z][A-Z]|[A-Za-z]-[A-Z]")
"""Inner capitals, or a capital after a hyphen: no word of the language, a name ("YouTube", "Chick-fil-A")."""
_POSSESSIVE_OR_STOP = re.compile(r"(?:['’]s?|\.)$")
_CAPITALISED_AFTER = re.compile(r"(?:['’]s?)?\s*([A-Z&][\w&]*)")
"""A capitalised word after a name, its "'s" between."""
_CLAUSE_END = re.compile(r"[!?:;\"“”'‘’(\[—–-]$")


def known_forms(analyses: Sequence[Analysis], aliases: Aliases) -> dict[str, str]:
    """The names the corpus' articles write their entities with that are looked for in the others,
    and the type that most of their mentions have."""
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for analysis in analyses:
        for entity in analysis.extraction.entities:
            for form in dict.fromkeys((entity.name, *entity.forms)):
                if _is_distinctive(form, entity.label) and (aliases.entry(form) or not _all_common(form)):
                    votes[form][entity.label] += entity.count
    return {form: min(labels, key=lambda label: (-labels[label], label)) for form, labels in votes.items()}


def _is_distinctive(form: str, label: str) -> bool:
    words = form.split()
    if not words or word_key(words[0]) in FUNCTION_WORDS or not words[0][:1].isupper():
        return False  # "The Hill": "The" may open any sentence
    if len(words) == 1:
        return label != "person" and _UNLIKE_A_WORD.search(form) is not None
    return tuple(word_key(w) for w in words) not in title_keys()


def _all_common(form: str) -> bool:
    """Whether every word of ``form`` is one news writes in lower case: "Making Of", not "Secure America"."""
    common = common_words()
    return all(
        w.casefold() in FUNCTION_WORDS or w.casefold() in common and not is_mostly_capitalised(w)
        for w in re.findall(r"[\w'’]+", form)
    )


def _by_first_word(forms: Iterable[str]) -> dict[str, list[str]]:
    """The forms under their first word, longest first."""
    found: dict[str, list[str]] = defaultdict(list)
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        found[form.split()[0]].append(form)
    return found


def _lengthened(analysis: Analysis, known: Mapping[str, str], by_first: Mapping[str, list[str]]) -> list[Mention]:
    """The article's mentions, each that the text continues into a longer known name as that name."""
    mentions = analysis.extraction.mentions
    result = []
    for mention, after in zip(mentions, (*mentions[1:], None)):
        paragraph = analysis.article.body[mention.paragraph]
        following = after.start if after and after.paragraph == mention.paragraph else len(paragraph)
        for form in by_first.get(mention.text.split()[0], ()) if mention.text else ():
            end = mention.start + len(form)
            added = form[len(mention.text) :].split()
            if (
                form.startswith(mention.text + " ")
                and end <= following
                and paragraph.startswith(form, mention.start)
                and _continues(mention.label, form, known[form], added)
                and _ends_alone(paragraph, end)
            ):
                mention = Mention(form, known[form], mention.paragraph, mention.start, end)
                break
        result.append(mention)
    return result


def _continues(label: str, form: str, known_label: str, added: Sequence[str]) -> bool:
    """Whether a name of type ``label`` that the text goes on to write as ``form`` is that name: of
    the same type, or a people's word, or an organisation named after someone or somewhere ("Paris
    Club"); its last word capitalised, no weekday or suffix ("Apple iPod", "Obama Tuesday" are not
    names; "Jaime Jaquez Jr." is Jaime Jaquez, as the recogniser writes him)."""
    if not added[-1][:1].isupper() or any(word_key(w) in WEEKDAYS or is_suffix(word_key(w)) for w in added):
        return False
    return label in (known_label, "misc") or (
        known_label == "organization" and word_key(form.split()[-1]) in organisation_heads()
    )


def _found(
    analysis: Analysis, mentions: Sequence[Mention], known: Mapping[str, str], by_first: Mapping[str, list[str]]
) -> Iterable[Mention]:
    """The known names that the article writes where none of ``mentions`` is."""
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        taken[m.paragraph].append((m.start, m.end))
    for index, paragraph in enumerate(analysis.article.body):
        after = 0
        for word in _CAPITALISED.finditer(paragraph):
            start = word.start()
            if start < after:
                continue
            candidates = by_first.get(word.group()) or by_first.get(_POSSESSIVE_OR_STOP.sub("", word.group()), ())
            for form in candidates:
                end = start + len(form)
                if paragraph.startswith(form, start) and _stands_alone(paragraph, start, end, taken[index]):
                    yield Mention(form, known[form], index, start, end)
                    after = end
                    break


def _stands_alone(paragraph: str, start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """Whether ``paragraph[start:end]`` is a whole name of its own: no found name overlaps or touches
    it, no word or capitalised word runs into it."""
    if any(s <= end and e >= start for s, e in taken) or not _ends_alone(paragraph, end):
        return False
    near = paragraph[max(0, start - 40) : start]  # a long paragraph is not copied for each name
    before = near.rstrip()
    if before and (re.search(r"[\w&-]$", near) or before.endswith("&")):
        return False
    last = before.rsplit(maxsplit=1)[-1] if before else ""
    return not last[:1].isupper() or word_key(last) in FUNCTION_WORDS or _ends_a_sentence(last)


def _ends_alone(paragraph: str, end: int) -> bool:
    """Whether a name ending at ``end`` ends there: no word or capitalised word runs on from it."""
    if re.match(r"[\w-]", paragraph[end : end + 1]):
        return False
    following = _CAPITALISED_AFTER.match(paragraph, end)
    return not following or word_key(following.group(1)) in WEEKDAYS  # "New York Magazine"; not "Chick-fil-A Wednesday"


def _ends_a_sentence(word: str) -> bool:
    """"Washington." or "said:", not "U.S." or "Gov."."""
    if _CLAUSE_END.search(word):
        return True
    return word.endswith(".") and word.count(".") == 1 and word_key(word) not in abbreviations()


def with_known_names(analyses: Sequence[Analysis], taxonomy: Taxonomy, aliases: Aliases) -> list[Analysis]:
    """The analyses with the corpus' known names found again, entities and filing redone where some were."""
    known = known_forms(analyses, aliases)
    by_first = _by_first_word(known)
    result = []
    for analysis in analyses:
        lengthened = _lengthened(analysis, known, by_first)
        found = tuple(_found(analysis, lengthened, known, by_first))
        if found or lengthened != list(analysis.extraction.mentions):
            mentions = tuple(sorted((*lengthened, *found), key=lambda m: (m.paragraph, m.start)))
            extraction = extraction_of(analysis.article, mentions, taxonomy, aliases)
            analysis = dataclasses.replace(analysis, extraction=extraction)
        result.append(analysis)
    return result
