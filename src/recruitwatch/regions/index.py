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
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from recruitwatch.model import Document, Entity, Measure, Published, Quantity
from recruitwatch.regions.payments import MONEY, Payment, payments
from recruitwatch.regions.places import COUNTRY, Region, resolve_place, subject
from recruitwatch.store import Store
from recruitwatch.store.queries import live

__all__ = ["Filter", "RegionIndex", "build", "METRICS", "FOREIGN_GROUPS"]

METRICS = ("payment", "measures", "coercion")
FOREIGN_GROUPS = ("migrants", "foreign_citizens", "central_asians")
# a target group the filter names → the payment recipients it means
_RECIPIENT_OF = {"prisoners": "prisoners", "conscripts": "conscripts", "migrants": "foreigners",
                 "foreign_citizens": "foreigners", "central_asians": "foreigners"}
_CHUNK = 500
HISTORY = 50  # payments and quotas a table row lists
ROWS = 300  # payments and measures a region's page lists, newest first


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
    arrays: Any = None  # _Columns of the measure rows, for filtered counts in numpy
    pay: Any = None  # _PayColumns of the payment rows
    story_sources: dict[str, Source] = field(default_factory=dict)  # a measure story's source

    def finish(self) -> RegionIndex:
        """Rows of each region by kind, newest first, so a region's page reads only its own."""
        for kind in ("measures", "payments", "quotas"):
            rows = sorted(getattr(self, kind), key=lambda r: r.date or "", reverse=True)
            setattr(self, kind, rows)
            for r in rows:
                if r.code:
                    self.by_code.setdefault(r.code, {}).setdefault(kind, []).append(r)
        self.origins.sort(key=lambda r: r.date or "", reverse=True)
        # one story numbering for measures, payments and quotas: a region's independent
        # sources are counted over all three as integers
        stories: dict[str, int] = {}
        for r in (*self.measures, *self.payments, *self.quotas):
            stories.setdefault(r.source.story, len(stories))
        self.arrays = _Columns.of(self.measures, stories)
        self.pay = _PayColumns.of(self.payments, stories)
        for r in self.measures:
            self.story_sources.setdefault(r.source.story, r.source)
        return self

    # -- queries ---------------------------------------------------------------------

    def kept_measures(self, flt: Filter, rows: Iterable[MeasureRow] | None = None) -> list[MeasureRow]:
        return [r for r in (self.measures if rows is None else rows)
                if (not flt.type or r.type == flt.type)
                and (not flt.group or flt.group in r.groups) and flt.dated(r.date)]

    def kept_payments(self, flt: Filter, rows: Iterable[PaymentRow] | None = None) -> list[PaymentRow]:
        if flt.type and flt.type != "cash_incentive":
            return []  # payments are cash incentives: another type keeps none
        want = _RECIPIENT_OF.get(flt.group or "", flt.group)
        out = []
        for r in (self.payments if rows is None else rows):  # newest first, undated last
            if flt.since and not (r.date and r.date >= flt.since[:len(r.date)]):
                break  # every later row is older (or undated)
            if (not want or want in r.payment.recipients) and flt.dated(r.date):
                out.append(r)
        return out

    def measure_sources(self, flt: Filter) -> list[Source]:
        """The sources (one per story) of the measure rows the filter keeps."""
        import numpy as np

        cols = self.arrays
        stories = np.unique(cols.story[cols.mask(flt)])
        return [self.story_sources[cols.story_names[i]] for i in stories]

    def map_values(self, metric: str, flt: Filter) -> dict[str, float]:
        """Per region code, the value the map colours it by."""
        if metric == "payment":
            return {code: latest.payment.rub for code, latest in self.latest_payments(flt).items()}
        if metric == "coercion":
            flt = Filter(flt.since, flt.until, "coercion", flt.group)
        return self.arrays.stories_per_code(self.arrays.mask(flt))

    def latest_payments(self, flt: Filter) -> dict[str, PaymentRow]:
        """Per region, its latest regional one-off payment in rubles (rows are newest first)."""
        import numpy as np

        pay = self.pay
        rows = np.nonzero(pay.mask(flt) & pay.regional)[0]  # newest first
        codes, first = np.unique(pay.code[rows], return_index=True)
        return {pay.code_names[c]: self.payments[rows[i]] for c, i in zip(codes, first)}

    def table(self, flt: Filter) -> list[dict[str, Any]]:
        """One row per region with anything reported, most sources first."""
        base = self.arrays.mask(flt)
        import numpy as np

        pay = self.pay
        paid = {pay.code_names[c] for c in np.unique(pay.code[pay.mask(flt)]) if c >= 0}
        codes = set(self.arrays.stories_per_code(base)) | paid | {
            r.code for r in self.quotas if flt.dated(r.date)}
        rows = [self.summary(code, flt, base) for code in codes if subject(code)]
        return sorted(rows, key=lambda r: (-r["sources"], r["name"]))

    def summary(self, code: str, flt: Filter, base=None) -> dict[str, Any]:
        """One region's row of the table; ``base`` is the filter's mask when the caller has it."""
        import numpy as np

        own = self.by_code.get(code, {})
        cols, pay = self.arrays, self.pay
        rows = cols.rows_of(code)
        mask = (cols.mask(flt) if base is None else base)[rows]
        prow = pay.rows_of(code)
        kept = prow[pay.mask(flt)[prow]]  # this region's kept payments, newest first
        regional = [self.payments[i] for i in kept[pay.regional[kept]][:HISTORY]]
        quotas = [r for r in own.get("quotas", []) if flt.dated(r.date)]
        region = subject(code)
        sources = cols.source_count(rows[mask], np.concatenate([
            pay.story[kept], np.array([pay.stories[r.source.story] for r in quotas], dtype=np.int64)]))
        return {
            "code": code, "name": region.name, "kind": region.kind,
            "latest_payment": payment_record(regional[0]) if regional else None,
            "payment_history": [payment_record(r) for r in regional[:HISTORY]],
            "measures": cols.type_counts(rows[mask]),
            "groups": cols.group_counts(rows[mask]),
            "quotas": [quota_record(r) for r in quotas[:HISTORY]],
            "sources": sources,
        }

    def region(self, code: str, flt: Filter) -> dict[str, Any]:
        """Everything one region's page shows: the summary, every payment, every measure."""
        own = self.by_code.get(code, {})
        out = self.summary(code, flt)
        out["payments"] = [payment_record(r) for r in self.kept_payments(flt, own.get("payments", []))[:ROWS]]
        out["measure_rows"] = [measure_record(r) for r in self.kept_measures(flt, own.get("measures", []))[:ROWS]]
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


