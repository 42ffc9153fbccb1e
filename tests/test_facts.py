"""Fact linking across documents, on hand-built documents (no models)."""

import csv
import json

import pytest

from recruitwatch.export import export
from recruitwatch.link import link_all
from recruitwatch.link.facts import (
    counts_key, denials, figure_disputes, link_facts, linked_facts, negated, topics,
)
from recruitwatch.link.stories import numbers_agree
from recruitwatch.model import Claim, Entity, Measure, Published, Quantity
from recruitwatch.store import Store
from recruitwatch.store.queries import FactFilter
from conftest import make_document


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "facts.db") as s:
        yield s


def q(body, text, value, counts, modality="target", unit="people", high=None):
    start = body.index(text)
    return Quantity(value, unit, counts, "range" if high else "exact", modality,
                    (start, start + len(text)), high, text)


def add(store, n, body, quantities=(), outlet="Outlet", date="2023-03-14", claims=(),
        measures=(), language="en"):
    doc = make_document(f"{n:032d}", body=body, outlet=outlet, language=language,
                        published=Published(date, "text", None), quantities=list(quantities),
                        claims=list(claims), measures=list(measures))
    store.add(doc, doc.id.encode())
    return doc


RFE = "Russia plans to recruit 400,000 new soldiers this year, sources in the regions said."
KI = "Moscow wants 400,000 professional soldiers, citing RFE/RL."
RU = "Минобороны планирует набор 400 тысяч контрактников до конца года."


def three_reports(store):
    add(store, 1, RFE, [q(RFE, "400,000", 400000, "new soldiers")], outlet="RFE/RL")
    add(store, 2, KI, [q(KI, "400,000", 400000, "professional soldiers")],
        outlet="The Kyiv Independent", date="2023-03-15")
    add(store, 3, RU, [q(RU, "400 тысяч", 400000, "контрактников")], outlet="Meduza",
        language="ru", date="2023-03-16")


@pytest.mark.parametrize("counts,key", [
    ("new soldiers", "soldiers"), ("professional soldiers", "soldiers"),
    ("контрактников", "soldiers"), ("военнослужащих", "soldiers"), ("військових", "soldiers"),
    ("contract soldiers", "soldiers"), ("mobilized reservists", "mobilized"),
    ("мобилизованных", "mobilized"), ("Conscripts", "conscripts"), ("заключённых", "prisoners"),
    ("people", None), ("человек", None), ("", None),
])
def test_what_is_counted_has_one_key_across_languages(counts, key):
    assert counts_key(counts) == key


def test_three_languages_one_fact_with_relay_chain(store):
    three_reports(store)
    stats = link_facts(store)
    assert stats.documents == 3 and stats.joined == 2
    [row] = linked_facts(store, "quantities")
    assert row["mentions"] == 3 and row["counts"] == "soldiers" and row["value"] == 400000
    # the Kyiv Independent cites RFE/RL: two independent sources, not three
    assert row["independent"] == 2
    assert row["sources"] == "RFE/RL → The Kyiv Independent; Meduza"
    assert row["first_report"] == "2023-03-14" and row["last_report"] == "2023-03-16"


def test_linking_is_incremental_and_keeps_fact_ids(store):
    add(store, 1, RFE, [q(RFE, "400,000", 400000, "new soldiers")], outlet="RFE/RL")
    link_facts(store)
    [before] = linked_facts(store, "quantities")
    add(store, 2, KI, [q(KI, "400,000", 400000, "professional soldiers")], outlet="The Kyiv Independent")
    assert link_facts(store).documents == 1
    assert link_facts(store).documents == 0
    [after] = linked_facts(store, "quantities")
    assert after["fact"] == before["fact"] and after["mentions"] == 2


@pytest.mark.parametrize("other", [
    dict(counts="prisoners"),  # another counted thing
    dict(counts="new soldiers", unit="RUB"),  # a sum, not people
    dict(counts="new soldiers", modality="offer"),  # how it is meant
    dict(counts="new soldiers", date="2026-05-01"),  # years later: another event
    dict(counts="new soldiers", value=410000),
])
def test_look_alike_figures_stay_apart(store, other):
    add(store, 1, RFE, [q(RFE, "400,000", 400000, "new soldiers")], outlet="RFE/RL")
    body = "Officials reported 400,000 of them."
    date = other.pop("date", "2023-03-20")
    value = other.pop("value", 400000)
    add(store, 2, body, [q(body, "400,000", value, **other)], date=date)
    link_facts(store)
    assert len(linked_facts(store, "quantities")) == 2


