import pytest

from recruitwatch.link.stories import (_close_in_time, containment, link_stories, shingles,
                                       story_groups)
from recruitwatch.model import Entity, Published, Quantity
from recruitwatch.store import Store
from conftest import make_document

ORIGINAL = (
    "Russia's Defense Ministry will start a recruitment campaign on April 1. It aims to sign "
    "contracts with 400,000 professional soldiers, regional media reported. The ministry sent "
    "orders to the regions with the number of contracts each must sign. Residents of Voronezh "
    "Oblast began to receive summonses to enlistment offices. Local officials said the summonses "
    "were only meant to update registration data. Analysts said the campaign could replace a "
    "second wave of mobilization that the Kremlin has denied planning."
)
# the same sentences, reordered, trimmed and under a new first line
REWRITE = (
    "Kremlin wants 400,000 new contract soldiers.\n"
    "The ministry sent orders to the regions with the number of contracts each must sign. "
    "Russia's Defense Ministry will start a recruitment campaign on April 1. It aims to sign "
    "contracts with 400,000 professional soldiers, regional media reported. Analysts said the "
    "campaign could replace a second wave of mobilization that the Kremlin has denied planning."
)
# another event of the same kind, in other words and with no figure in common: its own story
OTHER_REPORT = (
    "Enlistment offices in Kursk Oblast handed out summonses for the autumn call-up at "
    "factory gates, a local Telegram channel wrote. The governor said the men drafted this "
    "autumn would serve near their homes and would not be sent to the front."
)


def add(store, n, body, date):
    # no entities: make_document's default names a place these bodies do not
    store.add(make_document(str(n) * 32, body=body, published=Published(date, "text", None),
                            entities=[]), str(n).encode())


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.db") as s:
        yield s


def test_containment_tolerates_trimming_and_reordering():
    assert containment(shingles(ORIGINAL), shingles(REWRITE)) > 0.6
    assert containment(shingles(ORIGINAL), shingles(OTHER_REPORT)) < 0.1


def test_rewrite_joins_story_and_earliest_is_original(store):
    add(store, 1, REWRITE, "2023-03-15")
    add(store, 2, ORIGINAL, "2023-03-14")
    add(store, 3, OTHER_REPORT, "2023-03-14")
    stats = link_stories(store)
    assert stats.linked == 3 and stats.joined == 1 and stats.stories == 1
    rewrite, original, other = (store.get(str(n) * 32) for n in (1, 2, 3))
    assert rewrite.story == original.story
    assert rewrite.duplicate_of == original.id and original.duplicate_of is None
    assert other.story != original.story and other.duplicate_of is None
    [group] = story_groups(store)
    assert group["original"] == original.id and group["size"] == 2


def test_linking_is_incremental(store):
    add(store, 1, ORIGINAL, "2023-03-14")
    assert link_stories(store).linked == 1
    add(store, 2, REWRITE, "2023-03-15")
    stats = link_stories(store)
    assert stats.linked == 1 and stats.joined == 1
    assert link_stories(store).linked == 0


def test_original_stays_the_earliest_whatever_order_copies_arrive_in(store):
    # copies of one report reach the store in a shuffled order of publication; each
    # join may only touch its joiners unless it brings an earlier report
    import random

    dates = [f"2023-03-{d:02d}" for d in range(1, 13)]
    random.Random(5).shuffle(dates)
    for n, date in enumerate(dates, start=1):
        add(store, n % 10 if n < 10 else chr(ord("a") + n - 10), ORIGINAL + f" Copy {n}.", date)
        link_stories(store)  # one at a time, as an incremental ingest links them
        docs = [store.get(i) for i in store.ids()]
        earliest = min(docs, key=lambda d: d.published.date)
        assert len({d.story for d in docs}) == 1
        assert earliest.duplicate_of is None
        assert all(d.duplicate_of == earliest.id for d in docs if d is not earliest)


def test_merging_two_stories_points_every_member_at_the_earliest(store):
    # two stories form apart (no shared shingles), then a report bridging both merges them
    # (halves of equal length, so the bridge's MinHash meets both: the seeds are fixed)
    first, second = ORIGINAL[:ORIGINAL.index(" Residents")], OTHER_REPORT
    add(store, 1, first, "2023-03-10")
    add(store, 2, first + " Also carried by a second outlet.", "2023-03-12")
    add(store, 3, second, "2023-03-09")
    add(store, 4, second + " Also carried by a third outlet.", "2023-03-11")
    link_stories(store)
    assert len({store.get(str(n) * 32).story for n in (1, 2, 3, 4)}) == 2
    add(store, 5, first + " " + second, "2023-03-13")
    link_stories(store)
    docs = [store.get(str(n) * 32) for n in (1, 2, 3, 4, 5)]
    assert len({d.story for d in docs}) == 1
    assert [d.duplicate_of for d in docs] == ["3" * 32, "3" * 32, None, "3" * 32, "3" * 32]