@dataclass
class _Columns:
    """The measure rows as numpy columns: a filtered count per region is a few array
    operations, not a pass over Python objects (100,000 reports give ~300,000 rows)."""

    code: Any
    type: Any
    day: Any  # YYYYMMDD, missing month or day as 00; -1 undated
    story: Any
    groups: Any  # bit i set: the row targets GROUPS[i]
    codes: dict[str, int]
    types: dict[str, int]
    group_bits: dict[str, int]
    story_names: list[str]
    _rows: dict | None = None
    _seen: Any = None

    @classmethod
    def of(cls, rows: list[MeasureRow], stories: dict[str, int]) -> _Columns:
        import numpy as np

        codes, types, bits = {}, {}, {}
        for r in rows:
            for g in r.groups:
                bits.setdefault(g, len(bits))
        col = lambda values: np.array(values, dtype=np.int64)  # noqa: E731
        return cls(
            col([codes.setdefault(r.code, len(codes)) for r in rows]),
            col([types.setdefault(r.type, len(types)) for r in rows]),
            col([_day(r.date) for r in rows]),
            col([stories[r.source.story] for r in rows]),
            col([sum(1 << bits[g] for g in set(r.groups)) for r in rows]),
            codes, types, bits, list(stories))

    def mask(self, flt: Filter):
        import numpy as np

        m = np.ones(len(self.code), dtype=bool)
        if flt.type:
            m &= self.type == self.types.get(flt.type, -1)
        if flt.group:
            m &= (self.groups & (1 << self.group_bits[flt.group] if flt.group in self.group_bits else 0)) != 0
        if flt.since:
            m &= (_period_end(self.day) >= _day(flt.since)) & (self.day >= 0)
        if flt.until:
            m &= (self.day <= _day(flt.until, end=True)) & (self.day >= 0)
        return m

    def stories_per_code(self, mask) -> dict[str, int]:
        """Per region code, the stories (independent sources) with a kept row."""
        out = {}
        for code in self.codes:
            rows = self.rows_of(code)
            n = self._distinct(self.story[rows[mask[rows]]])
            if n:
                out[code] = n
        return out

    def _distinct(self, ids) -> int:
        """How many distinct values ``ids`` holds (story numbers): marks in a scratch array,
        linear, where np.unique sorts or hashes."""
        import numpy as np

        if self._seen is None:
            self._seen = np.zeros(len(self.story_names), dtype=bool)
        self._seen[ids] = True
        n = int(np.count_nonzero(self._seen))
        self._seen[:] = False
        return n

    def rows_of(self, code: str):
        """Row numbers of one region (kept per region: its page reads only these)."""
        import numpy as np

        if self._rows is None:
            order = np.argsort(self.code, kind="stable")
            bounds = np.searchsorted(self.code[order], np.arange(len(self.codes) + 1))
            self._rows = {c: order[bounds[i]:bounds[i + 1]] for c, i in self.codes.items()}
        return self._rows.get(code, np.empty(0, dtype=np.int64))

    def source_count(self, rows, other_stories) -> int:
        """Distinct stories among these rows and ``other_stories`` (story numbers)."""
        import numpy as np

        return self._distinct(np.concatenate([self.story[rows], other_stories]).astype(np.int64))

    def type_counts(self, rows) -> dict[str, int]:
        import numpy as np

        counts = np.bincount(self.type[rows], minlength=len(self.types))
        names = {i: t for t, i in self.types.items()}
        return {names[i]: int(n) for i, n in sorted(enumerate(counts), key=lambda kv: -kv[1]) if n}

    def group_counts(self, rows) -> dict[str, int]:
        kept = self.groups[rows]
        counts = {g: int(((kept >> bit) & 1).sum()) for g, bit in self.group_bits.items()}
        return {g: n for g, n in sorted(counts.items(), key=lambda kv: -kv[1]) if n}


