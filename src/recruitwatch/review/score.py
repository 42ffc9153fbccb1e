"""The user's own accuracy figure: the extractors scored against what people reviewed.

Each standing decision (the latest on its words) is set against what the extractors say
at those words now (``Review.machine``, refreshed at every re-processing):

- confirmed: right (a true positive, every field right);
- corrected or added: a true positive when the extractors found something there, its
  fields right except those the person changed; a false negative when they found nothing;
- rejected: a false positive when the extractors still find it.

Notes are not counted. The figures use the names of the gold scorer (``evaluate.figures``)
so the two can be read side by side.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from recruitwatch.review.core import IDENTITY, Review

_PREFIX = {"quantity": "q", "claim": "claims", "measure": "mm", "entity": "ent"}


def standing(reviews: list[Review]) -> list[Review]:
    """The latest decision on each extraction's words; undone, lost and notes left out."""
    latest: dict[tuple, Review] = {}
    for r in reviews:
        if r.undone_at or r.lost_at or r.action in ("note", "merge"):
            continue
        # an added item is apart from a decision on what the extractors found at its words,
        # and two extractions at the same words (two speakers of a sentence) apart too
        who = ((r.fields if r.action == "add" else r.machine) or {}).get(IDENTITY[r.kind])
        latest[(r.doc_id, r.kind, r.span, r.action == "add", who)] = r
    return list(latest.values())


def same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    return a == b


def tally(reviews: list[Review]) -> Counter:
    n: Counter = Counter()
    for r in standing(reviews):
        p = _PREFIX[r.kind]
        n[f"{r.kind}.reviewed"] += 1
        if r.action == "reject":
            n[f"{p}.fp"] += r.machine is not None
            continue
        if r.machine is None:
            n[f"{p}.fn"] += 1
            continue
        n[f"{p}.tp"] += 1
        for name, value in r.machine.items():
            n[f"{r.kind}.{name}.total"] += 1
            n[f"{r.kind}.{name}.right"] += name not in r.fields or same(r.machine[name], r.fields[name])
    return n


def figures(reviews: list[Review]) -> dict[str, Any]:
    """Rates (with the counts behind them) per kind and field."""
    n = tally(reviews)
    out: dict[str, Any] = {}
    names = {"quantity": "quantities", "claim": "claims", "measure": "measures.type",
             "entity": "entities"}
    for kind, p in _PREFIX.items():
        tp, fp, fn = n[f"{p}.tp"], n[f"{p}.fp"], n[f"{p}.fn"]
        if not (tp or fp or fn):
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        base = names[kind]
        out[f"{base}.precision"] = round(prec, 3)
        out[f"{base}.recall"] = round(rec, 3)
        out[f"{base}.f1"] = round(f1, 3)
        out[f"{base}.counts"] = {"tp": tp, "fp": fp, "fn": fn, "reviewed": n[f"{kind}.reviewed"]}
        for key in sorted(k for k in n if k.startswith(f"{kind}.") and k.endswith(".total")):
            field = key.split(".")[1]
            total = n[key]
            out[f"{base}.{field}_accuracy"] = round(n[f"{kind}.{field}.right"] / total, 3)
    return out
