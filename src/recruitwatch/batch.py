"""Batch runs on Dask: the same per-document pipeline over sharded input, Parquet out.

Steps:

1. shards      inputs expanded (directories walked as ``ingest`` walks them); each file
               is a shard
2. partitions  a WARC or gzipped file is one partition; an uncompressed JSON Lines file
               is cut into slices of ``records_per_partition`` lines; loose single-document
               files (.txt, .html) are grouped, ``files_per_partition`` at a time. Each
               partition has a key that stays the same between runs
3. tasks       one Dask task per partition not yet done, the largest first: read its
               records, run ``pipeline.process_many`` (models load once per worker
               process), write one Parquet file per table into a private temp
               directory, move each file into ``OUT/<table>/part-<key>.parquet`` with
               an atomic rename, then write the
               ``OUT/_done/<key>.json`` marker. Records that fail go to ``OUT/errors``
4. restart     partitions with a marker are skipped; a partition killed half way is
               written again under the same file names, so nothing is duplicated

Tables: the export contract's (``export.TABLES``) plus ``kind`` on documents, ``line`` on
removed lines, a ``raw`` table (document id and raw bytes, so the store keeps them) and
``errors`` (source, message, partition).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recruitwatch.ingest import IngestError, iter_records
from recruitwatch.ingest.errors import Refused
from recruitwatch.ingest.jsonl import line_record
from recruitwatch.ingest.sniff import format_from_name
from recruitwatch.ingest.sources import walk_files
from recruitwatch.model import Document, RawRecord
from recruitwatch.options import Options

__all__ = ["BatchError", "BatchSummary", "Partition", "local_cluster", "partitions", "pending",
           "run_batch", "run_partition", "TABLES"]

DASK_MISSING = ("recruitwatch batch needs Dask and pyarrow: "
                "pip install 'recruitwatch[dask]'")
_EXTRA_COLUMNS = {"documents": ["kind"], "removed": ["line"]}
DONE_DIR, TMP_DIR = "_done", "_tmp"


def _tables() -> dict[str, list[str]]:
    from recruitwatch.export import TABLES as CONTRACT

    tables = {t: cols + _EXTRA_COLUMNS.get(t, []) for t, cols in CONTRACT.items()}
    tables["raw"] = ["id", "data"]
    tables["errors"] = ["source", "message", "partition"]
    return tables


TABLES = _tables()


class BatchError(Exception):
    """A batch that cannot run; the message says what to do."""


# ---------------------------------------------------------------- 1-2. shards, partitions


@dataclass(frozen=True, slots=True)
class Partition:
    """A unit of work: whole files, or lines ``[first_line, first_line + lines)`` of one
    JSON Lines file starting at byte ``offset``."""

    key: str
    paths: tuple[str, ...]
    offset: int = 0
    first_line: int = 0  # 1-based number of the slice's first line; 0: whole files
    lines: int = 0
    size: int = 0  # bytes to read: the work it holds, roughly


def partitions(inputs: list[str], records_per_partition: int = 1000,
               files_per_partition: int = 200) -> list[Partition]:
    """The partitions of ``inputs`` in a stable order (same inputs, same keys)."""
    out: list[Partition] = []
    loose: list[str] = []
    for path in _shards(inputs):
        if _sliceable(path):
            out.extend(_jsonl_slices(path, records_per_partition))
        elif format_from_name(path) in ("warc", "jsonl", "feed") or path.endswith(".gz"):
            out.append(_whole(path))
        else:
            loose.append(path)
    for i in range(0, len(loose), files_per_partition):
        out.append(_whole(*loose[i:i + files_per_partition]))
    return out


def _shards(inputs: list[str]) -> Iterator[str]:
    for arg in inputs:
        if os.path.isdir(arg):
            yield from walk_files(arg)
        elif os.path.exists(arg):
            yield arg
        else:
            raise BatchError(f"{arg}: no such file or directory; check the path")


def _sliceable(path: str) -> bool:
    return format_from_name(path) == "jsonl" and not path.lower().endswith(".gz")


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:20]


def _whole(*paths: str) -> Partition:
    sig = [(os.path.abspath(p), os.path.getsize(p)) for p in paths]
    return Partition(_key("files", sig), tuple(paths), size=sum(n for _, n in sig))


def _jsonl_slices(path: str, per: int) -> Iterator[Partition]:
    """Cut points every ``per`` lines, found by one scan of the file (no JSON parsing)."""
    size, absolute = os.path.getsize(path), os.path.abspath(path)
    offset, line = 0, 1
    with open(path, "rb") as fh:
        while True:
            start = offset
            count = 0
            for raw in fh:
                offset += len(raw)
                count += 1
                if count == per:
                    break
            if not count:
                return
            yield Partition(_key("lines", absolute, size, start, per), (path,), start, line, count,
                            offset - start)
            line += count


def partition_records(part: Partition, options: Options) -> Iterator[RawRecord | IngestError]:
    """The records (and per-record errors) of one partition, streamed."""
    if not part.first_line:
        yield from iter_records(list(part.paths), options)
        return
    path = part.paths[0]
    with open(path, "rb") as fh:
        fh.seek(part.offset)
        for number in range(part.first_line, part.first_line + part.lines):
            line = fh.readline()
            if number == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            line = line.rstrip(b"\r\n")
            if line.strip():
                yield _line(path, number, line, options.max_bytes)


def _line(path: str, number: int, line: bytes, max_bytes: int) -> RawRecord | IngestError:
    where = f"{path}#line={number}"  # the same source name ``ingest`` gives the line
    try:
        if len(line) > max_bytes:
            raise Refused(f"line longer than the {max_bytes}-byte limit; "
                          "split the article or raise max_bytes")
        return line_record(where, line)
    except Refused as exc:
        return IngestError(where, f"{path}:{number}: {exc}")


# ---------------------------------------------------------------- 3. one partition


@dataclass(slots=True)
class PartitionResult:
    key: str
    documents: int = 0
    errors: int = 0
    skipped: bool = False


def run_partition(part: Partition, out: str, options: Options = Options(),
                  batch_size: int = 32, flush_every: int = 500) -> PartitionResult:
    """Process one partition into ``out`` unless its marker says it is done."""
    root = Path(out)
    marker = root / DONE_DIR / f"{part.key}.json"
    if marker.exists():
        return PartitionResult(part.key, skipped=True)
    tmp = root / TMP_DIR / f"{part.key}-{uuid.uuid4().hex[:8]}"
    tmp.mkdir(parents=True)
    try:
        with _PartWriter(tmp, part.key, flush_every) as writer:
            _fill(writer, part, options, batch_size)
        _publish(tmp, root, part.key)
        _write_json(marker, {"key": part.key, "paths": list(part.paths),
                             "first_line": part.first_line, "lines": part.lines,
                             "documents": writer.documents, "errors": writer.errors})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return PartitionResult(part.key, writer.documents, writer.errors)


def _fill(writer: _PartWriter, part: Partition, options: Options, batch_size: int) -> None:
    from recruitwatch.pipeline import process_many

    try:
        for raw, result in process_many(_records_only(part, options, writer), options,
                                        batch_size):
            if isinstance(result, Document):
                writer.add(result, raw.data)
            else:
                writer.error(raw.source, f"{raw.source}: processing failed: "
                             f"{type(result).__name__}: {result}")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not lose the partition
        writer.error(",".join(part.paths), f"partition failed: {type(exc).__name__}: {exc}")


def _records_only(part: Partition, options: Options, writer: _PartWriter) -> Iterator[RawRecord]:
    for item in partition_records(part, options):
        if isinstance(item, IngestError):
            writer.error(item.source, item.message)
        else:
            yield item


class _PartWriter:
    """Streams one partition's rows into one Parquet file per table (row groups of
    ``flush_every`` documents), so a worker's memory does not grow with the partition."""

    def __init__(self, tmp: Path, key: str, flush_every: int):
        self.pa, self.pq = _pyarrow()
        self.tmp, self.key, self.flush_every = tmp, key, flush_every
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        self.writers: dict[str, Any] = {}
        self.documents = self.errors = 0

    def __enter__(self) -> _PartWriter:
        return self

    def __exit__(self, *exc) -> None:
        try:
            if exc[0] is None:
                self.flush(final=True)
        finally:
            for w in self.writers.values():
                w.close()

    def add(self, doc: Document, raw: bytes) -> None:
        for table, rows in document_rows(doc, raw).items():
            self.rows[table].extend(rows)
        self.documents += 1
        if self.documents % self.flush_every == 0:
            self.flush()

    def error(self, source: str, message: str) -> None:
        self.rows["errors"].append({"source": source, "message": message, "partition": self.key})
        self.errors += 1

    def flush(self, final: bool = False) -> None:
        for table, rows in self.rows.items():
            if not rows and not (final and table not in self.writers):
                continue  # an empty file is still written once, so every table has its part
            batch = self.pa.Table.from_pylist(rows, schema=table_schema(self.pa, table))
            if table not in self.writers:
                self.writers[table] = self.pq.ParquetWriter(
                    self.tmp / f"{table}.parquet", batch.schema, compression="zstd")
            self.writers[table].write_table(batch)
            rows.clear()


