"""Language detection: lingua restricted to the languages in use."""


import pytest

from recruitwatch.detect.language import SAMPLE_CHARS, _detector, _sample, detect_language

# Short passages written for these tests, paraphrasing reporting on recruitment
# (The Moscow Times, RFE/RL, Meduza, Ukrainska Pravda).
EN = "Moscow will open a recruitment centre for foreign citizens at a migration office."
RU = "В Москве откроют пункт отбора на военную службу по контракту для иностранных граждан."
UK = "У Москві відкриють пункт відбору на військову службу за контрактом для іноземців."


@pytest.mark.parametrize("text,code", [(EN, "en"), (RU, "ru"), (UK, "uk")])
def test_detects_each_language(text, code):
    assert detect_language(text) == code


def test_ukrainian_letters_tell_it_from_russian():
    assert detect_language("Мобілізація триває") == "uk"
    assert detect_language("Мобилизация продолжается") == "ru"


@pytest.mark.parametrize("text", ["", "   \n", "12 345", "—", "a"])
def test_empty_or_letterless_text_is_undetermined(text):
    assert detect_language(text) == "und"


def test_answer_is_restricted_to_the_languages_given():
    # Russian text, but only English and Ukrainian allowed: never "ru"
    assert detect_language(RU, ("en", "uk")) in {"en", "uk"}


def test_single_language_is_always_that_language():
    assert detect_language(RU, ("en",)) == "en"
    assert detect_language("", ("en",)) == "und"


def test_codes_are_case_and_order_insensitive_and_share_one_detector():
    assert detect_language(UK, ["UK", "ru", "EN"]) == "uk"
    assert _detector(("en", "ru", "uk")) is _detector(("en", "ru", "uk"))
    before = _detector.cache_info().currsize
    detect_language(EN, ("uk", "en", "ru"))
    assert _detector.cache_info().currsize == before


def test_unknown_code_says_what_to_use():
    with pytest.raises(ValueError, match="ISO 639-1"):
        detect_language(EN, ("en", "xx"))


def test_no_language_codes_is_an_error():
    with pytest.raises(ValueError):
        detect_language(EN, ())


def test_sample_is_bounded_and_cut_between_words():
    long = "word " * 5000
    sample = _sample(long)
    assert len(sample) <= SAMPLE_CHARS
    assert sample.endswith("word")


@pytest.mark.timeout(30)
def test_long_text_is_detected_from_its_sample():
    assert detect_language(RU + " " + RU * 20000) == "ru"


def test_mixed_page_is_decided_by_its_opening():
    # an English article quoting a Russian phrase stays English
    text = EN + " Officials called it «специальная военная операция». " + EN * 3
    assert detect_language(text) == "en"


def test_a_language_outside_the_corpus_is_named_not_forced_into_english():
    text = "Die Bundesregierung hat am Dienstag beschlossen, die Patientenakte einzuführen."
    assert detect_language(text, ("en", "ru", "uk")) == "de"
    assert detect_language("O governo anunciou ontem novas medidas para a economia.") == "pt"


def test_clear_cases_are_told_without_lingua_and_agree_with_it(monkeypatch):
    import recruitwatch.detect.language as language

    english = ("The governor said on Monday that the region would pay recruits who sign a contract "
               "with the army, and that the payment has been raised for the third time this year.")
    russian = ("Губернатор заявил, что выплаты добровольцам вырастут: объём средств на эти цели "
               "увеличен вдвое, а сами выплаты будут производиться ещё быстрее, чем в прошлом году.")
    ukrainian = ("Губернатор заявив, що виплати добровольцям зростуть: обсяг коштів на ці цілі "
                 "збільшено вдвічі, а самі виплати здійснюватимуть ще швидше, ніж торік у їхньому регіоні.")
    german = "Der Gouverneur sagte am Montag, dass die Region Rekruten bezahlen werde, die einen Vertrag unterschreiben."
    clear = {text: language._clear_case(language._sample(text), language._codes(("en", "ru", "uk")))
             for text in (english, russian, ukrainian, german)}
    assert list(clear.values()) == ["en", "ru", "uk", None]
    # lingua alone reads the clear ones the same way
    monkeypatch.setattr(language, "_clear_case", lambda sample, codes: None)
    assert [language.detect_language(t) for t in (english, russian, ukrainian, german)] == ["en", "ru", "uk", "de"]
