"""Score linking across documents (stories, facts, denials) on tests/gold/links.json.

    .venv/bin/python benchmarks/score_links.py [--no-models] [--json OUT] [--show-errors]

Also scores story pairs on the real corpus (../shared/corpus/real, the manifest's
`same_story_as`), with the dev and test files' pairs apart (`real` in the JSON).

Pair precision/recall/F1: stories (documents in one story), facts (mentions in different
documents of one fact), denials (a denial and the assertion it denies).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# benchmarks/profile.py would shadow the standard library's `profile` (which spaCy imports
# through cProfile) when this script runs from this directory
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

from recruitwatch.evaluate_links import score_gold_links, score_real_stories
from recruitwatch.options import Options

ROOT = Path(__file__).resolve().parent.parent
LINKS = ROOT / "tests" / "gold" / "links.json"


def run(use_models: bool = True) -> dict:
    options = Options(use_models=use_models)
    result = score_gold_links(LINKS, ROOT, options)
    result["real"] = score_real_stories(ROOT, options)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-models", action="store_true", help="rules and gazetteer only")
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT")
    ap.add_argument("--show-errors", action="store_true", help="list false and missed pairs")
    args = ap.parse_args(argv)
    result = run(use_models=not args.no_models)
    for part in ("stories", "facts", "denials"):
        s = result[part]
        print(f"{part:<8} precision {s['precision']:.3f}  recall {s['recall']:.3f}  "
              f"f1 {s['f1']:.3f}  ({s['true_pairs']} of {s['gold_pairs']} gold pairs, "
              f"{s['pred_pairs']} predicted)")
    for part in ("all", "dev", "test"):
        s = result["real"].get(part)
        if s:
            print(f"real stories ({part:<4}) precision {s['precision']:.3f}  recall {s['recall']:.3f}"
                  f"  ({s['true_pairs']} of {s['gold_pairs']} gold pairs, {s['pred_pairs']} predicted)")
    if args.show_errors:
        print(json.dumps(result["errors"], ensure_ascii=False, indent=1))
        print(json.dumps(result["real"].get("errors", {}), ensure_ascii=False, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
