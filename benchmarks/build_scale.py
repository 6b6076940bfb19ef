"""How the generation scales: a first build, a rebuild with nothing changed, a rebuild after one new
article, on Reuters-21578 wires (and the MkDocs build of the result, with ``--mkdocs``).

    python benchmarks/build_scale.py [--sizes 250,1000,4000] [--mkdocs]

Times are wall-clock on this machine; the figures to compare across runs are the ratios, measured
in the same run: per-article cost as the corpus grows, and the rebuilds against the first build.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from generator import corpora
from generator.config import BuildConfig
from generator.pipeline import build

ROOT = corpora.PROJECT_ROOT


def project_of(size: int, folder: Path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "site_src" / "assets", folder / "site_src" / "assets")
    seeds = folder / "seeds"
    seeds.mkdir()
    wires = corpora.reuters_articles()
    for number, wire in zip(range(size), wires):
        shutil.copy(wire.path, seeds / f"{number:05d}.txt")
    return folder


def timed_build(project: Path) -> tuple[float, object]:
    start = time.perf_counter()
    report = build(BuildConfig.at(project))
    return time.perf_counter() - start, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="250,1000,4000")
    parser.add_argument("--mkdocs", action="store_true", help="also time `mkdocs build` of the largest size")
    args = parser.parse_args()
    if corpora.corpus_dir("reuters21578") is None:
        sys.exit(f"reuters21578 not found under {corpora.corpora_root()}")
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            project = project_of(size, Path(tmp))
            first, report = timed_build(project)
            unchanged, _ = timed_build(project)
            extra = next(islice(corpora.reuters_articles(), size, None))  # one not yet in the project
            shutil.copy(extra.path, project / "seeds" / "new-article.txt")
            one_new, again = timed_build(project)
            pages = sum(1 for _ in (project / "site_src").rglob("*.md"))
            row = {"articles": report.articles, "pages": pages, "first_s": first, "unchanged_s": unchanged,
                   "one_new_s": one_new, "one_new_pages_written": again.pages_written}
            if args.mkdocs and size == sizes[-1]:
                start = time.perf_counter()
                subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project, check=True,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
                row["mkdocs_build_s"] = time.perf_counter() - start
            rows.append(row)
            print(f"{report.articles:6d} articles, {pages:6d} pages: first build {first:7.2f} s "
                  f"({1000 * first / report.articles:.1f} ms/article), unchanged rebuild {unchanged:6.2f} s "
                  f"({unchanged / first:.2f} of the first), one new article {one_new:6.2f} s "
                  f"({again.pages_written} pages rewritten)"
                  + (f", mkdocs build {row['mkdocs_build_s']:.1f} s" if "mkdocs_build_s" in row else ""))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    small, large = rows[0], rows[-1]
    growth = (large["first_s"] / large["articles"]) / (small["first_s"] / small["articles"])
    print(f"per-article cost grows {growth:.2f}x from {small['articles']} to {large['articles']} articles; "
          f"peak memory of this process {peak:.0f} MiB")
    print(json.dumps({
        "articles_per_second": round(large["articles"] / large["first_s"], 1),
        "per_article_cost_growth": round(growth, 2),
        "unchanged_rebuild_ratio": round(large["unchanged_s"] / large["first_s"], 3),
        "one_new_rebuild_ratio": round(large["one_new_s"] / large["first_s"], 3),
        "peak_mib": round(peak),
    }))


if __name__ == "__main__":
    main()
