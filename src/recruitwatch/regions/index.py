"""The regional view of a store: what was reported where, read once into memory.

``build(store)`` reads, in a few bulk queries:

1. every measure with a place, one row per (measure, federal subject or occupied
   territory), with its type, target groups, date (event, else publication) and story;
2. every payment (``payments.py``) of the reports that offer a sum, one row per region
   it applies to (a federal payment applies to none, and is kept for the history);
3. the quotas: target head counts linked to ``quota_or_target`` measures with a place;
4. the origin countries of recruited foreigners: foreign countries named by measures
   that target migrants or foreign citizens.

``RegionIndex`` then answers the table (``table``), the map (``map_values``), one
region's page (``region``) and the origins chart (``origins``) for a time window, a
measure type and a target group, in memory. Sources are counted by story, so a
republished report is not a second source.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from recruitwatch.model import Document, Entity, Measure, Published, Quantity
from recruitwatch.regions.payments import MONEY, Payment, payments
from recruitwatch.regions.places import COUNTRY, Region, resolve_place, subject
from recruitwatch.store import Store

__all__ = ["Filter", "RegionIndex", "build", "METRICS", "FOREIGN_GROUPS"]

METRICS = ("payment", "measures", "coercion")
FOREIGN_GROUPS = ("migrants", "foreign_citizens", "central_asians")
# a target group the filter names → the payment recipients it means
_RECIPIENT_OF = {"prisoners": "prisoners", "conscripts": "conscripts", "migrants": "foreigners",
                 "foreign_citizens": "foreigners", "central_asians": "foreigners"}
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Filter:
    since: str | None = None  # ISO date prefix: rows dated on or after
    until: str | None = None  # rows dated on or before, at its precision
    type: str | None = None  # measure type
    group: str | None = None  # measure target group (payments: the recipients it means)

    def dated(self, date: str | None) -> bool:
        if not (self.since or self.until):
            return True
        if not date:
            return False
        if self.since and date < self.since[:len(date)]:
            return False
        return not (self.until and date[:len(self.until)] > self.until)


@dataclass(slots=True)
class Source:
    doc_id: str
    story: str
    outlet: str | None
    title: str | None
    published: str | None


@dataclass(slots=True)
class MeasureRow:
    code: str
    type: str
    groups: tuple[str, ...]
    date: str | None
    source: Source
    ord: int


@dataclass(slots=True)
class PaymentRow:
    code: str | None  # None: a federal payment, or one no region could be found for
    payment: Payment
    date: str | None  # when it takes effect, else when it was reported
    source: Source


@dataclass(slots=True)
class QuotaRow:
    code: str
    value: float
    text: str
    date: str | None
    source: Source
    ord: int  # the quantity's index


@dataclass(slots=True)
class OriginRow:
    country: str
    date: str | None
    source: Source


@dataclass
class RegionIndex:
    version: tuple
    measures: list[MeasureRow] = field(default_factory=list)
    payments: list[PaymentRow] = field(default_factory=list)
    quotas: list[QuotaRow] = field(default_factory=list)
    origins: list[OriginRow] = field(default_factory=list)
    by_code: dict[str, dict[str, list]] = field(default_factory=dict)

    def finish(self) -> RegionIndex:
        """Rows of each region by kind, newest first, so a region's page reads only its own."""
        for kind in ("measures", "payments", "quotas"):
            rows = sorted(getattr(self, kind), key=lambda r: r.date or "", reverse=True)
            setattr(self, kind, rows)
            for r in rows:
                if r.code:
                    self.by_code.setdefault(r.code, {}).setdefault(kind, []).append(r)
        self.origins.sort(key=lambda r: r.date or "", reverse=True)
        return self

    # -- queries ---------------------------------------------------------------------

    def kept_measures(self, flt: Filter, rows: Iterable[MeasureRow] | None = None) -> list[MeasureRow]:
        return [r for r in (self.measures if rows is None else rows)
                if (not flt.type or r.type == flt.type)
                and (not flt.group or flt.group in r.groups) and flt.dated(r.date)]

    def kept_payments(self, flt: Filter, rows: Iterable[PaymentRow] | None = None) -> list[PaymentRow]:
        want = _RECIPIENT_OF.get(flt.group or "", flt.group)
        return [r for r in (self.payments if rows is None else rows)
                if (not want or want in r.payment.recipients) and flt.dated(r.date)]

    def map_values(self, metric: str, flt: Filter) -> dict[str, float]:
        """Per region code, the value the map colours it by."""
        if metric == "payment":
            return {code: latest.payment.rub for code, latest in self.latest_payments(flt).items()}
        if metric == "coercion":
            flt = Filter(flt.since, flt.until, "coercion", flt.group)
        return dict(_stories_per_code(self.kept_measures(flt)))

    def latest_payments(self, flt: Filter) -> dict[str, PaymentRow]:
        """Per region, its latest regional one-off payment in rubles (rows are newest first)."""
        out: dict[str, PaymentRow] = {}
        for r in self.kept_payments(flt):
            if r.code and r.code not in out and _regional_one_off(r.payment):
                out[r.code] = r
        return out

    def table(self, flt: Filter) -> list[dict[str, Any]]:
        """One row per region with anything reported, most sources first."""
        codes = {r.code for r in self.kept_measures(flt)} | {
            r.code for r in self.kept_payments(flt) if r.code} | {
            r.code for r in self.quotas if flt.dated(r.date)}
        rows = [self.summary(code, flt) for code in codes if subject(code)]
        return sorted(rows, key=lambda r: (-r["sources"], r["name"]))

    def summary(self, code: str, flt: Filter) -> dict[str, Any]:
        own = self.by_code.get(code, {})
        measures = self.kept_measures(flt, own.get("measures", []))
        pays = [r for r in self.kept_payments(flt, own.get("payments", []))]
        quotas = [r for r in own.get("quotas", []) if flt.dated(r.date)]
        regional = [r for r in pays if _regional_one_off(r.payment)]
        region = subject(code)
        stories = {r.source.story for r in (*measures, *pays, *quotas)}
        return {
            "code": code, "name": region.name, "kind": region.kind,
            "latest_payment": payment_record(regional[0]) if regional else None,
            "payment_history": [payment_record(r) for r in regional],
            "measures": dict(Counter(r.type for r in measures).most_common()),
            "groups": dict(Counter(g for r in measures for g in r.groups).most_common()),
            "quotas": [quota_record(r) for r in quotas],
            "sources": len(stories),
        }

    def region(self, code: str, flt: Filter) -> dict[str, Any]:
        """Everything one region's page shows: the summary, every payment, every measure."""
        own = self.by_code.get(code, {})
        out = self.summary(code, flt)
        out["payments"] = [payment_record(r) for r in self.kept_payments(flt, own.get("payments", []))]
        out["measure_rows"] = [measure_record(r) for r in self.kept_measures(flt, own.get("measures", []))]
        return out

    def origins_chart(self, flt: Filter) -> list[dict[str, Any]]:
        """Origin countries of recruited foreigners: reports (stories) naming each."""
        stories: dict[str, set[str]] = defaultdict(set)
        for r in self.origins:
            if flt.dated(r.date):
                stories[r.country].add(r.source.story)
        return [{"country": c, "sources": len(s)}
                for c, s in sorted(stories.items(), key=lambda kv: (-len(kv[1]), kv[0]))]


