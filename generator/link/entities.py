"""One entity per real thing across the corpus, with the articles that name it.

Each article's entities (``generator.extract.entities``) are merged by name. A name that is only
a short form of another is merged into it when that is the only candidate in the corpus: a lone
surname ("Obama") into the one full name with that surname, an acronym into the one expansion
an article joined it with, a middle-name variant ("Donald J. Trump") into the plain name. A
short name with several candidates ("Clinton": Hillary or Bill) stays an entity of its own,
for the articles that did not resolve it themselves. A name that articles of the corpus call a
film, show or book ("the film Vera Drake") is no entity in any article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

from nicknames import NickNamer
from slugify import slugify

from generator.extract.entities import (
    Aliases,
    ArticleEntity,
    PersonName,
    brand_cased,
    cued_label,
    initial_fits,
    is_acronym,
    is_unplaced,
    known_label,
    name_key,
    organisation_heads,
    short_name_target,
    with_descriptor_before,
)

MIN_FIELD_ARTICLES = 2
MAX_FIELDS = 2
"""A person named in full by this many articles of the corpus, in at most this many sections, has a
field: a lone surname in an article of another section is someone else."""
COMMON_SHARE = 0.05
MIN_COMMON_ARTICLES = 5
"""A name held by this share of the articles (and this many at least) tells nothing of a person's
company: "London", "BBC"."""
PERSON_SHARE = 0.25
"""The least share of the articles naming a one-word name that must take it for a person (or
resolve it to a person's full name) for it to be taken for a surname."""
DOMINANCE = 0.8
"""A surname with several full names in the corpus still joins one of them when at least this
share of the articles that resolved the surname themselves (``MIN_RESOLVED`` or more) resolved it
to that name: "Trump" is Donald Trump in most articles, Melania Trump in one."""
MIN_RESOLVED = 3


@dataclass(frozen=True)
class Entity:
    """A person, organisation or place of the corpus."""

    name: str
    label: str
    slug: str
    """Unique among the entities with the same label (the label is the folder)."""
    aliases: tuple[str, ...]
    """The other names it goes by in the articles, most used first."""
    description: str | None
    mentions: int
    articles: tuple[int, ...]
    """Indices of the articles that name it, ascending."""


@dataclass(frozen=True)
class EntityIndex:
    """The corpus' entities, most widely named first, and where they occur."""

    entities: tuple[Entity, ...]
    by_article: tuple[tuple[int, ...], ...]
    """For each article, positions in ``entities`` of its entities, most salient first."""
    occurrences: tuple[tuple[tuple[int, ArticleEntity], ...], ...]
    """For each entity, the article indices and article entities that were merged into it."""

    @cached_property
    def _positions(self) -> Mapping[Entity, int]:
        return {entity: i for i, entity in enumerate(self.entities)}

    def for_article(self, article: int) -> tuple[Entity, ...]:
        """The entities of one article, most salient first."""
        return tuple(self.entities[i] for i in self.by_article[article])

    def canonical_names(self) -> tuple[dict[str, str], ...]:
        """Per article, the names of its own entities -> the names of the corpus' entities they are
        ("Blair" -> "Tony Blair")."""
        names: tuple[dict[str, str], ...] = tuple({} for _ in self.by_article)
        for entity, members in zip(self.entities, self.occurrences):
            for article, named in members:
                names[article][named.name] = entity.name
        return names

    def mentions_of(self, entity: Entity) -> tuple[tuple[int, ArticleEntity], ...]:
        """Each article that names ``entity``, with what that article knows of it; an article that
        names it under two of its own entities ("Donald J. Trump", "Trump") comes twice."""
        return self.occurrences[self._positions[entity]]

    @cached_property
    def _by_name(self) -> Mapping[str, Entity]:
        found: dict[str, Entity] = {}
        for entity in self.entities:
            found.setdefault(name_key(entity.name), entity)
        for entity in self.entities:
            for alias in entity.aliases:
                found.setdefault(name_key(alias), entity)
        return found

    def find(self, name: str) -> Entity | None:
        """The entity with this name, else the first with this alias (ignoring case, full stops)."""
        return self._by_name.get(name_key(name))

    def related(self, entity: Entity, limit: int | None = None) -> list[tuple[Entity, int]]:
        """The entities named in the articles of ``entity``, with how many articles, most first."""
        me = self._positions[entity]
        counts: Counter[int] = Counter()
        for article in entity.articles:
            counts.update(i for i in self.by_article[article] if i != me)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(self.entities[i], n) for i, n in ranked[:limit]]


