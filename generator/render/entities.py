"""Entity pages (people, organisations, places) and their A-Z index pages."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Sequence
from itertools import groupby

from generator.extract.entities import ArticleEntity
from generator.extract.quotes import Quote
from generator.link.entities import Entity
from generator.model import ENTITY_FOLDERS, Corpus, LinkedArticle, Page
from generator.render.escape import clean_text, html_text, markdown_text
from generator.render.listing import article_item
from generator.render.page import count, long_date, page, relative_link

TYPE_TITLES = {"person": "People", "organization": "Organisations", "place": "Places"}
TYPE_NAMES = {"person": "Person", "organization": "Organisation", "place": "Place"}
RELATED_LIMIT = 12
QUOTES_LIMIT = 20
ROLES_SHOWN = 2
"""The titles an entity page gives its person, the most used first ("President", "Senator")."""
SEARCH_BOOST = 3
"""Entity pages rank above the articles that merely mention them."""


def render_entity_pages(corpus: Corpus) -> list[Page]:
    pages = [render_entity_index(label, corpus) for label in ENTITY_FOLDERS]
    for entity in corpus.entities.entities:
        path = corpus.entity_path(entity)
        if path:
            pages.append(render_entity(entity, path, corpus))
    return pages


def _seen(dates: list[dt.date], articles: int) -> str:
    """When the entity's dated articles appeared: ", first seen ..., last seen ...", ", all on ...",
    or, when some articles are undated, ", 2 of them dated, on ..."."""
    if not dates:
        return ""
    first, last = long_date(dates[0]), long_date(dates[-1])
    if len(dates) < articles:
        span = f"on {first}" if first == last else f"from {first} to {last}"
        return f", {len(dates)} of them dated, {span}"
    if first != last:
        return f", first seen {first}, last seen {last}"
    return f", {'all ' if articles > 1 else ''}on {first}"


def render_entity(entity: Entity, path: str, corpus: Corpus) -> Page:
    occurrences = sorted(corpus.entities.mentions_of(entity), key=lambda o: corpus.recency[o[0]])
    dates = sorted(d for d in (corpus.articles[i].date for i, _ in occurrences) if d)
    blocks = [f"# {markdown_text(entity.name)}", _kind_line(entity, occurrences)]
    if entity.description:
        blocks.append(markdown_text(entity.description))
    seen = _seen(dates, len(entity.articles))
    blocks.append(f"Named {_times(entity.mentions)} in {count(len(entity.articles), 'article')}{seen}.")
    blocks.append("## Articles")
    first_per_article: dict[int, ArticleEntity] = {}
    for i, named in occurrences:
        first_per_article.setdefault(i, named)  # its most salient, where it named two ("Donald J. Trump", "Trump")
    listed = first_per_article.items()
    blocks.append("\n".join(_occurrence(corpus.articles[i], named.sentence, path) for i, named in listed))
    quotes = [(i, q) for i in dict.fromkeys(i for i, _ in occurrences) for q in corpus.stories.quotes[i]
              if q.speaker == entity.name]
    if quotes:
        blocks.append("## Quotes")
        blocks.extend(_quote(corpus.articles[i], q, path) for i, q in quotes[:QUOTES_LIMIT])
    related = corpus.entities.related(entity, RELATED_LIMIT)
    if related:
        blocks.append("## Appears with")
        blocks.append("\n".join(_entity_item(other, shared, path, corpus) for other, shared in related))
    meta = {
        "kind": entity.label,
        "title": html_text(entity.name),
        "description": html_text(entity.description or f"{TYPE_NAMES[entity.label]} named in "
                                 f"{count(len(entity.articles), 'article')} of the archive."),
        "aliases": [clean_text(a) for a in entity.aliases],
        "mention_count": entity.mentions,
        "article_count": len(entity.articles),
        "search": {"boost": SEARCH_BOOST},
    }
    return page(path, meta, blocks)


def render_entity_index(label: str, corpus: Corpus) -> Page:
    """Every entity of one type, A to Z, with its article count; the long tail unlinked."""
    path = f"{ENTITY_FOLDERS[label]}/index.md"
    entities = sorted((e for e in corpus.entities.entities if e.label == label), key=lambda e: (_sort_key(e.name), e.slug))
    blocks = [f"# {TYPE_TITLES[label]}", f"{count(len(entities), TYPE_NAMES[label].lower())} in the archive."]
    for letter, group in groupby(entities, key=lambda e: _letter(e.name)):
        blocks.append(f"## {letter}")
        blocks.append("\n".join(_entity_item(e, len(e.articles), path, corpus) for e in group))
    return page(path, {"kind": "index", "title": TYPE_TITLES[label]}, blocks)


def entity_links(entry: LinkedArticle, index: int, corpus: Corpus) -> str:
    """The article's entities by type, most salient first, linked where they have a page."""
    entities = corpus.entities.for_article(index)
    lines = []
    for label in ENTITY_FOLDERS:
        names = [entity_link(e, entry.path, corpus) for e in entities if e.label == label]
        if names:
            lines.append(f"**{TYPE_TITLES[label]}:** " + ", ".join(names))
    return "  \n".join(lines)


NESTED_QUOTES = str.maketrans({"“": "‘", "”": "’"})


def _occurrence(entry: LinkedArticle, sentence: str, from_path: str) -> str:
    """The article, and the sentence naming the entity in quotation marks, its own quotes nested as ‘ ’."""
    item = article_item(entry, from_path)
    if not sentence:
        return item
    return f"{item}  \n  “{markdown_text(sentence.translate(NESTED_QUOTES))}”"


def _quote(entry: LinkedArticle, quote: Quote, from_path: str) -> str:
    """The quote and the article it is in: its headline, linked, and its outlet where known."""
    link = f"[{markdown_text(entry.article.title)}]({relative_link(from_path, entry.path)})"
    outlet = f" ({markdown_text(entry.article.outlet)})" if entry.article.outlet else ""
    return f"> “{markdown_text(quote.text)}”  \n> — in {link}{outlet}"


def _entity_item(entity: Entity, articles: int, from_path: str, corpus: Corpus) -> str:
    return f"- {entity_link(entity, from_path, corpus)} ({articles})"


def entity_link(entity: Entity, from_path: str, corpus: Corpus) -> str:
    """The entity's name, linked to its page if it has one."""
    path = corpus.entity_path(entity)
    name = markdown_text(entity.name)
    return f"[{name}]({relative_link(from_path, path)})" if path else name


def _kind_line(entity: Entity, occurrences: Sequence[tuple[int, ArticleEntity]]) -> str:
    kind = f"*{TYPE_NAMES[entity.label]}*"
    roles = Counter(role for _, named in occurrences for role in dict.fromkeys(named.roles))
    roles = Counter({role: n for role, n in roles.items() if role.removeprefix("former ") == role
                     or role.removeprefix("former ") not in roles})  # "President" says it
    if roles:
        ranked = sorted(roles.items(), key=lambda r: (-r[1], r[0]))[:ROLES_SHOWN]
        kind += " · " + ", ".join(markdown_text(role[:1].upper() + role[1:]) for role, _ in ranked)
    if entity.aliases:
        kind += " · also named " + ", ".join(markdown_text(a) for a in entity.aliases)
    return kind


def _sort_key(name: str) -> tuple[str, str]:
    return (_letter(name), name.casefold())


def _letter(name: str) -> str:
    """The A-Z heading of a name: its first letter without accents, or "#"."""
    first = unicodedata.normalize("NFKD", name[:1])[:1].upper()
    return first if "A" <= first <= "Z" else "#"



def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"
