"""Train the CRF named-entity model on CoNLL-2003 ``eng.train``.

Rebuild the shipped model (deterministic: fixed parameters, no sampling; a few minutes)::

    python -m generator.extract.ner.train ../shared/corpora/conll2003/eng.train

``--part train`` trains on the first 85% of the documents only, for honest figures on the
``dev`` part (see ``benchmarks/ner_conll.py --dev``). Labels are BIO over PER, ORG, LOC and MISC;
MISC is learnt so as not to be confused with the others, and dropped when tagging.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from . import conll
from .features import FeatureExtractor
from .tagger import MODEL_PATH

PARAMS = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


def train(corpus: Path, output: Path, part: str = "all") -> None:
    extractor = FeatureExtractor()
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.select("lbfgs", "crf1d")
    trainer.set_params(PARAMS)
    for words, labels in conll.labelled(conll.load(corpus, part)):
        for features, tags in zip(extractor.document(words), labels):
            trainer.append(features, tags)
    output.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(output))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="path to CoNLL-2003 eng.train")
    parser.add_argument("--part", choices=("all", "train"), default="all")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    started = time.perf_counter()
    train(args.corpus, args.output, args.part)
    size = args.output.stat().st_size / 1e6
    print(f"wrote {args.output} ({size:.1f} MB) in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
