"""Sparse TF-IDF vectors of articles and an inverted index that finds likely neighbours.

Nothing here builds an all-pairs matrix: :meth:`ArticleIndex.candidates` looks each article's
distinctive terms up in an index that skips common terms, and only the pairs it finds are
scored.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from generator.extract.quotes import extract_quotes, shingles
from generator.link.names import capitalised_names
from generator.model import Article

Vector = Mapping[str, float]

_TOKEN = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours said says say told according new
    like one two year years last first mr mrs ms s t u news time people get got also may might
    must since well back even still make made many much us week day monday tuesday wednesday
    thursday friday saturday sunday""".split()
)


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts in :meth:`ArticleIndex.similarity`."""

    title_repeats: int = 2
    """The title's tokens count this many times."""
    terms: int = 40
    """Each article keeps only its heaviest words and bigrams, so long articles do not dilute."""
    idf_reference: int = 2000
    """The most documents IDF counts (see :func:`tfidf`)."""
    names: float = 0.3
    """The share of the names' cosine; the wording's cosine has the rest."""
    one_name: float = 0.5
    """The factor on the names' cosine when the articles share a single name."""
    quotes: float = 0.15
    """Added when two articles carry the same quoted words, scaled by how many they share."""
    max_days: int = 7
    """Articles whose dates are both known and further apart are never similar."""
    max_df: float = 0.02
    """Terms in more than this share of the articles (at least ``min_df_cap``) are not indexed."""
    min_df_cap: int = 20
    name_decay: float = 0.3
    """How fast a name's weight falls with its rank in the article (see ``_name_features``)."""
    names_looked_up: int = 20
    """How many of an article's heaviest names are looked up in the index, besides its terms."""
    min_partial: float = 0.03
    """The score on indexed terms alone that makes a candidate worth scoring in full."""
    neighbours: int = 100
    """At most this many candidates per article are scored in full."""


def tokens(text: str) -> list[str]:
    """Lower-cased words without stop words, plurals folded ("taxes" -> "tax")."""
    return [word for word in map(_normal, _TOKEN.findall(text.lower())) if word]


@functools.lru_cache(maxsize=1 << 16)
def _normal(word: str) -> str | None:
    if len(word) < 2 or word in _STOPWORDS or word.isdigit() and len(word) < 4:
        return None
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms(article: Article, title_repeats: int = 2) -> Counter[str]:
    """Counts of words and of bigrams of neighbouring words, the title's counted several times."""
    counts: Counter[str] = Counter()
    for text, repeats in ((article.title, title_repeats), (article.standfirst or "", 1)):
        _count(tokens(text), counts, repeats)
    for paragraph in article.body:
        _count(tokens(paragraph), counts, 1)
    return counts


def _count(words: list[str], counts: Counter[str], repeats: int) -> None:
    for index, word in enumerate(words):
        counts[word] += repeats
        if index:
            counts[f"{words[index - 1]} {word}"] += repeats


def tfidf(
    counts: Sequence[Mapping[str, float]], limit: int | None = None, reference: int = 2000
) -> list[dict[str, float]]:
    """Unit-length vectors of sublinear term weight times smoothed IDF over the documents.

    The IDF counts at most ``reference`` documents: a term that many documents use is common
    however large the collection, so that scores, and thresholds on them, do not drift as it
    grows. With ``limit``, each vector keeps only its ``limit`` heaviest terms.
    """
    df: Counter[str] = Counter()
    for count in counts:
        df.update(count.keys())
    n = min(len(counts), reference)
    idf = {term: math.log((n + 1) / (min(freq, n) + 1)) + 1 for term, freq in df.items()}
    vectors = []
    for count in counts:
        vector = {term: _sublinear(tf) * idf[term] for term, tf in count.items()}
        if limit is not None and len(vector) > limit:
            vector = dict(sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:limit])
        vectors.append(_unit(vector))
    return vectors


def _sublinear(tf: float) -> float:
    """``1 + log(tf)`` for counts; weights below 1 are kept as they are."""
    return 1 + math.log(tf) if tf >= 1 else tf


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """The dot product of two unit vectors."""
    return sum(a[term] * b[term] for term in a.keys() & b.keys())


