"""Train the two CRF passes of the named-entity recogniser on CoNLL-2003 ``eng.train``.

Rebuild the shipped models (deterministic: fixed parameters and folds, no sampling; about six
minutes of one core)::

    python -m generator.extract.ner.train ../shared/corpora/conll2003/eng.train

The second pass learns from first-pass tags made the way they will be at run time: each
document's first-pass tags come from a model trained on the other folds. ``--part train`` trains
on the first 85% of the documents only, for honest figures on the other 15% (see
``benchmarks/ner_conll.py --dev``). Labels are BIO over PER, ORG, LOC and MISC: MISC is learnt so
as not to be confused with the others, and dropped when tagging.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pycrfsuite

from . import conll
from .features import FeatureExtractor, add_first_pass
from .tagger import FIRST, MODEL_DIR, SECOND

PARAMS = {
    "c1": 0.02,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
FOLDS = 4

Document = tuple[list[list[list[str]]], list[list[str]]]
"""Feature lists and tags of each sentence of a document."""


def fit(documents: list[Document], output: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(PARAMS)
    for features, tags in documents:
        for sentence_features, sentence_tags in zip(features, tags):
            trainer.append(sentence_features, sentence_tags)
    trainer.train(str(output))


def train(corpus: Path, output_dir: Path, part: str = "all") -> None:
    extractor = FeatureExtractor()
    sentences, documents = [], []
    for words, tags in conll.labelled(conll.load(corpus, part)):
        sentences.append(words)
        documents.append((extractor.document(words), tags))
    output_dir.mkdir(parents=True, exist_ok=True)
    fit(documents, output_dir / FIRST)
    stacked = []
    with tempfile.TemporaryDirectory() as scratch:
        fold_model = Path(scratch) / "fold.crfsuite"
        for fold in range(FOLDS):
            fit([d for i, d in enumerate(documents) if i % FOLDS != fold], fold_model)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(fold_model))
            for i in range(fold, len(documents), FOLDS):
                features, tags = documents[i]
                extended = [[list(token) for token in sentence] for sentence in features]
                add_first_pass(extended, sentences[i], [tagger.tag(f) for f in features])
                stacked.append((extended, tags))
            tagger.close()
    fit(stacked, output_dir / SECOND)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="path to CoNLL-2003 eng.train")
    parser.add_argument("--part", choices=("all", "train"), default="all")
    parser.add_argument("--output", type=Path, default=MODEL_DIR, help="the model folder")
    args = parser.parse_args()
    started = time.process_time()
    train(args.corpus, args.output, args.part)
    size = sum((args.output / name).stat().st_size for name in (FIRST, SECOND)) / 1e6
    print(f"wrote {args.output} ({size:.1f} MB) in {time.process_time() - started:.0f} s CPU")


if __name__ == "__main__":
    main()