@dataclass
class _Group:
    """The article entities sharing one name key."""

    members: list[tuple[int, ArticleEntity]]

    @property
    def name(self) -> str:
        counts = Counter[str]()
        for _, e in self.members:
            counts[e.name] += e.count
        return brand_cased(min(counts, key=lambda n: (-counts[n], n)), counts)

    def label(self, aliases: Aliases) -> str:
        """The curated type, else the type that a cue gives it in one of its articles (a person's:
        a title that opens no other kind of name, "actor Keanu Reeves" where other articles take
        him for a company, not "market leader Diageo"; an organisation's: "band Metallica"), or in
        ``MIN_CUED_SHARE`` of them for a known place or organisation ("Liverpool"), else the type
        most of its mentions give it."""
        if curated := aliases.label(self.name):
            return curated
        cued: dict[str, set[int]] = defaultdict(set)
        for article, e in self.members:
            if cue := cued_label(e.label, e.roles):
                cued[cue].add(article)
        if cued:
            label, articles = max(cued.items(), key=lambda item: (len(item[1]), item[0]))
            share = MIN_CUED_SHARE if known_label(self.name, aliases) else 0.0
            if len(articles) >= share * len({article for article, _ in self.members}):
                return label
        votes = Counter[str]()
        for _, e in self.members:
            votes[e.label] += e.count
        return min(votes, key=lambda lab: (-votes[lab], lab))


MIN_CUED_SHARE = 1 / 3
"""The share of a known place's or organisation's articles whose words must say it is something
else for that to type it (see ``_Group.label``)."""
MIN_WORK_SHARE = 0.2
"""The share of a name's articles that must call it a work (see ``extract.entities.named_works``)."""
MIN_WORK_ARTICLES = 2
"""... and how many of them at least, so that one article's "the film Ali" leaves Ali a person."""


def entity_index(
    per_article: Sequence[tuple[ArticleEntity, ...]],
    aliases: Aliases,
    works: Sequence[frozenset[str]] = (),
    sections: Sequence[str] | None = None,
) -> EntityIndex:
    """Merge the articles' entities into the corpus' entities; ``works`` are each article's
    ``named_works``, ``sections`` the section each is filed under.

    A lone surname joins the one full name of the corpus only in articles of the person's field
    (see ``_Fields``) or that name someone or something the person's articles name and few others
    do: the "Kennedy" of a rugby line-up is not the party leader Charles Kennedy of the politics
    pages, nor "Moody's" the flanker Lewis Moody; the "Obama" of an article on the NSA filed under
    Technology is Barack Obama."""
    groups: dict[str, _Group] = {}
    for article, entities in enumerate(per_article):
        for entity in entities:
            groups.setdefault(name_key(entity.name), _Group([])).members.append((article, entity))
    for key in _works(groups, works, aliases):
        del groups[key]
    redirect, apart, surnames = _redirects(groups, aliases)
    fields = _Fields.of(groups, redirect, surnames, per_article, sections) if sections is not None else None
    merged: dict[str, list[tuple[int, ArticleEntity]]] = defaultdict(list)
    staying: dict[str, _Group] = {}
    for key, group in groups.items():
        target = _follow(key, redirect)
        kept = [m for m in group.members if m[1].label != "person"] if key in apart else []
        if fields is not None and key in surnames:
            kept += fields.someone_else(key, target, [m for m in group.members if m not in kept])
        if kept:
            staying[key] = _Group(kept)
            merged[key] = kept
            merged[target].extend(m for m in group.members if m not in kept)
        else:
            merged[target].extend(group.members)
    return _build(merged, groups | staying, per_article, aliases)


_Member = tuple[int, ArticleEntity]
"""An article's position and its entity."""


