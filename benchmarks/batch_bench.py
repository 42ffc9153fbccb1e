"""Batch throughput side by side with what users would otherwise run, in one run.

Builds a sharded JSON Lines corpus (the five seeds as plain text and the 181 HTML pages of
the extraction benchmark, repeated with distinct URLs so every record is a new document;
shards of 1,000 lines), then measures, each in a fresh child process so peak memory is
its own, and every model loaded before the clock starts:

  rw-1proc    the full recruitwatch pipeline (clean, language, date, entities, quantities,
              claims, measures, event dates) through the batch code path, partitions run
              one after another in 1 process, Parquet written
  rw-dask2    the same on a local Dask cluster with 2 worker processes
  spacy-ner   a bare spaCy NER pass (nlp.pipe, NER only) over the cleaned texts
  diy         the do-it-yourself pipeline a user would script: trafilatura for HTML, the
              full default spaCy pipeline, quantulum3 for quantities and dateparser's
              search_dates for dates, one document at a time
  mem         rw-dask2 again on --mem-scales generated reports (batch_corpus.py), peak
              RSS of each worker

and scores quality on the gold set (tests/gold/): recruitwatch vs the DIY pipeline's
entities, quantities and publication dates.

    .venv/bin/python benchmarks/batch_bench.py --quick          # ~300 docs, minutes
    .venv/bin/python benchmarks/batch_bench.py --docs 2000 --mem-scales 10000,100000 \
        --out benchmarks/results                                 # batch.json + BATCH.md
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "samples" / "seeds"
HTML = SHARED / "benchmarks" / "article-extraction-benchmark" / "html"
SHARD_LINES = 1000
MODES = ("rw-1proc", "rw-dask2", "spacy-ner", "diy")


# ---------------------------------------------------------------- corpus


def build_corpus(folder: Path, docs: int) -> int:
    """``docs`` records in JSONL shards under ``folder``: seeds and HTML pages in turn."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8", "replace")
             for p in sorted(HTML.glob("*.html.gz"))]
    sources = [("text", t) for t in seeds] + [("html", h) for h in pages]
    folder.mkdir(parents=True, exist_ok=True)
    for shard in range(0, docs, SHARD_LINES):
        with (folder / f"shard-{shard // SHARD_LINES:05d}.jsonl").open("w", encoding="utf-8") as fh:
            for i in range(shard, min(docs, shard + SHARD_LINES)):
                kind, body = sources[i % len(sources)]
                fh.write(json.dumps({kind: body, "url": f"https://bench.invalid/{i}"}) + "\n")
    return docs


