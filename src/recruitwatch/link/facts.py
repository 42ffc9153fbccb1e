"""Facts: the same quantity or measure reported by several documents, linked into one fact.

1. Each quantity of a new document gets a candidate key: its unit class ("n" for people and
   uncounted numbers, else the currency or percent), its value, and a time bucket. Each
   measure gets one key per place (type, place, bucket) and one per quantity fact it cites.
   Keys live in the ``fact_keys`` table, so finding candidates is an index look-up over the
   neighbouring buckets: the cost of adding a document stays flat as the store grows.
2. Candidates are scored on what the reports say, not on their words: what is counted (a
   key from ``data/linking/counts.toml``, the same across en/ru/uk), modality, range, date
   window, and for measures target groups, places and shared quantity facts. The mention
   joins the best-scoring fact, or starts a new one.
3. Each mention records where its words come from: the claim covering its sentence
   (speaker, then ``via``), the outlets the document cites, and the document's outlet.
   A fact's independent sources are the connected components of the "relays" relation
   among its documents (copies of one report, same original source, or one citing the
   other; a story also joins other outlets' own reports of the event, which stay apart).
4. Claims are indexed by topic; a denial is set against the assertions and measures it
   shares enough topics with (``disputes``). Different figures for one counted thing are
   paired by ``figure_disputes``: a rising series of achieved figures, or a conflict.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from recruitwatch.extract.quantities import counts_key
from recruitwatch.model import Claim, Document, Quantity
from recruitwatch.resources import load_toml
from recruitwatch.store import Store
from recruitwatch.store.queries import FactFilter, Where
from recruitwatch.text import sentence_at, sentence_spans

__all__ = ["FactOptions", "FactStats", "link_facts", "unlink_facts", "linked_facts", "figure_disputes",
           "denials", "counts_key", "fact_members"]


@dataclass(frozen=True, slots=True)
class FactOptions:
    window_days: int = 400  # mentions of one quantity fact lie within this many days
    measure_window_days: int = 120  # a measure is a narrower event than a figure
    bucket_days: int = 200  # width of a time bucket of the candidate index
    denial_window_days: int = 60  # a denial and what it denies: one matter, one span of weeks
    min_value_uncounted: float = 1000  # below this, a figure needs a matching counts key
    max_candidates: int = 200  # facts scored per mention, at most
    batch: int = 500  # documents per transaction


@dataclass(slots=True)
class FactStats:
    documents: int = 0
    mentions: int = 0
    joined: int = 0  # mentions that joined an existing fact
    facts: int = 0  # facts in the store after linking
    denials: int = 0


# ---------------------------------------------------------------- normalisation


def unit_class(unit: str) -> str:
    """People and unit-less numbers compare as one class: the extractor often cannot tell."""
    return "n" if unit in ("people", "other") else unit


def _value_key(value: float) -> str:
    return f"{value:.6g}"


@lru_cache(maxsize=1)
def _compatible() -> frozenset[frozenset[str]]:
    pairs = load_toml("linking/linking.toml")["compatible_modalities"]
    return frozenset(frozenset(p) for p in pairs)


def modality_score(a: str, b: str) -> int | None:
    """1 for the same modality, 0 for compatible ones, None for a different fact."""
    if a == b:
        return 1
    return 0 if frozenset((a, b)) in _compatible() else None


# ---------------------------------------------------------------- dates


@lru_cache(maxsize=65536)
def _day(iso: str | None, end: bool = False) -> int | None:
    """Days since year 1 of an ISO prefix; a month or year spans to its end when ``end``."""
    if not iso:
        return None
    parts = [int(p) for p in iso[:10].split("-") if p.isdigit()]
    try:
        if len(parts) == 1:
            d = date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
        elif len(parts) == 2:
            d = date(parts[0], parts[1], 28) if end else date(parts[0], parts[1], 1)
        else:
            d = date(*parts[:3])
    except ValueError:
        return None
    return d.toordinal()


def _buckets(iso: str | None, opts: FactOptions, window: int) -> list[str]:
    """Buckets to look in: those within ``window`` days and the undated one ("-"); an
    undated item looks in "*", where every item is also filed (bounded by max_candidates)."""
    lo, hi = _day(iso), _day(iso, end=True)
    if lo is None:
        return ["*"]
    first, last = (lo - window) // opts.bucket_days, (hi + window) // opts.bucket_days
    return [str(b) for b in range(first, last + 1)] + ["-"]


def _home_buckets(iso: str | None, opts: FactOptions) -> list[str]:
    """Buckets an item is filed under: its own (or "-" when undated), and "*"."""
    lo, hi = _day(iso), _day(iso, end=True)
    if lo is None:
        return ["-", "*"]
    return [str(b) for b in range(lo // opts.bucket_days, hi // opts.bucket_days + 1)] + ["*"]


def _within(iso: str | None, first: str | None, last: str | None, window: int) -> bool:
    lo, hi = _day(iso), _day(iso, end=True)
    flo, fhi = _day(first), _day(last, end=True)
    if lo is None or flo is None:
        return True
    if fhi is None:  # a fact with a first date and no last one spans that first date
        fhi = _day(first, end=True)
    return lo - fhi <= window and flo - hi <= window


# ---------------------------------------------------------------- per-document context


@dataclass(slots=True)
class _Context:
    """What a document tells about where the words of each extraction come from."""

    doc: Document
    sentences: list[tuple[int, int]]
    cites: list[str]

    def sentence(self, span: tuple[int, int]) -> tuple[int, int]:
        return sentence_at(self.sentences, span[0]) or span

    def claim_for(self, span: tuple[int, int]) -> Claim | None:
        s = self.sentence(span)
        covering = [c for c in self.doc.claims if c.span[0] < s[1] and s[0] < c.span[1]]
        return min(covering, key=lambda c: c.span[1] - c.span[0]) if covering else None

    def origin(self, span: tuple[int, int]) -> tuple[str, list[str]]:
        claim = self.claim_for(span)
        if claim and not claim.speaker.startswith("anonymous"):
            return claim.speaker, list(claim.via)
        if claim and claim.via:
            return claim.via[0], list(claim.via[1:])
        return self.doc.outlet or f"doc:{self.doc.id[:12]}", []


def _context(doc: Document) -> _Context:
    return _Context(doc, sentence_spans(doc.body), cited_outlets(doc.body))


@lru_cache(maxsize=1)
def _cite_pattern() -> re.Pattern[str]:
    cues = sorted(load_toml("linking/linking.toml")["cite_cues"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + r")(?!\w)", re.I)


def cited_outlets(body: str) -> list[str]:
    """Outlets named just after a citing cue ("citing RFE/RL", "со ссылкой на «Вёрстку»")."""
    from recruitwatch.extract import canon

    window = load_toml("linking/linking.toml")["cite_window"]
    found: list[str] = []
    for m in _cite_pattern().finditer(body):
        for hit in canon.scan(body[m.end():m.end() + window]):
            if hit.alias.kind == "outlet" and hit.alias.name not in found:
                found.append(hit.alias.name)
    return found


def _event_date(ctx: _Context, span: tuple[int, int], measure_date: str | None
                ) -> tuple[str | None, str]:
    """The event date of an extraction, else the publication date, with its basis."""
    if measure_date:
        return measure_date, "event"
    claim = ctx.claim_for(span)
    if claim and claim.date:
        return claim.date, "event"
    return ctx.doc.published.date, "published"


# ---------------------------------------------------------------- linking


def link_facts(store: Store, opts: FactOptions = FactOptions(), progress=None) -> FactStats:
    """Link the documents not linked yet (incremental); earlier facts keep their ids."""
    stats = FactStats()
    pending = [r[0] for r in store.conn.execute(
        "SELECT rowid FROM documents WHERE rowid NOT IN (SELECT doc FROM fact_linked)"
        " ORDER BY rowid")]
    for start in range(0, len(pending), opts.batch):
        chunk = pending[start:start + opts.batch]
        with store.conn:
            dirty: set[int] = set()
            for rowid in chunk:
                _link_document(store, rowid, opts, stats, dirty)
            for fact_id in dirty:
                refresh_fact(store, fact_id)
        if progress:
            progress(start + len(chunk), len(pending))
    stats.facts = store.conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    return stats


def unlink_facts(store: Store, doc_ids: Iterable[str]) -> int:
    """Take documents out of the linked facts, so that the next ``link_facts`` links them
    again from their extractions as they are now (after a review or a re-processing).

    A fact takes its label, modality and keys from the mention that made it, so every fact
    the documents share is dissolved, with every document it joined, and theirs in turn:
    the part of the document–fact graph they belong to, not the whole store. Denials and
    topics of those documents go too; linking them again sets them against the rest.
    Returns how many documents will be linked again; the caller holds the transaction."""
    docs = set(doc_ids)
    frontier, facts = set(docs), set()
    while frontier:
        found = _ids(store, "SELECT DISTINCT fact_id FROM fact_mentions WHERE doc_id IN ({})",
                     frontier) - facts
        facts |= found
        frontier = _ids(store, "SELECT DISTINCT doc_id FROM fact_mentions WHERE fact_id IN ({})",
                        found) - docs
        docs |= frontier
    for sql in ("DELETE FROM fact_mentions WHERE fact_id IN ({})",
                "DELETE FROM fact_keys WHERE fact_id IN ({})", "DELETE FROM facts WHERE id IN ({})"):
        _chunked(store, sql, facts)
    for sql in ("DELETE FROM claim_topics WHERE doc_id IN ({})",
                "DELETE FROM disputes WHERE deny_doc IN ({})",
                "DELETE FROM disputes WHERE target_doc IN ({})",
                "DELETE FROM fact_linked WHERE doc IN (SELECT rowid FROM documents WHERE id IN ({}))"):
        _chunked(store, sql, docs)
    return len(docs)


def _chunked(store: Store, sql: str, values: set, size: int = 500) -> list:
    """``sql`` with its ``IN ({})`` list filled from ``values``, a chunk at a time."""
    items, rows = sorted(values), []
    for start in range(0, len(items), size):
        chunk = items[start:start + size]
        rows += store.conn.execute(sql.format(",".join("?" * len(chunk))), chunk).fetchall()
    return rows


def _ids(store: Store, sql: str, values: set) -> set:
    return {r[0] for r in _chunked(store, sql, values)}


def _link_document(store: Store, rowid: int, opts: FactOptions, stats: FactStats,
                   dirty: set[int]) -> None:
    doc_id = store.conn.execute("SELECT id FROM documents WHERE rowid = ?", (rowid,)).fetchone()[0]
    doc = store.get(doc_id)
    ctx = _context(doc)
    qfacts = _link_quantities(store, ctx, opts, stats, dirty)
    _join_rewrites(store, rowid, ctx.doc, set(qfacts.values()), dirty)
    _link_measures(store, ctx, qfacts, opts, stats, dirty)
    stats.denials += _index_claims(store, ctx, opts)
    store.conn.execute("INSERT OR IGNORE INTO fact_linked (doc) VALUES (?)", (rowid,))
    stats.documents += 1


def _join_rewrites(store: Store, rowid: int, doc: Document, fact_ids: set[int],
                   dirty: set[int]) -> None:
    """Reports sharing a fact are story candidates the MinHash index may have missed."""
    from recruitwatch.link.stories import join_rewrites

    if not fact_ids:
        return
    marks = ",".join("?" * len(fact_ids))
    candidates = [r[0] for r in store.conn.execute(
        f"SELECT DISTINCT d.rowid FROM fact_mentions m JOIN documents d ON d.id = m.doc_id"
        f" WHERE m.fact_id IN ({marks}) AND m.doc_id != ? AND d.language IS ? LIMIT 20",
        (*fact_ids, doc.id, doc.language))]
    if candidates and join_rewrites(store, rowid, candidates):
        dirty.update(fact_ids)  # the story changed: recount independent sources


def _measure_of_quantity(doc: Document) -> dict[int, int]:
    return {q: i for i, m in enumerate(doc.measures) for q in m.quantities}


def _link_quantities(store: Store, ctx: _Context, opts: FactOptions, stats: FactStats,
                     dirty: set[int]) -> dict[int, int]:
    """Link each quantity; returns quantity index -> fact id. One figure repeated in a
    report ("300,000" in the headline and the body) is one fact, looked up once with what
    all its mentions say."""
    out: dict[int, int] = {}
    seen: dict[tuple, int] = {}
    attrs_of = _document_quantity_attrs(ctx, opts)
    for i, (q, attrs, when, basis) in attrs_of.items():
        group = (attrs["uclass"], attrs["value"], attrs["high"])
        fact_id = seen.get(group)
        if fact_id is None:
            merged = _merged(attrs, [a for _, a, _, _ in attrs_of.values()
                                     if (a["uclass"], a["value"], a["high"]) == group])
            fact_id = _best_quantity_fact(store, merged, opts) if _linkable(merged, opts) else None
            stats.joined += fact_id is not None
            fact_id = seen[group] = fact_id or _new_fact(store, "quantity", merged)
            if merged["counts_key"]:
                store.conn.execute("UPDATE facts SET counts_key = COALESCE(counts_key, ?)"
                                   " WHERE id = ?", (merged["counts_key"], fact_id))
        _add_mention(store, fact_id, ctx, "quantity", i, q.span, when, basis, attrs, opts)
        out[i] = fact_id
        dirty.add(fact_id)
        stats.mentions += 1
    return out


def _document_quantity_attrs(ctx: _Context, opts: FactOptions) -> dict[int, tuple]:
    by_measure = _measure_of_quantity(ctx.doc)
    out = {}
    for i, q in enumerate(ctx.doc.quantities):
        if q.reviewed == "rejected":
            continue  # a person said it is no quantity: no fact, no source
        if q.unit == "other" and not q.counts and q.value < opts.min_value_uncounted:
            continue  # a bare small number ("12") is no fact
        measure = ctx.doc.measures[by_measure[i]] if i in by_measure else None
        when, basis = _event_date(ctx, q.span, measure.date if measure else None)
        attrs = _quantity_attrs(q, when, measure)
        s = ctx.sentence(q.span)
        attrs["topics"] = topics(ctx.doc.body[s[0]:s[1]])
        out[i] = (q, attrs, when, basis)
    return out


def _merged(first: dict[str, Any], group: list[dict[str, Any]]) -> dict[str, Any]:
    """The first mention's attributes, completed by the others: what is counted, a modality
    other than "other", the topics of all their sentences."""
    merged = dict(first)
    merged["counts_key"] = next((a["counts_key"] for a in group if a["counts_key"]), None)
    merged["modality"] = next((a["modality"] for a in group if a["modality"] != "other"),
                              first["modality"])
    merged["topics"] = sorted({t for a in group for t in a["topics"]})
    return merged


def _quantity_attrs(q: Quantity, when: str | None, measure) -> dict[str, Any]:
    return {
        "unit": q.unit, "uclass": unit_class(q.unit), "value": q.value, "high": q.high,
        "modality": q.modality, "counts": q.counts, "counts_key": counts_key(q.counts),
        "date": when, "type": measure.type if measure else None,
        "groups": list(measure.groups) if measure else [],
        "places": list(measure.places) if measure else [],
    }


def _linkable(attrs: dict[str, Any], opts: FactOptions) -> bool:
    """Small numbers and percentages match only when they say what they count."""
    if attrs["uclass"] == "percent" or attrs["value"] < opts.min_value_uncounted:
        return attrs["counts_key"] is not None
    return True


def _quantity_keys(attrs: dict[str, Any], buckets: list[str]) -> list[str]:
    return [f"q|{attrs['uclass']}|{_value_key(attrs['value'])}|{b}" for b in buckets]


def _candidates(store: Store, keys: list[str], limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` facts filed under any of ``keys``.

    The ids are picked on the key index alone, then only those facts are read: a
    DISTINCT over whole fact rows read every fact of a busy key (with its chain) for
    each new mention, and a 100,000-report load slowed to 20 documents a second."""
    marks = ",".join("?" * len(keys))
    ids = [r[0] for r in store.conn.execute(
        f"SELECT DISTINCT fact_id FROM fact_keys WHERE key IN ({marks})"
        f" ORDER BY fact_id DESC LIMIT ?", (*keys, limit))]
    if not ids:
        return []
    rows = store.conn.execute(
        f"SELECT {_SCORED} FROM facts WHERE id IN ({','.join('?' * len(ids))}) ORDER BY id DESC",
        ids)
    return [dict(r) for r in rows]


