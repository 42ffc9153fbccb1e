"""The regex speed-ups must never change what matches."""

import re

import pytest

from recruitwatch.extract import claims, measures, quantities
from recruitwatch.fastre import compile_folded, first_chars, fold, fold_pattern, guarded


def test_fold_keeps_every_offset():
    text = "İSTANBUL and Москва: ПЕСКОВ denied"
    low = fold(text)
    assert len(low) == len(text)
    assert low.startswith("istanbul") and "песков" in low
    assert low[low.index("москва"):][:6] == "москва"


@pytest.mark.parametrize("source, expected", [
    (r"Russia\W+\S", r"russia\W+\S"),  # escapes keep their case: \W is not \w
    (r"(?P<Big>Kremlin)|(?P=Big)", r"(?P<Big>kremlin)|(?P=Big)"),  # group names too
    (r"[А-ЯЁ]+ ТЦК", r"[а-яё]+ тцк"),
])
def test_fold_pattern_lowers_literals_only(source, expected):
    assert fold_pattern(source) == expected


def test_a_case_sensitive_part_is_not_folded():
    assert fold_pattern(r"citizens of (?-i:[A-Z])\w+") is None
    rx = compile_folded(r"citizens of (?-i:[A-Z])\w+")
    assert not rx.folded
    assert rx.search("Citizens of Nepal") and not rx.search("citizens of many countries")


def test_folded_regex_matches_like_ignorecase():
    source = r"(?<!\w)(?:Defence Ministry|призыв\w*)(?!\w)"
    plain = re.compile(source, re.IGNORECASE)
    folded = compile_folded(source)
    text = "The DEFENCE ministry said the ПРИЗЫВНИКИ and the Defence Ministry's plan"
    assert folded.folded
    assert [m.span() for m in folded.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("source, chars", [
    (r"(?<!\w)(?:ab|c[d-f]?)\b", "[ac]"),
    (r"\b\d+\s+min|\+\d|\(\d{3}", r"[\d\+\(]"),
    (r"x?y", "[xy]"),
    (r"(?P<cur>\$|US\$)?\d", r"[\$U\d]"),
])
def test_first_chars_read_off_the_pattern(source, chars):
    assert first_chars(re.compile(source)) == chars


@pytest.mark.parametrize("source", [r"x*", r".a", r"[^a]b", r"(?:a|)b?", r"(a)?\1b"])
def test_first_chars_unknown_leaves_the_pattern_alone(source):
    rx = re.compile(source)
    assert first_chars(rx) is None
    assert guarded(rx) is rx


def test_case_insensitive_guard_admits_both_cases():
    rx = guarded(re.compile(r"(?<!\w)kremlin", re.IGNORECASE))
    assert rx.search("the KREMLIN said") and rx.search("The Kremlin")


def _lexicon_regexes():
    g = quantities._grammar("en")
    pack = measures._pack("recruitment", "en")
    return [*g.masks, g.number, pack.groups.regex, claims._lexicon("en").cues.regex,
            *[f.regex for f in pack.cues.values()]]


def test_guard_changes_no_match_of_the_lexicon_regexes():
    text = ("Russia's Defence Ministry plans to recruit 400,000 contract soldiers (1 min read), "
            "Nepalese and Cuban nationals among them; +7 (495) 123-45-67; citizens of India "
            "were offered 190,000 roubles a month, the REGIONAL governor said on 12.03.2024.")
    for rx in _lexicon_regexes():
        fast = guarded(rx)
        for t in (text, fold(text)):
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in rx.finditer(t)]


def test_a_body_folded_once_serves_every_sentence():
    body = "The KREMLIN denied it. Recruiters in Kazan offered CONTRACTS."
    low = fold(body)
    rx = compile_folded(r"(?<!\w)(?:kremlin|contracts?)(?!\w)")
    s, e = 23, len(body)  # the second sentence, with the body's folded slice
    assert [m.group() for m in rx.finditer(body[s:e], low=low[s:e])] == ["contracts"]
    assert [m.span() for m in rx.finditer(body[s:e], low=low[s:e])] == \
        [m.span() for m in rx.finditer(body[s:e])]
    cased = compile_folded(r"citizens of (?-i:[A-Z])\w+")  # not folded: ``low`` is not used
    assert [m.group() for m in cased.finditer("citizens of Nepal", low="citizens of nepal")] == \
        ["citizens of Nepal"]
