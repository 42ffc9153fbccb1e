"""The records that travel through the pipeline.

Every stage takes and returns these plain dataclasses; ``Document.to_record()``
turns a processed document into the export contract of SPEC.md.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

MODALITIES = ("target", "achieved", "estimate", "offer", "limit", "other")
APPROXES = ("exact", "about", "at_least", "at_most", "range")
UNITS = ("people", "RUB", "USD", "EUR", "percent", "other")
ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "GROUP")


def doc_id(data: bytes) -> str:
    """A document's id: the first 16 bytes of the SHA-256 of its raw bytes, in hex."""
    return hashlib.sha256(data).hexdigest()[:32]


@dataclass(slots=True)
class RawRecord:
    """What an ingest reader knows about one input before any processing."""

    source: str  # path, URL, "stdin", or "path#record" inside a container
    data: bytes  # the raw bytes the id is computed from
    kind: str  # "text" or "html"
    text: str | None = None  # already-decoded text (JSON Lines gives str, not bytes)
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None

    @property
    def id(self) -> str:
        return doc_id(self.data)


@dataclass(slots=True)
class Removed:
    text: str
    kind: str  # e.g. "donation", "navigation", "caption", "byline", "feed_item"
    line: int = -1  # index of the line in the input text, -1 when not line-based


@dataclass(slots=True)
class Cleaned:
    body: str
    removed: list[Removed] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # title, authors, date, site, url


@dataclass(slots=True)
class Published:
    date: str | None = None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    basis: str | None = None  # "metadata" | "url" | "text" | "inferred"
    evidence: str | None = None


@dataclass(slots=True)
class Entity:
    name: str  # canonical name
    type: str  # PERSON | ORG | PLACE | GROUP
    mentions: list[Span] = field(default_factory=list)
    confidence: float | None = None  # calibrated precision of what produced it (confidence.py)
    reviewed: str | None = None  # "confirmed" | "corrected" | "rejected" (review/), else None


@dataclass(slots=True)
class Quantity:
    value: float
    unit: str
    counts: str
    approx: str
    modality: str
    span: Span
    high: float | None = None
    text: str = ""  # the surface words of the number and unit
    confidence: float | None = None
    reviewed: str | None = None


@dataclass(slots=True)
class Claim:
    speaker: str  # canonical name, or "anonymous: <description>"
    via: list[str]
    stance: str  # "assert" | "deny"
    hedged: bool
    span: Span
    date: str | None = None
    cue: str = ""  # the reporting verb or phrase that marks the attribution
    confidence: float | None = None
    reviewed: str | None = None


@dataclass(slots=True)
class Measure:
    type: str
    groups: list[str]
    places: list[str]
    actor: str | None
    span: Span
    date: str | None = None
    quantities: list[int] = field(default_factory=list)  # indexes into Document.quantities
    confidence: float | None = None
    reviewed: str | None = None


@dataclass(slots=True)
class Document:
    id: str
    source: str
    body: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    published: Published = field(default_factory=Published)
    removed: list[Removed] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    kind: str = "text"
    version_of: str | None = None
    duplicate_of: str | None = None
    story: str | None = None

    def extractions(self, kind: str) -> list:
        """The document's list of one kind: "entity", "quantity", "claim" or "measure"."""
        return {"entity": self.entities, "quantity": self.quantities, "claim": self.claims,
                "measure": self.measures}[kind]

    def to_record(self) -> dict[str, Any]:
        """The export-contract record (SPEC.md), spans as lists."""
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "outlet": self.outlet,
            "title": self.title,
            "authors": list(self.authors),
            "language": self.language,
            "published": asdict(self.published),
            "body": self.body,
            "removed": [{"text": r.text, "kind": r.kind} for r in self.removed],
            "duplicate_of": self.duplicate_of,
            "story": self.story,
            "version_of": self.version_of,
            "entities": [_entity_record(e) for e in self.entities],
            "quantities": [_quantity_record(q) for q in self.quantities],
            "claims": [_claim_record(c) for c in self.claims],
            "measures": [_measure_record(m) for m in self.measures],
        }


def _entity_record(e: Entity) -> dict[str, Any]:
    return {"name": e.name, "type": e.type, "mentions": [list(m) for m in e.mentions],
            "confidence": e.confidence, "reviewed": e.reviewed}


def _quantity_record(q: Quantity) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "value": q.value, "unit": q.unit, "counts": q.counts, "approx": q.approx,
        "modality": q.modality, "span": list(q.span), "text": q.text,
        "confidence": q.confidence, "reviewed": q.reviewed,
    }
    if q.high is not None:
        rec["high"] = q.high
    return rec


def _claim_record(c: Claim) -> dict[str, Any]:
    return {
        "speaker": c.speaker, "via": list(c.via), "stance": c.stance, "hedged": c.hedged,
        "span": list(c.span), "date": c.date, "cue": c.cue,
        "confidence": c.confidence, "reviewed": c.reviewed,
    }


def _measure_record(m: Measure) -> dict[str, Any]:
    return {
        "type": m.type, "groups": list(m.groups), "places": list(m.places), "actor": m.actor,
        "span": list(m.span), "date": m.date, "quantities": list(m.quantities),
        "confidence": m.confidence, "reviewed": m.reviewed,
    }


def document_from_record(rec: dict[str, Any]) -> Document:
    """Rebuild a Document from its export record (the inverse of ``to_record``)."""
    pub = rec.get("published") or {}
    return Document(
        id=rec["id"], source=rec["source"], body=rec["body"], url=rec.get("url"),
        outlet=rec.get("outlet"), title=rec.get("title"), authors=list(rec.get("authors") or []),
        language=rec.get("language"),
        published=Published(pub.get("date"), pub.get("basis"), pub.get("evidence")),
        removed=[Removed(r["text"], r["kind"]) for r in rec.get("removed") or []],
        entities=[Entity(e["name"], e["type"], [tuple(m) for m in e["mentions"]],
                         e.get("confidence"), e.get("reviewed"))
                  for e in rec.get("entities") or []],
        quantities=[Quantity(q["value"], q["unit"], q["counts"], q["approx"], q["modality"],
                             tuple(q["span"]), q.get("high"), q.get("text", ""),
                             q.get("confidence"), q.get("reviewed"))
                    for q in rec.get("quantities") or []],
        claims=[Claim(c["speaker"], list(c["via"]), c["stance"], c["hedged"], tuple(c["span"]),
                      c.get("date"), c.get("cue", ""), c.get("confidence"), c.get("reviewed"))
                for c in rec.get("claims") or []],
        measures=[Measure(m["type"], list(m["groups"]), list(m["places"]), m.get("actor"),
                          tuple(m["span"]), m.get("date"), list(m.get("quantities") or []),
                          m.get("confidence"), m.get("reviewed"))
                  for m in rec.get("measures") or []],
        version_of=rec.get("version_of"), duplicate_of=rec.get("duplicate_of"),
        story=rec.get("story"),
    )
