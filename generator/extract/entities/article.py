"""``article_entities``: an article's mentions -> its entities, one per real thing, most salient
first."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

from generator.model import Article, Mention

from .aliases import Aliases, name_key
from .entity import ArticleEntity, Occurrence
from .exclusions import (
    EPONYM,
    Casing,
    Exclusions,
    is_capitalised_word,
    is_common_noun,
    is_debris_name,
    named_as_a_work,
    names_no_entity,
    names_nothing,
    trusted_in_headings,
    without_sentence_opener,
)
from .labels import (
    BAND,
    cued_label,
    is_located,
    is_plural_after_the,
    known_label,
    names_a_band,
    people_named_by_surname,
    reads_as_person,
    refined_label,
    trade_before,
)
from .mentions import (
    firms_of_surnames,
    joined_across_and,
    joined_across_link_words,
    joins_two_names,
    nicknamed_people,
    people_listed_together,
    person_named_at_end,
    split_joined,
    typed_others,
    with_curated_acronyms,
    with_curated_number_after,
    with_given_name_before,
    with_name_before,
    with_number_before,
    with_title_before,
    without_demonym,
    without_role_words,
)
from .names import (
    BEFORE_REACH,
    CleanName,
    PersonName,
    abbreviations,
    appositive_roles,
    brand_cased,
    clean_name,
    listed_after_occupation,
    titles_before,
    word_key,
)
from .resolve import resolve_names

PLACE_WEIGHT = 0.7
"""Places set the scene more often than they are the story: their salience scores count less."""


def named_works(article: Article, mentions: Sequence[Mention], aliases: Aliases) -> frozenset[str]:
    """Names that the article's words call a film, show, book or song ("the film Vera Drake"),
    unless curated or listed: no entity here, and evidence for the corpus (see ``link.entities``)."""
    works = set()
    for m in mentions:
        if 0 <= m.paragraph < len(article.body) and named_as_a_work(m, article.body[m.paragraph]):
            clean = clean_name(m.text, m.label)
            if clean is not None and known_label(clean.name, aliases) is None:
                works.add(clean.name)
    return frozenset(works)


def article_entities(
    article: Article, mentions: Sequence[Mention], aliases: Aliases, works: frozenset[str] | None = None
) -> tuple[ArticleEntity, ...]:
    """The article's entities, most salient first; ``works`` are its ``named_works`` if known."""
    casing = Casing.of(article.body)
    works = named_works(article, mentions, aliases) if works is None else works
    found = _occurrences(article, mentions, aliases, casing, works)
    if not found:
        return ()
    resolved = resolve_names(found, article.body, aliases)
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    for occ in found:
        name = aliases.canonical(resolved.get(name_key(occ.name), occ.name))
        if not is_debris_name(name, aliases) and not is_common_noun(name, casing, aliases):
            groups[name_key(name)].append(occ)
    for key in [key for key in groups if joins_two_names(key, groups, aliases)]:
        del groups[key]
    entities = [_entity(occs, resolved, article, aliases) for occs in groups.values()]
    for entity in [e for e in entities if names_nothing(e, aliases)]:
        entities.remove(entity)
        groups.pop(name_key(entity.name), None)
    return _rank(entities, groups, article, aliases) if entities else ()


