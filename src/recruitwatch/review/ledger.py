"""Reviews in the store: record a decision, undo it, lay the standing ones over a document,
find them again after re-processing, and re-link facts so they use the corrected values.

An extraction is addressed as ``DOC:KORD``: a document id (or a unique prefix), then the
kind's letter (q quantity, c claim, m measure, e entity) and its position in the document,
as ``recruitwatch show`` and ``review queue`` print them (``3fa2c1d9:q2``).
"""

from __future__ import annotations

import getpass
import json
import os
import re
import secrets
from datetime import datetime, timezone
from typing import Any

from recruitwatch.link.facts import unlink_facts
from recruitwatch.model import Document, document_from_record
from recruitwatch.review.core import (
    ACTIONS, KINDS, LETTERS, Review, ReviewError, anchored, apply_reviews, find_item,
    item_fields, item_span, same_item)
from recruitwatch.store import Store

REQUIRED = {"quantity": ("value", "unit"), "claim": ("speaker",), "measure": ("type",),
            "entity": ("name", "type")}  # what an added item cannot do without
_REF = re.compile(r"^([0-9a-f]{4,32}):([qcme])(\d+)$")
_LISTS = ("entities", "quantities", "claims", "measures")


def reviewer_name(name: str | None = None) -> str:
    return name or os.environ.get("RECRUITWATCH_REVIEWER") or getpass.getuser() or "reviewer"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def ref(doc_id: str, kind: str, ord_: int) -> str:
    return f"{doc_id[:12]}:{kind[0]}{ord_}"


def _match_ref(text: str) -> re.Match:
    m = _REF.match(text.strip())
    if not m:
        raise ReviewError(f"{text!r} is not an item: write DOC:KN, e.g. 3fa2c1d9:q2 (q quantity, "
                          "c claim, m measure, e entity), as `recruitwatch review queue` prints")
    return m


def kind_of(text: str) -> str:
    """The kind of extraction an item address names."""
    return LETTERS[_match_ref(text).group(2)]


def parse_ref(store: Store, text: str) -> tuple[str, str, int]:
    m = _match_ref(text)
    matches = store.ids_with_prefix(m.group(1), limit=2)
    if len(matches) != 1:
        raise ReviewError(f"{m.group(1)!r} is {'not' if not matches else 'more than'} one "
                          "document id in this store: type more of the id")
    return matches[0], LETTERS[m.group(2)], int(m.group(3))


# --- reading and writing reviews ----------------------------------------------------------

def _review(row) -> Review:
    return Review(row["doc_id"], row["kind"], row["action"], (row["start"], row["end"]),
                  row["words"], row["before"], row["after"], json.loads(row["fields"]),
                  json.loads(row["machine"]) if row["machine"] else None, row["note"],
                  json.loads(row["tags"]), row["reviewer"], row["at"], row["id"],
                  row["undone_at"], row["lost_at"], row["batch"])


def reviews_of(store: Store, doc_id: str, with_merges: bool = True) -> list[Review]:
    """The document's reviews, oldest first, with the store-wide merges among them."""
    sql = "SELECT * FROM reviews WHERE doc_id = ?" + (" OR doc_id = ''" if with_merges else "")
    return [_review(r) for r in store.conn.execute(sql + " ORDER BY id", (doc_id,))]


def all_reviews(store: Store, include_undone: bool = True) -> list[Review]:
    sql = "SELECT * FROM reviews" + ("" if include_undone else " WHERE undone_at IS NULL")
    return [_review(r) for r in store.conn.execute(sql + " ORDER BY id")]


def insert(store: Store, r: Review) -> int:
    cur = store.conn.execute(
        "INSERT INTO reviews (doc_id, kind, action, start, \"end\", words, before, after, fields,"
        " machine, note, tags, reviewer, at, undone_at, lost_at, batch)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (r.doc_id, r.kind, r.action, r.span[0], r.span[1], r.words, r.before, r.after,
         json.dumps(r.fields, ensure_ascii=False),
         None if r.machine is None else json.dumps(r.machine, ensure_ascii=False), r.note,
         json.dumps(r.tags, ensure_ascii=False), r.reviewer, r.at or now(), r.undone_at,
         r.lost_at, r.batch))
    r.id = cur.lastrowid
    return r.id


# --- the machine output of reviewed documents ---------------------------------------------