# what scoring a candidate reads: not its label or chain, which grow with its mentions
_SCORED = ("id, kind, unit, value, high, modality, counts_key, type, groups, places, first_date,"
           " last_date, date_basis, first_published, last_published, mentions, independent")


def _best_quantity_fact(store: Store, attrs: dict[str, Any], opts: FactOptions) -> int | None:
    keys = _quantity_keys(attrs, _buckets(attrs["date"], opts, opts.window_days))
    candidates = _candidates(store, keys, opts.max_candidates)
    for f in candidates:
        f["topics"] = _fact_topics(store, f["id"])
    scored = [(s, f["id"]) for f in candidates
              if (s := quantity_score(attrs, f, opts)) is not None]
    return max(scored)[1] if scored else None


def _fact_topics(store: Store, fact_id: int) -> list[str]:
    # topic keys lead with the fact id so this is a range scan of the key index
    prefix = f"t|{fact_id}|"
    return [r[0][len(prefix):] for r in store.conn.execute(
        "SELECT key FROM fact_keys WHERE key >= ? AND key < ?", (prefix, prefix[:-1] + "}"))]


def quantity_score(attrs: dict[str, Any], fact: dict[str, Any], opts: FactOptions
                   ) -> int | None:
    """How well a quantity fits a fact; None when it is a different fact."""
    if unit_class(fact["unit"]) != attrs["uclass"] or fact["value"] != attrs["value"]:
        return None
    if attrs["high"] != fact["high"]:
        return None  # a range is not a point, nor another range
    modality = modality_score(attrs["modality"], fact["modality"])
    if modality is None:
        return None
    if modality == 0 and not (attrs["counts_key"] and fact["counts_key"]) and not (
            set(attrs.get("topics") or ()) & set(fact.get("topics") or ())):
        return None  # neither what is counted, nor how it is meant, nor the subject agrees
    # measured from the first report, so a fact cannot creep forward through time
    if not _within(attrs["date"], fact["first_date"], fact["first_date"], opts.window_days):
        return None
    score = modality
    if attrs["counts_key"] and fact["counts_key"]:
        if attrs["counts_key"] != fact["counts_key"]:
            return None
        score += 2
    if attrs["type"] and attrs["type"] == fact["type"]:
        score += 1
    return score


