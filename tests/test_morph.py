"""Dictionary morphology (pymorphy3's Russian and Ukrainian dictionaries): no models."""

import pytest

from recruitwatch.extract import morph


@pytest.mark.parametrize("word,lang,subject", [
    ("Повістку", "uk", False),  # accusative only
    ("мэра", "ru", False),
    ("Экс-мэра", "ru", False),  # unknown as a whole: its last part decides
    ("Окупанти", "uk", True),
    ("Песков", "ru", True),
    ("Ойдиновы", "ru", True),  # unknown to the dictionary: never ruled out
])
def test_can_be_subject(word, lang, subject):
    assert morph.can_be_subject(word, lang) is subject


def test_common_words_and_names():
    assert morph.common_word("Завербованные", "ru") and morph.common_word("Окупанти", "uk")
    assert not morph.common_word("Песков", "ru") and not morph.common_word("Ойдиновы", "ru")
    # a dictionary word behind a prefix is known; a name read as a prefix and a short
    # word ("Хул" + "кар") is not
    assert morph.common_word("Расследователи", "ru") and morph.common_word("Нацгвардейцы", "ru")
    assert not morph.common_word("Хулкар", "ru")


def test_finite_verbs_carry_their_number():
    assert morph.finite_verb("сказали", "uk") == morph.Verb("plur", None)
    assert morph.finite_verb("Розповідає", "uk").number == "sing"
    assert morph.finite_verb("рассказала", "ru") == morph.Verb("sing", "femn")
    assert morph.finite_verb("отвечая", "ru") is None and morph.gerund("отвечая", "ru")


@pytest.mark.parametrize("name,want", [
    ("Андрію Юсову", "Андрій Юсов"),  # a surname the dictionary lacks: by its ending
    ("Вадима Скібіцького", "Вадим Скібіцький"),
    ("Олени Ковальчук", "Олена Ковальчук"),  # an indeclinable surname stays
    ("Миколу Петренка", "Микола Петренко"),
    ("Вільям Руто", "Вільям Руто"),  # a surname in -о is its nominative, no name called to
    ("Вадима Скібіцького", "Вадим Скібіцький"),  # an adjective's genitive does end in -о
    ("Фаріда Рустамова", "Фаріда Рустамова"),  # a woman's name, not Фарід's genitive
    ("Фаріди Рустамової", "Фаріда Рустамова"),
])
def test_ukrainian_names_in_the_nominative(name, want):
    assert morph.person_nominative(name, "uk") == want


@pytest.mark.parametrize("name,want", [
    ("Александра Гайдая", "Александр Гайдай"),  # a man's surname in -ай
    ("Олегу Чубаю", "Олег Чубай"),
    ("Ирины Петровой", "Ирина Петрова"),
    ("Фарида Рустамова", "Фарида Рустамова"),
    ("Русланы Ивановой", "Руслана Иванова"),
])
def test_russian_names_in_the_nominative_by_their_case(name, want):
    assert morph.person_nominative(name, "ru") == want


def test_no_given_name_no_guess():
    assert morph.person_nominative("Буданова", "uk") is None
    assert morph.person_nominative("Андрій Юсов", "en") is None


@pytest.mark.parametrize("word,lang,alone,want", [
    ("пресс-службе", "ru", False, "пресс-служба"),
    ("студентов", "ru", False, "студенты"),
    ("полонених", "uk", True, "полонені"),      # a participle standing for its noun
    ("полонених", "uk", False, "полонених"),    # before a noun it agrees with, left as it is
    ("Песков", "ru", False, "Песков"),          # names are not descriptions
])
def test_descriptions_in_the_nominative(word, lang, alone, want):
    assert morph.nominative(word, lang, alone=alone) == want


@pytest.mark.parametrize("phrase,lang,want", [
    ("західних експертів", "uk", "західні експерти"),
    ("українську розвідку", "uk", "українська розвідка"),
    ("військового керівництва", "uk", "військове керівництво"),
    ("местных жителей", "ru", "местные жители"),
    ("российских СМИ", "ru", "российские СМИ"),  # the indeclinable noun as written
    ("пресс-службе университета", "ru", "пресс-служба университета"),  # the modifier kept
    ("местные жители", "ru", "местные жители"),  # already nominative
])
def test_a_descriptions_adjectives_agree_with_its_noun_in_the_nominative(phrase, lang, want):
    assert " ".join(morph.nominative_phrase(phrase.split(), lang)) == want


@pytest.mark.parametrize("name, hint, want", [
    # names the dictionary lacks: the variant table gives the given name and its gender,
    # the surname's ending does the rest
    ("Дилнозы Каримовой", None, "Дилноза Каримова"),
    ("Хулкар Рахимовой", None, "Хулкар Рахимова"),
    ("Амираном Сардаровым", None, "Амиран Сардаров"),
    ("Ильясу Якубову", None, "Ильяс Якубов"),
    ("Иван Петров", None, "Иван Петров"),  # a surname, not the plural of "Пётр"
    # a word the other lemmatiser changed is taken as it reads it
    ("Татьяну Корнилову", "Татьяна Корнилову", "Татьяна Корнилова"),
    # but not a woman's surname read as a man's genitive: it stands in the nominative
    ("Александра Гармажапова", "Александра Гармажапов", "Александра Гармажапова"),
])
def test_russian_names_in_the_nominative(name, hint, want):
    assert morph.person_nominative(name, "ru", hint) == want


def test_a_ukrainian_past_tense_is_singular_by_its_gender():
    assert morph.singular_verb("заявив", "uk") and morph.singular_verb("заявила", "ru")
    assert not morph.singular_verb("повідомили", "uk") and not morph.singular_verb("заявление", "ru")


def test_a_hyphenated_noun_declines_by_its_last_part():
    assert morph.nominative("телеграм-каналов", "ru") == "телеграм-каналы"
    assert morph.nominative_phrase(["украинских", "телеграм-каналов"], "ru") == ["украинские", "телеграм-каналы"]


def test_the_cases_a_word_may_be_in():
    assert "gent" in morph.cases("мигрантов", "ru") and "nomn" not in morph.cases("мигрантов", "ru")
    assert morph.cases("бегло", "en") == frozenset()