def machine_doc(store: Store, doc_id: str) -> Document:
    """What the extractors said of the document: its kept copy, or (never reviewed) the
    store's own rows."""
    doc = store.get(doc_id)
    if doc is None:
        raise ReviewError(f"no document {doc_id} in this store")
    row = store.conn.execute("SELECT record FROM machine WHERE doc_id = ?", (doc_id,)).fetchone()
    if row:
        kept = document_from_record({**doc.to_record(), **json.loads(row[0])})
        for name in _LISTS:
            setattr(doc, name, getattr(kept, name))
    return doc


def keep_machine(store: Store, doc: Document) -> None:
    """Keep ``doc``'s extractions as the machine output (before any review is laid on)."""
    rec = doc.to_record()
    store.conn.execute("INSERT OR REPLACE INTO machine (doc_id, record) VALUES (?, ?)",
                       (doc.id, json.dumps({k: rec[k] for k in _LISTS}, ensure_ascii=False)))


def refresh(store: Store, doc_id: str, machine: Document | None = None) -> list[Review]:
    """Write the document the store serves: the machine output with its standing reviews
    laid over it. Reviews found again get their new place; lost ones are marked (and
    returned), and a lost one found again is unmarked."""
    doc = machine or machine_doc(store, doc_id)
    reviews = reviews_of(store, doc_id)
    fresh = None
    if machine is not None:
        keep_machine(store, doc)
        fresh = document_from_record(doc.to_record())  # untouched by the reviews laid on
    doc, lost = apply_reviews(doc, reviews)
    lost_ids = {r.id for r in lost}
    for r in reviews:
        if r.doc_id != doc_id or r.undone_at:
            continue
        if r.id in lost_ids:
            store.conn.execute("UPDATE reviews SET lost_at = COALESCE(lost_at, ?) WHERE id = ?",
                               (now(), r.id))
            continue
        store.conn.execute("UPDATE reviews SET start = ?, \"end\" = ?, lost_at = NULL"
                           " WHERE id = ?", (r.span[0], r.span[1], r.id))
        if fresh is not None and r.action != "note":  # what the new extractors say there
            found = find_item(fresh, r.kind, r.span, r.machine)
            store.conn.execute("UPDATE reviews SET machine = ? WHERE id = ?", (
                None if found is None else json.dumps(item_fields(r.kind, found),
                                                      ensure_ascii=False), r.id))
    store.replace_facts(doc)
    return lost


def has_reviews(store: Store, doc: Document) -> bool:
    """Whether a decision bears on ``doc``: one of its own, or a standing merge of a name
    among its entities."""
    if store.conn.execute("SELECT 1 FROM reviews WHERE doc_id = ? LIMIT 1",
                          (doc.id,)).fetchone():
        return True
    names = {e.name for e in doc.entities}
    return any(r[0] in names for r in store.conn.execute(
        "SELECT words FROM reviews WHERE doc_id = '' AND undone_at IS NULL"))


# --- decisions ------------------------------------------------------------------------------

def decide(store: Store, item: str, action: str, fields: dict[str, Any] | None = None,
           note: str | None = None, tags: list[str] | None = None,
           reviewer: str | None = None) -> Review:
    """Record one decision on the extraction ``item`` (``DOC:KN``) and apply it."""
    if action not in ("confirm", "reject", "correct", "note"):
        raise ReviewError(f"unknown action {action!r}: confirm, reject, correct or note")
    doc_id, kind, ord_ = parse_ref(store, item)
    if action == "correct" and not fields:
        raise ReviewError("a correction needs at least one field=value")
    r = _decision(store, store.get(doc_id), kind, ord_, action, fields=fields or {}, note=note,
                  tags=list(tags or []), reviewer=reviewer_name(reviewer), at=now())
    return _record(store, [r], [doc_id])[0]


def _decision(store: Store, doc: Document, kind: str, ord_: int, action: str, **kw) -> Review:
    """A decision on the ``ord_``-th extraction of ``kind`` in ``doc`` (as the store serves
    it), anchored to its words, with the extractor's own values there."""
    listed = doc.extractions(kind)
    if ord_ >= len(listed):
        raise ReviewError(f"{ref(doc.id, kind, ord_)}: the document has {len(listed)} {kind} "
                          f"extractions (0 to {len(listed) - 1})")
    span = item_span(kind, listed[ord_])
    # the k-th extraction at these words in the served list is the k-th in the machine's
    # (a sentence with two speakers holds two claims at the same words)
    k = [x for x in listed if item_span(kind, x) == span].index(listed[ord_])
    mine = machine_doc(store, doc.id)
    at = [x for x in mine.extractions(kind) if item_span(kind, x) == span]
    found = at[k] if k < len(at) else find_item(mine, kind, span)
    return anchored(doc, kind, span, action,
                    machine=None if found is None else item_fields(kind, found), **kw)