def _new_fact(store: Store, kind: str, attrs: dict[str, Any]) -> int:
    cur = store.conn.execute(
        "INSERT INTO facts (kind, label, unit, value, high, modality, counts_key, type, groups,"
        " places, first_date, last_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (kind, _label(kind, attrs), attrs.get("unit"), attrs.get("value"), attrs.get("high"),
         attrs.get("modality"), attrs.get("counts_key"), attrs.get("type"),
         json.dumps(attrs.get("groups") or []), json.dumps(attrs.get("places") or []),
         attrs.get("date"), attrs.get("date")))
    return cur.lastrowid


def _label(kind: str, attrs: dict[str, Any]) -> str:
    if kind == "measure":
        where = f" in {', '.join(attrs['places'])}" if attrs["places"] else ""
        groups = f" ({', '.join(attrs['groups'])})" if attrs["groups"] else ""
        return f"{attrs['type']}{groups}{where}"
    value = f"{attrs['value']:,.0f}" if float(attrs["value"]).is_integer() else f"{attrs['value']:,}"
    if attrs.get("high") is not None:
        value += f"–{attrs['high']:,.0f}"
    unit = "" if attrs["unit"] in ("people", "other") else f" {attrs['unit']}"
    counts = attrs.get("counts_key") or attrs.get("counts") or ""
    return f"{value}{unit} {counts} ({attrs['modality']})".replace("  ", " ")


