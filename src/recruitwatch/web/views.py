"""The explorer's pages as data: each view returns one dict that is both the ``.json`` twin
and the only thing its HTML template sees. Views read the store and never write."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from typing import Any

from recruitwatch.link.stories import MEMBER_ORDER
from recruitwatch.store import Store
from recruitwatch.store.queries import Where, live
from recruitwatch.web import evidence
from recruitwatch.web.highlight import extraction_spans, segments

PAGE = 50
DOC_ID = re.compile(r"^[0-9a-f]{6,64}$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FILTERS = ("type", "group", "place", "speaker", "modality", "outlet", "since", "until",
           "language", "unit")


class NotFound(Exception):
    """The page names something the store does not hold."""


def clean_filters(params: dict[str, str]) -> dict[str, str]:
    """The known filters with a value, trimmed; malformed dates are dropped, not trusted."""
    out = {k: params[k].strip()[:200] for k in FILTERS if params.get(k, "").strip()}
    for key in ("since", "until"):
        if key in out and not DATE.match(out[key]):
            del out[key]
    return out


def page_number(params: dict[str, str]) -> int:
    raw = params.get("page", "1")
    return max(1, min(int(raw), 10_000)) if raw.isdigit() else 1


# --- search -----------------------------------------------------------------------------------

def search_view(store: Store, params: dict[str, str], facets: dict[str, list[str]],
                index=None) -> dict:
    """Documents matching a full-text query and the filters, best first (newest without a
    query). ``index`` (a DocIndex and the TimelineIndex) answers the filters from memory;
    without it, SQL does."""
    q = params.get("q", "").strip()[:500]
    flt = clean_filters(params)
    page = page_number(params)
    error, matches, ranked = None, None, False
    try:
        matches = _match_count(store, q) if q else None
        if index is not None and flt:
            rows, ranked = _indexed_search(store, q, flt, page, index, matches or 0)
        else:
            ranked = matches is not None and matches <= RANK_LIMIT
            sql, args = _search_sql(q, flt, ranked=matches is None or ranked)
            rows = store.conn.execute(sql, (*args, PAGE + 1, (page - 1) * PAGE)).fetchall()
    except sqlite3.OperationalError as exc:
        rows, error = [], f"cannot search for {q!r} ({exc}); quote phrases with \"...\""
    hits = [_hit(dict(r)) for r in rows[:PAGE]]
    return {"page": "search", "q": q, "filters": flt, "page_number": page,
            "more": len(rows) > PAGE, "hits": hits, "error": error, "facets": facets,
            "matches": matches, "ranked": ranked}


_HIT_COLS = "d.id, d.title, d.outlet, d.published_date, d.language, d.story, d.duplicate_of"
_SNIPPET = "snippet(documents_fts, 1, char(2), char(3), ' … ', 24) AS snippet"


def _indexed_search(store: Store, q: str, flt: dict[str, str], page: int, index,
                    matches: int) -> tuple[list, bool]:
    docs, measures = index
    mask = docs.mask(flt, measures)
    offset = (page - 1) * PAGE
    if not q:
        ids = docs.page(mask, offset, PAGE + 1)
        return _rows_in_order(store, ids, f"SELECT {_HIT_COLS}, d.rowid AS rid,"
                              " substr(d.body, 1, 240) AS snippet FROM documents d"), False
    if matches <= RANK_LIMIT:
        ranked = [r[0] for r in store.conn.execute(
            "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank", (q,))]
        ids = docs.restrict(mask, ranked)[offset:offset + PAGE + 1]
        return _hits_with_snippets(store, q, ids), True
    return _hits_with_snippets(store, q, _newest_matching(store, q, mask, docs, offset)), False


CHUNK = 2000  # full-text matches read at a time when walking newest first


def _newest_matching(store: Store, q: str, mask, docs, offset: int) -> list[int]:
    """Walk the matches newest stored first, a chunk at a time, until a page passes the mask:
    a common word with a common filter reads one chunk, not every match."""
    kept: list[int] = []
    last = None
    while len(kept) < offset + PAGE + 1:
        sql = "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
        args: list = [q]
        if last is not None:
            sql += " AND rowid < ?"
            args.append(last)
        ids = [r[0] for r in store.conn.execute(sql + " ORDER BY rowid DESC LIMIT ?", (*args, CHUNK))]
        if not ids:
            break
        kept += docs.restrict(mask, ids)
        last = ids[-1]
    return kept[offset:offset + PAGE + 1]


def _hits_with_snippets(store: Store, q: str, rowids: list[int]) -> list[dict]:
    rows = _rows_in_order(store, rowids, f"SELECT {_HIT_COLS}, d.rowid AS rid FROM documents d")
    out = []
    for r in rows:
        snip = store.conn.execute(
            f"SELECT {_SNIPPET} FROM documents_fts WHERE documents_fts MATCH ? AND rowid = ?",
            (q, r["rid"])).fetchone()
        out.append({**dict(r), "snippet": snip[0] if snip else ""})
    return out


def _rows_in_order(store: Store, rowids: list[int], select: str) -> list:
    if not rowids:
        return []
    rows = store.conn.execute(select + " WHERE d.rowid IN (SELECT value FROM json_each(?))",
                              (json.dumps(rowids),)).fetchall()
    by_id = {r["rid"]: r for r in rows}
    return [by_id[r] for r in rowids if r in by_id]


# Ranking computes BM25 for every match; past this many, newest first answers in time.
RANK_LIMIT = 5000


def _match_count(store: Store, q: str) -> int:
    return store.conn.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                              (q,)).fetchone()[0]


def _search_sql(q: str, flt: dict[str, str], ranked: bool = True) -> tuple[str, list]:
    cols = ("d.id, d.title, d.outlet, d.published_date, d.language, d.story, d.duplicate_of")
    if q:
        sql = (f"SELECT {cols}, snippet(documents_fts, 1, char(2), char(3), ' … ', 24) AS snippet"
               " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
               " WHERE documents_fts MATCH ?")
        args: list = [q]
    else:
        sql = f"SELECT {cols}, substr(d.body, 1, 240) AS snippet FROM documents d WHERE 1"
        args = []
    where, more = _doc_filters(flt)
    sql += "".join(f" AND {w}" for w in where)
    if q:
        order = " ORDER BY rank" if ranked else " ORDER BY documents_fts.rowid DESC"
    else:
        order = " ORDER BY d.published_date DESC, d.rowid DESC"
    return sql + order + " LIMIT ? OFFSET ?", args + more


def _doc_filters(flt: dict[str, str]) -> tuple[list[str], list]:
    where: list[str] = []
    args: list = []
    measure = []
    if flt.get("type"):
        measure.append(("m.type = ?", flt["type"]))
    if flt.get("group"):
        measure.append(("EXISTS (SELECT 1 FROM json_each(m.groups) WHERE value = ?)", flt["group"]))
    if flt.get("place"):
        measure.append(("EXISTS (SELECT 1 FROM json_each(m.places) WHERE value = ?)", flt["place"]))
    if measure:
        where.append(f"d.id IN (SELECT m.doc_id FROM measures m WHERE {live('m')} AND "
                     + " AND ".join(c for c, _ in measure) + ")")
        args += [v for _, v in measure]
    if flt.get("speaker"):
        where.append(f"d.id IN (SELECT doc_id FROM claims WHERE speaker = ? AND {live()})")
        args.append(flt["speaker"])
    if flt.get("modality"):
        where.append(f"d.id IN (SELECT doc_id FROM quantities WHERE modality = ? AND {live()})")
        args.append(flt["modality"])
    w = Where()
    w.eq("d.language", flt.get("language"))
    w.eq("d.outlet", flt.get("outlet"))
    w.dates("d.published_date", flt.get("since"), flt.get("until"))
    return where + w.clauses, args + w.args


def _hit(r: dict[str, Any]) -> dict[str, Any]:
    return {"id": r["id"], "title": r["title"], "outlet": r["outlet"],
            "published": r["published_date"], "language": r["language"],
            "story": r["story"], "duplicate_of": r["duplicate_of"],
            "snippet": snippet_parts(r["snippet"] or "")}


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """FTS5 snippet markers (\\x02 … \\x03) as parts, so nothing but markup decides emphasis."""
    parts = []
    for i, chunk in enumerate(re.split(r"[\x02\x03]", snippet)):
        if chunk:
            parts.append({"text": chunk, "match": i % 2 == 1})
    return parts


# --- facts ------------------------------------------------------------------------------------

def facts_view(store: Store, params: dict[str, str], facets: dict[str, list[str]]) -> dict:
    kind = params.get("kind", "quantities")
    if kind not in ("quantities", "measures"):
        kind = "quantities"
    flt = clean_filters(params)
    page = page_number(params)
    rows = evidence.fact_list(store, kind, flt, PAGE + 1, (page - 1) * PAGE)
    return {"page": "facts", "kind": kind, "filters": flt, "page_number": page,
            "more": len(rows) > PAGE, "facts": rows[:PAGE], "facets": facets,
            "linked": evidence.has_linked(store)}


def fact_view(store: Store, fact_id: str) -> dict:
    fact = evidence.fact_detail(store, fact_id)
    if fact is None:
        raise NotFound(f"no fact {fact_id}")
    return {"page": "fact", "fact": fact, "linked": evidence.has_linked(store)}


# --- documents and stories ----------------------------------------------------------------------

def document_view(store: Store, doc_id: str, focus: str | None = None) -> dict:
    if not DOC_ID.match(doc_id):
        raise NotFound(f"no document {doc_id}")
    doc = store.get(doc_id) or (store.get(store.resolve_id(doc_id) or "") if len(doc_id) < 32 else None)
    if doc is None:
        raise NotFound(f"no document {doc_id}")
    spans = extraction_spans(doc)
    focus = focus if focus and re.match(r"^[a-z]+-\d+(-\d+)?$", focus) else None
    facts = evidence.fact_ids_for(store, doc.id)
    rec = doc.to_record()
    rec.pop("body")
    return {"page": "document", "document": rec, "segments": segments(doc.body, spans, focus),
            "focus": focus, "fact_ids": facts, "versions": _versions(store, doc.id),
            "story_members": _story_members(store, doc.story) if doc.story else [],
            "entities": _entity_summary(doc)}


def _versions(store: Store, doc_id: str) -> list[dict]:
    ids = store.versions(doc_id)
    if len(ids) < 2:
        return []
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(
        f"SELECT id, ingested_at, published_date FROM documents WHERE id IN ({marks}) ORDER BY rowid",
        ids)
    return [dict(r) for r in rows]


def _story_members(store: Store, story: str, limit: int = 200) -> list[dict]:
    rows = store.conn.execute(
        "SELECT id, title, outlet, published_date, language, duplicate_of FROM documents"
        f" WHERE story = ? ORDER BY {MEMBER_ORDER} LIMIT ?",
        (story, limit))
    return [dict(r) for r in rows]


def _entity_summary(doc) -> list[dict]:
    return [{"name": e.name, "type": e.type, "mentions": len(e.mentions), "ref": f"entities-{i}",
             "confidence": e.confidence, "reviewed": e.reviewed}
            for i, e in enumerate(doc.entities)]


def story_view(store: Store, story: str) -> dict:
    if not DOC_ID.match(story):
        raise NotFound(f"no story {story}")
    members = _story_members(store, story)
    if not members:
        raise NotFound(f"no story {story}")
    original = members[0]
    outlets = Counter(m["outlet"] or "?" for m in members)
    return {"page": "story", "story": story, "original": original, "members": members,
            "size": len(members), "outlets": dict(outlets.most_common()),
            "facts": _story_facts(store, [m["id"] for m in members])}


def _story_facts(store: Store, ids: list[str]) -> list[dict]:
    """The numbers the story's reports give, each with how many of its reports give it."""
    marks = ",".join("?" * len(ids))
    rows = store.conn.execute(
        f"SELECT value, high, unit, counts, modality, count(DISTINCT doc_id) AS reports,"
        f" min(doc_id) AS doc_id, min(ord) AS ord FROM quantities WHERE doc_id IN ({marks}) AND {live()}"
        f" GROUP BY unit, value, high, modality, lower(counts) ORDER BY reports DESC LIMIT 50", ids)
    return [dict(r) for r in rows]


