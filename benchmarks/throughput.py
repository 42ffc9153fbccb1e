"""Throughput and memory of ingest, side by side with baselines, in one run.

Builds a corpus (the five seeds repeated, plus the 181 HTML benchmark pages, as JSON Lines
with distinct URLs so every record is a new document), then measures, each in a fresh
child process so peak memory is its own:

  clean        ingest + clean + language + date (no extraction), into a SQLite store
  full         the whole pipeline (clean + every extraction + store), 1 process, models
               loaded before timing (as for the NER-only row)
  full-2proc   the same with --workers 2 (worker start-up and model loading included)
  trafilatura  trafilatura.extract alone on the same HTML pages
  spacy-ner    a bare spaCy NER pass (nlp.pipe, only NER enabled) over the same clean texts

at scale 1x and 10x, and prints documents per second, peak RSS, and the ratios.

    python benchmarks/throughput.py                 # 1x and 10x, all modes, 3 rounds
    python benchmarks/throughput.py --scales 1 --modes clean,trafilatura
    python benchmarks/throughput.py --json benchmarks/results/throughput.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "samples" / "seeds"
HTML = SHARED / "benchmarks" / "article-extraction-benchmark" / "html"
MODES = ("clean", "full", "full-2proc", "trafilatura", "spacy-ner")


def build_corpus(path: Path, scale: int, seed_copies: int = 20, html: bool = True) -> int:
    """Write the corpus as JSON Lines; returns the number of records."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
             for p in sorted(HTML.glob("*.html.gz"))]
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for k in range(scale):
            for i in range(seed_copies):
                for j, text in enumerate(seeds):
                    fh.write(json.dumps({"text": text, "url": f"https://bench.invalid/s/{k}/{i}/{j}"}) + "\n")
                    n += 1
            for j, page in enumerate(pages if html else []):
                fh.write(json.dumps({"html": page, "url": f"https://bench.invalid/h/{k}/{j}"}) + "\n")
                n += 1
    return n


def child(mode: str, corpus: Path) -> dict:
    """Run one measurement in this process; returns docs, seconds and peak RSS (MiB)."""
    records = _stream(corpus) if mode in ("trafilatura", "spacy-ner") else None
    if mode == "full":
        _warm_up()  # the NER-only row loads its model before timing; so does this one
    start = time.perf_counter()
    docs, timed = _RUNNERS[mode](corpus, records)
    seconds = timed if timed is not None else time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if mode == "full-2proc":
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return {"mode": mode, "docs": docs, "seconds": round(seconds, 3),
            "docs_per_s": round(docs / seconds, 2), "peak_rss_mib": round(peak, 1)}


def _warm_up() -> None:
    """Load the models and build the grammars on short documents, outside the timing: each
    language's dictionary and the search terms' one load on first use, as spaCy's does."""
    from recruitwatch.options import Options
    from recruitwatch.pipeline import process_text
    from recruitwatch.store.terms import document_terms

    process_text("Russia plans to recruit 400,000 soldiers, the ministry said on Tuesday.", Options())
    process_text("Минобороны планирует набрать 400 тысяч контрактников, сообщил Песков.", Options())
    process_text("Міноборони планує набрати 400 тисяч контрактників, повідомив Юсов.", Options())
    document_terms("Минобороны планирует набрать 400 тысяч контрактников.")


def _stream(corpus: Path):
    """The corpus records one at a time, so baselines keep memory as flat as ingest does."""
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _run_ingest(corpus: Path, use_models: bool, workers: int = 1) -> int:
    from recruitwatch.ingest_run import ingest
    from recruitwatch.options import Options
    from recruitwatch.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "b.db") as store:
        summary = ingest(store, [str(corpus)], Options(use_models=use_models), workers=workers)
        return summary.new, None


def _run_clean(corpus: Path, _records) -> int:
    from recruitwatch import pipeline

    original = pipeline.extract
    pipeline.extract = lambda doc, options, spacy_doc=None: doc  # stop after step 5
    try:
        return _run_ingest(corpus, use_models=False)
    finally:
        pipeline.extract = original


def _run_trafilatura(_corpus: Path, records) -> int:
    import trafilatura

    n = 0
    for rec in records:
        if "html" in rec:
            trafilatura.extract(rec["html"])
            n += 1
    return n, None


