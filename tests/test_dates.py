"""Publication dates: metadata, URL, and the clues in the text."""

from pathlib import Path

import pytest

from recruitwatch.detect.dates import (
    add_period, date_from_url, infer_published, normalize_date, scan_dates,
)
from recruitwatch.model import Published, Removed

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "samples" / "seeds"


def infer(body, removed=(), meta=None, url=None, lang="en"):
    return infer_published(body, list(removed), meta, url, lang)


# ------------------------------------------------------------------ metadata


@pytest.mark.parametrize("value,iso", [
    ("2023-03-14", "2023-03-14"),
    ("2023-03-14T23:30:00-05:00", "2023-03-14"),  # the date as the outlet wrote it
    ("2023/03/14", "2023/03/14".replace("/", "-")),
    ("20230314", "2023-03-14"),
    ("2023-03", "2023-03"),
    ("2023", "2023"),
    ("Tue, 14 Mar 2023 10:00:00 +0000", "2023-03-14"),  # RSS pubDate
    ("March 14, 2023", "2023-03-14"),
    ("14 марта 2023 года", "2023-03-14"),
    ("14 березня 2023 року", "2023-03-14"),
])
def test_metadata_dates_are_normalised(value, iso):
    assert normalize_date(value) == iso


@pytest.mark.parametrize("value", ["", "   ", "yesterday-ish", "2023-13-40", "March"])
def test_unreadable_metadata_is_none(value):
    assert normalize_date(value) is None


def test_metadata_wins_over_url_and_text():
    pub = infer("RFE/RL wrote on March 14, 2023.", meta="2023-03-15T08:00:00Z",
                url="https://example.org/2022/01/01/x")
    assert pub == Published("2023-03-15", "metadata", "2023-03-15T08:00:00Z")


def test_unreadable_metadata_falls_through_to_url():
    pub = infer("", meta="not a date", url="https://example.org/news/2023/03/14/story")
    assert (pub.date, pub.basis) == ("2023-03-14", "url")


# ------------------------------------------------------------------ URL


@pytest.mark.parametrize("url,iso", [
    ("https://kyivindependent.com/news/2023/03/14/russia-plans/", "2023-03-14"),
    ("https://example.org/2023/3/4/x", "2023-03-04"),
    ("https://example.org/news-2023-03-14-quotas", "2023-03-14"),
    ("https://example.org/a/20230314/quotas.html", "2023-03-14"),
    ("https://example.ru/news/14-03-2023/kvoty", "2023-03-14"),
    ("https://example.org/2023/03/quotas", "2023-03"),
])
def test_dates_in_urls(url, iso):
    assert date_from_url(url)[0] == iso


@pytest.mark.parametrize("url", [
    "https://example.org/news/12345678",  # an id, not a date (month 34)
    "https://2023.example.org/about",  # the host is not the path
    "https://example.org/article/quotas",
])
def test_urls_without_dates(url):
    assert date_from_url(url) is None


# ------------------------------------------------------------------ the grammar


def exprs(text, lang="en"):
    return [(e.text, e.year, e.month, e.day, e.qualifier) for e in scan_dates(text, lang)]


def test_english_forms_and_qualifiers():
    text = ("The letter is dated Oct. 3 and orders apply since March 1, 2023. "
            "In late October 2022 it ended; a target was set by the end of August 2023.")
    assert exprs(text) == [
        ("Oct. 3", None, 10, 3, "dated"),
        ("March 1, 2023", 2023, 3, 1, "since"),
        ("October 2022", 2022, 10, None, "late"),
        ("August 2023", 2023, 8, None, "by"),
    ]


def test_day_month_order_and_weekday_prefix():
    assert exprs("Published Tuesday, 14 March 2023.") == [("Tuesday, 14 March 2023", 2023, 3, 14, "")]


def test_lowercase_may_and_verb_march_are_not_dates():
    assert exprs("Troops may march on. Protesters March through town.") == []


def test_bare_month_and_year_need_a_qualifier():
    assert exprs("In June recruiters came; 2000 people signed; since 2014 it grew.") == [
        ("June", None, 6, None, "in"), ("2014", 2014, None, None, "since")]


