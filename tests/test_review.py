"""Review: decisions recorded apart, laid over the extractors' output, kept through
re-processing, moved between stores, and scored."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from recruitwatch import pipeline
from recruitwatch.cli import cli
from recruitwatch.ingest_run import ingest
from recruitwatch.link import link_all
from recruitwatch.model import Cleaned
from recruitwatch.options import Options
from recruitwatch.review import ledger
from recruitwatch.review.core import ReviewError, parse_field
from recruitwatch.review.ledger import all_reviews
from recruitwatch.review.score import figures
from recruitwatch.store import Store
from recruitwatch.store.queries import FactFilter, query_facts

RULES = Options(use_models=False)

# Short reports written for these tests, paraphrasing real reporting (sources named).
REPORTS = {
    # Verstka, 2024: Moscow region municipalities given monthly recruitment plans
    "a.txt": "Moscow region districts were told to find 500 contract soldiers a month, "
             "Verstka reported.\nThe region raised its sign-up payment to 1.5 million rubles "
             "in September.\n",
    # Meduza, 2023: a bonus in Bashkortostan
    "b.txt": "Bashkortostan paid 200,000 rubles to each volunteer who signed a contract, "
             "the regional government said.\n",
}


def _ingest(store: Store, folder, reports: dict[str, str]) -> None:
    """Write ``reports`` (file name → text) into ``folder`` and ingest them, rules only."""
    folder.mkdir(exist_ok=True)
    for name, text in reports.items():
        (folder / name).write_text(text, encoding="utf-8")
    ingest(store, [str(folder / n) for n in reports], RULES)


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "r.db")
    _ingest(s, tmp_path, REPORTS)
    yield s
    s.close()


def _doc(store, name_part: str):
    for doc in store.iter_documents():
        if name_part in doc.body:
            return doc
    raise AssertionError(name_part)


def _item(store, words: str, kind="quantity"):
    """The DOC:KN address of the extraction of ``kind`` whose words overlap ``words``."""
    for doc in store.iter_documents():
        at = doc.body.find(words)
        for i, x in enumerate(doc.extractions(kind)):
            s, e = x.mentions[0] if kind == "entity" else x.span
            if at >= 0 and s < at + len(words) and at < e:
                return ledger.ref(doc.id, kind, i)
    raise AssertionError(f"no {kind} at {words!r}")


def test_a_correction_is_served_and_the_machine_value_kept(store):
    item = _item(store, "500")
    ledger.decide(store, item, "correct", {"modality": "achieved", "counts": "contract soldiers"},
                  reviewer="ana")
    doc_id = store.resolve_id(item.split(":")[0])
    served = store.get(doc_id)
    q = next(q for q in served.quantities if q.value == 500)
    assert (q.modality, q.counts, q.reviewed) == ("achieved", "contract soldiers", "corrected")
    machine = ledger.machine_doc(store, doc_id)
    assert next(q for q in machine.quantities if q.value == 500).reviewed is None
    rows = query_facts(store, "quantities", FactFilter(reviewed="corrected"))
    assert [r["modality"] for r in rows] == ["achieved"]
    rec = served.to_record()["quantities"]
    assert {r["reviewed"] for r in rec} >= {"corrected", None}
    (r,) = all_reviews(store)
    assert (r.reviewer, r.machine["modality"], r.words) == ("ana", q_machine_modality(machine), "500")


def q_machine_modality(machine) -> str:
    return next(q for q in machine.quantities if q.value == 500).modality


def test_a_rejected_figure_leaves_facts_and_an_undo_brings_it_back(store):
    item = _item(store, "200,000")
    r = ledger.decide(store, item, "reject", reviewer="ana")
    ledger.relink(store)
    values = [x["value"] for x in query_facts(store, "quantities")]
    assert 200000 not in values
    assert 200000 in [x["value"] for x in query_facts(store, "quantities", FactFilter(reviewed="rejected"))]
    linked = store.conn.execute("SELECT count(*) FROM facts WHERE value = 200000").fetchone()[0]
    assert linked == 0
    ledger.undo(store, r.id)
    ledger.relink(store)
    assert 200000 in [x["value"] for x in query_facts(store, "quantities")]
    assert store.conn.execute("SELECT count(*) FROM facts WHERE value = 200000").fetchone()[0] == 1
    assert all_reviews(store)[0].undone_at is not None  # undo keeps the record


def test_an_added_item_and_an_entity_merge(store):
    doc = _doc(store, "Bashkortostan")
    ledger.add(store, doc.id[:10], "claim", "Bashkortostan paid 200,000 rubles",
               {"speaker": "Government of Bashkortostan", "via": [], "stance": "assert",
                "hedged": False}, reviewer="ana")
    served = store.get(doc.id)
    assert any(c.speaker == "Government of Bashkortostan" and c.reviewed in ("corrected",)
               for c in served.claims)
    name = served.entities[0].name
    n = ledger.merge(store, name, "Renamed Entity", reviewer="ana")
    assert n >= 1
    assert "Renamed Entity" in [e.name for e in store.get(doc.id).entities]


def test_reprocessing_after_a_cleaner_change_reattaches_every_review(store, tmp_path, monkeypatch):
    item = _item(store, "1.5 million", "quantity")
    ledger.decide(store, item, "correct", {"modality": "offer", "counts": "sign-up payment"},
                  reviewer="ana")
    gone = _item(store, "500")
    ledger.decide(store, gone, "confirm", reviewer="ana")
    doc_id = store.resolve_id(item.split(":")[0])
    old_start = all_reviews(store)[0].span[0]

    real_clean = pipeline._clean

    def shifted(raw):  # a cleaner that keeps a new first line and drops the sentence with 500
        c = real_clean(raw)
        body = "\n".join(line for line in c.body.splitlines() if "500" not in line)
        return Cleaned("Regional recruitment roundup, new first line.\n" + body, c.removed, c.meta)

    monkeypatch.setattr(pipeline, "_clean", shifted)
    summary = ingest(store, [str(tmp_path / n) for n in REPORTS], RULES, reprocess=True)
    assert summary.reprocessed == 2 and summary.new == 0
    kept, lost = all_reviews(store)
    assert kept.span[0] != old_start and kept.lost_at is None  # the offsets moved
    doc = store.get(doc_id)
    assert doc.body[kept.span[0]:kept.span[1]] == kept.words
    q = next(q for q in doc.quantities if q.span == kept.span)
    assert (q.modality, q.counts, q.reviewed) == ("offer", "sign-up payment", "corrected")
    assert lost.lost_at is not None  # its words are gone: reported, never dropped
    assert any("500" in line for line in summary.lost)


def test_reviews_move_between_stores_and_conflicts_are_reported(store, tmp_path):
    item = _item(store, "200,000")
    ledger.decide(store, item, "correct", {"modality": "achieved"}, reviewer="ana")
    records = ledger.export_records(store)
    other = Store(tmp_path / "other.db")
    try:
        ingest(other, [str(tmp_path / n) for n in REPORTS], RULES)
        first = ledger.import_records(other, records)
        assert first["imported"] == 1 and not first["conflicts"]
        again = ledger.import_records(other, records)
        assert again["imported"] == 0 and again["duplicates"] == 1
        q = next(q for d in other.iter_documents() for q in d.quantities if q.value == 200000)
        assert (q.modality, q.reviewed) == ("achieved", "corrected")
        clash = dict(records[0], reviewer="ben", at="2026-01-01T00:00:00+00:00",
                     fields={"modality": "target"})
        third = ledger.import_records(other, [clash])
        assert third["imported"] == 0 and len(third["conflicts"]) == 1
        assert "ben" in third["conflicts"][0] and "ana" in third["conflicts"][0]
        stray = dict(records[0], doc_id="f" * 32, at="2026-01-02T00:00:00+00:00")
        assert len(ledger.import_records(other, [stray])["missing"]) == 1
    finally:
        other.close()


def test_score_counts_confirmed_corrected_rejected_and_added(store):
    ledger.decide(store, _item(store, "200,000"), "confirm", reviewer="ana")
    ledger.decide(store, _item(store, "500"), "correct", {"modality": "estimate"}, reviewer="ana")
    ledger.decide(store, _item(store, "1.5 million"), "reject", reviewer="ana")
    doc = _doc(store, "Moscow region")
    ledger.add(store, doc.id[:10], "quantity", "a month", {"value": 1, "unit": "other"},
               reviewer="ana")
    f = figures(all_reviews(store))
    assert f["quantities.counts"] == {"tp": 2, "fp": 1, "fn": 1, "reviewed": 4}
    assert f["quantities.precision"] == pytest.approx(2 / 3, abs=1e-3)
    machine_modality = all_reviews(store)[1].machine["modality"]
    assert f["quantities.modality_accuracy"] == (0.5 if machine_modality != "estimate" else 1.0)


def test_field_values_are_checked_against_the_contract():
    assert parse_field("quantity", "value", "1,500,000") == 1500000.0
    assert parse_field("claim", "hedged", "yes") is True
    assert parse_field("measure", "groups", "migrants, prisoners") == ["migrants", "prisoners"]
    for kind, name, value in (("quantity", "modality", "maybe"), ("claim", "stance", "agree"),
                              ("measure", "groups", "aliens"), ("quantity", "speaker", "x"),
                              ("quantity", "value", "many")):
        with pytest.raises(ReviewError):
            parse_field(kind, name, value)


def test_bad_item_addresses_say_how_to_write_them(store):
    with pytest.raises(ReviewError, match="DOC:KN"):
        ledger.decide(store, "nonsense", "confirm")
    doc = _doc(store, "Bashkortostan")
    with pytest.raises(ReviewError, match="extractions"):
        ledger.decide(store, f"{doc.id[:12]}:q99", "confirm")


def test_the_review_commands(store, tmp_path):
    db = str(store.path)
    store.close()
    run = CliRunner().invoke
    out = run(cli, ["review", "queue", "--db", db, "--format", "json", "--limit", "3"])
    assert out.exit_code == 0, out.output
    queue = json.loads(out.output)
    assert len(queue) == 3
    assert queue[0]["priority"] >= queue[-1]["priority"]
    first = queue[0]["item"]
    out = run(cli, ["review", "reject", first, "--db", db, "--reviewer", "ana", "--note", "noise"])
    assert out.exit_code == 0, out.output
    out = run(cli, ["review", "queue", "--db", db, "--format", "json", "--limit", "50"])
    assert first not in [r["item"] for r in json.loads(out.output)]
    out = run(cli, ["review", "export", "--db", db, "-o", str(tmp_path / "r.jsonl")])
    assert out.exit_code == 0
    assert json.loads((tmp_path / "r.jsonl").read_text().splitlines()[0])["note"] == "noise"
    out = run(cli, ["review", "score", "--db", db, "--json"])
    assert out.exit_code == 0 and json.loads(out.output)
    out = run(cli, ["review", "correct", first, "modality=sometimes", "--db", db])
    assert out.exit_code != 0 and "modality" in out.output


def test_a_review_imported_from_gold_gives_the_gold_scorers_figures(tmp_path):
    """Review scoring means what the gold scorer means: a store whose review is the gold
    annotation scores as the gold scorer does on the same documents."""
    from pathlib import Path

    from recruitwatch.evaluate import SUBSETS, figures as gold_figures, load_gold
    from recruitwatch.review.gold import gold_store

    root = Path(__file__).resolve().parent.parent
    golds = load_gold(root / "tests" / "gold" / "annotations", root, subsets=SUBSETS)
    golds = [g for g in golds if g.subset in ("demo", "real-dev")][::4]
    with Store(tmp_path / "g.db") as s:
        total, records, unanchored = gold_store(golds, s, RULES)
        summary = ledger.import_records(s, records)
        assert not summary["conflicts"] and not summary["errors"]
        mine = figures(all_reviews(s, include_undone=False))
    want = gold_figures(total)
    assert unanchored == 0 or unanchored < 0.05 * len(records)
    assert mine["quantities.f1"] == pytest.approx(want["quantities.f1"], abs=0.02)
    assert mine["quantities.modality_accuracy"] == pytest.approx(
        want["quantities.modality_accuracy"], abs=0.02)
    assert mine["claims.recall"] == pytest.approx(want["claims.found"], abs=0.02)
    assert mine["claims.speaker_accuracy"] == pytest.approx(want["claims.speaker_accuracy"], abs=0.02)
    assert mine["claims.stance_accuracy"] == pytest.approx(want["claims.stance_accuracy"], abs=0.02)
    assert mine["entities.f1"] == pytest.approx(want["entities.f1"], abs=0.03)
    assert mine["measures.type.recall"] == pytest.approx(want["measures.type_recall"], abs=0.02)


def test_a_merged_name_is_searchable_and_stays_so_after_reprocessing(store, tmp_path):
    doc = _doc(store, "Bashkortostan")
    name = next(e.name for e in doc.entities if "Bashkortostan" in e.name)
    assert store.search("Агидельск") == []
    ledger.merge(store, name, "Агидельск", reviewer="ana")
    assert [h.id for h in store.search("Агидельск")] == [doc.id]  # the name crosses scripts
    ingest(store, [str(tmp_path / n) for n in REPORTS], RULES, reprocess=True)
    assert [h.id for h in store.search("Агидельск")] == [doc.id]
    assert [h.id for h in store.search("Bashkortostan")] == [doc.id]


def test_a_decision_relinks_only_the_facts_its_document_shares(store, tmp_path):
    """A correction takes its document's facts apart and links them again; facts of other
    documents keep their ids, and a corrected figure joins the fact it now agrees with."""
    (tmp_path / "c.txt").write_text("Officials in Kazan said 500 contract soldiers a month "
                                    "were expected from the republic.\n", encoding="utf-8")
    ingest(store, [str(tmp_path / "c.txt")], RULES)
    link_all(store)
    bonus = store.conn.execute("SELECT id FROM facts WHERE value = 200000").fetchone()[0]
    item = _item(store, "1.5 million")
    ledger.decide(store, item, "correct", {"value": 500.0, "unit": "people",
                                           "counts": "contract soldiers", "modality": "target"},
                  reviewer="ana")
    # untouched until the link: the other report's fact stands, the corrected one is out
    assert store.conn.execute("SELECT id FROM facts WHERE value = 200000").fetchone()[0] == bonus
    assert store.conn.execute("SELECT count(*) FROM facts WHERE value = 500").fetchone()[0] == 0
    ledger.relink(store)
    assert store.conn.execute("SELECT id FROM facts WHERE value = 200000").fetchone()[0] == bonus
    assert store.conn.execute("SELECT count(*) FROM facts WHERE value = 1500000").fetchone()[0] == 0
    mentions = store.conn.execute("SELECT sum(mentions) FROM facts WHERE value = 500").fetchone()[0]
    assert mentions == 3  # the two reports of 500 soldiers and the corrected figure


def test_an_added_item_needs_what_its_kind_cannot_do_without(store):
    doc = _doc(store, "Bashkortostan")
    with pytest.raises(ReviewError, match="type="):
        ledger.add(store, doc.id[:10], "measure", "Bashkortostan paid", {"groups": ["migrants"]})
    with pytest.raises(ReviewError, match="value=.*unit="):
        ledger.add(store, doc.id[:10], "quantity", "200,000", {"modality": "offer"})
    assert all_reviews(store) == []


def test_what_a_person_rejects_leaves_the_regions_the_alerts_and_the_explorer_timeline(store):
    from recruitwatch.alerts.match import _claims
    from recruitwatch.alerts.model import AlertFilter
    from recruitwatch.regions.index import build
    from recruitwatch.web.timeline_index import store_version

    link_all(store)
    paid = sorted(p.payment.rub for p in build(store).payments)
    assert 200000.0 in paid
    claims = len(_claims(store, "claims", AlertFilter(), None))
    version = store_version(store)
    ledger.decide(store, _item(store, "200,000"), "reject", reviewer="ana")
    ledger.decide(store, _item(store, "the regional government said", "claim"), "reject",
                  reviewer="ana")
    ledger.relink(store)
    assert sorted(p.payment.rub for p in build(store).payments) == [x for x in paid if x != 200000.0]
    assert len(_claims(store, "claims", AlertFilter(), None)) == claims - 1
    assert store_version(store) != version  # the explorer's indexes are built again


def test_two_claims_at_the_same_words_are_reviewed_apart(tmp_path):
    # BBC and Mediazona, 2024: their joint count of named war dead (a sentence, two speakers)
    path = tmp_path / "c.txt"
    path.write_text("Mediazona and the BBC said they had confirmed the names of 5,000 dead "
                    "volunteers.\n", encoding="utf-8")
    with Store(tmp_path / "c.db") as s:
        ingest(s, [str(path)], RULES)
        (doc,) = s.iter_documents()
        assert len({c.span for c in doc.claims}) == 1 and len(doc.claims) == 2
        first, second = (ledger.ref(doc.id, "claim", i) for i in (0, 1))
        speakers = [c.speaker for c in doc.claims]
        ledger.decide(s, second, "correct", {"stance": "deny"}, reviewer="ana")
        ledger.decide(s, first, "confirm", reviewer="ana")
        served = s.get(doc.id).claims
        assert [(c.speaker, c.stance, c.reviewed) for c in served] == [
            (speakers[0], "assert", "confirmed"), (speakers[1], "deny", "corrected")]
        records = ledger.export_records(s)
    with Store(tmp_path / "d.db") as other:
        ingest(other, [str(path)], RULES)
        summary = ledger.import_records(other, records)
        assert (summary["imported"], summary["conflicts"]) == (2, [])
        assert [c.stance for c in other.get(doc.id).claims] == ["assert", "deny"]


# Two reports of one figure, paraphrasing RFE/RL and The Kyiv Independent (March 2023) on
# the Defence Ministry's plan to sign 400,000 contract soldiers.
SAME_FIGURE = {
    "k.txt": "Russia's Defence Ministry plans to sign contracts with 400,000 soldiers this "
             "year, RFE/RL reported.\n",
    "m.txt": "The Defence Ministry aims to recruit 400,000 soldiers on contract this year, "
             "The Kyiv Independent said.\n",
}


@pytest.fixture
def linked(tmp_path):
    s = Store(tmp_path / "f.db")
    _ingest(s, tmp_path, SAME_FIGURE)
    link_all(s)
    yield s
    s.close()


def _fact_with(store, value: float) -> int:
    return store.conn.execute("SELECT id FROM facts WHERE kind = 'quantity' AND value = ?",
                              (value,)).fetchone()[0]


def _states(store, value: float) -> list:
    return sorted(str(q.reviewed) for d in store.iter_documents() for q in d.quantities
                  if q.value == value)


def test_a_whole_fact_is_confirmed_one_decision_per_mention_and_undone_at_once(linked):
    fact = _fact_with(linked, 400000)
    members = ledger.fact_members(linked, fact)
    assert len({doc for doc, _, _ in members}) == 2
    made = ledger.decide_fact(linked, fact, "confirm", note="both reports checked",
                              tags=["quota"], reviewer="ana")
    assert [r.action for r in made] == ["confirm", "confirm"] and len({r.batch for r in made}) == 1
    assert {r.doc_id for r in all_reviews(linked)} == {doc for doc, _, _ in members}
    assert all(r.note == "both reports checked" and r.tags == ["quota"] for r in all_reviews(linked))
    assert _states(linked, 400000) == ["confirmed", "confirmed"]
    ledger.relink(linked)
    again = _fact_with(linked, 400000)
    assert len(ledger.fact_members(linked, again)) == 2  # still one fact, its mentions confirmed
    # each decision travels on its own, with its batch
    records = ledger.export_records(linked)
    assert len(records) == 2 and {r["batch"] for r in records} == {made[0].batch}
    # confirming it again records nothing: every mention already is
    assert ledger.decide_fact(linked, again, "confirm") == []
    undone = ledger.undo_batch(linked, made[0].batch)
    assert len(undone) == 2 and all(r.undone_at for r in undone)
    assert _states(linked, 400000) == ["None", "None"]
    with pytest.raises(ReviewError, match="nothing to undo"):
        ledger.undo_batch(linked, made[0].batch)


def test_a_whole_fact_rejected_leaves_the_facts_and_an_import_can_undo_it(linked, tmp_path):
    fact = _fact_with(linked, 400000)
    made = ledger.decide_fact(linked, fact, "reject", reviewer="ana")
    ledger.relink(linked)
    assert _states(linked, 400000) == ["rejected", "rejected"]
    assert linked.conn.execute("SELECT count(*) FROM facts WHERE value = 400000").fetchone()[0] == 0
    # a colleague's store takes the batch and can take it back as one
    with Store(tmp_path / "other.db") as other:
        _ingest(other, tmp_path / "other", SAME_FIGURE)
        assert ledger.import_records(other, ledger.export_records(linked))["imported"] == 2
        assert _states(other, 400000) == ["rejected", "rejected"]
        ledger.undo_batch(other, made[0].batch)
        assert _states(other, 400000) == ["None", "None"]
    with pytest.raises(ReviewError, match="no linked fact"):
        ledger.decide_fact(linked, 99999, "reject")
    with pytest.raises(ReviewError, match="confirmed or rejected"):
        ledger.decide_fact(linked, fact, "correct")


def test_two_added_items_at_the_same_words_are_two_decisions(tmp_path):
    # a sentence two gold speakers share, both missed by the extractors: two additions
    path = tmp_path / "e.txt"
    path.write_text("Recruiters promised a quick trip home; families said so.\n", encoding="utf-8")
    with Store(tmp_path / "e.db") as s:
        ingest(s, [str(path)], RULES)
        (doc,) = s.iter_documents()
        for who in ("anonymous: recruiters", "anonymous: families"):
            ledger.add(s, doc.id[:12], "claim", "promised a quick trip home",
                       {"speaker": who, "stance": "assert"}, reviewer="gold")
        records = ledger.export_records(s)
    with Store(tmp_path / "f.db") as other:
        ingest(other, [str(path)], RULES)
        summary = ledger.import_records(other, records + records)  # and the same ones again
        assert (summary["imported"], summary["duplicates"]) == (2, 2)
        scored = figures(all_reviews(other, include_undone=False))
        assert scored["claims.counts"]["fn"] == 2  # two claims the extractors missed
