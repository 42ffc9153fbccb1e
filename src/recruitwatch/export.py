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
    "entities": ["doc_id", "ord", "name", "type", "mentions", "confidence", "reviewed"],
    "quantities": ["doc_id", "ord", "value", "high", "unit", "counts", "approx", "modality",
                   "start", "end", "text", "confidence", "reviewed"],
    "claims": ["doc_id", "ord", "speaker", "via", "stance", "hedged", "start", "end", "date",
               "cue", "confidence", "reviewed"],
    "measures": ["doc_id", "ord", "type", "groups", "places", "actor", "start", "end", "date",
                 "quantities", "confidence", "reviewed"],
}


# Linked facts (link/facts.py): one row per fact, one per member mention.
FACT_TABLES: dict[str, list[str]] = {
    "facts": ["id", "kind", "label", "unit", "value", "high", "modality", "counts", "type",
              "groups", "places", "date", "date_basis", "first_report", "last_report",
              "mentions", "independent", "sources", "chains"],
    "fact_mentions": ["fact_id", "doc_id", "kind", "ord", "date", "date_basis", "published",
                      "origin", "via", "outlet"],
}


class ExportError(Exception):
    """An export that cannot be written; the message says what to do."""


def export(store: Store, fmt: str, out: str | Path | IO[str],
           redact: bool = False, facts: str | Path | IO[str] | None = None) -> int:
    """Write every document of ``store`` in ``fmt``; returns the number of documents.

    Linked facts go to ``facts`` (JSON Lines) when given; CSV and Parquet exports always
    add the ``facts`` and ``fact_mentions`` tables beside the document tables."""
    try:
        return _export(store, fmt, out, redact, facts)
    except OSError as exc:
        raise ExportError(f"cannot write {getattr(exc, 'filename', None) or out}: "
                          f"{exc.strerror or exc}; give -o a path in an existing, writable "
                          "directory (a directory for csv and parquet)") from exc


def _export(store: Store, fmt: str, out, redact: bool, facts) -> int:
    docs = store.iter_documents()
    if redact:
        from recruitwatch.redact import redact_private
        docs = (redact_private(d) for d in docs)
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "jsonl":
        n = write_jsonl(docs, out)
    elif fmt == "csv":
        n = write_csv(docs, Path(out))
        _write_fact_tables_csv(store, Path(out))
    else:
        n = write_parquet(docs, Path(out))
        _write_fact_tables_parquet(store, Path(out))
    if facts is not None:
        write_facts_jsonl(store, facts)
    return n


def fact_records(store: Store) -> Iterator[dict[str, Any]]:
    """Each linked fact with its member mentions and source chains (original, then relays)."""
    from recruitwatch.link.facts import chain_text, fact_members

    rows = store.conn.execute("SELECT * FROM facts ORDER BY id")
    for f in rows:
        chains = json.loads(f["chain"])
        members = [{k: m[k] for k in FACT_TABLES["fact_mentions"] if k != "fact_id"}
                   for m in fact_members(store, f["id"])]
        yield {"id": f["id"], "kind": f["kind"], "label": f["label"], "unit": f["unit"],
               "value": f["value"], "high": f["high"], "modality": f["modality"],
               "counts": f["counts_key"], "type": f["type"], "groups": json.loads(f["groups"]),
               "places": json.loads(f["places"]), "date": f["first_date"],
               "date_basis": f["date_basis"], "first_report": f["first_published"],
               "last_report": f["last_published"], "mentions": f["mentions"],
               "independent": f["independent"], "sources": chain_text(chains),
               "chains": chains, "members": members}


def write_facts_jsonl(store: Store, out: str | Path | IO[str]) -> int:
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8") as fh:
            return write_facts_jsonl(store, fh)
    n = 0
    for rec in fact_records(store):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def fact_table_rows(store: Store) -> Iterator[tuple[str, dict[str, Any]]]:
    for rec in fact_records(store):
        members = rec.pop("members")
        yield "facts", {k: rec.get(k) for k in FACT_TABLES["facts"]}
        for m in members:
            yield "fact_mentions", {"fact_id": rec["id"], **m}


def _write_fact_tables_csv(store: Store, outdir: Path) -> None:
    files = {t: open(outdir / f"{t}.csv", "w", newline="", encoding="utf-8") for t in FACT_TABLES}
    try:
        writers = {t: csv.DictWriter(fh, FACT_TABLES[t]) for t, fh in files.items()}
        for w in writers.values():
            w.writeheader()
        for table, row in fact_table_rows(store):
            writers[table].writerow(_csv_cells(row))
    finally:
        for fh in files.values():
            fh.close()


def _write_fact_tables_parquet(store: Store, outdir: Path) -> None:
    pa, pq = _pyarrow()
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in FACT_TABLES}
    for table, row in fact_table_rows(store):
        rows[table].append(row)
    s, i, f = pa.string(), pa.int64(), pa.float64()
    types = {"id": i, "fact_id": i, "ord": i, "value": f, "high": f, "mentions": i,
             "independent": i, "groups": pa.list_(s), "places": pa.list_(s), "via": pa.list_(s)}
    for table, cols in FACT_TABLES.items():
        schema = pa.schema([(c, types.get(c, s)) for c in cols])
        data = [{**r, "chains": json.dumps(r["chains"], ensure_ascii=False)} if "chains" in r else r
                for r in rows[table]]
        pq.write_table(pa.Table.from_pylist(data, schema=schema), outdir / f"{table}.parquet")


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
        "ord": i, "start": i, "end": i, "value": f, "high": f, "hedged": b, "confidence": f,
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
