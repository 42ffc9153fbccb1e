"""A person's decisions on extractions, and how they are laid over what the extractors say.

A ``Review`` is anchored to a document id and to the exact words of the extraction it is
about (with a few characters either side). The extractors' own output for a reviewed
document is kept apart (the ``machine`` table); the document the store serves is that output
with every standing review applied, in the order they were made (``apply_reviews``). So a
re-processing that changes the extractors, or shifts every offset, only replaces the
machine output: the decisions are found again by their words and applied again, and one
whose words are gone is reported as lost, never dropped.
"""

from __future__ import annotations

import json

import re
from dataclasses import dataclass, field
from typing import Any

from recruitwatch.model import (
    APPROXES, ENTITY_TYPES, MODALITIES, UNITS, Claim, Document, Entity, Measure, Quantity, Span)
from recruitwatch.resources import domain_names

KINDS = ("quantity", "claim", "measure", "entity")
ACTIONS = ("confirm", "reject", "correct", "add", "note", "merge")
LETTERS = {"q": "quantity", "c": "claim", "m": "measure", "e": "entity"}
CONTEXT = 32  # characters kept either side of the words

# What a person may set, per kind, and the values each field admits (None: free text).
FIELDS: dict[str, dict[str, tuple[str, ...] | str | None]] = {
    "quantity": {"value": "number", "high": "number?", "unit": UNITS, "counts": None,
                 "approx": APPROXES, "modality": MODALITIES},
    "claim": {"speaker": None, "via": "list", "stance": ("assert", "deny"), "hedged": "bool"},
    "measure": {"type": "types", "groups": "groups", "places": "list", "actor": "text?"},
    "entity": {"name": None, "type": ENTITY_TYPES},
}
STATES = {"confirm": "confirmed", "correct": "corrected", "add": "corrected", "reject": "rejected"}


class ReviewError(ValueError):
    """A decision that cannot be recorded; the message says what to type instead."""


@dataclass(slots=True)
class Review:
    doc_id: str
    kind: str
    action: str
    span: Span
    words: str
    before: str = ""
    after: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    machine: dict[str, Any] | None = None
    note: str | None = None
    tags: list[str] = field(default_factory=list)
    reviewer: str = ""
    at: str = ""
    id: int | None = None
    undone_at: str | None = None
    lost_at: str | None = None
    batch: str | None = None  # shared by decisions made together (a whole linked fact)

    def key(self) -> tuple:
        """What makes two records the same decision (for import): two decisions at the same
        words, by one reviewer at one time, on two items (two speakers, two added measures)
        are two decisions."""
        who = (self.machine or {}).get(IDENTITY.get(self.kind, ""))
        return (self.doc_id, self.kind, self.action, self.words, self.span[0], self.reviewer,
                self.at, json.dumps(self.fields, sort_keys=True, ensure_ascii=False, default=str), str(who))


def parse_field(kind: str, name: str, text: str) -> Any:
    """A field value typed on a command line or in a form, checked against the contract."""
    allowed = FIELDS[kind]
    if name not in allowed:
        raise ReviewError(f"a {kind} has no field {name!r}: use one of {', '.join(allowed)}")
    rule = allowed[name]
    text = text.strip()
    if rule in ("number", "number?"):
        if rule == "number?" and text.lower() in ("", "none", "null"):
            return None
        try:
            return float(text.replace(",", "").replace("\u00a0", "").replace(" ", ""))
        except ValueError:
            raise ReviewError(f"{name} must be a number, not {text!r}") from None
    if rule == "bool":
        if text.lower() in ("true", "yes", "1", "y"):
            return True
        if text.lower() in ("false", "no", "0", "n"):
            return False
        raise ReviewError(f"{name} must be true or false, not {text!r}")
    if rule in ("list", "groups"):
        values = [v.strip() for v in text.split(",") if v.strip()]
        if rule == "groups":
            _check_all(name, values, domain_names("groups"))
        return values
    if rule == "types":
        _check_all(name, [text], domain_names("types"))
        return text
    if rule == "text?":
        return text or None
    if isinstance(rule, tuple):
        _check_all(name, [text], rule)
        return text
    if not text:
        raise ReviewError(f"{name} cannot be empty")
    return text


def _check_all(name: str, values: list[str], allowed) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ReviewError(f"{name} {bad[0]!r} is not one of: {', '.join(allowed)}")


def item_span(kind: str, item) -> Span:
    return tuple(item.mentions[0]) if kind == "entity" else tuple(item.span)


def item_fields(kind: str, item) -> dict[str, Any]:
    return {name: (list(v) if isinstance(v := getattr(item, name), list) else v)
            for name in FIELDS[kind]}


def anchored(doc: Document, kind: str, span: Span, action: str, **kw) -> Review:
    """A review of the words at ``span`` of ``doc``, with their context."""
    s, e = span
    body = doc.body
    return Review(doc.id, kind, action, (s, e), body[s:e], body[max(0, s - CONTEXT):s],
                  body[e:e + CONTEXT], **kw)