FACT_ACTIONS = ("confirm", "reject")


def decide_fact(store: Store, fact_id: int, action: str, note: str | None = None,
                tags: list[str] | None = None, reviewer: str | None = None) -> list[Review]:
    """Confirm or reject the linked fact ``fact_id`` as a whole: one decision on each of its
    mentions, each kept, exported and undone like any other, sharing a batch so that
    ``undo_batch`` takes them all back. A mention a person already confirmed or corrected is
    not confirmed again (a confirmation would hide its correction); returns the decisions
    made, none when there was nothing left to confirm."""
    if action not in FACT_ACTIONS:
        raise ReviewError(f"a whole fact can be confirmed or rejected, not {action!r}")
    members = fact_members(store, fact_id)
    if not members:
        raise ReviewError(f"no linked fact {fact_id} (facts are renumbered when their reports "
                          "are reviewed or re-processed): open it again from the facts list")
    batch = f"fact {fact_id} {secrets.token_hex(4)}"
    made, docs = [], {}
    for doc_id, kind, ord_ in members:
        if doc_id not in docs:
            docs[doc_id] = store.get(doc_id)
        doc = docs[doc_id]
        if action == "confirm" and doc.extractions(kind)[ord_].reviewed in ("confirmed", "corrected"):
            continue
        made.append(_decision(store, doc, kind, ord_, action, note=note, tags=list(tags or []),
                              reviewer=reviewer_name(reviewer), at=now(), batch=batch))
    return _record(store, made, sorted({r.doc_id for r in made})) if made else []


def fact_members(store: Store, fact_id: int) -> list[tuple[str, str, int]]:
    """(document id, kind, position) of every mention of a linked fact."""
    return [tuple(r) for r in store.conn.execute(
        "SELECT doc_id, kind, ord FROM fact_mentions WHERE fact_id = ? ORDER BY doc_id, kind, ord",
        (fact_id,))]


def fact_batches(store: Store, fact_id: int) -> list[dict[str, Any]]:
    """The decisions made together (``decide_fact``) that stand on this fact's mentions,
    found by their words, one row per batch: what a person may undo as a whole."""
    row = store.conn.execute("SELECT kind FROM facts WHERE id = ?", (fact_id,)).fetchone()
    if row is None or row[0] not in _TABLES:
        return []
    rows = store.conn.execute(
        "SELECT r.batch, r.action, r.reviewer, max(r.at) AS at, count(*) AS decisions"
        f" FROM fact_mentions m JOIN {_TABLES[row[0]]} t ON t.doc_id = m.doc_id AND t.ord = m.ord"
        " JOIN reviews r ON r.doc_id = m.doc_id AND r.kind = m.kind AND r.start = t.start"
        " AND r.\"end\" = t.\"end\" WHERE m.fact_id = ? AND r.batch IS NOT NULL"
        " AND r.undone_at IS NULL GROUP BY r.batch ORDER BY min(r.id)", (fact_id,))
    return [dict(r) for r in rows]


def fact_of(store: Store, doc_id: str, kind: str, ord_: int) -> int | None:
    """The linked fact an extraction is a mention of now (facts are renumbered on re-link)."""
    row = store.conn.execute("SELECT fact_id FROM fact_mentions WHERE doc_id = ? AND kind = ?"
                             " AND ord = ?", (doc_id, kind, ord_)).fetchone()
    return row[0] if row else None


