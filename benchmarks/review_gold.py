"""Review scoring against the gold scorer: a store whose review is imported from the gold
annotations must score as the gold scorer does on the same documents.

    .venv/bin/python -P benchmarks/review_gold.py [--subset real-dev] [--no-models]

Ingests the subset's documents into a temporary store, turns each annotation into the
decisions a reviewer agreeing with it would make (``review.gold``), imports them as
JSON Lines records (the path ``recruitwatch review import`` takes), and prints
``review score``'s figures beside the gold scorer's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from recruitwatch.evaluate import SUBSETS, figures, load_gold
from recruitwatch.options import Options
from recruitwatch.review import ledger
from recruitwatch.review.gold import gold_store
from recruitwatch.review.score import figures as review_figures
from recruitwatch.store import Store

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [("quantities.f1", "quantities.f1"),
         ("quantities.modality_accuracy", "quantities.modality_accuracy"),
         ("quantities.approx_accuracy", "quantities.approx_accuracy"),
         ("quantities.head_accuracy", "quantities.counts_accuracy"),
         ("claims.found", "claims.recall"),
         ("claims.speaker_accuracy", "claims.speaker_accuracy"),
         ("claims.via_accuracy", "claims.via_accuracy"),
         ("claims.stance_accuracy", "claims.stance_accuracy"),
         ("claims.hedged_accuracy", "claims.hedged_accuracy"),
         ("entities.f1", "entities.f1"),
         ("measures.type_recall", "measures.type.recall"),
         ("measures.type_precision", "measures.type.precision")]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subset", action="append", choices=SUBSETS)
    ap.add_argument("--no-models", action="store_true")
    args = ap.parse_args(argv)
    options = Options(use_models=not args.no_models)
    golds = load_gold(ROOT / "tests" / "gold" / "annotations", ROOT,
                      subsets=args.subset or ["real-dev"])
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "g.db") as store:
        total, records, unanchored = gold_store(golds, store, options)
        summary = ledger.import_records(store, records)
        mine = review_figures(ledger.all_reviews(store, include_undone=False))
    want = figures(total)
    print(f"{len(golds)} documents, {summary['imported']} reviews imported, "
          f"{len(summary['conflicts'])} conflicts, {unanchored} gold items not anchorable\n")
    print(f"{'gold scorer':34} {'':>7}   {'review score':34}")
    for g, r in PAIRS:
        print(f"{g:34} {want.get(g, float('nan')):7.3f}   {r:34} {mine.get(r, float('nan')):7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