@dataclass(frozen=True)
class _Fields:
    """Where the corpus' people are named in full: the sections, and the rare names beside them."""

    sections: Sequence[str]
    in_full: Mapping[str, set[int]]
    """Target key -> the articles that name it in full, in any spelling ("George W. Bush")."""
    names_in: Sequence[frozenset[str]]
    rare_in: Sequence[frozenset[str]]
    """Each article's names that few articles of the corpus hold: the company a person keeps."""

    @classmethod
    def of(cls, groups: Mapping[str, _Group], redirect: Mapping[str, str], surnames: set[str],
           per_article: Sequence[tuple[ArticleEntity, ...]], sections: Sequence[str]) -> _Fields:
        in_full: dict[str, set[int]] = defaultdict(set)
        for key, group in groups.items():
            if key not in surnames:
                in_full[_follow(key, redirect)].update(article for article, _ in group.members)
        names_in = [frozenset(name_key(e.name) for e in entities) for entities in per_article]
        held = Counter(key for keys in names_in for key in keys)
        common = max(MIN_COMMON_ARTICLES, COMMON_SHARE * len(names_in))
        rare_in = [frozenset(key for key in keys if held[key] < common) for keys in names_in]
        return cls(sections, in_full, names_in, rare_in)

    def someone_else(self, key: str, target: str, members: list[_Member]) -> list[_Member]:
        """The members of the lone surname ``key`` that are not ``target``: in articles outside the
        person's field that name nothing of the person's company ("Moody's", "The Hague")."""
        named = self.in_full[target]
        field = {self.sections[article] for article in named}
        if len(named) < MIN_FIELD_ARTICLES or len(field) > MAX_FIELDS:
            return []  # too little to tell, or a president, in the news of every desk
        company = set().union(*(self.rare_in[article] for article in named)) - {key, target}
        return [m for m in members if self.sections[m[0]] not in field and not self.names_in[m[0]] & company]


def _works(groups: Mapping[str, _Group], works: Sequence[frozenset[str]], aliases: Aliases) -> list[str]:
    """Keys of the uncurated names that enough articles of the corpus call a work, whatever the
    recogniser took them for ("Million Dollar Baby" an organisation, "Vera Drake" a person)."""
    called = Counter(name_key(name) for names in works for name in names)
    return [
        key
        for key, group in groups.items()
        if called[key] >= MIN_WORK_ARTICLES
        and called[key] >= MIN_WORK_SHARE * (len({article for article, _ in group.members}) + called[key])
        and aliases.entry(group.name) is None
    ]


def _redirects(groups: Mapping[str, _Group], aliases: Aliases) -> tuple[dict[str, str], set[str], set[str]]:
    """Name key -> the key of the one name it is a short form of; the keys of surnames whose
    articles that take them for a known place or organisation keep them apart (see ``_also_a_place``);
    and the keys redirected as surnames."""
    labels = {key: group.label(aliases) for key, group in groups.items()}
    people = {
        key: person
        for key, group in groups.items()
        if labels[key] == "person" and not (person := PersonName.parse(group.name)).single
    }
    """The full names of the corpus' people, parsed."""
    redirect = _middle_variants(people) | _initial_variants(groups, labels, people)
    established = {key for key in people if len({article for article, _ in groups[key].members}) >= MIN_FIELD_ARTICLES}
    redirect |= with_descriptor_before({key: groups[key].name for key in people}, established)
    redirect |= _without_organisation_word(groups, labels, aliases)
    redirect |= _nickname_variants(groups, labels, redirect)
    redirect |= _suffix_variants(groups, people, redirect)
    full = {key: person for key, person in people.items() if key not in redirect}
    written = {key: person for key, person in full.items() if _written_in_full(groups[key])}
    """Those some article names in full: not only "his wife, Stacey", whom no lone "Cowan" means."""
    apart: set[str] = set()
    surnames: set[str] = set()
    resolved_as: dict[str, Counter[str]] = defaultdict(Counter)
    """Form key -> keys of the names articles resolved it to, with how many articles."""
    for key, group in groups.items():
        for _, entity in group.members:
            for form in {name_key(f) for f in entity.forms} - {key}:
                resolved_as[form][_follow(key, redirect)] += 1
    for key, group in groups.items():
        if key in redirect or aliases.entry(group.name):
            continue
        target = None
        short = PersonName.parse(group.name)
        if short.single and _may_be_surname(group, resolved_as[key], labels):
            target = short_name_target(short, written, allow_first=False)
            target = target or _dominant(resolved_as[key], among=full)
            if target is not None:
                surnames.add(key)
                if _also_a_place(group, resolved_as[key], labels, aliases):
                    apart.add(key)
        if target is None and is_acronym(group.name):
            owners = [k for k in resolved_as[key] if labels[k] == labels[key]]
            target = owners[0] if len(owners) == 1 else None
        if target is not None:
            redirect[key] = target
    return redirect, apart, surnames