@dataclass
class _PayColumns:
    """The payment rows as numpy columns (like ``_Columns``): the map, the table and a
    region's summary filter tens of thousands of sums per request."""

    code: Any  # index into code_names, -1 for none (federal, or no region found)
    day: Any
    story: Any
    recipients: Any  # bit i set: the payment is for RECIPIENTS[i]
    regional: Any  # bool: a regional one-off payment in rubles (what the map shows)
    code_names: list[str]
    recipient_bits: dict[str, int]
    stories: dict[str, int]
    _rows: dict | None = None

    @classmethod
    def of(cls, rows: list[PaymentRow], stories: dict[str, int]) -> _PayColumns:
        import numpy as np

        codes: dict[str, int] = {}
        bits: dict[str, int] = {}
        for r in rows:
            for who in r.payment.recipients:
                bits.setdefault(who, len(bits))
        col = lambda values, dtype=np.int64: np.array(values, dtype=dtype)  # noqa: E731
        return cls(
            col([codes.setdefault(r.code, len(codes)) if r.code else -1 for r in rows]),
            col([_day(r.date) for r in rows]),
            col([stories[r.source.story] for r in rows]),
            col([sum(1 << bits[w] for w in set(r.payment.recipients)) for r in rows]),
            col([bool(r.code) and _regional_one_off(r.payment) for r in rows], bool),
            list(codes), bits, stories)

    def mask(self, flt: Filter):
        """The rows ``IndexRegion.kept_payments`` keeps, as a boolean array."""
        import numpy as np

        m = np.ones(len(self.code), dtype=bool)
        if flt.type and flt.type != "cash_incentive":
            return ~m  # payments are cash incentives: another type keeps none
        want = _RECIPIENT_OF.get(flt.group or "", flt.group)
        if want:
            m &= (self.recipients & (1 << self.recipient_bits[want] if want in self.recipient_bits else 0)) != 0
        if flt.since:
            m &= (_period_end(self.day) >= _day(flt.since)) & (self.day >= 0)
        if flt.until:
            m &= (self.day <= _day(flt.until, end=True)) & (self.day >= 0)
        return m

    def rows_of(self, code: str):
        """Row numbers of one region, in the rows' order (newest first)."""
        import numpy as np

        if self._rows is None:
            order = np.argsort(self.code, kind="stable")
            bounds = np.searchsorted(self.code[order], np.arange(len(self.code_names) + 1))
            self._rows = {c: order[bounds[i]:bounds[i + 1]] for i, c in enumerate(self.code_names)}
        return self._rows.get(code, np.empty(0, dtype=np.int64))


