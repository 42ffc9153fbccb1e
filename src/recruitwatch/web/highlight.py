"""A document body cut into segments for highlighting, as plain data.

Spans overlap (an entity inside a quantity inside a claim inside a measure), so the body is
cut at every span boundary; each segment lists the spans covering it. The first segment of a
span carries its anchor and its kind label, so a link to ``#quantities-3`` lands on the words
and the reader sees what was extracted there. Text stays text: templates escape it.
"""

from __future__ import annotations

from typing import Any

from recruitwatch.model import Document

# Drawing order: long spans first, so short ones read as nested inside them.
KIND_ORDER = ("measures", "claims", "quantities", "entities")


def extraction_spans(doc: Document) -> list[dict[str, Any]]:
    """Every extraction span in ``doc`` with its kind, anchor and a short label."""
    n = len(doc.body)
    spans: list[dict[str, Any]] = []

    def add(kind: str, ord_: int, start: int, end: int, label: str, sub: str) -> None:
        start, end = max(0, start), min(n, end)
        if start < end:
            spans.append({"kind": kind, "ord": ord_, "start": start, "end": end,
                          "label": label, "sub": sub, "ref": f"{kind}-{ord_}"})

    for i, m in enumerate(doc.measures):
        add("measures", i, *m.span, m.type.replace("_", " "), m.type)
    for i, c in enumerate(doc.claims):
        add("claims", i, *c.span, f"{c.stance} · {c.speaker}", c.stance)
    for i, q in enumerate(doc.quantities):
        add("quantities", i, *q.span, q.modality, q.modality)
    for i, e in enumerate(doc.entities):
        for j, (start, end) in enumerate(e.mentions):
            add("entities", i, start, end, e.type.lower(), e.type.lower())
            spans[-1]["ref"] = f"entities-{i}" if j == 0 else f"entities-{i}-{j}"
            spans[-1]["name"] = e.name
    spans.sort(key=lambda s: (s["start"], KIND_ORDER.index(s["kind"]), -s["end"]))
    return spans


def segments(body: str, spans: list[dict[str, Any]], focus: str | None = None) -> list[dict[str, Any]]:
    """``body`` cut at every span boundary; each piece names the spans covering it."""
    cuts = sorted({0, len(body), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s["start"] <= a and b <= s["end"]]
        starting = [s for s in covering if s["start"] == a]
        out.append({
            "text": body[a:b],
            "kinds": sorted({s["kind"] for s in covering}, key=KIND_ORDER.index),
            "subs": sorted({f'{s["kind"]}-{s["sub"]}' for s in covering}),
            "starts": [{"ref": s["ref"], "kind": s["kind"], "label": s["label"]} for s in starting],
            "focus": bool(focus) and any(s["ref"] == focus for s in covering),
            "entity": next((s["name"] for s in covering if s["kind"] == "entities"), None),
        })
    return out
