"""Group articles that tell the same event into stories.

Candidate pairs come from :class:`~generator.link.vectors.ArticleIndex`; average-linkage
agglomerative clustering over those pairs (pairs never scored count as 0) then merges the two
most similar stories while their average similarity stays above a threshold. Average linkage
does not chain: one close pair does not pull two large stories together.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence

from generator.link.vectors import ArticleIndex
from generator.model import Article

THRESHOLD = 0.18
"""The average similarity two stories need to merge."""
JOIN_ALONE = 0.13
"""The average similarity to a story's articles with which an article left alone joins it: a short
copy (a teaser, a wire's first paragraphs) meets fewer of the others' words than they meet of
each other's."""


def group_stories(
    articles: Sequence[Article],
    names: Sequence[Collection[str]] | None = None,
    threshold: float = THRESHOLD,
    index: ArticleIndex | None = None,
) -> list[tuple[int, ...]]:
    """Partition article indices into stories: sorted tuples, sorted, singletons included.

    ``names`` are each article's canonical entity names, in any order; without them, runs of
    capitalised words stand in. Pass an ``index`` already built for these articles to reuse it (for
    :func:`~generator.link.related.related_articles` too). The result does not depend on the
    articles' order, except among identical articles.
    """
    if index is None:
        index = ArticleIndex.build(articles, names)
    order = sorted(range(len(articles)), key=lambda i: _content_key(articles[i]))
    ranks = [0] * len(articles)
    for rank, article in enumerate(order):
        ranks[article] = rank
    clusters = average_linkage(index.pairs(), index.dates, threshold, index.weights.max_days, ranks, JOIN_ALONE)
    return sorted(tuple(cluster) for cluster in clusters)


def _content_key(article: Article) -> tuple[str, ...]:
    return (article.sha256, article.title, *article.body, article.source_file)


def average_linkage(
    scores: Mapping[tuple[int, int], float],
    dates: Sequence[dt.date | None],
    threshold: float,
    max_days: int,
    ranks: Sequence[int] | None = None,
    join_alone: float | None = None,
) -> list[list[int]]:
    """Clusters of the items ``range(len(dates))`` by average linkage over the scored pairs.

    Two clusters never merge when the dates they span, where known, would exceed ``max_days``.
    Equal scores go to the pair whose lowest ``ranks`` (by default the indices) are lowest, so
    the result is deterministic. With ``join_alone``, an item left alone then joins the cluster
    of several it is closest to on average, if that average reaches ``join_alone``.
    """
    size = len(dates)
    ranks = ranks or range(size)
    members: dict[int, list[int]] = {i: [i] for i in range(size)}
    lowest = dict(enumerate(ranks))
    spans: dict[int, tuple[dt.date, dt.date] | None] = {
        i: (date, date) if date else None for i, date in enumerate(dates)
    }
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    heap: list[tuple[float, int, int, int, int]] = []
    for (a, b), score in scores.items():
        sums[a][b] = sums[b][a] = score
        if score >= threshold:
            heap.append((-score, *sorted((ranks[a], ranks[b])), a, b))
    heapq.heapify(heap)
    next_id = size
    while heap:
        *_, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        span = _joined(spans[a], spans[b])
        if span and (span[1] - span[0]).days > max_days:
            continue
        merged = next_id
        next_id += 1
        members[merged] = members.pop(a) + members.pop(b)
        lowest[merged] = min(lowest.pop(a), lowest.pop(b))
        spans[merged] = span
        neighbours = sums.pop(a)
        for other, score in sums.pop(b).items():
            neighbours[other] = neighbours.get(other, 0.0) + score
        for other in (a, b):
            neighbours.pop(other, None)
        for other, total in neighbours.items():
            sums[other].pop(a, None)
            sums[other].pop(b, None)
            sums[other][merged] = total
            sums[merged][other] = total
            average = total / (len(members[merged]) * len(members[other]))
            if average >= threshold:
                first, second = sorted((lowest[merged], lowest[other]))
                heapq.heappush(heap, (-average, first, second, merged, other))
    clusters = sorted(sorted(cluster) for cluster in members.values())
    if join_alone is not None and join_alone < threshold:
        clusters = _with_lone_items_joined(clusters, scores, dates, join_alone, max_days, ranks)
    return clusters


def _with_lone_items_joined(
    clusters: list[list[int]],
    scores: Mapping[tuple[int, int], float],
    dates: Sequence[dt.date | None],
    join_alone: float,
    max_days: int,
    ranks: Sequence[int],
) -> list[list[int]]:
    """The clusters, each item alone moved into the cluster of several it is closest to on average
    (ties to the cluster of the lowest rank), where that average reaches ``join_alone`` and the
    dates stay within ``max_days``; the clusters of several are those before any move."""
    cluster_of = {item: number for number, cluster in enumerate(clusters) for item in cluster}
    totals: dict[int, dict[int, float]] = defaultdict(lambda: defaultdict(float))
    for (a, b), score in scores.items():
        for alone, other in ((a, b), (b, a)):
            if len(clusters[cluster_of[alone]]) == 1 and len(clusters[cluster_of[other]]) > 1:
                totals[alone][cluster_of[other]] += score
    joined = [list(cluster) for cluster in clusters]
    for alone, by_cluster in sorted(totals.items()):
        average, _, number = max(
            (total / len(clusters[n]), -min(ranks[i] for i in clusters[n]), n) for n, total in by_cluster.items()
        )
        span = _span([dates[i] for i in (*clusters[number], alone)])
        if average >= join_alone and (span is None or (span[1] - span[0]).days <= max_days):
            joined[number].append(alone)
            joined[cluster_of[alone]].remove(alone)
    return sorted(sorted(cluster) for cluster in joined if cluster)


def _span(dates: Sequence[dt.date | None]) -> tuple[dt.date, dt.date] | None:
    known = [date for date in dates if date]
    return (min(known), max(known)) if known else None


def _joined(
    first: tuple[dt.date, dt.date] | None, second: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, dt.date] | None:
    if first is None or second is None:
        return first or second
    return min(first[0], second[0]), max(first[1], second[1])