def test_number_ranges_are_not_years():
    assert exprs("paid from 2000 to 3000 dollars") == []
    assert exprs("от 2000 до 3000 рублей", "ru") == []


def test_year_naming_an_event_is_adjectival():
    (e,) = scan_dates("in the run-up to the 2024 presidential elections", "en")
    assert (e.year, e.adjectival) == (2024, True)


def test_reporting_and_future_dates():
    text = ("The ministry will start a campaign on April 1, RFE/RL wrote on March 14. "
            "Moscow will open a centre, its mayor announced Tuesday.")
    found = {e.text: (e.reporting, e.future) for e in scan_dates(text, "en")}
    assert found == {"April 1": (False, True), "March 14": (True, False),
                     "Tuesday": (True, False)}


def test_relative_years_with_and_without_month():
    found = [(e.text, e.month, e.rel_year) for e in scan_dates(
        "It happened in September last year, and again this year.", "en")]
    assert found == [("September last year", 9, -1), ("this year", None, 0)]


def test_russian_forms():
    text = "С 1 марта 2023 г. в сентябре 2022 года, 14 марта, в сентябре прошлого года, во вторник"
    found = [(e.text, e.year, e.month, e.day, e.weekday, e.rel_year, e.qualifier)
             for e in scan_dates(text, "ru")]
    assert found == [
        ("1 марта 2023 г.", 2023, 3, 1, None, None, "since"),
        ("сентябре 2022 года", 2022, 9, None, None, None, "in"),
        ("14 марта", None, 3, 14, None, None, ""),
        ("сентябре прошлого года", None, 9, None, None, -1, "in"),
        ("вторник", None, None, None, 1, None, "in"),
    ]


def test_ukrainian_forms():
    text = "З 1 березня, у вересні минулого року, наприкінці жовтня 2022 року, у п'ятницю"
    found = [(e.text, e.year, e.month, e.day, e.weekday, e.rel_year, e.qualifier)
             for e in scan_dates(text, "uk")]
    assert found == [
        ("1 березня", None, 3, 1, None, None, "since"),
        ("вересні минулого року", None, 9, None, None, -1, "in"),
        ("жовтня 2022 року", 2022, 10, None, None, None, "late"),
        ("п'ятницю", None, None, None, 4, None, "in"),
    ]


def test_numeric_dates_and_impossible_days():
    assert exprs("on 14.03.2023 and 2023-03-15, not on February 30") == [
        ("14.03.2023", 2023, 3, 14, "on"), ("2023-03-15", 2023, 3, 15, "")]


def test_add_period_clamps_month_ends():
    import datetime as dt

    assert add_period(dt.date(2022, 2, 24), 7, "month") == dt.date(2022, 9, 24)
    assert add_period(dt.date(2023, 1, 31), 1, "month") == dt.date(2023, 2, 28)
    assert add_period(dt.date(2022, 2, 24), 1, "year") == dt.date(2023, 2, 24)
    assert add_period(dt.date(2022, 2, 24), 2, "week") == dt.date(2022, 3, 10)


# ------------------------------------------------------------------ dates from the text
# Short texts written for these tests, paraphrasing reporting by RFE/RL, The Moscow
# Times, the Kyiv Independent and Meduza.


def test_stated_complete_date_has_basis_text():
    pub = infer("Russia sent quotas to its regions, RFE/RL reported on March 14, 2023.")
    assert pub == Published("2023-03-14", "text", "on March 14, 2023")


def test_dateline_is_a_stated_date():
    pub = infer("March 14, 2023\nRussia sent recruitment quotas to its regions.")
    assert (pub.date, pub.basis) == ("2023-03-14", "text")


def test_report_date_completed_by_event_anchor():
    body = ("Regional media wrote on March 14 that summonses arrived, as in September last "
            "year after the partial mobilization was announced.")
    pub = infer(body)
    assert pub.date == "2023-03-14" and pub.basis == "inferred"
    assert "partial mobilization 2022-09" in pub.evidence and "March 14" in pub.evidence


def test_weekday_inside_a_span_from_the_invasion():
    body = ("A recruitment office opened, officials announced Monday, almost eight months "
            "into the invasion of Ukraine.")
    # Feb 24 + 8 months = Oct 24 2022, a Monday; "almost" puts it on or before then
    assert infer(body).date == "2022-10-24"


