"""How the per-article stages scale with one very long paragraph (a page copied onto one line).

    python benchmarks/long_input.py

Builds single-paragraph articles of 5,000, 20,000 and 80,000 words from the sentences of the
BBC corpus (so that names, quotes and figures occur as in news), and times parse + extract of each.
The figure to watch is the cost per 1,000 words as the paragraph grows: flat means linear, a
factor of 4 per step means quadratic. The last line is one JSON object.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from itertools import cycle

from generator import corpora
from generator.analyse import aliases, taxonomy
from generator.extract.article import extract_article
from generator.model import SourceFile
from generator.parse import parse_article

SIZES = (5_000, 20_000, 80_000)


def long_page(paragraphs: list[str], words: int) -> str:
    taken: list[str] = []
    for paragraph in cycle(paragraphs):
        taken.extend(paragraph.split())
        if len(taken) >= words:
            return "A Very Long Page Copied Onto One Line\n" + " ".join(taken[:words]) + "\n"
    raise AssertionError("unreachable")


def main() -> None:
    items = list(corpora.bbc_articles())
    if not items:
        sys.exit(f"bbc not found under {corpora.corpora_root()}")
    paragraphs = [p for item in items[:400] for p in corpora.plain_article(item.path).body]
    settings = taxonomy(None), aliases(None)
    extract_article(parse_article(SourceFile("warm.txt", long_page(paragraphs, 200), "utf-8", "0")), *settings)
    per_thousand = []
    for words in SIZES:
        text = long_page(paragraphs, words)
        source = SourceFile(f"long-{words}.txt", text, "utf-8", hashlib.sha256(text.encode()).hexdigest())
        started = time.process_time()
        extraction = extract_article(parse_article(source), *settings)
        seconds = time.process_time() - started
        per_thousand.append(seconds / words * 1000)
        print(f"{words:>7,} words on one line: {seconds:6.2f} s CPU, {per_thousand[-1] * 1000:6.1f} ms per 1,000 words,"
              f" {len(extraction.entities)} entities, {len(extraction.quotes)} quotes")
    growth = per_thousand[-1] / per_thousand[0]
    print(f"cost per word grows {growth:.2f}x from {SIZES[0]:,} to {SIZES[-1]:,} words (1.0 is linear, 16 quadratic)")
    print(json.dumps({"ms_per_1000_words": [round(x * 1000, 1) for x in per_thousand], "growth": round(growth, 2)}))


if __name__ == "__main__":
    main()
