"""CoNLL-2003 data for training and scoring: BIO labels and the fixed train/dev split."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from generator.corpora import ConllDocument, conll_documents

from .bio import to_bio

DEV_SHARE = 0.15
"""The last 15% of the documents of ``eng.train`` are the development split."""


def split(documents: list[ConllDocument], part: str) -> list[ConllDocument]:
    """``all``, ``train`` (the first 85% of documents) or ``dev`` (the rest)."""
    cut = round(len(documents) * (1 - DEV_SHARE))
    return {"all": documents, "train": documents[:cut], "dev": documents[cut:]}[part]


def load(path: Path, part: str = "all") -> list[ConllDocument]:
    return split(list(conll_documents(path)), part)


def labelled(documents: list[ConllDocument]) -> Iterator[tuple[list[list[str]], list[list[str]]]]:
    """Per document: its sentences' words and their BIO labels."""
    for document in documents:
        words = [[w for w, _ in sentence] for sentence in document.sentences]
        labels = [to_bio(t for _, t in sentence) for sentence in document.sentences]
        yield words, labels
