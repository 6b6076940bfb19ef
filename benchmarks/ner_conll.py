"""Score the named-entity recogniser on CoNLL-2003 data: exact-span micro P/R/F1 on PER, ORG, LOC.

    python benchmarks/ner_conll.py ../shared/corpora/conll2003/eng.testa
    python benchmarks/ner_conll.py ../shared/corpora/conll2003/eng.train --dev

Each document goes to the recogniser as its sentences (tokens joined by single spaces), one
paragraph each; the character-offset mentions are mapped back to token spans. MISC is left out.
``--dev`` scores the last 15% of the documents of ``eng.train`` with a model first trained on
the other 85% (about five minutes), so the figure is honest; otherwise the shipped model is used.
Only the recogniser calls are timed (tokenisation and features included), in CPU time of this
single-threaded process, so that the figure is the speed on one core even on a busy machine.
``--reference`` also tags every document's sentences through ``pycrfsuite.Tagger``, the way the
recogniser tagged before it scored and decoded the models itself, and prints how many tags differ
and the speed ratio of the two in this run. The last line printed is a JSON object.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pycrfsuite  # noqa: E402

from generator.extract.ner import Recogniser, bio, conll, tagger  # noqa: E402
from generator.extract.ner.features import FeatureExtractor, add_first_pass  # noqa: E402
from generator.extract.ner.tokenizer import split_sentences, tokenize  # noqa: E402
from generator.extract.ner.train import train  # noqa: E402

TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}

Span = tuple[int, int, int, str]
"""(sentence, first token, end token, type)"""


def gold_spans(labels: list[list[str]]) -> set[Span]:
    return {
        (s, first, end, kind)
        for s, tags in enumerate(labels)
        for first, end, kind in bio.spans(tags)
        if kind in TYPES.values()
    }


def predicted_spans(recogniser: Recogniser, sentences: list[list[str]]) -> tuple[set[Span], float]:
    paragraphs = [" ".join(words) for words in sentences]
    started = time.process_time()
    mentions = recogniser.tag_paragraphs(paragraphs)
    elapsed = time.process_time() - started
    found = set()
    for mention in (m for m in mentions if m.label in TYPES):
        starts, position = [], 0
        for word in sentences[mention.paragraph]:
            starts.append(position)
            position += len(word) + 1
        first = bisect.bisect_right(starts, mention.start) - 1
        end = bisect.bisect_left(starts, mention.end)
        found.add((mention.paragraph, first, end, TYPES[mention.label]))
    return found, elapsed


class CrfsuiteReference:
    """The two passes through ``pycrfsuite.Tagger``, on the features training sees."""

    def __init__(self, model_dir: Path) -> None:
        self.extractor = FeatureExtractor()
        self.taggers = []
        for name in (tagger.FIRST, tagger.SECOND):
            self.taggers.append(pycrfsuite.Tagger())
            self.taggers[-1].open(str(model_dir / name))

    def tag_sentences(self, sentences: list[list[str]]) -> list[list[str]]:
        first_pass, second_pass = self.taggers
        features = self.extractor.document(sentences)
        first = [first_pass.tag(f) for f in features]
        touched = add_first_pass(features, sentences, first)
        return [second_pass.tag(f) if t else tags for f, t, tags in zip(features, touched, first)]


def compare(recogniser: Recogniser, reference: CrfsuiteReference, documents: list) -> dict:
    """Tags that differ between the recogniser and the reference, and their speeds."""
    seconds = {"recogniser": 0.0, "reference": 0.0}
    tags: dict[str, list[str]] = {}
    differing = tokens = 0
    for paragraphs, _ in conll.labelled(documents):
        sentences = [
            [t.text for t in sentence]
            for words in paragraphs
            for sentence in split_sentences(tokenize(" ".join(words)))
        ]
        for name, tagging in (("recogniser", recogniser), ("reference", reference)):
            started = time.process_time()
            tags[name] = [t for sentence in tagging.tag_sentences(sentences) for t in sentence]
            seconds[name] += time.process_time() - started
        tokens += len(tags["recogniser"])
        differing += sum(a != b for a, b in zip(tags["recogniser"], tags["reference"]))
    speed = {name: tokens / spent for name, spent in seconds.items()}
    print(
        f"pycrfsuite.Tagger: {speed['reference']:,.0f} tokens/s; the recogniser "
        f"{speed['recogniser'] / speed['reference']:.2f} times as fast in this run; "
        f"{differing} of {tokens} tags differ"
    )
    return {
        "reference_tokens_per_second": round(speed["reference"]),
        "speedup": round(speed["recogniser"] / speed["reference"], 2),
        "differing_tags": differing,
    }


def score(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(recogniser: Recogniser, documents: list) -> dict[str, float]:
    counts: Counter[tuple[str, str]] = Counter()
    seconds, tokens = 0.0, 0
    for sentences, labels in conll.labelled(documents):
        gold = gold_spans(labels)
        found, elapsed = predicted_spans(recogniser, sentences)
        seconds += elapsed
        tokens += sum(len(s) for s in sentences)
        for span in found & gold:
            counts[span[3], "tp"] += 1
        for span in found - gold:
            counts[span[3], "fp"] += 1
        for span in gold - found:
            counts[span[3], "fn"] += 1
    for kind in ("PER", "ORG", "LOC"):
        p, r, f = score(counts[kind, "tp"], counts[kind, "fp"], counts[kind, "fn"])
        print(f"{kind}: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    totals = [sum(counts[k, c] for k in ("PER", "ORG", "LOC")) for c in ("tp", "fp", "fn")]
    p, r, f = score(*totals)
    print(f"total: P {p:.4f} R {r:.4f} F1 {f:.4f} ({tokens} tokens, {seconds:.2f} s CPU)")
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tokens_per_second": round(tokens / seconds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a CoNLL-2003 file")
    parser.add_argument("--dev", action="store_true", help="train on 85%% of PATH, score the rest")
    parser.add_argument("--model", type=Path, help="a model folder instead of the shipped one")
    parser.add_argument("--reference", action="store_true", help="compare with pycrfsuite.Tagger")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        model = args.model or tagger.MODEL_DIR
        if args.dev and not args.model:
            model = Path(scratch)
            train(args.path, model, part="train")
        documents = conll.load(args.path, "dev" if args.dev else "all")
        recogniser = Recogniser(model)
        result = evaluate(recogniser, documents)
        if args.reference:
            result |= compare(recogniser, CrfsuiteReference(model), documents)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