def add(store: Store, doc_prefix: str, kind: str, words: str, fields: dict[str, Any],
        occurrence: int = 1, reviewer: str | None = None, note: str | None = None) -> Review:
    """Add an extraction the extractors missed, at the ``occurrence``-th place of ``words``."""
    if kind not in KINDS:
        raise ReviewError(f"unknown kind {kind!r}: one of {', '.join(KINDS)}")
    missing = [f for f in REQUIRED[kind] if fields.get(f) in (None, "")]
    if missing:
        raise ReviewError(f"an added {kind} needs {' and '.join(f'{f}=...' for f in missing)}")
    matches = store.ids_with_prefix(doc_prefix, limit=2)
    if len(matches) != 1:
        raise ReviewError(f"{doc_prefix!r} is not one document id in this store")
    doc = store.get(matches[0])
    starts = [m.start() for m in re.finditer(re.escape(words), doc.body)] if words else []
    if len(starts) < occurrence:
        raise ReviewError(f"{words!r} occurs {len(starts)} times in the document's text")
    s = starts[occurrence - 1]
    return _record(store, [anchored(doc, kind, (s, s + len(words)), "add", fields=fields,
                                    note=note, reviewer=reviewer_name(reviewer), at=now())],
                   [doc.id])[0]


def merge(store: Store, name: str, into: str, reviewer: str | None = None) -> int:
    """Entity ``name`` is ``into`` in every document; returns how many documents changed."""
    docs = sorted(_named(store, name))
    if not docs:
        raise ReviewError(f"no entity is named {name!r}: names are canonical, as `facts` and "
                          "the explorer's entity pages show them")
    _record(store, [Review("", "entity", "merge", (0, 0), name, fields={"into": into},
                           reviewer=reviewer_name(reviewer), at=now())], docs)
    return len(docs)


def _named(store: Store, name: str) -> set[str]:
    """The documents with an entity of this name (what a merge of it bears on)."""
    return {r[0] for r in store.conn.execute(
        "SELECT DISTINCT doc_id FROM entities WHERE name = ?", (name,))}


def _record(store: Store, reviews: list[Review], docs: list[str]) -> list[Review]:
    """Store decisions, in one transaction, and lay them over the documents they bear on
    (their extractors' output kept first, at their first review); their linked facts are
    rebuilt at the next link."""
    with store.conn:
        for doc_id in docs:
            _keep_first_machine(store, doc_id)
        for r in reviews:
            insert(store, r)
        for doc_id in docs:
            refresh(store, doc_id)
        unlink_facts(store, docs)
    return reviews


def undo(store: Store, review_id: int, reviewer: str | None = None) -> Review:
    row = store.conn.execute("SELECT * FROM reviews WHERE id = ?", (review_id,)).fetchone()
    if row is None:
        raise ReviewError(f"no review {review_id}: `recruitwatch review list` shows their numbers")
    if row["undone_at"]:
        raise ReviewError(f"review {review_id} was undone at {row['undone_at']}")
    return _undo(store, [row])[0]


def undo_batch(store: Store, batch: str, reviewer: str | None = None) -> list[Review]:
    """Undo every standing decision made together in ``batch`` (a whole linked fact)."""
    rows = store.conn.execute("SELECT * FROM reviews WHERE batch = ? AND undone_at IS NULL"
                              " ORDER BY id", (batch,)).fetchall()
    if not rows:
        raise ReviewError(f"nothing to undo in {batch!r}: its decisions were undone already, "
                          "or it is not a batch of this store (`recruitwatch review list`)")
    return _undo(store, rows)


def _undo(store: Store, rows: list) -> list[Review]:
    """Mark reviews undone and serve their documents again without them (every reviewed
    document when one of them is a store-wide merge)."""
    ids = [row["id"] for row in rows]
    docs = {row["doc_id"] for row in rows}
    with store.conn:
        stamp = now()
        store.conn.executemany("UPDATE reviews SET undone_at = ? WHERE id = ?",
                               [(stamp, i) for i in ids])
        if "" in docs:
            docs = {r[0] for r in store.conn.execute("SELECT doc_id FROM machine")}
        for doc_id in sorted(docs):
            refresh(store, doc_id)
        unlink_facts(store, docs)
    return [_review(store.conn.execute("SELECT * FROM reviews WHERE id = ?", (i,)).fetchone())
            for i in ids]


def _keep_first_machine(store: Store, doc_id: str) -> None:
    """Keep the document's extractors' output, if this is its first review."""
    if store.conn.execute("SELECT 1 FROM machine WHERE doc_id = ?", (doc_id,)).fetchone() is None:
        keep_machine(store, store.get(doc_id))


def relink(store: Store) -> None:
    """Link again what decisions took out of the linked facts."""
    from recruitwatch.link.facts import link_facts
    link_facts(store)


# --- the queue ----------------------------------------------------------------------------

_TABLES = {"quantity": "quantities", "claim": "claims", "measure": "measures", "entity": "entities"}