def stories_view(store: Store, params: dict[str, str]) -> dict:
    page = page_number(params)
    rows = store.conn.execute(
        "SELECT story, count(*) AS size FROM documents WHERE story IS NOT NULL GROUP BY story"
        " HAVING count(*) > 1 ORDER BY size DESC, story LIMIT ? OFFSET ?",
        (PAGE + 1, (page - 1) * PAGE)).fetchall()
    out = []
    for r in rows[:PAGE]:
        head = store.conn.execute(
            "SELECT id, title, outlet, published_date FROM documents WHERE story = ?"
            f" ORDER BY {MEMBER_ORDER} LIMIT 1", (r["story"],)).fetchone()
        out.append({"story": r["story"], "size": r["size"], **dict(head)})
    return {"page": "stories", "stories": out, "page_number": page, "more": len(rows) > PAGE}


# --- entities ---------------------------------------------------------------------------------

ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "GROUP")
ENTITY_PAGE = 100


def entities_view(store: Store, params: dict[str, str]) -> dict:
    """Every person, organisation, place and group the reports name, with how many reports
    name it, most named first; ``type`` keeps one kind, ``q`` names containing some words."""
    kind = params.get("type", "").strip().upper()
    kind = kind if kind in ENTITY_TYPES else ""
    q = params.get("q", "").strip()[:200]
    page = page_number(params)
    names = _entity_names(store)
    counts = Counter(e["type"] for e in names)
    rows = [e for e in names if (not kind or e["type"] == kind)
            and (not q or q.casefold() in e["name"].casefold())]
    start = (page - 1) * ENTITY_PAGE
    return {"page": "entities", "type": kind, "q": q, "page_number": page,
            "more": len(rows) > start + ENTITY_PAGE, "total": len(rows),
            "types": {t: counts.get(t, 0) for t in ENTITY_TYPES},
            "entities": rows[start:start + ENTITY_PAGE]}


