"""Linked facts for the explorer, read-only.

When the store has been fact-linked (the ``facts`` and ``fact_mentions`` tables of
``link/facts.py``), a fact is one row there and its mentions point at extractions in
documents. A store without them still browses: the same numbers reported by several
documents (same value, unit, modality and what they count) are grouped here on the fly, and
a fact is named by its earliest mention (``q-<doc id>-<ord>``), so links stay stable.
Independent sources are distinct stories: a republication is one source, not two.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from recruitwatch.store import Store
from recruitwatch.store.queries import Where, live

FACT_ID = re.compile(r"^(?:\d{1,12}|[qm]-[0-9a-f]{32}-\d{1,6})$")
KINDS = {"quantities": "quantity", "measures": "measure"}


def has_linked(store: Store) -> bool:
    """True when link/facts.py has written its tables into this store."""
    try:
        return store.conn.execute("SELECT 1 FROM facts LIMIT 1").fetchone() is not None
    except sqlite3.OperationalError:
        return False


def fact_list(store: Store, kind: str, flt: dict[str, str], limit: int, offset: int) -> list[dict]:
    """One row per linked fact of ``kind`` (quantities or measures), best attested first."""
    if has_linked(store):
        return _linked_list(store, KINDS[kind], flt, limit, offset)
    return _grouped_list(store, kind, flt, limit, offset)


def fact_detail(store: Store, fact_id: str) -> dict[str, Any] | None:
    """The fact, every mention with its document and evidence words, and what disputes it."""
    if not FACT_ID.match(fact_id):
        return None
    if fact_id.isdigit():
        return _linked_detail(store, int(fact_id)) if has_linked(store) else None
    return _grouped_detail(store, fact_id)


def fact_ids_for(store: Store, doc_id: str) -> dict[str, str]:
    """``{"quantities-3": fact id}`` for the extractions of one document."""
    if has_linked(store):
        rows = store.conn.execute(
            "SELECT kind, ord, fact_id FROM fact_mentions WHERE doc_id = ?", (doc_id,))
        return {f"{_plural(r['kind'])}-{r['ord']}": str(r["fact_id"]) for r in rows}
    return {}


def _plural(kind: str) -> str:
    return {"quantity": "quantities", "measure": "measures", "claim": "claims"}.get(kind, kind)


# --- linked facts (tables written by link/facts.py) -------------------------------------------

def _linked_list(store: Store, kind: str, flt: dict[str, str], limit: int, offset: int) -> list[dict]:
    w = Where("f.kind = ?")
    w.args.append(kind)
    for column in ("modality", "type", "unit"):
        w.eq(f"f.{column}", flt.get(column))
    w.has("f.groups", flt.get("group"))
    w.has("f.places", flt.get("place"), nocase=True)
    w.dates("COALESCE(f.first_date, f.first_published)", flt.get("since"), flt.get("until"))
    where, args = w.clauses, w.args
    sql = (f"SELECT f.* FROM facts f WHERE {' AND '.join(where)}"
           " ORDER BY f.independent DESC, f.mentions DESC, f.id LIMIT ? OFFSET ?")
    return [_linked_row(dict(r)) for r in store.conn.execute(sql, (*args, limit, offset))]


def _linked_row(row: dict[str, Any]) -> dict[str, Any]:
    for key in ("groups", "places", "chain"):
        if isinstance(row.get(key), str):
            row[key] = json.loads(row[key])
    return {
        "id": str(row["id"]), "kind": _plural(row["kind"]), "label": row.get("label"),
        "value": row.get("value"), "high": row.get("high"), "unit": row.get("unit"),
        "counts": row.get("label") if row["kind"] == "measure" else _counts_of(row),
        "modality": row.get("modality"), "type": row.get("type"),
        "groups": row.get("groups") or [], "places": row.get("places") or [],
        "date": row.get("first_date"), "first_published": row.get("first_published"),
        "last_published": row.get("last_published"),
        "sources": row.get("mentions") or 0, "independent": row.get("independent") or 0,
        "chain": row.get("chain") or [],
    }


def _counts_of(row: dict[str, Any]) -> str:
    # no counts key: the linker could not tell what the number counts; say so, not the label
    key = row.get("counts_key") or ""
    return key.replace("_", " ")


def _linked_detail(store: Store, fact_id: int) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT * FROM facts WHERE id = ?", (fact_id,)).fetchone()
    if row is None:
        return None
    fact = _linked_row(dict(row))
    mentions = [dict(r) for r in store.conn.execute(
        "SELECT * FROM fact_mentions WHERE fact_id = ? ORDER BY published, doc_id", (fact_id,))]
    fact["mentions"] = [_mention(store, _plural(m["kind"]), m["doc_id"], m["ord"], m) for m in mentions]
    fact["mentions"] = _named_from_siblings([m for m in fact["mentions"] if m])
    fact["chain"] = [_named_chain(c, fact["mentions"]) for c in fact["chain"]]
    denying = [m for m in fact["mentions"] if m["stance"] == "deny"]
    fact["disputes"] = _unique(_linked_disputes(store, mentions) + denying)
    fact["other_figures"] = _other_figures(store, fact_id)
    fact["review"] = review_summary(fact["mentions"])
    return fact


def review_summary(mentions: list[dict]) -> dict[str, Any]:
    """How far a fact's mentions were checked: how many a person confirmed or corrected,
    how many nobody checked, and the least sure of the extractions."""
    states = [m["reviewed"] for m in mentions]
    sure = [m["confidence"] for m in mentions if m["confidence"] is not None]
    return {"confirmed": states.count("confirmed"), "corrected": states.count("corrected"),
            "unreviewed": states.count(None), "lowest": min(sure) if sure else None}


def _named(name: str | None) -> str | None:
    """A source name, or None for the linker's ``doc:<id>`` stand-in for an unnamed one."""
    return None if not name or name.startswith("doc:") else name