def queue(store: Store, limit: int = 50, kind: str | None = None,
          min_confidence: float | None = None) -> list[dict[str, Any]]:
    """Unreviewed extractions, the most worth checking first (``review.queue.priority``),
    ordered by the database so only the first ``limit`` of each kind are read."""
    from recruitwatch.review.queue import priority

    disputed = {(r[0], "claim", r[1]) for r in store.conn.execute(
        "SELECT deny_doc, deny_ord FROM disputes")}
    disputed |= {(r[0], r[1], r[2]) for r in store.conn.execute(
        "SELECT target_doc, target_kind, target_ord FROM disputes")}
    store.conn.create_function("rw_disputed", 3, lambda *key: key in disputed, deterministic=True)
    store.conn.create_function("rw_priority", 3, priority, deterministic=True)
    rows = []
    for k in ([kind] if kind else KINDS):
        span = "json_extract(t.mentions, '$[0][0]'), json_extract(t.mentions, '$[0][1]')" \
            if k == "entity" else "t.start, t.\"end\""
        deny = "t.stance = 'deny' OR " if k == "claim" else ""
        where = "t.reviewed IS NULL" + ("" if min_confidence is None else " AND t.confidence >= ?")
        args = [] if min_confidence is None else [min_confidence]
        sql = (f"SELECT t.doc_id, t.ord, t.confidence, {span}, COALESCE(f.mentions, 1) AS n,"
               f" ({deny}rw_disputed(t.doc_id, '{k}', t.ord)) AS dis FROM {_TABLES[k]} t"
               f" LEFT JOIN fact_mentions m ON m.kind = '{k}' AND m.doc_id = t.doc_id AND m.ord = t.ord"
               f" LEFT JOIN facts f ON f.id = m.fact_id WHERE {where}"
               f" ORDER BY rw_priority(t.confidence, n, dis) DESC, t.doc_id, t.ord LIMIT ?")
        for r in store.conn.execute(sql, (*args, limit)):
            rows.append({"item": ref(r[0], k, r[1]), "doc_id": r[0], "kind": k, "ord": r[1],
                         "confidence": r[2], "mentions": r[5], "disputed": bool(r[6]),
                         "priority": round(priority(r[2], r[5], bool(r[6])), 3),
                         "span": [r[3], r[4]]})
    rows.sort(key=lambda x: (-x["priority"], x["doc_id"], x["kind"], x["ord"]))
    rows = rows[:limit]
    for row in rows:
        _describe(store, row)
    return rows


def _describe(store: Store, row: dict[str, Any]) -> None:
    """The item's words, its sentence and its document, for a person to judge it."""
    doc = store.get(row["doc_id"])
    s, e = row["span"]
    body = doc.body
    a = max(body.rfind("\n", 0, s) + 1, s - 200)
    b = body.find("\n", e)
    b = min(len(body) if b < 0 else b, e + 200)
    item = doc.extractions(row["kind"])[row["ord"]]
    row.update(words=body[s:e], before=body[a:s], after=body[e:b], title=doc.title,
               outlet=doc.outlet, published=doc.published.date,
               fields=item_fields(row["kind"], item), reviewed=item.reviewed)


def listing(store: Store, include_undone: bool = False) -> list[dict[str, Any]]:
    out = []
    for r in all_reviews(store, include_undone):
        out.append({"id": r.id, "doc_id": r.doc_id, "kind": r.kind, "action": r.action,
                    "words": r.words, "fields": r.fields, "machine": r.machine, "note": r.note,
                    "tags": r.tags, "reviewer": r.reviewer, "at": r.at,
                    "undone_at": r.undone_at, "lost_at": r.lost_at, "batch": r.batch})
    return out


# --- moving reviews between stores -------------------------------------------------------------

RECORD_KEYS = ("doc_id", "kind", "action", "start", "end", "words", "before", "after", "fields",
               "machine", "note", "tags", "reviewer", "at", "undone_at", "batch")


def export_records(store: Store) -> list[dict[str, Any]]:
    """Every review (undone ones too, so an undo travels) as a JSON-ready record."""
    out = []
    for r in all_reviews(store):
        url = store.conn.execute("SELECT url FROM documents WHERE id = ?", (r.doc_id,)).fetchone()
        out.append(record(r, url[0] if url else None))
    return out


