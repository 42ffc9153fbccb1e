"""Linking quality on the gold set (tests/gold/links.json) stays above its floors."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINKS = ROOT / "tests" / "gold" / "links.json"


@pytest.fixture(scope="module")
def scores():
    from recruitwatch.evaluate_links import score_gold_links

    return score_gold_links(LINKS, ROOT)


@pytest.mark.models
@pytest.mark.parametrize("metric,floor", sorted(json.loads(LINKS.read_text())["floors"].items()))
def test_link_floor(scores, metric, floor):
    part, name = metric.split(".")
    assert scores[part][name] >= floor, (metric, scores[part], scores["errors"])


def test_link_gold_is_well_formed():
    gold = json.loads(LINKS.read_text(encoding="utf-8"))
    names = [n for group in gold["stories"] for n in group]
    assert len(names) == len(set(names)), "a document in two stories"
    for key, mentions in gold["facts"].items():
        assert all(n in names for n, _ in mentions), key
    for name, doc in gold["documents"].items():
        assert (ROOT / "examples" / doc["file"]).is_file() and doc["source"], name