def document_rows(doc: Document, raw: bytes) -> dict[str, list[dict[str, Any]]]:
    """The export-contract rows of one document plus the batch's extra columns."""
    from recruitwatch.export import table_rows

    rows = table_rows(doc)
    rows["documents"][0]["kind"] = doc.kind
    for row, removed in zip(rows["removed"], doc.removed):
        row["line"] = removed.line
    rows["raw"] = [{"id": doc.id, "data": raw}]
    return rows


def table_schema(pa, table: str):
    """The Arrow schema of a batch table: the export schema plus the batch's columns."""
    from recruitwatch.export import parquet_schema

    if table == "raw":
        return pa.schema([("id", pa.string()), ("data", pa.binary())])
    if table == "errors":
        return pa.schema([(c, pa.string()) for c in TABLES["errors"]])
    schema = parquet_schema(pa, table)
    extra = {"kind": pa.string(), "line": pa.int64()}
    for col in _EXTRA_COLUMNS.get(table, []):
        schema = schema.append(pa.field(col, extra[col]))
    return schema


def _publish(tmp: Path, root: Path, key: str) -> None:
    """Move each finished file into place with an atomic rename (same file system)."""
    for table in TABLES:
        src = tmp / f"{table}.parquet"
        if src.exists():
            os.replace(src, root / table / f"part-{key}.parquet")


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_suffix(f".{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, path)


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise BatchError(DASK_MISSING) from exc
    return pa, pq


# ---------------------------------------------------------------- 3. the driver


@dataclass(slots=True)
class BatchSummary:
    partitions: int = 0
    skipped: int = 0  # done by an earlier run
    documents: int = 0
    errors: int = 0
    failed_partitions: list[str] = field(default_factory=list)
    seconds: float = 0.0  # processing, from the first task handed out to the last result
    worker_peaks_mib: list[float] = field(default_factory=list)  # peak RSS of each worker


Progress = Callable[[BatchSummary], None]


def prepare_out(out: str) -> None:
    """Create the table folders; drop temp files a killed run left behind."""
    root = Path(out)
    shutil.rmtree(root / TMP_DIR, ignore_errors=True)
    for name in (*TABLES, DONE_DIR, TMP_DIR):
        (root / name).mkdir(parents=True, exist_ok=True)


def run_batch(inputs: list[str], out: str, options: Options = Options(),
              scheduler: str | None = None, workers: int | None = None,
              records_per_partition: int = 1000, progress: Progress | None = None,
              client=None) -> BatchSummary:
    """Process ``inputs`` on a Dask cluster into a Parquet dataset under ``out``.

    ``scheduler`` is the address of a running cluster (``tcp://host:port``); without it a
    local cluster with ``workers`` processes (default: all cores) is started and stopped.
    ``out`` must be visible to every worker under the same path (a shared file system).
    """
    distributed = _distributed()
    parts = partitions(inputs, records_per_partition)
    prepare_out(out)
    if client is not None:
        return _run_on(client, parts, out, options, progress)
    with _client(distributed, scheduler, workers) as own:
        return _run_on(own, parts, out, options, progress)


def _client(distributed, scheduler: str | None, workers: int | None):
    if scheduler:
        try:
            return distributed.Client(scheduler, timeout="30s")
        except OSError as exc:
            raise BatchError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); "
                             "check the address, or leave out --scheduler for a local cluster") from exc
    cluster = local_cluster(workers)
    return _OwnedClient(distributed.Client(cluster), cluster)