def record(r: Review, url: str | None = None) -> dict[str, Any]:
    return {"doc_id": r.doc_id, "url": url, "kind": r.kind, "action": r.action,
            "start": r.span[0], "end": r.span[1], "words": r.words, "before": r.before,
            "after": r.after, "fields": r.fields, "machine": r.machine, "note": r.note,
            "tags": r.tags, "reviewer": r.reviewer, "at": r.at or now(),
            "undone_at": r.undone_at, "batch": r.batch}


def review_from_record(rec: dict[str, Any]) -> Review:
    missing = [k for k in ("doc_id", "kind", "action", "start", "end", "words", "reviewer", "at")
               if k not in rec]
    if missing:
        raise ReviewError(f"a review record lacks {', '.join(missing)}")
    if rec["kind"] not in KINDS or rec["action"] not in ACTIONS:
        raise ReviewError(f"unknown kind or action: {rec['kind']!r} {rec['action']!r}")
    return Review(rec["doc_id"], rec["kind"], rec["action"], (int(rec["start"]), int(rec["end"])),
                  rec["words"], rec.get("before") or "", rec.get("after") or "",
                  dict(rec.get("fields") or {}), rec.get("machine"), rec.get("note"),
                  list(rec.get("tags") or []), rec["reviewer"], rec["at"],
                  undone_at=rec.get("undone_at"), batch=rec.get("batch"))


def _outcome(r: Review) -> tuple:
    return (r.action, json.dumps(r.fields, sort_keys=True)) if r.action != "note" else ("note",)


def import_records(store: Store, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Add reviews made elsewhere. The same decision twice is kept once; a decision that
    contradicts one standing here (another action or other values on the same words) is
    reported and not imported: a person settles it. Reviews of documents this store does
    not hold are reported."""
    from recruitwatch.review.core import locate

    summary: dict[str, Any] = {"imported": 0, "duplicates": 0, "conflicts": [], "missing": [],
                               "errors": []}
    touched: set[str] = set()
    bodies: dict[str, str] = {}
    with store.conn:
        keys = {r.key() for r in all_reviews(store)}
        for n, rec in enumerate(records, 1):
            try:
                r = review_from_record(rec)
            except (ReviewError, ValueError, TypeError) as exc:
                summary["errors"].append(f"record {n}: {exc}")
                continue
            if r.key() in keys:
                summary["duplicates"] += 1
                continue
            if r.doc_id and not store.has(r.doc_id):
                summary["missing"].append(f"record {n}: document {r.doc_id[:12]} "
                                          f"({rec.get('url') or 'no url'}) is not in this store")
                continue
            if r.doc_id and r.action != "note" and not r.undone_at:
                if r.doc_id not in bodies:
                    bodies[r.doc_id] = store.get(r.doc_id).body
                span = locate(bodies[r.doc_id], r)
                clash = next((o for o in standing_here(store, r.doc_id, r.kind)
                              if span is not None and o.span == span
                              and (same_item(r.kind, o.fields, r.fields) if r.action == "add"
                                   else same_item(r.kind, o.machine, r.machine))
                              and (o.action == "add") == (r.action == "add")
                              and _outcome(o) != _outcome(r)), None)
                if clash is not None:
                    summary["conflicts"].append(
                        f"record {n}: {r.reviewer} says {r.action} {r.fields or ''} on "
                        f"{r.words!r} ({r.doc_id[:12]}), review {clash.id} by {clash.reviewer} "
                        f"says {clash.action} {clash.fields or ''}")
                    continue
            insert(store, r)
            keys.add(r.key())
            summary["imported"] += 1
            touched |= {r.doc_id} if r.doc_id else _named(store, r.words)
        for doc_id in sorted(touched):
            _keep_first_machine(store, doc_id)
        for doc_id in sorted(touched):
            summary.setdefault("lost", []).extend(
                f"review {x.id}: {x.words!r} is no longer in {doc_id[:12]}"
                for x in refresh(store, doc_id))
        unlink_facts(store, touched)
    return summary


def standing_here(store: Store, doc_id: str, kind: str) -> list[Review]:
    from recruitwatch.review.score import standing
    return [r for r in standing(reviews_of(store, doc_id, with_merges=False)) if r.kind == kind]


__all__ = ["add", "decide", "decide_fact", "merge", "undo", "undo_batch", "refresh", "relink",
           "parse_ref", "ref", "queue", "listing", "export_records", "import_records"]
