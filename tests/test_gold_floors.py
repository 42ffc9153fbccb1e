"""The gold set: every annotation fits its text, and no score drops below its floor."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from recruitwatch.evaluate import SUBSETS, annotation_problems, figures, load_gold, score_corpus

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "tests" / "gold" / "annotations"
FLOORS = tomllib.loads((ROOT / "tests" / "gold" / "floors.toml").read_text(encoding="utf-8"))


def test_every_annotation_fits_its_text():
    golds = load_gold(ANNOTATIONS, ROOT, subsets=SUBSETS)
    assert len(golds) >= 5
    assert [p for g in golds for p in annotation_problems(g)] == []


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, float]]:
    counts = score_corpus(load_gold(ANNOTATIONS, ROOT, subsets=SUBSETS))
    return {subset: figures(c) for subset, c in counts.items()}


@pytest.mark.models
@pytest.mark.parametrize("subset,metric", [(s, m) for s, table in FLOORS.items() for m in table
                                           if s not in ("pages", "regions")])
# pages: test_page_furniture.py; regions: test_region_floors.py
def test_score_is_at_least_its_floor(scores, subset, metric):
    assert metric in scores[subset], f"{metric} is not scored for {subset}"
    assert scores[subset][metric] >= FLOORS[subset][metric]
