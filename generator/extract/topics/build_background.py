"""Rebuild ``data/background.tsv``: how many news articles use each common candidate phrase.

    python -m generator.extract.topics.build_background

The phrases of the Reuters-21578, BBC and newsdata corpora (``generator.corpora``), found as tags
find them (``phrases``), counted once per article; those of at least ``MIN_ARTICLES`` articles are
written with their count, after a first line with the number of articles. Deterministic, seconds.
With it a tag's rarity is judged against news at large as well as against the archive, so that an
archive of a few articles does not get "country" or "government" as tags.
"""

from __future__ import annotations

from collections import Counter

from generator import corpora

from .phrases import BACKGROUND_FILE, candidate_phrases

MIN_ARTICLES = 5


def main() -> None:
    paths = [
        item.path
        for item in (*corpora.reuters_articles(), *corpora.bbc_articles(), *corpora.newsdata_articles())
    ]
    df: Counter[str] = Counter()
    for path in paths:
        df.update(candidate_phrases(corpora.plain_article(path)))
    kept = sorted((key, n) for key, n in df.items() if n >= MIN_ARTICLES)
    lines = [f"#articles\t{len(paths)}", *(f"{key}\t{n}" for key, n in kept)]
    BACKGROUND_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{BACKGROUND_FILE.name}: {len(kept)} phrases from {len(paths)} articles")


if __name__ == "__main__":
    main()