def _generated_corpus():
    """benchmarks/batch_corpus.py as a module (scripts here run with -P: no script path)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("batch_corpus", ROOT / "benchmarks" / "batch_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus_records(folder: Path) -> list[dict]:
    return [json.loads(line) for p in sorted(folder.glob("*.jsonl"))
            for line in p.open(encoding="utf-8")]


# ---------------------------------------------------------------- the runners


def partition_size(corpus: Path) -> int:
    """Enough partitions (40) for both workers to stay busy to the end, at most 1,000
    lines: a page of this corpus may cost 20 times another, and with 16 partitions one
    worker was still on its last while the other had finished."""
    docs = sum(1 for p in corpus.glob("*.jsonl") for _ in p.open("rb"))
    return max(5, min(1000, docs // 40))


def run_rw_1proc(corpus: Path, tmp: Path) -> dict:
    from recruitwatch.batch import ModelWarmup, partitions, prepare_out, run_partition
    from recruitwatch.options import Options

    options = Options()
    ModelWarmup(options).setup(None)  # the same warm-up a Dask worker gets
    parts = partitions([str(corpus)], partition_size(corpus))
    prepare_out(str(tmp / "out"))
    cpu, start = _cpu_seconds(), time.perf_counter()
    docs = sum(run_partition(p, str(tmp / "out"), options).documents for p in parts)
    return {"docs": docs, "seconds": time.perf_counter() - start, "peak_rss_mib": _peak(),
            "cpu_s": round(_cpu_seconds() - cpu, 2)}


def run_rw_dask(corpus: Path, tmp: Path, workers: int = 2) -> dict:
    from distributed import Client

    from recruitwatch.batch import ModelWarmup, local_cluster, run_batch
    from recruitwatch.options import Options

    options = Options()
    with local_cluster(workers) as cluster, Client(cluster) as client:
        client.register_plugin(ModelWarmup(options), name="recruitwatch-models")
        cpu = client.run(_cpu_seconds)
        start = time.perf_counter()
        summary = run_batch([str(corpus)], str(tmp / "out"), options, client=client,
                            records_per_partition=partition_size(corpus))
        seconds = time.perf_counter() - start
        cpu_after = client.run(_cpu_seconds)
    return {"docs": summary.documents, "seconds": seconds, "errors": summary.errors,
            "peak_rss_mib": max(summary.worker_peaks_mib),
            "worker_peaks_mib": summary.worker_peaks_mib,
            "cpu_s": round(sum(cpu_after[w] - cpu[w] for w in cpu), 2)}


def run_spacy_ner(corpus: Path, _tmp: Path) -> dict:
    import spacy

    from recruitwatch.clean.html import clean_html
    from recruitwatch.clean.text import clean_text
    from recruitwatch.extract.nlp import without_idle_embedders
    from recruitwatch.options import Options

    texts = [clean_html(r["html"]).body if "html" in r else clean_text(r["text"]).body
             for r in corpus_records(corpus)]
    nlp = without_idle_embedders(spacy.load(Options().spacy_model, enable=["tok2vec", "ner"]))
    start = time.perf_counter()
    docs = sum(1 for _ in nlp.pipe(texts, batch_size=32))
    return {"docs": docs, "seconds": time.perf_counter() - start, "peak_rss_mib": _peak()}


def run_diy(corpus: Path, _tmp: Path) -> dict:
    records = corpus_records(corpus)
    diy = DIY()
    diy.process("Warm-up: 5 people on 3 March 2023.")
    start = time.perf_counter()
    for rec in records:
        diy.process(diy.text_of(rec))
    return {"docs": len(records), "seconds": time.perf_counter() - start, "peak_rss_mib": _peak()}


class DIY:
    """The pipeline a user would script from the usual libraries, defaults throughout."""

    def __init__(self):
        import spacy
        import trafilatura
        from dateparser.search import search_dates
        from quantulum3 import parser

        from recruitwatch.options import Options

        self.nlp = spacy.load(Options().spacy_model)  # the full default pipeline
        self.trafilatura, self.quantities, self.search_dates = trafilatura, parser, search_dates

    def text_of(self, rec: dict) -> str:
        if "html" in rec:
            return self.trafilatura.extract(rec["html"]) or ""
        return rec["text"]

    def process(self, text: str) -> tuple:
        doc = self.nlp(text)
        quantities = self.quantities.parse(text)
        dates = self.search_dates(text) or []
        return doc, quantities, dates


def _peak() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _cpu_seconds() -> float:
    """CPU time of this process (user + system): in a worker, what its partitions cost."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


RUNNERS = {"rw-1proc": run_rw_1proc, "rw-dask2": run_rw_dask, "spacy-ner": run_spacy_ner,
           "diy": run_diy}


# ---------------------------------------------------------------- quality on the gold set


def quality() -> dict:
    """Gold-set figures for recruitwatch and the DIY pipeline on the fields both produce."""
    from recruitwatch.evaluate import (
        Counts, figures, load_gold, score_corpus, score_entities, score_language_date,
        score_quantities)

    golds = load_gold(ROOT / "tests" / "gold" / "annotations", ROOT)
    rw = figures(score_corpus(golds)["all"])
    diy, total = DIY(), Counts()
    for gold in golds:
        doc = diy_document(diy, gold.text)
        for fn in (score_language_date, score_quantities):
            total.add(fn(gold, doc))
        total.add(score_entities(gold, doc, canon=False))
    theirs = figures(total)
    keys = ("entities.f1", "entities.precision", "entities.recall", "quantities.f1",
            "quantities.precision", "quantities.recall", "quantities.modality_accuracy",
            "published.accuracy")
    return {"gold_documents": len(golds),
            "recruitwatch": {k: rw.get(k) for k in keys}, "diy": {k: theirs.get(k) for k in keys}}


_SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE",
                "FAC": "PLACE", "NORP": "GROUP"}
_UNITS = {"dimensionless": "people", "ruble": "RUB", "rouble": "RUB", "dollar": "USD",
          "united states dollar": "USD", "euro": "EUR", "percentage": "percent"}