def _add_mention(store: Store, fact_id: int, ctx: _Context, kind: str, ord_: int,
                 span: tuple[int, int], when: str | None, basis: str, attrs: dict[str, Any],
                 opts: FactOptions) -> None:
    origin, via = ctx.origin(span)
    store.conn.execute(
        "INSERT OR REPLACE INTO fact_mentions (fact_id, doc_id, kind, ord, date, date_basis,"
        " published, origin, via, outlet, cites) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (fact_id, ctx.doc.id, kind, ord_, when, basis, ctx.doc.published.date, origin,
         json.dumps(via), ctx.doc.outlet, json.dumps(ctx.cites)))
    keys = (_quantity_keys(attrs, _home_buckets(when, opts)) if kind == "quantity"
            else _measure_keys(attrs, _home_buckets(when, opts)))
    keys += [f"t|{fact_id}|{t}" for t in attrs.get("topics") or ()]  # the fact's subjects
    store.conn.executemany("INSERT OR IGNORE INTO fact_keys (key, fact_id) VALUES (?, ?)",
                           [(k, fact_id) for k in keys])


# ---------------------------------------------------------------- measures


def _measure_keys(attrs: dict[str, Any], buckets: list[str]) -> list[str]:
    places = attrs["places"] or ["-"]
    keys = [f"m|{attrs['type']}|{p.lower()}|{b}" for p in places for b in buckets]
    return keys + [f"mq|{q}" for q in attrs.get("qfacts", [])]