def test_uncounted_figure_needs_same_modality_or_subject(store):
    a = "The plan is to recruit 150,000 conscripts in the spring draft."
    b = "Another 150,000 arrived in the city."
    add(store, 1, a, [q(a, "150,000", 150000, "conscripts")])
    add(store, 2, b, [q(b, "150,000", 150000, "", modality="achieved", unit="other")])
    link_facts(store)
    assert len(linked_facts(store, "quantities")) == 2


def test_uncounted_figure_joins_when_the_subject_agrees(store):
    a = "The spring draft will call up 150,000 conscripts."
    b = "By July, the spring draft had sent 150,000 to the army."
    add(store, 1, a, [q(a, "150,000", 150000, "conscripts")])
    add(store, 2, b, [q(b, "150,000", 150000, "", modality="achieved", unit="other")])
    link_facts(store)
    assert len(linked_facts(store, "quantities")) == 1


def test_repeated_figure_in_one_report_is_one_fact(store):
    body = "300,000 to be called up. Shoigu said 300,000 reservists would be called up."
    first, second = body.index("300,000"), body.rindex("300,000")
    qs = [Quantity(300000, "other", "", "exact", "target", (first, first + 7), None, "300,000"),
          Quantity(300000, "people", "reservists", "exact", "target", (second, second + 7), None, "300,000")]
    add(store, 1, body, qs)
    link_facts(store)
    [row] = linked_facts(store, "quantities")
    assert row["mentions"] == 2 and row["counts"] == "mobilized"


def test_same_story_and_same_speaker_are_not_independent(store):
    body = "Shoigu said 300,000 reservists would be called up."
    speaker = Claim("Sergei Shoigu", [], "assert", False, (0, len(body)), None, "said")
    for n, outlet in ((1, "The Moscow Times"), (2, "The Kyiv Independent")):
        add(store, n, body, [q(body, "300,000", 300000, "reservists")], outlet=outlet,
            claims=[speaker])
    other = "Interfax quoted Shoigu: 300,000 reservists."
    add(store, 3, other, [q(other, "300,000", 300000, "reservists")], outlet="Novaya Gazeta",
        claims=[Claim("Sergei Shoigu", ["Interfax"], "assert", False, (0, len(other)))])
    link_all(store)
    [row] = linked_facts(store, "quantities")
    assert row["mentions"] == 3 and row["independent"] == 1
    assert row["sources"].startswith("Sergei Shoigu → ")
    assert "Interfax" in row["sources"]


def test_outlets_reporting_one_event_share_a_story_and_stay_independent(store):
    # two outlets' own reports of one figure, in two languages, each from its own sources:
    # the story joins them (same place and figures), the fact counts two sources; a copy of
    # the first adds a report, not a source
    en = "Tatarstan will pay 2.1 million rubles to 400,000 new recruits, officials said."
    ru = "Татарстан заплатит по 2,1 миллиона рублей, набор 400 тысяч, сообщил наш источник."
    for n, body, outlet, lang, words in (
            (1, en, "A", "en", ("Tatarstan", "2.1 million", "400,000")),
            (2, ru, "B", "ru", ("Татарстан", "2,1 миллиона", "400 тысяч")),
            (3, en, "C", "en", ("Tatarstan", "2.1 million", "400,000"))):
        at = body.index(words[0])
        doc = make_document(f"{n:032d}", body=body, outlet=outlet, language=lang,
                            published=Published("2026-01-14", "text", None), claims=[],
                            measures=[], entities=[Entity("Tatarstan", "PLACE", [(at, at + 9)])],
                            quantities=[q(body, words[1], 2100000, "payment", "offer", "RUB"),
                                        q(body, words[2], 400000, "recruits")])
        store.add(doc, doc.id.encode())
    link_all(store)
    assert len({store.get(f"{n:032d}").story for n in (1, 2, 3)}) == 1
    rows = {r["value"]: r for r in linked_facts(store, "quantities")}
    assert rows[400000]["mentions"] == 3 and rows[400000]["independent"] == 2


def test_anonymous_speakers_in_different_outlets_are_independent(store):
    body = "Officials said 300,000 reservists would be called up."
    anon = Claim("anonymous: officials", [], "assert", False, (0, len(body)), None, "said")
    add(store, 1, body, [q(body, "300,000", 300000, "reservists")], outlet="A", claims=[anon])
    other = "Some 300,000 reservists will be called, a source told us."
    add(store, 2, other, [q(other, "300,000", 300000, "reservists")], outlet="B",
        claims=[Claim("anonymous: a source", [], "assert", False, (0, len(other)))])
    link_facts(store)
    assert linked_facts(store, "quantities")[0]["independent"] == 2


