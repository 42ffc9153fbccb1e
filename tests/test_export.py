import csv
import json

import pytest

from recruitwatch.export import ExportError, export
from recruitwatch.store import Store
from conftest import make_document

CONTRACT_KEYS = {"id", "source", "url", "outlet", "title", "authors", "language", "published",
                 "body", "removed", "duplicate_of", "story", "entities", "quantities", "claims",
                 "measures"}


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        s.add(make_document("1" * 32), b"1")
        s.add(make_document("2" * 32, body="No numbers here."), b"2")
        yield s


def test_jsonl_follows_the_contract(store, tmp_path):
    out = tmp_path / "out.jsonl"
    assert export(store, "jsonl", out) == 2
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(CONTRACT_KEYS <= set(r) for r in records)
    q = records[0]["quantities"][0]
    assert records[0]["body"][q["span"][0]:q["span"][1]] == "400,000"
    assert records[0]["published"] == {"date": "2023-03-14", "basis": "text", "evidence": "on March 14"}
    assert records[1]["quantities"] == []


def test_csv_writes_one_table_per_kind(store, tmp_path):
    export(store, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "quantities.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 1 and rows[0]["doc_id"] == "1" * 32 and float(rows[0]["value"]) == 400000
    with open(tmp_path / "csv" / "measures.csv") as fh:
        assert json.loads(next(csv.DictReader(fh))["groups"]) == ["general_public"]


def test_parquet_tables_load_in_duckdb(store, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    export(store, "parquet", tmp_path / "pq")
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM '{tmp_path}/pq/documents.parquet'").fetchone()[0]
    value, = con.execute(f"SELECT value FROM '{tmp_path}/pq/quantities.parquet'").fetchone()
    assert n == 2 and value == 400000


def test_unknown_format_names_the_choices(store, tmp_path):
    with pytest.raises(ExportError, match="jsonl, csv, parquet"):
        export(store, "xml", tmp_path / "x")