def diy_document(diy: DIY, text: str):
    """The DIY output as a Document: spaCy labels mapped to ours, quantulum3 units mapped
    generously (a bare number counts as people, the commonest gold unit), the first date
    search_dates finds as the publication date. No modality: DIY has no notion of it."""
    from recruitwatch.model import Document, Entity, Published, Quantity

    doc, quants, dates = diy.process(text)
    ents: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        if ent.label_ in _SPACY_TYPES:
            key = (_SPACY_TYPES[ent.label_], ent.text)
            ents.setdefault(key, Entity(ent.text, key[0])).mentions.append((ent.start_char, ent.end_char))
    qs = [Quantity(float(q.value), _UNITS.get(q.unit.name.lower(), "other"), "", "exact", "other",
                   tuple(q.span), None, q.surface) for q in quants]
    published = Published(dates[0][1].date().isoformat(), "text", dates[0][0]) if dates else Published()
    return Document(id="diy", source="diy", body=text, entities=list(ents.values()),
                    quantities=qs, published=published, language="en")


# ---------------------------------------------------------------- driver


def measure(mode: str, corpus: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", mode, "--corpus", str(corpus)],
                         capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(f"{mode} failed:\n{out.stderr[-3000:]}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    result["docs_per_s"] = round(result["docs"] / result["seconds"], 2)
    result["seconds"] = round(result["seconds"], 2)
    return {"mode": mode, **result}


def child(mode: str, corpus: Path) -> dict:
    kind = "rw-dask2" if mode == "mem" else mode
    with tempfile.TemporaryDirectory() as tmp:
        return RUNNERS[kind](corpus, Path(tmp))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000, help="corpus size for the speed rows")
    ap.add_argument("--mem-scales", default="10000,100000",
                    help="corpus sizes for the memory rows ('' for none)")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--repeat", type=int, default=3,
                    help="rounds of the speed rows; the median round is reported")
    ap.add_argument("--once", default="", metavar="MODES",
                    help="modes to measure in the first round only (the slow DIY row)")
    ap.add_argument("--quick", action="store_true", help="300 docs, memory at 600 and 1200")
    ap.add_argument("--no-quality", action="store_true")
    ap.add_argument("--out", type=Path, help="write batch.json and BATCH.md here")
    ap.add_argument("--render", type=Path, metavar="JSON",
                    help="only write BATCH.md again from a batch.json (in --out)")
    ap.add_argument("--child")
    ap.add_argument("--corpus", type=Path)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.corpus)))
        return
    if args.render:
        (args.out or args.render.parent).joinpath("BATCH.md").write_text(
            markdown(json.loads(args.render.read_text(encoding="utf-8"))), encoding="utf-8")
        return
    if args.quick:
        args.docs, args.mem_scales = 300, "600,1200"
    report = run_all(args)
    if args.out:
        write_results(report, args.out)


def run_all(args) -> dict:
    runs: list[list[dict]] = []
    memory = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / f"corpus-{args.docs}"
        build_corpus(corpus, args.docs)
        # the modes in turn, ``--repeat`` rounds, every other round in reverse (A B, B A,
        # ...): this virtual machine's speed drifts by up to 20% over minutes, and a drift
        # must not favour the mode that always runs first
        for round_ in range(args.repeat):
            runs.append([])
            modes = args.modes.split(",")
            for mode in modes[::-1] if round_ % 2 else modes:
                if round_ and mode in args.once.split(","):
                    continue
                runs[-1].append(measure(mode, corpus) | {"round": round_ + 1})
                _say(runs[-1][-1])
        for scale in [int(s) for s in args.mem_scales.split(",") if s]:
            # the generated short reports (benchmarks/batch_corpus.py): 100,000 of them
            # take minutes where the speed rows' long pages would take hours
            big = Path(tmp) / f"generated-{scale}"
            _generated_corpus().build(big, scale)
            memory.append(measure("mem", big) | {"corpus_docs": scale})
            _say(memory[-1])
    import os

    rows = [_median_row([r for rnd in runs for r in rnd if r["mode"] == mode])
            for mode in args.modes.split(",")]
    report = {"command": shlex.join([Path(sys.executable).name, *sys.argv]),
              "load_average": [round(x, 1) for x in os.getloadavg()],
              "corpus_docs": args.docs, "rounds": args.repeat, "rows": rows,
              "runs": [r for rnd in runs for r in rnd], "memory": memory,
              "ratios": ratios(rows), "ratios_per_round": [ratios(rnd) for rnd in runs]}
    report["ratios_median_of_rounds"] = {
        k: statistics.median(r[k] for r in report["ratios_per_round"] if k in r)
        for k in report["ratios"]}
    if not args.no_quality:
        report["quality"] = quality()
    print(json.dumps(report["ratios"], indent=1))
    return report