def test_measures_link_by_type_place_and_shared_figure(store):
    body = "Moscow pays 1.9 million rubles to each recruit."
    for n, date in ((1, "2024-08-01"), (2, "2024-08-10")):
        add(store, n, body, [q(body, "1.9 million rubles", 1900000, "payment", "offer", "RUB")],
            measures=[Measure("cash_incentive", ["general_public"], ["Moscow"], None,
                              (0, len(body)), None, [0])], date=date)
    far = "Buryatia pays recruits."
    add(store, 3, far, measures=[Measure("cash_incentive", [], ["Buryatia"], None, (0, 8))],
        date="2024-08-05")
    link_facts(store)
    rows = linked_facts(store, "measures")
    assert sorted(r["mentions"] for r in rows) == [1, 2]
    [moscow] = linked_facts(store, "measures", FactFilter(place="moscow"))
    assert moscow["type"] == "cash_incentive" and moscow["places"] == ["Moscow"]


def test_quantity_facts_carry_their_measure_for_filters(store):
    body = "Moscow pays 1.9 million rubles to each recruit."
    add(store, 1, body, [q(body, "1.9 million rubles", 1900000, "payment", "offer", "RUB")],
        measures=[Measure("cash_incentive", ["migrants"], ["Moscow"], None, (0, len(body)),
                          "2024-08", [0])])
    link_facts(store)
    [row] = linked_facts(store, "quantities", FactFilter(group="migrants", type="cash_incentive"))
    assert row["date"] == "2024-08" and row["date_basis"] == "event"
    assert linked_facts(store, "quantities", FactFilter(group="prisoners")) == []


def test_denial_set_against_the_assertion_it_denies(store):
    assertion = "Activists say a covert second wave of mobilization is under way."
    denial = "Peskov denied any second wave of mobilization."
    echo = "Peskov repeated that there is no second wave of mobilization."
    add(store, 1, assertion, outlet="Verstka",
        claims=[Claim("anonymous: activists", [], "assert", True, (0, len(assertion)))])
    add(store, 2, denial, outlet="Meduza", date="2023-03-20",
        claims=[Claim("Dmitry Peskov", [], "deny", False, (0, len(denial)))])
    add(store, 3, echo, outlet="TASS", date="2023-03-21",
        claims=[Claim("anonymous: TASS", [], "assert", False, (0, len(echo)))])
    add(store, 4, "Peskov said a mobilization wave was possible later.", outlet="RBC",
        claims=[Claim("Dmitry Peskov", [], "assert", False, (0, 20))])
    link_facts(store)
    [row] = denials(store)
    assert row["speaker"] == "Dmitry Peskov" and row["target_doc"] == f"{1:032d}"
    assert set(row["topics"]) >= {"mobilization", "wave"}
    assert linked_facts(store, "claims", FactFilter(speaker="peskov"))[0]["target_outlet"] == "Verstka"


def test_denials_link_both_ways_and_far_apart_in_time_do_not(store):
    denial = "Peskov denied any second wave of mobilization."
    add(store, 1, denial, claims=[Claim("Dmitry Peskov", [], "deny", False, (0, len(denial)))])
    later = "A new wave of mobilization has begun in secret, lawyers said."
    add(store, 2, later, date="2023-04-01",
        claims=[Claim("anonymous: lawyers", [], "assert", False, (0, len(later)))])
    add(store, 3, later, date="2026-01-01",
        claims=[Claim("anonymous: lawyers", [], "assert", False, (0, len(later)))])
    link_facts(store)
    assert [d["target_doc"] for d in denials(store)] == [f"{2:032d}"]


def test_a_denial_months_from_the_assertion_denies_another_matter(store):
    # the candidate index files items in 200-day buckets; the dates decide
    denial = "Peskov denied any second wave of mobilization."
    told = "A new wave of mobilization has begun in secret, lawyers said."
    add(store, 1, denial, date="2023-03-20",
        claims=[Claim("Dmitry Peskov", [], "deny", False, (0, len(denial)))])
    add(store, 2, told, date="2023-04-10",
        claims=[Claim("anonymous: lawyers", [], "assert", False, (0, len(told)))])
    add(store, 3, told, date="2023-07-20",
        claims=[Claim("anonymous: lawyers", [], "assert", False, (0, len(told)))])
    link_facts(store)
    assert [d["target_doc"] for d in denials(store)] == [f"{2:032d}"]


