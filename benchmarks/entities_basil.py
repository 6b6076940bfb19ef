"""Benchmark entity resolution on BASIL: are each article's main entities among its entities?

    python benchmarks/entities_basil.py [--misses]

Runs the recogniser, ``article_entities`` and ``entity_index`` on the 180 BASIL articles and
counts how many of the annotated ``main_entities`` (``clusters.csv``, "|"-separated) are the name
of one of the article's entities: after the corpus-wide merge (``main_entity_recall``) and within
the article alone. Both sides are canonicalised by the default curation and compared ignoring case
and full stops. Many annotations are not names ("plaintiffs", "Republican Lawmakers"), so 1.0 is
out of reach. Also reports how often the most salient entity is a main entity. The last line is
JSON; the figures are printed with and without ``link.known_names``, which a build runs.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator

from generator import corpora
from generator.analyse import Analysis
from generator.extract.article import extraction_of
from generator.extract.entities import ArticleEntity, load_aliases, name_key
from generator.extract.ner import tag_paragraphs
from generator.extract.topics import load_taxonomy
from generator.link.entities import Entity, entity_index
from generator.link.known_names import with_known_names
from generator.model import Article


def basil_results(known_names: bool = True) -> Iterator[
    tuple[Article, tuple[ArticleEntity, ...], tuple[Entity, ...], list[str]]
]:
    """Each article, its own entities, its entities in the corpus index, and its main entities;
    ``known_names``: with the names the corpus knows found again (as a build does)."""
    aliases = load_aliases(None)
    taxonomy = load_taxonomy(None)
    items = list(corpora.basil_articles())
    articles = [corpora.plain_article(item.path) for item in items]
    analyses = [Analysis(a, extraction_of(a, tuple(tag_paragraphs(a.body)), taxonomy, aliases)) for a in articles]
    if known_names:
        analyses = with_known_names(analyses, taxonomy, aliases)
    per_article = [a.extraction.entities for a in analyses]
    index = entity_index(per_article, aliases)
    for i, item in enumerate(items):
        main = [
            aliases.canonical(m.strip()) for m in item.meta["main_entities"].split("|") if m.strip()
        ]
        yield articles[i], per_article[i], index.for_article(i), main


def measure(show_misses: bool = False, known_names: bool = True) -> dict[str, float | int]:
    articles = total = in_article = linked = top_hits = 0
    for article, own, indexed, main in basil_results(known_names):
        keys = [name_key(m) for m in main]
        own_names = {name_key(e.name) for e in own}
        indexed_names = {name_key(e.name) for e in indexed}
        articles += 1
        total += len(keys)
        in_article += sum(k in own_names for k in keys)
        linked += sum(k in indexed_names for k in keys)
        top_hits += bool(indexed) and name_key(indexed[0].name) in keys
        missed = [m for m, k in zip(main, keys, strict=True) if k not in indexed_names]
        if show_misses and missed:
            top = ", ".join(e.name for e in indexed[:6])
            print(f"{article.title[:60]!r}: missed {missed}; top: {top}")
    return {
        "main_entity_recall": round(linked / total, 3) if total else 0.0,
        "main_entity_recall_in_article": round(in_article / total, 3) if total else 0.0,
        "top_entity_is_main": round(top_hits / articles, 3) if articles else 0.0,
        "articles": articles,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print the articles with misses")
    args = parser.parse_args()
    if corpora.corpus_dir("basil") is None:
        raise SystemExit(f"basil corpus not found under {corpora.corpora_root()}")
    without = measure(known_names=False)
    print(f"without the names the corpus knows found again: {json.dumps(without)}")
    result = measure(args.misses)
    result["main_entity_recall_without_known_names"] = without["main_entity_recall"]
    print(json.dumps(result))


if __name__ == "__main__":
    main()
