"""Rebuild ``data/clusters.tsv``: distributional word classes learnt from unlabelled news.

    pip install numpy scipy
    python -m generator.extract.ner.build_clusters

Words of the Reuters-21578, BBC and newsdata corpora (``generator.corpora``; headlines left out,
as they are often in capitals) get a vector from the positive PMI of their left and right
neighbours among the most frequent words, reduced by SVD; k-means at three granularities then
gives each word three class numbers, coarse to fine. Deterministic (fixed seed), a few minutes.
The classes let the tagger generalise from names it saw in training to similar unseen ones.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from generator import corpora

from .tokenizer import tokenize

OUTPUT = Path(__file__).parent / "data" / "clusters.tsv"
MIN_COUNT = 3
CONTEXT_WORDS = 3000
DIMENSIONS = 100
GRANULARITIES = (50, 200, 800)


def _paragraphs() -> Iterator[str]:
    for article in [
        *corpora.reuters_articles(),
        *corpora.bbc_articles(),
        *corpora.newsdata_articles(),
    ]:
        raw = article.path.read_bytes().decode("utf-8", errors="replace")
        body = raw.split("\n", 1)[1] if "\n" in raw else ""
        yield from (p for p in body.split("\n") if p.strip())


def _kmeans(points, k: int, seed: int = 0, iterations: int = 25):
    import numpy as np

    rng = np.random.RandomState(seed)
    centres = points[rng.choice(len(points), k, replace=False)]
    for _ in range(iterations):
        labels = np.argmax(points @ centres.T, axis=1)
        for c in range(k):
            members = points[labels == c]
            if len(members):
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) or 1.0)
    return np.argmax(points @ centres.T, axis=1)


def main() -> None:
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    sentences = [[t.text for t in tokenize(p)] for p in _paragraphs()]
    counts = Counter(w for s in sentences for w in s)
    vocabulary = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocabulary)}
    context = {w: i for i, w in enumerate(vocabulary[:CONTEXT_WORDS])}
    rows, cols = [], []
    for words in sentences:
        padded = ["<s>", *words, "</s>"]
        for i in range(1, len(padded) - 1):
            row = index.get(padded[i])
            if row is None:
                continue
            for side, neighbour in ((0, padded[i - 1]), (1, padded[i + 1])):
                col = context.get(neighbour)
                if col is not None:
                    rows.append(row)
                    cols.append(side * CONTEXT_WORDS + col)
    shape = (len(vocabulary), 2 * CONTEXT_WORDS)
    matrix = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=shape).tocsr()
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel()
    col_sums = np.asarray(matrix.sum(axis=0)).ravel()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * col_sums[coo.col] ** 0.75 * total**0.25))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=shape).tocsr()
    u, s, _ = svds(ppmi, k=DIMENSIONS, random_state=0)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    classes = [_kmeans(vectors.copy(), k) for k in GRANULARITIES]
    with OUTPUT.open("w", encoding="utf-8") as out:
        for i, word in enumerate(vocabulary):
            out.write(word + "\t" + "\t".join(str(c[i]) for c in classes) + "\n")
    print(f"{OUTPUT}: {len(vocabulary)} words")


if __name__ == "__main__":
    main()
