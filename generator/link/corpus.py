"""The corpus-wide stage for articles: page paths, archive order, links between articles."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from slugify import slugify

from generator.analyse import Analysis
from generator.config import LongTail
from generator.extract.entities import Aliases
from generator.extract.ner.gazetteer import Gazetteer
from generator.extract.ner.gazetteer import load as ner_gazetteer
from generator.extract.topics import Taxonomy, keyphrases
from generator.link.entities import EntityIndex, entity_index
from generator.link.story_index import story_index
from generator.link.topics import topic_listings
from generator.model import Article, Corpus, LinkedArticle

ARTICLES_DIR = "articles"
SLUG_MAX_LENGTH = 80


def link_corpus(analyses: Sequence[Analysis], taxonomy: Taxonomy, aliases: Aliases,
                long_tail: LongTail = LongTail()) -> Corpus:
    """Give every article a page, newest first; link articles, entities, topics, tags and stories."""
    articles = [a.article for a in analyses]
    paths = article_paths(articles)
    by_title = {_title_key(a.title): paths[a.source_file] for a in articles}
    entries = [
        LinkedArticle(
            article=a.article,
            extraction=a.extraction,
            path=paths[a.article.source_file],
            related_headlines=tuple((h, by_title.get(_title_key(h))) for h in a.article.related),
        )
        for a in analyses
    ]
    entries.sort(key=LinkedArticle.archive_key)
    entities = entity_index([e.extraction.entities for e in entries], aliases, [e.extraction.works for e in entries],
                            [e.extraction.filing.section_id for e in entries])
    names = [[e.name for e in entities.for_article(i)] for i in range(len(entries))]
    tags = keyphrases([e.article for e in entries], names=[_names_and_forms(e, n) for e, n in zip(entries, names)])
    entries = [replace(e, tags=t) for e, t in zip(entries, tags)]
    stories = story_index(entries, names, entities.canonical_names())
    entries = [replace(e, inferred_date=stories.inferred_dates.get(i)) for i, e in enumerate(entries)]
    return Corpus(
        articles=tuple(entries),
        sections=topic_listings(sorted(entries, key=LinkedArticle.archive_key), taxonomy),
        entities=entities,
        long_tail=long_tail,
        stories=stories,
        unidentified_people=unidentified_people(entities),
    )


def unidentified_people(entities: EntityIndex) -> frozenset[str]:
    """One-word person names that do not tell who is meant: the surname of people of the corpus
    that is not theirs ("Cheney" beside Dick and Liz Cheney; the rugby line-up's "Kennedy" beside
    the politician Charles Kennedy, see ``entity_index``), or a given name that is no surname and that
    people of the corpus bear ("Jessica" beside Jessica Lange: a child, a character or a source
    known by first name, a different one in each article), or that two of them bear, surname or not
    ("David" beside David Beckham and David Blunkett). A given name that nobody of the corpus bears
    is a mononym ("Madonna") and keeps its page."""
    people = [e.name.split() for e in entities.entities if e.label == "person" and " " in e.name]
    surnames = Counter(words[-1] for words in people)
    given = Counter(words[0] for words in people)
    gazetteer = ner_gazetteer()
    return frozenset(
        e.name
        for e in entities.entities
        if e.label == "person"
        and " " not in e.name
        and (
            surnames[e.name] >= 1
            or given[e.name] >= 2
            or given[e.name] and _is_given_name_only(e.name.casefold(), gazetteer)
        )
    )


def _is_given_name_only(word: str, gazetteer: Gazetteer) -> bool:
    return word in gazetteer.first_names and word not in gazetteer.last_names


def article_paths(articles: Sequence[Article]) -> dict[str, str]:
    """``source_file -> articles/<slug>.md``: readable, stable, unique.

    The slug comes from the headline. Articles that share one keep it in the order of their
    input paths: the first has it as it is, the others with the start of their content hash.
    """
    paths: dict[str, str] = {}
    taken = {"index"}  # articles/index.md lists the articles
    for article in sorted(articles, key=lambda a: a.source_file):
        slug = slugify(article.title, max_length=SLUG_MAX_LENGTH, word_boundary=True) or "article"
        if slug in taken:
            slug = f"{slug}-{article.sha256[:8]}"
        taken.add(slug)
        paths[article.source_file] = f"{ARTICLES_DIR}/{slug}.md"
    return paths


def _names_and_forms(entry: LinkedArticle, names: Sequence[str]) -> set[str]:
    """The article's entities as the corpus names them, and as the article itself does."""
    return {*names, *(form for e in entry.extraction.entities for form in (e.name, *e.forms))}


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())