# A local cluster runs with no dashboard, so the workers' statistical profiler (a stack
# sample every 10 ms) serves nobody; and Dask's default malloc trim threshold (64 KiB)
# hands freed memory back to the kernel at once, which costs the workers 8-10% of their
# time in system calls on this pipeline's many short-lived arrays. glibc's own default
# still returns memory, and the memory rows of benchmarks/batch_bench.py stay flat.
#
# The event loops wake less often: Dask's 20 ms loop tick (a watchdog for blocked loops)
# and 100 ms memory poll, in every worker and nanny, preempt the partition being
# processed; with them, a task's wall time was 5-6% above its CPU time (20,000
# involuntary context switches in a 45 s run), with these settings 1.5-2% (3,500). A
# partition takes seconds and memory stays flat, so a 1 s poll loses nothing. Queued
# partitions go out one per free worker (saturation 1.0) in the order submitted, largest
# first, and nothing is stolen back: a worker never holds a second partition while
# another worker waits.
_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.nanny.pre-spawn-environ": {
        "OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1},
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.scheduler.worker-saturation": 1.0,
    "distributed.scheduler.work-stealing": False,
}


def local_cluster(workers: int | None = None):
    """A local Dask cluster of ``workers`` single-threaded processes (default: all cores)."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(_WORKER_CONFIG):
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=None)


class _OwnedClient:
    """A client and the local cluster it was started with, closed together."""

    def __init__(self, client, cluster):
        self.client, self.cluster = client, cluster

    def __enter__(self):
        return self.client

    def __exit__(self, *exc) -> None:
        self.client.close()
        self.cluster.close()


def _run_on(client, parts: list[Partition], out: str, options: Options,
            progress: Progress | None) -> BatchSummary:
    from distributed import as_completed

    client.register_plugin(ModelWarmup(options), name="recruitwatch-models")
    summary = BatchSummary(partitions=len(parts))
    todo = pending(parts, out)
    summary.skipped = len(parts) - len(todo)
    start = time.perf_counter()
    # pure=False: a retried or re-run task must run again, not be served from memory
    futures = client.map(run_partition, todo, out=out, options=options, pure=False,
                         key=[f"partition-{p.key}" for p in todo], retries=2)
    for future in as_completed(futures):
        _tally(summary, future)
        future.release()
        if progress:
            progress(summary)
    summary.seconds = time.perf_counter() - start
    summary.worker_peaks_mib = sorted(client.run(_peak_rss_mib).values())
    return summary


def _peak_rss_mib() -> float:
    """This process's peak resident memory (run on each worker)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def pending(parts: list[Partition], out: str) -> list[Partition]:
    """The partitions without a done marker, largest first: the scheduler hands tasks out
    in the order given, so the run does not end with one worker on a big partition while
    the others wait."""
    done = Path(out) / DONE_DIR
    todo = [p for p in parts if not (done / f"{p.key}.json").exists()]
    return sorted(todo, key=lambda p: p.size, reverse=True)


