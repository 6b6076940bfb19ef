"""Section accuracy of the topic classifier on the BBC corpus, and agreement on newsdata.

    python benchmarks/sections_bbc.py

BBC desks are compared with the section each article is filed under, through this fixed mapping
(any other section counts as wrong):

    Business & Economy -> business      Technology -> tech       Sport -> sport
    Entertainment & Arts -> entertainment                        Politics -> politics

Every third BBC file (0th, 3rd, 6th... in corpus order) is held out from tuning; its accuracy is
printed apart. Throughput counts classification alone, the taxonomy loaded. The newsdata
``meta.csv`` categories are compared through NEWSDATA below (``Top`` has no section and is left
out), the scraped pages parsed as the pipeline parses them. The last line is one JSON object.
"""

from __future__ import annotations

import json
import time
from collections import Counter

from generator import corpora
from generator.extract.article import extract_article
from generator.extract.entities import load_aliases
from generator.extract.topics import Taxonomy, classify, load_taxonomy
from generator.link.sections import refile

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
    taxonomy = load_taxonomy()

    classify(articles[0], taxonomy=taxonomy)  # compiles the taxonomy, once per process
    start = time.perf_counter()
    own = [classify(article, taxonomy=taxonomy).section_id for article in articles]
    per_second = len(articles) / (time.perf_counter() - start)
    print(f"BBC: {len(articles)} articles")
    own_accuracy, _ = report("by their own words", own, desks)

    extractions = [extract_article(article, taxonomy, load_aliases()) for article in articles]
    filings = [e.filing for e in extractions]
    names = [[entity.name for entity in e.entities if entity.label == "person"] for e in extractions]
    named_accuracy, _ = report("with the names the recogniser finds", [f.section_id for f in filings], desks)
    filed = [f.section_id for f in refile(filings, names, taxonomy)]
    accuracy, held_out = report("as the pipeline files them, with the other articles' votes", filed, desks)
    print_confusion(desks, [BBC.get(s, s) for s in filed])
    alone = []
    for part in range(3):
        members = [i for i in range(len(articles)) if i % 3 == part]
        refiled = refile([filings[i] for i in members], [names[i] for i in members], taxonomy)
        alone.append(sum(BBC.get(f.section_id) == desks[i] for f, i in zip(refiled, members)) / len(members))
    print("  each third filed as an archive of its own (the held-out third first): "
          + ", ".join(f"{a:.3f}" for a in alone))

    agreement, checked = newsdata_agreement(taxonomy)
    print(f"newsdata: {checked} articles with a mapped category, agreement {agreement:.3f}")
    print(f"throughput: {per_second:,.0f} articles/s (classification by own words)")
    print(json.dumps({
        "bbc_section_accuracy": round(accuracy, 4),
        "bbc_held_out_accuracy": round(held_out, 4),
        "bbc_held_out_alone_accuracy": round(alone[0], 4),
        "bbc_own_words_accuracy": round(own_accuracy, 4),
        "bbc_with_names_accuracy": round(named_accuracy, 4),
        "articles_per_second": round(per_second),
        "newsdata_agreement": round(agreement, 4),
    }))


def report(how: str, sections: list[str], desks: list[str]) -> tuple[float, float]:
    """Prints and returns the accuracy of ``sections`` against the desks, overall and on the held-out third."""
    right = [BBC.get(section, section) == desk for section, desk in zip(sections, desks)]
    held_out = [ok for number, ok in enumerate(right) if number % 3 == 0]
    tuned = [ok for number, ok in enumerate(right) if number % 3 != 0]
    accuracy, held = sum(right) / len(right), sum(held_out) / len(held_out)
    print(f"  {how}: accuracy {accuracy:.3f} (tuning part {sum(tuned) / len(tuned):.3f}, held-out part {held:.3f})")
    return accuracy, held


def print_confusion(desks: list[str], predicted: list[str]) -> None:
    pairs = Counter(zip(desks, predicted))
    columns = sorted(set(predicted))
    print(f"{'desk':>14} " + " ".join(f"{c[:8]:>8}" for c in columns))
    for desk in sorted(set(desks)):
        print(f"{desk:>14} " + " ".join(f"{pairs[desk, c]:>8}" for c in columns))


def newsdata_agreement(taxonomy: Taxonomy) -> tuple[float, int]:
    """Agreement with the mapped ``meta.csv`` categories, the scraped pages parsed and filed as the
    pipeline does (a page it makes none of counts as a disagreement)."""
    items = [item for item in corpora.newsdata_articles() if item.meta["category"] in NEWSDATA]
    articles = [corpora.scraped_article(item.path.name, item.path.read_text(encoding="utf-8", errors="replace"))
                for item in items]
    made = [(item, article) for item, article in zip(items, articles) if article is not None]
    extractions = [extract_article(article, taxonomy, load_aliases()) for _, article in made]
    people = [[n.name for n in e.entities if n.label == "person"] for e in extractions]
    filings = refile([e.filing for e in extractions], people, taxonomy)
    agree = sum(f.section_id in NEWSDATA[item.meta["category"]] for f, (item, _) in zip(filings, made))
    return (agree / len(items) if items else 0.0), len(items)


if __name__ == "__main__":
    main()