def test_span_from_event_without_weekday_gives_a_month():
    assert infer("Six months into the full-scale invasion, recruiters widened their net.").date == "2022-08"


def test_next_year_linked_to_an_explicit_year():
    body = ("The Kremlin avoids mobilization before the elections next year. "
            "Officials fear unrest ahead of the 2024 elections.")
    pub = infer(body)
    assert pub.date == "2023"
    assert pub.evidence == "the elections next year + 2024 elections"


def test_partial_day_gives_month_with_year_from_lower_bound():
    body = "The letter, dated Oct. 3, says orders have applied since March 1, 2023."
    assert infer(body).date == "2023-10"


def test_partial_day_before_the_lower_bound_is_the_next_year():
    body = "Orders have applied since March 1, 2023, the letter dated Feb. 2 says."
    assert infer(body).date == "2024-02"


def test_deadline_bounds_the_year_from_above():
    body = ("The ministry wrote on July 11 that a firm was given a target of 30 recruits "
            "by the end of August 2023.")
    assert infer(body).date == "2023-07-11"


def test_a_bare_year_looked_ahead_to_bounds_nothing():
    # money budgeted "until 2027" says nothing of the year the report appeared
    body = ("Уряд хоче набирати 200 тисяч на рік. Гроші на виплати передбачені до 2027 року. "
            "У 2025 році уряд хоче підняти видатки на армію.")
    assert infer(body, lang="uk").date is None
    # a deadline that names its month still bounds the year
    assert infer("The ministry wrote on July 11 that it set a target by August 2023.").date == "2023-07-11"


def test_scrape_time_banner_loses_to_the_article():
    banner = "Help us reach 25,000 members by the end of 2025."
    body = banner + "\nThe ministry wrote on July 11 that a target was set by the end of August 2023."
    assert infer(body).date == "2023-07-11"
    assert infer(banner + "\nThe ministry said it on Tuesday.").date is None


def test_removed_lines_are_no_evidence_even_inside_the_body():
    feed = "Officials said on Nov. 25 that talks would go on by the end of 2025."
    body = "The ministry wrote on July 11 about recruits.\n" + feed
    assert infer(body, [Removed(feed, "feed_item")]).date is None
    assert infer(body).date is not None  # without the hint the feed line would count


def test_no_clues_no_date():
    assert infer("Recruiters visited a migrant hostel.") == Published()
    assert infer("") == Published()


def test_russian_text_inference():
    body = ("Минобороны 14 марта сообщило о новых квотах. Повестки приходят, как и в сентябре "
            "прошлого года после объявления частичной мобилизации.")
    assert infer(body, lang="ru").date == "2023-03-14"


def test_ukrainian_text_inference():
    body = "Про це 14 березня повідомив Генштаб. Квоти діють з 1 березня 2023 року."
    assert infer(body, lang="uk").date == "2023-03-14"


@pytest.mark.timeout(30)
def test_long_repetitive_text_still_resolves():
    body = ("Recruiters said on Tuesday they met quotas set since March 1, 2023. " * 3000)
    assert infer(body).date.startswith("2023")


# ------------------------------------------------------------------ the seeds

# For each seed: expected date, and the 1-based line ranges that are the article; the
# other non-blank lines are page junk (appeals, bylines, feed items).
SEED_EXPECTED = {
    "000": ("2022-09-20", [(1, 6)]),
    "001": ("2023-10", [(3, 4), (6, 27)]),
    "002": ("2023-03-14", [(3, 4), (6, 21)]),
    "003": ("2023", [(1, 10)]),
    "004": ("2023-07-11", [(8, 9), (11, 22)]),
}


def _seed(prefix):
    if not SEEDS.is_dir():
        pytest.skip("seeds not available at ../shared/samples/seeds")
    (path,) = SEEDS.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def _split(text, ranges):
    keep, junk = [], []
    for n, line in enumerate(text.splitlines(), 1):
        (keep if any(a <= n <= b for a, b in ranges) else junk).append(line)
    return "\n".join(keep), [Removed(line, "junk") for line in junk if line.strip()]


