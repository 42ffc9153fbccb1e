"""A review made from a gold annotation: what a careful reviewer who agreed with the gold
would have decided on each extraction of the document. It checks that review scoring means
what the gold scorer means (``review score`` on such a store gives the gold figures), and it
seeds a store's review from annotated documents.

Per kind, with the gold scorer's own pairing (``evaluate``):

- quantities paired on value and unit: confirmed, or corrected where the modality, approx
  or the head of what it counts differs; unpaired ones rejected; gold ones missed, added;
- claims paired at their anchor: confirmed or corrected (speaker, via, stance, hedged);
  predicted claims holding no gold anchor rejected; gold claims missed, added;
- measures paired at their anchor with the same type: confirmed; a restatement of a type
  the gold has noted; any other rejected; gold measures missed, added;
- entities whose (type, canonical name) the gold has: confirmed; others rejected; gold
  entities missed, added at the first place their words occur.
"""

from __future__ import annotations

from recruitwatch.evaluate import (
    GoldDoc, anchor_span, head_matches, name_key, pair_claims, pair_quantities, speaker_matches)
from recruitwatch.model import Document
from recruitwatch.review.core import Review, anchored, item_fields, item_span

REVIEWER = "gold"


def gold_reviews(gold: GoldDoc, doc: Document) -> tuple[list[Review], int]:
    """The reviews, and how many gold items could not be anchored in the body."""
    out: list[Review] = []
    unanchored = 0

    def decide(kind, item, action, fields=None, note=None):
        out.append(anchored(doc, kind, item_span(kind, item), action, fields=fields or {},
                            machine=item_fields(kind, item), note=note, reviewer=REVIEWER))

    def add(kind, span, fields):
        nonlocal unanchored
        if span is None:
            unanchored += 1
            return
        out.append(anchored(doc, kind, span, "add", fields=fields, machine=None,
                            reviewer=REVIEWER))

    # quantities
    pairs = pair_quantities(gold.ann["quantities"], doc.quantities)
    paired = {id(p) for _, p in pairs}
    for g, p in pairs:
        fields = {k: g[k] for k in ("modality", "approx") if getattr(p, k) != g[k]}
        if not head_matches(g["counts"], p.counts):
            fields["counts"] = g["counts"]
        decide("quantity", p, "correct" if fields else "confirm", fields)
    for p in doc.quantities:
        if id(p) not in paired:
            decide("quantity", p, "reject")
    matched = {id(g) for g, _ in pairs}
    for g in gold.ann["quantities"]:
        if id(g) not in matched:
            add("quantity", anchor_span(doc.body, g["text"]),
                {k: g.get(k) for k in ("value", "high", "unit", "counts", "approx", "modality")})

    # claims
    cpairs = pair_claims(gold, doc)
    for g, p in cpairs:
        fields = {}
        if not speaker_matches(g["speaker"], p.speaker):
            fields["speaker"] = g["speaker"]
        if [name_key(v) for v in p.via] != [name_key(v) for v in g["via"]]:
            fields["via"] = list(g["via"])
        for k in ("stance", "hedged"):
            if getattr(p, k) != g[k]:
                fields[k] = g[k]
        decide("claim", p, "correct" if fields else "confirm", fields)
    used = {id(p) for _, p in cpairs}
    for p in doc.claims:
        if id(p) not in used:
            decide("claim", p, "reject")
    found = {id(g) for g, _ in cpairs}
    for g in gold.ann["claims"]:
        if id(g) not in found:
            add("claim", anchor_span(doc.body, g["anchor"]),
                {k: g[k] for k in ("speaker", "via", "stance", "hedged")})

    # measures
    used_m: set[int] = set()
    for g in gold.ann["measures"]:
        span = anchor_span(doc.body, g["anchor"])
        match = None if span is None else next(
            (i for i, p in enumerate(doc.measures) if i not in used_m and p.type == g["type"]
             and p.span[0] < span[1] and span[0] < p.span[1]), None)
        if match is None:
            add("measure", span, {"type": g["type"], "groups": list(g["groups"]),
                                  "places": list(g.get("places", []))})
            continue
        used_m.add(match)
        decide("measure", doc.measures[match], "confirm")
    gold_types = {g["type"] for g in gold.ann["measures"]}
    for i, p in enumerate(doc.measures):
        if i in used_m:
            continue
        if p.type in gold_types:
            decide("measure", p, "note", note="restates a measure the report names elsewhere")
        else:
            decide("measure", p, "reject")

    # entities
    want = {(e["type"], name_key(e["canonical"])): e for e in gold.ann["entities"]}
    got = set()
    for e in doc.entities:
        key = (e.type, name_key(e.name))
        got.add(key)
        decide("entity", e, "confirm" if key in want else "reject")
    for key, g in want.items():
        if key not in got:
            add("entity", anchor_span(doc.body, g["text"]), {"name": g["canonical"], "type": g["type"]})
    return out, unanchored
