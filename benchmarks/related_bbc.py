"""How often "Related articles" links stay on the subject, on the BBC corpus.

    python benchmarks/related_bbc.py

Every BBC article gets its related articles as a page does (names from the recogniser, sections
as the pipeline files them, stories grouped first, at most ``RELATED_PER_ARTICLE`` links). A link to an
article of another desk (business, entertainment, politics, sport, tech) is certainly off the
subject; the share of links within the desk is the headline figure, with how many links an article
gets and how many get none. For scale, the same figures for one threshold whatever the sections
are printed too. The last line is one JSON object.
"""

from __future__ import annotations

import json
import sys

from generator import corpora
from generator.analyse import aliases, taxonomy
from generator.extract.article import extract_article
from generator.link import related
from generator.link.related import related_articles
from generator.link.sections import refile
from generator.link.stories import group_stories
from generator.link.story_index import RELATED_PER_ARTICLE
from generator.link.vectors import ArticleIndex


def figures(links: list[tuple[int, ...]], desks: list[str]) -> dict[str, float]:
    total = sum(len(found) for found in links)
    same = sum(desks[a] == desks[b] for a, found in enumerate(links) for b in found)
    return {
        "same_desk": round(same / max(1, total), 3),
        "links_per_article": round(total / len(links), 2),
        "without_links": round(sum(not found for found in links) / len(links), 3),
    }


def main() -> None:
    labelled = list(corpora.bbc_articles())
    if not labelled:
        sys.exit("the bbc corpus is not in ../shared/corpora")
    articles = [corpora.plain_article(item.path) for item in labelled]
    desks = [item.meta["desk"] for item in labelled]
    extractions = [extract_article(a, taxonomy(None), aliases(None)) for a in articles]
    names = [[e.name for e in extraction.entities] for extraction in extractions]
    people = [[e.name for e in extraction.entities if e.label == "person"] for extraction in extractions]
    sections = [filing.section for filing in refile([e.filing for e in extractions], people, taxonomy(None))]
    index = ArticleIndex.build(articles, names)
    stories = [g for g in group_stories(articles, names, index=index) if len(g) >= 2]
    print(f"{len(articles)} BBC articles, {len(stories)} stories of several articles")
    print(f"{'rule':>36} {'same desk':>10} {'links/article':>14} {'none':>6}")

    def show(rule: str, links: list[tuple[int, ...]]) -> dict[str, float]:
        found = figures(links, desks)
        print(f"{rule:>36} {found['same_desk']:>10.3f} {found['links_per_article']:>14.2f} {found['without_links']:>6.1%}")
        return found

    chosen = show(f"{related.MIN_SCORE}, {related.MIN_SCORE_ACROSS_SECTIONS} across sections",
                  related_articles(articles, names, stories, sections, RELATED_PER_ARTICLE, index=index))
    same, across = related.MIN_SCORE, related.MIN_SCORE_ACROSS_SECTIONS
    for threshold in (0.05, 0.08, 0.1, 0.15):
        related.MIN_SCORE = related.MIN_SCORE_ACROSS_SECTIONS = threshold
        show(f"{threshold} whatever the sections", related_articles(articles, names, stories, None,
                                                                    RELATED_PER_ARTICLE, index=index))
    related.MIN_SCORE, related.MIN_SCORE_ACROSS_SECTIONS = same, across
    print(json.dumps({"min_score": same, "min_score_across_sections": across, **chosen}))


if __name__ == "__main__":
    main()