def locate(body: str, review: Review) -> Span | None:
    """Where the review's words are in ``body`` now: at their old place if they are still
    there, else the occurrence whose context matches best (nearest on a tie)."""
    s, e = review.span
    if review.words and body[s:e] == review.words:
        return (s, e)
    best, best_score = None, None
    for m in re.finditer(re.escape(review.words), body) if review.words else ():
        score = (_common_suffix(body[max(0, m.start() - CONTEXT):m.start()], review.before)
                 + _common_prefix(body[m.end():m.end() + CONTEXT], review.after),
                 -abs(m.start() - s))
        if best_score is None or score > best_score:
            best, best_score = (m.start(), m.end()), score
    return best


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


# the field that tells apart two extractions of one kind at the same words: a sentence
# with two speakers holds two claims ("BBC and Mediazona found …"), a span two measures
IDENTITY = {"quantity": "value", "claim": "speaker", "measure": "type", "entity": "name"}


def same_item(kind: str, a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Whether two sets of values at the same words are one extraction (True when either
    is unknown: a review without the extractor's values is about the words alone)."""
    key = IDENTITY[kind]
    return a is None or b is None or a.get(key) == b.get(key)


def find_item(doc: Document, kind: str, span: Span, like: dict[str, Any] | None = None):
    """The extraction of ``kind`` at ``span``: of those with that exact span, the one whose
    values are ``like`` (the extractor's values a review was made on), else the first;
    with none at that span, the one overlapping it most."""
    exact, best, best_overlap = [], None, 0
    for item in doc.extractions(kind):
        spans = item.mentions if kind == "entity" else [item.span]
        for a, b in spans:
            if (a, b) == tuple(span):
                exact.append(item)
                break
            overlap = min(b, span[1]) - max(a, span[0])
            if overlap > best_overlap:
                best, best_overlap = item, overlap
    if exact:
        return next((i for i in exact if like and same_item(kind, item_fields(kind, i), like)),
                    exact[0])
    return best


def new_item(kind: str, span: Span, words: str, values: dict[str, Any]):
    """An extraction made from a person's values (an added item, or a confirmed one the
    extractors no longer find)."""
    v = values
    if kind == "quantity":
        return Quantity(float(v.get("value") or 0), v.get("unit") or "other", v.get("counts") or "",
                        v.get("approx") or "exact", v.get("modality") or "other", span,
                        v.get("high"), words)
    if kind == "claim":
        return Claim(v.get("speaker") or "anonymous: unknown", list(v.get("via") or []),
                     v.get("stance") or "assert", bool(v.get("hedged")), span)
    if kind == "measure":
        return Measure(v.get("type") or "mobilization", list(v.get("groups") or []),
                       list(v.get("places") or []), v.get("actor"), span)
    return Entity(v.get("name") or words, v.get("type") or "ORG", [span])


def apply_reviews(doc: Document, reviews: list[Review]) -> tuple[Document, list[Review]]:
    """Lay standing ``reviews`` (oldest first) over ``doc`` (the machine output; changed in
    place). Returns the document and the reviews whose words are gone (lost); every other
    review's ``span`` is updated to where its words are now."""
    lost = []
    for r in reviews:
        if r.undone_at:
            continue
        if r.action == "merge":
            _merge(doc, r.words, r.fields)
            continue
        span = locate(doc.body, r)
        if span is None:
            lost.append(r)
            continue
        r.span = span
        if r.action == "note":
            continue
        item = find_item(doc, r.kind, span, r.machine)
        if item is None:
            if r.action == "reject":
                continue
            item = new_item(r.kind, span, r.words, {**(r.machine or {}), **r.fields})
            doc.extractions(r.kind).append(item)
        elif r.action in ("correct", "add"):
            for name, value in r.fields.items():
                setattr(item, name, list(value) if isinstance(value, list) else value)
        item.reviewed = STATES[r.action]
    return doc, lost


def _merge(doc: Document, name: str, fields: dict[str, Any]) -> None:
    """Entity ``name`` becomes ``fields['into']`` in this document: one entity with both
    mention lists, and speakers, relays and actors renamed."""
    into = fields["into"]
    source = [e for e in doc.entities if e.name == name]
    if not source:
        return
    target = next((e for e in doc.entities if e.name == into), None)
    for e in source:
        if target is None:
            e.name, target = into, e
            continue
        target.mentions = sorted({*map(tuple, target.mentions), *map(tuple, e.mentions)})
        doc.entities.remove(e)
    target.reviewed = "corrected"
    for c in doc.claims:
        c.speaker = into if c.speaker == name else c.speaker
        c.via = [into if v == name else v for v in c.via]
    for m in doc.measures:
        m.actor = into if m.actor == name else m.actor