def _run_spacy(_corpus: Path, records) -> int:
    import spacy

    from recruitwatch.options import Options

    from recruitwatch.clean.html import clean_html
    from recruitwatch.clean.text import clean_text
    from recruitwatch.extract.nlp import without_idle_embedders

    texts = [clean_html(r["html"]).body if "html" in r else clean_text(r["text"]).body
             for r in records]  # cleaned before timing: the baseline is the NER pass alone
    # the recogniser alone: the shared token vectors stay only if it listens to them
    nlp = without_idle_embedders(spacy.load(Options().spacy_model, enable=["tok2vec", "ner"]))
    start = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    return n, time.perf_counter() - start


_RUNNERS = {
    "clean": _run_clean,
    "full": lambda c, r: _run_ingest(c, True),  # noqa: E731
    "full-2proc": lambda c, r: _run_ingest(c, True, workers=2),
    "trafilatura": _run_trafilatura,
    "spacy-ner": _run_spacy,
}


def measure(mode: str, corpus: Path) -> dict:
    # -P: the benchmarks folder must not shadow standard modules in the child
    out = subprocess.run([sys.executable, "-P", __file__, "--child", mode, "--corpus", str(corpus)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", default="1,10")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--json", type=Path)
    ap.add_argument("--repeat", type=int, default=3, help="rounds; the median is reported")
    ap.add_argument("--corpus-kind", choices=("mixed", "text"), default="mixed",
                    help="mixed: seeds and the HTML benchmark pages; text: the seeds only")
    ap.add_argument("--child")
    ap.add_argument("--corpus", type=Path)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.corpus)))
        return
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for scale in [int(s) for s in args.scales.split(",")]:
            corpus = Path(tmp) / f"corpus-{scale}.jsonl"
            n = build_corpus(corpus, scale, html=args.corpus_kind == "mixed")
            print(f"scale {scale}x ({args.corpus_kind}): {n} records", flush=True)
            # the modes in turn, --repeat rounds: drift on a shared machine hits every mode
            for round_ in range(1, args.repeat + 1):
                for mode in args.modes.split(","):
                    r = measure(mode, corpus) | {"scale": scale, "round": round_}
                    results.append(r)
                    print(f"  {mode:12s} {r['docs']:6d} docs {r['seconds']:8.2f} s "
                          f"{r['docs_per_s']:8.2f} docs/s  peak {r['peak_rss_mib']:7.1f} MiB"
                          f"  (round {round_})", flush=True)
    results = _medians(results)
    _print_ratios(results)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"command": "python -P " + " ".join(sys.argv),
                                         "corpus": args.corpus_kind, "results": results}, indent=1))


def _medians(results: list[dict]) -> list[dict]:
    """One row per mode and scale: the round with the median rate, with every round's
    rate and the ratio to the NER-only row of the same round."""
    out = []
    for key in dict.fromkeys((r["mode"], r["scale"]) for r in results):
        runs = sorted((r for r in results if (r["mode"], r["scale"]) == key),
                      key=lambda r: r["docs_per_s"])
        row = dict(runs[len(runs) // 2])
        row["rounds_docs_per_s"] = [r["docs_per_s"] for r in sorted(runs, key=lambda r: r["round"])]
        out.append(row)
    for row in out:
        if row["mode"] == "full":
            ner = next((r for r in out if r["mode"] == "spacy-ner" and r["scale"] == row["scale"]), None)
            if ner:
                row["ratio_to_ner_per_round"] = [round(a / b, 2) for a, b in zip(
                    row["rounds_docs_per_s"], ner["rounds_docs_per_s"])]
    return out


def _print_ratios(results: list[dict]) -> None:
    by = {(r["mode"], r["scale"]): r for r in results}
    scales = sorted({r["scale"] for r in results})
    for scale in scales:
        full, ner = by.get(("full", scale)), by.get(("spacy-ner", scale))
        if full and ner:
            print(f"scale {scale}x: full pipeline / spaCy NER-only = "
                  f"{full['docs_per_s'] / ner['docs_per_s']:.2f}x (medians); per round "
                  f"{full.get('ratio_to_ner_per_round')}")
        two = by.get(("full-2proc", scale))
        if full and two:
            print(f"scale {scale}x: 2 processes / 1 process = {two['docs_per_s'] / full['docs_per_s']:.2f}x")
    if len(scales) > 1:
        lo, hi = scales[0], scales[-1]
        for mode in MODES:
            a, b = by.get((mode, lo)), by.get((mode, hi))
            if a and b:
                print(f"{mode}: peak memory {a['peak_rss_mib']:.0f} MiB at {lo}x, "
                      f"{b['peak_rss_mib']:.0f} MiB at {hi}x ({b['peak_rss_mib'] / a['peak_rss_mib']:.2f}x)")


if __name__ == "__main__":
    main()
