"""Text helpers shared by the extraction stages: sentence spans and normalisation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from recruitwatch.model import Span

# Abbreviations after which a full stop does not end a sentence (en and ru).
# a Russian or Ukrainian letter: text (or a name) written in Cyrillic
CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
# an apostrophe inside a Ukrainian word ("В'ячеслав", "Мар’яна"): a letter of the word
CYRILLIC_APOSTROPHE = re.compile(r"(?<=[а-яёіїєґ])['’ʼ](?=[а-яёіїєґ])", re.IGNORECASE)

_ABBREV = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "maj", "capt", "st", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "inc", "corp", "ltd", "co", "approx", "est", "u.s", "u.k", "e.g", "i.e",
    "г", "гг", "ул", "т", "тыс", "млн", "млрд", "руб", "им", "др", "пр", "см", "чел", "ст",
    "тис", "грн", "м",
}
# a sentence ends before a space, the end, or a marker glued to it ("… написан.▪️Он отметил":
# Telegram posts bullet their sentences with symbols and emoji)
MARKERS = "\u2190-\u21ff\u2500-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"  # arrows, symbols, emoji
_END = re.compile(rf"[.!?…]+[\"'”»’)\]]*(?=\s+|$|[{MARKERS}])")
_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def sentence_spans(text: str) -> list[Span]:
    """Split ``text`` into sentence spans. A newline ends a sentence, except where an export
    broke one across lines (see ``_continues``)."""
    return list(_sentence_spans(text))


@lru_cache(maxsize=16)
def _sentence_spans(text: str) -> tuple[Span, ...]:
    # every extraction stage splits the same body: split it once
    spans: list[Span] = []
    for para_start, para_end in _paragraphs(text):
        spans.extend(_split_paragraph(text, para_start, para_end))
    return tuple(spans)


def _paragraphs(text: str) -> list[Span]:
    out: list[Span] = []
    pos = 0
    for m in re.finditer(r"\n", text):
        _add_line(text, out, pos, m.start())
        pos = m.end()
    _add_line(text, out, pos, len(text))
    return out


def _add_line(text: str, out: list[Span], start: int, end: int) -> None:
    if not text[start:end].strip():
        return
    if out and _continues(text[out[-1][0]:out[-1][1]], text[start:end]):
        out[-1] = (out[-1][0], end)
    else:
        out.append((start, end))


# Telegram exports cut a sentence at every formatted run ("поговорили з\nжурналістами\n.",
# "«…»\n, ― сказав …"): a line that starts with a small letter or with a comma, full stop,
# semicolon or closing bracket goes on the line before, unless that line ended a sentence.
_CONT_START = re.compile(r"\s*(?:[,.;:)\]]|[^\W\d_])")
_LINE_END = re.compile(r"[.!?…][\"'”»’)\]*]*\s*$")


def _continues(prev: str, line: str) -> bool:
    m = _CONT_START.match(line)
    if not m:
        return False
    first = m.group(0).strip()
    if first.isalpha():
        return first.islower() and not _LINE_END.search(prev)
    return first in ",;:)]" or not _LINE_END.search(prev)


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    spans, cur = [], start
    for m in _END.finditer(text, start, end):
        if (_is_abbreviation(text, cur, m.start()) or _next_is_lower(text, m.end(), end)
                or _inside_quote(text, cur, m.end(), end)):
            continue
        spans.append(_strip(text, cur, m.end()))
        cur = m.end()
    if text[cur:end].strip():
        spans.append(_strip(text, cur, end))
    return spans


def statement_spans(text: str, start: int, end: int) -> list[Span]:
    """The sentences of ``text[start:end]`` read through quotation marks: the sentences of a
    quotation that ``sentence_spans`` keeps whole with its speaker."""
    spans, cur = [], start
    for m in _END.finditer(text, start, end):
        if _is_abbreviation(text, cur, m.start()) or _next_is_lower(text, m.end(), end):
            continue
        if not text[m.end():end].strip(" \t\n\"”»“„«—–-,"):
            break  # only the closing quote and its dash are left
        spans.append(_strip(text, cur, m.end()))
        cur = m.end()
    if text[cur:end].strip():
        spans.append(_strip(text, cur, end))
    return spans


def _inside_quote(text: str, start: int, pos: int, end: int) -> bool:
    """Whether ``pos`` lies inside a quotation that closes later in the paragraph: a quote
    of several sentences is one sentence with its speaker ("«…. …», — сказал …")."""
    before = text[start:pos]
    guillemets = before.count("«") - before.count("»")
    if guillemets > 0:
        return "»" in text[pos:end]
    straight = before.count('"') + before.count("“") + before.count("”")
    return straight % 2 == 1 and any(q in text[pos:end] for q in '"”')


_INITIALS = re.compile(r"(?:[^\W\d_]\.){0,2}[^\W\d_]")


def _is_abbreviation(text: str, sent_start: int, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[sent_start:dot])
    if not word:
        return False
    w = word.group(1).lower()
    if w in _UNIT_ABBREV and _CAPITAL_NEXT.match(text, dot + 1):
        return False  # "… составит 3 млн руб. Соответствующие поправки …": a figure ends it
    # initials ("Vladimir V. Putin", "В.В. Володин") and known abbreviations
    return w in _ABBREV or bool(_INITIALS.fullmatch(w))


# a unit or a scale written short ends the sentence of its figure when a capital follows
_UNIT_ABBREV = frozenset({"тыс", "млн", "млрд", "трлн", "руб", "чел", "тис", "грн"})
_CAPITAL_NEXT = re.compile(r"[ \t\u00a0]+[A-ZА-ЯЁІЇЄҐ]")


def _next_is_lower(text: str, pos: int, end: int) -> bool:
    m = re.compile(r"\s*(\S)").match(text, pos, end)
    return bool(m) and m.group(1).islower()


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


# Markdown as Telegram and scraper exports write it: "[указ](http://…)", "**bold**", "__italic__"
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\((?:https?://|tg://|mailto:)[^\s)]{1,1000}\)")
_MD_MARKS = re.compile(r"\*\*|__|~~")


def unmarkdown(text: str) -> str:
    """``text`` without Markdown link syntax and emphasis marks: the words a reader sees."""
    if "](" not in text and "**" not in text and "__" not in text and "~~" not in text:
        return text
    return _MD_MARKS.sub("", _MD_LINK.sub(r"\1", text))


def line_end(text: str, pos: int) -> int:
    """The offset of the end of the line ``pos`` lies on (its newline, or the text's end)."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def sentence_at(spans: list[Span], offset: int) -> Span | None:
    """The sentence span containing ``offset``."""
    for s in spans:
        if s[0] <= offset < s[1]:
            return s
    return None


def normalize(text: str) -> str:
    """NFC, unified quotes and dashes, collapsed spaces: for matching, never for spans."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_PUNCT)
    return _SPACE.sub(" ", text)


_PUNCT = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-",
})


# a scraper's date field left at the head of the text ("date 2025-09-29 Russian President
# …", "Дата публикации: 03.12.2025", "Опубліковано 15.01.2026", a month alone: "date
# 2022-07"): the page's own date (detect/dates.py), and no part of the headline or the
# sentence it is glued to (clean/text.py, extract/claims.py)
DATE_FIELD = re.compile(
    r"\s*(?:date|published|дата(?:\s+публикации|\s+публікації)?|опубликовано|опубліковано)"
    r"\s*:?\s+(?:(?P<y>\d{4})-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|(?P<d2>\d{2})\.(?P<m2>\d{2})\.(?P<y2>\d{4}))\b\s*",
    re.I)
