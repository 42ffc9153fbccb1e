"""The gold scoring functions, on hand-built documents (no models, no pipeline)."""

from __future__ import annotations

import json

import pytest

from recruitwatch.evaluate import (
    GoldDoc, anchor_span, annotation_problems, baseline_document, counts_head, figures,
    head_matches, score_claims, score_cleaning, score_document, score_entities,
    score_measures, score_quantities, speaker_matches,
)
from recruitwatch.model import Claim, Document, Entity, Measure, Published, Quantity, Removed

TEXT = "\n".join([
    "Support us today!",                                                  # 0 junk
    "",
    "Russia plans to hire 400,000 soldiers, RFE/RL reported, citing Verstka.",  # 2
    "Photo: Ivan Petrov / AP",                                            # 3 junk
    "Peskov denied plans for a second wave of mobilization.",             # 4
    "Read more",                                                          # 5 junk
])

ANN = {
    "file": "demo/x.txt", "language": "en", "published": "2023-03-14", "story": "s",
    "junk": [{"line": 0, "kind": "donation"}, {"line": 3, "kind": "caption"},
             {"line": 5, "kind": "read_more"}],
    "entities": [{"text": "RFE/RL", "type": "ORG", "canonical": "RFE/RL"},
                 {"text": "Peskov", "type": "PERSON", "canonical": "Dmitry Peskov"}],
    "quantities": [{"text": "400,000", "value": 400000, "unit": "people", "approx": "exact",
                    "modality": "target", "counts": "soldiers"}],
    "claims": [{"speaker": "Verstka", "via": ["RFE/RL"], "stance": "assert", "hedged": False,
                "anchor": "plans to hire 400,000 soldiers"},
               {"speaker": "Dmitry Peskov", "via": [], "stance": "deny", "hedged": False,
                "anchor": "denied plans for a second wave"}],
    "measures": [{"type": "quota_or_target", "groups": ["general_public"], "places": [],
                  "anchor": "plans to hire 400,000 soldiers"}],
}
GOLD = GoldDoc("x", "demo", TEXT, ANN)
BODY = TEXT.splitlines()[2] + "\n" + TEXT.splitlines()[4]


def perfect_document() -> Document:
    peskov = BODY.index("Peskov")
    return Document(
        id="d", source="x", body=BODY, language="en", published=Published("2023-03-14"),
        removed=[Removed("Support us today!", "donation", 0), Removed("Photo: Ivan Petrov / AP", "caption"),
                 Removed("Read more", "read_more", 5)],
        entities=[Entity("RFE/RL", "ORG"), Entity("Dmitry Peskov", "PERSON")],
        quantities=[Quantity(400000, "people", "professional soldiers", "exact", "target", (21, 28))],
        claims=[Claim("Verstka", ["RFE/RL"], "assert", False, (0, peskov - 1)),
                Claim("Dmitry Peskov", [], "deny", False, (peskov, len(BODY)))],
        measures=[Measure("quota_or_target", ["general_public"], [], None, (0, 10))],
    )


def test_a_perfect_document_scores_one_everywhere():
    figs = figures(score_document(GOLD, perfect_document()))
    assert figs.pop("measures.redundant_share") == 0.0
    assert figs and all(v == 1.0 for v in figs.values()), figs


def test_a_restated_measure_is_redundant_and_a_wrong_type_is_spurious():
    doc = perfect_document()
    doc.measures += [Measure("quota_or_target", [], [], None, (0, 5)),
                     Measure("coercion", [], [], None, (0, 5))]
    figs = figures(score_document(GOLD, doc))
    assert figs["measures.type_recall"] == 1.0
    assert figs["measures.type_precision"] == 0.5  # one right, one wrong type
    assert figs["measures.redundant_share"] == round(1 / 3, 4)


def test_cleaning_finds_removed_lines_by_index_or_by_text():
    doc = perfect_document()
    doc.removed = [Removed("Photo: Ivan Petrov / AP", "caption")]  # no index: matched by text
    doc.body = TEXT  # nothing else removed: every article line still kept
    n = score_cleaning(GOLD, doc).n
    assert (n["junk.tp"], n["junk.fp"], n["junk.fn"]) == (1, 0, 2)
    assert n["article.kept"] == n["article.total"] == 2


def test_cleaning_counts_article_lines_lost():
    doc = perfect_document()
    doc.body = BODY.splitlines()[0]
    n = score_cleaning(GOLD, doc).n
    assert (n["article.kept"], n["article.total"]) == (1, 2)


def test_entities_compare_type_and_canonical_name():
    doc = perfect_document()
    doc.entities = [Entity("RFE/RL", "PLACE"), Entity("Dmitry Peskov", "PERSON"), Entity("Kyiv", "PLACE")]
    n = score_entities(GOLD, doc).n
    assert (n["ent.PERSON.tp"], n["ent.ORG.fn"], n["ent.PLACE.fp"]) == (1, 1, 2)