def _link_measures(store: Store, ctx: _Context, qfacts: dict[int, int], opts: FactOptions,
                   stats: FactStats, dirty: set[int]) -> None:
    for i, m in enumerate(ctx.doc.measures):
        if m.reviewed == "rejected":
            continue
        when, basis = _event_date(ctx, m.span, m.date)
        attrs = {"type": m.type, "groups": list(m.groups), "places": list(m.places),
                 "date": when, "qfacts": sorted({qfacts[q] for q in m.quantities if q in qfacts})}
        fact_id = _best_measure_fact(store, attrs, opts)
        stats.joined += fact_id is not None
        fact_id = fact_id or _new_fact(store, "measure", attrs)
        _add_mention(store, fact_id, ctx, "measure", i, m.span, when, basis, attrs, opts)
        _merge_lists(store, fact_id, attrs)
        dirty.add(fact_id)
        stats.mentions += 1


def _best_measure_fact(store: Store, attrs: dict[str, Any], opts: FactOptions) -> int | None:
    keys = _measure_keys(attrs, _buckets(attrs["date"], opts, opts.measure_window_days))
    via_quantity = {f"mq|{q}" for q in attrs["qfacts"]}
    scored = []
    for fact in _candidates(store, keys, opts.max_candidates):
        shared = bool(via_quantity) and _has_key(store, fact["id"], via_quantity)
        score = measure_score(attrs, fact, shared, opts)
        if score is not None:
            scored.append((score, fact["id"]))
    return max(scored)[1] if scored else None


def _has_key(store: Store, fact_id: int, keys: set[str]) -> bool:
    marks = ",".join("?" * len(keys))
    return store.conn.execute(
        f"SELECT 1 FROM fact_keys WHERE fact_id = ? AND key IN ({marks}) LIMIT 1",
        (fact_id, *keys)).fetchone() is not None


def measure_score(attrs: dict[str, Any], fact: dict[str, Any], shared_quantity: bool,
                  opts: FactOptions) -> int | None:
    """A measure joins a fact of its type that shares a quantity fact, or its place and group."""
    if fact["kind"] != "measure" or fact["type"] != attrs["type"]:
        return None
    if shared_quantity:
        return 3
    if not _within(attrs["date"], fact["first_date"], fact["first_date"], opts.measure_window_days):
        return None
    groups, places = set(json.loads(fact["groups"])), {p.lower() for p in json.loads(fact["places"])}
    same_groups = bool(groups & set(attrs["groups"]))
    same_places = bool(places & {p.lower() for p in attrs["places"]})
    if same_places and (same_groups or not groups or not attrs["groups"]):
        return 2
    if not places and not attrs["places"] and same_groups:
        return 1
    return None


def _merge_lists(store: Store, fact_id: int, attrs: dict[str, Any]) -> None:
    row = store.conn.execute("SELECT groups, places FROM facts WHERE id = ?", (fact_id,)).fetchone()
    groups = sorted(set(json.loads(row[0])) | set(attrs["groups"]))
    places = sorted(set(json.loads(row[1])) | set(attrs["places"]))
    store.conn.execute("UPDATE facts SET groups = ?, places = ? WHERE id = ?",
                       (json.dumps(groups), json.dumps(places), fact_id))


# ---------------------------------------------------------------- independence


def fact_members(store: Store, fact_id: int) -> list[dict[str, Any]]:
    """A fact's mentions with their documents, earliest report first."""
    rows = store.conn.execute(
        "SELECT m.*, d.story, coalesce(d.copy_group, d.story) AS copies, d.title, d.language"
        " FROM fact_mentions m"
        " JOIN documents d ON d.id = m.doc_id WHERE m.fact_id = ?"
        " ORDER BY m.published IS NULL, m.published, d.rowid, m.ord", (fact_id,)).fetchall()
    out = []
    for r in rows:
        rec = dict(r)
        rec["via"], rec["cites"] = json.loads(rec["via"]), json.loads(rec["cites"])
        out.append(rec)
    return out


