"""The watcher's memory in the store: per source, the listing's validators and its run of
failures; per item, the stamp it had when its page was stored.

Every write is its own transaction and follows the work it records: an item is marked
done only after its document is committed, and a listing's validators are saved only once
every item it listed is done. A watcher killed at any moment therefore lists the source
again, skips what is done and fetches the rest: nothing missed, nothing stored twice.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from recruitwatch.store import Store
from recruitwatch.watch.config import Source, WatchOptions


@dataclass(slots=True)
class SourceState:
    etag: str | None = None
    last_modified: str | None = None
    failures: int = 0
    last_error: str | None = None
    next_try: str | None = None


class WatchState:
    def __init__(self, store: Store):
        self.conn = store.conn

    def source(self, source: Source) -> SourceState:
        row = self.conn.execute(
            "SELECT etag, last_modified, failures, last_error, next_try FROM watch_sources"
            " WHERE name = ?", (source.name,)).fetchone()
        if row is None or self._moved(source):
            return SourceState(failures=row["failures"] if row else 0)
        return SourceState(*row)

    def _moved(self, source: Source) -> bool:
        """A source whose address changed keeps its items but not its validators."""
        row = self.conn.execute("SELECT url FROM watch_sources WHERE name = ?",
                                (source.name,)).fetchone()
        return row is not None and row[0] != source.url

    def resting(self, source: Source, now: datetime) -> str | None:
        """When a failing source may be tried again, if that is still to come."""
        state = self.source(source)
        if state.next_try and state.next_try > _iso(now):
            return state.next_try
        return None

    def succeeded(self, source: Source, kind: str, etag: str | None, last_modified: str | None,
                  keep_validators: bool) -> None:
        """A listing read (or answered 304); its validators only when all its items are done."""
        with self.conn:
            self._ensure(source, kind)
            self.conn.execute(
                "UPDATE watch_sources SET failures = 0, last_error = NULL, next_try = NULL,"
                " last_ok = ? WHERE name = ?", (_iso(_now()), source.name))
            if keep_validators:
                self.conn.execute("UPDATE watch_sources SET etag = ?, last_modified = ?"
                                  " WHERE name = ?", (etag, last_modified, source.name))

    def failed(self, source: Source, message: str, options: WatchOptions) -> int:
        """Count a failed round; from ``max_failures`` on, the source rests, longer each time."""
        with self.conn:
            self._ensure(source, source.kind or "?")
            failures = self.conn.execute(
                "UPDATE watch_sources SET failures = failures + 1, last_error = ? WHERE name = ?"
                " RETURNING failures", (message, source.name)).fetchone()[0]
            if failures >= options.max_failures:
                rest = min(options.rest * 2 ** (failures - options.max_failures), 86400.0)
                self.conn.execute("UPDATE watch_sources SET next_try = ? WHERE name = ?",
                                  (_iso(_now() + timedelta(seconds=rest)), source.name))
        return failures

    def _ensure(self, source: Source, kind: str) -> None:
        self.conn.execute(
            "INSERT INTO watch_sources (name, url, kind, tags) VALUES (?,?,?,?) ON CONFLICT(name)"
            " DO UPDATE SET kind = excluded.kind, tags = excluded.tags, etag = CASE WHEN"
            " url IS excluded.url THEN etag END, last_modified = CASE WHEN url IS excluded.url"
            " THEN last_modified END, url = excluded.url",
            (source.name, source.url, kind, json.dumps(list(source.tags))))

    # --- items ------------------------------------------------------------------------

    def done(self, source: Source, key: str, stamp: str | None) -> bool:
        """Whether the item was stored (or given up) as it is now."""
        row = self.conn.execute("SELECT done, stamp FROM watch_items WHERE source = ? AND key = ?",
                                (source.name, key)).fetchone()
        return bool(row and row["done"] and (stamp is None or row["stamp"] == stamp))

    def done_items(self, source: Source) -> dict[str, str | None]:
        """key → stamp of the items done: a snapshot the listing threads may read."""
        return {r[0]: r[1] for r in self.conn.execute(
            "SELECT key, stamp FROM watch_items WHERE source = ? AND done = 1", (source.name,))}

    def validators(self, source: Source, key: str) -> tuple[str | None, str | None]:
        row = self.conn.execute("SELECT etag, last_modified FROM watch_items WHERE source = ?"
                                " AND key = ?", (source.name, key)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def item_done(self, source: Source, key: str, url: str | None, stamp: str | None,
                  doc_id: str | None, etag: str | None, last_modified: str | None,
                  error: str | None = None) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO watch_items (source, key, url, stamp, done, doc_id, etag, last_modified,"
                " error, seen_at) VALUES (?,?,?,?,1,?,?,?,?,?) ON CONFLICT(source, key) DO UPDATE SET"
                " url = excluded.url, stamp = excluded.stamp, done = 1,"
                " doc_id = COALESCE(excluded.doc_id, doc_id), etag = excluded.etag,"
                " last_modified = excluded.last_modified, error = excluded.error, failures = 0,"
                " seen_at = excluded.seen_at",
                (source.name, key, url, stamp, doc_id, etag, last_modified, error, _iso(_now())))

    def item_failed(self, source: Source, key: str, url: str | None, message: str) -> int:
        """Count a failed fetch of an item's page; returns its failures so far."""
        with self.conn:
            return self.conn.execute(
                "INSERT INTO watch_items (source, key, url, failures, error, seen_at)"
                " VALUES (?,?,?,1,?,?) ON CONFLICT(source, key) DO UPDATE SET"
                " failures = failures + 1, error = excluded.error RETURNING failures",
                (source.name, key, url, message, _iso(_now()))).fetchone()[0]


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")