def _entity_names(store: Store) -> list[dict]:
    """One row per name, typed as most reports type it (entity pages do the same)."""
    by_name: dict[str, dict] = {}
    for r in store.conn.execute(
            "SELECT name, type, count(DISTINCT doc_id) AS reports,"
            " sum(json_array_length(mentions)) AS mentions FROM entities GROUP BY name, type"
            " ORDER BY reports DESC"):
        row = by_name.setdefault(r["name"], {"name": r["name"], "type": r["type"], "reports": 0,
                                             "mentions": 0})
        row["reports"] += r["reports"]
        row["mentions"] += r["mentions"] or 0
    return sorted(by_name.values(), key=lambda e: (-e["reports"], -e["mentions"], e["name"]))


def entity_view(store: Store, params: dict[str, str], limit: int = 200, index=None) -> dict:
    """Everything the latest ``limit`` reports naming one person, organisation, place or
    group say about it: what it said, measures by or in it, numbers near its name. Bounded
    by the reports, so a name in half the store costs what a rare one does."""
    name = params.get("name", "").strip()[:200]
    types = Counter(r["type"] for r in store.conn.execute(
        "SELECT type FROM entities WHERE name = ? LIMIT 1000", (name,)))
    if not name or not types:
        raise NotFound(f"no entity {name!r}")
    if index is not None:
        count, rowids = index[0].naming(name, limit)
        docs = [dict(r) for r in _rows_in_order(
            store, rowids, "SELECT d.id, d.title, d.outlet, d.published_date, d.language,"
            " d.rowid AS rid FROM documents d")]
        for d in docs:
            del d["rid"]
    else:
        count, docs = _count_docs(store, name), _naming_sql(store, name, limit)
    ids = [d["id"] for d in docs]
    return {"page": "entity", "name": name, "type": types.most_common(1)[0][0],
            "document_count": count, "documents": docs[:50],
            "said": _claims_by(store, name, ids), "measures": _measures_about(store, name, ids),
            "quantities": _quantities_near(store, name, ids[:50]), "related": _related(store, name, ids)}


