"""python-crfsuite models as arrays: token scores from cached word scores, and batch decoding.

``pycrfsuite.Tagger.tag`` looks every attribute string of every token up again at each call, and
spent most of the recogniser's time doing so. News repeats its words: ``WordScores`` sums the
weights of a word's window features (``features.WordFeatures``) once and keeps them, so that a
token's scores are five cached rows added up plus its few token features, each looked up once
for both models. ``Models.decode`` is crfsuite's own Viterbi (state plus transition weights, no
start or end weights, the lowest label id on a tie), run on many sentences of a document at once,
``BATCH`` of similar length at a time; the tests check that it tags exactly as
``pycrfsuite.Tagger`` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import chain
from pathlib import Path

import numpy as np
import pycrfsuite

from .features import EDGE, FeatureExtractor, WordFeatures

ROLES = 5
"""A word's features for the token two before it, one before, itself, one after, two after."""
BATCH = 64
"""How many sentences, of similar length, are decoded together."""


class Models:
    """Model files read over one attribute vocabulary, so that an attribute is looked up once."""

    def __init__(self, paths: Sequence[Path]) -> None:
        infos = []
        for path in paths:
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            infos.append(tagger.info())
            tagger.close()
        self.labels = [sorted(i.labels, key=lambda label: int(i.labels[label])) for i in infos]
        self.rows: dict[str, int] = {}
        for info in infos:
            for attribute, _ in info.state_features:
                self.rows.setdefault(attribute, len(self.rows))
        width = len(self.labels[0])
        if any(len(labels) != width for labels in self.labels):
            raise ValueError(f"models of different label sets: {', '.join(map(str, paths))}")
        self.state = np.zeros((len(self.rows), len(infos), width))
        """Attribute x model x label weights."""
        self.transitions = np.zeros((len(infos), width, width))
        for m, (info, labels) in enumerate(zip(infos, self.labels)):
            column = {label: i for i, label in enumerate(labels)}
            for (attribute, label), weight in info.state_features.items():
                self.state[self.rows[attribute], m, column[label]] = weight
            for (before, after), weight in info.transitions.items():
                self.transitions[m, column[before], column[after]] = weight

    def _find(self, features: Iterable[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """``(items, rows)``: the item and weight row of each known attribute of each item."""
        lists = list(features)
        get = self.rows.get
        rows = np.array([get(a, -1) for a in chain.from_iterable(lists)], dtype=np.intp)
        items = np.repeat(np.arange(len(lists)), [len(attributes) for attributes in lists])
        known = rows >= 0
        return items[known], rows[known]

    def add(self, scores: np.ndarray, features: Iterable[list[str]], model: int | None = None) -> None:
        """Add, in place, each token's ``features``' weights to its row of ``scores``: tokens x
        models x labels, or tokens x labels of one ``model``."""
        tokens, rows = self._find(features)
        np.add.at(scores, tokens, self.state[rows] if model is None else self.state[rows, model])

    def decode(self, model: int, scores: np.ndarray, lengths: Sequence[int]) -> list[list[str]]:
        """The best label sequence of each sentence; ``scores`` has their tokens end to end.

        Sentences are decoded together, ``BATCH`` of similar length at a time, so that a long
        document's short sentences do not wait for its longest one.
        """
        sizes = np.asarray(lengths, dtype=np.intp)
        starts = np.cumsum(sizes) - sizes
        order = np.argsort(sizes, kind="stable")
        paths: list[list[int]] = [[] for _ in lengths]
        for first in range(0, len(order), BATCH):
            batch = order[first : first + BATCH]
            for sentence, path in zip(batch, self._viterbi(model, scores, starts[batch], sizes[batch])):
                paths[sentence] = path
        labels = self.labels[model]
        return [[labels[i] for i in path] for path in paths]

    def _viterbi(self, model: int, scores: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> list[list[int]]:
        count, longest, width = len(sizes), int(sizes.max()), scores.shape[1]
        steps = np.minimum(starts + np.arange(longest)[:, None], len(scores) - 1)
        padded = scores[steps]  # step x sentence x label; past a sentence's end, unread
        incoming = self.transitions[model].T.copy()  # to x from
        best = np.empty_like(padded)
        best[0] = padded[0]
        back = np.empty(padded.shape, dtype=np.intp)
        pairs = np.arange(count * width)
        for step in range(1, longest):
            candidates = (best[step - 1][:, None, :] + incoming).reshape(-1, width)
            back[step] = (chosen := candidates.argmax(axis=1)).reshape(count, width)
            best[step] = candidates[pairs, chosen].reshape(count, width) + padded[step]
        sentences = np.arange(count)
        current = best[sizes - 1, sentences].argmax(axis=1)
        path = np.empty((longest, count), dtype=np.intp)
        path[-1] = current
        for step in range(longest - 2, -1, -1):
            current = np.where(step + 1 < sizes, back[step + 1, sentences, current], current)
            path[step] = current
        return [row[:size] for row, size in zip(path.T.tolist(), sizes.tolist())]


class WordScores:
    """Per distinct word, the summed weights of its window features under each model."""

    def __init__(self, extractor: FeatureExtractor, models: Models, limit: int) -> None:
        """``limit``: how many words are kept before the cache starts again."""
        self.extractor = extractor
        self.models = models
        self.limit = limit
        self._clear()

    def _clear(self) -> None:
        self.ids: dict[str, int] = {}
        self.table = np.zeros((64, ROLES, *self.models.state.shape[1:]))
        """Word x role x model x label."""
        self._fill(0, [EDGE])

    def _fill(self, first: int, words: list[WordFeatures]) -> None:
        """Score ``words`` into the table's rows from ``first`` on."""
        block = self.table[first : first + len(words)].reshape(-1, *self.table.shape[2:])
        self.models.add(block, chain.from_iterable((w.before2, w.before1, w.own, w.after1, w.after2) for w in words))

    def add(self, words: Iterable[str]) -> None:
        """Score the words not seen yet."""
        distinct = list(dict.fromkeys(words))
        new = [w for w in distinct if w not in self.ids]
        if not new:
            return
        if len(self.ids) + len(new) > self.limit:
            self._clear()
            new = distinct
        first = len(self.ids) + 1
        needed = first + len(new)
        if needed > len(self.table):
            grown = np.zeros((max(needed, min(2 * needed, self.limit + 1)), *self.table.shape[1:]))
            grown[:first] = self.table[:first]
            self.table = grown
        self.ids.update((word, first + i) for i, word in enumerate(new))
        self._fill(first, [self.extractor.word(w) for w in new])

    def document(self, sentences: list[list[str]]) -> np.ndarray:
        """The window scores of every token, sentences end to end: tokens x models x labels."""
        self.add(word for sentence in sentences for word in sentence)
        ids, tokens = [0, 0], []
        for sentence in sentences:
            tokens.extend(range(len(ids), len(ids) + len(sentence)))
            ids.extend(self.ids[word] for word in sentence)
            ids.extend((0, 0))
        rows = self.table[ids]
        windows = rows[:-4, 0] + rows[1:-3, 1] + rows[2:-2, 2] + rows[3:-1, 3] + rows[4:, 4]
        return windows[np.asarray(tokens, dtype=np.intp) - 2]
