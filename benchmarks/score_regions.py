"""Score region resolution and payment fields on the regions gold (tests/gold/regions.json).

    .venv/bin/python -P benchmarks/score_regions.py [--gold PATH] [--json OUT] [--show-errors]

The gold, written blind from the texts alone, lists
- places: {"file", "line", "text": the place as written, "subject": the official English
  name of its federal subject, "country:<name>" or "occupied:<name>"}; a place is right when
  ``resolve_mention``, reading the words where they stand on their line (as the pipeline reads
  an entity's mention in the report), puts them in the same subject, territory or country
  (compared by ISO code, so "Republic of Bashkortostan" and "Bashkortostan" agree); words not
  found on their line are read alone by ``resolve_place``;
- payments: {"file", "line", "anchor": the words of the sum, "periodicity", "level",
  "recipients"}; the document is run through the pipeline, the payment at the anchor found,
  and each field compared (recipients as a set). A payment not found counts wrong in every
  field.

Files are named as in tests/gold/annotations ("demo/...", "seeds/...", "corpus/real/...").
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import lru_cache
from pathlib import Path

from recruitwatch.evaluate import GoldDoc, gold_record, real_manifest, resolve_gold_file
from recruitwatch.regions.payments import Payment, payments
from recruitwatch.regions.places import Region, country, resolve_mention, resolve_place

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "regions.json"
RESULTS = ROOT / "benchmarks" / "results" / "regions.json"
FIELDS = ("periodicity", "level", "recipients")


def gold_region(label: str) -> Region | None:
    """The region a gold label names: "Republic of Tatarstan", "country:Kazakhstan",
    "occupied:Crimea", "region:Siberia"; None for "unknown"."""
    kind, _, name = label.partition(":") if ":" in label else ("subject", "", label)
    if label == "unknown":
        return None
    if kind == "country":
        return country(name) or resolve_place(name)
    if kind == "region":
        return Region("region", name, "")
    return resolve_place(name)


def same_region(gold_label: str, predicted: Region | None) -> bool:
    """Subjects, territories and countries compared by ISO code, larger areas by name; an
    "unknown" place is right when nothing is resolved either."""
    gold = gold_region(gold_label)
    if gold is None or predicted is None:
        return gold is None and predicted is None and gold_label == "unknown"
    if gold.kind == "region":
        return predicted.kind == "region" and predicted.name.lower() == gold.name.lower()
    return (gold.kind, gold.code) == (predicted.kind, predicted.code)


def gold_path(file: str) -> Path:
    """Paths as the gold names them: from the repository root ("examples/demo/...",
    "tests/gold/heldout/..."), or the real corpus and seeds in ../shared."""
    if (ROOT / file).exists():
        return ROOT / file
    return resolve_gold_file(file, ROOT)


def place_of(item: dict) -> Region | None:
    """Where the tool puts the gold's words, read in their line ("asked Moscow to" is Russia)."""
    lines = gold_path(item["file"]).read_text(encoding="utf-8").splitlines()
    line = lines[item["line"]] if 0 <= item["line"] < len(lines) else ""
    at = line.find(item["text"])
    if at < 0:
        return resolve_place(item["text"])
    return resolve_mention(line, at, at + len(item["text"]))


def score_places(items: list[dict]) -> tuple[int, list[str]]:
    right, errors = 0, []
    for item in items:
        predicted = place_of(item)
        if same_region(item["subject"], predicted):
            right += 1
        else:
            errors.append(f"{item['file']}:{item['line']} {item['text']!r}: gold {item['subject']!r},"
                          f" got {predicted.label if predicted else None!r}")
    return right, errors


@lru_cache(maxsize=None)
def _document(file: str):
    from recruitwatch.options import Options
    from recruitwatch.pipeline import process

    text = gold_path(file).read_text(encoding="utf-8")
    url = real_manifest(ROOT).get(Path(file).name, {}).get("url")
    subset = "real-dev" if "corpus/real/" in file else "demo"
    return process(gold_record(GoldDoc(Path(file).stem, subset, text, {"file": file}, url)), Options())


def find_payment(doc, line_text: str, anchor: str) -> Payment | None:
    """The payment whose sum (or its bracketed conversion) the anchor's words are, on the
    gold line's text in the cleaned body (else anywhere in it)."""
    near = doc.body.find(line_text.strip()[:60]) if line_text.strip() else -1
    start = doc.body.find(anchor, max(near, 0))
    if start < 0:
        start = doc.body.find(anchor)
    if start < 0:
        return None
    end = start + len(anchor)
    for p in payments(doc):
        tail = p.span[1] + (40 if p.converted else 0)
        if p.span[0] < end and start < tail:
            return p
    return None


def score_payments(items: list[dict]) -> tuple[dict[str, int], list[str]]:
    right = {"found": 0, **{f: 0 for f in FIELDS}}
    errors = []
    for item in items:
        doc = _document(item["file"])
        lines = gold_path(item["file"]).read_text(encoding="utf-8").splitlines()
        line = lines[item["line"]] if 0 <= item["line"] < len(lines) else ""
        p = find_payment(doc, line, item["anchor"])
        if p is None:
            errors.append(f"{item['file']}:{item['line']} {item['anchor']!r}: no payment found")
            continue
        right["found"] += 1
        got = {"periodicity": p.periodicity, "level": p.level, "recipients": sorted(p.recipients)}
        want = {**{f: item.get(f) for f in FIELDS}, "recipients": sorted(item.get("recipients") or [])}
        for f in FIELDS:
            if got[f] == want[f]:
                right[f] += 1
            else:
                errors.append(f"{item['file']}:{item['line']} {item['anchor']!r} {f}: gold {want[f]!r}, got {got[f]!r}")
    return right, errors


def scores(gold: dict) -> tuple[dict[str, float], list[str]]:
    places, payment_items = gold.get("places", []), gold.get("payments", [])
    place_right, place_errors = score_places(places)
    pay_right, pay_errors = score_payments(payment_items)
    out = {"places.count": len(places), "payments.count": len(payment_items),
           "places.accuracy": _rate(place_right, len(places))}
    for key, n in pay_right.items():
        out[f"payments.{key}" if key == "found" else f"payments.{key}_accuracy"] = _rate(n, len(payment_items))
    return out, place_errors + pay_errors


def _rate(n: int, total: int) -> float:
    return round(n / total, 3) if total else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--json", metavar="OUT", help=f"write the figures as JSON (e.g. {RESULTS})")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args(argv)
    path = Path(args.gold)
    if not path.exists():
        print(f"{path} does not exist yet: the regions gold is written blind by an annotator", file=sys.stderr)
        return 1
    figures, errors = scores(json.loads(path.read_text(encoding="utf-8")))
    for key, value in figures.items():
        print(f"{key:34s} {value}")
    if args.show_errors:
        print("\n".join(errors))
    if args.json:
        Path(args.json).write_text(json.dumps({"command": "python -P benchmarks/score_regions.py "
                                               + " ".join(argv or sys.argv[1:]), **figures}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
