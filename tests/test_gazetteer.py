"""The gazetteer as data: federal subjects, neighbours, cities, Russian case forms."""

import pytest

from recruitwatch.extract.canon import canonical_name, canonical_type, find_places
from recruitwatch.resources import load_json, load_toml


def test_all_federal_subjects_from_iso_3166_2():
    rows = load_json("gazetteer/ru_subjects.json")
    assert len(rows) == 83 and len({r["code"] for r in rows}) == 83
    assert all(r["name"] and r["code"].startswith("RU-") for r in rows)
    # every subject has a Russian name, so Russian reports find it
    assert all(r["ru"] for r in rows if r["code"] not in ("RU-CHE", "RU-KLU", "RU-NIZ", "RU-VOR")
               ) and all(r["ru"] for r in rows)


@pytest.mark.parametrize("name, canonical", [
    ("Voronezh Oblast", "Voronezh Oblast"), ("Voronezh region", "Voronezh Oblast"),
    ("Воронежская область", "Voronezh Oblast"), ("Воронежской области", "Voronezh Oblast"),
    ("Dagestan", "Dagestan"), ("Дагестане", "Dagestan"), ("Buryatia", "Buryatia"),
    ("Бурятии", "Buryatia"), ("Tyva", "Tuva"), ("Тыве", "Tuva"),
    ("Москве", "Moscow"), ("St. Petersburg", "Saint Petersburg"),
    ("Perm Territory", "Perm Krai"), ("Republic of Tatarstan", "Tatarstan"),
    ("Kupyansk", "Kupiansk"), ("Orikhiv", "Orikhiv"), ("Kiev", "Kyiv"), ("Львове", "Lviv"),
    ("the Crimean peninsula", "Crimea"), ("Kherson region", "Kherson Oblast"),
    ("Kyrgyzstan", "Kyrgyzstan"), ("Киргизии", "Kyrgyzstan"), ("Узбекистане", "Uzbekistan"),
    ("Estonia", "Estonia"), ("Russian Federation", "Russia"),
])
def test_places(name, canonical):
    assert canonical_name(name) == canonical
    assert canonical_type(name) == "PLACE"


@pytest.mark.parametrize("name, canonical", [
    ("Buryats", "Buryats"), ("буряты", "Buryats"), ("Kalmyks", "Kalmyks"),
    ("узбеки", "Uzbeks"), ("узбеков", "Uzbeks"), ("Tajik migrants", "Tajiks"),
    ("Central Asian migrants", "Central Asian migrants"),
])
def test_groups(name, canonical):
    assert canonical_name(name) == canonical
    assert canonical_type(name) == "GROUP"


def test_find_places_in_russian_case_forms():
    text = "Повестки получают жители в Воронежской области, в Дагестане и в Москве."
    found = [(text[s:e], name) for (s, e), name in find_places(text)]
    assert found == [("Воронежской области", "Voronezh Oblast"), ("Дагестане", "Dagestan"),
                     ("Москве", "Moscow")]


def test_find_places_in_english():
    text = "Residents of Russia's Voronezh Oblast, of Dagestan and of St. Petersburg."
    assert [name for _, name in find_places(text)] == [
        "Russia", "Voronezh Oblast", "Dagestan", "Saint Petersburg"]


def test_given_names_are_not_countries():
    assert canonical_type("Jordan") is None and canonical_type("Chad") is None


def test_alias_files_have_unique_canonical_names():
    for path, key in (("aliases/officials.toml", "person"), ("aliases/outlets.toml", "outlet"),
                      ("aliases/institutions.toml", "institution"), ("gazetteer/places.toml", "place")):
        names = [r["name"] for r in load_toml(path)[key]]
        assert len(names) == len(set(names)), path
