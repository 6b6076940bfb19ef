"""Related articles: the closest articles of other stories."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from generator.link.vectors import ArticleIndex
from generator.model import Article

MIN_SCORE = 0.05
"""The similarity below which an article of the same section is not worth a link."""
MIN_SCORE_ACROSS_SECTIONS = 0.15
"""The similarity below which an article of another section is not worth a link: a weak likeness
across desks is a shared word or name, not a shared subject (``benchmarks/related_bbc.py``)."""


def related_articles(
    articles: Sequence[Article],
    names: Sequence[Collection[str]] | None,
    stories: Sequence[Sequence[int]],
    sections: Sequence[str | None] | None = None,
    k: int = 5,
    index: ArticleIndex | None = None,
) -> list[tuple[int, ...]]:
    """Up to ``k`` related article indices per article, most similar first.

    Articles of the article's own story are left out, and each other story gives at most its
    closest article, so that the links lead to ``k`` different stories. An article filed under
    another of ``sections`` (each article's section) needs ``MIN_SCORE_ACROSS_SECTIONS``. Pass the ``index`` that
    grouped the stories, if at hand, to score with the same vectors without building them again.
    """
    if index is None:
        index = ArticleIndex.build(articles, names)
    story_of = {member: number for number, story in enumerate(stories) for member in story}
    scores = index.pairs()
    related: list[tuple[int, ...]] = []
    for article in range(len(articles)):
        best: dict[int, tuple[float, int]] = {}
        for other in index.candidates(article):
            story = story_of.get(other, -1 - other)
            if story == story_of.get(article):
                continue
            score = scores[(article, other) if article < other else (other, article)]
            across = sections is not None and sections[article] != sections[other]
            if score >= (MIN_SCORE_ACROSS_SECTIONS if across else MIN_SCORE) and (story not in best or (-score, other) < best[story]):
                best[story] = (-score, other)
        related.append(tuple(other for _, other in sorted(best.values())[:k]))
    return related
