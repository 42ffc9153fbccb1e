"""What an alert matches in the store now, one ``Match`` per thing it would raise once.

Each match has a key that stays the same for the same fact as reports come and go: a
linked fact by its first report (``fact:<doc>:<kind>:<n>``, which a review or a
re-processing keeps, while the fact's row id changes when it is linked again), a claim
(``claim:<doc>:<n>``), a report's address, a denial (``denial:<doc>:<n>``), a figure in
conflict (``conflict:<doc>:<kind>:<n>``), a measure type in a place
(``first:<type>|<place>``). An alert raises a key once, ever.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from recruitwatch.alerts.model import Alert, AlertFilter
from recruitwatch.link.facts import figure_disputes
from recruitwatch.store import Store
from recruitwatch.store.queries import Where, live


@dataclass(slots=True)
class Match:
    key: str
    label: str
    fact_id: int | None = None
    doc_id: str | None = None
    kind: str | None = None  # table of the quoted words: quantities, measures, claims
    ord: int | None = None
    details: dict[str, Any] = field(default_factory=dict)


def matches(store: Store, alert: Alert) -> list[Match]:
    f = alert.filters
    docs = _query_docs(store, f.query) if f.query else None
    if alert.kind == "denial":
        return _denials(store, f, docs)
    if alert.kind == "conflict":
        return _conflicts(store, f, docs)
    if alert.kind == "first_measure":
        return _first_measures(store, f, docs)
    return {"quantities": _facts, "measures": _facts, "claims": _claims,
            "documents": _documents}[alert.target](store, alert.target, f, docs)


def _query_docs(store: Store, query: str) -> set[str]:
    """Ids of the reports the words find (the search command's matching)."""
    return {h.id for h in store.search(query, limit=1_000_000)}


# --- linked facts ------------------------------------------------------------------------

def _facts(store: Store, target: str, f: AlertFilter, docs: set[str] | None) -> list[Match]:
    w = Where("f.kind = ?")
    w.args.append("quantity" if target == "quantities" else "measure")
    w.eq("f.type", f.type)
    w.has("f.groups", f.group)
    w.has("f.places", f.place, nocase=True)
    w.eq("f.modality", f.modality)
    w.eq("f.unit", f.unit)
    if f.min_value is not None:
        w.add("f.value >= ?", f.min_value)
    if f.min_sources is not None:
        w.add("f.independent >= ?", f.min_sources)
    if f.speaker:
        w.add("lower(f.chain) LIKE ?", f"%{f.speaker.lower()}%")
    out = []
    for row in store.conn.execute(f"SELECT f.* FROM facts f WHERE {w.sql} ORDER BY f.id", w.args):
        mention = _newest_mention(store, row["id"], docs)
        if mention is not None:
            out.append(Match(f"fact:{fact_key(store, row['id'])}", row["label"], row["id"], mention[0],
                             "quantities" if row["kind"] == "quantity" else "measures",
                             mention[1], fact_details(row)))
    return out


def _first_report(store: Store, fact_id: int) -> tuple:
    """(document rowid, document id, kind, position) of the fact's earliest stored mention."""
    return tuple(store.conn.execute(
        "SELECT d.rowid, m.doc_id, m.kind, m.ord FROM fact_mentions m JOIN documents d"
        " ON d.id = m.doc_id WHERE m.fact_id = ? ORDER BY d.rowid, m.kind, m.ord LIMIT 1",
        (fact_id,)).fetchone() or (0, str(fact_id), "", 0))


def fact_key(store: Store, fact_id: int) -> str:
    """A fact's lasting name: its first report's document and extraction."""
    _, doc_id, kind, ord_ = _first_report(store, fact_id)
    return f"{doc_id}:{kind}:{ord_}"


def _newest_mention(store: Store, fact_id: int, docs: set[str] | None) -> tuple[str, int] | None:
    """The latest stored report of a fact (among ``docs`` when the alert has words)."""
    for doc_id, ord_ in store.conn.execute(
            "SELECT m.doc_id, m.ord FROM fact_mentions m JOIN documents d ON d.id = m.doc_id"
            " WHERE m.fact_id = ? ORDER BY d.rowid DESC", (fact_id,)):
        if docs is None or doc_id in docs:
            return doc_id, ord_
    return None


def fact_details(row) -> dict[str, Any]:
    chains = json.loads(row["chain"])
    details = {"fact": row["id"], "kind": row["kind"], "mentions": row["mentions"],
               "independent": row["independent"],
               "sources": "; ".join(" → ".join([c["origin"], *c["relays"]]) for c in chains)}
    if row["kind"] == "quantity":
        details.update(value=row["value"], high=row["high"], unit=row["unit"],
                       modality=row["modality"], counts=row["counts_key"])
    else:
        details.update(type=row["type"], groups=json.loads(row["groups"]),
                       places=json.loads(row["places"]))
    details["date"] = row["first_date"]
    return details


# --- claims and reports ------------------------------------------------------------------

def _claims(store: Store, target: str, f: AlertFilter, docs: set[str] | None) -> list[Match]:
    w = Where("d.duplicate_of IS NULL", live("c"))
    if f.speaker:
        w.add("lower(c.speaker) LIKE ?", f"%{f.speaker.lower()}%")
    rows = store.conn.execute(
        f"SELECT c.doc_id, c.ord, c.speaker, c.stance, c.via, c.hedged FROM claims c"
        f" JOIN documents d ON d.id = c.doc_id WHERE {w.sql} ORDER BY d.rowid, c.ord", w.args)
    return [Match(f"claim:{r['doc_id']}:{r['ord']}", f"{r['speaker']} ({r['stance']})", None,
                  r["doc_id"], "claims", r["ord"],
                  {"speaker": r["speaker"], "stance": r["stance"], "via": json.loads(r["via"]),
                   "hedged": bool(r["hedged"])})
            for r in rows if docs is None or r["doc_id"] in docs]


def _documents(store: Store, target: str, f: AlertFilter, docs: set[str] | None) -> list[Match]:
    """Reports the words find, once per address: a new version of a report raised before,
    or a copy republished in the same story, is not new."""
    if not docs:
        return []
    marks = ",".join("?" * len(docs))
    rows = store.conn.execute(
        f"SELECT id, url, title FROM documents WHERE id IN ({marks}) AND duplicate_of IS NULL"
        " ORDER BY rowid", sorted(docs))
    return [Match(f"url:{r['url']}" if r["url"] else f"doc:{r['id']}", r["title"] or "(untitled report)",
                  None, r["id"]) for r in rows]


# --- built-in kinds ----------------------------------------------------------------------

def _denials(store: Store, f: AlertFilter, docs: set[str] | None) -> list[Match]:
    """Each denial claim set against at least one known assertion or measure."""
    rows = store.conn.execute(
        "SELECT p.deny_doc, p.deny_ord, c.speaker, p.target_doc, p.target_kind, p.target_ord,"
        " p.topics FROM disputes p JOIN claims c ON c.doc_id = p.deny_doc AND c.ord = p.deny_ord"
        " JOIN documents d ON d.id = p.deny_doc ORDER BY d.rowid, p.deny_ord").fetchall()
    out: dict[str, Match] = {}
    for r in rows:
        if f.speaker and f.speaker.lower() not in r["speaker"].lower():
            continue
        if docs is not None and r["deny_doc"] not in docs:
            continue
        key = f"denial:{r['deny_doc']}:{r['deny_ord']}"
        match = out.setdefault(key, Match(key, f"{r['speaker']} denies", None, r["deny_doc"],
                                          "claims", r["deny_ord"],
                                          {"speaker": r["speaker"], "denies": []}))
        match.details["denies"].append(_denied(store, r))
    return list(out.values())


def _denied(store: Store, r) -> dict[str, Any]:
    table = "claims" if r["target_kind"] == "claim" else "measures"
    row = store.conn.execute(
        f"SELECT substr(d.body, t.start + 1, t.\"end\" - t.start) AS words, d.outlet,"
        f" d.published_date FROM {table} t JOIN documents d ON d.id = t.doc_id"
        f" WHERE t.doc_id = ? AND t.ord = ?", (r["target_doc"], r["target_ord"])).fetchone()
    return {"doc_id": r["target_doc"], "kind": r["target_kind"], "topics": json.loads(r["topics"]),
            **(dict(row) if row else {})}


def _conflicts(store: Store, f: AlertFilter, docs: set[str] | None) -> list[Match]:
    """Each figure whose counted thing already had another figure (an older fact): the new
    figure raises, the known one does not raise again."""
    out = []
    for group in figure_disputes(store, limit=1_000_000):
        if group["label"] != "conflict" or (f.unit and group["unit"] != f.unit) or (
                f.modality and group["modality"] != f.modality):
            continue
        figures = sorted(group["figures"], key=lambda x: _first_report(store, x["fact"]))
        for i, fig in enumerate(figures):
            known = [g for g in figures[:i] if g["value"] != fig["value"]]
            if not known or (f.min_value is not None and fig["value"] < f.min_value):
                continue
            row = store.conn.execute("SELECT * FROM facts WHERE id = ?", (fig["fact"],)).fetchone()
            mention = _newest_mention(store, fig["fact"], docs)
            if mention is None or (f.speaker and f.speaker.lower() not in fig["sources"].lower()):
                continue
            details = fact_details(row) | {"counts": group["counts"], "conflicts_with": known}
            out.append(Match(f"conflict:{fact_key(store, fig['fact'])}", f"{row['label']} against "
                             + ", ".join(f"{g['value']:,.0f}" for g in known),
                             fig["fact"], mention[0], "quantities", mention[1], details))
    return out


def _first_measures(store: Store, f: AlertFilter, docs: set[str] | None) -> list[Match]:
    """The first linked measure fact of each (type, place); later ones of the pair are not new."""
    w = Where("f.kind = 'measure'")
    w.eq("f.type", f.type)
    w.has("f.groups", f.group)
    if f.min_sources is not None:
        w.add("f.independent >= ?", f.min_sources)
    firsts: dict[tuple[str, str], Any] = {}
    for row in store.conn.execute(f"SELECT f.* FROM facts f WHERE {w.sql} ORDER BY f.id", w.args):
        for place in json.loads(row["places"]):
            if f.place and place.lower() != f.place.lower():
                continue
            firsts.setdefault((row["type"], place.lower()), (place, row))
    out = []
    for (type_, key_place), (place, row) in firsts.items():
        mention = _newest_mention(store, row["id"], docs)
        if mention is not None:
            out.append(Match(f"first:{type_}|{key_place}", f"first report of {type_} in {place}",
                             row["id"], mention[0], "measures", mention[1],
                             fact_details(row) | {"place": place}))
    return out