def _named_from_siblings(mentions: list[dict]) -> list[dict]:
    """A mention with no source of its own (a headline) takes the one its report names
    for the same fact elsewhere: the report's words come from one place."""
    by_doc: dict[str, str] = {}
    for m in mentions:
        if m["speaker"]:
            by_doc.setdefault(m["doc_id"], m["speaker"])
    for m in mentions:
        m["speaker"] = m["speaker"] or by_doc.get(m["doc_id"])
    return mentions


def _named_chain(chain: dict, mentions: list[dict]) -> dict:
    """A chain whose origin the linker could only name by its report (``doc:<id>``) is named
    by that report's source, and keeps the report as a link: never a bare id as a label."""
    origin = chain.get("origin") or ""
    if _named(origin):
        return chain
    prefix = origin[4:]
    docs = [d for d in chain.get("documents") or [] if d.startswith(prefix)] or [None]
    first = next((m for m in mentions if m["doc_id"] == docs[0]), None)
    name = first["speaker"] if first else None
    return {**chain, "origin": name, "relays": [r for r in chain.get("relays") or [] if r != name],
            "origin_doc": docs[0],
            "origin_title": first["title"] if first else None}


def _other_figures(store: Store, fact_id: int) -> list[dict]:
    """Other figures given for the same counted thing (a series, or a conflict)."""
    from recruitwatch.link.facts import figure_disputes

    out = []
    for group in figure_disputes(store, fact_id):
        for f in group["figures"]:
            if f["fact"] != fact_id:
                out.append({**f, "fact": str(f["fact"]), "relation": group["label"]})
    return out


def _linked_disputes(store: Store, mentions: list[dict]) -> list[dict]:
    try:
        out = []
        for m in mentions:
            for d in store.conn.execute(
                    "SELECT deny_doc, deny_ord FROM disputes WHERE target_doc = ? AND target_kind = ?"
                    " AND target_ord = ?", (m["doc_id"], m["kind"], m["ord"])):
                out.append(_mention(store, "claims", d["deny_doc"], d["deny_ord"], {}))
        return _unique([c for c in out if c])
    except sqlite3.OperationalError:
        return []


# --- grouped on the fly (store not fact-linked yet) ---------------------------------------------

_Q_KEY = "f.unit, f.value, COALESCE(f.high, -1), f.modality, lower(f.counts)"


def _grouped_list(store: Store, kind: str, flt: dict[str, str], limit: int, offset: int) -> list[dict]:
    if kind == "measures":
        return _grouped_measures(store, flt, limit, offset)
    where, args = _q_where(flt)
    sql = (f"SELECT f.unit, f.value, f.high, f.modality, f.counts, min(d.published_date) AS first,"
           " count(*) AS sources, count(DISTINCT COALESCE(d.story, d.id)) AS independent,"
           " min(COALESCE(d.published_date, '9') || d.id || ':' || f.ord) AS first_ref"
           f" FROM quantities f JOIN documents d ON d.id = f.doc_id WHERE {where}"
           f" GROUP BY {_Q_KEY} ORDER BY independent DESC, sources DESC, first LIMIT ? OFFSET ?")
    return [_grouped_q_row(dict(r)) for r in store.conn.execute(sql, (*args, limit, offset))]