def source_components(members: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Members grouped by the "relays" relation; each group is one independent source.
    Unions go through shared keys (story, origin, cited outlet), so a fact with thousands
    of reports costs linear, not quadratic, time."""
    docs: dict[str, dict[str, Any]] = {}
    for m in members:
        docs.setdefault(m["doc_id"], m)
    parent = {d: d for d in docs}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    first: dict[str, str] = {}
    for d, m in docs.items():
        for key in _relay_keys(m):
            other = first.setdefault(key, d)
            parent[find(d)] = find(other)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        groups[find(d)].append(docs[d])
    return list(groups.values())


def _relay_keys(m: dict[str, Any]) -> list[str]:
    """Keys two reports share when one relays the other or both relay one source: the
    report copied (its copy group: not the story, which also holds other outlets' own
    reports of the event), and every name on the chain (original source, relays,
    citations, publisher)."""
    named = {m["outlet"], m["origin"], *m["via"], *m["cites"]} - {None, ""}
    copies = m.get("copies", m["story"])
    return ([f"copies:{copies}"] if copies else []) + [f"source:{n}" for n in sorted(named)]


def relays(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when one report's words come from the other, or both from one source."""
    return bool(set(_relay_keys(a)) & set(_relay_keys(b)))


def chain(component: list[dict[str, Any]]) -> dict[str, Any]:
    """The original source of one independent group, then the relays in report order."""
    first = component[0]
    relays_: list[str] = []
    for m in component:
        for name in [*m["via"], m["outlet"]]:
            if name and name != first["origin"] and name not in relays_:
                relays_.append(name)
    return {"origin": first["origin"], "relays": relays_,
            "documents": [m["doc_id"] for m in component]}


def chain_text(chains: list[dict[str, Any]]) -> str:
    return "; ".join(" → ".join([c["origin"], *c["relays"]]) for c in chains)


def refresh_fact(store: Store, fact_id: int) -> None:
    """Recompute a fact's counts, dates and source chains from its mentions."""
    members = fact_members(store, fact_id)
    components = source_components(members)
    components.sort(key=lambda c: (c[0]["published"] is None, c[0]["published"] or ""))
    chains = [chain(c) for c in components]
    # event dates when any report gives one; publication dates only as the fallback
    basis = "event" if any(m["date_basis"] == "event" and m["date"] for m in members) else "published"
    dates = sorted(m["date"] for m in members if m["date"] and m["date_basis"] == basis)
    published = sorted(m["published"] for m in members if m["published"])
    store.conn.execute(
        "UPDATE facts SET mentions = ?, independent = ?, chain = ?, first_date = ?,"
        " last_date = ?, date_basis = ?, first_published = ?, last_published = ? WHERE id = ?",
        (len(members), len(components), json.dumps(chains, ensure_ascii=False),
         dates[0] if dates else None, dates[-1] if dates else None, basis,
         published[0] if published else None, published[-1] if published else None, fact_id))


# ---------------------------------------------------------------- denials


@lru_cache(maxsize=1)
def _topics() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((k, tuple(v)) for k, v in load_toml("linking/linking.toml")["topics"].items())


def topics(text: str) -> list[str]:
    """Topic keys of a sentence, from stems shared by the three languages' spellings."""
    low = text.lower().replace("ё", "е").replace("’", "'")
    return [key for key, stems in _topics() if any(s in low for s in stems)]


@lru_cache(maxsize=1)
def _negation() -> re.Pattern[str]:
    cues = load_toml("linking/linking.toml")["negations"]
    alts = [re.escape(c[:-1]) + r"\w*" if c.endswith("*") else re.escape(c) for c in cues]
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)|n't", re.I)


def negated(text: str) -> bool:
    return _negation().search(text.replace("’", "'")) is not None


def _index_claims(store: Store, ctx: _Context, opts: FactOptions) -> int:
    """Index claims and measures by topic; link denials both ways; returns new denials."""
    items = [("claim", i, c.stance, c.span, c.date) for i, c in enumerate(ctx.doc.claims)
             if c.reviewed != "rejected"]
    items += [("measure", i, "measure", m.span, m.date) for i, m in enumerate(ctx.doc.measures)
              if m.reviewed != "rejected"]
    found = 0
    for kind, i, stance, span, when in items:
        s = ctx.sentence(span)
        text = ctx.doc.body[min(s[0], span[0]):max(s[1], span[1])]
        tops = topics(text)
        when = when or ctx.doc.published.date
        if stance != "deny" and negated(text):
            stance = "echo"  # indexed, but neither denies nor is denied
        found += _link_denials(store, ctx.doc, kind, i, stance, tops, when, opts)
        rows = [(f"{t}|{b}", stance, ctx.doc.id, i) for t in tops for b in _home_buckets(when, opts)]
        store.conn.executemany("INSERT OR IGNORE INTO claim_topics VALUES (?,?,?,?)", rows)
    return found


