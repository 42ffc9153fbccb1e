"""Load a batch's Parquet dataset into the SQLite store, in bulk, then link.

Partitions are read one at a time (only those with a ``_done`` marker, in key order), so
memory is bounded by the largest partition, not the dataset. Each partition's documents
are rebuilt from their table rows and stored in one transaction through
``Store.add_many``, which skips ids already stored: loading twice, or loading a dataset
that overlaps the store, changes nothing. Error rows become the store's input errors.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recruitwatch.model import (
    Claim, Document, Entity, Measure, Published, Quantity, Removed,
)
from recruitwatch.store import Store

__all__ = ["LoadSummary", "load_dataset"]

_CHILD_TABLES = ("removed", "entities", "quantities", "claims", "measures")


@dataclass(slots=True)
class LoadSummary:
    partitions: int = 0
    documents: int = 0  # rows read
    new: int = 0  # documents the store did not have
    errors: int = 0


def load_dataset(out: str | Path, store: Store, link: bool = True,
                 progress: Callable[[LoadSummary], None] | None = None) -> LoadSummary:
    """Load every finished partition of the dataset at ``out`` into ``store``."""
    summary = LoadSummary()
    for key in finished_keys(out):
        docs, errors = partition_documents(Path(out), key)
        before = store.count()
        store.add_many(docs)
        summary.new += store.count() - before
        summary.documents += len(docs)
        _record_errors(store, errors, summary)
        summary.partitions += 1
        if progress:
            progress(summary)
    if link:
        from recruitwatch.link import link_all
        link_all(store)
    return summary


def finished_keys(out: str | Path) -> list[str]:
    """Keys of the partitions a batch finished, in a stable order."""
    return sorted(p.stem for p in (Path(out) / "_done").glob("*.json"))


def _record_errors(store: Store, errors: list[dict], summary: LoadSummary) -> None:
    known = {(s, m) for s, m, _ in store.errors()} if errors else set()
    for row in errors:
        if (row["source"], row["message"]) not in known:  # loading twice adds nothing
            store.record_error(row["source"], row["message"])
            summary.errors += 1


def partition_documents(out: Path, key: str) -> tuple[list[tuple[Document, bytes]], list[dict]]:
    """The documents (with raw bytes) and error rows of one partition."""
    tables = {t: _read(out, t, key) for t in ("documents", "raw", "errors", *_CHILD_TABLES)}
    raw = {r["id"]: r["data"] for r in tables["raw"]}
    children = {t: _by_doc(tables[t]) for t in _CHILD_TABLES}
    docs = [(document_from_rows(row, {t: children[t].get(row["id"], []) for t in _CHILD_TABLES}),
             raw.get(row["id"]) or row["body"].encode("utf-8"))
            for row in tables["documents"]]
    return docs, tables["errors"]


def _read(out: Path, table: str, key: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    path = out / table / f"part-{key}.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []


def _by_doc(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    for group in grouped.values():
        group.sort(key=lambda r: r["ord"])
    return grouped


def document_from_rows(row: dict[str, Any], kids: dict[str, list[dict[str, Any]]]) -> Document:
    """A ``Document`` rebuilt from its ``documents`` row and its rows in the other tables."""
    return Document(
        id=row["id"], source=row["source"], body=row["body"], url=row["url"],
        outlet=row["outlet"], title=row["title"], authors=list(row["authors"] or []),
        language=row["language"],
        published=Published(row["published_date"], row["published_basis"],
                            row["published_evidence"]),
        removed=[Removed(r["text"], r["kind"], _line(r)) for r in kids["removed"]],
        entities=[Entity(r["name"], r["type"], [tuple(m) for m in r["mentions"] or []],
                         r.get("confidence"), r.get("reviewed"))
                  for r in kids["entities"]],
        quantities=[Quantity(r["value"], r["unit"], r["counts"], r["approx"], r["modality"],
                             (r["start"], r["end"]), r["high"], r["text"] or "",
                             r.get("confidence"), r.get("reviewed"))
                    for r in kids["quantities"]],
        claims=[Claim(r["speaker"], list(r["via"] or []), r["stance"], bool(r["hedged"]),
                      (r["start"], r["end"]), r["date"], r["cue"] or "", r.get("confidence"),
                      r.get("reviewed"))
                for r in kids["claims"]],
        measures=[Measure(r["type"], list(r["groups"] or []), list(r["places"] or []),
                          r["actor"], (r["start"], r["end"]), r["date"],
                          list(r["quantities"] or []), r.get("confidence"), r.get("reviewed"))
                  for r in kids["measures"]],
        kind=row.get("kind") or "text", version_of=row["version_of"],
        duplicate_of=row["duplicate_of"], story=row["story"],
    )


def _line(row: dict[str, Any]) -> int:
    line = row.get("line")
    return -1 if line is None else line


def iter_error_rows(out: str | Path) -> Iterator[dict[str, Any]]:
    """Every error row of a dataset (for reports), partition by partition."""
    for key in finished_keys(out):
        yield from _read(Path(out), "errors", key)