def test_a_merge_moves_the_smaller_story(store):
    # the report that bridges two stories joins the larger one; only the smaller moves
    first, second = ORIGINAL[:ORIGINAL.index(" Residents")], OTHER_REPORT
    for n, extra in enumerate(["", " A.", " B."], start=1):
        add(store, n, first + extra, f"2023-03-1{n}")
    add(store, 4, second, "2023-03-09")
    link_stories(store)
    big = store.get("1" * 32).story
    add(store, 5, first + " " + second, "2023-03-20")
    link_stories(store)
    assert {store.get(str(n) * 32).story for n in range(1, 6)} == {big}
    assert store.get("4" * 32).duplicate_of is None  # still the earliest


# two outlets retelling one court ruling in their own words (paraphrased from Telegram
# posts of SHOT and Dvach, November 2024): few shingles in common, one rare person
RETOLD_A = ("A court in Novopavlovsk granted the petition of the military blogger Guzenko to be "
            "sent to the front. The criminal case against the blogger was dropped after he "
            "signed a contract with the ministry.")
RETOLD_B = ("Blogger Guzenko will return to the front: the court granted his petition, and the "
            "criminal case was dropped once the contract with the ministry was signed.")


def _with_person(n, body, date, name="Yegor Guzenko"):
    at = body.index("Guzenko")
    return make_document(str(n) * 32, body=body, published=Published(date, "text", None),
                         entities=[Entity(name, "PERSON", [(at, at + 7)])], quantities=[])


def test_a_retelling_sharing_a_rare_person_joins_the_story(store):
    store.add(_with_person(1, RETOLD_A, None), b"1")
    store.add(_with_person(2, RETOLD_B, None), b"2")
    link_stories(store)
    assert len(story_groups(store)) == 1


def test_look_alikes_months_apart_stay_apart(store):
    store.add(_with_person(1, RETOLD_A, "2024-03-31"), b"1")
    store.add(_with_person(2, RETOLD_B, "2024-09-30"), b"2")
    link_stories(store)
    assert story_groups(store) == []


def test_a_person_named_in_many_reports_is_no_anchor(store):
    for n in range(3, 7):  # four other reports name him
        store.add(_with_person(n, f"Guzenko appeared in report number {n} about another case.",
                               None), str(n).encode())
    store.add(_with_person(1, RETOLD_A, None), b"1")
    store.add(_with_person(2, RETOLD_B, None), b"2")
    link_stories(store)
    assert all({"1" * 32, "2" * 32} - {m["id"] for m in g["members"]} for g in story_groups(store))


# ---------------------------------------------------------------- retellings in any language
# Written for these tests, after the January 2026 reports (The Moscow Times, 24 Kanal) that
# regions raised their sign-on bonuses again: an English report and a Ukrainian retelling.
BONUS_EN = ("Tatarstan raised its sign-on bonus for contract soldiers to 2.1 million rubles, "
            "on top of the federal 400,000 rubles. Chuvashia now pays 1.1 million rubles.")
BONUS_UK = ("Татарстан підвищив виплату за контракт до 2,1 мільйона рублів, не рахуючи "
            "федеральних 400 тисяч. У Чувашії тепер платять 1,1 мільйона рублів.")
BONUS_RU = ("Татарстан поднял выплату контрактникам до 2,1 миллиона рублей, не считая "
            "федеральных 400 тысяч. В Чувашии теперь платят 1,1 миллиона рублей.")


def _doc(n, body, lang, date=None, names=(), figures=()):
    """A report with the names (surface, canonical, type) and figures (surface, value) it
    gives, each at its first place in the body."""
    entities = [Entity(name, kind, [(body.index(surface), body.index(surface) + len(surface))])
                for surface, name, kind in names]
    quantities = [Quantity(value, "RUB", "payment", "exact", "offer",
                           (body.index(surface), body.index(surface) + len(surface)), None, surface)
                  for surface, value in figures]
    return make_document(str(n) * 32, body=body, language=lang, entities=entities,
                         quantities=quantities, published=Published(date, "text", None))