def _link_denials(store: Store, doc: Document, kind: str, i: int, stance: str,
                  tops: list[str], when: str | None, opts: FactOptions) -> int:
    if len(tops) < load_toml("linking/linking.toml")["min_topics"] or stance == "echo":
        return 0
    wanted = ("assert", "measure") if stance == "deny" else ("deny",)
    keys = [f"{t}|{b}" for t in tops for b in _buckets(when, opts, opts.denial_window_days)]
    marks, smarks = ",".join("?" * len(keys)), ",".join("?" * len(wanted))
    rows = store.conn.execute(
        f"SELECT stance, doc_id, ord, group_concat(DISTINCT substr(topic, 1, instr(topic, '|') - 1))"
        f" FROM claim_topics WHERE topic IN ({marks}) AND stance IN ({smarks})"
        f" GROUP BY stance, doc_id, ord HAVING count(DISTINCT substr(topic, 1, instr(topic, '|') - 1)) >= ?"
        f" LIMIT 200", (*keys, *wanted, load_toml("linking/linking.toml")["min_topics"])).fetchall()
    n = 0
    for other_stance, other_doc, other_ord, shared in rows:
        if other_doc == doc.id and other_ord == i and kind == "claim":
            continue
        other_when = _item_date(store, other_doc, other_stance, other_ord)
        if not _within(when, other_when, other_when, opts.denial_window_days):
            continue  # the time buckets are coarse: one matter is denied and told in one span
        if stance == "deny":
            pair = (doc.id, i, other_doc, "claim" if other_stance == "assert" else "measure", other_ord)
        else:
            pair = (other_doc, other_ord, doc.id, kind, i)
        if _same_speaker(store, doc, pair):
            continue
        n += store.conn.execute(
            "INSERT OR IGNORE INTO disputes VALUES ('denial',?,?,?,?,?,?)",
            (*pair, json.dumps(sorted(shared.split(","))))).rowcount
    return n


def _item_date(store: Store, doc_id: str, stance: str, ord_: int) -> str | None:
    """The date a stored claim or measure speaks of, else its report's publication date."""
    table = "measures" if stance == "measure" else "claims"
    row = store.conn.execute(
        f"SELECT coalesce(t.date, d.published_date) FROM {table} t JOIN documents d"
        f" ON d.id = t.doc_id WHERE t.doc_id = ? AND t.ord = ?", (doc_id, ord_)).fetchone()
    return row[0] if row else None


def _same_speaker(store: Store, doc: Document, pair: tuple) -> bool:
    """A speaker's own assertions are not what the speaker denies."""
    deny_doc, deny_ord, target_doc, target_kind, target_ord = pair
    if target_kind != "claim":
        return False
    speakers = [_speaker(store, doc, deny_doc, deny_ord), _speaker(store, doc, target_doc, target_ord)]
    return speakers[0] == speakers[1]


def _speaker(store: Store, doc: Document, doc_id: str, ord_: int) -> str | None:
    if doc_id == doc.id:
        return doc.claims[ord_].speaker
    row = store.conn.execute("SELECT speaker FROM claims WHERE doc_id = ? AND ord = ?",
                             (doc_id, ord_)).fetchone()
    return row[0] if row else None


def denials(store: Store, flt: FactFilter = FactFilter()) -> list[dict[str, Any]]:
    """Each denial beside the assertion or measure it denies, with both sources."""
    rows = store.conn.execute(
        "SELECT p.*, c.speaker, c.date AS deny_date, d.outlet AS deny_outlet,"
        " d.published_date AS deny_published, substr(d.body, c.start + 1, c.\"end\" - c.start)"
        " AS deny_text FROM disputes p JOIN claims c ON c.doc_id = p.deny_doc AND c.ord = p.deny_ord"
        " JOIN documents d ON d.id = p.deny_doc ORDER BY d.published_date, p.deny_doc").fetchall()
    out = []
    for r in rows:
        rec = dict(r)
        if flt.speaker and flt.speaker.lower() not in rec["speaker"].lower():
            continue
        rec.update(_target(store, rec))
        rec["topics"] = json.loads(rec["topics"])
        out.append(rec)
    return out[:flt.limit] if flt.limit else out


def _target(store: Store, rec: dict[str, Any]) -> dict[str, Any]:
    table = "claims" if rec["target_kind"] == "claim" else "measures"
    who = "t.speaker" if table == "claims" else "t.type"
    row = store.conn.execute(
        f"SELECT {who} AS who, t.date, d.outlet, d.published_date,"
        f" substr(d.body, t.start + 1, t.\"end\" - t.start) AS text FROM {table} t"
        f" JOIN documents d ON d.id = t.doc_id WHERE t.doc_id = ? AND t.ord = ?",
        (rec["target_doc"], rec["target_ord"])).fetchone()
    return {f"target_{k}": row[k] for k in row.keys()} if row else {}


# ---------------------------------------------------------------- figures side by side


def figure_disputes(store: Store, fact_id: int | None = None, limit: int = 50
                    ) -> list[dict[str, Any]]:
    """Different figures for one counted thing: a rising ``series`` of achieved figures
    (recruited-by-date), else a ``conflict``, with dates and sources side by side."""
    where = "counts_key IS NOT NULL AND kind = 'quantity'"
    args: list[Any] = []
    if fact_id is not None:
        where += (" AND (counts_key, unit, modality) = (SELECT counts_key, unit, modality"
                  " FROM facts WHERE id = ?)")
        args.append(fact_id)
    rows = [dict(r) for r in store.conn.execute(
        f"SELECT id, label, value, unit, counts_key, modality, first_date, last_date,"
        f" independent, chain FROM facts WHERE {where}"
        f" ORDER BY counts_key, unit, modality, first_date", args)]
    groups: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[(r["counts_key"], r["unit"], r["modality"])].append(r)
    out = [_figure_group(k, run) for k, g in groups.items() if k[2] != "offer"
           for run in _comparable_runs(g) if len({r["value"] for r in run}) > 1]
    if fact_id is not None:
        out = [g for g in out if any(f["fact"] == fact_id for f in g["figures"])]
    return out[:limit]


