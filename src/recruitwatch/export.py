"""Exports in the SPEC contract: JSON Lines (one document a line), CSV and Parquet (one
table per kind, each row carrying its document id)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from recruitwatch.model import Document
from recruitwatch.store import Store

FORMATS = ("jsonl", "csv", "parquet")

# Columns of the per-kind tables (CSV and Parquet); lists are JSON-encoded in CSV.
TABLES: dict[str, list[str]] = {
    "documents": ["id", "source", "url", "outlet", "title", "authors", "language",
                  "published_date", "published_basis", "published_evidence", "body",
                  "duplicate_of", "story", "version_of"],
    "removed": ["doc_id", "ord", "kind", "text"],
    "entities": ["doc_id", "ord", "name", "type", "mentions"],
    "quantities": ["doc_id", "ord", "value", "high", "unit", "counts", "approx", "modality",
                   "start", "end", "text"],
    "claims": ["doc_id", "ord", "speaker", "via", "stance", "hedged", "start", "end", "date",
               "cue"],
    "measures": ["doc_id", "ord", "type", "groups", "places", "actor", "start", "end", "date",
                 "quantities"],
}


class ExportError(Exception):
    """An export that cannot be written; the message says what to do."""


def export(store: Store, fmt: str, out: str | Path | IO[str],
           redact: bool = False) -> int:
    """Write every document of ``store`` in ``fmt``; returns the number of documents."""
    docs = store.iter_documents()
    if redact:
        from recruitwatch.redact import redact_private
        docs = (redact_private(d) for d in docs)
    if fmt == "jsonl":
        return write_jsonl(docs, out)
    if fmt == "csv":
        return write_csv(docs, Path(out))
    if fmt == "parquet":
        return write_parquet(docs, Path(out))
    raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_jsonl(docs: Iterable[Document], out: str | Path | IO[str]) -> int:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8") as fh:
            return write_jsonl(docs, fh)
    n = 0
    for doc in docs:
        out.write(json.dumps(doc.to_record(), ensure_ascii=False) + "\n")
        n += 1
    return n


def table_rows(doc: Document) -> dict[str, list[dict[str, Any]]]:
    """The rows one document contributes to each table."""
    rec = doc.to_record()
    pub = rec["published"]
    documents = {k: rec.get(k) for k in TABLES["documents"]}
    documents.update(published_date=pub["date"], published_basis=pub["basis"],
                     published_evidence=pub["evidence"])
    rows: dict[str, list[dict[str, Any]]] = {"documents": [documents]}
    rows["removed"] = [{"doc_id": doc.id, "ord": i, **r} for i, r in enumerate(rec["removed"])]
    rows["entities"] = [{"doc_id": doc.id, "ord": i, **e} for i, e in enumerate(rec["entities"])]
    for kind in ("quantities", "claims", "measures"):
        rows[kind] = [_spanless(doc.id, i, r) for i, r in enumerate(rec[kind])]
    return rows


def _spanless(doc_id: str, i: int, rec: dict[str, Any]) -> dict[str, Any]:
    start, end = rec.pop("span")
    return {"doc_id": doc_id, "ord": i, "start": start, "end": end, "high": None, **rec}


def write_csv(docs: Iterable[Document], outdir: Path) -> int:
    outdir.mkdir(parents=True, exist_ok=True)
    files = {t: open(outdir / f"{t}.csv", "w", newline="", encoding="utf-8") for t in TABLES}
    try:
        writers = {t: csv.DictWriter(fh, TABLES[t], extrasaction="ignore")
                   for t, fh in files.items()}
        for w in writers.values():
            w.writeheader()
        n = 0
        for doc in docs:
            for table, rows in table_rows(doc).items():
                writers[table].writerows(_csv_cells(r) for r in rows)
            n += 1
        return n
    finally:
        for fh in files.values():
            fh.close()


def _csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
            for k, v in row.items()}


def write_parquet(docs: Iterable[Document], outdir: Path, chunk: int = 2000) -> int:
    """One Parquet file per table, written in row groups of ``chunk`` documents."""
    pa, pq = _pyarrow()
    outdir.mkdir(parents=True, exist_ok=True)
    writers: dict[str, Any] = {}
    buffers: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    n = 0
    try:
        for doc in docs:
            for table, rows in table_rows(doc).items():
                buffers[table].extend(rows)
            n += 1
            if n % chunk == 0:
                _flush(pa, pq, outdir, buffers, writers)
        _flush(pa, pq, outdir, buffers, writers)
    finally:
        for w in writers.values():
            w.close()
    return n


def _flush(pa, pq, outdir: Path, buffers, writers) -> None:
    for table, rows in buffers.items():
        batch = pa.Table.from_pylist([_parquet_cells(r) for r in rows], schema=parquet_schema(pa, table))
        if table not in writers:
            writers[table] = pq.ParquetWriter(outdir / f"{table}.parquet", batch.schema)
        if rows:
            writers[table].write_table(batch)
        rows.clear()


def _parquet_cells(row: dict[str, Any]) -> dict[str, Any]:
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v
            for k, v in row.items()}


def parquet_schema(pa, table: str):
    """The Arrow schema of one table (lists stay lists, spans are two int columns)."""
    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    types = {
        "authors": pa.list_(s), "mentions": pa.list_(pa.list_(i)), "via": pa.list_(s),
        "groups": pa.list_(s), "places": pa.list_(s), "quantities": pa.list_(i),
        "ord": i, "start": i, "end": i, "value": f, "high": f, "hedged": b,
    }
    return pa.schema([(c, types.get(c, s)) for c in TABLES[table]])


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ExportError("Parquet export needs pyarrow: pip install 'recruitwatch[parquet]'") from exc
    return pa, pq


def iter_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