@pytest.mark.parametrize("prefix", sorted(SEED_EXPECTED))
def test_seed_dates(prefix):
    text = _seed(prefix)
    expected, ranges = SEED_EXPECTED[prefix]
    article, removed = _split(text, ranges)
    assert infer(text).date == expected  # the whole page as body
    assert infer(text, removed).date == expected  # whole page, junk marked
    pub = infer(article, removed)  # as the pipeline sends it
    assert (pub.date, pub.basis) == (expected, "inferred")
    assert pub.evidence


def test_seed_evidence_names_the_clues():
    pub = infer(_seed("002"))
    assert pub.evidence == "on March 14 + September last year (partial mobilization 2022-09)"
    assert "invasion" in infer(_seed("000")).evidence


def test_a_body_is_scanned_once_and_each_caller_gets_its_own_list():
    text = "The ministry said on March 14, 2023 that the draft starts on April 1."
    first = scan_dates(text, "en")
    first.clear()  # a caller's list is its own
    again = scan_dates(text, "en")
    assert [e.text for e in again] == ["March 14, 2023", "April 1"]
    # the kept scan serves the next caller: the same expressions, not a new scan
    assert all(a is b for a, b in zip(again, scan_dates(text, "en")))
    # scanning with the caller's own sentences is never served from the kept scan
    assert scan_dates(text, "en", sentences=[(0, len(text))])[0] is not again[0]


def test_a_unix_timestamp_in_a_url_path_is_its_date():
    from recruitwatch.detect.dates import date_from_url
    assert date_from_url("https://example.org/news/1690000000/story") == ("2023-07-22", "1690000000")
    assert date_from_url("https://example.org/a?id=1690000000") == ("2023-07-22", "1690000000")
    # an article number of other length is no date
    assert date_from_url("https://example.org/news/16900000001/story") is None


def test_the_pages_own_dateline_beats_an_id_read_as_a_unix_time():
    # a rights group's site numbers its pages with ten digits; its dateline says when
    removed = [Removed("25.09.2023", "dateline", 3)]
    assert infer("Окупанти мобілізували 250 мешканців.", removed, url="https://example.org/1608812828").date == "2023-09-25"
    # with no dated line the number stays the date
    assert infer("Окупанти мобілізували 250 мешканців.", [], url="https://example.org/1608812828").date == "2020-12-24"


def test_a_lower_bound_alone_is_no_publication_date():
    # "a decree of 5 March 2022" says the post is later, not when it was written
    from recruitwatch.detect.dates import infer_published
    got = infer_published("Выплаты регулировались указом от 5 марта 2022 года.", [], None, None, "ru")
    assert got.date is None


def test_an_iso_date_alone_on_the_first_line_is_the_full_date():
    from recruitwatch.detect.dates import infer_published
    assert infer_published("2024-02-12\nТекст поста.", [], None, None, "ru").date == "2024-02-12"


def test_an_upper_bound_alone_is_no_publication_date():
    # "the goal for 2024" says the post is not later than that year, not when it was written
    from recruitwatch.detect.dates import infer_published
    got = infer_published("Захоплення області залишається метою військ до кінця 2024 року.", [], None, None, "uk")
    assert got.date is None


def test_a_word_the_whole_text_repeats_links_no_year():
    # the article's topic is no link between "last year" and "2025"
    body = ("Last year Sri Lankan veterans went to Russia. Sri Lanka says 2025 Sri Lanka "
            "budget talks continue. Sri Lanka has asked Moscow for help. Sri Lanka waits.")
    assert infer(body).date is None


def test_a_digests_title_gives_its_date():
    body = "Волонтёрская сводка по мобилизации в РФ за 11–12 февраля 2024:\nМинобороны вербует наёмников."
    assert infer(body, lang="ru").date == "2024-02-12"


def test_a_decree_date_in_a_short_headline_is_no_dateline():
    assert infer("Путин подписал указ от 5 марта 2022 года.\nТекст новости.", lang="ru").date is None