def _written_in_full(group: _Group) -> bool:
    """Whether an article writes the name of several words, not only its given name."""
    return any(" " in form for _, entity in group.members for form in entity.forms)


def _also_a_place(group: _Group, resolutions: Counter[str], labels: Mapping[str, str], aliases: Aliases) -> bool:
    """Whether as many articles take a surname for the known place or organisation of that name as
    take it for the person ("Jordan", the country, beside Jim Jordan): those articles keep it. An
    article that takes it for another kind of name ("Paterson" of Paterson, New Jersey, as an
    organisation) took the person for something else."""
    known = known_label(group.name, aliases)
    people = sum(n for key, n in resolutions.items() if labels[key] == "person")
    people += sum(e.label == "person" for _, e in group.members)
    return known is not None and sum(e.label == known for _, e in group.members) >= people


def _dominant(resolutions: Counter[str], among: Mapping[str, PersonName]) -> str | None:
    """The full name most articles resolved a short name to, if it has ``DOMINANCE`` of them."""
    total = sum(resolutions.values())
    if total < MIN_RESOLVED:
        return None
    key, count = resolutions.most_common(1)[0]
    return key if key in among and count >= DOMINANCE * total else None


def _may_be_surname(group: _Group, resolutions: Counter[str], labels: Mapping[str, str]) -> bool:
    """Whether enough of the articles naming it took it for a person (or a person's surname)."""
    people = sum(n for key, n in resolutions.items() if labels[key] == "person")
    people += sum(e.label == "person" for _, e in group.members)
    return people >= PERSON_SHARE * (sum(resolutions.values()) + len(group.members))


def _middle_variants(people: Mapping[str, PersonName]) -> dict[str, str]:
    """Middle-name variants ("Donald J. Trump") -> the plain name, if the corpus has it.

    Only when all the variants share one middle initial: "George W. Bush" and "George H. W. Bush"
    both stay apart from "George Bush".
    """
    plain: dict[tuple[str, str, str], str] = {}
    variants: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for key, person in people.items():
        parts = (person.first, person.last, person.suffix)
        if person.middle:
            variants[parts].add(key)
        else:
            plain[parts] = key
    redirect = {}
    for parts, keys in variants.items():
        middles = {people[k].middle[:1] for k in keys}
        if parts in plain and len(middles) == 1:
            redirect |= dict.fromkeys(keys, plain[parts])
    return redirect


def _initial_variants(
    groups: Mapping[str, _Group], labels: Mapping[str, str], people: Mapping[str, PersonName]
) -> dict[str, str]:
    """A name with an initial for its first name ("C Paterson") -> the one full name of the corpus
    that it fits ("Chris Paterson") and that shares company with it: a person or organisation
    named in the articles of both. "R Kelly" of the charts stays apart from the minister Ruth Kelly."""
    named_in: dict[int, set[str]] = defaultdict(set)
    for key, group in groups.items():
        if labels[key] in ("person", "organization"):
            for article, _ in group.members:
                named_in[article].add(key)

    def company(key: str) -> set[str]:
        return {other for article, _ in groups[key].members for other in named_in[article]} - {key}

    return {
        key: keys[0]
        for key, keys in initial_fits(people).items()
        if len(keys) == 1 and company(key) & (company(keys[0]) - {key})
    }


