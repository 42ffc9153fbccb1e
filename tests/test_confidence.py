"""Confidence: the shrunk precision of an extraction's path, from a calibration table."""

from __future__ import annotations

from conftest import make_document

from recruitwatch.confidence import (
    assign_confidence, calibration, keys, paths, precision, tally)


def test_keys_run_from_the_kind_to_the_whole_path():
    assert keys("quantity", ["en", "people"]) == ["quantity", "quantity/en", "quantity/en/people"]


def test_tally_counts_every_prefix():
    table = tally([("claim", ["en", "named"], True), ("claim", ["en", "anonymous"], False)])
    assert table["claim"] == [1, 2]
    assert table["claim/en"] == [1, 2]
    assert table["claim/en/named"] == [1, 1]
    assert table["claim/en/anonymous"] == [0, 1]


def test_a_well_seen_path_gets_its_own_precision():
    table = tally([("measure", ["ru"], i % 10 != 0) for i in range(1000)])  # 90 % right
    assert abs(precision(table, "measure", ["ru"]) - 0.9) < 0.01


def test_a_rare_path_is_shrunk_toward_its_parent_and_an_unseen_one_takes_it():
    rows = [("quantity", ["en", "common"], True)] * 95 + [("quantity", ["en", "common"], False)] * 5
    rows += [("quantity", ["en", "rare"], False)]  # one wrong case is not 0 % precision
    table = tally(rows)
    rare = precision(table, "quantity", ["en", "rare"])
    parent = precision(table, "quantity", ["en"])
    assert 0.3 < rare < parent
    assert precision(table, "quantity", ["en", "never-seen"]) == parent
    assert precision({}, "quantity", ["en"]) == 0.5  # nothing measured: no claim either way


def test_every_extraction_gets_a_confidence_in_the_unit_interval():
    doc = assign_confidence(make_document())
    items = [*doc.entities, *doc.quantities, *doc.claims, *doc.measures]
    assert items and all(0.0 <= x.confidence <= 1.0 for x in items)
    assert len(list(paths(doc))) == len(items)


def test_the_shipped_table_measured_every_kind_on_enough_extractions():
    table = calibration()
    assert table, "recruitwatch/data/calibration.json is missing: run benchmarks/calibration.py --write"
    for kind in ("entity", "quantity", "claim", "measure"):
        right, total = table[kind]
        assert total >= 50 and 0 < right < total


def test_the_record_carries_confidence_and_review_state():
    rec = assign_confidence(make_document()).to_record()
    for kind in ("entities", "quantities", "claims", "measures"):
        assert 0.0 <= rec[kind][0]["confidence"] <= 1.0
        assert rec[kind][0]["reviewed"] is None
