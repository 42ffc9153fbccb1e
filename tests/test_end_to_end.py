"""The command line end to end, as a user runs it: ingest, search, show, facts, export."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from recruitwatch.cli import cli

ARTICLE = (
    "Regions ordered to sign {n} contracts\n"
    "The defence ministry sent region number {n} an order to sign contracts with {k},000 "
    "volunteers by the end of the year, the regional governor said on Tuesday.\n"
    "Recruiters were told to report weekly on how many people they had approached.\n"
    "Read more\n"
)


def write_corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:04d}.txt").write_text(ARTICLE.format(n=n, k=n + 1), encoding="utf-8")
    return folder


def run(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def test_ingest_search_show_export_without_models(tmp_path):
    corpus = write_corpus(tmp_path / "in", 3)
    (corpus / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00IHDR" + bytes(200))
    db = str(tmp_path / "t.db")
    result = run("ingest", str(corpus), "--db", db, "--no-models", "-q")
    assert result.exit_code == 1  # one input failed, the rest went on
    assert "3 new" in result.output and "1 failed" in result.output
    assert "broken.txt" in result.output

    again = run("ingest", str(corpus), "--db", db, "--no-models", "-q")
    assert "0 new, 3 already stored" in again.output

    hits = json.loads(run("search", "volunteers", "--db", db, "--json").output)
    assert len(hits) == 3
    shown = run("show", hits[0]["id"][:8], "--db", db)
    assert "✂ [read_more] Read more" in shown.output

    out = tmp_path / "out.jsonl"
    run("export", "--db", db, "-o", str(out))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 3
    assert all(r["removed"] == [{"text": "Read more", "kind": "read_more"}] for r in records)
    assert any(q["value"] == 2000 for r in records for q in r["quantities"])


def test_show_unknown_id_says_what_to_do(tmp_path):
    db = str(tmp_path / "t.db")
    run("ingest", str(write_corpus(tmp_path / "in", 1)), "--db", db, "--no-models", "-q")
    result = run("show", "ffffffff", "--db", db)
    assert result.exit_code != 0 and "recruitwatch search" in result.output


def test_search_on_missing_database_says_what_to_do(tmp_path):
    result = run("search", "x", "--db", str(tmp_path / "none.db"))
    assert result.exit_code != 0 and "recruitwatch ingest" in result.output


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path):
    corpus = write_corpus(tmp_path / "in", 400)
    db = tmp_path / "t.db"
    cmd = [sys.executable, "-m", "recruitwatch.cli", "ingest", str(corpus), "--db", str(db),
           "--no-models", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None and _count(db) < 40:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    stored = _count(db)
    assert 0 < stored < 400, "the run should have been killed midway"
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert f"{400 - stored} new, {stored} already stored" in done.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT id), count(*) FROM documents").fetchone() == (400, 400)


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.models
def test_seeds_yield_the_facts_a_researcher_needs(tmp_path, seeds_dir):
    db = str(tmp_path / "seeds.db")
    assert run("ingest", str(seeds_dir), "--db", db, "-q").exit_code == 0
    out = tmp_path / "seeds.jsonl"
    run("export", "--db", db, "--format", "jsonl", "-o", str(out))
    records = [json.loads(line) for line in out.read_text().splitlines()]
    quantities = {(q["value"], q["unit"], q["modality"]) for r in records for q in r["quantities"]}
    for expected in [(400000, "people", "target"), (280000, "people", "achieved"),
                     (190000, "RUB", "offer"), (495000, "RUB", "offer"), (5130, "USD", "offer"),
                     (6000000, "people", "estimate")]:
        assert expected in quantities
    claims = [c for r in records for c in r["claims"]]
    assert any(c["speaker"] == "Dmitry Peskov" and c["stance"] == "deny" for c in claims)
    assert any(c["speaker"] == "Verstka" and c["via"] == ["RFE/RL"] for c in claims)
    measures = [(m["type"], r["body"][m["span"][0]:m["span"][1]]) for r in records for m in r["measures"]]
    assert any(t == "reporting_requirement" and "weekly" in text for t, text in measures)
    assert any(t == "recruitment_site" and "Sakharovo" in text for t, text in measures)
    dates = sorted(r["published"]["date"] for r in records)
    assert dates == ["2022-09-20", "2023", "2023-03-14", "2023-07-11", "2023-10"]


def test_a_narrow_terminal_gets_one_block_per_row_not_a_crushed_table(monkeypatch):
    import io

    from rich.console import Console

    from recruitwatch import cli as cli_module

    rows = [{"item": "67014276eb22:m1", "published_date": "2022-09-21", "type": "mobilization",
             "groups": ["reservists"], "places": ["Moscow"], "actor": "Vladimir Putin",
             "confidence": 0.97, "reviewed": None,
             "evidence": "President Vladimir Putin on Wednesday ordered a partial mobilization."}]
    for width, table in ((80, False), (200, True)):
        out = io.StringIO()
        monkeypatch.setattr(cli_module, "console", Console(file=out, width=width, highlight=False))
        cli_module._emit(rows, "table", "measures")
        text = out.getvalue()
        assert ("┃" in text) is table
        # the words stay readable: no line holds a lone letter of them
        assert "ordered a partial" in text.replace("\n", " ").replace("│", " ").replace("  ", " ") or table
        assert "type: mobilization" in text or table
