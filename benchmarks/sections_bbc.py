"""Section accuracy of the topic classifier on the BBC corpus, and agreement on newsdata.

    python benchmarks/sections_bbc.py

BBC desks are compared with the section each article is filed under, through this fixed mapping
(any other section counts as wrong):

    Business & Economy -> business      Technology -> tech       Sport -> sport
    Entertainment & Arts -> entertainment                        Politics -> politics

Every third BBC file (0th, 3rd, 6th... in corpus order) is held out from tuning; its accuracy is
printed apart. Throughput counts classification alone, the taxonomy loaded. The newsdata
``meta.csv`` categories are compared through NEWSDATA below (``Top`` has no section and is left
out). The last line is one JSON object.
"""

from __future__ import annotations

import json
import time
from collections import Counter

from generator import corpora
from generator.extract.ner import tag_paragraphs
from generator.extract.topics import classify

BBC = {
    "business": "business",
    "technology": "tech",
    "sport": "sport",
    "entertainment": "entertainment",
    "politics": "politics",
}
"""Section id -> BBC desk."""

NEWSDATA = {
    "Politics": {"politics"},
    "Health": {"health"},
    "Business": {"business"},
    "Environment": {"science", "weather"},
    "Entertainment": {"entertainment"},
    "Sports": {"sport"},
    "Technology": {"technology"},
    "Science": {"science"},
    "World": {"world"},
    "Food": {"lifestyle"},
}
"""newsdata category -> the section ids that agree with it."""



def main() -> None:
    labelled = list(corpora.bbc_articles())
    if not labelled:
        raise SystemExit("the bbc corpus is missing")
    articles = [corpora.plain_article(item.path) for item in labelled]
    desks = [item.meta["desk"] for item in labelled]

    classify(articles[0])  # loads and compiles the taxonomy, once per process
    start = time.perf_counter()
    sections = [classify(article).section_id for article in articles]
    per_second = len(articles) / (time.perf_counter() - start)

    predicted = [BBC.get(section, section) for section in sections]
    right = [p == d for p, d in zip(predicted, desks)]
    held_out = [ok for number, ok in enumerate(right) if number % 3 == 0]
    tuned = [ok for number, ok in enumerate(right) if number % 3 != 0]
    accuracy = sum(right) / len(right)
    print(f"BBC: {len(right)} articles, accuracy {accuracy:.3f}")
    print(f"  tuning part {sum(tuned) / len(tuned):.3f} ({len(tuned)}), "
          f"held-out part {sum(held_out) / len(held_out):.3f} ({len(held_out)})")
    print_confusion(desks, predicted)

    with_names = [classify(a, tag_paragraphs(a.body)).section_id for a in articles]
    named_accuracy = sum(BBC.get(s, s) == d for s, d in zip(with_names, desks)) / len(desks)
    print(f"  with the recogniser's names as evidence, as the pipeline files articles: {named_accuracy:.3f}")

    agreement, checked = newsdata_agreement()
    print(f"newsdata: {checked} articles with a mapped category, agreement {agreement:.3f}")
    print(f"throughput: {per_second:,.0f} articles/s")
    print(json.dumps({
        "bbc_section_accuracy": round(accuracy, 4),
        "bbc_held_out_accuracy": round(sum(held_out) / len(held_out), 4),
        "bbc_section_accuracy_with_names": round(named_accuracy, 4),
        "articles_per_second": round(per_second),
        "newsdata_agreement": round(agreement, 4),
    }))


def print_confusion(desks: list[str], predicted: list[str]) -> None:
    pairs = Counter(zip(desks, predicted))
    columns = sorted(set(predicted))
    print(f"{'desk':>14} " + " ".join(f"{c[:8]:>8}" for c in columns))
    for desk in sorted(set(desks)):
        print(f"{desk:>14} " + " ".join(f"{pairs[desk, c]:>8}" for c in columns))


def newsdata_agreement() -> tuple[float, int]:
    agree = checked = 0
    for item in corpora.newsdata_articles():
        wanted = NEWSDATA.get(item.meta["category"])
        if wanted is None:
            continue
        checked += 1
        agree += classify(corpora.plain_article(item.path)).section_id in wanted
    return (agree / checked if checked else 0.0), checked


if __name__ == "__main__":
    main()
