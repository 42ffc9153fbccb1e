"""Event dates: mentions resolved against the publication date, attached to claims and measures."""

from recruitwatch.extract.eventdates import attach_dates, find_dates
from recruitwatch.model import Claim, Document, Measure, Published

# Short sentences written for these tests, paraphrasing reporting by RFE/RL,
# The Moscow Times, Meduza and Ukrainska Pravda.


def dates(text, published, lang="en"):
    return [(m.text, m.date) for m in find_dates(text, Published(published), lang)]


def test_weekday_is_the_last_such_day_on_or_before_publication():
    # 2023-03-16 is a Thursday
    assert dates("The mayor announced on Tuesday.", "2023-03-16") == [("Tuesday", "2023-03-14")]
    assert dates("The mayor announced on Thursday.", "2023-03-16") == [("Thursday", "2023-03-16")]


def test_future_weekday_is_the_next_one():
    assert dates("The senators will vote on Tuesday.", "2023-03-16") == [("Tuesday", "2023-03-21")]


def test_month_day_takes_the_publication_year():
    assert dates("The letter is dated Oct. 3.", "2023-10-12") == [("Oct. 3", "2023-10-03")]


def test_month_day_after_publication_is_last_year():
    assert dates("The letter is dated Oct. 3.", "2024-03-01") == [("Oct. 3", "2023-10-03")]


def test_future_month_day_stays_after_publication():
    text = "The ministry will start a new campaign on April 1."
    assert dates(text, "2023-03-14") == [("April 1", "2023-04-01")]


def test_explicit_dates_keep_their_precision_and_qualifier():
    text = ("Orders apply since March 1, 2023. In late October 2022 it stopped. "
            "A firm must find 30 recruits by the end of August 2023.")
    found = [(m.text, m.date, m.qualifier) for m in find_dates(text, Published("2023-07-11"), "en")]
    assert found == [
        ("March 1, 2023", "2023-03-01", "since"),
        ("October 2022", "2022-10", "late"),
        ("August 2023", "2023-08", "by"),
    ]


def test_spans_point_at_the_date_words():
    text = "RFE/RL wrote on March 14 about quotas."
    (m,) = find_dates(text, Published("2023-03-14"), "en")
    assert text[m.span[0]:m.span[1]] == "March 14" and m.reporting


def test_relative_years_and_days():
    text = "It began in September last year and grew this year; officials spoke yesterday."
    assert dates(text, "2023-03-14") == [
        ("September last year", "2022-09"), ("this year", "2023"), ("yesterday", "2023-03-13")]


def test_month_without_day():
    assert dates("Recruiting began at the end of June.", "2023-08-07") == [("June", "2023-06")]
    assert dates("Recruiting began at the end of June.", "2023-03-01") == [("June", "2022-06")]


def test_coarse_publication_date_gives_coarse_answers():
    assert dates("The mayor announced on Tuesday.", "2023-10") == [("Tuesday", "2023-10")]
    assert dates("The letter is dated Oct. 3.", "2023") == [("Oct. 3", "2023-10-03")]
    assert dates("It began last year.", "2023") == [("last year", "2022")]


def test_unknown_publication_date_resolves_only_explicit_dates():
    text = "Dated Oct. 3, the letter cites orders since March 1, 2023, announced on Tuesday."
    assert dates(text, None) == [("Oct. 3", None), ("March 1, 2023", "2023-03-01"), ("Tuesday", None)]


def test_year_naming_an_event_is_marked_as_a_name():
    (m,) = find_dates("ahead of the 2024 presidential elections", Published("2023"), "en")
    assert (m.date, m.qualifier) == ("2024", "name")


def test_russian_mentions():
    text = "В сентябре 2022 года объявили мобилизацию, 14 марта вышел приказ, во вторник его подписали."
    assert dates(text, "2023-03-16", "ru") == [
        ("сентябре 2022 года", "2022-09"), ("14 марта", "2023-03-14"), ("вторник", "2023-03-14")]


def test_russian_relative_year():
    assert dates("Это случилось в прошлом году.", "2023-03-16", "ru") == [("прошлом году", "2022")]


def test_ukrainian_mentions():
    text = "Набір триває з 1 березня, а у вересні минулого року оголосили мобілізацію."
    found = [(m.text, m.date, m.qualifier) for m in find_dates(text, Published("2023-03-16"), "uk")]
    assert found == [("1 березня", "2023-03-01", "since"), ("вересні минулого року", "2022-09", "in")]