def _period_end(days):
    """The last day of each row's period (YYYYMMDD, a month or year given as 00 ends on
    12 and 31): a row dated "2024" may fall on or after 2024-03, as ``Filter.dated`` keeps it."""
    import numpy as np

    month, day = (days // 100) % 100, days % 100
    return days + np.where(month == 0, 1200, 0) + np.where(day == 0, 31, 0)


def _day(date: str | None, end: bool = False) -> int:
    """An ISO date of any precision as YYYYMMDD; an ``end`` bound takes the period's last day."""
    if not date:
        return -1
    parts = [int(p) for p in date.split("-")[:3]]
    year, month, day = (parts + [0, 0])[:3]
    if end:
        month, day = month or 12, day or 31
    return year * 10000 + month * 100 + day


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
            f"SELECT doc_id, ord, type, groups, places, date FROM measures WHERE places != '[]'"
            f" AND {live()}"):
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
           f" AND q.modality = 'target' AND {live('m')} AND {live('q')}")
    for doc_id, places, date, q_ord, value, text in store.conn.execute(sql):
        src = sources[doc_id]
        for region in _regions(json.loads(places)):
            if region.kind != COUNTRY:
                index.quotas.append(QuotaRow(region.code, value, text, date or src.published, src, q_ord))


def _read_payments(store: Store, sources: dict[str, Source], index: RegionIndex) -> None:
    ids = _payment_documents(store)
    for start in range(0, len(ids), _CHUNK):
        for doc in _documents(store, ids[start:start + _CHUNK]):
            src = sources[doc.id]
            for p in payments(doc):
                when = p.effective or src.published
                for code in p.regions or [None]:
                    index.payments.append(PaymentRow(code, p, when, src))


def _payment_documents(store: Store) -> list[str]:
    """Reports with a sum that may be a payment: any sum in RUB, USD or EUR (payments.py
    decides which are offered), or one in a currency its counted words name."""
    from recruitwatch.regions.payments import names_currency

    ids = {r[0] for r in store.conn.execute(
        f"SELECT DISTINCT doc_id FROM quantities WHERE unit IN {MONEY!r} AND {live()}")}
    ids |= {doc_id for doc_id, counts in store.conn.execute(
        f"SELECT doc_id, counts FROM quantities WHERE unit = 'other' AND counts != '' AND {live()}")
        if names_currency(counts)}
    return sorted(ids)


def _documents(store: Store, ids: list[str]) -> list[Document]:
    """Just what payments() reads of these documents, in four queries."""
    marks = ",".join("?" * len(ids))
    docs = {r[0]: Document(id=r[0], source="", body=r[1], language=r[2], published=Published(r[3]))
            for r in store.conn.execute(
                f"SELECT id, body, language, published_date FROM documents WHERE id IN ({marks})", ids)}
    for r in store.conn.execute(
            f"SELECT doc_id, value, high, unit, counts, approx, modality, start, \"end\", text,"
            f" reviewed FROM quantities WHERE doc_id IN ({marks}) ORDER BY doc_id, ord", ids):
        docs[r[0]].quantities.append(Quantity(r[1], r[3], r[4], r[5], r[6], (r[7], r[8]), r[2], r[9],
                                              reviewed=r[10]))
    for r in store.conn.execute(
            f"SELECT doc_id, name, mentions FROM entities WHERE type = 'PLACE' AND doc_id IN ({marks})", ids):
        docs[r[0]].entities.append(Entity(r[1], "PLACE", [tuple(m) for m in json.loads(r[2])]))
    for r in store.conn.execute(
            f"SELECT doc_id, type, groups, places, start, \"end\", quantities FROM measures"
            f" WHERE doc_id IN ({marks}) ORDER BY doc_id, ord", ids):
        docs[r[0]].measures.append(Measure(r[1], json.loads(r[2]), json.loads(r[3]), None,
                                           (r[4], r[5]), None, json.loads(r[6])))
    return list(docs.values())
