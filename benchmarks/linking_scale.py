"""Linking at scale: time per added document as the store grows, memory, planted recall.

    .venv/bin/python benchmarks/linking_scale.py --docs 100000 --out benchmarks/results/linking_scale.json

1. Generate templated reports (no NLP: Documents are built with their quantities, claims
   and measures already set, so only linking is timed). Some are planted duplicates of an
   earlier report (a new headline, a sentence dropped, the rest reordered); some share a
   planted fact (one figure reported by several outlets within weeks).
2. Insert them in bulk, then link incrementally in rounds of ``--step`` documents, the way
   repeated ingests do; time each round (stories and facts separately).
3. Report ms per added document when the store holds about 10k and about ``--docs``
   documents, peak RSS, and recall of the planted duplicates and shared facts.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from recruitwatch.link.facts import link_facts
from recruitwatch.link.stories import link_stories
from recruitwatch.model import Claim, Document, Measure, Published, Quantity
from recruitwatch.store import Store

OUTLETS = ["RFE/RL", "Meduza", "Verstka", "The Moscow Times", "The Kyiv Independent", "DW",
           "Mediazona", "IStories", "Novaya Gazeta Europe", "BBC Russian"]
PLACES = ["Moscow", "Saint Petersburg", "Buryatia", "Tuva", "Dagestan", "Bashkortostan",
          "Voronezh Oblast", "Perm Krai", "Sverdlovsk Oblast", "Krasnodar Krai", "Omsk Oblast",
          "Novosibirsk Oblast", "Yakutia", "Chechnya", "Rostov Oblast", "Belgorod Oblast"]
GROUPS = ["migrants", "prisoners", "debtors", "students", "reservists", "unemployed"]
TYPES = ["cash_incentive", "quota_or_target", "coercion", "recruitment_site", "summons"]
COUNTS = ["contract soldiers", "new recruits", "mobilized reservists", "volunteers",
          "prisoners", "migrants"]
WORDS = ("officials said the regional office expanded its campaign after the governor met "
         "commanders while local media described queues outside the enlistment centre and "
         "employers received letters asking them to provide lists of workers eligible for "
         "service with payments promised on signing and extra leave for families of those "
         "who agreed plus loans forgiven by local banks under the new rules").split()


def sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    words.insert(rng.randrange(n), f"{rng.choice(PLACES)}-{rng.randrange(10**6)}")
    return " ".join(words).capitalize() + "."


def fact_sentence(value: int, counts: str, place: str) -> str:
    return f"Authorities in {place} plan to recruit {value:,} {counts} this year, reports said."


def make_report(i: int, rng: random.Random, day: date, fact: tuple | None) -> Document:
    sents = [sentence(rng) for _ in range(rng.randint(4, 7))]
    value, counts, place = fact or (rng.randrange(1, 900) * 1000 + rng.randrange(1, 999),
                                    rng.choice(COUNTS), rng.choice(PLACES))
    sents.insert(1, fact_sentence(value, counts, place))
    return _document(i, rng, day, "\n".join([f"Report {i}: recruitment in {place}", *sents]),
                     counts)


def _document(i: int, rng: random.Random, day: date, body: str, counts: str) -> Document:
    start = body.find("plan to recruit ") + len("plan to recruit ")
    end = body.find(" ", start)
    qspan = (start, end)
    place = body[body.find("Authorities in ") + 15:body.find(" plan to recruit")]
    sent = (body.rfind("\n", 0, start) + 1, body.find("\n", start) if "\n" in body[start:] else len(body))
    value = float(body[start:end].replace(",", ""))
    return Document(
        id=f"{i:032x}", source=f"synthetic#{i}", body=body, outlet=rng.choice(OUTLETS),
        title=body.split("\n", 1)[0], language="en",
        published=Published(day.isoformat(), "metadata", None),
        quantities=[Quantity(value, "people", counts, "exact", "target", qspan, None, body[start:end])],
        claims=[Claim("anonymous: reports", [], "assert", False, sent, None, "said")],
        measures=[Measure(rng.choice(TYPES), [rng.choice(GROUPS)], [place], None, sent,
                          None, [0])],
    )


def duplicate_of(doc: Document, i: int, rng: random.Random, day: date) -> Document:
    """A republication: new headline, one sentence dropped (not the fact), order shuffled."""
    head, *sents = doc.body.split("\n")
    fact, rest = sents[1], [s for j, s in enumerate(sents) if j != 1]
    rest.pop(rng.randrange(len(rest)))
    rng.shuffle(rest)
    body = "\n".join([f"Republished {i}: {head}", fact, *rest])
    return _document(i, rng, day, body, doc.quantities[0].counts)


def corpus(n: int, seed: int = 7):
    """Yield (document, planted duplicate source id or None, planted fact key or None)."""
    rng = random.Random(seed)
    recent: list[Document] = []
    facts: list[tuple[int, tuple, date]] = []
    start = date(2022, 1, 1)
    for i in range(n):
        day = start + timedelta(days=int(i * 1400 / n))
        roll = rng.random()
        if roll < 0.05 and recent:
            src = rng.choice(recent[-200:])
            yield duplicate_of(src, i, rng, day), src.id, None
            continue
        fact = None
        if roll < 0.25 and facts and (day - facts[-1][2]).days < 30:
            key, fact, _ = rng.choice(facts[-20:])
        elif roll < 0.30:
            key = len(facts)
            fact = (rng.randrange(100, 999) * 1000, rng.choice(COUNTS), rng.choice(PLACES))
            facts.append((key, fact, day))
        doc = make_report(i, rng, day, fact)
        recent.append(doc)
        recent[:] = recent[-400:]
        yield doc, None, (key if fact else None)


def _clocks() -> tuple[float, float]:
    """Wall and CPU time: the CPU figure holds when other jobs share the cores."""
    return time.perf_counter(), time.process_time()


def _per_doc(t: list[tuple[float, float]], n: int) -> dict[str, float]:
    out = {}
    for i, stage in enumerate(("insert", "stories", "facts")):
        out[f"{stage}_ms_per_doc"] = round(1000 * (t[i + 1][0] - t[i][0]) / n, 3)
        out[f"{stage}_cpu_ms_per_doc"] = round(1000 * (t[i + 1][1] - t[i][1]) / n, 3)
    return out


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(n: int, step: int, db: Path, marks: list[int]) -> dict:
    planted_dups, planted_facts = {}, {}
    rounds = []
    gen = corpus(n)
    with Store(db) as store:
        done = 0
        while done < n:
            batch = []
            for doc, dup, fact in (next(gen) for _ in range(min(step, n - done))):
                batch.append((doc, doc.id.encode()))
                if dup:
                    planted_dups[doc.id] = dup
                if fact is not None:
                    planted_facts[doc.id] = fact
            t = [_clocks()]
            store.add_many(batch)
            t.append(_clocks())
            link_stories(store)
            t.append(_clocks())
            link_facts(store)
            t.append(_clocks())
            done += len(batch)
            rounds.append({"store_size": done, "added": len(batch),
                           **_per_doc(t, len(batch)), "rss_mb": round(rss_mb(), 1)})
            print(json.dumps(rounds[-1]), file=sys.stderr, flush=True)
        quality = {"duplicate_recall": _dup_recall(store, planted_dups),
                   "shared_fact_pair_recall": _fact_recall(store, planted_facts),
                   "planted_duplicates": len(planted_dups),
                   "planted_fact_mentions": len(planted_facts)}
    return {"rounds": rounds, "at": {str(m): _round_near(rounds, m) for m in marks}, **quality,
            "peak_rss_mb": round(rss_mb(), 1)}


def _round_near(rounds: list[dict], size: int) -> dict:
    r = min(rounds, key=lambda r: abs(r["store_size"] - size))
    return {**r, "link_ms_per_doc": round(r["stories_ms_per_doc"] + r["facts_ms_per_doc"], 3),
            "link_cpu_ms_per_doc": round(r["stories_cpu_ms_per_doc"] + r["facts_cpu_ms_per_doc"], 3)}


def _dup_recall(store: Store, planted: dict[str, str]) -> float:
    story = dict(store.conn.execute("SELECT id, story FROM documents WHERE story IS NOT NULL"))
    found = sum(story.get(d) is not None and story.get(d) == story.get(s) for d, s in planted.items())
    return round(found / max(1, len(planted)), 4)


def _fact_recall(store: Store, planted: dict[str, int]) -> float:
    """Share of planted same-fact document pairs whose quantities ended in one fact."""
    fact_of = dict(store.conn.execute(
        "SELECT doc_id, fact_id FROM fact_mentions WHERE kind = 'quantity' AND ord = 0"))
    by_key: dict[int, list[str]] = {}
    for doc, key in planted.items():
        by_key.setdefault(key, []).append(doc)
    pairs = hits = 0
    for docs in by_key.values():
        for i, a in enumerate(docs):
            for b in docs[i + 1:]:
                pairs += 1
                hits += fact_of.get(a) == fact_of.get(b)
    return round(hits / max(1, pairs), 4)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--step", type=int, default=2000, help="documents added per linking round")
    ap.add_argument("--db", help="store path (default: a temporary file)")
    ap.add_argument("--out", help="write the results as JSON here")
    args = ap.parse_args()
    marks = sorted({min(10_000, args.docs), args.docs})
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "scale.db"
        t0 = time.perf_counter()
        result = run(args.docs, args.step, db, marks)
        result["total_seconds"] = round(time.perf_counter() - t0, 1)
    result["command"] = "python benchmarks/linking_scale.py " + " ".join(sys.argv[1:])
    summary = {k: v for k, v in result.items() if k != "rounds"}
    print(json.dumps(summary, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
