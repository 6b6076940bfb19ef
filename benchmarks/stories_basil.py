"""Benchmark story grouping on BASIL: B-cubed against the events, thresholds, and scale.

    python benchmarks/stories_basil.py [--copies 1 4] [--reuters 5000]

The grouping sees neither dates nor outlets, and the articles come in a shuffled order. BASIL is
also grouped as scraped pages: each article wrapped in the menus, bylines and footers of one of
the readability corpus' real pages, picked at random, and parsed; and so again with a quarter of
the articles cut to two paragraphs and a quarter to half, as short and partial copies; and among
the undated articles of other corpora (newsdata, readability, BBC), on other events with many of
the same actors. The scale check mixes BASIL and
variants of it with Reuters wires and reports time and peak memory. The last line is JSON.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import random
import re
import time
import tracemalloc
from collections import Counter
from collections.abc import Sequence

from generator import corpora
from generator.link.boilerplate import without_boilerplate
from generator.link.stories import JOIN_ALONE, THRESHOLD, average_linkage, group_stories
from generator.link.vectors import ArticleIndex
from generator.model import Article, SourceFile
from generator.parse import NotAnArticle, parse_article

SEED = 20240601
THRESHOLDS = [round(0.08 + 0.01 * step, 2) for step in range(25)]



def basil() -> tuple[list[Article], list[str]]:
    """BASIL's articles and events, shuffled with a fixed seed."""
    rows = [(corpora.plain_article(f.path), f.meta["triplet_uuid"]) for f in corpora.basil_articles()]
    random.Random(SEED).shuffle(rows)
    return [article for article, _ in rows], [label for _, label in rows]


def reuters(count: int) -> list[Article]:
    return [corpora.plain_article(f.path) for f in itertools.islice(corpora.reuters_articles(), count)]


OTHER_BBC = 800
"""How many BBC articles join BASIL among the other corpora's (the first, in the corpus' order)."""


def other_corpora() -> list[Article]:
    """Articles of other events, undated: newsdata's, the readability pages' (parsed) and BBC's
    first ``OTHER_BBC``; many share BASIL's actors (Netanyahu, Trump) but not its events."""
    pages = [corpora.scraped_article(f"{page.name}.txt", page.fullpage_text) for page in corpora.readability_pages()]
    bbc = [corpora.plain_article(f.path) for f in itertools.islice(corpora.bbc_articles(), OTHER_BBC)]
    others = [corpora.plain_article(f.path) for f in corpora.newsdata_articles()] + [p for p in pages if p] + bbc
    return [dataclasses.replace(article, published=None) for article in others]


def variant(article: Article, rng: random.Random) -> Article:
    body = tuple(p for p in article.body if rng.random() < 0.7) or article.body[:1]
    digest = hashlib.sha256("\n\n".join(body).encode()).hexdigest()
    return dataclasses.replace(article, body=body, sha256=digest)


def page_furniture(page: corpora.ReadabilityPage) -> tuple[list[str], list[str]] | None:
    """The lines of a real page above its headline and below its article, article text left out."""
    lines = [line.strip() for line in page.fullpage_text.splitlines() if line.strip()]
    body = " ".join(page.body.split())
    in_body = [i for i, line in enumerate(lines) if " ".join(line.split()[:6]) in body]
    headline = " ".join(page.title.lower().split())[:30]
    at = next((i for i, line in enumerate(lines) if headline and headline in " ".join(line.lower().split())), None)
    if not in_body or at is None or at > in_body[0]:
        return None
    above = [line for line in lines[:at] if " ".join(line.split()[:6]) not in body]
    below = [line for line in lines[in_body[-1] + 1 :] if " ".join(line.split()[:6]) not in body]
    return above, below


def as_scraped_pages(articles: Sequence[Article]) -> list[Article]:
    """Each article inside a random real page's furniture, with that page's byline, parsed, and
    stripped of the boilerplate the corpus repeats, as the pipeline does. An article whose page
    yields no article text stays as it was (two very short paragraphs may not)."""
    pages = [(page, found) for page in corpora.readability_pages() if (found := page_furniture(page))]
    rng = random.Random(SEED)
    scraped = []
    for number, article in enumerate(articles):
        page, (above, below) = rng.choice(pages)
        lines = [*above, article.title, page.byline or "", *article.body, *below]
        text = "\n\n".join(lines)
        digest = hashlib.sha256(text.encode()).hexdigest()
        try:
            scraped.append(parse_article(SourceFile(f"scraped/{number}.txt", text, "utf-8", digest)))
        except NotAnArticle:
            scraped.append(article)
    return without_boilerplate(scraped)


