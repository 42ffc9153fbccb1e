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
    Counts, GoldDoc, anchor_span, gold_record, score_document, claim_checks, entity_key, pair_claims, pair_measures, pair_quantities,
    quantity_checks)
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

    def judge(kind, pairs, predicted, golds, checks, anchor, fields):
        """Pairs confirmed or corrected to the gold where a check fails; unpaired
        predictions rejected; unpaired gold items added at their words."""
        for g, p in pairs:
            fix = {k: g[k] for k, ok in checks(g, p).items() if not ok}
            decide(kind, p, "correct" if fix else "confirm", fix)
        used, found = {id(p) for _, p in pairs}, {id(g) for g, _ in pairs}
        for p in predicted:
            if id(p) not in used:
                decide(kind, p, "reject")
        for g in golds:
            if id(g) not in found:
                add(kind, anchor_span(doc.body, g[anchor]), {k: g.get(k) for k in fields})

    golds = gold.ann["quantities"]
    judge("quantity", pair_quantities(golds, doc.quantities), doc.quantities, golds,
          quantity_checks, "text", ("value", "high", "unit", "counts", "approx", "modality"))
    judge("claim", pair_claims(gold, doc), doc.claims, gold.ann["claims"], claim_checks,
          "anchor", ("speaker", "via", "stance", "hedged"))

    # measures
    used_m: set[int] = set()
    for g, span, match in pair_measures(gold, doc):
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
    want = {entity_key(e["type"], e["canonical"]): e for e in gold.ann["entities"]}
    got = set()
    for e in doc.entities:
        key = entity_key(e.type, e.name)
        got.add(key)
        decide("entity", e, "confirm" if key in want else "reject")
    for key, g in want.items():
        if key not in got:
            add("entity", anchor_span(doc.body, g["text"]), {"name": g["canonical"], "type": g["type"]})
    return out, unanchored


def gold_store(golds: list[GoldDoc], store, options) -> tuple[Counts, list[dict], int]:
    """Process each gold document into ``store`` as a user would feed it. Returns the gold
    scorer's counts over them, the review records a reviewer agreeing with the gold would
    make (as ``review export`` writes them, for ``review import``), and how many gold items
    had no words to anchor to."""
    from recruitwatch.pipeline import process
    from recruitwatch.review.ledger import record

    total, records, unanchored = Counts(), [], 0
    for gold in golds:
        raw = gold_record(gold)
        doc = process(raw, options)
        if not store.add(doc, raw.data):
            continue  # the same text twice: scored once
        total.add(score_document(gold, doc))
        reviews, missed = gold_reviews(gold, store.get(doc.id))
        records += [record(r) for r in reviews]
        unanchored += missed
    return total, records, unanchored