@dataclass(frozen=True)
class ArticleIndex:
    """Per-article vectors of wording and names, quoted shingles, dates, and the term index."""

    words: list[dict[str, float]]
    names: list[dict[str, float]]
    surnames: list[frozenset[str]]
    """The last word of each name of each article: how many names two articles share."""
    quotes: list[frozenset[str]]
    dates: list[dt.date | None]
    table_titles: list[frozenset[str] | None]
    """For an article that is mostly a table of figures (a results or dividend wire), the rarer words
    of its title, which alone tell what it is about; ``None`` for an article of prose."""
    postings: dict[str, tuple[int, ...]]
    keys: list[tuple[str, ...]]
    weights: Weights

    @classmethod
    def build(
        cls,
        articles: Sequence[Article],
        names: Sequence[Collection[str]] | None = None,
        weights: Weights = Weights(),
    ) -> ArticleIndex:
        if names is None:
            names = [capitalised_names(article) for article in articles]
        counts = [terms(article, weights.title_repeats) for article in articles]
        words = tfidf(counts, weights.terms, weights.idf_reference)
        name_vectors = tfidf(
            [_name_features(a, found, weights.name_decay) for a, found in zip(articles, names)],
            reference=weights.idf_reference,
        )
        keys = [(*w, *_heaviest(n, weights.names_looked_up)) for w, n in zip(words, name_vectors)]
        cap = max(weights.min_df_cap, int(weights.max_df * len(articles)))
        postings: dict[str, list[int]] = defaultdict(list)
        for index, article_keys in enumerate(keys):
            for key in article_keys:
                postings[key].append(index)
        return cls(
            words=words,
            names=name_vectors,
            surnames=[frozenset(name.lower().split()[-1] for name in found if name.split()) for found in names],
            quotes=[_quote_shingles(article) for article in articles],
            dates=[article.published for article in articles],
            table_titles=_table_titles(articles),
            postings={k: tuple(v) for k, v in postings.items() if 1 < len(v) <= cap},
            keys=keys,
            weights=weights,
        )

    def __len__(self) -> int:
        return len(self.words)

    def candidates(self, index: int) -> list[int]:
        """Other articles whose indexed terms and names alone give at least ``weights.min_partial``.

        The partial score leaves out the terms too common to be indexed; the best
        ``weights.neighbours`` are kept, closest first.
        """
        return self._candidates[index]

    @functools.cached_property
    def _candidates(self) -> list[list[int]]:
        """Every article's candidates, found once for grouping and relating alike."""
        return [self._find_candidates(index) for index in range(len(self))]

    def _find_candidates(self, index: int) -> list[int]:
        partial: dict[int, float] = defaultdict(float)
        share = self.weights.names
        for key in self.keys[index]:
            is_name = key.startswith("@")
            vectors = self.names if is_name else self.words
            weight = (share if is_name else 1 - share) * vectors[index][key]
            for other in self.postings.get(key, ()):
                partial[other] += weight * vectors[other][key]
        partial.pop(index, None)
        found = [other for other, score in partial.items() if score >= self.weights.min_partial]
        found.sort(key=lambda other: (-partial[other], other))
        return found[: self.weights.neighbours]

    def similarity(self, a: int, b: int) -> float:
        """A score in [0, 1]: the cosines of wording and names mixed, plus shared quotes.

        0 for articles whose dates are known and further apart than ``weights.max_days``.
        """
        first, second = self.dates[a], self.dates[b]
        if first and second and abs((first - second).days) > self.weights.max_days:
            return 0.0
        tables = self.table_titles[a], self.table_titles[b]
        if tables[0] is not None and tables[1] is not None and not tables[0] & tables[1]:
            return 0.0  # the same form filled in for two companies: "TULTEX CORP SETS QUARTERLY DIVIDEND"
        share = self.weights.names if self.names[a] and self.names[b] else 0.0
        score = (1 - share) * cosine(self.words[a], self.words[b])
        names = cosine(self.names[a], self.names[b])
        if len(self.surnames[a] & self.surnames[b]) < 2:
            names *= self.weights.one_name  # one shared place or person is no event: "El Paso"
        score += share * names
        shared_quotes = len(self.quotes[a] & self.quotes[b])
        if shared_quotes:
            score += self.weights.quotes * min(1.0, shared_quotes / 3)
        return min(score, 1.0)

    def pairs(self) -> Mapping[tuple[int, int], float]:
        """Scores of every candidate pair ``(a, b)`` with ``a < b``, scored once."""
        return self._pairs

    @functools.cached_property
    def _pairs(self) -> Mapping[tuple[int, int], float]:
        scores: dict[tuple[int, int], float] = {}
        for a in range(len(self)):
            for b in self.candidates(a):
                pair = (a, b) if a < b else (b, a)
                if pair not in scores:
                    scores[pair] = self.similarity(*pair)
        return MappingProxyType(scores)


TABLE_ROW_DIGITS = 0.25
"""A short paragraph with at least this share of figures is a row of a table ("Shr 10 cts vs 12 cts")."""
TABLE_ROW_WORDS = 12
COMMON_TITLE_WORD = 0.005
"""A title word in more than this share of the titles (at least two) says what kind of wire it is, not
what it is about ("qtr", "dividend")."""


def _table_titles(articles: Sequence[Article]) -> list[frozenset[str] | None]:
    """The rarer title words of each article that is mostly rows of a table, else ``None``."""
    titles = [frozenset(tokens(article.title)) for article in articles]
    df = Counter(word for title in titles for word in title)
    common = max(2, int(COMMON_TITLE_WORD * len(articles)))
    return [
        frozenset(word for word in title if df[word] <= common) if _is_table(article) else None
        for article, title in zip(articles, titles)
    ]


def _is_table(article: Article) -> bool:
    """Whether most of the article's paragraphs are short rows of figures."""
    rows = 0
    for paragraph in article.body:
        words = paragraph.split()
        figures = sum(any(char.isdigit() for char in word) for word in words)
        rows += len(words) <= TABLE_ROW_WORDS and figures >= TABLE_ROW_DIGITS * len(words)
    return bool(article.body) and 2 * rows > len(article.body)


def _heaviest(vector: Vector, limit: int) -> list[str]:
    return sorted(vector, key=lambda term: (-vector[term], term))[:limit]


def _name_features(article: Article, names: Collection[str], decay: float) -> dict[str, float]:
    """Each distinct name and the last word of a longer one ("Donald Trump" -> "trump").

    Names are ranked by how often the article uses their last word, whatever order or
    repetition they come in, and weigh ``1 / (1 + decay * rank)``: the main actors count most.
    """
    distinct = {" ".join(name.lower().split()) for name in names} - {""}
    used = Counter(_TOKEN.findall(article.text.lower()))
    ranked = sorted(distinct, key=lambda name: (-used[(_TOKEN.findall(name) or [""])[-1]], name))
    features: dict[str, float] = {}
    for rank, name in enumerate(ranked):
        weight = 1 / (1 + decay * rank)
        for feature in ("@" + name, "@" + name.rsplit(" ", 1)[-1]):
            features[feature] = max(features.get(feature, 0.0), weight)
    return features


def _quote_shingles(article: Article) -> frozenset[str]:
    return frozenset(s for quote in extract_quotes(article) for s in shingles(quote.text))
