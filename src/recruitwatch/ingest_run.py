"""Ingest inputs into a store: read records, skip what is stored, process the rest, commit.

Each batch is committed in one transaction, and a record already stored (same raw bytes,
same id) is skipped before any processing, so an interrupted ingest run again finishes
the job without loss or duplication.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from recruitwatch.ingest import IngestError, iter_records
from recruitwatch.iterutil import chunks
from recruitwatch.model import Document, RawRecord
from recruitwatch.options import Options
from recruitwatch.pipeline import process_many
from recruitwatch.store import Store


@dataclass(slots=True)
class IngestSummary:
    new: int = 0
    unchanged: int = 0  # already stored: same bytes
    versions: int = 0  # new bytes for a URL already stored
    failed: int = 0
    reprocessed: int = 0  # stored documents processed again (--reprocess)
    errors: list[tuple[str, str]] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # reviews whose words are gone
    languages: dict[str, int] = field(default_factory=dict)

    @property
    def seen(self) -> int:
        return self.new + self.unchanged + self.failed


Progress = Callable[[IngestSummary], None]


def ingest(store: Store, inputs: list[str], options: Options = Options(),
           progress: Progress | None = None, batch_size: int = 32,
           workers: int = 1, reprocess: bool = False) -> IngestSummary:
    """Ingest ``inputs`` (paths, directories, URLs, ``-``) into ``store``.

    ``reprocess``: documents already stored are processed again (after an extractor
    change) and keep their id; people's reviews are laid over the new output, found again
    by their words, and those whose words are gone are reported (``summary.lost``)."""
    return ingest_records(store, iter_records(inputs, options), options, progress, batch_size,
                          workers, reprocess=reprocess)


def ingest_records(store: Store, items: Iterable[RawRecord | IngestError],
                   options: Options = Options(), progress: Progress | None = None,
                   batch_size: int = 32, workers: int = 1,
                   adjust: Callable[[Document], None] | None = None,
                   reprocess: bool = False) -> IngestSummary:
    """Ingest records already read (the watcher fetches its own); ``adjust`` may complete
    each processed document before it is stored (a source's declared language)."""
    summary = IngestSummary()
    fresh = _new_records(store, items, summary, progress, reprocess)
    for batch in chunks(_processed(fresh, options, batch_size, workers), batch_size):
        if adjust:
            for _, result in batch:
                if isinstance(result, Document):
                    adjust(result)
        _commit(store, batch, summary, reprocess)
        if progress:
            progress(summary)
    return summary


def _new_records(store: Store, items: Iterable[RawRecord | IngestError],
                 summary: IngestSummary, progress: Progress | None,
                 reprocess: bool = False) -> Iterator[RawRecord]:
    for item in items:
        if isinstance(item, IngestError):
            _fail(store, summary, item.source, item.message)
        elif store.has(item.id) and not reprocess:
            summary.unchanged += 1
        else:
            yield item
            continue
        if progress:
            progress(summary)


def _processed(records: Iterator[RawRecord], options: Options, batch_size: int, workers: int):
    if workers > 1:
        from recruitwatch.parallel import process_parallel
        return process_parallel(records, options, batch_size, workers)
    return process_many(records, options, batch_size)


def _commit(store: Store, batch: list[tuple[RawRecord, Document | Exception]],
            summary: IngestSummary, reprocess: bool = False) -> None:
    good: list[tuple[Document, bytes]] = []
    for raw, result in batch:
        if isinstance(result, Exception):
            _fail(store, summary, raw.source, f"{raw.source}: processing failed: "
                  f"{type(result).__name__}: {result}")
            continue
        good.append((result, raw.data))
    if reprocess:  # only then can a processed record already be stored
        known = [store.has(doc.id) for doc, _ in good]
        _replace(store, [g for g, k in zip(good, known) if k], summary)
        good = [g for g, k in zip(good, known) if not k]
    seen_ids: set[str] = set()
    for doc, _ in good:
        if doc.id in seen_ids:
            summary.unchanged += 1
            continue
        seen_ids.add(doc.id)
        summary.languages[doc.language or "und"] = summary.languages.get(doc.language or "und", 0) + 1
    summary.new += store.add_many(good)  # it says how many were new: no count(*) per batch
    summary.versions += sum(1 for doc, _ in good if doc.version_of)


def _replace(store: Store, stored: list[tuple[Document, bytes]], summary: IngestSummary) -> None:
    from recruitwatch.link.facts import unlink_facts
    from recruitwatch.review.ledger import has_reviews, refresh

    with store.conn:
        for doc, _ in stored:
            store.replace(doc)
            if has_reviews(store, doc):
                summary.lost += [f"{doc.id[:12]}: a {r.kind} review ({r.action}) of {r.words!r}"
                                 for r in refresh(store, doc.id, machine=doc)]
            summary.reprocessed += 1
        unlink_facts(store, [doc.id for doc, _ in stored])  # linked again from the new output


def _fail(store: Store, summary: IngestSummary, source: str, message: str) -> None:
    summary.failed += 1
    summary.errors.append((source, message))
    store.record_error(source, message)