def test_february_29_in_a_common_year_falls_back_to_the_month():
    assert dates("It happened on Feb. 29.", "2023-03-10") == [("Feb. 29", "2023-02")]


# ------------------------------------------------------------------ attach_dates


def _doc(body, published="2023-03-16", claims=(), measures=()):
    return Document(id="x", source="test", body=body, language="en",
                    published=Published(published), claims=list(claims), measures=list(measures))


def _span(body, words):
    start = body.index(words)
    return (start, start + len(words))


def test_claim_takes_the_report_date_of_its_sentence():
    body = ("Officials said on Tuesday that quotas have applied since March 1, 2023. "
            "Another sentence on Monday.")
    claim = Claim("officials", [], "assert", False, _span(body, "quotas have applied"))
    doc = _doc(body, claims=[claim])
    attach_dates(doc)
    assert claim.date == "2023-03-14"  # "said on Tuesday", not "since March 1" nor "Monday"


def test_measure_takes_the_mention_inside_its_span():
    body = "On Tuesday the ministry set a target of 30 recruits by the end of August 2023."
    measure = Measure("quota_or_target", [], [], None,
                      _span(body, "a target of 30 recruits by the end of August 2023"))
    doc = _doc(body, measures=[measure])
    attach_dates(doc)
    assert measure.date == "2023-08"


def test_measure_without_a_date_inside_takes_the_nearest_in_its_sentence():
    body = "On Tuesday the ministry set a target of 30 recruits for each firm. It said so on Monday."
    measure = Measure("quota_or_target", [], [], None, _span(body, "a target of 30 recruits"))
    attach_dates(_doc(body, measures=[measure]))
    assert measure.date == "2023-03-14"


def test_no_date_in_the_sentence_leaves_none():
    body = "The ministry set a target. It said so on Monday."
    measure = Measure("quota_or_target", [], [], None, _span(body, "a target"))
    attach_dates(_doc(body, measures=[measure]))
    assert measure.date is None


def test_existing_dates_are_kept():
    body = "Officials said on Tuesday that quotas apply."
    claim = Claim("officials", [], "assert", False, _span(body, "quotas apply"), date="2020")
    attach_dates(_doc(body, claims=[claim]))
    assert claim.date == "2020"


def test_event_names_never_date_a_claim():
    body = "The ministry said mobilization is avoided before the 2024 presidential elections."
    claim = Claim("ministry", [], "assert", False, _span(body, "mobilization is avoided"))
    attach_dates(_doc(body, published="2023", claims=[claim]))
    assert claim.date is None


def test_unresolved_mentions_are_skipped():
    body = "Officials said on Tuesday that quotas apply."
    claim = Claim("officials", [], "assert", False, _span(body, "quotas apply"))
    attach_dates(_doc(body, published=None, claims=[claim]))
    assert claim.date is None


# ------------------------------------------------------------------ QA: dates ahead, baselines, history
# Sentences paraphrase RFE/RL (400,000 recruits in a drive starting in April 2023),
# Meduza (the April 2023 contract campaign) and Kommersant (the spring 2025 draft).


def test_forward_start_after_publication_takes_the_publication_year():
    assert dates("С 1 апреля Минобороны начнёт набор контрактников.", "2023-03-14", "ru") == [
        ("1 апреля", "2023-04-01")]
    assert dates("З 1 квітня міністерство розпочне набір.", "2023-03-14", "uk") == [
        ("1 квітня", "2023-04-01")]
    text = "Moscow intends to enlist 400,000 soldiers in a recruitment drive starting in April."
    assert dates(text, "2023-03-15") == [("April", "2023-04")]


def test_forward_start_far_ahead_without_a_future_verb():
    # beyond the short window, the forward "с" alone still looks ahead
    assert dates("С 1 сентября набор в регионах.", "2023-03-14", "ru") == [("1 сентября", "2023-09-01")]


def test_date_shortly_after_publication_in_a_planning_sentence_is_ahead():
    assert dates("The campaign begins on April 10.", "2023-03-14") == [("April 10", "2023-04-10")]
    assert dates("Набор контрактников 10 мая в Москве.", "2023-03-14", "ru") == [
        ("10 мая", "2023-05-10")]