@pytest.mark.parametrize("body,want", [
    (" date 2025-09-29 Putin signed the autumn call-up decree on Sept. 22.", "2025-09-29"),
    ("Дата публикации: 03.12.2025\nМэр подписал указ 1 декабря.", "2025-12-03"),
    ("Опубліковано 15.01.2026 Регіони підвищили виплати з 1 грудня.", "2026-01-15"),
    # a field that gives the month alone dates the page to its month
    ("date 2022-07 Ведомство опровергло слухи, появившиеся 3 июня.", "2022-07"),
])
def test_a_date_field_heading_the_text_is_the_publication_date(body, want):
    # a scraper's date field left at the head of the text outranks dates the report gives
    got = infer_published(body, [], None, None, "en")
    assert (got.date, got.basis) == (want, "text")


def test_a_date_field_on_a_removed_first_line_is_still_the_publication_date():
    removed = [Removed(" date 2026-02-27 Реклама в «Вестнике» www.vestnik.ru/ad", "furniture", 0)]
    got = infer_published("В области продлили выплаты 1 марта.", removed, None, None, "ru")
    assert (got.date, got.basis) == ("2026-02-27", "text")
    # a date field on a later removed line is no date of the page
    later = [Removed("date 2026-02-27 Реклама", "furniture", 5)]
    assert infer_published("Текст без даты.", later, None, None, "ru").date is None


def test_a_date_field_with_no_real_date_decides_nothing():
    assert infer_published("date 2025-13-40 and more", [], None, None, "en").date is None


def test_a_url_with_the_day_first_gives_the_date():
    assert date_from_url("https://www.rbc.ru/politics/15/05/2023/646217c79a7947519908b762")[0] == "2023-05-15"


@pytest.mark.parametrize("body,want", [
    # the URL gives the month, the page's own date field the day of that month
    (" date 2026-03-02 Приставы отчитались об итогах года.", "2026-03-02"),
    # a date field of another month says nothing of this URL's
    (" date 2026-04-02 Приставы отчитались об итогах года.", "2026-03"),
])
def test_a_month_in_the_url_takes_the_day_from_the_page(body, want):
    got = infer_published(body, [], None, "https://gazeta-komi.ru/2026/03/pristavy-komi/", "ru")
    assert got.date == want


def test_a_byline_with_its_date_dates_the_article():
    from recruitwatch.clean.text import clean_text
    text = ("Окупанти вербують в'язнів у колоніях\nТекст:  , 3 березня 2023, 09:15\n"
            "Росія вербує в'язнів у колоніях, повідомляє розвідка. Їм обіцяють гроші.")
    cleaned = clean_text(text, "uk")
    assert infer_published(cleaned.body, cleaned.removed, None, None, "uk").date == "2023-03-03"


def test_a_url_word_of_eight_digits_with_the_day_first_dates_the_report():
    from recruitwatch.detect.dates import date_from_url

    assert date_from_url("https://example.ua/world/na-storone-rossii-11022024-495812") == ("2024-02-11", "11022024")
    assert date_from_url("https://example.ua/news/20240211/x") == ("2024-02-11", "20240211")  # year first still


def test_a_full_date_with_its_clock_time_near_the_top_is_the_pages_time_stamp():
    from recruitwatch.detect.dates import infer_published

    body = "Росія вербує сотні тисяч на рік – розвідка Ексклюзив 12.03.2025 09:40 Агенція Набір триває весь рік."
    assert infer_published(body, [], None, None, "uk").date == "2025-03-12"
    # a date in a sentence, with no time after it, dates an event only
    assert infer_published("Путин подписал указ 5 марта 2022 года о мобилизации.", [], None, None, "ru").date is None


def test_a_ukrainian_month_cut_short_dates_a_report():
    # written for this test: an agency's stamp above its story
    removed = [Removed("20 лют. 2026 13:26", "dateline", 0)]
    assert infer("Аналітики ISW пишуть про прихований призов.", removed, lang="uk").date == "2026-02-20"


@pytest.mark.parametrize("text, want", [
    ("Created: 03-05-2024 09:10 IST", ("03-05-2024", 2024, 5, 3, "")),
    ("Обновлено 10.07.2024", ("10.07.2024", 2024, 7, 10, "")),
])
def test_day_month_year_with_dots_or_hyphens(text, want):
    assert want in exprs(text)


def test_mixed_separators_and_a_programme_name_are_no_date():
    assert not [e for e in exprs("Контракт 18-24 і 10-07.2024") if e[3]]