def _naming_sql(store: Store, name: str, limit: int) -> list[dict]:
    """The newest reports naming ``name``, without the in-memory index."""
    rows = store.conn.execute(
        "SELECT d.id, d.title, d.outlet, d.published_date, d.language FROM documents d"
        " WHERE d.id IN (SELECT doc_id FROM entities WHERE name = ?)"
        " ORDER BY d.published_date DESC, d.rowid DESC LIMIT ?", (name, limit))
    return [dict(r) for r in rows]


def _count_docs(store: Store, name: str) -> int:
    # one row per name and document (the pipeline merges mentions per canonical name)
    return store.conn.execute("SELECT count(*) FROM entities WHERE name = ?", (name,)).fetchone()[0]


def _in_docs(ids: list[str]) -> str:
    return f"({','.join('?' * len(ids))})"


def _claims_by(store: Store, name: str, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    rows = store.conn.execute(
        "SELECT c.doc_id, c.ord, c.stance, c.hedged, c.via, c.date, d.outlet, d.published_date,"
        " substr(d.body, c.start + 1, min(c.\"end\" - c.start, 400)) AS words FROM claims c"
        f" JOIN documents d ON d.id = c.doc_id WHERE c.doc_id IN {_in_docs(ids)} AND +c.speaker = ?"
        f" AND {live('c')}"
        " ORDER BY d.published_date DESC, d.rowid DESC, c.ord", (*ids, name))
    return [{**dict(r), "via": json.loads(r["via"]), "hedged": bool(r["hedged"])} for r in rows]


def _measures_about(store: Store, name: str, ids: list[str]) -> list[dict]:
    if not ids:
        return []
    rows = store.conn.execute(
        "SELECT m.doc_id, m.ord, m.type, m.groups, m.places, m.actor, m.date, d.outlet,"
        " d.published_date, substr(d.body, m.start + 1, min(m.\"end\" - m.start, 400)) AS words"
        f" FROM measures m JOIN documents d ON d.id = m.doc_id WHERE m.doc_id IN {_in_docs(ids)}"
        f" AND {live('m')} AND (m.actor = ? OR EXISTS (SELECT 1 FROM json_each(m.places) WHERE value = ?))"
        " ORDER BY COALESCE(m.date, d.published_date) DESC, d.rowid DESC, m.ord", (*ids, name, name))
    return [{**dict(r), "groups": json.loads(r["groups"]), "places": json.loads(r["places"])}
            for r in rows]


def _quantities_near(store: Store, name: str, doc_ids: list[str]) -> list[dict]:
    """Numbers within a sentence's reach (200 characters) of a mention of the entity."""
    out = []
    for doc_id in doc_ids:
        # "+name": look up by document (a few rows), not by a name that may have 50,000
        mentions = store.conn.execute("SELECT mentions FROM entities WHERE doc_id = ? AND +name = ?",
                                      (doc_id, name)).fetchone()
        spans = json.loads(mentions[0]) if mentions else []
        for q in store.conn.execute(
                "SELECT q.ord, q.value, q.high, q.unit, q.counts, q.modality, q.start, q.\"end\","
                " d.outlet, d.published_date FROM quantities q JOIN documents d ON d.id = q.doc_id"
                f" WHERE q.doc_id = ? AND {live('q')}", (doc_id,)):
            if any(abs(q["start"] - s) < 200 for s, _ in spans):
                out.append({**dict(q), "doc_id": doc_id})
    return out[:100]


def _related(store: Store, name: str, doc_ids: list[str]) -> list[dict]:
    if not doc_ids:
        return []
    marks = ",".join("?" * len(doc_ids))
    rows = store.conn.execute(
        f"SELECT name, type, count(*) AS n FROM entities WHERE doc_id IN ({marks}) AND name != ?"
        f" GROUP BY name, type ORDER BY n DESC, name LIMIT 15", (*doc_ids, name))
    return [dict(r) for r in rows]


# --- timeline ---------------------------------------------------------------------------------

def timeline_view(store: Store, params: dict[str, str], facets: dict[str, list[str]],
                  index=None) -> dict:
    """Measures by month and type (event date, else publication date; a story's copies count
    once), and the latest of them listed with their words. ``index`` (timeline_index.py)
    answers from memory; without it the same figures come from SQL."""
    flt = clean_filters(params)
    if index is not None:
        mask = index.matching(flt)
        series, latest = index.series(mask), index.latest(mask, PAGE)
        events = [_event_at(store, rowid, ord_) for rowid, ord_ in latest]
    else:
        series, events = _timeline_sql(store, flt)
    return {"page": "timeline", "filters": flt, "facets": facets, "series": series,
            "events": [e for e in events if e], "colours": MEASURE_COLOURS}


# One fixed colour per measure type, so a type keeps its colour whatever else is shown.
# From Okabe & Ito's and Paul Tol's colour-blind-safe sets, chosen so every pair stays apart
# (CIELAB distance over 20) in normal, protanope and deuteranope vision (test_web.py checks).
MEASURE_COLOURS = {
    "quota_or_target": "#0077BB", "cash_incentive": "#D55E00", "citizenship_incentive": "#66CCEE",
    "coercion": "#000000", "recruitment_site": "#DDCC77", "advertising": "#F0E442",
    "summons": "#882255", "legal_change": "#332288", "reporting_requirement": "#DDDDDD",
    "mobilization": "#EE6677", "enlistment_figure": "#CC79A7",
}


_EVENT_COLS = ("m.doc_id, m.ord, m.type, m.groups, m.places, m.actor,"
               " COALESCE(m.date, d.published_date) AS date, d.outlet, d.title,"
               " substr(d.body, m.start + 1, min(m.\"end\" - m.start, 320)) AS words")


def _event_at(store: Store, rowid: int, ord_: int) -> dict | None:
    row = store.conn.execute(
        f"SELECT {_EVENT_COLS} FROM documents d JOIN measures m ON m.doc_id = d.id"
        " WHERE d.rowid = ? AND m.ord = ?", (rowid, ord_)).fetchone()
    return _event(dict(row)) if row else None


def _timeline_sql(store: Store, flt: dict[str, str]) -> tuple[dict, list[dict]]:
    where, args = _timeline_where(flt)
    date = "COALESCE(m.date, d.published_date)"
    series = store.conn.execute(
        f"SELECT substr({date}, 1, 7) AS month, m.type, count(*) AS n, "
        f" count(DISTINCT COALESCE(d.story, d.id)) AS independent"
        f" FROM measures m JOIN documents d ON d.id = m.doc_id WHERE {where}"
        f" AND length({date}) >= 7 GROUP BY 1, 2 ORDER BY 1", args).fetchall()
    events = store.conn.execute(
        f"SELECT {_EVENT_COLS} FROM measures m JOIN documents d ON d.id = m.doc_id WHERE {where}"
        f" ORDER BY {date} DESC, d.rowid DESC, m.ord LIMIT ?", (*args, PAGE)).fetchall()
    return _series(series), [_event(dict(e)) for e in events]


def _timeline_where(flt: dict[str, str]) -> tuple[str, list]:
    w = Where(live("m"))
    for column, key in (("m.type", "type"), ("d.language", "language"), ("d.outlet", "outlet")):
        w.eq(column, flt.get(key))
    w.has("m.groups", flt.get("group"))
    w.has("m.places", flt.get("place"))
    w.dates("COALESCE(m.date, d.published_date)", flt.get("since"), flt.get("until"))
    return w.sql, w.args


def _series(rows) -> dict[str, Any]:
    """Months on one axis (no gaps, so zooming reads true time) and a count per type."""
    months = sorted({r["month"] for r in rows})
    if not months:
        return {"months": [], "types": {}}
    axis = _month_range(months[0], months[-1])
    types: dict[str, list[int]] = {}
    for r in rows:
        types.setdefault(r["type"], [0] * len(axis))[axis.index(r["month"])] += r["independent"]
    return {"months": axis, "types": dict(sorted(types.items(), key=lambda kv: -sum(kv[1])))}


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last and len(out) < 1200:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _event(e: dict[str, Any]) -> dict[str, Any]:
    return {**e, "groups": json.loads(e["groups"]), "places": json.loads(e["places"])}


# --- facets -----------------------------------------------------------------------------------

def facet_values_from(index) -> dict[str, list[str]]:
    """The filter menus from the in-memory indexes: the values present, most used first."""
    from recruitwatch.model import UNITS

    docs, measures = index

    def by_use(table: dict, top: int) -> list[str]:
        return sorted(table, key=lambda k: (-int(table[k].sum() if table[k].dtype == bool
                                                    else len(table[k])), k))[:top]

    return {
        "type": sorted(v for v in measures.types.values if v),
        "group": sorted(measures.groups), "modality": sorted(docs.modality), "unit": list(UNITS),
        "language": sorted(docs.language), "outlet": by_use(docs.outlet, 200),
        "speaker": speaker_menu({k: len(v) for k, v in docs.speaker.items()},
                                set(docs.entity) | set(docs.outlet)),
        "place": by_use(measures.places, 300),
    }


SPEAKER_MENU = 300
MIN_CLAIMS = 2  # a speaker heard once and unknown as a name is often extraction noise


def speaker_menu(claims: dict[str, int], known: set[str]) -> list[str]:
    """Speakers worth a place in the filter menu, most claims first: those quoted at least
    twice, and known names (entities, outlets) however rarely quoted. One-off phrases the
    claim extractor took for a speaker ("Tuesday", "anonymous: but she") stay out of it;
    the filter still takes any speaker typed into the URL."""
    keep = [k for k, n in claims.items() if k and (n >= MIN_CLAIMS or k in known)]
    return sorted(keep, key=lambda k: (-claims[k], k))[:SPEAKER_MENU]


def facet_values(store: Store) -> dict[str, list[str]]:
    """The values each filter can take in this store (for the filter menus)."""
    q = store.conn.execute

    def distinct(sql: str) -> list[str]:
        return [r[0] for r in q(sql) if r[0]]

    return {
        "type": distinct("SELECT DISTINCT type FROM measures ORDER BY 1"),
        "group": distinct("SELECT DISTINCT g.value FROM (SELECT DISTINCT groups FROM measures) m,"
                          " json_each(m.groups) g ORDER BY 1"),
        "modality": distinct("SELECT DISTINCT modality FROM quantities ORDER BY 1"),
        "unit": distinct("SELECT DISTINCT unit FROM quantities ORDER BY 1"),
        "language": distinct("SELECT DISTINCT language FROM documents ORDER BY 1"),
        "outlet": distinct("SELECT outlet FROM documents GROUP BY outlet ORDER BY count(*) DESC"
                           " LIMIT 200"),
        "speaker": speaker_menu(
            {r[0]: r[1] for r in q("SELECT speaker, count(*) FROM claims GROUP BY speaker")},
            set(distinct("SELECT DISTINCT name FROM entities"))
            | set(distinct("SELECT DISTINCT outlet FROM documents"))),
        "place": distinct("SELECT name FROM entities WHERE type = 'PLACE' GROUP BY name"
                          " ORDER BY count(*) DESC LIMIT 300"),
    }
