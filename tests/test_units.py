"""Numbered military formations in Russian and Ukrainian and their English names.

Phrases written for these tests, in the way reports name the units recruits are sent to."""

from __future__ import annotations

import pytest

from recruitwatch.extract.claims import extract_claims
from recruitwatch.extract.units import is_formation, unit_mentions
from conftest import ents


@pytest.mark.parametrize("text,name", [
    ("служит в одном из подразделений 25-й армии", "25th Combined Arms Army"),
    ("в составе 1-й гвардейской танковой армии", "1st Guards Tank Army"),
    ("бойцы 155-й отдельной гвардейской бригады морской пехоты", "155th Separate Guards Naval Infantry Brigade"),
    ("командири 71-го гвардійського мотострілецького полку", "71st Guards Motor Rifle Regiment"),
    ("зі складу 42-ї дивізії", "42nd Division"),
    ("в 11-м корпусе", "11th Corps"),
])
def test_a_numbered_formation_gets_its_english_name(text, name):
    assert [n for _, _, n in unit_mentions(text)] == [name]


@pytest.mark.parametrize("text", [
    "Регион сформировал 12 полков.",  # a count, not an ordinal
    "Выплата 5 армии ветеранов.",
    "военнослужащий 3-го батальона",  # a bare battalion names no unit to look up
    "в 2-м квартале",
])
def test_no_formation_without_an_ordinal_and_a_formation_noun(text):
    assert unit_mentions(text) == []


def test_the_people_of_a_unit_are_a_description_not_the_unit():
    body = "Командири 71-го полку запевняють солдатів, що ті будуть у тилу."
    spans = unit_mentions(body)
    assert is_formation(spans[0][2])
    (a, b, name), = spans
    c, = extract_claims(body, "uk", ents(body, (body[a:b], name, "ORG")))
    assert c.speaker == "anonymous: командири 71-го полку"


def test_brigades_by_their_initials_each_ordinal_of_a_list_its_own():
    # (after war posts of Nov. 2024 naming Ukraine's brigades, study set na, paraphrased)
    text = "Больше всего потерь в 72-й, 42-й и 108-й ОМБр, в 117-й бригаде ТРО и у 37-й ОБрМП."
    found = [(text[a:b], n) for a, b, n in unit_mentions(text)]
    assert found == [("72-й", "72nd Mechanized Brigade"), ("42-й", "42nd Mechanized Brigade"),
                     ("108-й ОМБр", "108th Mechanized Brigade"),
                     ("117-й бригаде ТРО", "117th Territorial Defense Brigade"),
                     ("37-й ОБрМП", "37th Marine Brigade")]
    assert unit_mentions("в 12-м ОМОН и 5-й роте") == []  # initials no table knows


def test_russian_airmobile_brigades_and_separate_rifle_battalions_by_initials():
    # (SHOT posts of Oct. 2024, study set ni)
    found = [n for _, _, n in unit_mentions("Бойцы 77-й аэромобильной бригады и 23-го ОСБ отступили.")]
    assert found == ["77th Airmobile Brigade", "23rd Separate Rifle Battalion"]
