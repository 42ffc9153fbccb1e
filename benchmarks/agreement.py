"""Agreement between two blind annotators of the real corpus, per field.

    .venv/bin/python -P benchmarks/agreement.py [--json OUT] [--show]

tests/gold/agreement/real_<stem>.json are a second annotator's redo of some of the files
that tests/gold/annotations/real_<stem>.json annotate. Each field is compared the way the
extractors are scored (recruitwatch.evaluate): sets of junk lines, of (type, canonical)
entities, of measure types and groups per document; quantities paired on value and unit;
claims paired when their anchors fall in the same sentence (same speaker first). F1 is
symmetric, so neither annotator is taken as the truth. `--show` lists the disagreements
of development files only (real-test files are never studied case by case).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from recruitwatch.evaluate import (
    GoldDoc, anchor_span, head_matches, entity_key, load_gold, name_key, scored_line, speaker_matches)
from recruitwatch.text import sentence_spans

ROOT = Path(__file__).resolve().parent.parent
FIRST = ROOT / "tests" / "gold" / "annotations"
SECOND = ROOT / "tests" / "gold" / "agreement"


def _f1(a: set, b: set) -> tuple[int, int, int]:
    return len(a & b), len(a - b), len(b - a)


def _pair_quantities(a: list[dict], b: list[dict]) -> list[tuple[dict, dict]]:
    pool, pairs = list(b), []
    for q in a:
        for i, r in enumerate(pool):
            if q["unit"] == r["unit"] and abs(float(q["value"]) - float(r["value"])) < 1e-6 * max(
                    1.0, abs(float(q["value"]))):
                pairs.append((q, pool.pop(i)))
                break
    return pairs


def _sentence_of(text: str, anchor: str) -> int | None:
    span = anchor_span(text, anchor)
    if span is None:
        return None
    return next((i for i, (s, e) in enumerate(sentence_spans(text)) if s <= span[0] < e), None)


def _pair_claims(text: str, a: list[dict], b: list[dict]) -> list[tuple[dict, dict]]:
    where = {id(c): _sentence_of(text, c["anchor"]) for c in a + b}
    pool, pairs = list(b), []
    for c in a:
        cands = [d for d in pool if where[id(d)] is not None and where[id(d)] == where[id(c)]]
        cands.sort(key=lambda d: not speaker_matches(c["speaker"], d["speaker"]))
        if cands:
            pairs.append((c, cands[0]))
            pool.remove(cands[0])
    return pairs


def compare(one: GoldDoc, two: dict, n: Counter, notes: list[str]) -> None:
    a, b, lines = one.ann, two, one.text.splitlines()
    scored = {i for i, line in enumerate(lines) if scored_line(line)}
    for key, x, y in (
        ("junk", {j["line"] for j in a["junk"]} & scored, {j["line"] for j in b["junk"]} & scored),
        ("entities", {entity_key(e["type"], e["canonical"]) for e in a["entities"]},
         {entity_key(e["type"], e["canonical"]) for e in b["entities"]}),
        ("measure_types", {m["type"] for m in a["measures"]}, {m["type"] for m in b["measures"]}),
        ("measure_groups", {g for m in a["measures"] for g in m["groups"]},
         {g for m in b["measures"] for g in m["groups"]}),
    ):
        both, only_a, only_b = _f1(x, y)
        n[f"{key}.both"] += both
        n[f"{key}.one"] += only_a + only_b
        notes += [f"{one.name}: {key} only first: {v}" for v in sorted(map(str, x - y))]
        notes += [f"{one.name}: {key} only second: {v}" for v in sorted(map(str, y - x))]
    for key in ("language", "published"):
        n[f"{key}.total"] += 1
        n[f"{key}.same"] += a[key] == b[key]
        if a[key] != b[key]:
            notes.append(f"{one.name}: {key} {a[key]!r} / {b[key]!r}")
    _compare_quantities(one.name, a, b, n, notes)
    _compare_claims(one, a, b, n, notes)


def _compare_quantities(name: str, a: dict, b: dict, n: Counter, notes: list[str]) -> None:
    pairs = _pair_quantities(a["quantities"], b["quantities"])
    n["quantities.both"] += len(pairs)
    n["quantities.one"] += len(a["quantities"]) + len(b["quantities"]) - 2 * len(pairs)
    for q, r in pairs:
        for field in ("modality", "approx"):
            n[f"quantities.{field}.same"] += q[field] == r[field]
            if q[field] != r[field]:
                notes.append(f"{name}: {q['text']!r} {field} {q[field]} / {r[field]}")
        n["quantities.head.same"] += head_matches(q["counts"], r["counts"]) or head_matches(
            r["counts"], q["counts"])
    paired = {id(q) for p in pairs for q in p}
    notes += [f"{name}: quantity only in one: {q['text']!r}"
              for q in a["quantities"] + b["quantities"] if id(q) not in paired]


def _compare_claims(one: GoldDoc, a: dict, b: dict, n: Counter, notes: list[str]) -> None:
    pairs = _pair_claims(one.text, a["claims"], b["claims"])
    n["claims.both"] += len(pairs)
    n["claims.one"] += len(a["claims"]) + len(b["claims"]) - 2 * len(pairs)
    for c, d in pairs:
        same = {"speaker": speaker_matches(c["speaker"], d["speaker"])
                or speaker_matches(d["speaker"], c["speaker"]),
                "via": [name_key(v) for v in c["via"]] == [name_key(v) for v in d["via"]],
                "stance": c["stance"] == d["stance"], "hedged": c["hedged"] == d["hedged"]}
        for field, ok in same.items():
            n[f"claims.{field}.same"] += ok
            if not ok:
                notes.append(f"{one.name}: claim {c['anchor']!r} {field} {c[field]!r} / {d[field]!r}")
    paired = {id(c) for p in pairs for c in p}
    notes += [f"{one.name}: claim only in one: {c['anchor']!r} ({c['speaker']})"
              for c in a["claims"] + b["claims"] if id(c) not in paired]


def figures(n: Counter) -> dict[str, float]:
    out = {}
    for key in ("junk", "entities", "quantities", "claims", "measure_types", "measure_groups"):
        both, one = n[f"{key}.both"], n[f"{key}.one"]
        out[f"{key}.f1"] = round(2 * both / (2 * both + one), 3) if both + one else 1.0
    for key in ("quantities.modality", "quantities.approx", "quantities.head"):
        out[key] = round(n[f"{key}.same"] / n["quantities.both"], 3) if n["quantities.both"] else 1.0
    for key in ("speaker", "via", "stance", "hedged"):
        out[f"claims.{key}"] = round(n[f"claims.{key}.same"] / n["claims.both"], 3) if n[
            "claims.both"] else 1.0
    for key in ("language", "published"):
        out[f"{key}.same"] = round(n[f"{key}.same"] / n[f"{key}.total"], 3) if n[f"{key}.total"] else 1.0
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT")
    ap.add_argument("--show", action="store_true", help="list disagreements (dev files only)")
    args = ap.parse_args(argv)
    firsts = {g.name: g for g in load_gold(FIRST, ROOT, subsets=("real-dev", "real-test"))}
    n, notes, files = Counter(), [], 0
    for path in sorted(SECOND.glob("real_*.json")):
        if path.stem not in firsts:
            continue
        mine: list[str] = []
        compare(firsts[path.stem], json.loads(path.read_text(encoding="utf-8")), n, mine)
        files += 1
        if firsts[path.stem].subset == "real-dev":
            notes += mine
    result = {"files": files, **figures(n)}
    print(f"{files} files annotated twice\n")
    for key, value in result.items():
        if key != "files":
            print(f"{key:<24} {value:.3f}")
    if args.show:
        print("\n" + "\n".join(notes))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