def _without_organisation_word(groups: Mapping[str, _Group], labels: Mapping[str, str],
                               aliases: Aliases) -> dict[str, str]:
    """An organisation's name without its last, generic word and the full name, when the corpus
    has one such ("First Republic", "First Republic Bank"): the less used -> the more used."""
    heads = organisation_heads()
    fuller: dict[str, list[str]] = defaultdict(list)
    for key in groups:
        words = key.split()
        if labels[key] == "organization" and len(words) >= 3 and words[-1] in heads:
            fuller[" ".join(words[:-1])].append(key)
    redirect = {}
    for short, found in fuller.items():
        if len(found) == 1 and labels.get(short) == "organization" and not aliases.entry(groups[short].name):
            less, more = sorted((short, found[0]), key=lambda k: (_mentions(groups[k]), k))
            redirect[less] = more
    return redirect


def _mentions(group: _Group) -> int:
    return sum(e.count for _, e in group.members)


def _nickname_variants(groups: Mapping[str, _Group], labels: Mapping[str, str],
                       redirect: Mapping[str, str]) -> dict[str, str]:
    """A person named with a nickname and with the given name it shortens ("Joe Biden", "Joseph R.
    Biden"; "Chuck Schumer", "Charles Schumer"): the less used name -> the more used one.

    Only when the surname (and suffix) match, the middle names do not differ, and the corpus has
    one such pair for the name: "Chris Smith" beside "Christopher Smith" and "Christine Smith"
    stays apart.
    """
    people: dict[tuple[str, str], list[tuple[str, PersonName]]] = defaultdict(list)
    for key, group in groups.items():
        person = PersonName.parse(group.name)
        if labels[key] == "person" and key not in redirect and not person.single:
            people[person.last, person.suffix].append((key, person))
    found: dict[str, str] = {}
    for namesakes in people.values():
        for key, person in namesakes:
            longer = [
                (other, named)
                for other, named in namesakes
                if _is_nickname_of(person.first, named.first) and _middles_agree(person, named)
            ]
            if len(longer) != 1:
                continue
            kept = max((key, longer[0][0]), key=lambda k: (len(groups[k].members), k))
            found.setdefault(key if kept != key else longer[0][0], kept)
    return found


def _suffix_variants(groups: Mapping[str, _Group], people: Mapping[str, PersonName],
                     redirect: Mapping[str, str]) -> dict[str, str]:
    """A formal name with a middle initial and a suffix ("James R. Clapper Jr.") -> the one name of
    the corpus without either that it fits ("James Clapper"; "Joseph R. Biden Jr.", "Joe Biden"):
    one person, written in full by one paper and plainly by another. Not a name that differs by its
    suffix alone ("Hank Williams Jr."), and not when an article tells the two apart: it writes the
    surname with the suffix ("Trump Jr.") or both names."""
    apart = {
        key
        for named in _people_by_article(groups, people).values()
        for key, (person, entity) in named.items()
        if person.suffix and _told_apart(person, entity, named.values())
    }
    found = {}
    for key, person in people.items():
        if not (person.suffix and person.middle) or key in redirect or key in apart:
            continue
        fits = {
            _follow(other, redirect)
            for other, named in people.items()
            if not named.suffix and not named.middle and named.last == person.last
            and _same_given_name(person, named)
        }
        if len(fits) == 1:
            found[key] = fits.pop()
    return found


def _people_by_article(
    groups: Mapping[str, _Group], people: Mapping[str, PersonName]
) -> dict[int, dict[str, tuple[PersonName, ArticleEntity]]]:
    """Article -> the people it names, parsed, with its entity of each."""
    named: dict[int, dict[str, tuple[PersonName, ArticleEntity]]] = defaultdict(dict)
    for key, person in people.items():
        for article, entity in groups[key].members:
            named[article][key] = (person, entity)
    return named


def _told_apart(person: PersonName, entity: ArticleEntity, named: Iterable[tuple[PersonName, ArticleEntity]]) -> bool:
    """Whether an article tells the suffixed ``person`` apart from a namesake without the suffix."""
    if any((form := PersonName.parse(f)).single and form.suffix for f in entity.forms):
        return True
    return any(not other.suffix and other.last == person.last and _same_given_name(person, other) for other, _ in named)


