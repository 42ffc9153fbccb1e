import sqlite3

import pytest

from recruitwatch.model import Entity
from recruitwatch.store import Store, StoreError
from recruitwatch.store.queries import FactFilter, query_facts
from recruitwatch.store.schema import MIGRATIONS
from conftest import make_document


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        yield s


def test_roundtrip_keeps_every_field(store):
    doc = make_document()
    assert store.add(doc, b"raw bytes")
    back = store.get(doc.id)
    assert back.to_record() == doc.to_record()
    assert store.raw(doc.id) == b"raw bytes"


def test_same_id_twice_changes_nothing(store):
    doc = make_document()
    assert store.add(doc, b"x")
    assert not store.add(make_document(), b"x")
    assert store.count() == 1 and store.count("quantities") == 1


def test_new_bytes_for_known_url_become_a_version(store):
    first = make_document("1" * 32, url="https://example.org/a")
    second = make_document("2" * 32, url="https://example.org/a")
    store.add(first, b"one")
    store.add(second, b"two")
    assert store.get("2" * 32).version_of == "1" * 32
    assert store.versions("2" * 32) == ["1" * 32, "2" * 32]


def test_search_ranks_and_filters(store):
    store.add(make_document("1" * 32, body="Quotas for contract soldiers were sent to regions.",
                            entities=[]), b"1")  # no Moscow here, not even as an entity
    store.add(make_document("2" * 32, body="Bonuses for volunteers rose in Moscow.",
                            language="ru"), b"2")
    hits = store.search("quotas")
    assert [h.id for h in hits] == ["1" * 32]
    assert "\x02quotas\x03" in hits[0].snippet.lower()
    assert store.search("moscow", language="en") == []


def test_search_syntax_error_is_a_store_error(store):
    with pytest.raises(StoreError, match="quote phrases"):
        store.search('"unbalanced')


def test_readonly_store_refuses_writes(tmp_path):
    path = tmp_path / "r.db"
    Store(path).close()
    with Store(path, readonly=True) as ro:
        with pytest.raises(sqlite3.OperationalError):
            ro.add(make_document(), b"x")


def test_readonly_missing_database_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="recruitwatch ingest"):
        Store(tmp_path / "missing.db", readonly=True)


def test_not_a_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a recruitwatch database"):
        Store(bad)


def test_migrations_set_user_version(store):
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_iter_documents_streams_in_order(store):
    for i in range(5):
        store.add(make_document(str(i) * 32), str(i).encode())
    assert [d.id for d in store.iter_documents(batch=2)] == [str(i) * 32 for i in range(5)]


def test_query_facts_filters_and_evidence(store):
    store.add(make_document(), b"x")
    rows = query_facts(store, "quantities", FactFilter(modality="target"))
    assert len(rows) == 1 and rows[0]["evidence"] == "400,000"
    assert query_facts(store, "quantities", FactFilter(modality="offer")) == []
    assert len(query_facts(store, "measures", FactFilter(place="moscow"))) == 1
    assert query_facts(store, "measures", FactFilter(group="prisoners")) == []
    assert len(query_facts(store, "claims", FactFilter(speaker="rfe"))) == 1
    assert query_facts(store, "measures", FactFilter(until="2023-02")) == []
    assert len(query_facts(store, "measures", FactFilter(until="2023-03"))) == 1


def test_search_stems_english_and_falls_back_to_stems_for_russian(store):
    store.add(make_document("1" * 32, body="Soldiers were recruited in the regions."), b"1")
    store.add(make_document("2" * 32, body="Регионы объявили о мобилизации студентов."), b"2")
    assert [h.id for h in store.search("soldier")] == ["1" * 32]
    assert [h.id for h in store.search("recruiting")] == ["1" * 32]
    assert [h.id for h in store.search("мобилизация")] == ["2" * 32]
    assert store.search('"мобилизация"') == []  # a quoted phrase is taken as written


def test_search_outlet_filter_ignores_case(store):
    store.add(make_document("1" * 32, body="Quotas were sent."), b"1")
    assert len(store.search("quotas", outlet="test outlet")) == 1


def test_russian_and_ukrainian_words_are_found_in_any_form(store):
    # paraphrasing Mediazona and ZN.UA reporting on recruiting migrants (2024)
    store.add(make_document("1" * 32, body="Власти вербовали мигрантов прямо в миграционном центре.",
                            language="ru", entities=[]), b"1")
    store.add(make_document("2" * 32, body="Мобілізація триває, повідомляє розвідка.",
                            language="uk", entities=[]), b"2")
    store.add(make_document("3" * 32, body="Регион поднял выплату добровольцам.",
                            language="ru", entities=[]), b"3")
    assert [h.id for h in store.search("вербуют")] == ["1" * 32]
    assert [h.id for h in store.search("о вербовке мигранта")] == []  # вербовка is a noun
    assert [h.id for h in store.search("мигранта")] == ["1" * 32]
    assert [h.id for h in store.search("мобілізації")] == ["2" * 32]
    assert "\x02мигрантов\x03" in store.search("мигранта")[0].snippet


def test_a_latin_name_finds_its_cyrillic_spelling(store):
    body = "Песков заявил, что новой волны мобилизации не будет."
    store.add(make_document("1" * 32, body=body, language="ru",
                            entities=[Entity("Dmitry Peskov", "PERSON", [(0, 6)])]), b"1")
    assert [h.id for h in store.search("Peskov")] == ["1" * 32]
    assert [h.id for h in store.search("Пєсков")] == ["1" * 32]


def test_a_hyphenated_word_is_searched_as_a_phrase(store):
    store.add(make_document("1" * 32, body="The sign-up bonus rose again.", entities=[]), b"1")
    assert [h.id for h in store.search("sign-up bonus")] == ["1" * 32]


def test_a_number_with_separators_is_searched_as_written(store):
    store.add(make_document("2" * 32, body="Russia will call up 300,000 reservists.", entities=[]), b"2")
    assert [h.id for h in store.search("300,000")] == ["2" * 32]
    assert [h.id for h in store.search("300,000 reservists")] == ["2" * 32]


def test_a_store_from_before_the_terms_index_is_indexed_when_searched(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add(make_document("1" * 32, body="Власти вербовали мигрантов.", language="ru",
                                entities=[]), b"1")
        store.conn.execute("INSERT INTO terms_fts(terms_fts) VALUES ('delete-all')")  # as a bulk load leaves it
        store.conn.commit()
    with Store(path, readonly=True) as ro:
        assert ro.search("вербуют") == []  # read-only: nothing to index, plain search
    with Store(path) as store:
        assert [h.id for h in store.search("вербуют")] == ["1" * 32]
