"""Score ``recruitwatch.clean.html.clean_html`` against bare trafilatura on the
article-extraction benchmark (../shared/benchmarks/article-extraction-benchmark).

The metric follows the benchmark's README: the gold and predicted bodies are cut
into ``\\w+`` tokens, then into 4-token shingles counted as multisets; per page,
true/false positives and false negatives are normalised to sum to 1, precision and
recall are averaged over the pages where they are defined, and F1 comes from the
mean precision and mean recall. Texts shorter than four tokens give one shingle.

    .venv/bin/python benchmarks/html_extraction.py [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "article-extraction-benchmark"
SHINGLE = 4
_WORD = re.compile(r"\w+")

Counts = tuple[float, float, float]  # true positives, false positives, false negatives


def shingles(text: str, n: int = SHINGLE) -> Counter:
    """Multiset of n-token shingles; a short non-empty text is one shingle."""
    tokens = _WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def page_counts(gold: str, pred: str) -> Counts:
    """Normalised (tp, fp, fn) of one page, so long pages weigh as much as short ones."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(hit: float, miss: float, other_miss: float) -> float:
    if miss == 0 and other_miss == 0:
        return 1.0
    return hit / (hit + miss) if hit + miss else 0.0


def scores(counts: list[Counts]) -> dict[str, float]:
    """Mean precision (pages with a prediction), mean recall (pages with gold), F1 of the means."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def load_pages(bench: Path, limit: int | None = None) -> Iterator[tuple[str, str, str, str]]:
    """(id, url, html, gold body) in id order; the first ``limit`` pages when given."""
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    for n, key in enumerate(sorted(truth)):
        if limit is not None and n >= limit:
            return
        html = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8")
        yield key, truth[key].get("url"), html, truth[key].get("articleBody", "")


def run(extract: Callable[[str, str], str], pages: list[tuple[str, str, str, str]]) -> dict:
    """Score one extractor over the pages; extraction time only, scoring excluded.
    CPU time is reported beside wall time: on a shared machine it is the steadier figure."""
    counts, wall, cpu, per_page = [], 0.0, 0.0, {}
    for key, url, html, gold in pages:
        start, start_cpu = time.perf_counter(), time.process_time()
        pred = extract(html, url) or ""
        wall += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
        c = page_counts(gold, pred)
        counts.append(c)
        per_page[key] = scores([c])["f1"]
    result = scores(counts)
    result.update(pages=len(pages), seconds=wall, cpu_seconds=cpu,
                  pages_per_second=len(pages) / wall if wall else 0.0,
                  pages_per_cpu_second=len(pages) / cpu if cpu else 0.0)
    return {"summary": result, "per_page_f1": per_page}


def recruitwatch_body(html: str, url: str) -> str:
    from recruitwatch.clean.html import clean_html
    return clean_html(html, url).body


def trafilatura_body(html: str, url: str) -> str:
    import trafilatura
    return trafilatura.extract(html, url=url) or ""


EXTRACTORS = {"recruitwatch": recruitwatch_body, "trafilatura": trafilatura_body}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="benchmark directory")
    ap.add_argument("--limit", type=int, help="score only the first N pages (by id)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write the figures as JSON")
    ap.add_argument("--per-page", action="store_true", help="include per-page F1 in the JSON")
    args = ap.parse_args(argv)
    if not (args.bench / "ground-truth.json").exists():
        print(f"error: no ground-truth.json in {args.bench}; pass --bench DIR", file=sys.stderr)
        return 2
    pages = list(load_pages(args.bench, args.limit))
    results = {name: run(fn, pages) for name, fn in EXTRACTORS.items()}
    report = _report(results)
    _print(report)
    if args.json:
        if not args.per_page:
            report = {k: v for k, v in report.items() if k != "per_page_f1"}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


def _report(results: dict) -> dict:
    ours, base = results["recruitwatch"]["summary"], results["trafilatura"]["summary"]
    return {
        "metric": "4-gram shingles of \\w+ tokens; P, R averaged per page; F1 of means",
        "pages": ours["pages"],
        "recruitwatch": ours,
        "trafilatura": base,
        "f1_ratio": ours["f1"] / base["f1"] if base["f1"] else None,
        "per_page_f1": {name: r["per_page_f1"] for name, r in results.items()},
    }


def _print(report: dict) -> None:
    print(f"{'extractor':<14}{'precision':>10}{'recall':>9}{'F1':>8}{'pages/s':>9}"
          f"{'pages/cpu-s':>13}")
    for name in EXTRACTORS:
        s = report[name]
        print(f"{name:<14}{s['precision']:>10.4f}{s['recall']:>9.4f}{s['f1']:>8.4f}"
              f"{s['pages_per_second']:>9.2f}{s['pages_per_cpu_second']:>13.2f}")
    print(f"F1 ratio recruitwatch/trafilatura: {report['f1_ratio']:.4f}  ({report['pages']} pages)")


if __name__ == "__main__":
    sys.exit(main())