def _median_row(runs: list[dict]) -> dict:
    """The run with the median rate, and the spread of all rounds."""
    ranked = sorted(runs, key=lambda r: r["docs_per_s"])
    row = dict(ranked[len(ranked) // 2])
    row.pop("round", None)
    row["docs_per_s_range"] = [ranked[0]["docs_per_s"], ranked[-1]["docs_per_s"]]
    return row


def _say(r: dict) -> None:
    cpu = f"  cpu {r['cpu_s']:7.1f} s" if "cpu_s" in r else ""
    print(f"  {r['mode']:10s} {r['docs']:7d} docs {r['seconds']:9.2f} s {r['docs_per_s']:8.2f} docs/s"
          f"  peak {r['peak_rss_mib']:7.1f} MiB{cpu}", flush=True)


def ratios(rows: list[dict]) -> dict:
    by = {r["mode"]: r["docs_per_s"] for r in rows}
    out = {}
    if "rw-1proc" in by and "rw-dask2" in by:
        out["dask2_over_1proc"] = round(by["rw-dask2"] / by["rw-1proc"], 2)
    if "rw-1proc" in by and "diy" in by:
        out["rw_1proc_over_diy"] = round(by["rw-1proc"] / by["diy"], 2)
    if "rw-1proc" in by and "spacy-ner" in by:
        out["rw_1proc_over_spacy_ner"] = round(by["rw-1proc"] / by["spacy-ner"], 2)
    return out


def write_results(report: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / "batch.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    (out / "BATCH.md").write_text(markdown(report), encoding="utf-8")


_LABELS = {"rw-1proc": "recruitwatch full pipeline, 1 process",
           "rw-dask2": "recruitwatch full pipeline, local Dask cluster, 2 workers",
           "spacy-ner": "bare spaCy NER pass (cleaned text, NER only)",
           "diy": "DIY: trafilatura + full spaCy + quantulum3 + dateparser"}


def markdown(report: dict) -> str:
    rounds = report.get("rounds", 1)
    lines = ["# Batch benchmark", "", "Command:", "", f"    {report['command']}", "",
             f"Speed rows on {report['corpus_docs']} documents (seeds as text, benchmark pages "
             "as HTML, JSONL shards of 1,000 lines, cut into 40 partitions or partitions of 1,000 "
             f"lines); models loaded before timing; {rounds} rounds of the modes in turn (every "
             "other round in reverse order), the median round shown with the range of all; "
             "CPU is the user + system time of the process(es) doing the work (the Dask "
             "workers, not the scheduler or client); 2-core machine, load average "
             f"{report.get('load_average', '?')} at the end.",
             "", "| run | docs | seconds | docs/s (median) | docs/s range | CPU s | peak RSS MiB |",
             "|---|---:|---:|---:|---|---:|---:|"]
    lines += [f"| {_LABELS[r['mode']]} | {r['docs']} | {r['seconds']} | {r['docs_per_s']} | "
              f"{'–'.join(str(x) for x in r.get('docs_per_s_range', []))} | {r.get('cpu_s', '')} | "
              f"{r['peak_rss_mib']} |" for r in report["rows"]]
    lines += ["", "Ratios of the medians: "
              + ", ".join(f"{k} = {v}x" for k, v in report["ratios"].items()), ""]
    if len(report.get("ratios_per_round", [])) > 1:  # a --once mode has one round
        keys = list(report["ratios"])
        lines += ["Ratios within each round: " + "; ".join(
            f"{k} " + ", ".join(f"{r[k]}x" for r in report["ratios_per_round"] if k in r)
            for k in keys),
            "", "Median of the ratios within rounds: " + ", ".join(
                f"{k} = {v}x" for k, v in report.get("ratios_median_of_rounds", {}).items()), ""]
    if report["memory"]:
        lines += ["Peak memory per Dask worker (2 workers) by corpus size:", "",
                  "| documents | docs/s | worker peaks MiB |", "|---:|---:|---|"]
        lines += [f"| {m['corpus_docs']} | {m['docs_per_s']} | "
                  f"{', '.join(str(p) for p in m['worker_peaks_mib'])} |" for m in report["memory"]]
        lines.append("")
    if "quality" in report:
        q = report["quality"]
        lines += [f"Quality on the gold set ({q['gold_documents']} documents):", "",
                  "| metric | recruitwatch | DIY |", "|---|---:|---:|"]
        lines += [f"| {k} | {v} | {q['diy'][k]} |" for k, v in q["recruitwatch"].items()]
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