def _same_given_name(one: PersonName, other: PersonName) -> bool:
    """The same given name or a nickname of it, and no middle initials that differ."""
    first, other_first = one.first, other.first
    given = first == other_first or _is_nickname_of(first, other_first) or _is_nickname_of(other_first, first)
    return given and _middles_agree(one, other)


def _is_nickname_of(short: str, given: str) -> bool:
    """Whether ``short`` is a nickname of the given name ``given``: "joe" of "joseph"."""
    return short in _nicknames().nicknames_of(given)


def _middles_agree(one: PersonName, other: PersonName) -> bool:
    """No middle names whose initials differ ("Joseph R. Biden", "Joe Biden"; not "George H. W. Bush",
    "George W. Bush")."""
    return not one.middle or not other.middle or one.middle[:1] == other.middle[:1]


@cache
def _nicknames() -> NickNamer:
    return NickNamer()


def _follow(key: str, redirect: Mapping[str, str]) -> str:
    seen = {key}
    while key in redirect and redirect[key] not in seen:
        key = redirect[key]
        seen.add(key)
    return key


def _build(
    merged: Mapping[str, list[tuple[int, ArticleEntity]]],
    groups: Mapping[str, _Group],
    per_article: Sequence[tuple[ArticleEntity, ...]],
    aliases: Aliases,
) -> EntityIndex:
    drafts = []
    for key, members in merged.items():
        name = groups[key].name
        label = groups[key].label(aliases)
        if label == "person" and _is_a_company_alone(name, members, aliases):
            label = "organization"
        if label == "place" and is_unplaced(name, any(e.located for _, e in members), aliases):
            continue  # "Garden State", "Lord of the Rings": a work's name, no place
        entity = Entity(
            name=name,
            label=label,
            slug="",
            aliases=_other_names(name, members),
            description=aliases.description(name),
            mentions=sum(e.count for _, e in members),
            articles=tuple(sorted({a for a, _ in members})),
        )
        drafts.append((entity, tuple(sorted(members, key=lambda m: m[0]))))
    drafts.sort(
        key=lambda d: (-len(d[0].articles), -d[0].mentions, d[0].name.casefold(), d[0].name)
    )
    used: set[tuple[str, str]] = set()
    entities = tuple(replace(e, slug=_unique_slug(e.name, e.label, used)) for e, _ in drafts)
    occurrences = tuple(members for _, members in drafts)
    return EntityIndex(entities, _by_article(occurrences, len(per_article)), occurrences)


def _is_a_company_alone(name: str, members: Sequence[tuple[int, ArticleEntity]], aliases: Aliases) -> bool:
    """A "person" of one word that is a known company ("Gartner said"), that no article taking it for a
    person gives a title and that joined no one's full name: the company, not a surname."""
    return (
        " " not in name
        and known_label(name, aliases) == "organization"
        and aliases.entry(name) is None
        and not any(entity.roles for _, entity in members if entity.label == "person")
    )


def _other_names(name: str, members: Sequence[tuple[int, ArticleEntity]]) -> tuple[str, ...]:
    """The names and forms of the merged article entities, most used first, one per key."""
    counts = Counter[str]()
    for _, entity in members:
        counts.update((entity.name, *entity.forms))
    seen = {name_key(name)}
    others = []
    for form in sorted(counts, key=lambda f: (-counts[f], f)):
        if name_key(form) not in seen:
            seen.add(name_key(form))
            others.append(form)
    return tuple(others)


def _unique_slug(name: str, label: str, used: set[tuple[str, str]]) -> str:
    base = slugify(name) or "entity"
    slug, n = base, 1
    while (label, slug) in used:
        n += 1
        slug = f"{base}-{n}"
    used.add((label, slug))
    return slug


def _by_article(
    occurrences: Sequence[tuple[tuple[int, ArticleEntity], ...]], articles: int
) -> tuple[tuple[int, ...], ...]:
    ranked: list[dict[int, float]] = [{} for _ in range(articles)]
    for position, members in enumerate(occurrences):
        for article, entity in members:
            ranked[article][position] = max(ranked[article].get(position, 0.0), entity.salience)
    return tuple(tuple(sorted(r, key=lambda p: (-r[p], p))) for r in ranked)
