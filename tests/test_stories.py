import pytest

from recruitwatch.link.stories import containment, link_stories, shingles, story_groups
from recruitwatch.model import Entity, Published
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
# same event, different words: not the same story
OTHER_REPORT = (
    "A fresh drive to enlist professional troops begins in April, according to regional outlets, "
    "with the defence ministry hoping to recruit 400,000 people. Quotas have been handed to "
    "governors. In Voronezh, men say they were called to draft offices, officially to check "
    "their records."
)


def add(store, n, body, date):
    store.add(make_document(str(n) * 32, body=body, published=Published(date, "text", None)),
              str(n).encode())


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
