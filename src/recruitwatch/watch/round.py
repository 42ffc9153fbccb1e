"""One watch round over a sources file.

Steps:

1. each source not resting is listed in a worker thread (conditionally: a 304 ends there);
2. for each listing, as it arrives: the items not done as they are now (new, or with a
   new stamp) are taken; content the listing holds (Telegram posts) is ingested at once,
   pages are fetched in worker threads (conditionally, when an earlier version is stored);
3. each page goes through the ingest pipeline in this thread (the store has one writer):
   cleaned, processed, stored; new bytes for a known URL become a new version;
4. the item is marked done; once all of a listing's items are, its validators are saved.

A source that fails is reported and the round goes on; after ``max_failures`` failed rounds
in a row it rests (an hour, doubling, at most a day). An item whose page keeps failing is
tried in ``item_attempts`` rounds, then given up and reported.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timezone

from recruitwatch.ingest.errors import IngestError
from recruitwatch.ingest.reader import records_of
from recruitwatch.ingest.sources import fetched_input
from recruitwatch.ingest_run import IngestSummary, ingest_records
from recruitwatch.model import Document, RawRecord
from recruitwatch.options import Options
from recruitwatch.store import Store
from recruitwatch.watch.config import Source, SourcesFile
from recruitwatch.watch.http import Disallowed, Fetcher, FetchError, Response
from recruitwatch.watch.listing import Item, Listing, list_source
from recruitwatch.watch.state import WatchState

Report = Callable[[str, bool], None]  # (message, is it a problem?) — progress otherwise


@dataclass(slots=True)
class RoundSummary:
    sources: int = 0
    listed: int = 0  # sources whose listing was read
    unchanged: int = 0  # sources answered 304 Not Modified
    failed: int = 0
    resting: int = 0
    items: int = 0  # new or changed items taken this round
    item_failures: int = 0
    ingest: IngestSummary = field(default_factory=IngestSummary)
    requests: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        """The one-line summary of the round."""
        s = self.ingest
        versions = f" ({s.versions} new versions)" if s.versions else ""
        return (f"{self.sources} sources: {self.listed} read, {self.unchanged} unchanged (304), "
                f"{self.failed} failed, {self.resting} resting; {self.items} new items: "
                f"{s.new} documents stored{versions}, {s.unchanged} already stored, "
                f"{s.failed + self.item_failures} failed; {self.requests} requests in "
                f"{self.seconds:.1f} s")


def watch_round(store: Store, sources: SourcesFile, options: Options = Options(),
                report: Report | None = None) -> RoundSummary:
    """Fetch what is new in every source and ingest it; never raises for a source's fault."""
    started = time.monotonic()
    run = _Round(store, sources, options, report or (lambda message, problem=True: None))
    run.go()
    run.summary.requests = run.fetcher.requests
    run.summary.seconds = time.monotonic() - started
    return run.summary