def test_quantities_pair_on_value_and_unit_then_compare_fields():
    doc = perfect_document()
    doc.quantities = [Quantity(2023, "other", "", "exact", "other", (0, 4)),
                      Quantity(400000, "people", "men", "about", "estimate", (21, 28))]
    n = score_quantities(GOLD, doc).n
    assert (n["q.tp"], n["q.fp"], n["q.fn"]) == (1, 1, 0)
    assert (n["q.modality"], n["q.approx"], n["q.head"]) == (0, 0, 0)


def test_quantities_with_the_wrong_unit_do_not_match():
    doc = perfect_document()
    doc.quantities = [Quantity(400000, "RUB", "soldiers", "exact", "target", (21, 28))]
    n = score_quantities(GOLD, doc).n
    assert (n["q.tp"], n["q.fp"], n["q.fn"]) == (0, 1, 1)


def test_counts_head_is_the_word_before_a_preposition():
    assert counts_head("migrants from Central Asia") == "migrants"
    assert counts_head("beginning salary per month") == "salary"
    assert counts_head("контрактников в регионе") == "контрактников"
    assert head_matches("professional soldiers", "soldier contracts")
    assert not head_matches("reservists", "people")


def test_claim_found_only_when_its_span_contains_the_anchor():
    doc = perfect_document()
    doc.claims = [Claim("Verstka", ["RFE/RL"], "assert", False, (0, 10))]  # too short
    n = score_claims(GOLD, doc).n
    assert (n["claims.found"], n["claims.total"]) == (0, 2)


def test_claim_fields_are_compared_on_found_claims():
    doc = perfect_document()
    doc.claims[0] = Claim("RFE/RL", [], "assert", True, doc.claims[0].span)
    n = score_claims(GOLD, doc).n
    assert n["claims.found"] == 2
    assert (n["claims.speaker"], n["claims.via"], n["claims.stance"], n["claims.hedged"]) == (1, 1, 2, 1)


def test_shared_anchor_prefers_the_claim_with_the_gold_speaker():
    gold = GoldDoc("y", "demo", TEXT, {**ANN, "claims": [
        {"speaker": "Dmitry Peskov", "via": [], "stance": "deny", "hedged": False, "anchor": "Peskov denied"}]})
    doc = perfect_document()
    doc.claims = [Claim("Kremlin", [], "deny", False, (0, len(BODY))), doc.claims[1]]
    assert score_claims(gold, doc).n["claims.speaker"] == 1


def test_anonymous_speakers_match_on_the_head_of_the_description():
    assert speaker_matches("anonymous: recruitment officer", "anonymous: an officer in a region")
    assert not speaker_matches("anonymous: recruitment officer", "anonymous: local authorities")
    assert not speaker_matches("anonymous: recruitment officer", "IStories")
    # the head comes before a preposition or a comma, as for "counts"
    assert speaker_matches("anonymous: source in the regional government", "anonymous: a source")
    assert speaker_matches("anonymous: источник в Минобороны", "anonymous: источника")
    assert speaker_matches("anonymous: собеседник, близкий к администрации", "anonymous: собеседник")
    assert not speaker_matches("anonymous: source in the regional government", "anonymous: government")


def test_anchor_tolerates_quote_dash_and_space_variants():
    text = "Russia\u2019s  plan \u2014 hire"
    assert anchor_span(text, "Russia's plan - hire") == (0, len(text))


def test_measures_score_types_and_groups_as_sets():
    doc = perfect_document()
    doc.measures = [Measure("summons", ["general_public", "students"], [], None, (0, 1))]
    n = score_measures(GOLD, doc).n
    assert (n["m.types.tp"], n["m.types.fp"], n["m.types.fn"]) == (0, 1, 1)
    assert (n["m.groups.tp"], n["m.groups.fp"], n["m.groups.fn"]) == (1, 1, 0)


def test_annotation_problems_report_what_does_not_fit_the_text():
    bad = GoldDoc("z", "demo", TEXT, {**ANN, "junk": [{"line": 1, "kind": "donation"}],
                                      "quantities": [{**ANN["quantities"][0], "text": "500,000"}]})
    problems = annotation_problems(bad)
    assert any("line 1" in p for p in problems)
    assert any("500,000" in p for p in problems)
    assert annotation_problems(GOLD) == []


class _FakeEnt:
    def __init__(self, text, label, start):
        self.text, self.label_, self.start_char, self.end_char = text, label, start, start + len(text)


class _FakeNlp:
    def __call__(self, text):
        doc = type("D", (), {})()
        doc.ents = [_FakeEnt("Peskov", "PERSON", text.index("Peskov")), _FakeEnt("2023", "DATE", 0)]
        return doc


def test_baseline_takes_raw_entities_and_every_number():
    doc = baseline_document(TEXT, _FakeNlp())
    assert [(e.name, e.type) for e in doc.entities] == [("Peskov", "PERSON")]
    assert [q.value for q in doc.quantities] == [400000]
    assert all(q.modality == "other" for q in doc.quantities)