def _comparable_runs(facts: list[dict[str, Any]], ratio: float = 3.0, days: int = 400
                     ) -> list[list[dict[str, Any]]]:
    """Date-ordered facts cut where the next figure is far off in size or time: 1,500 a
    day and 427,000 a year count the same people but are not rival figures."""
    runs: list[list[dict[str, Any]]] = []
    for f in facts:
        prev = runs[-1][-1] if runs else None
        if prev and _near(prev, f, ratio, days):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def _near(a: dict[str, Any], b: dict[str, Any], ratio: float, days: int) -> bool:
    lo, hi = sorted((a["value"] or 0, b["value"] or 0))
    return lo > 0 and hi / lo <= ratio and _within(b["first_date"], a["first_date"],
                                                   a["last_date"], days)


def _figure_group(key: tuple, facts: list[dict[str, Any]]) -> dict[str, Any]:
    values = [f["value"] for f in facts]
    rising = all(a <= b for a, b in zip(values, values[1:]))
    label = "series" if key[2] == "achieved" and rising else "conflict"
    return {"counts": key[0], "unit": key[1], "modality": key[2], "label": label,
            "figures": [{"fact": f["id"], "value": f["value"], "date": f["first_date"],
                         "sources": chain_text(json.loads(f["chain"]))} for f in facts]}


# ---------------------------------------------------------------- the linked view

_KINDS = {"quantities": "quantity", "measures": "measure", "quantity": "quantity",
          "measure": "measure"}


def linked_facts(store: Store, kind: str = "quantities", flt: FactFilter = FactFilter()
                 ) -> list[dict[str, Any]]:
    """One row per linked fact: what it says, how many reports and independent sources,
    first and last report, the source chain and the figures or denials that dispute it.
    ``kind="claims"`` lists denials set against the assertions they deny."""
    if not store.readonly:
        link_facts(store)
    if kind == "claims":
        return denials(store, flt)
    if kind not in _KINDS:
        raise ValueError(f"unknown fact kind {kind!r}: use quantities, measures or claims")
    sql, args = _linked_sql(_KINDS[kind], flt)
    rows = [_linked_row(store, dict(r)) for r in store.conn.execute(sql, args)]
    if flt.speaker:
        rows = [r for r in rows if flt.speaker.lower() in r["sources"].lower()]
    return rows[:flt.limit] if flt.limit else rows


def _linked_sql(kind: str, flt: FactFilter) -> tuple[str, list[Any]]:
    w = Where("f.kind = ?")
    w.args.append(kind)
    for column, value in (("f.type", flt.type), ("f.modality", flt.modality), ("f.unit", flt.unit)):
        w.eq(column, value)
    # a fact spans its reports: it matches a period it overlaps
    if flt.since:
        w.add("COALESCE(f.last_date, f.last_published) >= ?", flt.since)
    if flt.until:
        w.add("substr(COALESCE(f.first_date, f.first_published), 1, length(?)) <= ?",
              flt.until, flt.until)
    w.has("f.groups", flt.group)
    w.has("f.places", flt.place, nocase=True)
    for col, value in (("language", flt.language), ("outlet", flt.outlet)):
        if value:
            w.add(f"EXISTS (SELECT 1 FROM fact_mentions m JOIN documents d ON d.id = m.doc_id"
                  f" WHERE m.fact_id = f.id AND lower(d.{col}) = lower(?))", value)
    where, args = w.clauses, w.args
    sql = (f"SELECT f.* FROM facts f WHERE {' AND '.join(where)}"
           " ORDER BY f.independent DESC, f.mentions DESC, f.first_date, f.id")
    return sql, args


def _linked_row(store: Store, f: dict[str, Any]) -> dict[str, Any]:
    chains = json.loads(f["chain"])
    row: dict[str, Any] = {"fact": f["id"], "label": f["label"]}
    if f["kind"] == "quantity":
        row.update(value=f["value"], high=f["high"], unit=f["unit"], counts=f["counts_key"],
                   modality=f["modality"])
    else:
        row.update(type=f["type"], groups=json.loads(f["groups"]), places=json.loads(f["places"]))
    row.update(mentions=f["mentions"], independent=f["independent"],
               date=f["first_date"], date_basis=f["date_basis"],
               first_report=f["first_published"], last_report=f["last_published"],
               sources=chain_text(chains), disputes=_dispute_note(store, f))
    return row


def _dispute_note(store: Store, f: dict[str, Any]) -> str:
    if f["kind"] != "quantity" or not f["counts_key"]:
        return ""
    notes = []
    for g in figure_disputes(store, f["id"]):
        others = [x for x in g["figures"] if x["fact"] != f["id"]]
        notes.append(g["label"] + ": " + ", ".join(
            f"{x['value']:,.0f} ({x['date'] or '?'})" for x in others))
    return "; ".join(notes)
