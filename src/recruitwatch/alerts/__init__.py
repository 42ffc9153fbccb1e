"""Alerts: saved filters and built-in kinds, raised once per new match after each ingest
or watch round, stored with the fact and its words, and published.

1. ``add_alert`` saves an alert and records what it already matches as its baseline (never
   raised), unless ``include_existing``;
2. ``raise_alerts`` (after linking) finds each alert's matches, stores the ones never seen
   as items, each with the words of the report it quotes;
3. then publishes every item not published yet: appended to the alert's JSON Lines file
   and POSTed to its webhook (retried, then reported and kept for the next run). Items are
   stored before they are published, so a crash between the two publishes them later.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from recruitwatch.alerts.match import Match, matches
from recruitwatch.alerts.model import KINDS, TARGETS, Alert, AlertError, AlertFilter, check, target_for
from recruitwatch.alerts.publish import WebhookOptions, append_jsonl, atom_feed, post_webhook
from recruitwatch.store import Store
from recruitwatch.text import sentence_at, sentence_spans

__all__ = ["KINDS", "TARGETS", "Alert", "AlertError", "AlertFilter", "RaiseResult", "add_alert",
           "alert_items", "atom_feed", "get_alert", "list_alerts", "raise_alerts", "remove_alert",
           "target_for"]

_MAX_WEBHOOK_ATTEMPTS = 12  # across runs; then the item stays failed and is no longer tried


@dataclass(slots=True)
class RaiseResult:
    items: list[dict[str, Any]] = field(default_factory=list)  # raised in this run
    problems: list[str] = field(default_factory=list)  # publishing that failed


def add_alert(store: Store, alert: Alert, include_existing: bool = False) -> int:
    """Save ``alert``; returns how many current matches form its baseline (0 with
    ``include_existing``: they are raised on the next run)."""
    check(alert)
    if get_alert(store, alert.name) is not None:
        raise AlertError(f"an alert named {alert.name!r} exists: remove it first, or choose "
                         "another name")
    found = [] if include_existing else matches(store, alert)
    with store.conn:
        store.conn.execute("INSERT INTO alerts (name, kind, target, filters, jsonl, webhook,"
                           " created_at) VALUES (?,?,?,?,?,?,?)", alert.row())
        store.conn.executemany(
            "INSERT OR IGNORE INTO alert_items (alert, key, baseline, fact_id, doc_id, label,"
            " created_at) VALUES (?,?,1,?,?,?,?)",
            [(alert.name, m.key, m.fact_id, m.doc_id, m.label, _now()) for m in found])
    return len(found)


def get_alert(store: Store, name: str) -> Alert | None:
    try:
        row = store.conn.execute("SELECT * FROM alerts WHERE name = ?", (name,)).fetchone()
    except sqlite3.OperationalError:
        return None  # a store made before alerts, opened read-only
    return Alert.from_row(row) if row else None


def list_alerts(store: Store) -> list[dict[str, Any]]:
    """Each alert with its item count and latest item date."""
    try:
        rows = store.conn.execute(
            "SELECT a.*, (SELECT count(*) FROM alert_items i WHERE i.alert = a.name AND"
            " i.baseline = 0) AS items, (SELECT max(created_at) FROM alert_items i WHERE"
            " i.alert = a.name AND i.baseline = 0) AS latest FROM alerts a ORDER BY a.name").fetchall()
    except sqlite3.OperationalError:
        return []
    out = []
    for r in rows:
        alert = Alert.from_row(r)
        out.append({"name": alert.name, "kind": alert.kind, "target": alert.target,
                    "filters": alert.filters.given(), "description": alert.describe(),
                    "jsonl": alert.jsonl, "webhook": alert.webhook, "created_at": alert.created_at,
                    "items": r["items"], "latest": r["latest"]})
    return out


def remove_alert(store: Store, name: str) -> int:
    """Delete an alert and its items; returns how many items went with it."""
    if get_alert(store, name) is None:
        raise AlertError(f"no alert named {name!r}: `recruitwatch alerts list` shows them")
    with store.conn:
        n = store.conn.execute("DELETE FROM alert_items WHERE alert = ? AND baseline = 0",
                               (name,)).rowcount
        store.conn.execute("DELETE FROM alert_items WHERE alert = ?", (name,))
        store.conn.execute("DELETE FROM alerts WHERE name = ?", (name,))
    return n


def alert_items(store: Store, name: str, limit: int | None = 100) -> list[dict[str, Any]]:
    """An alert's raised items, newest first."""
    sql = "SELECT * FROM alert_items WHERE alert = ? AND baseline = 0 ORDER BY id DESC"
    try:
        rows = store.conn.execute(sql + (f" LIMIT {int(limit)}" if limit else ""), (name,))
        return [_decoded(dict(r)) for r in rows]
    except sqlite3.OperationalError:
        return []


def _decoded(item: dict[str, Any]) -> dict[str, Any]:
    item["details"] = json.loads(item["details"])
    return item


# --- raising --------------------------------------------------------------------------