def test_an_annotation_s_own_subset_keeps_it_out_of_the_all_column(tmp_path):
    from recruitwatch.evaluate import load_gold

    (tmp_path / "examples" / "demo").mkdir(parents=True)
    (tmp_path / "ann").mkdir()
    for name, extra in (("a", {}), ("b", {"subset": "dev2"})):
        (tmp_path / "examples" / "demo" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        ann = ANN | {"file": f"demo/{name}.txt"} | extra
        (tmp_path / "ann" / f"demo_{name}.json").write_text(json.dumps(ann), encoding="utf-8")
    golds = load_gold(tmp_path / "ann", tmp_path, subsets=("demo", "dev2"))
    assert [(g.name, g.subset) for g in golds] == [("demo_a", "demo"), ("demo_b", "dev2")]
    assert [g.name for g in load_gold(tmp_path / "ann", tmp_path)] == ["demo_a"]



def test_russian_and_ukrainian_heads_come_before_their_genitives():
    from recruitwatch.evaluate import counts_head
    assert counts_head("защитники Копайгородского") == "защитники"
    assert counts_head("российские чиновники") == "чиновники"
    assert counts_head("новобранців щомісяця") == "новобранців"
    assert counts_head("professional soldiers in Russia") == "soldiers"  # English: last word
    assert counts_head("troops lost") == "troops"  # (an irregular participle after its noun)


def test_spellings_and_order_of_a_persons_name_compare_equal():
    from recruitwatch.evaluate import name_key
    assert name_key("Yegor Guzenko") == name_key("Egor Guzenko")
    assert name_key("Eduard Noik") == name_key("Noik Eduard")
    assert name_key("Yegor Guzenko") != name_key("Yegor Letov")


def test_a_given_name_alone_compares_spelling_insensitively_only_as_a_person():
    from recruitwatch.evaluate import entity_key
    assert entity_key("PERSON", "Tatyana") == entity_key("PERSON", "Tatiana")
    assert entity_key("PERSON", "Tatyana") != entity_key("PERSON", "Yelizaveta")
    # an organisation of one word keeps its exact spelling
    assert entity_key("ORG", "Vagner") != entity_key("ORG", "Wagner")
    gold = GoldDoc("x", "real-dev", "Татьяна", {**ANN, "entities": [
        {"text": "Татьяна", "type": "PERSON", "canonical": "Tatyana"}]})
    doc = Document(id="x", source="x", body="Татьяна", entities=[Entity("Tatiana", "PERSON", [(0, 7)])])
    assert score_entities(gold, doc).n["ent.PERSON.tp"] == 1


def test_speaker_found_counts_right_speakers_over_all_gold_claims():
    from collections import Counter
    from recruitwatch.evaluate import Counts, figures
    c = Counts(Counter({"claims.total": 4, "claims.found": 2, "claims.speaker": 1}))
    f = figures(c)
    assert (f["claims.speaker_accuracy"], f["claims.speaker_found"]) == (0.5, 0.25)


@pytest.mark.parametrize("phrase,head", [
    ("Sri Lankans recruited", "Lankans"),        # a participle after the noun qualifies it
    ("retired generals arrested", "generals"),
    ("sum paid to the agent", "sum"),
    ("upfront fee to recruiters", "fee"),        # before a preposition, as before
    ("wounded soldiers", "soldiers"),            # a participle before the noun is no head
    ("российские чиновники", "чиновники"),
    ("ув’язнені з колонії", "ув'язнені"),        # the apostrophe is inside the word
])
def test_the_head_of_what_a_figure_counts(phrase, head):
    from recruitwatch.evaluate import counts_head

    assert counts_head(phrase) == head


@pytest.mark.parametrize("gold,pred,same", [
    ("сумма", "сумму", True), ("суми", "суму", True), ("солдат", "солдатов", True),
    ("troops", "troop", True), ("сумма", "суть", False),
])
def test_a_head_matches_in_any_case_form(gold, pred, same):
    from recruitwatch.evaluate import head_matches

    assert head_matches(gold, pred) is same


@pytest.mark.parametrize("gold, pred, same", [
    ("бойцы", "бойцов", True), ("особи", "осіб", True), ("жінки", "жінок", True),
    ("країни", "країн", True), ("контрактники", "осіб", False), ("мигранты", "человек", False),
    # the Ukrainian apostrophe is inside the word, in any of its spellings
    ("ув’язнені", "ув'язнених", True), ("ув’язнені", "осіб", False),
])
def test_a_head_word_in_another_case_is_the_same_head(gold, pred, same):
    assert head_matches(gold, pred) is same


def test_a_named_speaker_that_differs_in_case_only_is_the_same():
    # a transliterated channel's name, capitalised two ways
    assert speaker_matches("Na mestakh", "Na Mestakh")
    assert not speaker_matches("Na mestakh", "Na zemle")


@pytest.mark.parametrize("gold, pred, same", [
    # one of a group is described by the group
    ("anonymous: один из осужденных", "anonymous: осуждённые", True),
    ("anonymous: один із сибірських журналістів", "anonymous: журналісти", True),
    ("anonymous: one of the recruiters", "anonymous: recruiters", True),
    ("anonymous: один из осужденных", "anonymous: жители", False),
])
def test_one_of_a_group_is_described_by_the_group(gold, pred, same):
    assert speaker_matches(gold, pred) is same
