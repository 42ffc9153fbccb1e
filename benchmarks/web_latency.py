"""Web explorer latency on a generated store of 100,000 documents.

    .venv/bin/python benchmarks/web_latency.py [--docs 100000] [--requests 200] [--db PATH]

The store is generated, not ingested: hand-built Documents (bodies assembled from sentence
templates, spans computed as they are assembled) go in through ``Store.add_many``; stories
and the linked-fact tables (``facts``, ``fact_mentions``) are written in bulk with SQL in the
shape ``link/facts.py`` gives them, because the benchmark measures reading, not linking.
Each page type is then requested many times with varied parameters through Starlette's
TestClient (in process, no network), and p50/p95/max are printed and saved to
benchmarks/results/web_latency.json with the command that produced them.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

from recruitwatch.model import Claim, Document, Entity, Measure, Published, Quantity, Removed
from recruitwatch.store import Store

RESULTS = Path(__file__).resolve().parent / "results" / "web_latency.json"
OUTLETS = ["Meduza", "The Moscow Times", "RFE/RL", "Mediazona", "Novaya Gazeta Europe",
           "The Kyiv Independent", "Kommersant", "TASS", "RBC", "BBC Russian", "Verstka",
           "The Insider", "Reuters", "DW", "Current Time", "iStories", "Fontanka", "Sibir.Realii"]
PLACES = ["Moscow", "Saint Petersburg", "Buryatia", "Tuva", "Dagestan", "Bashkortostan",
          "Tatarstan", "Yakutia", "Chechnya", "Krasnodar", "Novosibirsk", "Yekaterinburg",
          "Kazan", "Rostov", "Belgorod", "Kursk", "Crimea", "Sakhalin", "Omsk", "Perm"]
PEOPLE = ["Vladimir Putin", "Sergei Shoigu", "Andrei Belousov", "Dmitry Peskov", "Sergei Sobyanin",
          "Dmitry Medvedev", "Alexander Bastrykin", "Andrei Kartapolov", "Valentina Matviyenko",
          "Ramzan Kadyrov", "Yevgeny Prigozhin", "Kyrylo Budanov"]
SPEAKERS = PEOPLE + ["Verstka", "Mediazona", "UK Ministry of Defence", "Ukraine's military intelligence",
                     "the Defence Ministry", "the mayor's office", "a regional official"]
TYPES = ["quota_or_target", "cash_incentive", "citizenship_incentive", "coercion",
         "recruitment_site", "advertising", "summons", "legal_change", "reporting_requirement",
         "mobilization", "enlistment_figure"]
GROUPS = ["migrants", "foreign_citizens", "naturalized_citizens", "central_asians", "debtors",
          "unemployed", "prisoners", "ethnic_minorities", "construction_workers", "reservists",
          "students", "conscripts", "poor_regions", "general_public"]
COUNTS = [("contract soldiers", "people"), ("recruits", "people"), ("reservists", "people"),
          ("one-off payment", "RUB"), ("monthly salary", "RUB"), ("migrants detained", "people"),
          ("summonses", "people"), ("prisoners recruited", "people"), ("bonus", "USD"),
          ("share of recruits", "percent")]
# the federal subjects (and an occupied territory) the PLACES above lie in, for /region pages
REGION_CODES = ["RU-MOW", "RU-SPE", "RU-BU", "RU-TY", "RU-DA", "RU-BA", "RU-TA", "RU-SA", "RU-CE",
                "RU-KDA", "RU-NVS", "RU-SVE", "RU-ROS", "RU-BEL", "RU-KRS", "UA-43", "RU-SAK",
                "RU-OMS", "RU-PER"]
MODALITIES = ["target", "achieved", "estimate", "offer", "limit", "other"]
FILLER = [
    "The decision drew criticism from rights groups, who said it targeted the most vulnerable.",
    "Officials did not respond to a request for comment by the time of publication.",
    "Independent analysts have questioned how such figures are compiled and verified.",
    "Local media described long queues outside the enlistment office on Monday morning.",
    "Lawyers advised those affected to keep copies of every document they were asked to sign.",
    "The measure follows a series of similar steps announced in neighbouring regions.",
    "Relatives of recruits told reporters that promised payments had arrived late or not at all.",
    "The report could not be independently verified.",
]


def figure_pool(rng: random.Random, n: int = 3000) -> list[tuple]:
    out = []
    for _ in range(n):
        counts, unit = rng.choice(COUNTS)
        value = float(rng.choice([rng.randrange(10, 1000) * 100, rng.randrange(1, 500) * 1000]))
        out.append((value, unit, counts, rng.choice(MODALITIES)))
    return out


def make_doc(i: int, rng: random.Random, figures: list[tuple]) -> tuple[Document, list[int]]:
    """One generated report, and the indexes of the figures it gives (for the facts tables)."""
    parts: list[str] = []
    pos = 0
    ents: dict[str, Entity] = {}
    quantities, claims, measures, used = [], [], [], []

    def add(text: str) -> int:
        nonlocal pos
        start = pos
        parts.append(text + " ")
        pos += len(text) + 1
        return start

    for _ in range(rng.randint(2, 4)):
        f = rng.randrange(len(figures)) if rng.random() < 0.7 else min(int(rng.paretovariate(1.2)), len(figures) - 1)
        value, unit, counts, modality = figures[f]
        place = PLACES[min(int(rng.paretovariate(0.9)) - 1, len(PLACES) - 1)]
        speaker = rng.choice(SPEAKERS)
        number = f"{value:,.0f}" + {"RUB": " rubles", "USD": " dollars", "percent": "%"}.get(unit, "")
        sentence = f"In {place}, {number} {counts} were reported, {speaker} said."
        start = add(sentence)
        q_at = start + sentence.index(number)
        quantities.append(Quantity(value, unit, counts, "exact", modality, (q_at, q_at + len(number)),
                                   None, number))
        used.append(f)
        p_at = start + 3
        ents.setdefault(place, Entity(place, "PLACE", [])).mentions.append((p_at, p_at + len(place)))
        s_at = start + sentence.index(speaker)
        if speaker in PEOPLE:
            ents.setdefault(speaker, Entity(speaker, "PERSON", [])).mentions.append(
                (s_at, s_at + len(speaker)))
        claims.append(Claim(speaker, [rng.choice(OUTLETS)] if rng.random() < 0.3 else [],
                            "deny" if rng.random() < 0.05 else "assert", rng.random() < 0.2,
                            (start, start + len(sentence)), None, "said"))
        measures.append(Measure(rng.choice(TYPES), rng.sample(GROUPS, rng.randint(1, 2)), [place],
                                None, (start, start + len(sentence)), None, [len(quantities) - 1]))
        add(rng.choice(FILLER))
    year, month = rng.randint(2022, 2025), rng.randint(1, 12)
    date = f"{year}-{month:02d}-{rng.randint(1, 28):02d}"
    for m in measures:
        m.date = date[:7]
    doc = Document(
        id=f"{i:032x}", source=f"generated/{i}", body="".join(parts).strip(),
        outlet=rng.choice(OUTLETS), title=f"Report {i}: recruitment in {measures[0].places[0]}",
        language=rng.choice(["en", "en", "ru", "uk"]), published=Published(date, "metadata", None),
        removed=[Removed("Support independent journalism", "donation", 0)],
        entities=list(ents.values()), quantities=quantities, claims=claims, measures=measures)
    return doc, used


def build_store(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    figures = figure_pool(rng)
    mentions: list[tuple] = []
    with Store(path) as store:
        batch = []
        for i in range(n):
            doc, used = make_doc(i, rng, figures)
            if i > 10 and rng.random() < 0.1:  # a republication of an earlier report
                doc.story = f"{rng.randrange(i - 10, i):032x}"
                doc.duplicate_of = doc.story
            else:
                doc.story = doc.id
            batch.append((doc, doc.body.encode()))
            mentions += [(f + 1, doc.id, "quantity", k, doc.published.date, doc.outlet)
                         for k, f in enumerate(used)]
            if len(batch) == 5000:
                store.add_many(batch)
                batch = []
                print(f"  {i + 1} documents", file=sys.stderr, flush=True)
        store.add_many(batch)
        _write_facts(store, figures, mentions)


def _write_facts(store: Store, figures: list[tuple], mentions: list[tuple]) -> None:
    """The linked-fact tables in the shape link/facts.py writes (one fact per figure)."""
    with store.conn:
        store.conn.executemany(
            "INSERT INTO facts (id, kind, label, unit, value, modality, counts_key, mentions,"
            " independent) VALUES (?, 'quantity', ?, ?, ?, ?, ?, 0, 0)",
            [(i + 1, f"{v:,.0f} {c} ({m})", u, v, m, c.replace(" ", "_"))
             for i, (v, u, c, m) in enumerate(figures)])
        store.conn.executemany(
            "INSERT OR IGNORE INTO fact_mentions (fact_id, doc_id, kind, ord, published, outlet,"
            " date_basis, origin) VALUES (?, ?, ?, ?, ?, ?, 'published', ?)",
            [(*m, m[5]) for m in mentions])
        store.conn.execute(
            "UPDATE facts SET mentions = s.n, independent = s.ind, first_published = s.lo,"
            " last_published = s.hi, first_date = s.lo, date_basis = 'published'"
            " FROM (SELECT m.fact_id, count(*) AS n, count(DISTINCT d.story) AS ind,"
            " min(m.published) AS lo, max(m.published) AS hi FROM fact_mentions m"
            " JOIN documents d ON d.id = m.doc_id GROUP BY m.fact_id) AS s WHERE s.fact_id = facts.id")


def requests_for(rng: random.Random, n_docs: int, n_facts: int, stories: list[str]) -> dict[str, list[str]]:
    words = ["recruits", "migrants", "payment", "rubles", "summonses", "Moscow", "Tuva",
             "\"contract soldiers\"", "prisoners", "verified", "queues", "bonus", "Dagestan"]
    doc = lambda: f"{rng.randrange(n_docs):032x}"  # noqa: E731
    return {
        "search": [f"/search?q={rng.choice(words)}" for _ in range(60)]
        + [f"/search?q={rng.choice(words)}&outlet={rng.choice(OUTLETS)}&since=2024" for _ in range(20)]
        + [f"/search?type={rng.choice(TYPES)}&group={rng.choice(GROUPS)}" for _ in range(20)]
        + [f"/search?speaker={rng.choice(SPEAKERS)}&modality={rng.choice(MODALITIES)}" for _ in range(20)]
        + ["/search"] * 10,
        "facts": [f"/facts?page={rng.randint(1, 5)}" for _ in range(30)]
        + [f"/facts?modality={rng.choice(MODALITIES)}" for _ in range(30)]
        + [f"/facts?kind=measures&type={rng.choice(TYPES)}" for _ in range(10)],
        "fact": [f"/fact/{rng.randint(1, n_facts)}" for _ in range(100)],
        "document": [f"/doc/{doc()}" for _ in range(100)],
        "story": [f"/story/{rng.choice(stories)}" for _ in range(60)],
        "entity": [f"/entity?name={rng.choice(PLACES + PEOPLE)}" for _ in range(60)],
        "timeline": ["/timeline"] * 5 + [f"/timeline?type={rng.choice(TYPES)}" for _ in range(20)]
        + [f"/timeline?group={rng.choice(GROUPS)}&since=2024" for _ in range(20)]
        + [f"/timeline?place={rng.choice(PLACES)}" for _ in range(20)],
        "regions": ["/regions"] * 20 + [f"/regions?metric={rng.choice(['payment', 'measures', 'coercion'])}"
                                        f"&since={rng.randint(2022, 2025)}" for _ in range(40)]
        + [f"/regions?metric=measures&type={rng.choice(TYPES)}&group={rng.choice(GROUPS)}" for _ in range(20)],
        "region": [f"/region/{rng.choice(REGION_CODES)}" for _ in range(60)]
        + [f"/region/{rng.choice(REGION_CODES)}?since={rng.randint(2022, 2025)}" for _ in range(40)],
        "json_twin": [f"/doc/{doc()}.json" for _ in range(30)] + [f"/fact/{rng.randint(1, n_facts)}.json"
                                                               for _ in range(30)],
    }


def time_pages(db: Path, seed: int = 11, only: list[str] | None = None) -> dict[str, dict[str, float]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from recruitwatch.web.app import create_app

    with Store(db, readonly=True) as store:
        n_docs = store.count()
        n_facts = store.conn.execute("SELECT count(*) FROM facts").fetchone()[0]
        stories = [r[0] for r in store.conn.execute(
            "SELECT story FROM documents WHERE duplicate_of IS NOT NULL LIMIT 500")]
    rng = random.Random(seed)
    plan = requests_for(rng, n_docs, n_facts, stories)
    if only:
        plan = {name: paths for name, paths in plan.items() if name in only}
    out = {}
    with TestClient(create_app(db, warm=False)) as client:
        t0 = time.perf_counter()
        client.get("/timeline")  # builds the timeline index, as `serve` does at start
        out["_timeline_index_build_s"] = round(time.perf_counter() - t0, 2)
        print(f"timeline index built in {out['_timeline_index_build_s']} s", flush=True)
        t0 = time.perf_counter()
        client.get("/regions")  # builds the regional index once, as the first visit does
        out["_regions_index_build_s"] = round(time.perf_counter() - t0, 2)
        print(f"regions index built in {out['_regions_index_build_s']} s", flush=True)
        for name, paths in plan.items():
            times = []
            for path in paths:
                t0 = time.perf_counter()
                r = client.get(path)
                times.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    raise SystemExit(f"{path}: HTTP {r.status_code}")
            times.sort()
            out[name] = {"requests": len(times), "p50_ms": round(statistics.median(times), 1),
                         "p95_ms": round(times[int(len(times) * 0.95) - 1], 1),
                         "max_ms": round(times[-1], 1)}
            print(f"{name:10s} n={len(times):4d}  p50 {out[name]['p50_ms']:7.1f} ms"
                  f"  p95 {out[name]['p95_ms']:7.1f} ms  max {out[name]['max_ms']:7.1f} ms", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--db", default="benchmarks/_work/web_latency.db")
    ap.add_argument("--reuse", action="store_true", help="Time an existing generated store.")
    ap.add_argument("--pages", nargs="+", metavar="NAME",
                    help="Time only these page types (results go to web_latency_<names>.json).")
    args = ap.parse_args()
    db = Path(args.db)
    if not (args.reuse and db.exists()):
        db.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        t0 = time.perf_counter()
        build_store(db, args.docs)
        print(f"generated {args.docs} documents in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    pages = time_pages(db, only=args.pages)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    out = RESULTS.with_name(f"web_latency_{'_'.join(args.pages)}.json") if args.pages else RESULTS
    out.write_text(json.dumps({
        "command": "python benchmarks/web_latency.py " + " ".join(sys.argv[1:]),
        "documents": args.docs, "client": "starlette TestClient, in process, sequential",
        "pages": pages}, indent=1) + "\n")


if __name__ == "__main__":
    main()