def _regional_one_off(p: Payment) -> bool:
    return p.level == "regional" and p.periodicity == "one-off" and p.rub is not None


def _stories_per_code(rows: list[MeasureRow]) -> Counter:
    return Counter(code for code, _ in {(r.code, r.source.story) for r in rows})


def source_record(s: Source) -> dict[str, Any]:
    return {"doc_id": s.doc_id, "outlet": s.outlet, "title": s.title, "published": s.published}


def payment_record(r: PaymentRow) -> dict[str, Any]:
    return {**r.payment.to_record(), "date": r.date, "region": r.code, **source_record(r.source)}


def measure_record(r: MeasureRow) -> dict[str, Any]:
    return {"type": r.type, "groups": list(r.groups), "date": r.date, "ord": r.ord,
            **source_record(r.source)}


def quota_record(r: QuotaRow) -> dict[str, Any]:
    return {"value": r.value, "text": r.text, "date": r.date, "ord": r.ord,
            **source_record(r.source)}


# --- building ---------------------------------------------------------------------------

def build(store: Store, version: tuple = ()) -> RegionIndex:
    index = RegionIndex(version)
    sources = _sources(store)
    _read_measures(store, sources, index)
    _read_quotas(store, sources, index)
    _read_payments(store, sources, index)
    return index.finish()