def test_past_verb_keeps_a_date_after_publication_in_the_year_before():
    assert dates("The campaign began on April 10.", "2023-03-14") == [("April 10", "2022-04-10")]
    assert dates("С 1 апреля в регионе набрали 500 человек.", "2023-03-14", "ru") == [
        ("1 апреля", "2022-04-01")]


def test_date_beyond_the_window_without_forward_cue_is_the_year_before():
    assert dates("Recruiting in October.", "2023-03-14") == [("October", "2022-10")]


def test_future_verb_after_a_past_verb_does_not_make_a_weekday_future():
    text = "Lawmakers on Tuesday passed a bill under which summonses will count as delivered."
    assert dates(text, "2023-04-13") == [("Tuesday", "2023-04-11")]


def test_future_verb_after_the_date_in_its_own_clause():
    assert dates("Во вторник Минобороны начнёт набор.", "2023-03-16", "ru") == [
        ("вторник", "2023-03-21")]


def qualified(text, published, lang="en"):
    return [(m.text, m.date, m.qualifier) for m in find_dates(text, Published(published), lang)]


def test_comparison_baselines_are_marked():
    assert qualified("It is the largest spring draft since 2011.", "2023-03-31") == [
        ("2011", "2011", "baseline")]
    text = "Это на 10 тысяч больше, чем годом ранее, и самый большой весенний призыв с 2011 года."
    assert qualified(text, "2025-03-31", "ru") == [("2011 года", "2011", "baseline")]
    assert qualified("Recruitment is higher than in 2022.", "2023-03-31") == [
        ("2022", "2022", "baseline")]


def test_since_at_least_is_no_comparison():
    text = "Migrants have been recruited since at least May 2023, the ministry said."
    assert qualified(text, "2023-08-05") == [("May 2023", "2023-05", "since")]


def test_old_bare_year_named_in_passing_is_history():
    assert qualified("Recruiters, active since 2011, now target migrants.", "2023-03-31") == [
        ("2011", "2011", "history")]
    assert qualified("The unit formed in 2014 recruits migrants.", "2023-03-31") == [
        ("2014", "2014", "history")]


def test_old_year_the_sentence_is_about_is_kept():
    assert qualified("In 2011 the army was reformed.", "2023-03-31") == [("2011", "2011", "in")]


def test_recent_since_year_is_kept():
    assert qualified("Prisoners have been recruited since 2022.", "2023-03-31") == [
        ("2022", "2022", "since")]


def test_baseline_year_never_dates_a_measure():
    body = "Это на 10 тысяч больше, чем годом ранее, и самый большой весенний призыв с 2011 года."
    measure = Measure("quota_or_target", [], [], None, _span(body, "на 10 тысяч больше"))
    doc = _doc(body, published="2025-03-31", measures=[measure])
    doc.language = "ru"
    attach_dates(doc)
    assert measure.date is None


def test_history_year_never_dates_a_claim():
    body = "Officials said the unit, formed in 2011, recruits migrants."
    claim = Claim("officials", [], "assert", False, _span(body, "the unit"))
    attach_dates(_doc(body, published="2023-03-31", claims=[claim]))
    assert claim.date is None


def test_measure_prefers_a_report_date_over_a_past_since_date():
    body = "Recruitment orders have applied since March 1, 2023, officials said on Tuesday."
    measure = Measure("quota_or_target", [], [], None, _span(body, "Recruitment orders"))
    attach_dates(_doc(body, measures=[measure]))
    assert measure.date == "2023-03-14"


def test_measure_keeps_a_start_still_to_come():
    body = "С 1 апреля Минобороны начнёт набор контрактников, сообщили вчера в ведомстве."
    measure = Measure("quota_or_target", [], [], None, _span(body, "набор контрактников"))
    doc = _doc(body, published="2023-03-14", measures=[measure])
    doc.language = "ru"
    attach_dates(doc)
    assert measure.date == "2023-04-01"


def test_measure_between_a_start_and_an_end_takes_the_nearer():
    body = "Выплата полагается тем, кто подписал контракт с 1 августа по 31 декабря."
    measure = Measure("cash_incentive", [], [], None, _span(body, "подписал контракт"))
    doc = _doc(body, published="2024-09-10", measures=[measure])
    doc.language = "ru"
    attach_dates(doc)
    assert measure.date == "2024-08-01"