def _occurrences(
    article: Article, mentions: Sequence[Mention], aliases: Aliases, casing: Casing, works: frozenset[str]
) -> list[Occurrence]:
    """The mentions that name something and no work, cleaned, with their roles."""
    excluded = Exclusions.of(article)
    eponyms = {name for paragraph in article.body for found in EPONYM.findall(paragraph) for name in found if name}
    text = "\n".join(article.body)
    found = []
    ordered = firms_of_surnames(nicknamed_people(list(mentions), article.body), article.body)
    ordered = typed_others(person_named_at_end(ordered, aliases), article.body, aliases)
    ordered = people_listed_together(ordered, article.body, aliases)
    ordered = with_given_name_before(ordered, article.body, aliases)
    ordered = with_curated_number_after(with_number_before(ordered, article.body), article.body, aliases)
    ordered = with_curated_acronyms(ordered, article.body, aliases)
    ordered = joined_across_link_words(joined_across_and(ordered, article.body, aliases), article.body)
    ordered = with_title_before(with_name_before(ordered, article.body, aliases), article.body)
    for m in (part for mention in ordered for part in split_joined(mention, article.body, aliases)):
        if not 0 <= m.paragraph < len(article.body):
            continue
        paragraph = article.body[m.paragraph]
        clean = without_sentence_opener(clean_name(m.text, m.label), paragraph, m.start)
        before_name = re.match(r" [A-Z]", paragraph[m.end : m.end + 2]) is not None
        clean = with_curated_possessive(without_demonym(without_role_words(clean, before_name, aliases)), m, aliases)
        if clean is None or excluded.covers(m, clean.name, paragraph):
            continue
        if clean.name in eponyms or EPONYM.fullmatch(clean.name) or names_no_entity(m, clean.name, paragraph, aliases):
            continue
        if clean.name in works:
            continue
        if is_capitalised_word(clean.name, paragraph, m.start, casing, aliases):
            continue
        name = aliases.canonical(clean.name)
        if is_debris_name(clean.name, aliases) or is_debris_name(name, aliases):
            continue
        lead = m.text[: max(0, m.text.find(clean.name))]  # "for" of "for Capital Economics"
        before = paragraph[max(0, m.start - BEFORE_REACH) : m.start] + lead
        roles, label = titles_before(before, clean.label, clean.name)
        roles += clean.roles
        if label != "person" and listed_after_occupation(before):
            label = "person"  # "stars Paul Giamatti, Thomas Haden Church and Virginia Madsen"
        apposed = appositive_roles(paragraph[m.end : m.end + BEFORE_REACH])
        if label == "organization" and apposed and reads_as_person(clean.name, aliases):
            label = "person"  # "Yuli Edelstein, the former Knesset speaker,"
        if names_a_band(m, paragraph):
            label, roles = "organization", (*roles, BAND)  # "Franz Ferdinand frontman Alex Kapranos"
        elif trade := trade_before(m, paragraph):
            label, roles = "organization", (*roles, trade)  # "drugs firm Eli Lilly"
        if is_plural_after_the(clean.name, m, paragraph):
            if re.search(rf"\b[A-Z][\w.]* {re.escape(clean.name[:-1])}\b", text):
                continue  # "the Clintons" beside "Bill Clinton": a family, no one person or body
            if label == "person":
                label = "organization"  # "the Clippers", "the Dreamers": a team, a group
        if label == "person":
            roles += apposed
        found.append(Occurrence(name, clean.name, label, roles, m.paragraph, m.start, m.end))
    return people_named_by_surname(trusted_in_headings(found, article.body), aliases)


def with_curated_possessive(clean: CleanName | None, mention: Mention, aliases: Aliases) -> CleanName | None:
    """The curated name that ends in a possessive, kept whole where the recogniser saw no person:
    "Standard & Poor's", "Moody's" (not "Trevor McDonald's show")."""
    if clean is None or mention.label == "person" or not re.search(r"['’]s$", mention.text):
        return clean
    whole = f"{clean.name}'s"
    return replace(clean, name=whole) if aliases.entry(whole) else clean


def _entity(
    occs: Sequence[Occurrence], resolved: Mapping[str, str], article: Article, aliases: Aliases
) -> ArticleEntity:
    names = Counter(aliases.canonical(resolved.get(name_key(o.name), o.name)) for o in occs)
    name = _display_name(names)
    own = [o for o in occs if name_key(o.name) == name_key(name)] or occs  # short forms don't vote
    votes = Counter(o.label for o in own)
    voted = _cued_label(own) or max(votes, key=lambda lab: (votes[lab], -_first_index(own, lab)))
    titled = any(o.is_titled for o in occs)
    label = aliases.label(name) or refined_label(name, voted, titled, occs, article.body)
    first = occs[0]
    return ArticleEntity(
        name=name,
        label=label,
        count=len(occs),
        salience=0.0,
        roles=tuple(dict.fromkeys(r for o in occs if o.label == label for r in o.roles)),  # no band's on its singer
        sentence=sentence_at(article.body[first.paragraph], first.start, first.end),
        forms=tuple(dict.fromkeys(o.form for o in occs)),
        located=is_located(occs, article.body),
    )


def _cued_label(occs: Sequence[Occurrence]) -> str | None:
    """The type the article's words give the name, whatever most mentions say (see ``cued_label``)."""
    cued = Counter(cue for o in occs if (cue := cued_label(o.label, o.roles)))
    return max(cued, key=lambda lab: (cued[lab], lab)) if cued else None


def _first_index(occs: Sequence[Occurrence], label: str) -> int:
    return next(i for i, o in enumerate(occs) if o.label == label)


def _display_name(names: Counter[str]) -> str:
    """The most used spelling, preferring one not in capitals throughout ("Washington") and, of
    its case variants, one with a capital inside ("LinkedIn", "DeSantis": Title Case lowers it)."""
    return brand_cased(max(names, key=lambda n: (not (n.isupper() and len(n) > 5), names[n])), names)


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
        len(word) == 1 or "." in word or word_key(word) in abbreviations()
    )


def _rank(
    entities: Sequence[ArticleEntity],
    groups: Mapping[str, Sequence[Occurrence]],
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
