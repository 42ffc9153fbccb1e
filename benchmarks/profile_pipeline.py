"""Where the time goes: a pyinstrument profile of one full ingest.

The demo corpus (examples/demo) and the seeds, repeated with distinct URLs, plus the HTML
pages of the extraction benchmark, are ingested into a fresh store with the whole
pipeline (models loaded before profiling starts, so the profile shows steady state).

    .venv/bin/python benchmarks/profile_pipeline.py [--repeat 5] [--html 60] \
        [--out benchmarks/results/profile.txt]
"""

from __future__ import annotations

import argparse
import gzip
import json
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "samples" / "seeds"
HTML = ROOT.parent / "shared" / "benchmarks" / "article-extraction-benchmark" / "html"


def build_corpus(path: Path, repeat: int, html_pages: int) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "demo").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
             for p in sorted(HTML.glob("*.html.gz"))[:html_pages]]
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for k in range(repeat):
            for i, text in enumerate(texts):
                fh.write(json.dumps({"text": text, "url": f"https://profile.invalid/t/{k}/{i}"}) + "\n")
                n += 1
        for i, page in enumerate(pages):
            fh.write(json.dumps({"html": page, "url": f"https://profile.invalid/h/{i}"}) + "\n")
            n += 1
    return n


def main() -> None:
    from pyinstrument import Profiler

    from recruitwatch.extract import nlp
    from recruitwatch.ingest_run import ingest
    from recruitwatch.options import Options
    from recruitwatch.store import Store

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--html", type=int, default=60, help="benchmark HTML pages to add")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "profile.txt")
    args = ap.parse_args()
    options = Options()
    nlp.get_spacy(options.spacy_model), nlp.get_natasha()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        n = build_corpus(corpus, args.repeat, args.html)
        profiler = Profiler(interval=0.002)
        start = time.perf_counter()
        with Store(Path(tmp) / "p.db") as store:
            profiler.start()
            summary = ingest(store, [str(corpus)], options)
            profiler.stop()
        seconds = time.perf_counter() - start
    head = (f"# {n} documents ({summary.new} new, {summary.failed} failed) in {seconds:.1f} s "
            f"= {n / seconds:.1f} docs/s, 1 process\n# command: .venv/bin/python benchmarks/profile_pipeline.py "
            f"--repeat {args.repeat} --html {args.html}\n\n")
    text = profiler.output_text(unicode=True, color=False, show_all=False)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(head + text, encoding="utf-8")
    print(head + text[:6000])


if __name__ == "__main__":
    main()