def raise_alerts(store: Store, webhook: WebhookOptions = WebhookOptions(),
                 jsonl_default: str | Path | None = None) -> RaiseResult:
    """Raise every alert's new matches, then publish what is not published yet."""
    result = RaiseResult()
    for row in store.conn.execute("SELECT * FROM alerts ORDER BY name").fetchall():
        alert = Alert.from_row(row)
        result.items += _raise(store, alert)
        _publish(store, alert, webhook, jsonl_default or default_jsonl(store), result)
    return result


def default_jsonl(store: Store) -> Path:
    """``demo.db`` → ``demo.alerts.jsonl`` beside it."""
    return store.path.with_name(store.path.stem + ".alerts.jsonl")


def _raise(store: Store, alert: Alert) -> list[dict[str, Any]]:
    known = {r[0] for r in store.conn.execute("SELECT key FROM alert_items WHERE alert = ?",
                                              (alert.name,))}
    new = [m for m in matches(store, alert) if m.key not in known]
    items = [_item(store, alert, m) for m in new]
    with store.conn:
        for item in items:
            item["id"] = store.conn.execute(
                "INSERT INTO alert_items (alert, key, fact_id, doc_id, label, words, context, url,"
                " outlet, published, details, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (alert.name, item["key"], item["fact_id"], item["doc_id"], item["label"],
                 item["words"], item["context"], item["url"], item["outlet"], item["published"],
                 json.dumps(item["details"], ensure_ascii=False), item["created_at"])).lastrowid
    return items


def _item(store: Store, alert: Alert, m: Match) -> dict[str, Any]:
    doc = store.conn.execute("SELECT url, outlet, published_date, title, body FROM documents"
                             " WHERE id = ?", (m.doc_id,)).fetchone() if m.doc_id else None
    words, context = _words(store, doc, m)
    return {"alert": alert.name, "key": m.key, "fact_id": m.fact_id, "doc_id": m.doc_id,
            "label": m.label, "words": words, "context": context,
            "url": doc["url"] if doc else None, "outlet": doc["outlet"] if doc else None,
            "published": doc["published_date"] if doc else None,
            "details": m.details | ({"title": doc["title"]} if doc else {}), "created_at": _now()}


def _words(store: Store, doc, m: Match) -> tuple[str | None, str | None]:
    """The exact words of the quoted extraction, and the sentence around them."""
    if doc is None:
        return None, None
    body = doc["body"]
    span = None
    if m.kind:
        row = store.conn.execute(f'SELECT start, "end" FROM {m.kind} WHERE doc_id = ? AND ord = ?',
                                 (m.doc_id, m.ord)).fetchone()
        span = (row[0], row[1]) if row else None
    if span is None:  # a report found by its words: its opening
        first = sentence_spans(body[:2000])
        return (doc["title"] or None), (body[first[0][0]:first[0][1]] if first else body[:300])
    sentence = sentence_at(sentence_spans(body), span[0]) or span
    lo, hi = min(sentence[0], span[0]), max(sentence[1], span[1])
    return body[span[0]:span[1]], body[lo:hi].strip()


# --- publishing -----------------------------------------------------------------------

def _publish(store: Store, alert: Alert, webhook: WebhookOptions, jsonl_default: Path,
             result: RaiseResult) -> None:
    pending = [dict(r) | {"alert": alert.name} for r in store.conn.execute(
        "SELECT * FROM alert_items WHERE alert = ? AND baseline = 0 AND jsonl_done = 0"
        " ORDER BY id", (alert.name,))]
    if pending:
        path = alert.jsonl or jsonl_default
        try:
            append_jsonl(path, pending)
        except OSError as exc:
            result.problems.append(f"alert {alert.name}: cannot append to {path} ({exc.strerror});"
                                   " the items are kept and written next run")
        else:
            with store.conn:
                store.conn.executemany("UPDATE alert_items SET jsonl_done = 1 WHERE id = ?",
                                       [(p["id"],) for p in pending])
    if alert.webhook:
        _deliver(store, alert, webhook, result)


def _deliver(store: Store, alert: Alert, options: WebhookOptions, result: RaiseResult) -> None:
    pending = [dict(r) | {"alert": alert.name} for r in store.conn.execute(
        "SELECT * FROM alert_items WHERE alert = ? AND baseline = 0 AND (webhook_status IS NULL"
        " OR (webhook_status = 'failed' AND webhook_attempts < ?)) ORDER BY id",
        (alert.name, _MAX_WEBHOOK_ATTEMPTS))]
    for n, item in enumerate(pending):
        ok, attempts, error = post_webhook(alert.webhook, item, options)
        with store.conn:
            store.conn.execute(
                "UPDATE alert_items SET webhook_status = ?, webhook_attempts = webhook_attempts + ?,"
                " webhook_error = ? WHERE id = ?", ("sent" if ok else "failed", attempts, error, item["id"]))
        if not ok:
            left = len(pending) - n
            result.problems.append(
                f"alert {alert.name}: webhook {alert.webhook} failed after {attempts} attempts "
                f"({error}); {left} item{'s' if left != 1 else ''} kept, tried again after the next round")
            return  # the receiver is down: the rest wait for the next run


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
