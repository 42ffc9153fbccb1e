from recruitwatch.text import normalize, sentence_spans


def sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


def test_splits_on_full_stops_and_paragraphs():
    text = "The letter is dated Oct. 3 and lists the envoy. It was obtained by IStories.\nNew line here"
    assert sentences(text) == ["The letter is dated Oct. 3 and lists the envoy.",
                               "It was obtained by IStories.", "New line here"]


def test_initials_and_abbreviations_do_not_split():
    assert len(sentences("The U.K. Defense Ministry said so. Mr. Smith agreed.")) == 2
    assert len(sentences("Vladimir V. Putin signed it.")) == 1
    # two initials written together ("В.В. Володин") are initials too
    assert len(sentences("Об этом заявил В.В. Володин на заседании.")) == 1
    assert len(sentences("Он уехал в США. Там остался.")) == 2


def test_quote_closing_sentence_is_kept_with_it():
    assert sentences('"We will win," he said. "Sure."') == ['"We will win," he said.', '"Sure."']


def test_russian_abbreviations():
    assert len(sentences("Выплата составит 190 тыс. руб. в месяц. Это много.")) == 2


def test_normalize_unifies_quotes_dashes_and_spaces():
    assert normalize("«Да» — 3\u00a0000 “ok”") == '"Да" - 3 000 "ok"'


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_a_sentence_broken_by_an_export_continues_on_the_next_line():
    # Telegram exports cut a sentence at each formatted run
    text = "Про це поговорили з\nжурналістами\n з газети The Wall Street Journal\n.\nДругий абзац."
    assert _sentences(text) == [
        "Про це поговорили з\nжурналістами\n з газети The Wall Street Journal\n.", "Другий абзац."]


def test_a_quote_and_its_speaker_on_separate_lines_are_one_sentence():
    text = "«Это насильственная мобилизация»\n, — сказал представитель разведки."
    assert len(_sentences(text)) == 1


def test_a_headline_and_a_capitalised_paragraph_stay_apart():
    assert _sentences("Заголовок новости\nПервый абзац.\nвторой абзац после точки.") == [
        "Заголовок новости", "Первый абзац.", "второй абзац после точки."]


def test_a_quotation_of_several_sentences_stays_one_sentence_with_its_speaker():
    text = "«Первая фраза. Вторая фраза», — сказал он. Следующее предложение."
    assert _sentences(text) == ["«Первая фраза. Вторая фраза», — сказал он.", "Следующее предложение."]
    # a stray quote mark that never closes does not swallow the paragraph
    assert len(_sentences('Он сказал "да. Потом ушёл. И всё.')) == 3


def test_a_sentence_ends_before_a_marker_glued_to_it():
    text = "Рапорт написан.▪️Он отметил, что его снимут. Третье предложение."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Рапорт написан.", "▪️Он отметил, что его снимут.", "Третье предложение."]


def test_a_unit_written_short_ends_its_sentence_before_a_capital():
    # written for this test, after reports of regional sign-up payments (2025)
    assert sentences("Выплата выросла до 3 млн руб. Поправки утвердили депутаты.") == [
        "Выплата выросла до 3 млн руб.", "Поправки утвердили депутаты."]
    assert len(sentences("Виплата зросла до 400 тис. Депутати схвалили зміни.")) == 2
    assert len(sentences("Выплата составит 190 тыс. руб. в месяц.")) == 1