def short_copies(articles: Sequence[Article]) -> list[Article]:
    """A quarter of the articles cut to their first two paragraphs (a teaser, a wire's top), a
    quarter to a random half of them (a partial copy), the rest whole; then all as scraped pages."""
    rng = random.Random(SEED)
    cut = []
    for article in articles:
        draw = rng.random()
        if draw < 0.25:
            body = article.body[:2]
        elif draw < 0.5:
            body = tuple(p for p in article.body if rng.random() < 0.5) or article.body[:1]
        else:
            body = article.body
        digest = hashlib.sha256("\n\n".join(body).encode()).hexdigest()
        cut.append(dataclasses.replace(article, body=body, sha256=digest))
    return as_scraped_pages(cut)


def bcubed(
    stories: Sequence[Sequence[int]], labels: Sequence[str | None]
) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items whose label is not ``None``."""
    sizes = Counter(label for label in labels if label is not None)
    precision = recall = 0.0
    for story in stories:
        in_story = Counter(labels[i] for i in story)
        for i in story:
            if labels[i] is not None:
                precision += in_story[labels[i]] / len(story)
                recall += in_story[labels[i]] / sizes[labels[i]]
    total = sum(sizes.values())
    precision, recall = precision / total, recall / total
    return precision, recall, 2 * precision * recall / (precision + recall)


def sweep(articles: list[Article], labels: list[str | None]) -> None:
    """F1 over a range of thresholds, scoring the pairs once (an article alone joins a story at
    ``JOIN_ALONE`` where that is lower)."""
    index = ArticleIndex.build(articles)
    pairs = index.pairs()
    print(f"  {'threshold':>9} {'P':>6} {'R':>6} {'F1':>6} {'stories':>7}")
    for threshold in THRESHOLDS:
        stories = average_linkage(pairs, index.dates, threshold, index.weights.max_days, join_alone=JOIN_ALONE)
        precision, recall, f1 = bcubed(stories, labels)
        mark = "  <- default" if threshold == THRESHOLD else ""
        print(
            f"  {threshold:>9.2f} {precision:6.3f} {recall:6.3f} {f1:6.3f}"
            f" {len(stories):7d}{mark}"
        )


def halves(articles: list[Article], labels: list[str], trials: int = 10) -> None:
    """F1 at each threshold on random halves of the events, as stand-ins for unseen sets."""
    rng = random.Random(SEED)
    events = sorted(set(labels))
    scores: dict[float, list[float]] = {threshold: [] for threshold in THRESHOLDS}
    for _ in range(trials):
        chosen = set(rng.sample(events, len(events) // 2))
        kept = [i for i, label in enumerate(labels) if label in chosen]
        index = ArticleIndex.build([articles[i] for i in kept])
        pairs = index.pairs()
        for threshold in THRESHOLDS:
            stories = average_linkage(pairs, index.dates, threshold, index.weights.max_days, join_alone=JOIN_ALONE)
            scores[threshold].append(bcubed(stories, [labels[i] for i in kept])[2])
    print(f"  {'threshold':>9} {'mean F1':>7} {'min F1':>7}")
    for threshold, f1s in scores.items():
        mark = "  <- default" if threshold == THRESHOLD else ""
        print(f"  {threshold:>9.2f} {sum(f1s) / trials:7.3f} {min(f1s):7.3f}{mark}")


def scale(events: list[Article], labels: list[str], copies: int, wires: list[Article]) -> None:
    """Time and peak memory on BASIL, ``copies - 1`` variants of it, and wires.

    A variant keeps a random 70% of an article's paragraphs and belongs to the same event, so
    events grow to ``3 * copies`` articles.
    """
    rng = random.Random(SEED)
    articles = events + [variant(event, rng) for _ in range(copies - 1) for event in events] + wires
    mixed = labels * copies + [None] * len(wires)
    order = list(range(len(articles)))
    random.Random(SEED).shuffle(order)
    articles, mixed = [articles[i] for i in order], [mixed[i] for i in order]
    start = time.perf_counter()
    stories = group_stories(articles)
    seconds = time.perf_counter() - start
    tracemalloc.start()
    group_stories(articles)
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    precision, recall, f1 = bcubed(stories, mixed)
    print(
        f"  basil x {copies} + {len(wires)} reuters = {len(articles)} articles:"
        f" {seconds:.1f} s, peak {peak:.0f} MiB traced (a second run), {len(stories)} stories,"
        f" B-cubed over basil P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
    )


TICKER = re.compile(r"<([A-Z][A-Z.]*)>")


def mixed_companies(wires: list[Article], least: int = 4) -> tuple[int, int, int]:
    """Stories of several among Reuters wires alone, and how many of them (and of their wires) carry
    the ticker tags of ``least`` companies or more in their headlines: a results or dividend form
    filled in for different companies is no story (a takeover fight names a few)."""
    stories = [story for story in group_stories(wires) if len(story) > 1]
    mixed = [story for story in stories if len({t for i in story for t in TICKER.findall(wires[i].title)}) >= least]
    return len(stories), len(mixed), sum(map(len, mixed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="*", default=[1, 4])
    parser.add_argument("--reuters", type=int, default=5000)
    args = parser.parse_args()

    articles, labels = basil()
    if not articles:
        raise SystemExit("basil corpus not found")
    start = time.perf_counter()
    stories = group_stories(articles)
    seconds = time.perf_counter() - start
    precision, recall, f1 = bcubed(stories, labels)
    print(
        f"basil: {len(articles)} articles, {len(set(labels))} events,"
        f" {len(stories)} stories found"
    )
    print(f"  B-cubed P {precision:.3f} R {recall:.3f} F1 {f1:.3f} in {seconds:.2f} s")
    reordered = group_stories(articles[::-1])
    flipped = sorted(tuple(sorted(len(articles) - 1 - i for i in s)) for s in reordered)
    print(f"  same stories in reversed order: {flipped == stories}")

    scraped = as_scraped_pages(articles)
    scraped_f1 = short_f1 = None
    if scraped:
        titles = sum(a.title == b.title for a, b in zip(scraped, articles)) / len(articles)
        sp, sr, scraped_f1 = bcubed(group_stories(scraped), labels)
        print(f"  as scraped pages: B-cubed P {sp:.3f} R {sr:.3f} F1 {scraped_f1:.3f} (headlines found {titles:.3f})")
        cp, cr, short_f1 = bcubed(group_stories(short_copies(articles)), labels)
        print(f"  as short and partial scraped copies: B-cubed P {cp:.3f} R {cr:.3f} F1 {short_f1:.3f}")

    others = other_corpora()
    mixed_f1 = None
    if others:
        mp, mr, mixed_f1 = bcubed(group_stories(articles + others), labels + [None] * len(others))
        print(f"  among {len(others)} undated articles of other corpora: B-cubed over basil P {mp:.3f} R {mr:.3f}"
              f" F1 {mixed_f1:.3f}")

    print("threshold sensitivity, basil alone:")
    sweep(articles, labels)
    print("threshold sensitivity, 10 random halves of the events:")
    halves(articles, labels)
    wires = reuters(args.reuters)
    if wires:
        print(f"threshold sensitivity, basil + {len(wires)} reuters (B-cubed over basil):")
        sweep(articles + wires, labels + [None] * len(wires))
        several, mixed, in_mixed = mixed_companies(wires)
        print(f"reuters alone: {several} stories of several wires, {mixed} of them ({in_mixed} wires) with the"
              " ticker tags of four companies or more in their headlines")
        print("scale:")
        for copies in args.copies:
            scale(articles, labels, copies, wires)
    result = {"bcubed_precision": round(precision, 4), "bcubed_recall": round(recall, 4),
              "bcubed_f1": round(f1, 4), "seconds": round(seconds, 3),
              "scraped_bcubed_f1": round(scraped_f1, 4) if scraped_f1 is not None else None,
              "short_copies_bcubed_f1": round(short_f1, 4) if short_f1 is not None else None,
              "other_corpora_bcubed_f1": round(mixed_f1, 4) if mixed_f1 is not None else None,
              "reuters_mixed_company_stories": mixed if wires else None}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