def _q_where(flt: dict[str, str]) -> tuple[str, list]:
    w = Where(live("f"))
    for column in ("f.modality", "f.unit", "d.language"):
        w.eq(column, flt.get(column.split(".")[1]))
    w.dates("d.published_date", flt.get("since"), flt.get("until"))
    return w.sql, w.args


def _grouped_q_row(r: dict[str, Any]) -> dict[str, Any]:
    doc_id, ord_ = _split_ref(r["first_ref"])
    return {
        "id": f"q-{doc_id}-{ord_}", "kind": "quantities", "label": None,
        "value": r["value"], "high": r["high"], "unit": r["unit"], "counts": r["counts"],
        "modality": r["modality"], "type": None, "groups": [], "places": [],
        "date": r["first"], "first_published": r["first"], "last_published": None,
        "sources": r["sources"], "independent": r["independent"], "chain": [],
    }


def _split_ref(ref: str) -> tuple[str, str]:
    """``<date><doc id>:<ord>`` (the earliest mention, sortable) back into id and ord."""
    head, ord_ = ref.rsplit(":", 1)
    return head[-32:], ord_


def _grouped_measures(store: Store, flt: dict[str, str], limit: int, offset: int) -> list[dict]:
    w = Where(live("f"))
    w.eq("f.type", flt.get("type"))
    w.has("f.groups", flt.get("group"))
    where, args = w.clauses, w.args
    sql = ("SELECT f.type, f.groups, f.places, min(COALESCE(f.date, d.published_date)) AS first,"
           " count(*) AS sources, count(DISTINCT COALESCE(d.story, d.id)) AS independent,"
           " min(COALESCE(d.published_date, '9') || d.id || ':' || f.ord) AS first_ref"
           f" FROM measures f JOIN documents d ON d.id = f.doc_id WHERE {' AND '.join(where)}"
           " GROUP BY f.type, f.groups, f.places ORDER BY independent DESC, sources DESC"
           " LIMIT ? OFFSET ?")
    out = []
    for r in store.conn.execute(sql, (*args, limit, offset)):
        doc_id, ord_ = _split_ref(r["first_ref"])
        out.append({
            "id": f"m-{doc_id}-{ord_}", "kind": "measures", "label": r["type"].replace("_", " "),
            "value": None, "high": None, "unit": None, "counts": None, "modality": None,
            "type": r["type"], "groups": json.loads(r["groups"]), "places": json.loads(r["places"]),
            "date": r["first"], "first_published": r["first"], "last_published": None,
            "sources": r["sources"], "independent": r["independent"], "chain": []})
    return out


def _grouped_detail(store: Store, fact_id: str) -> dict[str, Any] | None:
    prefix, doc_id, ord_ = fact_id.split("-")
    table = "quantities" if prefix == "q" else "measures"
    seed = store.conn.execute(f"SELECT * FROM {table} WHERE doc_id = ? AND ord = ?",
                              (doc_id, int(ord_))).fetchone()
    if seed is None:
        return None
    if table == "quantities":
        rows = store.conn.execute(
            "SELECT f.doc_id, f.ord FROM quantities f WHERE f.unit = ? AND f.value = ?"
            " AND COALESCE(f.high, -1) = COALESCE(?, -1) AND f.modality = ? AND lower(f.counts) = lower(?)"
            f" AND {live('f')}",
            (seed["unit"], seed["value"], seed["high"], seed["modality"], seed["counts"])).fetchall()
    else:
        rows = store.conn.execute(
            f"SELECT doc_id, ord FROM measures WHERE type = ? AND groups = ? AND places = ? AND {live()}",
            (seed["type"], seed["groups"], seed["places"])).fetchall()
    mentions = [_mention(store, table, r["doc_id"], r["ord"], {}) for r in rows]
    mentions = sorted((m for m in mentions if m), key=lambda m: (m["published"] or "9", m["doc_id"]))
    mentions = _named_from_siblings(mentions)
    fact = _fact_from_seed(table, dict(seed), fact_id, mentions)
    fact["disputes"] = _denials_in(store, {m["doc_id"] for m in mentions})
    fact["other_figures"] = []
    fact["review"] = review_summary(mentions)
    return fact


def _fact_from_seed(table: str, seed: dict, fact_id: str, mentions: list[dict]) -> dict[str, Any]:
    groups = json.loads(seed.get("groups") or "[]")
    places = json.loads(seed.get("places") or "[]")
    return {
        "id": fact_id, "kind": table, "label": seed.get("type", "").replace("_", " ") or None,
        "value": seed.get("value"), "high": seed.get("high"), "unit": seed.get("unit"),
        "counts": seed.get("counts"), "modality": seed.get("modality"), "type": seed.get("type"),
        "groups": groups, "places": places,
        "date": mentions[0]["published"] if mentions else None,
        "first_published": mentions[0]["published"] if mentions else None,
        "last_published": mentions[-1]["published"] if mentions else None,
        "sources": len(mentions), "independent": len({m["story"] for m in mentions}),
        "chain": [], "mentions": mentions,
    }