def test_negation_and_topics_cues():
    assert negated("There are no discussions of a new wave") and negated("Кремль не обсуждает")
    assert not negated("A covert wave of mobilization is under way")
    assert topics("вторую волну мобилизации") == ["mobilization", "wave"]


def test_figures_side_by_side_series_and_conflict(store):
    for n, (value, date) in enumerate([(231000, "2023-08-03"), (280000, "2023-09-20"),
                                       (486000, "2023-12-14")], start=1):
        body = f"Officials said {value:,} contract soldiers signed up."
        add(store, n, body, [q(body, f"{value:,}", value, "contract soldiers", "achieved")],
            date=date)
    for n, value in ((4, 20000), (5, 30000)):
        body = f"About {value:,} new soldiers join each month."
        add(store, n, body, [q(body, f"{value:,}", value, "new soldiers", "estimate")],
            date="2024-10-01")
    link_facts(store)
    groups = {g["modality"]: g for g in figure_disputes(store)}
    assert groups["achieved"]["label"] == "series"
    assert [f["value"] for f in groups["achieved"]["figures"]] == [231000, 280000, 486000]
    assert groups["estimate"]["label"] == "conflict"
    row = next(r for r in linked_facts(store, "quantities") if r["value"] == 280000)
    assert row["disputes"].startswith("series: 231,000 (2023-08-03), 486,000 (2023-12-14)")


def test_export_writes_fact_records_and_tables(store, tmp_path):
    three_reports(store)
    link_facts(store)
    out, facts = tmp_path / "out.jsonl", tmp_path / "facts.jsonl"
    assert export(store, "jsonl", out, facts=facts) == 3
    [rec] = [json.loads(line) for line in facts.read_text(encoding="utf-8").splitlines()]
    assert rec["mentions"] == 3 and rec["independent"] == 2 and len(rec["members"]) == 3
    assert rec["chains"][0]["origin"] == "RFE/RL"
    assert rec["chains"][0]["relays"] == ["The Kyiv Independent"]
    export(store, "csv", tmp_path / "csv")
    with open(tmp_path / "csv" / "fact_mentions.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["outlet"] for r in rows} == {"RFE/RL", "The Kyiv Independent", "Meduza"}


def test_export_parquet_fact_tables(store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    three_reports(store)
    link_facts(store)
    export(store, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "facts.parquet").to_pylist()
    assert table[0]["mentions"] == 3 and json.loads(table[0]["chains"])[0]["origin"] == "RFE/RL"


LOOKALIKE = ("The governor of {region} announced on Monday that men who sign a contract with "
             "the Defense Ministry in the region will receive a one-time payment of {sum} "
             "rubles. The payment will be made within {days} days of signing, the governor's "
             "office said. Regions across Russia have been raising their payments as the pool "
             "of volunteers shrinks, analysts say.")


def test_look_alike_reports_with_other_numbers_are_not_one_story(store):
    a = LOOKALIKE.format(region="Voronezh Oblast", sum="500,000", days=30)
    b = LOOKALIKE.format(region="Kursk Oblast", sum="800,000", days=10)
    assert not numbers_agree(a, b)
    add(store, 1, a)
    add(store, 2, b, date="2024-09-09")
    link_all(store)
    assert store.get(f"{1:032d}").story != store.get(f"{2:032d}").story


def test_heavy_rewrite_joins_story_through_a_shared_fact(store):
    original = ("Defense Minister Sergei Shoigu said in a separate interview that 300,000 "
                "reservists would be called up. He put Russia's total mobilization resource at "
                "nearly 25 million people. Students and conscripts currently serving would not "
                "be mobilized, Shoigu added. Within hours, flights out of Moscow were sold out, "
                "according to flight aggregators, and queues formed at the borders.")
    rewrite = ("Russia will call up 300,000 reservists, Defense Minister Sergei Shoigu said. "
               "Shoigu put Russia's total mobilization resource at nearly 25 million people. "
               "Students and conscripts currently serving would not be mobilized, he added.")
    add(store, 1, original, [q(original, "300,000", 300000, "reservists")])
    add(store, 2, rewrite, [q(rewrite, "300,000", 300000, "reservists")], date="2023-03-15")
    link_all(store)
    assert store.get(f"{1:032d}").story == store.get(f"{2:032d}").story
    assert linked_facts(store, "quantities")[0]["independent"] == 1


def test_a_fact_with_a_first_date_and_no_last_one_is_compared_by_its_first():
    from recruitwatch.link.facts import _within

    assert _within("2024-03-10", "2024-03-01", None, 30)
    assert not _within("2024-09-10", "2024-03-01", None, 30)
