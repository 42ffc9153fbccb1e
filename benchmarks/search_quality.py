"""Search quality on inflected Russian and Ukrainian queries, before and after the terms index.

    .venv/bin/python -P benchmarks/search_quality.py [--json OUT]

The real-dev reports of ../shared/corpus/real are ingested (rules only, no models) into a
temporary store. Each query below is a word in an inflected form the reports mostly do not
use; a report is relevant when it holds any form of the word's family (the judgement,
written as a regular expression beside the query). "before" is the full-text index with
its prefix retry (the search of earlier versions); "after" is `Store.search` with the
terms index (lemmas, stems). Figures: precision@10 and recall, averaged over the queries.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

from recruitwatch.evaluate import real_manifest, shared_dir
from recruitwatch.ingest_run import ingest
from recruitwatch.options import Options
from recruitwatch.store import Store
from recruitwatch.store.db import stem_query

ROOT = Path(__file__).resolve().parent.parent

# (query, the word family that makes a report relevant)
QUERIES = [
    ("вербовали", r"вербу(?:ет|ют|ю)|вербов"),
    ("мобилизацией", r"мобилизац"),
    ("мобілізацією", r"мобілізац"),
    ("выплатами", r"выплат"),
    ("контрактами", r"контракт"),
    ("контрактів", r"контракт"),
    ("повестками", r"повестк"),
    ("повістками", r"повістк"),
    ("заключённым", r"заключ[её]нн"),
    ("призывом", r"призыв"),
    ("добровольцами", r"добровол"),
    ("погибших", r"погиб"),
]


def build(folder: Path) -> tuple[Store, dict[str, str]]:
    """A store of the real-dev reports; returns it and document id → text."""
    rows = [r for r in real_manifest(ROOT).values() if r["split"] == "dev"]
    corpus = folder / "dev.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for row in rows:
            text = (shared_dir(ROOT) / "corpus" / "real" / row["file"]).read_text(encoding="utf-8")
            out.write(json.dumps({"url": row["url"], "text": text} if row["url"] else {"text": text},
                                 ensure_ascii=False) + "\n")
    store = Store(folder / "search.db")
    ingest(store, [str(corpus)], Options(use_models=False))
    bodies = {r[0]: r[1] for r in store.conn.execute("SELECT id, body FROM documents")}
    return store, bodies


def old_search(store: Store, query: str) -> list[str]:
    hits = store._search(query, 10, None, None, None, None)
    stems = stem_query(query)
    if not hits and stems != query:
        hits = store._search(stems, 10, None, None, None, None)
    return [h.id for h in hits]


def score(found: list[str], relevant: set[str]) -> tuple[float, float]:
    top = found[:10]
    precision = sum(d in relevant for d in top) / len(top) if top else 0.0
    recall = sum(d in relevant for d in found) / len(relevant) if relevant else 1.0
    return precision, recall


def run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store, bodies = build(Path(tmp))
        with store:
            rows = []
            for query, family in QUERIES:
                relevant = {i for i, b in bodies.items() if re.search(family, b, re.IGNORECASE)}
                before = score(old_search(store, query), relevant)
                after = score([h.id for h in store.search(query, limit=50)], relevant)
                rows.append({"query": query, "relevant": len(relevant), "before": before,
                             "after": after})
    mean = {side: [round(sum(r[side][k] for r in rows) / len(rows), 3) for k in (0, 1)]
            for side in ("before", "after")}
    return {"queries": rows, "precision_at_10": {s: m[0] for s, m in mean.items()},
            "recall": {s: m[1] for s, m in mean.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", metavar="OUT")
    args = ap.parse_args(argv)
    if not real_manifest(ROOT):
        print("error: ../shared/corpus/real is not beside the repository", file=sys.stderr)
        return 1
    result = run()
    for r in result["queries"]:
        print(f"{r['query']:<16} relevant {r['relevant']:>2}  before P@10 {r['before'][0]:.2f} "
              f"R {r['before'][1]:.2f}  after P@10 {r['after'][0]:.2f} R {r['after'][1]:.2f}")
    print(f"\nmean precision@10: before {result['precision_at_10']['before']:.3f}, "
          f"after {result['precision_at_10']['after']:.3f}")
    print(f"mean recall:       before {result['recall']['before']:.3f}, "
          f"after {result['recall']['after']:.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
