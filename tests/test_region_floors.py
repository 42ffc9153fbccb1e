"""The regions gold (tests/gold/regions.json): every entry fits its text, and region and
payment accuracy stay at or above their floors in floors.toml."""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "regions.json"
FLOORS = tomllib.loads((ROOT / "tests" / "gold" / "floors.toml").read_text(encoding="utf-8"))["regions"]

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="the regions gold has not landed yet")


def _scorer():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import score_regions
    finally:
        sys.path.pop(0)
    return score_regions


def test_every_entry_fits_its_text():
    gold_path = _scorer().gold_path
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    problems = []
    for item in gold.get("places", []) + gold.get("payments", []):
        lines = gold_path(item["file"]).read_text(encoding="utf-8").splitlines()
        words = item.get("text") or item.get("anchor")
        if not (0 <= item["line"] < len(lines)) or words not in lines[item["line"]]:
            problems.append(f"{item['file']}:{item['line']}: {words!r} is not on that line")
    assert problems == []


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    figures, _ = _scorer().scores(json.loads(GOLD.read_text(encoding="utf-8")))
    return figures


@pytest.mark.models
@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_score_is_at_least_its_floor(scores, metric):
    assert scores[metric] >= FLOORS[metric]
