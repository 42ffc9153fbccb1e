"""recruitwatch batch on a real local Dask cluster (2 worker processes): JSON Lines, WARC
and folder shards end to end, a worker killed mid-run, a corrupt shard, a restart that
skips finished partitions, DuckDB over the output and the bulk load into the store."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from recruitwatch.batch import (  # noqa: E402
    DONE_DIR, TABLES, local_cluster, partitions, pending, run_batch)
from recruitwatch.load import load_dataset  # noqa: E402
from recruitwatch.options import Options  # noqa: E402
from recruitwatch.store import Store  # noqa: E402

pytestmark = [pytest.mark.dask, pytest.mark.timeout(600)]

RULES = Options(use_models=False)  # rules only: the cluster machinery is under test here

# Short reports written for these tests, each paraphrasing real reporting (source named).
REPORTS = [
    # Reuters, 2023-09: Medvedev's figure for contracts signed since January.
    ("Former president Dmitry Medvedev said on Sunday that about 280,000 people had signed "
     "contracts with the armed forces since January, according to Reuters.\n"
     "The figure could not be independently verified."),
    # RFE/RL, 2023: a recruitment point opened inside a Moscow migration centre.
    ("A military recruitment office has opened inside the migration centre in Sakharovo, "
     "outside Moscow, RFE/RL reported.\n"
     "Migrants applying for documents there were handed leaflets offering contracts."),
    # Meduza, 2024: a regional one-off payment for volunteers.
    ("The governor of Tatarstan announced a one-off payment of 400,000 rubles to residents "
     "who sign a contract with the Defence Ministry, Meduza reported.\n"
     "Officials said the region aimed to recruit 2,000 volunteers by the end of the year."),
    # Mediazona, 2023: debtors offered debt relief for contracts.
    ("Bailiffs in several regions offered debtors a freeze on their debts if they signed "
     "contracts to fight in Ukraine, Mediazona reported.\n"
     "A lawyer said the practice put pressure on the poorest people."),
    # Verstka, 2024: migrants who obtained citizenship summoned to enlistment offices.
    ("Naturalised citizens from Central Asia received summonses to register at military "
     "enlistment offices, Verstka reported on Tuesday.\n"
     "At least 30 men were taken to a recruitment centre after a raid, the outlet said."),
]


def _record(i: int, shard: str) -> dict:
    return {"text": REPORTS[i % len(REPORTS)] + f"\n(Report {shard}-{i}.)",
            "url": f"https://example.invalid/{shard}/{i}", "outlet": "Test Wire"}


def write_jsonl(path: Path, n: int, gz: bool = False) -> int:
    lines = "".join(json.dumps(_record(i, path.stem)) + "\n" for i in range(n)).encode()
    path.write_bytes(gzip.compress(lines) if gz else lines)
    return n


def write_warc(path: Path, n: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n):
            rec = _record(i, path.stem)
            html = (f"<html><head><title>Report {i}</title></head><body><article>"
                    + "".join(f"<p>{p}</p>" for p in rec["text"].split("\n"))
                    + "</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                rec["url"], "response", payload=io.BytesIO(html), http_headers=headers))
    return n


def write_folder(path: Path, n: int) -> int:
    path.mkdir()
    for i in range(n):
        (path / f"report_{i:03d}.txt").write_text(_record(i, "folder")["text"], encoding="utf-8")
    return n


@pytest.fixture(scope="module")
def client():
    from distributed import Client

    with local_cluster(2) as cluster, Client(cluster) as c:
        yield c


def _worker_settings(dask_worker):
    import dask

    return (dask.config.get("distributed.worker.profile.enabled"),
            os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS"),
            dask_worker._tick_interval, dask_worker.memory_manager.memory_monitor_interval)


def test_local_workers_run_without_profiler_or_eager_trim(client):
    # the batch's own cluster: no sampling profiler, glibc's trim, one BLAS thread, event
    # loops that wake once a second
    settings = client.run(_worker_settings)
    assert len(settings) == 2
    assert set(settings.values()) == {(False, None, "1", 1.0, 1.0)}


def _scheduler_settings(dask_scheduler):
    return (dask_scheduler.WORKER_SATURATION, "stealing" in dask_scheduler.extensions,
            dask_scheduler._tick_interval)


def test_local_scheduler_hands_out_one_partition_per_free_worker(client):
    assert client.run_on_scheduler(_scheduler_settings) == (1.0, False, 1.0)


@pytest.fixture
def corpus(tmp_path) -> tuple[Path, int]:
    src = tmp_path / "in"
    src.mkdir()
    n = write_jsonl(src / "a.jsonl", 12) + write_jsonl(src / "b.jsonl.gz", 6, gz=True)
    n += write_warc(src / "c.warc.gz", 5) + write_folder(src / "pages", 4)
    return src, n


def _duck(out: Path, sql: str):
    duckdb = pytest.importorskip("duckdb")
    with duckdb.connect() as con:
        return con.execute(sql.replace("DIR", str(out))).fetchall()


def test_partitions_slice_jsonl_and_keep_their_keys(corpus):
    src, _ = corpus
    parts = partitions([str(src)], records_per_partition=5)
    # a.jsonl: 12 lines in slices of 5; the gzip and the WARC whole; the folder as a group
    assert [p.lines for p in parts if p.first_line] == [5, 5, 2]
    assert [p.first_line for p in parts if p.first_line] == [1, 6, 11]
    assert len(parts) == 6
    assert [p.key for p in partitions([str(src)], 5)] == [p.key for p in parts]


def test_partition_sizes_add_up_and_the_largest_run_first(corpus, tmp_path):
    src, _ = corpus
    parts = partitions([str(src)], records_per_partition=5)
    jsonl = src / "a.jsonl"
    assert sum(p.size for p in parts if p.first_line) == jsonl.stat().st_size
    whole = {p.paths[0]: p.size for p in parts if not p.first_line and len(p.paths) == 1}
    assert whole[str(src / "c.warc.gz")] == (src / "c.warc.gz").stat().st_size
    out = tmp_path / "out"
    (out / DONE_DIR).mkdir(parents=True)
    biggest = max(parts, key=lambda p: p.size)
    (out / DONE_DIR / f"{biggest.key}.json").write_text("{}")
    todo = pending(parts, str(out))
    assert biggest not in todo and len(todo) == len(parts) - 1
    assert [p.size for p in todo] == sorted((p.size for p in todo), reverse=True)


def test_end_to_end_duckdb_and_load(client, corpus, tmp_path):
    src, n = corpus
    out = tmp_path / "ds"
    summary = run_batch([str(src)], str(out), RULES, records_per_partition=5, client=client)
    assert (summary.documents, summary.errors, summary.failed_partitions) == (n, 0, [])
    # the run reports its time and each worker's peak memory
    assert summary.seconds > 0 and len(summary.worker_peaks_mib) == 2
    assert all(50 < m < 4096 for m in summary.worker_peaks_mib)
    for table in TABLES:  # every table has a file per partition, none left half-written
        assert len(list((out / table).glob("part-*.parquet"))) == summary.partitions
    assert not list((out / "_tmp").iterdir())
    assert _duck(out, "SELECT count(*), count(DISTINCT id) FROM 'DIR/documents/*.parquet'") == [(n, n)]
    sources = {r[0] for r in _duck(out, "SELECT source FROM 'DIR/documents/*.parquet'")}
    assert any("#line=11" in s for s in sources) and any("#offset=" in s for s in sources)
    by_type = _duck(out, "SELECT type, count(*) FROM 'DIR/measures/*.parquet' GROUP BY type")
    assert sum(c for _, c in by_type) > 0
    with Store(tmp_path / "rw.db") as store:
        loaded = load_dataset(out, store)
        assert (loaded.new, store.count()) == (n, n)
        assert store.count("quantities") == _duck(out, "SELECT count(*) FROM 'DIR/quantities/*.parquet'")[0][0]
        doc = store.get(store.ids()[0])
        assert doc.body and doc.kind in ("text", "html") and store.raw(doc.id)
        assert load_dataset(out, store).new == 0  # loading twice adds nothing


def test_corrupt_shard_gives_error_rows_and_the_rest_completes(client, corpus, tmp_path):
    src, n = corpus
    good = gzip.compress(b"".join(json.dumps(_record(i, "cut")).encode() + b"\n" for i in range(8)))
    (src / "cut.jsonl.gz").write_bytes(good[: len(good) * 2 // 3])  # a truncated gzip
    warc = src / "c.warc.gz"
    (src / "cut.warc.gz").write_bytes(warc.read_bytes()[:-40])
    out = tmp_path / "ds"
    summary = run_batch([str(src)], str(out), RULES, records_per_partition=5, client=client)
    assert summary.failed_partitions == []
    errors = _duck(out, "SELECT source, message FROM 'DIR/errors/*.parquet'")
    assert any("cut.jsonl.gz" in s and "gzip" in m for s, m in errors)
    assert any("cut.warc.gz" in s and "truncated" in m for s, m in errors)
    ok = _duck(out, "SELECT count(*) FROM 'DIR/documents/*.parquet' WHERE source NOT LIKE '%cut.%'")
    assert ok == [(n,)]


def test_restart_skips_finished_partitions(client, corpus, tmp_path):
    src, n = corpus
    out = tmp_path / "ds"
    first = run_batch([str(src)], str(out), RULES, records_per_partition=5, client=client)
    markers = sorted((out / "_done").glob("*.json"))
    markers[0].unlink()  # as if the run had been killed before this partition finished
    (out / "_tmp" / "stale").mkdir()
    again = run_batch([str(src)], str(out), RULES, records_per_partition=5, client=client)
    assert again.skipped == first.partitions - 1
    assert again.documents == json.loads((out / "_done" / markers[0].name).read_text())["documents"]
    assert _duck(out, "SELECT count(*), count(DISTINCT id) FROM 'DIR/documents/*.parquet'") == [(n, n)]
    assert not (out / "_tmp" / "stale").exists()


def test_a_worker_killed_mid_run_loses_nothing(client, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    n = sum(write_jsonl(src / f"s{k}.jsonl", 30) for k in range(4))
    pids = client.run(os.getpid)
    victim = sorted(pids.values())[0]
    killed_at: list[int] = []

    def kill_once(summary):
        if not killed_at:
            killed_at.append(summary.documents)
            os.kill(victim, signal.SIGKILL)

    out = tmp_path / "ds"
    summary = run_batch([str(src)], str(out), RULES, records_per_partition=3, client=client,
                        progress=kill_once)
    assert killed_at and killed_at[0] < n  # the kill came mid-run
    assert summary.failed_partitions == []
    assert _duck(out, "SELECT count(*), count(DISTINCT id) FROM 'DIR/documents/*.parquet'") == [(n, n)]
    client.wait_for_workers(2, timeout=60)  # the nanny restarted the killed worker
    assert victim not in client.run(os.getpid).values()


@pytest.mark.models
def test_models_load_once_per_worker(client, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    n = write_jsonl(src / "en.jsonl", 10)
    out = tmp_path / "ds"
    summary = run_batch([str(src)], str(out), Options(), records_per_partition=2, client=client)
    assert summary.documents == n

    def loads():
        from recruitwatch.extract import nlp
        return nlp.get_spacy.cache_info().misses

    assert set(client.run(loads).values()) == {1}
    people = _duck(out, "SELECT count(*) FROM 'DIR/entities/*.parquet' WHERE name LIKE '%Medvedev%'")
    assert people[0][0] >= 1