class _Round:
    def __init__(self, store: Store, sources: SourcesFile, options: Options, report: Report):
        self.store, self.sources, self.options, self.report = store, sources, options, report
        self.state = WatchState(store)
        self.fetcher = Fetcher(sources.options)
        self.summary = RoundSummary(sources=len(sources.sources))

    def go(self) -> None:
        with ThreadPoolExecutor(max_workers=max(1, self.sources.options.concurrency)) as pool:
            self.pool = pool
            listings = self._submit_listings()
            for future in as_completed(listings):
                source = listings[future]
                try:
                    self._take(source, future.result())
                except FetchError as exc:
                    self._source_failed(source, str(exc))
                except Exception as exc:  # noqa: BLE001 - one source never ends the round
                    self._source_failed(source, f"unexpected error ({type(exc).__name__}: {exc}); "
                                                "please report it with the source's address")

    def _submit_listings(self) -> dict[Future, Source]:
        now = datetime.now(timezone.utc)
        futures = {}
        for source in self.sources.sources:
            until = self.state.resting(source, now)
            if until:
                self.summary.resting += 1
                self.report(f"{source.name}: resting after repeated failures until {until}", False)
                continue
            st = self.state.source(source)
            futures[self.pool.submit(list_source, self.fetcher, source, st.etag, st.last_modified,
                                     self.state.done_items(source))] = source
        return futures

    def _source_failed(self, source: Source, message: str) -> None:
        failures = self.state.failed(source, message, self.sources.options)
        self.summary.failed += 1
        rest = (f"; failed {failures} rounds in a row, resting"
                if failures >= self.sources.options.max_failures else "")
        self._problem(f"{source.name}: {message}{rest}")

    def _problem(self, message: str) -> None:
        self.summary.problems.append(message)
        self.report(message, True)

    # --- the items of one listing -----------------------------------------------------

    def _take(self, source: Source, listing: Listing) -> None:
        if listing.not_modified:
            self.summary.unchanged += 1
            self.state.succeeded(source, listing.kind, None, None, keep_validators=False)
            self.report(f"{source.name}: unchanged (304 Not Modified)", False)
            return
        self.summary.listed += 1
        todo = [i for i in listing.items if not self.state.done(source, i.key, i.stamp)]
        self.summary.items += len(todo)
        self.report(f"{source.name}: {len(listing.items)} items listed ({listing.kind}), "
                    f"{len(todo)} new or changed", False)
        complete = all([self._ingest_item(source, i, i.record) for i in todo if i.record])
        pages = {self.pool.submit(self.fetcher.fetch, i.url, *self.state.validators(source, i.key)): i
                 for i in todo if not i.record}
        for future in as_completed(pages):
            complete &= self._page(source, pages[future], future)
        self.state.succeeded(source, listing.kind, listing.etag, listing.last_modified, complete)

    def _page(self, source: Source, item: Item, future: Future) -> bool:
        """Ingest one fetched page; False when the item is left for a later round."""
        try:
            response = future.result()
        except Disallowed as exc:
            if item.fallback is not None:  # the feed's own text, which it offers to readers
                return self._ingest_item(source, item, item.fallback)
            return self._give_up(source, item, str(exc))
        except FetchError as exc:
            failures = self.state.item_failed(source, item.key, item.url, str(exc))
            if exc.retryable and failures < self.sources.options.item_attempts:
                self.summary.item_failures += 1
                self._problem(f"{source.name}: {item.url}: {exc}; tried again next round")
                return False
            return self._give_up(source, item, str(exc))
        if response.status == 304:
            self.state.item_done(source, item.key, item.url, item.stamp, None, response.etag,
                                 response.last_modified)
            return True
        records = [self._completed(r, source, item) for r in records_of(
            fetched_input(item.url, response.body, response.url, response.content_type), self.options)]
        return self._ingest_item(source, item, records, response)

    def _give_up(self, source: Source, item: Item, message: str) -> bool:
        self.summary.item_failures += 1
        self._problem(f"{source.name}: {item.url}: {message}; given up")
        self.state.item_done(source, item.key, item.url, item.stamp, None, None, None, error=message)
        return True

    def _ingest_item(self, source: Source, item: Item,
                     records: RawRecord | list[RawRecord | IngestError],
                     response: Response | None = None) -> bool:
        records = [records] if isinstance(records, RawRecord) else records
        got = ingest_records(self.store, records, self.options, adjust=_language(source))
        _add(self.summary.ingest, got)
        for _, message in got.errors:
            self._problem(f"{source.name}: {message}")
        doc_id = next((r.id for r in records if isinstance(r, RawRecord)), None)
        self.state.item_done(source, item.key, item.url, item.stamp, doc_id,
                             response.etag if response else None,
                             response.last_modified if response else None,
                             error=got.errors[0][1] if got.errors else None)
        return True

    @staticmethod
    def _completed(record: RawRecord | IngestError, source: Source, item: Item):
        if isinstance(record, RawRecord):
            record.url = item.url  # versions are kept by the address the source gives
            record.outlet = source.outlet or record.outlet
            record.title = record.title or item.title
            record.published = record.published or item.published
        return record


def _language(source: Source) -> Callable[[Document], None] | None:
    """The source's declared language, for a report whose language cannot be told."""
    if not source.language:
        return None

    def adjust(doc: Document) -> None:
        if doc.language in (None, "", "und"):
            doc.language = source.language
    return adjust


def _add(total: IngestSummary, part: IngestSummary) -> None:
    total.new += part.new
    total.unchanged += part.unchanged
    total.versions += part.versions
    total.failed += part.failed
    total.errors += part.errors
    for lang, n in part.languages.items():
        total.languages[lang] = total.languages.get(lang, 0) + n
