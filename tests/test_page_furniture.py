"""Page furniture of real sites stays removed: the benchmark pages as plain text
(benchmarks/page_furniture.py) score at least their floors in tests/gold/floors.toml."""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FLOORS = tomllib.loads((ROOT / "tests" / "gold" / "floors.toml").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("page_furniture", ROOT / "benchmarks" / "page_furniture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_page_lines_are_labelled_by_the_gold_body():
    bench = _bench()
    text = "Home\nWorld\nRecruiters went door to door in the city on Monday.\nRecruitment\nMost read"
    gold = "Recruiters went door to door in the city on Monday.\n\nRecruitment"
    assert bench.labels(text, gold) == {0: False, 1: False, 2: True, 3: True, 4: False}


def test_benchmark_pages_score_at_least_their_floors():
    bench = _bench()
    if not (bench.DEFAULT_BENCH / "ground-truth.json").exists():
        pytest.skip("../shared/benchmarks is not beside the repository")
    result = bench.run(bench.DEFAULT_BENCH)
    for metric, floor in FLOORS["pages"].items():
        assert result[metric] >= floor, (metric, result)