def _bonus(n, lang, date=None):
    body = {"en": BONUS_EN, "uk": BONUS_UK, "ru": BONUS_RU}[lang]
    words = {"en": ("Tatarstan", "Chuvashia", "2.1 million", "400,000", "1.1 million"),
             "uk": ("Татарстан", "Чувашії", "2,1 мільйона", "400 тисяч", "1,1 мільйона"),
             "ru": ("Татарстан", "Чувашии", "2,1 миллиона", "400 тысяч", "1,1 миллиона")}[lang]
    return _doc(n, body, lang, date,
                names=[(words[0], "Tatarstan", "PLACE"), (words[1], "Chuvashia", "PLACE")],
                figures=[(words[2], 2100000.0), (words[3], 400000.0), (words[4], 1100000.0)])


def _linked(store, *docs):
    for d in docs:
        store.add(d, d.id.encode())
    link_stories(store)
    return {frozenset(m["id"][0] for m in g["members"]) for g in story_groups(store)}


def test_a_retelling_in_another_language_joins_on_its_names_and_figures(store):
    assert _linked(store, _bonus(1, "en", "2026-01-14"), _bonus(2, "uk", "2026-01-15")) == {
        frozenset("12")}
    # its outlet's own report: no one's duplicate
    assert [store.get(n * 32).duplicate_of for n in "12"] == [None, None]


def test_a_copy_of_a_retelling_is_the_retelling_s_duplicate(store):
    copy = _bonus(3, "uk", "2026-01-16")
    copy.body += " Джерело: 24 Канал."
    _linked(store, _bonus(1, "en", "2026-01-14"), _bonus(2, "uk", "2026-01-15"), copy)
    assert len({store.get(n * 32).story for n in "123"}) == 1
    assert [store.get(n * 32).duplicate_of for n in "123"] == [None, None, "2" * 32]


def test_a_retelling_dated_weeks_or_months_apart_is_another_event(store):
    assert _linked(store, _bonus(1, "en", "2026-01-14"), _bonus(2, "uk", "2026-03")) == set()


def test_an_undated_report_does_not_chain_events_months_apart(store):
    # 1 and 2 are one story; 3 tells it again, but its date puts it half a year before 1
    assert _linked(store, _bonus(1, "en", "2026-01-14"), _bonus(2, "uk"),
                   _bonus(3, "ru", "2025-07-01")) == {frozenset("12")}


# Written for this test: this spring's call-up report gives last spring's total as
# background; last spring's own report leads with it
CALLUP_NEW = ("Putin signed the spring call-up decree: 160,000 men will be drafted. Last "
              "spring the army called up 150,000.")
CALLUP_OLD = "Путин подписал указ о весеннем призыве 150 тысяч человек."


def test_a_report_leading_with_another_figure_tells_another_story(store):
    new = _doc(1, CALLUP_NEW, "en", names=[("Putin", "Vladimir Putin", "PERSON")],
               figures=[("160,000", 160000.0), ("150,000", 150000.0)])
    old = _doc(2, CALLUP_OLD, "ru", names=[("Путин", "Vladimir Putin", "PERSON")],
               figures=[("150 тысяч", 150000.0)])
    assert _linked(store, new, old) == set()


# Written for this test: one official on two subjects, in Russian and in English
STATEMENT_A = "Alexander Bastrykin, head of the Investigative Committee, proposed a new law."
STATEMENT_B = ("Глава Следственного комитета Александр Бастрыкин выступил в Санкт-Петербурге "
               "с другим заявлением.")


def _statement(n, body, lang, extra=()):
    if lang == "en":
        names = [("Alexander Bastrykin", "Alexander Bastrykin", "PERSON"),
                 ("Investigative Committee", "Investigative Committee of Russia", "ORG")]
    else:
        names = [("Александр Бастрыкин", "Alexander Bastrykin", "PERSON"),
                 ("Следственного комитета", "Investigative Committee of Russia", "ORG")]
    return _doc(n, body, lang, names=names + list(extra))


def test_names_alone_take_three_to_tell_one_story(store):
    # an official and the body he heads are one actor: two names are not enough
    assert _linked(store, _statement(1, STATEMENT_A, "en"), _statement(2, STATEMENT_B, "ru")) == set()


def test_three_shared_names_tell_one_story(store):
    a = _statement(1, STATEMENT_A + " He spoke in St Petersburg.", "en",
                   [("St Petersburg", "Saint Petersburg", "PLACE")])
    b = _statement(2, STATEMENT_B, "ru", [("Санкт-Петербурге", "Saint Petersburg", "PLACE")])
    assert _linked(store, a, b) == {frozenset("12")}