def _tally(summary: BatchSummary, future) -> None:
    try:
        result = future.result()
    except Exception as exc:  # noqa: BLE001 - e.g. KilledWorker after repeated worker deaths
        summary.failed_partitions.append(f"{future.key}: {type(exc).__name__}: {exc}")
        return
    if result.skipped:
        summary.skipped += 1
    summary.documents += result.documents
    summary.errors += result.errors


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise BatchError(DASK_MISSING) from exc
    _pyarrow()
    return distributed


_WARMUP = (
    "Moscow plans to recruit 400,000 soldiers on contract, RFE/RL reported on March 14, 2023.",
    "В Москве планируют набрать 400 тысяч контрактников, сообщило издание 14 марта 2023 года.",
)

try:  # the plugin base class, when Dask is installed (it is an optional extra)
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - run_batch says which extra to install
    _PluginBase = object


class ModelWarmup(_PluginBase):
    """A Dask worker plugin that loads the models (and the lexicons) when a worker starts,
    so each worker process loads them once (``extract.nlp`` caches them per process), not
    per document and not inside the first partition."""

    idempotent = True

    def __init__(self, options: Options):
        self.options = options

    def setup(self, worker) -> None:
        from recruitwatch.pipeline import process_text

        # One short document per language also builds the lexicons and regex grammars
        # (about a second per process in the profile) before the first partition's clock.
        for text in _WARMUP:
            try:
                process_text(text, self.options, source="warm-up")
            except Exception:  # noqa: BLE001 - a warm-up must never stop a worker
                pass

    def teardown(self, worker) -> None:
        pass
