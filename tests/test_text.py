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


def test_quote_closing_sentence_is_kept_with_it():
    assert sentences('"We will win," he said. "Sure."') == ['"We will win," he said.', '"Sure."']


def test_russian_abbreviations():
    assert len(sentences("Выплата составит 190 тыс. руб. в месяц. Это много.")) == 2


def test_normalize_unifies_quotes_dashes_and_spaces():
    assert normalize("«Да» — 3\u00a0000 “ok”") == '"Да" - 3 000 "ok"'
