"""Which outlet published a document: Telegram channels from the URL or a signature."""

import pytest

from recruitwatch.detect.outlet import channel_voice, infer_outlet, outlet_named_by_domain, telegram_channel
from recruitwatch.model import Removed


def test_a_known_channel_resolves_to_its_outlet():
    assert telegram_channel("https://t.me/mash/58580") == "Mash"
    assert telegram_channel("https://t.me/s/bbcrussian/72873") == "BBC Russian Service"


def test_an_unknown_channel_is_its_own_outlet():
    assert telegram_channel("https://t.me/moscowach/28169") == "@moscowach"


def test_invite_links_and_other_hosts_name_no_channel():
    assert telegram_channel("https://t.me/+mBgDVq0QTftmY2Ji") is None
    assert telegram_channel("https://example.org/mash/1") is None


def test_the_url_wins_over_a_signature_and_a_signature_serves_without_url():
    signature = [Removed("@ChiefUkrDIU", "furniture", 9)]
    assert infer_outlet(None, "https://t.me/shot_shot/1", signature) == "SHOT"
    assert infer_outlet(None, None, signature) == "Main Directorate of Intelligence (Ukraine)"
    assert infer_outlet(None, None, [Removed("@someone_new", "furniture", 3)]) == "@someone_new"


def test_a_name_that_spells_an_unknown_sites_domain_is_the_outlet():
    from recruitwatch.detect.outlet import outlet_named_by_domain

    names = [("Colombo Herald", "Colombo Herald"), ("Reuters", "Reuters")]
    assert outlet_named_by_domain("https://www.colomboherald.lk/news/1", names) == "Colombo Herald"
    assert outlet_named_by_domain("https://example.org/news/1", names) is None
    assert outlet_named_by_domain(None, names) is None
    # a short domain label could be anything: not guessed
    assert outlet_named_by_domain("https://cnn.lk/x", [("CNN", "CNN")]) is None


@pytest.mark.models
def test_the_site_named_in_its_own_report_is_no_relay():
    from recruitwatch.ingest.jsonl import line_record
    from recruitwatch.pipeline import process
    import json

    text = ("Families of the recruits gathered outside the ministry on Monday.\n\n"
            "“He was promised a job in a warehouse,” his sister, Nadia Perera, told Colombo Herald.\n\n"
            "She added, “We have heard nothing since March.”")
    rec = line_record("x", json.dumps({"url": "https://www.colomboherald.lk/news/77", "text": text}).encode())
    doc = process(rec)
    assert doc.outlet == "Colombo Herald"
    assert all("Colombo Herald" not in c.via for c in doc.claims)


def test_a_site_named_by_its_whole_domain_is_the_publisher():
    names = [("161.RU", "161.ru"), ("РБК", "RBC")]
    assert outlet_named_by_domain("https://161.ru/text/world/2022/09/15/1", names) == "161.ru"
    assert outlet_named_by_domain("https://www.161.ru/text/1", names) == "161.ru"
    assert outlet_named_by_domain("https://72.ru/text/1", names) is None


def test_a_persons_own_channel_speaks_in_that_persons_voice():
    assert channel_voice("https://t.me/RKadyrov_95/4567", []) == "Ramzan Kadyrov"
    assert channel_voice(None, [Removed("@ChiefUkrDIU", "furniture")]) == "Kyrylo Budanov"
    assert channel_voice("https://t.me/mash/58580", []) is None  # a newsroom's channel
    assert channel_voice(None, [Removed("Подписаться", "navigation")]) is None


def test_a_post_on_a_persons_channel_reports_in_that_persons_voice():
    from recruitwatch.extract.claims import attributions
    body = ("Армія ворога налічує близько 500 тисяч військових.\n"
            "Про це поговорили з журналістами The Wall Street Journal.")
    found = attributions(body, "uk", [], voice="Kyrylo Budanov")
    assert {a.claim.speaker for a in found} == {"Kyrylo Budanov"}
    assert {a.claim.speaker for a in attributions(body, "uk", [])} == {"anonymous: reports"}


def test_every_voice_is_a_name_the_alias_table_knows():
    from recruitwatch.extract.canon import canonical_name
    from recruitwatch.resources import load_toml
    for name in load_toml("outlets.toml")["voices"].values():
        assert canonical_name(name) == name


@pytest.mark.parametrize("url, names, own", [
    # a case ending after the site's label, a name whose first word is it, a label before "org"
    ("https://m.examplenavigator.news/story.html", [("Examplenavigatora", "Examplenavigatora")], "Examplenavigatora"),
    ("https://exampleriots.org.ua/politic/1.html", [("Exampleriots Ukrainy", "Exampleriots Ukrainy")],
     "Exampleriots Ukrainy"),
    # a longer ending is another word, not the site's name
    ("https://m.examplenavigator.news/story.html", [("Examplenavigatorship", "Examplenavigatorship")], None),
])
def test_a_site_names_itself_with_a_case_ending_or_by_its_first_word(url, names, own):
    assert outlet_named_by_domain(url, names) == own


def test_the_caucasian_knot_is_known_by_its_site_and_its_names():
    # (an independent site on the North Caucasus, study set nw)
    from recruitwatch.extract.canon import canonical_name

    assert infer_outlet(None, "https://m.kavkaz-uzel.eu/articles/383209", []) == "Caucasian Knot"
    assert canonical_name("Кавказский узел") == canonical_name("Kavkazsky Uzel") == "Caucasian Knot"