def _denials_in(store: Store, doc_ids: set[str]) -> list[dict]:
    out = []
    for doc_id in sorted(doc_ids):
        for r in store.conn.execute(
                f"SELECT ord FROM claims WHERE doc_id = ? AND stance = 'deny' AND {live()}", (doc_id,)):
            out.append(_mention(store, "claims", doc_id, r["ord"], {}))
    return [m for m in out if m]


# --- mentions ---------------------------------------------------------------------------------

CONTEXT = 160  # characters of body read either side of the evidence words


def _mention(store: Store, table: str, doc_id: str, ord_: int, link: dict) -> dict[str, Any] | None:
    """One extraction with its document, its evidence sentence and the claim that carries it."""
    if table not in ("quantities", "measures", "claims"):
        return None
    row = store.conn.execute(
        f"SELECT f.start, f.\"end\", f.confidence, f.reviewed, d.title, d.outlet,"
        f" d.published_date, d.language, d.url,"
        f" d.story, d.duplicate_of, max(0, f.start - {CONTEXT}) AS ctx_start,"
        # substr counts from 1: the window starts at 0-based ctx_start, so at ctx_start + 1
        f" substr(d.body, max(0, f.start - {CONTEXT}) + 1,"
        f" f.\"end\" - max(0, f.start - {CONTEXT}) + {CONTEXT}) AS context"
        f" FROM {table} f JOIN documents d ON d.id = f.doc_id WHERE f.doc_id = ? AND f.ord = ?",
        (doc_id, ord_)).fetchone()
    if row is None:
        return None
    carrier = _carrying_claim(store, doc_id, row["start"], row["end"]) if table != "claims" else None
    if table == "claims":
        carrier = _claim(store, doc_id, ord_)
    return {
        "kind": table, "doc_id": doc_id, "ord": ord_, "ref": f"{table}-{ord_}",
        "title": row["title"], "outlet": row["outlet"], "published": row["published_date"],
        "language": row["language"], "story": row["story"] or doc_id,
        "duplicate_of": row["duplicate_of"], "context": _context(row),
        "speaker": (carrier["speaker"] if carrier else None) or _named(link.get("origin"))
                   or row["outlet"] or next(iter(_json(link.get("cites"))), None),
        "via": list(_json(link.get("via"))) if link.get("via") else (carrier["via"] if carrier else []),
        "stance": carrier["stance"] if carrier else None,
        "hedged": carrier["hedged"] if carrier else False,
        "origin": link.get("origin"), "date": link.get("date"),
        "confidence": row["confidence"], "reviewed": row["reviewed"],
    }


def _context(row) -> dict[str, str]:
    """The evidence words and a little text either side, cut at word boundaries."""
    text, base = row["context"], row["ctx_start"]
    a, b = row["start"] - base, row["end"] - base
    before, words, after = text[:a], text[a:b], text[b:]
    before = before.split("\n")[-1]
    after = after.split("\n")[0]
    if len(before) > 140:
        before = "… " + before[-140:].split(" ", 1)[-1]
    if len(after) > 140:
        after = after[:140].rsplit(" ", 1)[0] + " …"
    return {"before": before, "words": words, "after": after}


def _carrying_claim(store: Store, doc_id: str, start: int, end: int) -> dict | None:
    row = store.conn.execute(
        f"SELECT ord FROM claims WHERE doc_id = ? AND start <= ? AND \"end\" >= ? AND {live()}"
        " ORDER BY \"end\" - start LIMIT 1", (doc_id, start, end)).fetchone()
    return _claim(store, doc_id, row["ord"]) if row else None


def _claim(store: Store, doc_id: str, ord_: int) -> dict | None:
    row = store.conn.execute("SELECT speaker, via, stance, hedged FROM claims WHERE doc_id = ?"
                             " AND ord = ?", (doc_id, ord_)).fetchone()
    if row is None:
        return None
    return {"speaker": row["speaker"], "via": json.loads(row["via"]), "stance": row["stance"],
            "hedged": bool(row["hedged"])}


def _json(value) -> list:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return []
    return value or []


def _unique(items: list[dict]) -> list[dict]:
    seen, out = set(), []
    for m in items:
        key = (m["doc_id"], m["ord"])
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out
