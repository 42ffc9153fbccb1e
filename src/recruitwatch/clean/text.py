"""Plain-text cleaning: keep the article's lines, record every other line with its kind.

A scraped page arrives as lines: the article, and around it donation appeals, widgets,
captions, bylines and the site's news feed. The cascade, in order (each step labels only
lines that no earlier step labelled; unlabelled lines are the article):

1. split into lines; blank lines are dropped and never recorded;
2. label each line by its own shape and the patterns of ``data/boilerplate/``: stubs,
   furniture, navigation, share widgets, appeals, teasers, captions and credits, bylines;
3. grow donation blocks: after a strong appeal, lines that still speak of "we", "our",
   "support", "journalism" belong to it;
4. grow byline blocks: a name-shaped line or an author paragraph next to a byline;
5. find the headline: the first unlabelled line, shaped like a headline, with text after it;
   then captions above credits, pull quotes, and lists of other stories (three or more
   headline-shaped lines in a row that the article does not set out itself);
6. find where the article ends: a section header ("News Feed", "Read more") or a byline
   block after the body; unlabelled lines after it are feed items, until paragraphs in a
   row on the story show the article going on after a box set inside it;
7. headline-shaped lines after the body with no article text after them are teasers, and
   so is a closing run of bulleted headlines;
8. trailing paragraphs whose content words share (almost) nothing with the article are
   feed items;
9. a sentence an export broke across lines at its links is kept whole, whatever its
   pieces looked like alone.

Kinds are documented in ``data/boilerplate/common.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from recruitwatch.model import Cleaned, Removed
from recruitwatch.resources import load_toml
from recruitwatch.text import DATE_FIELD, unmarkdown

__all__ = ["clean_text"]

LANGUAGES = ("en", "ru", "uk")
# Order matters: the first kind whose whole-line pattern matches wins.
LINE_KINDS = ("forwarded", "updated_stub", "furniture", "read_more", "navigation", "share", "donation",
              "byline")
SEARCH_KINDS = ("donation", "teaser", "byline", "share", "navigation", "furniture")
# Kinds whose neighbours may be names or author paragraphs.
BYLINE_CONTEXT = ("byline", "author_bio")
BYLINE_PASSES = 4

_SPACES = re.compile(r"[\s\u00a0\u2007\u2009\u200a\u202f\u2060\ufeff]+")
# Bullets before and punctuation after a widget's label. Possessive, so that a long run of
# them cannot make the whole-line patterns backtrack (a line of 2,000 dashes).
_LEAD = r"[\s•·|›»>\-–—*#«“\"]*+"
_TAIL = r"[\s.:!?»›→>…\-–—*”\"]*+"
# prose paragraphs an article must have before a section header ("Most Popular") ends it:
# a page's top has a widget header and a teaser paragraph above the article itself
MIN_BODY_BEFORE_END = 2
MAX_WIDGET_CHARS = 300  # whole-line patterns are labels and short credits, never longer
# Chinese and Japanese close sentences with full-width marks ("。", "！", "？") and set no
# spaces between words: the cleaner counts two of their characters as a word
_SENTENCE_END = re.compile(r"[.!?…。！？]['\"”»’)\]」』）]*$")
_INNER_SENTENCE = re.compile(r"[.!?…]['\"”»’)\]]*\s+['\"“«‘]?[A-ZА-ЯЁІЇЄҐ]|[。！？](?=.)")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CAP = "A-ZА-ЯЁІЇЄҐ"
_NAME_TOKEN = re.compile(rf"(?:[{_CAP}][\w'’.]*(?:-[{_CAP}]?[\w'’.]+)*|[{_CAP}]\.)")
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "el", "di", "da", "la",
                        "le", "du", "ibn", "ter"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*\d|\d")
_DATE_TOKEN = re.compile(r"[^\W\d_]+|\d+")
# a clock time or an all-digit date: "12:04", "14.03.2024", "2024-03-14"
_NUMERIC_DATE = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b")
_CAPITALISED = re.compile(r"(?<![\w'’])[A-ZА-ЯЁІЇЄҐ][^\W\d_]{2,}")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?…]['\"”»’)\]]*\s+)['\"“«‘(]?$")
STEM_CHARS = 5  # prefix length that conflates inflections (Russia/Russian, мобилизация/-ии, Кремль/Кремля)


@dataclass(slots=True)
class _Line:
    index: int  # position in the input's lines
    raw: str  # the line as given
    text: str  # spaces normalised, ends stripped
    low: str  # text lowercased: what the data patterns see


# Latin letters that look Cyrillic, as sites that mix the scripts type them inside Cyrillic
# words ("Підписуйтеcь", "Прямий ефiр"): the patterns are written in Cyrillic
_LOOKALIKES = str.maketrans("aceiopxyk", "асеіорхук")
_CYRILLIC_LOW = re.compile(r"[а-яёіїєґ]")
_LATIN_LOW = re.compile(r"[a-z]")
_WORD_CHARS = re.compile(r"\w+")


def _pattern_form(text: str) -> str:
    """A line as the data patterns see it: without Markdown marks, lowercased, and its
    mixed-script words in Cyrillic letters."""
    low = _unmarked(text).lower()
    if not (_CYRILLIC_LOW.search(low) and _LATIN_LOW.search(low)):
        return low  # one script only (most lines): nothing to mend
    return _WORD_CHARS.sub(_mixed_in_cyrillic, low)


def _mixed_in_cyrillic(m: re.Match) -> str:
    word = m.group()
    if _CYRILLIC_LOW.search(word) and _LATIN_LOW.search(word):
        return _cyrillic_word(m)
    return word


def _cyrillic_word(m: re.Match) -> str:
    """A word mostly in Cyrillic with Latin look-alikes in it, in Cyrillic; a mostly Latin
    one ("тelegram", a channel's own spelling the patterns know) stays as written."""
    word = m.group()
    latin = sum("a" <= ch <= "z" for ch in word)
    return word.translate(_LOOKALIKES) if latin * 2 < len(word) else word


@dataclass(frozen=True, slots=True)
class _Search:
    """Patterns that may match inside a line. Those anchored at its start run together with
    ``match``; the others one by one, since each can then jump to its literal prefix, where
    one alternation would try every branch at every position (twice as slow)."""

    start: re.Pattern
    anywhere: tuple[re.Pattern, ...]

    def search(self, text: str) -> bool:
        return bool(self.start.match(text)) or any(p.search(text) for p in self.anywhere)

    @classmethod
    def compile(cls, patterns: list[str]) -> _Search:
        anchored = [p[1:] for p in patterns if p.startswith("^")]
        return cls(_any(anchored), tuple(re.compile(p) for p in patterns if not p.startswith("^")))


@dataclass(frozen=True, slots=True)
class _Rules:
    line: re.Pattern  # every kind's whole-line patterns, one named group a kind, in LINE_KINDS order
    search: dict[str, _Search]
    end: re.Pattern
    cut: tuple[str, ...]
    avatar: re.Pattern
    bio: _Search
    byline_prefix: re.Pattern
    joiners: re.Pattern
    staff: re.Pattern
    credit_prefix: re.Pattern
    credit_short: re.Pattern
    source_line: re.Pattern  # "Джерело: Центр національного спротиву": whom a post relays
    caption_label: re.Pattern
    credit_inline: re.Pattern
    credit_trailing: re.Pattern  # "…у регіоні. Фото з відкритих джерел": a caption's closing credit
    credit_slash: re.Pattern
    credit_paren: re.Pattern
    credit_domain: re.Pattern
    credit_glued: re.Pattern  # "A recruiting poster in KazanGetty Images": an agency glued on
    credit_words: tuple[str, ...]  # a credit's label words and "©": a line with none holds no inline credit
    agency_chars: int  # the longest agency name, where a glued one can start from the end
    agencies: re.Pattern
    donation_weak: re.Pattern
    pronouns: re.Pattern
    date_words: frozenset[str]
    date_anchors: frozenset[str]  # date words that make a date with numbers: months, weekdays
    stopwords: frozenset[str]
    sites: re.Pattern
    tag_header: re.Pattern
    tag_words: int
    connective: re.Pattern


def clean_text(text: str, lang: str | None = None, channel: str | None = None) -> Cleaned:
    """The article lines of scraped plain ``text`` as body; every other line as Removed.

    ``lang`` (en, ru, uk) picks that language's boilerplate; None or another code uses
    all of them, since cleaning runs before language detection. ``channel``: the name or
    handle of the outlet the text comes from (a Telegram channel's, from its URL), whose
    signature at the end of a post is furniture.
    """
    rules = _rules(_languages(lang))
    # the line caches serve one document's passes; a corpus that repeats itself (a
    # benchmark's) must not be read faster for it
    _stems_of.cache_clear()
    _word_count.cache_clear()
    lines = _nonblank_lines(text)
    kinds = [_line_kind(ln, rules) for ln in lines]
    _mark_numbered_menu(lines, kinds)
    _grow_donation_blocks(lines, kinds, rules)
    _grow_tag_blocks(lines, kinds, rules)
    _keep_announced_links(lines, kinds)
    _mark_menus(lines, kinds)
    _grow_byline_blocks(lines, kinds, rules)
    _mark_dangling_labels(lines, kinds)
    _mark_widget_labels(lines, kinds)
    _mark_section_label(lines, kinds, rules)
    _mark_place_menus(lines, kinds)
    _mark_header_trails(lines, kinds)
    _mark_topics_above_dateline(lines, kinds, rules)
    _mark_stamped_feed(lines, kinds)
    title = _title_position(lines, kinds, rules)
    _mark_author_line(lines, kinds, rules)
    if title is None or kinds[title] is not None:
        # a byline above the headline ("• Петр Николаев") hid it, or was taken for it
        title = _title_position(lines, kinds, rules)
    _mark_doubled_captions(lines, kinds, rules, title)
    _grow_caption_blocks(lines, kinds, rules, title)
    _mark_named_captions(lines, kinds, rules, title)
    _mark_pull_quotes(lines, kinds, title)
    _mark_repeated_title(lines, kinds, title, rules)
    _mark_headline_lists(lines, kinds, rules, title)
    _mark_after_end(lines, kinds, rules, title)
    _mark_trailing_teasers(lines, kinds, rules, title)
    _mark_trailing_bullets(lines, kinds, title)
    _mark_trailing_shift(lines, kinds, rules, title)
    _mark_cut_widget(lines, kinds, rules)
    if channel:
        _mark_signature(lines, kinds, channel)
    _keep_split_sentences(lines, kinds)
    return _assemble(lines, kinds, title, rules)


_CUT_MIN = 4  # letters of a widget cut off at the excerpt's end, at least

_NUMBERED = re.compile(r"\s*(\d{1,2})[.)]\s+(\S.*)")
MENU_ITEM_WORDS = 6  # words of an item of a page's menu at most


def _mark_numbered_menu(lines: list[_Line], kinds: list[str | None]) -> None:
    """A page that opens with a list numbered from 1 by the scrape, of short items with no
    sentence end ("1. Общество", "2. Армия и мигранты"), opens with its
    menu or trail of sections: no article starts with a list before its first line."""
    n = 0
    while n < len(lines) and (m := _NUMBERED.fullmatch(lines[n].text)) and int(m.group(1)) == n + 1 \
            and len(m.group(2).split()) <= MENU_ITEM_WORDS and not _SENTENCE_END.search(m.group(2)):
        n += 1
    if n >= 2:
        for i in range(n):
            kinds[i] = kinds[i] or "navigation"


def _mark_cut_widget(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> None:
    """ "Читайте та" as the excerpt's last line: a widget the scrape cut off mid-word, told
    by the beginning of one of the widgets that end articles."""
    if not lines or kinds[-1] is not None:
        return
    low = lines[-1].low.rstrip()
    if len(low) >= _CUT_MIN and any(w.startswith(low) and w != low for w in rules.cut):
        kinds[-1] = "navigation"


_SIGNATURE_WORDS = 8  # a signature is a short line: the channel's name and its slogan


def _mark_signature(lines: list[_Line], kinds: list[str | None], channel: str) -> None:
    """ "ТОПОР — Горячие новости" at the end of a post from t.me/topor_news: the last lines
    of the body that name the channel itself, in any script, are its signature."""
    from recruitwatch.extract.canon import transliterate

    parts = [p for p in re.split(r"[\W\d_]+", transliterate(channel)) if len(p) >= 4]
    if not parts:
        return
    key = max(parts, key=len)
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        if kinds[i] is not None:
            continue
        text = lines[i].text
        if len(text.split()) > _SIGNATURE_WORDS or text.rstrip().endswith((".", "!", "?", ":")):
            return
        if key not in re.sub(r"[\W_]+", "", transliterate(text)):
            return
        kinds[i] = "furniture"


# --- 1. lines ---------------------------------------------------------------------------

def _nonblank_lines(text: str) -> list[_Line]:
    out = []
    for index, raw in enumerate(text.splitlines()):
        norm = _SPACES.sub(" ", raw).strip()
        if not out:
            # the scraper's date field glued to the first line ("date 2026-02-27 Реклама …")
            # is read by the date stage; the rules read what follows it
            norm = _after_date_field(norm).strip() or norm
        if norm:
            out.append(_Line(index, raw, norm, _pattern_form(norm)))
    return out


# Telegram and Markdown exports wrap widgets in markup: "❗ [Подписывайся на Mash](https://t.me/+…)",
# "__Читать нас без VPN можно здесь: __bit.ly/…". The patterns see the words only.
_MD_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|tg://)[^\s)]{1,500}\)")
_HASHTAGS = re.compile(r"#[^\s#]{2,60}(?:\s+#[^\s#]{2,60}){0,15}")
_MD_MARKS = re.compile(r"\*\*|__|~~")
# a line that is only a link to a Telegram channel or an invite to one, not to a post
# ("[👉 Кипяток Live. Подписаться](https://t.me/+Ab…)", "[Mash](https://t.me/mash)"): a channel's
# signature or an advert for another channel
_CHANNEL_LINK = re.compile(
    r"\W*\[[^\[\]\n]{1,80}\]\(https?://t\.me/(?:\+|joinchat/)?[\w-]+/?(?:\?[^\s)]*)?\)\W*")


def _unmarked(line: str) -> str:
    # (each pattern only where its mark is: most lines carry no Markdown)
    if "](" in line:
        line = _MD_LINK.sub(r"\1", line)
    if "**" in line or "__" in line or "~~" in line:
        line = _MD_MARKS.sub("", line)
    start, end = 0, len(line)
    while start < end and _is_symbol(line[start]):
        start += 1
    while end > start and _is_symbol(line[end - 1]):
        end -= 1
    return _SPACES.sub(" ", line[start:end]).strip() or line


def _is_symbol(ch: str) -> bool:
    # emoji and pictographs (category So), their variation selectors and joiners, spaces;
    # not the copyright sign, which the patterns of copyright lines look for
    return ch.isspace() or (unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") and ch not in "©®")


# --- 2. one line on its own --------------------------------------------------------------

# a line that is a picture as markup: "<image>…", "<img src=…>", "![alt](…)", a data URI
_IMAGE = re.compile(r"\s*(?:<image>|<img\b|!\[[^\]]*\]\(|data:image/)")


# a picture's file name, kept with its alt text when the scraper lost the markup around it
# (a word of its own: a link to a picture is a link)
_IMAGE_EXTENSIONS = r"\.(?:jpe?g|png|webp|gif|avif)"
_IMAGE_FILE = re.compile(rf"(?<!\S)[\w-]+{_IMAGE_EXTENSIONS}(?!\S)")
_IMAGE_FILE_WORDS = 12
_IMAGE_EXTENSION = re.compile(_IMAGE_EXTENSIONS)  # a quick look before the word-by-word one


def _line_kind(ln: _Line, rules: _Rules) -> str | None:
    """The kind of junk a line is by itself, or None when it may be article text."""
    low = ln.low
    if _is_dateline(low, rules) or DATE_FIELD.fullmatch(ln.text):
        return "dateline"  # the date stage reads removed datelines too
    if not any(ch.isalnum() for ch in low) or rules.avatar.fullmatch(low) or _HASHTAGS.fullmatch(low):
        return "furniture"  # separators left by menus; the author's picture; "#бит_фронт"
    if _is_tag_line(low):
        return "navigation"  # "#Новости #В регионах": a site's tags, some of two words
    if _CHANNEL_LINK.fullmatch(ln.raw):
        return "navigation"
    if _IMAGE.match(ln.raw):
        return "caption"  # a picture the scraper kept as markup; its alt text is a caption
    if (_IMAGE_EXTENSION.search(low) and _IMAGE_FILE.search(low) and len(low.split()) <= _IMAGE_FILE_WORDS
            and not _SENTENCE_END.search(low)):
        return "caption"  # "51230987 204.jpg DW дрони": a picture's file name and alt text
    if _CODE_IDS.fullmatch(low):
        return "furniture"  # "adv_01 above_important": a page's ad slots by their ids
    if _is_figures(low):
        # a counter, a price, a phone, or a figure set apart with no word: nothing says what
        # it counts, so the quantity stage would read a bare number (it stays in removed)
        return "furniture"
    if rules.source_line.match(low):
        # a source named under a post, however it is written ("Источник: Telegram-канал
        # \"БО | Новости\"" is no menu): a credit only as the credit rules read it
        return _credit_kind(ln.text, rules)
    if len(low) <= MAX_WIDGET_CHARS:
        m = rules.line.fullmatch(low)
        if m:
            return m.lastgroup
    for kind in SEARCH_KINDS:
        if rules.search[kind].search(low):
            return kind
    return (_credit_kind(ln.text, rules) or _byline_kind(ln.text, rules)
            or _pieces_of_furniture(ln, rules))


_TAG_WORDS = 4  # words in one tag at most ("#Специальная военная операция")


def _is_tag_line(low: str) -> bool:
    """A line of at least two "#" tags, a tag's words run together or spaced, nothing else."""
    if not low.startswith("#") or low.count("#") < 2 or _SENTENCE_END.search(low):
        return False
    tags = [t.strip() for t in low.split("#")[1:]]
    return all(t and len(t.split()) <= _TAG_WORDS and not any(ch in t for ch in ",;:!?") for t in tags)


def _pieces_of_furniture(ln: _Line, rules: _Rules) -> str | None:
    """A line of widgets set side by side with bars or slashes ("2 минуты чтения 11:12 |
    Обновлено: 11:18", "19-11-2022, 09:56 / Автор: Інна Волєва"): furniture when every
    piece is junk by itself, a dateline when one of them is (the date stage reads it)."""
    framed = ln.text.strip(" /|")  # "/ Джерело: Медиазона /": a widget framed by bars
    pieces = [p.strip() for p in _PIECE_BREAK.split(framed)]
    if (len(pieces) < 2 and framed == ln.text) or not all(pieces):
        return None
    kinds = [_piece_kind(ln.index, p, rules) for p in pieces]
    if not all(kinds):
        return None
    dated = any(k == "dateline" and _YEAR.search(p) for k, p in zip(kinds, pieces))
    return "dateline" if dated else "furniture"


def _piece_kind(index: int, piece: str, rules: _Rules) -> str | None:
    kind = _line_kind(_Line(index, piece, piece, _pattern_form(piece)), rules)
    bare = _CLOCK.sub(" ", piece).strip()
    if kind is None and bare and bare != piece:
        # a clock time beside a widget is the widget's ("2 минуты чтения 11:12")
        kind = _line_kind(_Line(index, bare, bare, _pattern_form(bare)), rules)
    return kind


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# (and a reading time glued to the date after it: "3 хв на прочитання12 Червня 2023, 10:20")
_PIECE_BREAK = re.compile(r"\s+[|/]\s+|\s*\|\s*|(?:(?<=читання)|(?<=чтения)|(?<=прочтение)|(?<=min read))(?=\d)", re.IGNORECASE)


_CLOCK = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")


_DATE_LABEL = re.compile(r"^(?:дата(?: публикации| публікації)?|опубликовано|опубліковано|обновлено|оновлено|published|date|posted"
                         r"|created|updated|last updated|modified)\s*:\s*(?=\d)")
MAX_LABELLED_DATELINE = 200  # a label, a date and a category of at most 60 characters fit
_CATEGORY_AFTER = re.compile(r"\s+(?:категория|категорія|рубрика|category|section)\s*:.{0,60}$")


# the site's domain closing a date stamp ("опубликовано в 09:05 example.ru")
_SITE_AFTER = re.compile(r"\s+(?:[\w-]+\.)+[a-z]{2,6}\s*$")
# an agency's name after a dash, as it opens its reports: "Оренбург, 22 сентября - АиФ-Оренбург."
_AGENCY_AFTER = re.compile(r"\s+[—–-]\s+[^\s.]{2,30}(?:\s[^\s.]{2,20})?\.?\s*$")

# a time of day and one word after it, the line's end ("… в 16:07 общество")
_TIME_THEN_WORD = re.compile(r"\b\d{1,2}:\d{2}\s+[^\W\d_]{3,20}\s*$")
_YEAR_THEN_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d\s+[^\W\d_]+$")


_LABEL_BEFORE_TIME = re.compile(r"^[^\W\d_][^\d:|/]{1,30}?\s+(?=\d{1,2}:\d{2}\s*[-–—,]\s*\d)")


def _is_dateline(text: str, rules: _Rules) -> bool:
    """A lowercased line that is only a date and time ("2:37 pm, march 14, 2023"), not a
    figure, a price or a phone number alone on its line ("300 000", "$139.00", "60 minutes").
    A label before it and a category after it are the page's ("дата: 3 июня 2024 в 10:15
    категория: общество")."""
    if ":" in text and len(text) <= MAX_LABELLED_DATELINE:
        text = _DATE_LABEL.sub("", _CATEGORY_AFTER.sub("", text))
    if len(text) > 60:
        return False
    text = _AGENCY_AFTER.sub("", _SITE_AFTER.sub("", text))
    if not text:
        return False
    # "Новини регіонів 09:15 - 3 березня 2024": a section's label of a few words, then the
    # time and the date (study set nu)
    text = _LABEL_BEFORE_TIME.sub("", text)
    tokens = _DATE_TOKEN.findall(text)
    if (len(tokens) > 2 and len(text) <= 40 and not tokens[0].isdigit() and tokens[0] not in rules.date_words
            and (tokens[1] in rules.date_anchors or text.startswith(tokens[0] + ",")
                 or (text.startswith(tokens[0] + tokens[1]) and tokens[2] in rules.date_anchors))):
        # "Астрахань Четверг, 02 мая", "Общество, 28.12.2022 19:55", "Новости11 апреля, 2023":
        # a section label first (set apart by a comma or glued on; "Выплата 15 марта" is text)
        tokens = tokens[1:]
    elif (len(tokens) > 3 and not tokens[-1].isdigit() and tokens[-1] not in rules.date_words
          and (_TIME_THEN_WORD.search(text) or _YEAR_THEN_WORD.search(text))):
        # "14 марта в 09:41 Общество", "27 сентября 2022 Общество": a section label after
        # the time or the year
        tokens = tokens[:-1]
    return (any(t.isdigit() for t in tokens)
            and all(t.isdigit() or t in rules.date_words for t in tokens)
            and (any(t in rules.date_anchors for t in tokens) or bool(_NUMERIC_DATE.search(text))))


def _credit_kind(text: str, rules: _Rules) -> str | None:
    """"credit" for a photo credit alone, "caption" for a caption that ends with one."""
    if rules.caption_label.match(text):
        return "caption"
    if rules.credit_short.match(text):
        return "credit"
    if rules.agencies.fullmatch(text.strip(" .")):
        return "credit"  # "Getty Images" under a photo
    m = rules.credit_prefix.match(text)
    if m:
        return "credit" if _is_credit(text[m.end() - 1:], rules) else "caption"
    if _photographer_and_outlet(text, rules):
        return "credit"
    # (each pattern only where its mark is: a credit's word, a slash or bar, a closing
    # bracket; an agency glued on only at the line's end)
    low = text.lower()
    labelled = any(w in low for w in rules.credit_words)
    slash = "/" in text or "|" in text
    tail = max(0, len(text) - rules.agency_chars - 1)
    for pattern, pos in ((rules.credit_inline if labelled else None, 0),
                         (rules.credit_trailing if labelled else None, 0),
                         (rules.credit_slash if slash else None, 0),
                         (rules.credit_paren if text.rstrip().endswith(")") else None, 0),
                         (rules.credit_domain, 0), (rules.credit_glued, tail)):
        m = pattern.search(text, pos) if pattern is not None else None
        if m:
            head = text[:m.start()].strip(" .,;:-–—")
            return "caption" if head else "credit"
    return None


_NAME_SLASH = re.compile(r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,2})\s*/\s*(?P<outlet>[^/|]{2,30})")


def _photographer_and_outlet(text: str, rules: _Rules) -> bool:
    """ "Иван Петров / Коммерсантъ": a photographer's name and the outlet a
    picture is from, alone on a line."""
    from recruitwatch.extract.canon import canonical_name, is_outlet

    m = _NAME_SLASH.fullmatch(text.strip(" ."))
    if m is None or not _is_name_list(m.group("name"), rules):
        return False
    outlet = m.group("outlet").strip(" «»\"")
    return is_outlet(canonical_name(outlet) or outlet)


def _is_credit(text: str, rules: _Rules) -> bool:
    """What follows "Photo:" names a source ("Getty Images", "Sergei Bobylev / TASS")
    rather than describing the picture ("conscripts at an assembly point")."""
    text = text.strip(" .")
    return (len(_WORD.findall(text)) <= 4 or "/" in text or bool(rules.agencies.fullmatch(text))
            or _is_name_list(text, rules))  # names are told by their capitals


# "Олена Петренко — Вівторок, 5 березня 2024, 10:40": an author's name, a dash, the date
_NAME_THEN_DATE = re.compile(r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,2})\s+[—–|]\s+(?P<date>.+)")


def _byline_kind(text: str, rules: _Rules) -> str | None:
    named = _NAME_THEN_DATE.fullmatch(text)
    if (named and _is_name_list(named.group("name"), rules)
            and _is_dateline(named.group("date").strip(" ,").lower(), rules)):
        return "byline"
    m = rules.byline_prefix.match(text)
    if m and _is_name_list(m.group("rest"), rules):
        return "byline"
    if m and ":" in text[:m.start("rest")] and _is_dateline(m.group("rest").strip(" ,").lower(), rules):
        return "byline"  # "Текст:  , 3 березня 2023, 09:15": the name a link held, lost in the scrape
    return None


def _is_name_list(text: str, rules: _Rules) -> bool:
    """"Ivan Petrov", "Anna Smith and John Doe", "Ivan Petrov, Reuters"."""
    text = text.split("|")[0].strip(" .")
    parts = [p.strip() for p in rules.joiners.split(text) if p.strip()]
    if not parts or len(parts) > 6 or len(text) > 160:
        return False
    first = parts[0].title() if parts[0].isupper() else parts[0]  # "By JOHN SMITH"
    return (_is_name(first, rules) or bool(rules.staff.fullmatch(first.lower()))
            or bool(rules.agencies.fullmatch(first)))  # "By Reuters"


def _is_name(text: str, rules: _Rules) -> bool:
    """Two to four capitalised words that are not function words: a person's name."""
    tokens = text.split()
    if not 2 <= len(tokens) <= 4 or len(text) > 60:
        return False
    for tok in tokens:
        low = tok.lower()
        if low in _PARTICLES:
            continue
        if (not _NAME_TOKEN.fullmatch(tok) or low in rules.stopwords or low in rules.date_words
                or (len(tok) > 2 and tok.isupper())):
            return False
    return True


# --- 3. and 4. blocks --------------------------------------------------------------------

def _grow_donation_blocks(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> None:
    """Appeals run over several paragraphs; only the first few carry strong cues."""
    in_block = False
    for i, ln in enumerate(lines):
        if kinds[i] == "donation":
            in_block = True
        elif kinds[i] is None and in_block and (
                rules.donation_weak.search(ln.low) or rules.pronouns.search(ln.low)):
            kinds[i] = "donation"
        else:
            in_block = False
    # the appeal's text above its button ("… збереже тільки Ваша підтримка" over
    # "Підтримати"): both a cue word and the outlet speaking to its readers
    for i in range(len(lines) - 2, -1, -1):
        if (kinds[i] is None and kinds[i + 1] == "donation"
                and rules.donation_weak.search(lines[i].low) and rules.pronouns.search(lines[i].low)):
            kinds[i] = "donation"


def _grow_tag_blocks(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> None:
    """Under a tag-list header ("Suggested Topics:", "Теги") come tags, one a line: short
    lines that do not read as sentences, up to the first line that does."""
    in_block = False
    for i, ln in enumerate(lines):
        if kinds[i] == "navigation" and rules.tag_header.fullmatch(ln.low):
            in_block = True
        elif (in_block and kinds[i] is None and len(_WORD.findall(ln.text)) <= rules.tag_words
              and not _SENTENCE_END.search(ln.text) and not _signs_byline(lines, kinds, i, rules)):
            kinds[i] = "navigation"
        else:
            in_block = False


def _signs_byline(lines: list[_Line], kinds: list[str | None], i: int, rules: _Rules) -> bool:
    """A name over a byline line ("Alexander Ivanov" / "Staff correspondent") ends a tag list."""
    return (i + 1 < len(lines) and kinds[i + 1] in BYLINE_CONTEXT
            and _is_name(lines[i].text.strip(" ."), rules))


def _grow_byline_blocks(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> None:
    """Names and author paragraphs are only recognisable next to another byline line.
    A block is a few lines long, so a few passes reach all of it."""
    for _ in range(BYLINE_PASSES):
        changed = False
        for i, ln in enumerate(lines):
            if kinds[i] is None and _near_byline(lines, kinds, i, rules):
                kinds[i] = _byline_neighbour_kind(ln, rules)
                changed = changed or kinds[i] is not None
        if not changed:
            return


def _near_byline(lines: list[_Line], kinds: list[str | None], i: int, rules: _Rules) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and (kinds[j] in BYLINE_CONTEXT
                                    or rules.avatar.fullmatch(lines[j].low)):
            return True
    return False


def _byline_neighbour_kind(ln: _Line, rules: _Rules) -> str | None:
    if _is_name(ln.text.strip(" ."), rules):
        return "byline"
    if rules.bio.search(ln.low):
        return "author_bio"
    return None


# --- 5. headline -------------------------------------------------------------------------

def _title_position(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> int | None:
    """The first unlabelled line when it is shaped like a headline and text follows it."""
    free = [i for i, k in enumerate(kinds) if k is None]
    if len(free) >= 2 and _is_headline(_after_date_field(lines[free[0]].text), rules):
        return free[0]
    return None


# "HomeEurope News…" glued, or "Головна Світ Політика" spaced: the home page's trail
_HOME_WORDS = ("Home", "Главная", "Головна")
_BREADCRUMB_HOME = re.compile(rf"(?:{'|'.join(_HOME_WORDS)})(?:(?=[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ])"
                              r"|(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’-]*){1,4}$)")


def _mark_section_label(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> None:
    """The page's first line when it is one word above a headline ("Society", "Политика"),
    or a breadcrumb trail whose separators the scrape lost ("HomeEurope NewsWhy Are …"):
    the site's navigation, not the article's first line. Further down, one such word right
    above a date is an item's rubric in a list of other stories."""
    free = [i for i, k in enumerate(kinds) if k is None]
    if len(free) < 3:
        return
    first = lines[free[0]].text
    below = kinds[free[0] + 1] if free[0] + 1 < len(kinds) else None
    if (_BREADCRUMB_HOME.match(first) or _BREADCRUMB.fullmatch(first) or _trail_to(first, lines[free[1]].text)
            or _glued_menu(first)):
        kinds[free[0]] = "navigation"
    elif (_SECTION_WORD.fullmatch(first) and first[0].isupper()
          and (_is_headline(lines[free[1]].text, rules) or _titled(lines[free[1]].text)
               or below in ("dateline", "byline"))):
        # above the headline, or above the page's date or byline ("Статья / 05/05/2023")
        kinds[free[0]] = "navigation"
    for i in free[1:]:
        nxt = kinds[i + 1] if i + 1 < len(kinds) else None
        if nxt == "dateline" and _SECTION_WORD.fullmatch(lines[i].text) and lines[i].text[0].isupper():
            # "Херсон / 08.02.2026 / 12:10" in a list of other stories: the item's rubric
            kinds[i] = "navigation"


TRAIL_TITLE_WORDS = 4  # words at least of the headline a trail ends in


def _trail_to(first: str, below: str) -> bool:
    """ "Головна Війна з Росією <the headline>" over the headline: a trail of sections from
    the home page, its separators lost, that ends in the title of the page below it."""
    below = below.strip()
    return (first.split(maxsplit=1)[0] in _HOME_WORDS and len(below.split()) >= TRAIL_TITLE_WORDS
            and first.rstrip().endswith(below) and len(first.rstrip()) > len(below))


GLUED_MENU_JOINS = 3  # words run together, at least, in a menu the scrape flattened
_GLUED_JOIN = re.compile(r"[a-zа-яёіїєґ][A-ZА-ЯЁІЇЄҐ]")


def _glued_menu(text: str) -> bool:
    """ "NewsMoneySport VideoTravel MailShopping": a site's menu whose
    items the scrape ran together, with no sentence's punctuation."""
    return len(_GLUED_JOIN.findall(text)) >= GLUED_MENU_JOINS and not re.search(r"[.,;:!?]", text) \
        and len(text.split()) <= MENU_ITEM_WORDS * 2
_SECTION_WORD = re.compile(r"[^\W\d_][\w-]{2,24}")
TITLE_WORDS = 30


def _titled(text: str) -> bool:
    """A headline of two sentences or with a label glued on ("Загін Шторм. Як РФ вбиває
    … в УкраїніСюжет"): short, and not ending as prose does."""
    return _word_count(text) <= TITLE_WORDS and not _ends_like_prose(text)  # (nor on "," ";" ":")


# "Сюжеты · Политика", "News › World › Europe": sections of a site set off by a dot or an
# arrow (a slash or a bar is read as widgets side by side, _pieces_of_furniture)
_BREADCRUMB = re.compile(r"[^\W\d_][\w-]*(?: [\w-]+)?(?:\s*[·›»>]\s*[^\W\d_][\w-]*(?: [\w-]+)?){1,4}")


PLACE_MENU_WORDS = 4  # places in a row that make a menu of a regional site's towns
PLACE_MENU_LINES = 6  # lines at the top of the page where such a menu stands
PLACE_MENU_SHARE = 0.6  # of the line's characters the places cover (a section among them)
_MENU_PUNCTUATION = re.compile(r"[.,:;!?«»\"()]")


def _mark_place_menus(lines: list[_Line], kinds: list[str | None]) -> None:
    """A line of four or more places and nothing else near the top of the page ("Донецьк
    Луганськ Маріуполь Слов'янськ Краматорськ …") is a regional site's menu of towns."""
    from recruitwatch.extract.canon import scan

    for i in [i for i, k in enumerate(kinds) if k is None][:PLACE_MENU_LINES]:
        text = lines[i].text
        if len(text.split()) < PLACE_MENU_WORDS or _MENU_PUNCTUATION.search(text):
            continue
        places = [m.span for m in scan(text) if m.alias.kind == "place"]
        if len(places) >= PLACE_MENU_WORDS and sum(b - a for a, b in places) >= PLACE_MENU_SHARE * len(text):
            kinds[i] = "navigation"


def _mark_header_trails(lines: list[_Line], kinds: list[str | None]) -> None:
    """Above the article's first paragraph: a trail of sections set apart by slashes
    ("Обзор прессы / Зарубежные СМИ"), and a line that is one place's name and nothing
    else between widgets the rules removed ("Общество / Челябинская область / 0"), a
    regional site's rubric. Both are the site's navigation."""
    from recruitwatch.extract.canon import scan

    for i, (ln, kind) in enumerate(zip(lines, kinds)):
        if kind is None and _is_prose(ln.text):
            return
        if kind is not None:
            continue
        if _SLASHED_TRAIL.fullmatch(ln.text):
            kinds[i] = "navigation"
            continue
        near = [kinds[j] for j in (i - 1, i + 1) if 0 <= j < len(kinds)]
        if len(near) == 2 and all(k in ("navigation", "furniture") for k in near):
            places = [m.span for m in scan(ln.text) if m.alias.kind == "place"]
            if places == [(0, len(ln.text))]:
                kinds[i] = "navigation"


# two to four pieces of one to three words, each with a capital, set apart by slashes
_SLASHED_TRAIL = re.compile(r"[A-ZА-ЯЁІЇЄҐ][^\W\d_]*(?: [^\W\d_]+){0,2}"
                            r"(?: / [A-ZА-ЯЁІЇЄҐ][^\W\d_]*(?: [^\W\d_]+){0,2}){1,3}")


TOPIC_WORDS = 12  # words in a topic of a site's bar at most
TOPIC_BAR_LINES = 12  # lines at the top of the page where the date under such a bar stands


def _mark_topics_above_dateline(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> None:
    """Two or more headline-shaped lines at the top of the page, above the page's date, when
    a headline stands under the date and prose under it: the site's bar of topics ("Новый
    год-2027 / Переговоры о перемирии / 3 марта 2025 / <headline> / <text>"), not
    the article. A headline above its date, with prose under the date, stays."""
    date = next((i for i, k in enumerate(kinds[:TOPIC_BAR_LINES]) if k == "dateline"), None)
    if date is None:
        return
    above = [i for i in range(date) if kinds[i] is None]
    below = [i for i in range(date + 1, len(lines)) if kinds[i] is None][:2]
    if (len(above) < 2 or len(below) < 2 or not _is_headline(lines[below[0]].text, rules)
            or not _is_prose(lines[below[1]].text)
            or any(lines[i].low == lines[below[0]].low for i in above)
            or _person_named(lines[above[-1]].text, rules)):
        # (the headline above the date, repeated under it, is no topic; nor is a headline
        # over its author's name and the date)
        return
    if all(_is_headline(lines[i].text, rules) and _word_count(lines[i].text) <= TOPIC_WORDS
           for i in above):
        for i in above:
            kinds[i] = "navigation"


def _person_named(text: str, rules: _Rules) -> bool:
    """Whether the line is a person's name alone that opens with a given name ("Марія
    Музиченко"): an author's, under a headline."""
    from recruitwatch.extract.canon import given_key

    words = text.split()
    return len(words) in (2, 3) and _is_name(text, rules) and bool(given_key(words[0]))


DANGLING_LABEL_WORDS = 6


def _mark_stamped_feed(lines: list[_Line], kinds: list[str | None]) -> None:
    """A news feed's items, each a line set between the time stamps of its neighbours with
    no blank line between ("10:58 27 лютого" / headline / "08:37 27 лютого"): two such
    lines at least, or a page's own headline set off by blank lines would be one."""
    items = [k for k in range(1, len(lines) - 1)
             if kinds[k] is None and kinds[k - 1] == kinds[k + 1] == "dateline"
             and lines[k - 1].index + 1 == lines[k].index == lines[k + 1].index - 1]
    if len(items) >= 2:
        for k in items:
            kinds[k] = "feed_item"


def _mark_dangling_labels(lines: list[_Line], kinds: list[str | None]) -> None:
    """Short lines above the headline that end on a comma ("Военная операция на Украине ,"):
    a topic or tag list the scraper cut, navigation, and no headline."""
    for i in [i for i, k in enumerate(kinds) if k is None]:
        line = lines[i]
        if not line.text.endswith((",", ";")) or len(_WORD.findall(line.text)) > DANGLING_LABEL_WORDS:
            break
        kinds[i] = "navigation"


WIDGET_LABEL_WORDS = 3


# a weather widget's reading: "9.3 C", "-5 °C", "+12°", "16 - 28°"
_TEMPERATURE = re.compile(r"[+−-]?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[cfсф]?|[cfсф])"
                          r"(?:\s*[-–/]\s*[+−-]?\d{1,2}(?:[.,]\d)?\s*(?:°\s*[cfсф]?|[cfсф]))?", re.IGNORECASE)


def _mark_widget_labels(lines: list[_Line], kinds: list[str | None]) -> None:
    """A short label ending on a colon over a bare figure ("Иерусалим:" / "16 - 28°", a
    weather widget's town and its temperatures): the widget's, as its figure is. A
    temperature with its unit ("9.3 C") is the widget's too, and so is the town's name
    (a short line with no punctuation) beside it."""
    for i in range(len(lines) - 1):
        text = lines[i].text
        if (kinds[i] is None and text.endswith(":") and len(_WORD.findall(text)) <= WIDGET_LABEL_WORDS
                and kinds[i + 1] == "furniture" and _is_figures(lines[i + 1].low)):
            kinds[i] = "furniture"
    for i, ln in enumerate(lines):
        if kinds[i] not in (None, "furniture") or not _TEMPERATURE.fullmatch(ln.text):
            continue
        kinds[i] = "furniture"
        for j in (i - 1, i + 1):
            if (0 <= j < len(lines) and kinds[j] is None and abs(lines[j].index - ln.index) == 1
                    and len(_WORD.findall(lines[j].text)) <= WIDGET_LABEL_WORDS
                    and not any(ch in lines[j].text for ch in ".,;:!?")):
                kinds[j] = "furniture"


def _after_date_field(text: str) -> str:
    """A line without the scraper's date field glued to its head."""
    m = DATE_FIELD.match(text)
    return text[m.end():] if m else text


@lru_cache(maxsize=4096)  # asked of the same line by several passes
def _word_count(text: str) -> int:
    """Words of ``text``; a run of Chinese or Japanese characters counts one word for two."""
    runs = _CJK.findall(text)
    if not runs:
        return len(_WORD.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + sum((len(r) + 1) // 2 for r in runs)


def _is_headline(text: str, rules: _Rules) -> bool:
    n = len(_WORD.findall(text))
    return (2 <= n <= 30 and not _is_dateline(text.lower(), rules) and len(text) <= 250 and not _ends_like_prose(text)
            and not text.rstrip().endswith((",", ";"))  # "Военная операция на Украине ,": a tag list
            and not _INNER_SENTENCE.search(text) and (text[0].isupper() or text[0].isdigit()
                                                      or text[0] in "\"'“«‘"
                                                      or _small_on_purpose(text.split()[0]))
            and not _opens_with_connective(text, rules))


@lru_cache(maxsize=4096)
def _small_on_purpose(word: str) -> bool:
    """ "путін підписав указ …": a headline opening with a name Ukrainian sites spell small
    on purpose (aliases/lowercase.toml)."""
    from recruitwatch.extract.canon import lookup, lowercase_names

    alias = lookup(word) if word.islower() else None
    return alias is not None and alias.name in lowercase_names()


def _opens_with_connective(text: str, rules: _Rules) -> bool:
    """"При этом…", "Також…", "Meanwhile…": a line that opens with a word tying it to what
    came before goes on with the text; no headline starts that way."""
    return bool(rules.connective.match(_unmarked(text).lower()))


def _ends_with_pictograph(text: str) -> bool:
    """"…где же ты была раньше 😢": a post sets an emoji where a sentence would take its
    full stop; a headline of a list of other stories does not end with one."""
    text = text.rstrip()
    return bool(text) and _is_symbol(text[-1]) and any(ch.isalpha() for ch in text)


def _ends_like_prose(text: str) -> bool:
    return bool(_SENTENCE_END.search(text)
                and not text.rstrip("\"'”»’)」』）").endswith(("?", "!", "？", "！"))
                or text.endswith((":", ",", ";", "：", "，", "、", "；")))


def _is_prose(text: str) -> bool:
    n = _word_count(text)
    return (n >= 4 and bool(_SENTENCE_END.search(text))) or n >= 25


_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)+/\S*")


def _keep_announced_links(lines: list[_Line], kinds: list[str | None]) -> None:
    """A bare link is junk (a channel's or a shortener's link under a post), unless the
    article's own line above announces it ("a list of their pages is here:"): then it is
    what the text points to."""
    prev = None  # the last line with a letter or digit (emoji markers are skipped)
    for i, ln in enumerate(lines):
        if not any(ch.isalnum() for ch in ln.low):
            continue
        if (kinds[i] == "share" and _BARE_LINK.fullmatch(ln.low) and prev is not None
                and kinds[prev] is None and _unmarked(lines[prev].text).endswith(":")):
            kinds[i] = None
        prev = i


# words that are all identifiers joined by underscores, as code names things ("adv_00 hp_bottom"),
# or a picture's file name left where the picture stood ("_kursanti_gettyimages_124_650x410_24.09.22")
_CODE_IDS = re.compile(r"_?[a-z0-9.]+(?:_[a-z0-9.]+)+(?:\s+[a-z0-9.]+(?:_[a-z0-9.]+)+)*")
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def _is_figures(low: str) -> bool:
    return not _LETTER.search(low) and bool(_DIGIT.search(low))


MENU_RUN = 4  # consecutive short labels that make a menu
MENU_WORDS = 4  # words in a menu label at most


def _mark_menus(lines: list[_Line], kinds: list[str | None]) -> None:
    """A run of four or more short labels (at most four words, no sentence punctuation),
    broken only by lines already labelled, is a menu: "World / U.S. / Politics / Economy".
    Articles do not set four such lines in a row; lists in them are sentences."""
    run: list[int] = []
    known = 0  # labels of the run the line rules called navigation already ("Аналитика")
    for i, ln in enumerate(lines + [None]):
        if ln is not None and kinds[i] is not None and run:
            known += kinds[i] == "navigation"
            continue  # a widget inside the menu ("|", "More") keeps it going
        if ln is not None and kinds[i] is None and _is_label(ln.text):
            run.append(i)
            continue
        if len(run) >= 2 and len(run) + known >= MENU_RUN:
            for j in run:
                kinds[j] = "navigation"
        run, known = [], 0


def _is_label(text: str) -> bool:
    return 0 < len(_WORD.findall(text)) <= MENU_WORDS and not _LABEL_END.search(text) and not any(
        ch.isdigit() for ch in text)


_LABEL_END = re.compile(r"[.!?…:;,。！？、，：；]\W*$")


AUTHOR_LINE_TOP = 5  # nonblank lines from the top, and from the end, where a lone name is a byline
AUTHOR_LINE_END = 3


_AFTER_BYLINE = re.compile(r"\s*[|/•·,]?\s*(?:(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[^\W\d_]{3,9}\s+\d{4})"
                           r"(?:,?\s+(?:в\s+)?\d{1,2}:\d{2})?)?\s*[|/•·]?\s*$")


def _mark_author_line(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> None:
    """A person's name alone on a line near the top or the end ("Анна Капустина" under the
    headline, "Ольга Коваль" or "Коваль Ольга" above the text) is the author's byline. A
    name beside another name is a list (of the dead, of the accused), and stays."""
    from recruitwatch.extract.canon import given_names

    names = given_names()

    def lone_name(i: int) -> bool:
        text = _unmarked(lines[i].text).lstrip("•·-–— ")  # "  • Петр Николаев": a bulleted byline
        # ("Борис Соколов, 11.07.2022", "Мурад Рахимов |": with the date or the bar that follow it)
        text = _AFTER_BYLINE.sub("", text)
        toks = text.split()
        # the given name first, or last after the surname ("Ткачова Марія", as sites list staff)
        if not 2 <= len(toks) <= 3:
            return False
        given = toks[0] in names or (len(toks) == 2 and toks[1] in names)
        return given and _is_name(text, rules)

    ends = [*range(min(len(lines), AUTHOR_LINE_TOP)),
            *range(max(AUTHOR_LINE_TOP, len(lines) - AUTHOR_LINE_END), len(lines))]
    for i in ends:
        if kinds[i] is None and lone_name(i) and not any(
                0 <= j < len(lines) and lone_name(j) for j in (i - 1, i + 1)):
            kinds[i] = "byline"


def _mark_doubled_captions(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                           title: int | None) -> None:
    """A line that ends like no prose, standing twice in a row (a picture's alt text and its
    caption, as scrapers keep both: "Проводы призывников. Михайловск. Сентябрь 2022 года"):
    a caption, both times. A headline-shaped line twice is one only below a headline of
    other words ("Кладбище в Туве" under the report's title): a share widget repeats the
    title, and a headline may stand twice at the top."""
    for i in range(1, len(lines)):
        if (kinds[i] is None and kinds[i - 1] is None and lines[i].index == lines[i - 1].index + 1
                and lines[i].low == lines[i - 1].low and not _ends_like_prose(lines[i].text)
                and (not _is_headline(lines[i].text, rules)
                     or (title is not None and title < i - 1 and lines[title].low != lines[i].low))):
            kinds[i - 1] = kinds[i] = "caption"
    for i, ln in enumerate(lines):
        # the alt text and the caption run together on one line ("Колония №6. Фото
        # пользователя … Колония №6. Фото пользователя …")
        words = ln.low.split()
        half = len(words) // 2
        if (kinds[i] is None and len(words) >= 6 and len(words) % 2 == 0
                and words[:half] == words[half:] and not _ends_like_prose(ln.text)):
            kinds[i] = "caption"
    for i in range(1, len(lines)):
        # the caption alone, then again with its credit ("Выставочная фотография
        # контрактников" / "… контрактников Министерство обороны РФ")
        prev, ln = lines[i - 1], lines[i]
        rest = ln.low[len(prev.low):]
        # ("… стати найманцями. Фото Відкриті джерела": the credit after a full stop)
        credited = rest[:2] == ". " and bool(_PHOTO_WORD.match(rest[2:]))
        if (kinds[i] is None and kinds[i - 1] is None and ln.index == prev.index + 1
                and len(prev.low) > 12 and ln.low.startswith(prev.low) and (rest[:1] == " " or credited)
                and 1 <= len(rest.split()) <= 6 and not _ends_like_prose(prev.text)
                and not _ends_like_prose(ln.text)
                and (not _is_headline(prev.text, rules) or credited
                     or any(_ends_like_prose(lines[j].text) for j in range(i - 1)))):
            # (a headline-shaped pair only below prose, or with the word for a photo: at the
            # top it is the title twice)
            kinds[i - 1] = kinds[i] = "caption"


_PHOTO_WORD = re.compile(r"(?:фото|photo|foto|світлина|ілюстрація|иллюстрация|illustration)(?!\w)")


# --- 5b. captions and pull quotes ---------------------------------------------------------

def _grow_caption_blocks(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                         title: int | None) -> None:
    """Lines that stand right above a photo credit or caption and do not end like prose are
    captions too: a page's gallery is "caption / caption / (Photo by …)". The line under
    the headline that sums up the article stays above a bare credit (the standfirst, then
    the picture), unless it opens with the headline's words again."""
    standfirst = _standfirst(lines, [i for i, k in enumerate(kinds) if k is None], rules, title)
    if standfirst is not None and (standfirst + 1 == len(lines) or kinds[standfirst + 1] != "credit"
                                   or lines[standfirst].low.startswith(lines[title].low)):
        standfirst = None
    first_text = next((i for i, k in enumerate(kinds) if k is None and i != title
                       and _ends_like_prose(_unmarked(lines[i].text))), len(lines))
    for i in range(len(lines) - 2, -1, -1):
        if kinds[i] is not None or i in (title, standfirst) or kinds[i + 1] not in ("credit", "caption"):
            continue
        if (i < first_text and kinds[i + 1] == "caption" and _is_headline(lines[i].text, rules)
                and (title is None or lines[i].low != lines[title].low) and _has_finite_verb(lines[i].text)):
            # above the article, a headline with its verb over a picture's caption (not its
            # credit) is the page's headline or standfirst: "МЗС Кенії: понад 200 кенійців
            # воюють … / Мусалія Мудаваді / Фото: EPA" (a caption names what is seen:
            # "Родичі полонених біля Офісу президента")
            continue
        if (lines[i + 1].index > lines[i].index + 1 and _is_headline(lines[i].text, rules)
                and (lines[i + 1].low == lines[i].low
                     or _credit_kind(lines[i + 1].text, rules) == "caption")):
            # a headline set apart above a caption that holds its own words ("Медведев
            # Фото: …"), or above itself again as the picture's caption, is no part of it;
            # above a bare credit it may be (a gallery)
            continue
        text = _unmarked(lines[i].text)
        if not _ends_like_prose(text) and len(_WORD.findall(text)) <= 40 and not _holds_sentence(text):
            kinds[i] = "caption"


_CYRILLIC_WORD = re.compile(r"(?<![\w-])[а-яёіїєґ][а-яёіїєґʼ'’-]*")


def _has_finite_verb(text: str) -> bool:
    """Whether a Russian or Ukrainian line holds a verb in the past or present that is no
    noun as well ("воюють", "провели"): a headline tells a deed, a caption names a sight."""
    from recruitwatch.extract import morph

    return any(morph.finite_verb(w, lang) is not None and not morph.cases(w, lang)
               for w in _CYRILLIC_WORD.findall(text) for lang in morph.LANGS)


# "Rights lawyer Mira Kandasamy": words that say who, then a name of two to
# four capitalised words, with no verb and no full stop
_NAMED_CAPTION = re.compile(
    r"(?:[\w'’-]+ ){0,5}([a-zа-яёіїєґ][\w'’-]*) ((?:[A-ZА-ЯЁІЇЄҐ][\w'’-]+ ){1,3}[A-ZА-ЯЁІЇЄҐ][\w'’-]+)")


def _mark_named_captions(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                         title: int | None) -> None:
    """On a page whose pictures carry captions, a line alone that says who someone is and
    names them ("Rights lawyer Mira Kandasamy") is the caption of their portrait,
    when the article names them elsewhere: a label, not a sentence of the story. A
    subheading in title case ("A Job for Tuft Cells") has only a function word in lower case."""
    if not any(k in ("caption", "credit") for k in kinds):
        return
    for i, line in enumerate(lines):
        if kinds[i] is not None or i == title:
            continue
        m = _NAMED_CAPTION.fullmatch(_unmarked(line.text))
        if m is None or m.group(1) in rules.stopwords:
            continue
        surname = m.group(2).rsplit(" ", 1)[-1]
        if any(surname in other.text for j, other in enumerate(lines) if j != i and kinds[j] is None):
            kinds[i] = "caption"


_FULL_SENTENCE = re.compile(r"(?:\S+\s+){5,}\S+[.!?]['\"”»’)]*\s+['\"“«‘]?[A-ZА-ЯЁІЇЄҐ]")


def _holds_sentence(text: str) -> bool:
    """Whether a line cut short holds a whole sentence of six words or more before the cut
    one ("В центре откроют пункт отбора на службу. Ранее Г…"): prose, not a caption."""
    return bool(_FULL_SENTENCE.search(text))


PULL_QUOTE_SHINGLE = 5  # words
MAX_PULL_QUOTE_LINES = 400  # the check is quadratic in lines: long pages are left as they are


def _mark_pull_quotes(lines: list[_Line], kinds: list[str | None], title: int | None) -> None:
    """A line of eight words or more whose words all stand again, in order, elsewhere in the
    article is a pull quote: magazine layouts repeat a sentence in large type, sometimes
    cut off mid-sentence or running across two paragraphs of the source. The headline that
    the lead repeats stays, and so does the fuller of two equal lines."""
    free = [i for i, k in enumerate(kinds) if k is None]
    if len(free) > MAX_PULL_QUOTE_LINES:
        return
    words = {i: _WORD.findall(lines[i].low) for i in free}
    lead = next((i for i in free if i != title), None)
    longer: set[str] = set()  # the words of the lines longer than the ones being read
    by_length = sorted(free, key=lambda i: -len(words[i]))
    added = 0  # by_length[:added] are in `longer`
    reruns: set[int] = set()  # repeats of the lines above them, which close no header
    for k, i in enumerate(by_length):
        if k and len(words[i]) < len(words[by_length[k - 1]]):
            for j in by_length[added:k]:
                longer.update(words[j])
            added = k
        # a line cut short ("…, але найбіл...") is compared without its cut word
        own = words[i][:-1] if lines[i].low.rstrip().endswith(("...", "…")) else words[i]
        if i == title or len(words[i]) < 8 or not own or not longer.issuperset(own):
            continue  # (a word no longer line holds: no copy of it, the common case)
        if i == lead and _SENTENCE_END.search(lines[i].text):
            # the lead under the headline, which the body tells again, is the article's; a
            # magazine's pull quote set there ends on no full stop
            continue
        mine = _shingles(own)
        rest = [w for j in free if len(words[j]) > len(words[i]) for w in words[j]]
        if mine and mine <= _shingles(rest):
            rerun = _rerun_of_earlier(lines, free, words, i, mine)
            if rerun is not None:
                kinds[rerun] = "furniture"  # the page told its opening lines again, joined
                reruns.add(rerun)
                continue
            kinds[i] = "furniture"
    _mark_early_twin(lines, kinds, free, words, title, reruns)


def _rerun_of_earlier(lines: list[_Line], free: list[int], words: dict[int, list[str]], i: int,
                      mine: set[tuple[str, ...]]) -> int | None:
    """The longer line after line ``i`` that holds it, when that line is little but lines
    before it told again in one ("A." / "B." … "A. B. (AP/File)"): a page that repeats its
    opening as one paragraph or caption, whose repeat goes, not the lines it repeats."""
    for j in free:
        if j <= i or len(words[j]) <= len(words[i]) or not mine <= _shingles(words[j]):
            continue
        before = set().union(*(_shingles(words[k]) for k in free if k < j))
        n, told = PULL_QUOTE_SHINGLE, words[j]
        runs = [tuple(told[k:k + n]) in before for k in range(len(told) - n + 1)]
        # a word is told before when a run of words holding it is (the joins between the
        # lines it joins are; a credit at its end, "… (AP/File)", is not)
        covered = sum(any(runs[max(0, k - n + 1):k + 1]) for k in range(len(told)))
        if runs and covered >= RERUN_SHARE * len(told):
            return j
    return None


RERUN_SHARE = 0.85  # of a line's words that lines before it must hold for it to be a rerun


def _mark_early_twin(lines: list[_Line], kinds: list[str | None], free: list[int],
                     words: dict[int, list[str]], title: int | None, reruns: set[int] = frozenset()) -> None:
    """A sentence standing twice, once above the page's byline, dateline or a furniture line
    and once in the article below them, is a pull quote set under the headline (a minister's
    sentence before "Advertisement", and again in the text): the first copy goes.
    Only one such pair: a page that holds its text twice repeats many."""
    seen: dict[str, list[int]] = {}
    for i in free:
        if i != title and kinds[i] is None and len(words[i]) >= 8:
            seen.setdefault(lines[i].low, []).append(i)
    twins = [v for v in seen.values() if len(v) > 1]
    if len(twins) != 1 or len(twins[0]) != 2:
        return
    first, second = twins[0]
    if first == free[0]:
        return  # the page's first line is its headline, repeated below (see _mark_repeated_title)
    if any(kinds[j] in _HEADER_MARKS and j not in reruns for j in range(first + 1, second)):
        kinds[first] = "furniture"


# lines that close a page's header: whatever stands above them is no part of the body yet
_HEADER_MARKS = ("byline", "dateline", "furniture")


REPEATED_TITLE_WORDS = 5


_HEADLINE_REPEAT_REACH = 8  # lines below a headline its repeat may stand


def _mark_repeated_title(lines: list[_Line], kinds: list[str | None], title: int | None,
                         rules: _Rules) -> None:
    """The headline standing again, word for word, below itself (the page's title above
    its heading, or under the byline): the first stays, the repeats are furniture, like a
    pull quote. Of other paragraphs only a repeat right under itself is furniture: a page
    may hold its text twice."""
    free = [i for i, k in enumerate(kinds) if k is None]
    seen = Counter(ln.low for ln in lines)
    for a, b in zip(free, free[1:]):
        # a paragraph standing twice in a row is the scrape's repeat (a lead shown again
        # under itself); a page holding its whole text twice repeats it further apart, and a
        # heading a page repeats over each of its sections stands more than twice
        twice = lines[a].low == lines[b].low and seen[lines[b].low] == 2
        if b != title and len(lines[b].low) >= 40 and twice:
            kinds[b] = "furniture"
            if (a != title and not _ends_like_prose(lines[a].text.strip())
                    and len(_WORD.findall(lines[a].low)) <= HEADLINE_MAX_WORDS
                    and not _has_finite_verb(lines[a].text)  # (a headline tells a deed: it stays)
                    and not any(lines[j].text.strip() for j in range(a + 1, b))):
                # a line with no full stop shown twice in a row is a photo's caption and its
                # alt text ("Вручение наград, Уфа, 12 марта 2025 года"): both go
                kinds[a] = "caption"
    first: dict[str, int] = {}
    for i in free:
        # a headline standing again a few lines below itself, past its subtitle or photo (a
        # headline-like line: no full stop, few words; a page's text held twice is prose)
        low = lines[i].low
        if (low in first and i - first[low] <= _HEADLINE_REPEAT_REACH and seen[low] == 2
                and len(low) >= 40 and not _ends_like_prose(lines[i].text.strip())
                and not lines[i].text.lstrip().startswith(("—", "–", "-"))  # (an embed's signature)
                and len(_WORD.findall(low)) <= HEADLINE_MAX_WORDS):
            kinds[i] = "furniture"
        first.setdefault(low, i)
    words = _WORD.findall(lines[title].low) if title is not None else []
    if len(words) < REPEATED_TITLE_WORDS:  # a short title is a name the text may say again
        return
    for i in range(title + 1, len(lines)):
        if kinds[i] is not None:
            continue
        if _WORD.findall(lines[i].low) == words:
            kinds[i] = "furniture"
        elif (lines[i].low.startswith(lines[title].low)
              and rules.credit_prefix.match(lines[i].text, len(lines[title].text))):
            # the headline again with the photo's caption glued on ("… - ЦНС Фото: … (GettyImages)")
            kinds[i] = "caption"


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    n = PULL_QUOTE_SHINGLE
    return {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}


HEADLINE_RUN = 3  # headline-shaped lines in a row that make a list of other stories
HEADLINE_MAX_WORDS = 20
# share of a paragraph's content words the article before a list must know for the list to
# stand inside the article (the paragraph after it goes on with the story)
INSIDE_SHARE = 0.3


def _mark_headline_lists(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                         title: int | None) -> None:
    """Three or more headline-shaped lines in a row (widgets between them do not count) are
    a list of other stories: a site's "Latest" box, a feed. An article sets a subheading
    over its paragraphs, never three; the last of a run right above a paragraph may be one
    and stays. A list the article sets out itself stays (``_is_articles_list``)."""
    free = [i for i, k in enumerate(kinds) if k is None]
    for start, end in _headline_runs(lines, free, rules, title):
        # right under a "Читайте також" teaser, a run is more of the same list, even where
        # the article goes on below it, and its last item is no subheading
        after_teaser = free[start] > 0 and kinds[free[start] - 1] in ("teaser", "read_more")
        if not after_teaser and end < len(free) and (_is_prose(lines[free[end]].text) or free[end] == title):
            end -= 1  # the subheading of the paragraph below
        if end - start >= HEADLINE_RUN and (after_teaser
                                            or not _is_articles_list(lines, free, start, end, rules)):
            for i in free[start:end]:
                kinds[i] = "navigation" if _is_label(lines[i].text) else "teaser"


def _headline_runs(lines: list[_Line], free: list[int], rules: _Rules,
                   title: int | None) -> list[tuple[int, int]]:
    """Spans [start, end) of ``free`` whose lines are all shaped like headlines of a list."""
    out, start = [], None
    standfirst = _standfirst(lines, free, rules, title)
    for k, i in enumerate(free + [-1]):
        if i >= 0 and i not in (title, standfirst) and _is_list_headline(lines[i].text, rules):
            start = k if start is None else start
        elif start is not None:
            out.append((start, k))
            start = None
    return out


STANDFIRST_SHARE = 0.5  # of its stems the article's prose must give


def _standfirst(lines: list[_Line], free: list[int], rules: _Rules,
                title: int | None) -> int | None:
    """The line under the headline that sums up the article (its stems, mostly, are the
    prose's): no item of a list of other stories, however headline-shaped."""
    if title not in free[:-1]:
        return None
    line = free[free.index(title) + 1]
    stems = _stems(lines[line].text, rules)
    prose = set().union(*(_stems(lines[i].text, rules) for i in free
                          if i != line and _is_prose(lines[i].text)))
    return line if stems and len(stems & prose) >= STANDFIRST_SHARE * len(stems) else None


def _is_articles_list(lines: list[_Line], free: list[int], start: int, end: int,
                      rules: _Rules) -> bool:
    """A list the article sets out: one its text introduces ("the regions are:"), one a post
    marks with emoji, one with no prose around it (a post that ends no line with a full
    stop), one of figures (dates, prices, quantities) or of "key: value" items ("Q: ...",
    "Path A: ..."), or one inside the article: the next paragraph after it goes on with the
    story."""
    texts = [_unmarked(lines[i].text) for i in free[start:end]]
    if start > 0 and _unmarked(lines[free[start - 1]].text).endswith(":"):
        return True
    if sum(_is_bulleted(lines, i) for i in free[start:end]) * 2 > end - start:
        return True
    if not any(_is_prose(lines[i].text) for i in free[:start] + free[end:]):
        return True  # a post written in lines without full stops: the run is the text itself
    if (sum(any(ch.isdigit() for ch in t) for t in texts) * 2 > len(texts)
            or sum(bool(_KEY_VALUE.match(t)) for t in texts) * 2 > len(texts)):
        return True
    after = next((lines[i].text for i in free[end:] if _is_prose(lines[i].text)), None)
    before = [lines[i].text for i in free[:start] if _is_prose(lines[i].text)]
    if after is None or not before:
        return False
    known = set().union(*(_stems(t, rules) for t in before))
    stems = _stems(after, rules)
    return bool(stems) and len(stems & known) >= INSIDE_SHARE * len(stems)


_KEY_VALUE = re.compile(r"^[^:]{1,40}:\s")


def _is_bulleted(lines: list[_Line], i: int) -> bool:
    """An item a post marks with an emoji: "✅ Готуємо текст…", or the emoji on the line
    above it (Telegram's exports break the line after it). Sites' lists of other stories
    are links and carry no pictographs."""
    text = lines[i].text
    if _is_symbol(text[0]) or _LIST_MARK.match(text):
        return True  # (or a typed mark: "• The incident happened …")
    return i > 0 and lines[i - 1].index == lines[i].index - 1 and _is_pictographs(lines[i - 1].text)


def _is_pictographs(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text) and all(
        _is_symbol(ch) for ch in text)


_LIST_MARK = re.compile(r"[-–•*]\s+")  # "- Кремль не поддержал …": an item of a list


def _is_list_headline(text: str, rules: _Rules) -> bool:
    text = _unmarked(text)
    text = text[m.end():] if (m := _LIST_MARK.match(text)) else text
    return ((_is_label(text) or _is_headline(text, rules)) and not _LIST_END.search(text)
            and len(_WORD.findall(text)) <= HEADLINE_MAX_WORDS)

_LIST_END = re.compile(r"[.!?…。！？]['\"”»’)\]]*$")  # a question or an exclamation is no headline of a list


# --- 6. to 8. the end of the article --------------------------------------------------------

def _mark_after_end(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                    title: int | None) -> None:
    """After a section header that follows the body, every unlabelled line is a feed item,
    or a teaser when it is shaped like a headline (a link to another article).

    A byline block after the body is a weaker sign (some sites put the byline between the
    lead and the rest): there, only paragraphs on another topic become feed items.
    """
    body: list[str] = []  # the article's paragraphs so far
    known: set[str] = set()  # their stems, gathered only once an end needs them
    state = None  # None, "weak" or "strong"
    runs = _prose_runs(lines, kinds)
    # stems of the headline and the other short lines of the article so far (a headline
    # that was not taken for the title, a subheading): a box can stand under them
    heads = _stems(lines[title].text, rules) if title is not None else set()
    for i, ln in enumerate(lines):
        if kinds[i] is None and i != title:
            if state and len(known) < len(body):
                known.update(*(_stems(text, rules) for text in body))
            if state == "strong" and (_resumes_run(lines, i, runs, known | heads, rules)
                                      or _resumes(ln.text, known, rules)):
                state = None  # the article goes on after a box set inside it
            if state == "strong" or (state == "weak" and _another_topic(ln.text, known, rules, 0.15)):
                kinds[i] = "teaser" if _is_headline(ln.text, rules) else "feed_item"
                continue
            state = None
            if _is_prose(ln.text):
                body.append(ln.text)
            else:
                heads |= _stems(ln.text, rules)
        elif len(body) >= MIN_BODY_BEFORE_END and len(ln.low) <= MAX_WIDGET_CHARS and rules.end.fullmatch(ln.low):
            state = "strong"
        elif (len(body) >= 2 and state is None and kinds[i] in BYLINE_CONTEXT
              and sum(len(_WORD.findall(t)) for t in body) >= MIN_WORDS_BEFORE_BYLINE):
            state = "weak"


# words of prose an article has before a byline at its foot; a page's header has a blurb or
# two above the byline that opens the article ("The best in culture... Subscribe now")
MIN_WORDS_BEFORE_BYLINE = 60
RESUME_WORDS = 40  # a paragraph this long on the article's topic after a widget header
# paragraphs in a row, with no widget between them, that are the article going on after a
# box: a feed sets each item apart (a date, a headline, "Updated")
RESUME_RUN = 3
RESUME_RUN_SHARED = 2  # content words such a run shares with the article at least


def _resumes_run(lines: list[_Line], i: int, runs: list[int], known: set[str],
                 rules: _Rules) -> bool:
    """Paragraphs in a row from ``i`` that share some content words with the article: it
    goes on after a box set inside it. A login or sign-up form's paragraphs share none.
    Only a run's first line is tried: the rest of a run shares no more than all of it."""
    if runs[i] < RESUME_RUN or (i > 0 and runs[i - 1]):
        return False
    stems = set().union(*(_stems(lines[j].text, rules) for j in range(i, i + runs[i])))
    return len(stems & known) >= RESUME_RUN_SHARED


def _prose_runs(lines: list[_Line], kinds: list[str | None]) -> list[int]:
    """For each line, how many unlabelled prose paragraphs run from it without a break."""
    out = [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        if kinds[i] is None and _is_prose(lines[i].text):
            out[i] = out[i + 1] + 1
    return out


def _resumes(text: str, known: set[str], rules: _Rules) -> bool:
    """A long paragraph that shares most of its content words with the article: the
    article goes on after a "Related" or "Most popular" box set inside it. Feed items
    are short and on other topics."""
    if len(_WORD.findall(text)) < RESUME_WORDS or not known:
        return False
    stems = _stems(text, rules)
    return len(stems & known) >= 0.3 * len(stems)


# a comma and a relative word: a sentence's clause, which headlines do without
_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:(?:на|в|у|з|із|с|от|від|до|по|за|о|об|про|при)\s+)?"
    r"(?:котор\w+|як(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)|где|де|which|who|whom|whose|where)(?!\w)",
    re.IGNORECASE)


def _mark_trailing_teasers(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                           title: int | None) -> None:
    """A headline-shaped line after the body with no article text after it is a teaser;
    with article text after it, it is a subheading and stays."""
    free = [i for i, k in enumerate(kinds) if k is None and i != title]
    if not free:
        return
    # the words without Markdown marks ("… с 21 марта 2025 года.**" ends a sentence)
    last = _unmarked(lines[free[-1]].text)
    above = next((j for j in range(free[-1] - 1, -1, -1) if lines[j].text.strip()), None)
    if (above is not None and kinds[above] == "read_more" and len(free) > 1
            and not _ends_like_prose(last) and len(_WORD.findall(last)) <= HEADLINE_MAX_WORDS):
        # "Читайте далее" over one last line: the story it points to, however it is cased
        # ("билайн бизнес представил …")
        kinds[free[-1]] = "teaser"
        return
    if (_is_headline(last, rules) and 4 <= len(_WORD.findall(last)) <= HEADLINE_MAX_WORDS
            and last.count(",") < 2  # a clause-laden line is prose cut short, not a title
            and not _RELATIVE_CLAUSE.search(last)  # ("…, на якому …": so is one with a relative clause)
            and not _REPORTED_SPEECH.search(last)  # ("“I could not walk,” he recalled …", "Reports said …")
            and not _ends_with_pictograph(lines[free[-1]].text)
            and not _date_opening().match(last)  # "3 октября глава … сообщил …": a paragraph
            and not _POINTS_BACK.match(last)  # "Такі дії суперечать …": prose cut short
            and not rules.source_line.match(last.lower())  # "Источник: Telegram-канал …": the post's source
            and not (free[-1] == len(lines) - 1 and (_cut_mid_word(last) or _COMPLEMENT.search(last)
                                                     or _PAST_AUXILIARY.search(last)
                                                     or _OPEN_DASH.search(last) or _ENDS_ON_NUMBER.search(last)
                                                     or _cut_after_paragraph(lines, kinds, free, rules)))
            and any(_is_prose(lines[i].text) for i in free[:-1])
            and not _ends_articles_list(lines, kinds, rules, title)):
        kinds[free[-1]] = "teaser"


_LABELLED = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s")
_ADDRESS = re.compile(r"://|www\.|\S+\.\w{2,}/\S*|\w\.[a-z]{2,6}\s*$|\s\|\s")


def _cut_after_paragraph(lines: list[_Line], kinds: list[str | None], free: list[int], rules: _Rules) -> bool:
    """The text's last line, with no end to its sentence, right under a paragraph of the
    article that ends as prose does and on the article's subject ("…по 100 тысяч
    рублей." over "До начальника колонии дошли жены заключенных и их адвокаты"): the excerpt was
    cut inside the article's next paragraph (the blind study sets read 16 such lines as
    text and one as a teaser). Another story's headline stands under a box or a label, is
    on another subject ("Синоптики обещают снег …") or is title-cased."""
    last = free[-1]
    text = _unmarked(lines[last].text).rstrip()
    if (not text or _SENTENCE_END.search(text[-2:]) or text.endswith(("?", "!", ":"))
            or _LABELLED.match(text) or _ADDRESS.search(text) or _word_count(text) < 3
            or _title_cased(text)):
        return False  # (not "Автор: …", a site's address or a menu: furniture, whole or cut)
    above = next((j for j in range(last - 1, -1, -1) if lines[j].text.strip()), None)
    if not (above is not None and kinds[above] is None and _is_prose(lines[above].text)
            and _ends_like_prose(lines[above].text.rstrip())):
        return False
    known = set().union(*(_stems(lines[i].text, rules) for i in free[:-1]))
    return bool(_stems(text, rules) & known)


def _title_cased(text: str) -> bool:
    """ "Moscow Promises To Return All Foreign Recruits": most words capitalised, as
    English headlines are."""
    words = re.findall(r"[^\W\d_]{3,}", text)
    if _CYRILLIC_LOW.search(text):
        return False  # (Russian and Ukrainian headlines capitalise names only: "… в Москве, Санкт-Петербурге")
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# a line that opens by pointing back at the text above it ("Такі дії", "Это решение",
# "These measures") goes on with that text; another story's headline does not
_POINTS_BACK = re.compile(r"(?:такі|такие|такой|такая|такое|ці|цей|ця|це|эти|этот|эта|это|these|this|such)\s",
                          re.IGNORECASE)


@lru_cache(maxsize=1)
def _date_opening() -> re.Pattern:
    """A day and a month that open a line and run on in lower case ("3 октября глава …",
    "12 березня в Києві …", "5 May the …"): a news paragraph's opening; headlines of other
    stories do not start with their date."""
    return re.compile(rf"\d{{1,2}}\s+(?i:{_months()})\s+(?:\d{{4}}\s+\w+\s+)?[a-zа-яёіїєґ]")


@lru_cache(maxsize=1)
def _dated_item() -> re.Pattern:
    """A list item that opens on a date: a day and a month, or a month (of a year) after
    "в/у/in", perhaps after "ще/ещё/back" ("• Ще у грудні 2022 року ISW писав …")."""
    return re.compile(rf"\s*[-–—•·▪►]\s+(?:(?i:ще|ещ[её]|back)\s+)?(?:(?i:[ув]|in)\s+)?(?:\d{{1,2}}\s+)?"
                      rf"(?i:{_months()})(?!\w)")


@lru_cache(maxsize=1)
def _months() -> str:
    """The month names of the three languages (abbreviations aside), as one alternation."""
    from recruitwatch.detect.dates import grammar

    return _alternation([m for lang in ("en", "ru", "uk") for m in grammar(lang).months if len(m) > 3])


# a clause that a verb of saying opens after its comma ("…стверджує, що на війну …"): at
# the very end of a text, with no full stop, prose the excerpt cut off, not a headline
_COMPLEMENT = re.compile(r",\s+(?:що|что|that)\s", re.IGNORECASE)
# so is an English line with a past auxiliary before a word ("Prime Minister Narendra Modi
# had stro"): headlines drop "had", "was", "were", "would"
_PAST_AUXILIARY = re.compile(r"\s(?:had|was|were|would)\s+\w")
# and so is a line that ends on a dash with nothing after it ("… набор продлится с мая до конца июля -")
_OPEN_DASH = re.compile(r"\s[—–-]\s*$")
# and so is one that ends on a small number after a word in lower case, its noun cut off
# ("… обіцяють роботу молодим жінкам 18")
_ENDS_ON_NUMBER = re.compile(r"[a-zа-яёіїєґ]{3,}\s+\d{1,3}\s*$")


_BULLET = re.compile(r"[-–—•·▪►]\s+\w")
_CLAUSE_END = (":", ";", ",")
BULLETS_AFTER_PARAGRAPHS = 3  # paragraphs of an article before bullets that are no part of it


def _mark_trailing_bullets(lines: list[_Line], kinds: list[str | None], title: int | None) -> None:
    """Bulleted lines that close the text after its prose are links to other stories
    (two "- <headline>" lines under a report), when no line
    announces them as a list (one ending on a colon), the article bullets nothing itself
    and no item ends like a list's clause (on a semicolon or a comma)."""
    free = [i for i, k in enumerate(kinds) if k is None and i != title]
    n = 0
    while n < len(free) and _BULLET.match(lines[free[-1 - n]].text):
        n += 1
    if n < 2 or len(free) - n < BULLETS_AFTER_PARAGRAPHS:
        return  # a post's lead and its points ("- Бумажные повестки будут …") are all text
    run, before = free[-n:], free[:-n]
    last_prose = lines[before[-1]].text.rstrip()
    if (last_prose.endswith(":") or not _is_prose(last_prose)
            or any(_BULLET.match(lines[i].text) for i in before)
            or any(lines[i].text.rstrip().endswith(_CLAUSE_END) for i in run)
            # an item of two sentences or more is a point of the text ("• 29 сентября … прошла
            # акция. Полиция задержала …"): a link holds one headline
            or any(_holds_sentence(lines[i].text) for i in run)
            # an item that opens on its date is a dated point of the story's background
            # ("• У травні 2023 року писали, що …", "• 14 листопада BBC розповіла …")
            or any(_dated_item().match(lines[i].text) for i in run)):
        return
    for i in run:
        kinds[i] = "teaser"


# a quotation closed by its comma with the words that say who spoke it ("“I could not walk,”
# he recalled", "», — сказал он"; not a headline's "«…», — Песков"), or a past verb of saying:
# reported speech, which headlines put in the present ("…, lawmaker says")
_REPORTED_SPEECH = re.compile(r"[,!?][\"”’»]\s*[—–-]?\s*[a-zа-яёіїєґ]|[\"”’»][,!?]?\s*[—–-]\s*[a-zа-яёіїєґ]"
                              r"|\b(?:said|told)\b")


# the one-letter words of Russian and Ukrainian; any other lone letter ends a cut word
_ONE_LETTER_WORDS = frozenset("вкосуаияйіїє")
# words no line ends on unless it was cut: prepositions and conjunctions ("Розвідка
# відзначає, що в "), and the short words that may end a sentence (any other word of two
# letters is a cut one: "…що осіння пр")
_NO_LAST_WORDS = frozenset("""в во к ко с со у о об от из до на по за для при без над под про через между
и а но или что чтобы как если же і й та але або що щоб як якщо з із зі від для при без над під через між
был была было были був була було були""".split())  # (and the past of "to be": "…мобилизованных были")
_SHORT_LAST_WORDS = frozenset("""их им ей её ее он мы вы ты я же ли бы то да нет не ни там тут так все всё ещё уже
їх їм її він ми ви ти це те ні вже ще""".split())
_ENGLISH_NO_LAST_WORDS = frozenset("""the a an of to in on at for with by from and or but that which who whose
than as into onto its their his her our your were was are is be been has have had would will""".split())
_ENGLISH_SHORT_WORDS = frozenset("""a i am an as at be by do go he if in is it me my no of on or ok so to up us we""".split())
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")


@lru_cache(maxsize=1)
def _month_then_cut_year() -> re.Pattern:
    return re.compile(rf"(?<!\w)(?i:{_months()})\s+\d{{1,3}}$")


CUT_NAME_LETTERS = 5  # a capitalised word this short that no dictionary knows was cut ("Анна Тверс")


def _known_word(word: str) -> bool:
    from recruitwatch.extract import morph  # the dictionaries load only when a text ends so

    return morph.known(word)


_AFTER_PREPOSITION = re.compile(r"(?<!\w)(?:за|до|на|по|от|від|з|с|із|около|близько|понад|более|менее)\s+\d+\W*$",
                                re.IGNORECASE)


def _cut_mid_word(text: str) -> bool:
    """"…открылся в апреле п", "…планів щодо проведенн": an excerpt the scraper cut in
    the middle of a word ends the text there; it is the article's own last line, no
    headline of another story (headlines end on whole words). Only a lower-case Cyrillic
    word neither dictionary knows counts: a name or a known word may end a headline."""
    if _AFTER_PREPOSITION.search(text):
        return True  # "… розташоване менш ніж за 10": a figure cut after its preposition
    if _month_then_cut_year().search(text):
        return True  # "… стався у грудні 2": a year cut short after its month
    m = _LAST_WORD.search(text)
    word = m.group(1) if m else ""
    if (len(word) <= CUT_NAME_LETTERS and re.fullmatch(r"[А-ЯЁІЇЄҐ][а-яёіїєґ']+", word)
            and not _known_word(word)):
        return True  # a name cut short: "… власник ПВК «Вагнер» Євге"
    if word in _ENGLISH_NO_LAST_WORDS:
        return True  # "… the men were sent to the": no headline ends on a function word
    if re.fullmatch(r"[a-z]{1,2}", word):
        return word not in _ENGLISH_SHORT_WORDS  # "… have been recruited si", "… camp ca"
    if not word or not word.islower() or not re.fullmatch(r"[а-яёіїєґ']+", word):
        return False
    if word in _NO_LAST_WORDS:
        return True
    if len(word) == 1:
        return word not in _ONE_LETTER_WORDS
    if len(word) == 2:
        return word not in _SHORT_LAST_WORDS
    return not _known_word(word)


def _ends_articles_list(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                        title: int | None) -> bool:
    """The last unlabelled line closes a list the article sets out ("...the regions are:"):
    it is the list's last item, not a teaser."""
    free = [i for i, k in enumerate(kinds) if k is None]
    runs = _headline_runs(lines, free, rules, title)
    if not runs or runs[-1][1] != len(free) or runs[-1][1] - runs[-1][0] < 2:
        return False
    return _is_articles_list(lines, free, *runs[-1], rules)


def _mark_trailing_shift(lines: list[_Line], kinds: list[str | None], rules: _Rules,
                         title: int | None) -> None:
    """Trailing paragraphs that share no content word with the article are feed items even
    when no header announced them. Sharing one word is enough to stay: an article's last
    paragraph often widens the view ("Russia's military spending is set to reach 6.3%")."""
    free = [i for i, k in enumerate(kinds) if k is None and i != title]
    stems: list[set[str]] = []
    counts: Counter[str] = Counter()  # stems of the article without its last paragraph
    while len(free) > 3:
        last = lines[free[-1]].text
        if not (_is_prose(last) and len(_stems(last, rules)) >= 8
                and len(_name_stems(last, rules)) >= 2):
            return  # cheap checks first: most articles stop here
        if _opens_with_connective(last, rules):
            return  # "Ранее политолог … предрек …": the publisher's own background goes on
        if not stems:
            stems = [_stems(lines[i].text, rules) for i in free]
            counts.update(s for line_stems in stems for s in line_stems)
        counts.subtract(stems.pop())
        if not _another_topic(last, {s for s, n in counts.items() if n > 0}, rules, 0.0):
            return
        kinds[free.pop()] = "feed_item"


def _another_topic(text: str, known: set[str], rules: _Rules, threshold: float) -> bool:
    """Few of ``text``'s content stems are ``known`` from the article, and it brings in more
    names the article never mentions than names it shares. Generic words of the beat
    ("Ukraine", "Russian") make word overlap alone too weak a sign."""
    stems = _stems(text, rules)
    if not stems or not known:
        return False
    names = _name_stems(text, rules)
    new_names = len(names - known)
    return (len(stems & known) <= threshold * len(stems)
            and new_names >= 2 and new_names > len(names & known))


def _stems(text: str, rules: _Rules) -> frozenset[str]:
    return _stems_of(text, rules.stopwords)


@lru_cache(maxsize=4096)  # a line's stems are asked for by several passes
def _stems_of(text: str, stopwords: frozenset[str]) -> frozenset[str]:
    words = (w.lower().replace(",", "") for w in _WORD.findall(text))
    return frozenset(w[:STEM_CHARS] for w in words if len(w) > 2 and w not in stopwords)


def _name_stems(text: str, rules: _Rules) -> set[str]:
    """Stems of capitalised words that do not open a sentence: mostly proper names."""
    out = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group(0).lower()
        if word not in rules.stopwords and not _SENTENCE_OPENING.search(text, 0, m.start()):
            out.add(word[:STEM_CHARS])
    return out


# --- 9. sentences split across lines ---------------------------------------------------------

def _keep_split_sentences(lines: list[_Line], kinds: list[str | None]) -> None:
    """A sentence that an export broke at its links ("…в личный кабинет на " / "Госуслугах"
    / " и по почте.") is the article's as a whole: the pieces after a kept line that stops
    mid-sentence, up to the piece that ends it, stay whatever their shape alone said (a name,
    a figure, a label)."""
    i = 0
    while i < len(lines) - 1:
        if (kinds[i] is not None or not any(ch.isalpha() for ch in lines[i].text)
                or not _continues(lines[i], lines[i + 1])):
            i += 1
            continue
        j = i + 1
        while j + 1 < len(lines) and not _ends_sentence(lines[j]) and _continues(lines[j], lines[j + 1]):
            j += 1
        if _ends_sentence(lines[j]) and "forwarded" not in kinds[i + 1:j + 1]:
            kinds[i + 1:j + 1] = [None] * (j - i)
        i = j


def _continues(a: _Line, b: _Line) -> bool:
    """``b`` goes on with the sentence ``a`` leaves open: ``a`` has words and no closing
    mark, and the break is an export's (a space left at it) or ``b`` opens in lower case."""
    if a.index + 1 != b.index or _ends_sentence(a) or a.text.endswith(":"):
        return False
    return (a.raw[-1:].isspace() or b.raw[:1].isspace() or b.text[0].islower()
            or b.text[0] in ",;)")


def _ends_sentence(ln: _Line) -> bool:
    return bool(_SENTENCE_END.search(_unmarked(ln.text)))


# --- result ------------------------------------------------------------------------------

def _assemble(lines: list[_Line], kinds: list[str | None], title: int | None,
              rules: _Rules) -> Cleaned:
    # the body is what a reader sees: Markdown links and emphasis marks of the export go
    # (the removed lines keep their raw text)
    body = "\n".join(unmarkdown(ln.raw).rstrip() for ln, k in zip(lines, kinds) if k is None)
    removed = [Removed(ln.raw.strip(), k, ln.index) for ln, k in zip(lines, kinds) if k]
    meta: dict = {}
    if title is not None:
        meta["title"] = _strip_site(lines[title].text, rules)
    authors = _authors(lines, kinds, rules)
    if authors:
        meta["authors"] = authors
    return Cleaned(body=body, removed=removed, meta=meta)


def _strip_site(title: str, rules: _Rules) -> str:
    m = rules.sites.search(title)
    return title[:m.start()].rstrip() if m and m.start() > 0 else title


def _authors(lines: list[_Line], kinds: list[str | None], rules: _Rules) -> list[str]:
    out: list[str] = []
    for ln, k in zip(lines, kinds):
        if k != "byline":
            continue
        m = rules.byline_prefix.match(ln.text)
        names = rules.joiners.split(m.group("rest")) if m else [ln.text]
        for name in (n.strip(" .") for n in names):
            if _is_name(name, rules) and name not in out:
                out.append(name)
    return out


# --- rules from data/boilerplate ------------------------------------------------------------

def _languages(lang: str | None) -> tuple[str, ...]:
    return (lang,) if lang in LANGUAGES else LANGUAGES


@lru_cache(maxsize=8)
def _rules(languages: tuple[str, ...]) -> _Rules:
    """Every pattern of the chosen languages, compiled once per process."""
    common = load_toml("boilerplate/common.toml")
    data = [load_toml(f"boilerplate/{lang}.toml") for lang in languages]
    tables = [common, *data]

    def gather(section: str, key: str) -> list[str]:
        return [p for t in tables for p in t.get(section, {}).get(key, [])]

    credit = common["credit"]
    agencies = _alternation(credit["agencies"])
    sites = _alternation(common["title"]["sites"])
    domains = _alternation(credit["domains"])
    return _Rules(
        line=_whole_line_kinds({k: gather("line", k) + (_site_names(sites) if k == "furniture" else [])
                                for k in LINE_KINDS}),
        search={k: _Search.compile(gather("search", k)) for k in SEARCH_KINDS},
        end=_whole_line(gather("end", "markers")),
        cut=tuple(gather("end", "cut")),
        avatar=_whole_line(gather("byline", "avatar")),
        bio=_Search.compile(gather("search", "bio")),
        byline_prefix=re.compile(
            rf"{_LEAD}(?:{_alternation(gather('byline', 'prefixes'))})\s*[:—–-]?\s+(?P<rest>.+)$",
            re.I),
        staff=_any(gather("byline", "staff")),
        joiners=re.compile(
            rf"\s*,\s*|\s+(?:{_alternation(gather('byline', 'name_joiners'))})\s+", re.I),
        credit_prefix=re.compile(
            rf"{_LEAD}(?:(?:{_alternation(credit['prefixes'])})\s*(?::|—|–|\bby\b|\bvia\b)"
            rf"|(?:{_alternation(credit['credit_labels'])})\s*[:,—–-])\s*\S", re.I),
        # a short credit that says where a picture is from ("Фото з Вікіпедії.", "Фото из
        # открытых источников", "Источник: © Мир новостей"); a longer line so opened is prose
        credit_short=re.compile(
            rf"{_LEAD}(?:(?:{_alternation(credit['prefixes'])})\s+(?:{_alternation(credit['from_words'])})\s"
            rf"|(?:{_alternation(credit['source_labels'])})\s*:\s*©\s*)"
            rf"[^\s.!?]+(?:\s+[^\s.!?]+){{0,3}}\s*\.?\s*$"
            # or a name with no mark after the label: "Фото КТВ-ЛУЧ", "Фото Ивана Петрова"
            # or an outlet's name in quotes: "Коллаж «Важных историй»"
            rf"|{_LEAD}(?:{_alternation(credit['prefixes'])})\s+[«\"„“][^»\"”\n]{{1,60}}[»\"”]\s*$"
            rf"|{_LEAD}(?:{_alternation(credit['prefixes'])})\s+(?-i:[{_CAP}«\"][\w.«»\"-]*)"
            rf"(?:\s+(?-i:[{_CAP}][\w.»\"-]*)){{0,2}}\s*$", re.I),
        source_line=re.compile(
            rf"{_LEAD}(?:{_alternation(credit['source_labels'])})\s*:\s*(?!©|https?:|www\.)\S", re.I),
        caption_label=re.compile(
            rf"{_LEAD}(?:{_alternation(credit['caption_labels'])})\s*[:,—–]\s*\S", re.I),
        credit_trailing=re.compile(
            rf"(?<=[.!?…])\s+(?:{_alternation(credit['prefixes'])})\s+(?:{_alternation(credit['from_words'])})\s+"
            rf"(?:{_alternation(credit['open_sources'])})\s*\.?\s*$", re.I),
        credit_inline=re.compile(
            rf"(?:(?<=[.!?…])\s+(?:{_alternation(credit['prefixes'])})\s*(?::|—|–|\bby\b|©)"
            # "...a campaign stop.Credit...Doug Mills/The New York Times", "... 2019. © Reuters"
            rf"|(?<=[\w.!?…])(?:credit|photo|image)(?:\.{{3}}|…)|(?<=[.!?…])\s+©"
            # after a slash: "Путін підписав указ / Колаж: Главред", "Російський прапор / © iStock",
            # "Колона техніки / фото example.ua" (no mark after the label), or the slash glued
            # on: "… з ТОТ/Фото: Getty Images" (study set nu)
            rf"|(?:\s[/|]\s+|(?<=\w)/)(?:(?:{_alternation(credit['prefixes'])})\s*(?::|—|–|(?=\s))|©)"
            # capitalised after a caption with no full stop: "Солдаты на полигоне Фото: Reuters",
            # or glued to its last word by the scrape ("по 100 тыс. рублейФото: © …")
            rf"|(?<=\w)(?:\s+|(?-i:(?=[{_CAP}])))(?-i:{_alternation([p[:1].upper() + p[1:] for p in credit['prefixes']])})\s*(?::|—|–))"
            # the credit may be a site: "Колонна на марше. Фото – example.ua", "Фото: NEWS.ru"
            # (with a photographer's initials: "…militaryImage: DW/J. Vishnevetskaya")
            rf"\s*(?:[^.!?]|\.(?=\w)|(?-i:(?<=\b[{_CAP}])\.\s)){{2,80}}$",
            re.I),
        credit_slash=re.compile(
            # "Sergei Bobylev / TASS", "Natalie Naccache | Bloomberg | Getty Images", and the
            # agency first: "REUTERS/Brendan McDermid"
            rf"(?:(?:^|\s)(?:[{_CAP}][\w'’.-]*\s+){{0,3}}[{_CAP}][\w'’.-]*\s*[/|]\s*(?i:{agencies})"
            rf"(?:\s*[/|]\s*[\w .«»\"-]{{2,40}})*(?:\s+file)?"
            rf"|(?:^|[\s.])(?i:{agencies})\s*/\s*(?:(?:[{_CAP}][\w'’-]*\.?\s*){{1,3}}(?<=[^\W\d_])"
            rf"|«[^«»]{{2,40}}»))\s*$"),  # "Getty Images / «Бабель»": for the outlet
        credit_paren=re.compile(
            rf"\((?:(?:[\w ]{{0,20}}\b)?(?:photo|фото|image|picture|credit)\b[^()]{{2,100}}"
            rf"|[^()]{{2,80}}?(?:/|\bvia\b)\s*(?:{agencies})[^()]{{0,40}})\)$",
            re.I),
        credit_domain=re.compile(
            rf"(?<=[.!?])\s+(?:{agencies}|[\w-]+(?:\.[\w-]+)*\.(?:{domains}))$", re.I),
        credit_glued=re.compile(rf"(?<=[a-zа-яёіїєґ])(?=[{_CAP}])(?i:{agencies})$"),
        credit_words=tuple(sorted({p.split()[0].lower() for p in credit["prefixes"]} | {"©", "credit", "photo", "image"})),
        agency_chars=max(len(a) for a in credit["agencies"]),
        agencies=re.compile(agencies, re.I),
        donation_weak=_any(gather("donation", "weak")),
        pronouns=re.compile(rf"\b(?:{_alternation(gather('donation', 'pronouns'))})\b"),
        date_words=frozenset(w for t in data for w in t.get("dateline", {}).get("words", [])),
        date_anchors=frozenset(w for t in data for w in t.get("dateline", {}).get("words", [])) - frozenset(
            w for t in data for w in t.get("dateline", {}).get("connectors", [])),
        stopwords=frozenset(w for t in data for w in t.get("stopwords", {}).get("words", "").split()),
        sites=re.compile(rf"\s+[|–—-]\s+(?:{sites})$", re.I),
        tag_header=_whole_line([_alternation(common["tags"]["headers"])]),
        tag_words=common["tags"]["max_words"],
        connective=re.compile(
            rf"[\"'“«‘(]?(?:{_alternation(gather('connectives', 'openers'))})(?![\w-])"),
    )


def _site_names(sites: str) -> list[str]:
    """A line that is only a site's or outlet's name is furniture: a logo's alt text, or
    the outlet under a dateline. Outlets come from the alias table the entity stage uses."""
    outlets = [name for rec in load_toml("aliases/outlets.toml")["outlet"]
               for name in (rec["name"], *rec["aliases"])]
    # a news agency the table does not know, by its kind: "НИА-Хакасия", "ИА «Регион-64»"
    agency = r"(?:н?иа|риа|іа)[ -]«?[\w-]{2,25}(?: [\w-]{2,25})?»?"
    return [sites.lower(), _alternation([o.lower() for o in outlets]), agency]


def _alternation(words: list[str]) -> str:
    """Literal words as one alternation, longest first so prefixes do not shadow them."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _branches(patterns: list[str]) -> str:
    """``patterns`` as the branches of one alternation; none matches nothing."""
    return "|".join(f"(?:{p})" for p in patterns) or "(?!)"


def _whole_line(patterns: list[str]) -> re.Pattern:
    """One pattern for lowercased lines that are only one of ``patterns``."""
    return re.compile(f"{_LEAD}(?:{_branches(patterns)}){_TAIL}")


def _whole_line_kinds(patterns: dict[str, list[str]]) -> re.Pattern:
    """One pattern for lowercased lines that are only one of the patterns of a kind; the
    match's ``lastgroup`` names the first kind (in the dict's order) whose pattern fits the
    whole line, as trying each kind's ``_whole_line`` in turn would, in one pass."""
    body = "|".join(f"(?P<{kind}>{_branches(ps)})" for kind, ps in patterns.items())
    # numbered as a list by the scrape: "1. Skip to main content", "2. Skip to search"
    return re.compile(rf"{_LEAD}(?:\d{{1,2}}[.)]\s+)?(?:{body}){_TAIL}")


def _any(patterns: list[str]) -> re.Pattern:
    """One pattern for lowercased text containing any of ``patterns``."""
    return re.compile(_branches(patterns))
