"""Score recruitwatch on the annotated gold set (tests/gold/) against a raw baseline.

    .venv/bin/python -P benchmarks/score_gold.py [--subset NAME ...] [--json OUT] [--show-errors]

Subsets: seeds, demo, dev2, heldout, real-dev, real-test (the real corpus in
../shared/corpus/real, fed as `{url, text}` JSON Lines as users' scrapers export it).

The baseline is raw spaCy entities and every number token as a quantity (modality
"other") on the uncleaned text, to show what the pipeline adds: `baseline` on the
documents of "all", `base-real` on real-dev. "all" is seeds + demo;
the blind held-out set is its own column (and the baseline leaves it out unless it is
the only subset scored), so adding it moves no recorded figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from recruitwatch.evaluate import (
    ALL_SUBSETS, BLIND_SUBSETS, SUBSETS, figures, load_gold, score_baseline_corpus, score_corpus)
from recruitwatch.options import Options

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests" / "gold" / "annotations"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--subset", choices=SUBSETS, action="append",
                    help="score only this subset (repeatable; default all three)")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT")
    ap.add_argument("--show-errors", action="store_true",
                    help="list every miss of the development subsets (the held-out set's only "
                         "with --subset heldout alone; real-test's never)")
    ap.add_argument("--no-baseline", action="store_true", help="skip the spaCy baseline")
    return ap.parse_args(argv)


def table(columns: dict[str, dict[str, float]]) -> str:
    names = sorted({k for col in columns.values() for k in col})
    width = max(len(n) for n in names)
    head = f"{'metric':<{width}}  " + "  ".join(f"{c:>8}" for c in columns)
    rows = [f"{n:<{width}}  " + "  ".join(_cell(col.get(n)) for col in columns.values())
            for n in names]
    return "\n".join([head, "-" * len(head), *rows])


def _cell(value: float | None) -> str:
    return f"{value:>8.3f}" if value is not None else f"{'-':>8}"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    golds = load_gold(ANNOTATIONS, ROOT, subsets=args.subset or SUBSETS)
    options = Options()
    counts = score_corpus(golds, options)
    if not args.no_baseline:
        # the baseline scores what "all" scores, so the two columns compare
        base_golds = [g for g in golds if g.subset in ALL_SUBSETS] or golds
        counts["baseline"] = score_baseline_corpus(base_golds, options.spacy_model)
        real_dev = [g for g in golds if g.subset == "real-dev"]
        if real_dev:  # and what it adds on real reporting
            counts["base-real"] = score_baseline_corpus(real_dev, options.spacy_model)
    order = [k for k in ("all", *SUBSETS, "baseline", "base-real") if k in counts]
    columns = {name: figures(counts[name]) for name in order}
    print(f"{len(golds)} gold documents\n")
    print(table(columns))
    if "baseline" in columns:
        ours_col = columns.get("all") or columns[order[0]]
        print("\nrecruitwatch / baseline:")
        for metric in ("quantities.f1", "quantities.modality_accuracy", "entities.PERSON.f1",
                       "entities.f1"):
            ours, base = ours_col[metric], columns["baseline"].get(metric)
            if base:
                print(f"  {metric:30s} {ours:.3f} / {base:.3f} = {ours / base:.1f}x")
    if args.show_errors:
        print("\nerrors:")
        # blind subsets stay blind: held-out misses only when it alone is asked for,
        # real-test misses never (it is scored in aggregate only)
        names = [n for n in order if n not in ("baseline", "base-real", *ALL_SUBSETS, *BLIND_SUBSETS)]
        if args.subset == ["heldout"]:
            names = ["heldout"]
        for name in names:
            print("\n".join(f"  {e}" for e in counts[name].errors))
    if args.json:
        Path(args.json).write_text(json.dumps(columns, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