def _sources(store: Store) -> dict[str, Source]:
    return {r[0]: Source(r[0], r[1] or r[0], r[2], r[3], r[4]) for r in store.conn.execute(
        "SELECT id, story, outlet, title, published_date FROM documents")}


def _regions(names: list[str]) -> list[Region]:
    out = []
    for name in names:
        region = resolve_place(name)
        if region is not None and region not in out:
            out.append(region)
    return out


def _read_measures(store: Store, sources: dict[str, Source], index: RegionIndex) -> None:
    for doc_id, ord_, mtype, groups, places, date in store.conn.execute(
            "SELECT doc_id, ord, type, groups, places, date FROM measures WHERE places != '[]'"):
        src = sources[doc_id]
        groups_t = tuple(json.loads(groups))
        when = date or src.published
        for region in _regions(json.loads(places)):
            if region.kind != COUNTRY:
                index.measures.append(MeasureRow(region.code, mtype, groups_t, when, src, ord_))
            elif region.code not in ("RU", "UA") and set(groups_t) & set(FOREIGN_GROUPS):
                index.origins.append(OriginRow(region.name, when, src))


def _read_quotas(store: Store, sources: dict[str, Source], index: RegionIndex) -> None:
    sql = ("SELECT m.doc_id, m.places, m.date, q.ord, q.value, q.text FROM measures m"
           " JOIN json_each(m.quantities) j JOIN quantities q ON q.doc_id = m.doc_id AND q.ord = j.value"
           " WHERE m.type = 'quota_or_target' AND m.places != '[]' AND q.unit = 'people'"
           " AND q.modality = 'target'")
    for doc_id, places, date, q_ord, value, text in store.conn.execute(sql):
        src = sources[doc_id]
        for region in _regions(json.loads(places)):
            if region.kind != COUNTRY:
                index.quotas.append(QuotaRow(region.code, value, text, date or src.published, src, q_ord))


def _read_payments(store: Store, sources: dict[str, Source], index: RegionIndex) -> None:
    ids = [r[0] for r in store.conn.execute(
        f"SELECT DISTINCT doc_id FROM quantities WHERE unit IN {MONEY!r} AND modality = 'offer'")]
    for start in range(0, len(ids), _CHUNK):
        for doc in _documents(store, ids[start:start + _CHUNK]):
            src = sources[doc.id]
            for p in payments(doc):
                when = p.effective or src.published
                for code in p.regions or [None]:
                    index.payments.append(PaymentRow(code, p, when, src))


def _documents(store: Store, ids: list[str]) -> list[Document]:
    """Just what payments() reads of these documents, in four queries."""
    marks = ",".join("?" * len(ids))
    docs = {r[0]: Document(id=r[0], source="", body=r[1], language=r[2], published=Published(r[3]))
            for r in store.conn.execute(
                f"SELECT id, body, language, published_date FROM documents WHERE id IN ({marks})", ids)}
    for r in store.conn.execute(
            f"SELECT doc_id, value, high, unit, counts, approx, modality, start, \"end\", text"
            f" FROM quantities WHERE doc_id IN ({marks}) ORDER BY doc_id, ord", ids):
        docs[r[0]].quantities.append(Quantity(r[1], r[3], r[4], r[5], r[6], (r[7], r[8]), r[2], r[9]))
    for r in store.conn.execute(
            f"SELECT doc_id, name, mentions FROM entities WHERE type = 'PLACE' AND doc_id IN ({marks})", ids):
        docs[r[0]].entities.append(Entity(r[1], "PLACE", [tuple(m) for m in json.loads(r[2])]))
    for r in store.conn.execute(
            f"SELECT doc_id, type, groups, places, start, \"end\", quantities FROM measures"
            f" WHERE doc_id IN ({marks}) ORDER BY doc_id, ord", ids):
        docs[r[0]].measures.append(Measure(r[1], json.loads(r[2]), json.loads(r[3]), None,
                                           (r[4], r[5]), None, json.loads(r[6])))
    return list(docs.values())
