"""Corpus-wide filing: the archive's other articles on the same people vote for an article's section.

An article's own words may leave its section in doubt: a prime minister's foreign-aid plans read
as World as much as Politics. The other articles that name the same people settle it, as people
keep to their field (politicians, players, singers, chief executives) where places and
organisations ("United States", "Congress") are in the news of every desk. For each person the
article names whom at least ``min_articles`` other articles name, the sections those are filed
under by their own evidence give shares of a vote; the votes, averaged over those people and
weighted by ``share`` of the article's own evidence, are added to it and the section is chosen
again. Topics stay as they are. An archive of a few articles is filed by its own words.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from dataclasses import replace

from generator.analyse import Analysis
from generator.extract.topics import Filing, Taxonomy, section_for


def refile_analyses(analyses: Sequence[Analysis], taxonomy: Taxonomy) -> list[Analysis]:
    """The analyses, each filed again with the votes of the other articles on its people."""
    filings = refile(
        [a.extraction.filing for a in analyses],
        [[entity.name for entity in a.extraction.entities if entity.label == "person"] for a in analyses],
        taxonomy,
    )
    return [
        a if filing is a.extraction.filing else replace(a, extraction=replace(a.extraction, filing=filing))
        for a, filing in zip(analyses, filings)
    ]


def refile(filings: Sequence[Filing], names: Sequence[Collection[str]], taxonomy: Taxonomy) -> list[Filing]:
    """Each filing with the section its own evidence and the votes through ``names`` choose.

    ``names`` are each article's voting entities, by a name that means one of them across the archive.
    """
    votes = taxonomy.settings.entity_votes
    named_in: dict[str, Counter[str]] = defaultdict(Counter)
    for filing, article_names in zip(filings, names):
        for name in set(article_names):
            named_in[name][filing.section_id] += 1
    refiled = []
    for filing, article_names in zip(filings, names):
        shares: Counter[str] = Counter()
        voters = 0
        for name in sorted(set(article_names)):  # summed in one order: the same floats every run
            others = named_in[name].copy()
            others[filing.section_id] -= 1
            total = others.total()
            if total < votes.min_articles:
                continue
            voters += 1
            for section, count in others.items():
                shares[section] += count / total
        scores = dict(filing.section_scores)
        if not voters or not scores:
            refiled.append(filing)
            continue
        own = sum(scores.values())
        for section, share in sorted(shares.items()):
            if share > 0:
                scores[section] = scores.get(section, 0.0) + votes.share * own * share / voters
        section = section_for(scores, taxonomy)
        same = section.id == filing.section_id
        refiled.append(filing if same else replace(filing, section=section.name, section_id=section.id))
    return refiled