def test_a_report_naming_the_story_in_passing_does_not_join_it(store):
    # a digest leading with another subject, which gives the bonus story in its last lines
    body = ("Kursk Oblast opened two recruitment offices in Kursk and Rylsk, the governor said. "
            "Elsewhere, Tatarstan and Chuvashia raised their bonuses to 2.1 million and "
            "1.1 million rubles.")
    digest = _doc(3, body, "en", "2026-01-15",
                  names=[("Kursk Oblast", "Kursk Oblast", "PLACE"), ("Rylsk", "Rylsk", "PLACE"),
                         ("governor", "Kursk governor", "PERSON"),
                         ("Tatarstan", "Tatarstan", "PLACE"), ("Chuvashia", "Chuvashia", "PLACE")],
                  figures=[("2.1 million", 2100000.0), ("1.1 million", 1100000.0)])
    assert _linked(store, _bonus(1, "uk", "2026-01-14"), digest) == set()


def test_names_and_figures_common_in_the_store_are_no_evidence(store):
    # ten reports of other events all name Tatarstan and give the federal 400,000
    others = [_doc(n, f"Tatarstan report {n}: the federal payment of 400,000 rubles.", "en",
                   f"2026-01-{n:02d}", names=[("Tatarstan", "Tatarstan", "PLACE")],
                   figures=[("400,000", 400000.0)]) for n in range(10, 20)]
    en = _doc(1, BONUS_EN, "en", "2026-01-14", names=[("Tatarstan", "Tatarstan", "PLACE")],
              figures=[("400,000", 400000.0)])
    uk = _doc(2, BONUS_UK, "uk", "2026-01-15", names=[("Татарстан", "Tatarstan", "PLACE")],
              figures=[("400 тисяч", 400000.0)])
    assert not any({"1", "2"} <= set(g) for g in _linked(store, *others, en, uk))


@pytest.mark.parametrize("a,b,close", [
    ("2026-01-14", "2026-01-20", True), ("2026-01-14", "2026-02-14", False),
    ("2025-09", "2025-10-02", True), ("2025-09", "2026-09-22", False),
    ("2024", "2025-01", True), ("2017", "2025-03", False), (None, "2017", True),
])
def test_dates_compare_at_the_coarser_precision(a, b, close):
    assert _close_in_time(a, b, 10) is close


KURSK = ("В Курской области выплату за контракт увеличили до 2,5 млн рублей. Губернатор "
         "подписал постановление: добровольцы, заключившие контракт до конца года, получат "
         "2,5 млн рублей из регионального бюджета.")
BELGOROD = KURSK.replace("Курской", "Белгородской")


def _region(n, body, surface, name):
    return _doc(n, body, "ru", "2026-01-14", names=[(surface, name, "PLACE")],
                figures=[("2,5 млн", 2500000.0)])


def test_one_template_for_two_regions_is_two_events(store):
    groups = _linked(store, _region(1, KURSK, "Курской", "Kursk Oblast"),
                     _region(2, BELGOROD, "Белгородской", "Belgorod Oblast"))
    assert groups == set()  # no story of more than one report
    # the same words for the same region are a copy
    assert _linked(store, _region(3, KURSK, "Курской", "Kursk Oblast")) == {frozenset("13")}


# Written for this test, after the National Resistance Center's reports on occupied
# Zaporizhzhia (2024-2025, relayed by many Ukrainian sites): two different reports of one
# beat, a body and the region it reports on, undated, with no person or figure in common
BEAT_A = ("Центр національного спротиву повідомив, що окупанти на Запоріжжі складають "
          "списки чоловіків призовного віку та вручають їм повістки у селах.")
BEAT_B = ("Центр національного спротиву пише, що на окупованому Запоріжжі вербувальники "
          "ходять по підприємствах і пропонують контракти працівникам заводів.")


def _beat(n, body, extra=()):
    names = [("Центр національного спротиву", "National Resistance Center", "ORG"),
             ("Запоріжж", "Zaporizhzhia Oblast", "PLACE"), *extra]
    return _doc(n, body, "uk", names=names)


def test_a_body_and_its_region_alone_make_no_story(store):
    city = [("Запоріжж", "Zaporizhzhia", "PLACE")]  # a third name they share: the city
    assert _linked(store, _beat(1, BEAT_A, city), _beat(2, BEAT_B, city)) == set()


def test_a_person_shared_beside_them_does(store):
    person = [("Центр", "Andriy Kovalenko", "PERSON")]  # the same spokesman in both
    assert _linked(store, _beat(1, BEAT_A, person), _beat(2, BEAT_B, person)) == {frozenset("12")}
