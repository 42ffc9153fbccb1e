"""Attributed claims: who said it, through whom, asserting or denying, hedged or not.

The cues are data (``data/lexicon/claims_<lang>.toml``, one combined regex per language).
For each sentence, in one pass:

1. quoted speech is masked, so that "according to X" inside a quotation is not the
   sentence's own attribution (it becomes a nested claim of the quoted speaker, step 6);
2. the attribution cues are found: reporting verbs with the speaker before them
   ("Peskov denied") or after them ("..., said Sergei Krivenko"), phrases with the speaker
   after them ("according to Putin", "по словам"), relays ("cited by RFE/RL", "told
   IStories", "was quoted as saying by IStories") and original sources ("citing several
   regional media outlets");
3. each cue's speaker phrase is read: back to the nearest clause boundary, hopping over an
   appositive ("Verstka, an independent Russian news outlet, reported");
4. the phrase is resolved, first rule that applies: pronoun → previous speaker; "anonymous"
   → ``anonymous: <description>``; an entity mention or a known alias inside it →
   canonical name (coordinated names give one claim each); a definite description ("the
   ministry", "its mayor", "the report") → the earlier speaker it names, or the person the
   role word introduces elsewhere ("Mayor Sergei Sobyanin"); a capitalised name →
   ``canon.canonical_name``; anything else → ``anonymous: <description>``;
5. the claim: speaker, relays nearest the speaker first, stance from the cue, hedged when
   the sentence hedges; a reporter citing a *document* it obtained stays the speaker;
6. quoted "according to X" inside a speaker's quotation → a nested claim by X, relayed by
   the speaker.

Then across sentences: "could not be independently verified" hedges the earlier claims
whose source it names, and consecutive claims of one speaker share the relay one of them
names ("Krivenko said ..." / "Krivenko told IStories").
"""

from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from recruitwatch.extract.canon import (
    canonical_name, canonical_type, folded_cyrillic, given_gender, given_names, is_outlet, person_key, publisher_names, romanize_person,
    scan, stem, surname_form, table_name, transliterate)
from recruitwatch.extract import morph
from recruitwatch.extract.units import is_formation
from recruitwatch.extract.syntax import Parse, parse
from recruitwatch.fastre import Folded, compile_folded, guarded
from recruitwatch.model import Claim, Entity, Span
from recruitwatch.resources import load_toml
from recruitwatch.text import CYRILLIC, DATE_FIELD, line_end, sentence_spans, statement_spans

__all__ = ["Attribution", "attributions", "extract_claims", "reports_own_act"]

# Cue kinds in the order the combined regex tries them at one position (longer, more
# specific kinds first: "was quoted as saying by" before "said", "as reported by" before
# "reported").
_KINDS = ("quoted_by", "cited_by", "citing", "pronoun", "after_deny", "after_assert", "told",
          "before_deny", "before_assert", "weak", "impersonal")
_BEFORE = frozenset({"quoted_by", "told", "before_deny", "before_assert"})
_AFTER = frozenset({"after_assert", "after_deny"})
_SPEAKING = _BEFORE | _AFTER
_MASK = "\x00"
_UNNAMED = "anonymous: reports"
_PARSED = ("ru", "uk")  # languages whose cue clauses the syntax parser reads
_OPEN, _CLOSE, _BOTH = "“«„", "”»", '"'
# A 1:1 character map, so offsets in the matching copy are offsets in the body.
_FOLD = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u2009": " ",
                       "\u202f": " ", "–": "—"})
_DELIM = re.compile(r"\x00+|[;:()\[\]—]|,(?=\s|[^\W\d_])|\s--?\s")  # (",темпы": a comma typed without its space)
_TOKEN = re.compile(r"[^\W_][\w'/&.-]*")
_TRAIL = ".,;:!?'\" \t\n"


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim with the phrases that attribute it (speaker and relays), as body spans."""

    claim: Claim
    phrases: list[Span] = field(default_factory=list)
    nested: bool = False


def extract_claims(body: str, lang: str, entities: list[Entity],
                   outlet: str | None = None) -> list[Claim]:
    """Attributed statements in ``body``: one per attributed sentence and named speaker."""
    return [a.claim for a in attributions(body, lang, entities, outlet)]


def reports_own_act(cue: str, lang: str) -> bool:
    """True when a claim's cue reports the speaker's own act ("announced", "ordered")."""
    return bool(_lexicon(lang).announce.fullmatch(cue.strip()))


def attributions(body: str, lang: str, entities: list[Entity],
                 outlet: str | None = None, syntax: bool = False,
                 voice: str | None = None) -> list[Attribution]:
    """The claims of ``body`` with their attribution phrases (the measures stage uses them).

    ``syntax``: read the speaker of a Russian or Ukrainian reporting verb off a dependency
    parse of its sentence (extract/syntax.py), the rules' phrase where the parse has none."""
    # the phrase caches serve one document's rules; a corpus that repeats itself (a
    # benchmark's) must not be read faster for it
    _token_run.cache_clear()
    doc = _Doc(body, _lexicon(lang), _mentions(entities), syntax=syntax and lang in _PARSED,
               lang=lang, outlet=outlet)
    doc.place_words = frozenset(body[s:e] for s, e, ent in doc.mentions if ent.type == "PLACE")
    spans = [_after_dateline(doc, *_after_field(body, s, e)) for s, e in sentence_spans(body)]
    said: list[bool] = []  # per sentence: whether it holds a claim
    for start, end in spans:
        before = len(doc.found)
        _read_sentence(doc, start, end)
        if len(doc.found) == before and not _colon_headed(doc, start, end):
            _dash_signed(doc, start, end)
        if len(doc.found) == before:
            _source_line(doc, start, end)
        if len(doc.found) == before:
            _colon_speaker(doc, start, end)
        if len(doc.found) == before:
            _colon_quotation(doc, start, end)
        _publisher_aside(doc, before)
        if len(doc.found) > before and _refers_back(doc, start, end):
            if said and said[-1] and _unnamed_reports_only(doc, spans[len(said) - 1], before):
                # "Нібито близько 190 000 … уклали контракти. Про це заявив … Медведєв":
                # the hedge named no one; the sentence after it names who said it
                del doc.found[before - 1]
                before -= 1
                said[-1] = False
            if said and said[-1]:
                _outlet_relays_before(doc, before)
            else:
                first = doc.found[before]  # and each speaker "and" joins to it ("Про це
                # повідомляють «Медіазона» і Бі-бі-сі": both said what came before)
                _refer_back(doc, spans, said, [a for a in doc.found[before:]
                                               if a.phrases == first.phrases and a.claim.span == first.claim.span])
        _words_relayed(doc, before)
        said.append(len(doc.found) > before)
    _quotes_across_paragraphs(doc)
    _quotes_under_heading(doc)
    _dash_quotations(doc)
    _quotes_going_on(doc)
    _offices_back(doc)
    _own_outlet_passes_on(doc)
    _share_relays(doc)
    _report_relay(doc)
    _titled_speakers(doc)
    _denied_reports(doc)
    _governments_speaking(doc)
    if voice:  # a person's own channel: its unattributed reports are the person's
        for a in doc.found:
            if a.claim.speaker == _UNNAMED:
                a.claim.speaker = voice
    return [_without_outlet(piece, outlet) for a in doc.found
            for piece in _per_sentence(a, spans, doc)]


def _unnamed_reports_only(doc: _Doc, span: Span, end: int) -> bool:
    """Whether the one claim found in the sentence ``span`` (the last of ``doc.found[:end]``)
    is unnamed reports, read off a bare hedge ("Нібито …", "Reportedly …") or an impersonal
    verb ("Отмечают, что …")."""
    inside = [a for a in doc.found[:end] if span[0] <= a.claim.span[0] < span[1]]
    # (or off an impersonal verb: "Отмечают, что …" names no one either)
    return (len(inside) == 1 and inside[0] is doc.found[end - 1]
            and inside[0].claim.speaker == _UNNAMED)


# a paragraph of direct speech opens with a dash ("– Наказывать ребят …"); its tag follows
# the last sentence's dash ("…, – пояснил начальник отдела")
_DASH_OPENING = re.compile(r"[ \t]*[—–―-][ \t]+(?=\w|[«\"„“])")
_DASH_TAG = re.compile(r"[,.!?…][ \t]*[—–―-][ \t]*[^\W\d_]")


def _dash_quotations(doc: _Doc) -> None:
    """Direct speech set off by a dash, as Russian and Ukrainian print an interview's words
    ("– Наказывать ребят мы не хотим. … Важно, чтобы о законе знали, – пояснил
    начальник отдела"): the paragraph from its dash to the tag is the speaker's, one
    claim a sentence (``_per_sentence``), when no sentence before the tag has a claim of its own."""
    body = doc.body
    claimed = [a.claim.span for a in doc.found]
    for a in doc.found:
        s, e = a.claim.span
        start = body.rfind("\n", 0, s) + 1
        opening = _DASH_OPENING.match(body, start)
        if opening is None or opening.end() >= s or _DASH_TAG.search(body, s, e) is None:
            continue
        if "\n" in body[start:s] or any(start <= x < s for x, _ in claimed):
            continue
        a.claim.span = (opening.end(), e)


_HEADING_LINE_END = re.compile(r"[ \t]*:[ \t]*\n")
# (a bullet may be an emoji: "▪️" is the square and a variation selector)
_LIST_QUOTATION = re.compile(rf"[ \t]*(?:[•▪◾\-–—]\ufe0f?[ \t]*)?(?P<open>[{_OPEN}])")
_CLOSING_OF = {"«": "»", "“": "”", "„": "“”"}


def _quotes_under_heading(doc: _Doc) -> None:
    """ "Как еще Песков опровергал «вторую волну»:" over lines that each open with a
    quotation ("«Это все слухи. Не слушайте их» — 17 января …"): a list of the named
    speaker's words, each quotation his, with the heading's stance and no relay (the report
    gathered them); what the lines say of them after the quotation is the report's own (who
    said a quotation's sentences does not change with a hedge in the line: "… якобы может
    объявить")."""
    body = doc.body
    for a in [a for a in doc.found if _named_speaker(a)]:
        s, e = a.claim.span
        # (the colon in the span or right after it; the span may run on over the first
        # quotation, read as the colon's own)
        end = _HEADING_LINE_END.search(body, s, e + 2)
        if end is None or "\n" in body[s:end.start()]:
            continue
        pos, quoted = end.end(), []
        while (m := _LIST_QUOTATION.match(body, pos)) is not None:
            line_end = body.find("\n", pos)
            line_end = len(body) if line_end < 0 else line_end
            close = max(body.rfind(ch, m.end(), line_end) for ch in _CLOSING_OF[m.group("open")])
            if close < 0:
                break
            quoted.append((m.end(), close))
            pos = line_end + 1
        if len(quoted) < 2:
            continue  # one quotation under a colon is the colon's own (_colon_quotation)
        a.claim.span = (s, body.index(":", end.start()) + 1)  # the heading is its own claim
        doc.found[:] = [b for b in doc.found if b is a or not any(qs - 1 <= b.claim.span[0] < qe for qs, qe in quoted)]
        for qs, qe in quoted:
            doc.found.append(Attribution(Claim(a.claim.speaker, [], a.claim.stance,
                                               bool(doc.lex.hedges.search(body[qs:qe])), (qs, qe), None,
                                               a.claim.cue), list(a.phrases)))
        doc.found.sort(key=lambda x: x.claim.span[0])


_QUOTE_REACH = 4  # paragraphs a quotation may run over


def _quotes_across_paragraphs(doc: _Doc) -> None:
    """A quotation of several paragraphs is its speaker's to its first word: "«… \n\n …»,
    — заявили в Минцифры" (the speaker after the close) and "В Минцифры заявили: \n\n«…
    \n\n …»" (the speaker before the opening). ``sentence_spans`` keeps a quotation whole
    only inside a paragraph; here the claim's span runs to the mark across paragraph
    breaks, and ``_per_sentence`` then gives each of its sentences a claim. Guillemets and
    curly quotes only: a straight quote does not tell an opening from a close."""
    body = doc.body
    claimed = [a.claim.span for a in doc.found]
    repeated: list[Attribution] = []
    for a in doc.found:
        s, e = a.claim.span
        par = body.rfind("\n", 0, s) + 1
        head = body[par:e]
        if _unclosed(head, closing=True):
            start = _opening_before(body, par)
            if start is None and par < s and not _QUOTATION_OPENS.search(body, par, s):
                # "Найманців «набирали» звідусіль. … Тому мобілізація вже і в столиці», –
                # зазначає експерт": a closing mark whose opening the page lost, no quotation
                # open above it: the quotation is its paragraph
                start = par
            inner = [x for x in doc.found if x is not a and start is not None and start <= x.claim.span[0] < par]
            if start is not None and (not inner or not a.claim.speaker.startswith("anonymous:") and all(
                    x.claim.speaker == a.claim.speaker for x in inner)):
                # (a sentence inside that names the speaker again, "Військова розвідка не
                # виключає …", is still the quotation's: one claim a sentence, as for the rest)
                a.claim.span = (start, e)
                repeated += inner
        elif body[s:e].rstrip().endswith(":"):
            end = _quotation_after(body, e) or _paragraph_after(body, e) or _items_after(body, e)
            if end is not None and not any(e <= x < end for x, _ in claimed):
                a.claim.span = (s, end)
        elif (e >= line_end(body, e) - 1 or _ends_line(body, e)) and (
                end := _first_person_after(body, line_end(body, e), doc.lex)) is not None \
                and not any(e <= x < end for x, _ in claimed):
            # "Работник военкомата заявил, что …\n\nУ меня всегда есть аргумент: …": a
            # block of first-person words after the speaker's paragraph is his quotation
            a.claim.span = (s, end)
        elif (e >= line_end(body, e) - 1 or _ends_line(body, e)) and _named_speaker(a) and (
                end := _quoted_paragraph_after(body, line_end(body, e))) is not None \
                and not any(e <= x < end for x, _ in claimed):
            # "Також він наголошує, що …\n\n«Це 13 дивізій. …»": a paragraph that is one
            # quotation with no tag of its own, right after the speaker's, is his (to its
            # close, or to the excerpt's cut end)
            a.claim.span = (s, end)
        elif (_DASH_TAGGED.search(body, s, e) and not _DASH_PARAGRAPH.match(body, par)
              and (before := next(_paragraphs_around(body, par, back=True), None)) is not None
              and _DASH_PARAGRAPH.match(body, before[0]) and not _TAGGED.search(body, *before)
              and not any(before[0] <= x < par for x, _ in claimed)):
            # "— Интересы этих стран безразличны Кремлю. …\n\nПротивостоять России непросто,
            # — сказал он.": a quotation opened by a dash runs on to the paragraph its tag
            # closes
            a.claim.span = (before[0], e)
        elif _tag_paragraph(body, par, a.claim.cue) and not body[par:s].strip(" \t—–-"):
            # "…работали в ноль \n\n— говорит бывшая владелица.": a paragraph that is
            # only a dash and its tag gives the words of the unquoted paragraph before it
            before = next(_paragraphs_around(body, par, back=True), None)
            if (before is not None and not any(before[0] <= x < par for x, _ in claimed)
                    and _SPEECH_PARAGRAPH.match(body, *before)):
                a.claim.span = (before[0], e)
        elif (par < s and a.claim.cue != "—" and (tag := _DASH_TAGGED.search(body, s, e)) is not None
              and not _QUOTES.search(body, par, tag.start()) and not any(par <= x < s for x, _ in claimed)):
            # "Росія хоче призвати 120 000 чоловіків. Москва розраховує передусім на захоплені
            # землі, – сказав очільник ОВА": words told without quotation marks, tagged at the
            # paragraph's end, are the speaker's from its start (a verb's tag, not a signature
            # with none: "…, — зампред комитета" signs its own sentence)
            a.claim.span = (par, e)
    for x in repeated:
        if x in doc.found:
            doc.found.remove(x)


# a Telegram post sets off quoted words as a block of their own, and a plain text export
# keeps no marks: "…, заявил сержант Андрей Соколов:\n\nОни не имеют права …" (the
# paragraph after a colon that ends its line), "…работали в ноль\n\n— говорит
# владелица." (the paragraph before a tag alone on its line). Not a heading, a list's lead
# or quoted words, which the rules above read.
_SPEECH_PARAGRAPH = re.compile(r"(?![ \t]*(?:\*\*|[«“\"„]|[—–-][ \t]))[^\n]*[^\s:]\s*$")
_TAG_PARAGRAPH = re.compile(r"[ \t]*[—–-][ \t]*(?P<cue>[^\W\d_]+)[^\n«»“”\".!?]*[.!]?[ \t]*")


def _tag_paragraph(body: str, par: int, cue: str | None) -> bool:
    """Whether the line at ``par`` is a dash and a speaker's tag alone ("— говорит офицер.")."""
    m = _TAG_PARAGRAPH.fullmatch(body, par, line_end(body, par))
    return m is not None and bool(cue) and m.group("cue").lower() == cue.strip().lower()


def _ends_line(body: str, at: int) -> bool:
    """Whether nothing but spaces stands between ``at`` and the end of its line."""
    return not body[at:line_end(body, at)].strip()


def _speech_paragraph_after(body: str, at: int) -> Span | None:
    """The next paragraph after ``at`` when it may be unmarked speech (``_SPEECH_PARAGRAPH``)."""
    after = next(_paragraphs_around(body, at, back=False), None)
    return after if after is not None and _SPEECH_PARAGRAPH.match(body, *after) else None


_ITEM_MARK = re.compile(r"[ \t]*(?:[—–•▪▫◾●*-]|\d{1,2}[.)])\ufe0f?[ \t]*(?=\w|[«\"„“])")
_ITEMS_REACH = 15  # items at most a speaker's list runs to


def _items_after(body: str, colon_end: int) -> int | None:
    """The end of the list of marked items after a colon that ends its line ("О чём ещё
    говорил Путин:\n\n— Россия не …\n\n— …"): a digest of what the speaker said."""
    if not _ends_line(body, colon_end):
        return None
    end, pos = None, colon_end
    for _ in range(_ITEMS_REACH):
        nonspace = _NONSPACE.search(body, pos)
        if nonspace is None:
            break
        start = body.rfind("\n", 0, nonspace.start()) + 1
        if not _ITEM_MARK.match(body, start):
            break
        end = pos = line_end(body, start)
    return end


_FIRST_PERSON = re.compile(r"(?<!\w)(?:я|мы|меня|мне|мной|мой|моя|моё|мои|нас|нам|нами|наш\w*|ми|мене|мені|мій|мої)(?!\w)",
                           re.IGNORECASE)  # ("Я думаю, …" opens a sentence)
_NO_QUOTATION = re.compile(r"https?://|t\.me/|@\w|(?<!\w)(?:мы|ми)\s+(?:писали|сообщали|повідомляли)", re.IGNORECASE)


def _first_person_after(body: str, line_stop: int, lex: _Lexicon) -> int | None:
    """The end of the unmarked paragraph right after ``line_stop`` when it speaks in the first
    person and has no cue of its own: a Telegram quotation whose marks the export lost."""
    after = _speech_paragraph_after(body, line_stop)
    if after is None:
        return None
    text = body[after[0]:after[1]]
    if (not _FIRST_PERSON.search(text) or _NO_QUOTATION.search(text) or lex.background.match(text)
            or "«" in text or "“" in text):
        return None
    return after[1]


def _quoted_paragraph_after(body: str, at: int) -> int | None:
    """The end of the quotation that opens the paragraph after ``at`` and holds all of it
    (closed at its end, or cut off by the excerpt's end), when no tag follows its close."""
    after = next(_paragraphs_around(body, at, back=False), None)
    if after is None or body[after[0]] not in "«“\"„":
        return None
    close = _closing_mark(body, after[0], after[1]) if body[after[0]] != "„" else None
    if close is None:
        # cut off: the excerpt ends inside it
        return after[1] if not body[after[1]:].strip() else None
    return close if not body[close:after[1]].strip(" .") else None


def _named_speaker(a: Attribution) -> bool:
    """Whether a claim's speaker is someone named, not a description nor the reports."""
    return a.claim.speaker != _UNNAMED and not a.claim.speaker.startswith("anonymous:")


def _paragraph_after(body: str, colon_end: int) -> int | None:
    """The end of the unquoted paragraph after a colon that ends its line."""
    after = _speech_paragraph_after(body, colon_end) if _ends_line(body, colon_end) else None
    return after[1] if after is not None else None


# a quotation with its speaker's tag after it: "«…», — сказал он.", "— …, — отметил он.",
# '"…," said one relative.' (a closing mark or a dash, then the tag's words)
_TAGGED = re.compile(r"[,!?…]\s*(?:[\"”»]\s*,?\s*(?:[—–]\s*)?|[—–]\s+)\w")
_DASH_OPENS = re.compile(r"\s*[—–]\s")  # dialogue: "— …, — отметил он. — …"
_DASH_TAGGED = re.compile(r"[,!?…]\s*[—–-]\s+[^\W\d_]")  # "…, — сказал он", "…, - говорится"
_DASH_PARAGRAPH = re.compile(r"[ \t]*[—–-][ \t]")  # a paragraph that opens on a dash
_MARK_OPENS = re.compile(r"\s*[\"“«]")


def _quotes_going_on(doc: _Doc) -> None:
    """The quotation goes on after its speaker's tag, in the same paragraph: "— …, — отметил
    он. — Правительство области …" and '"…," said one relative. "He told us …"' are the
    speaker's words to the paragraph's end, or to the quotation's closing mark; a sentence
    with a claim of its own ends it (tests/gold/README.md, claims)."""
    body = doc.body
    starts = sorted(a.claim.span[0] for a in doc.found)
    for a in doc.found:
        s, e = a.claim.span
        par_end = line_end(body, e)
        if not _TAGGED.search(body, s, e):
            continue
        dash = _DASH_OPENS.match(body, e, par_end)
        mark = None if dash else _MARK_OPENS.match(body, e, par_end)
        if dash and _DASH_OPENS.match(body, s, e):
            end = par_end
        elif mark:
            close = _closing_mark(body, mark.end() - 1, par_end)
            end = close if close is not None else par_end
        else:
            continue
        i = bisect.bisect_left(starts, e)  # a claim of its own ends it
        if i < len(starts) and starts[i] < end:
            end = starts[i]
        if body[e:end].strip(" —–\"“”«»"):
            a.claim.span = (s, end)


def _closing_mark(body: str, opening: int, end: int) -> int | None:
    """Just past the mark that closes the quotation opened at ``opening``, before ``end``."""
    closing = {"«": "»", "“": "”", '"': '"'}[body[opening]]
    k = body.find(closing, opening + 1, end)
    return None if k < 0 else k + 1


def _after_field(body: str, s: int, e: int) -> Span:
    """A sentence without the scraper's date field glued to its head ("date 2022-07
    Министерство обороны назвало …"): a date is never part of the speaker's phrase."""
    m = DATE_FIELD.match(body, s, e)
    return (m.end(), e) if m and m.end() < e else (s, e)


# a wire dateline opening a paragraph: "NEW DELHI:", "MOSCOW —", "RIGA, Latvia —", "KYIV (AP) -"
_DATELINE = re.compile(r"(?P<place>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ'’. -]{3,30}?)(?:,\s*[A-ZА-ЯЁІЇЄҐ][\w .]{1,30}?)?"
                       r"(?:\s*\([^()\n]{1,30}\))?\s*(?::|[—–]|-(?=\s))\s+")


def _after_dateline(doc: _Doc, s: int, e: int) -> Span:
    """A sentence without the wire dateline that opens it ("NEW DELHI: The Russian embassy
    said …"): the place in capitals is where the report was filed, never a speaker (a
    capital that speaks for its government is written as a name, "Moscow says")."""
    m = _DATELINE.match(doc.body, s, e)
    if not m or m.end() >= e or not any(ch.isalpha() for ch in m["place"]):
        return s, e
    place = m["place"].strip()
    known = canonical_type(canonical_name(place.title()) or "") == "PLACE" or any(
        ent.type == "PLACE" and ms == s for ms, _, ent in doc.mentions)
    # the agency's own mark after the date, before a dash ("16 октября. INTERFAX.RU -
    # Власти … опровергли"): the wire that files the report, not who speaks in it (a
    # body before a colon, "ГУР: …", speaks)
    wire = not known and m.group().rstrip()[-1:] in "-–—" and is_outlet(place)
    return (m.end(), e) if known or wire else (s, e)


_QUOTATION_OPENS = re.compile(r"(?<![\w«“])[«“](?=[^»”]*[.!?…]\s)")  # a quotation of sentences opened in the span


def _unclosed(text: str, closing: bool) -> bool:
    """Whether ``text`` has more closing marks than opening ones (``closing``), or more
    opening than closing."""
    opened = sum(text.count(c) for c in "«“")
    closed = sum(text.count(c) for c in "»”")
    return closed > opened if closing else opened > closed


_NONSPACE = re.compile(r"\S")


def _paragraphs_around(body: str, at: int, back: bool) -> Iterator[Span]:
    """The next paragraphs before (``back``) or after ``at``, nearest first, blank lines
    skipped."""
    pos = at
    for _ in range(_QUOTE_REACH):
        if back:
            end = max(0, pos - 1)
            while end > 0 and body[end - 1].isspace():  # (no copy of the body before it)
                end -= 1
            if end <= 0:
                return
            start = body.rfind("\n", 0, end) + 1
            pos = start
        else:
            nonspace = _NONSPACE.search(body, pos)
            if nonspace is None:
                return
            start = nonspace.start()
            end = pos = line_end(body, start)
        yield start, end


def _opening_before(body: str, par: int) -> int | None:
    """The opening mark of a quotation left open in the paragraphs before ``par``."""
    for start, end in _paragraphs_around(body, par, back=True):
        text = body[start:end]
        if _unclosed(text, closing=False):
            return start + max(text.rfind(c) for c in "«“")
        if any(c in text for c in "»”"):
            return None  # a quotation closed there: this one did not open before it
    return None


def _quotation_after(body: str, colon_end: int) -> int | None:
    """The end of a quotation that opens the paragraph after a colon."""
    depth = 0
    for i, (start, end) in enumerate(_paragraphs_around(body, colon_end, back=False)):
        if i == 0 and body[start] not in "«“":
            return None
        for k in range(start, end):
            if body[k] in "«“":
                depth += 1
            elif body[k] in "»”":
                depth -= 1
                if depth == 0:
                    return k + 1
    return None


# "Его слова приводит ТАСС", "Його слова цитує УНІАН": a sentence that only names who
# relays the words just quoted
_WORDS_RELAYED = re.compile(r"\W*(его|её|ее|их|його|її|їх|їхні|his|her|their)\s+(?:слова|words)\b", re.IGNORECASE)
_PLURAL_OWNERS = frozenset({"их", "їх", "їхні", "their"})
# "«…», — цитирует его ТАСС", "— цитирует военкома «Интерфакс»": the outlet quotes whom it
# names as its object, the speaker named before
# (the verbs: the lexicon's "quotes_whom")
_QUOTES_WHOM = re.compile(r"[—–-]\s*(?P<verb>[^\W\d_]+)\s+(?P<whom>[^\W\d_]+)\s")
_STEM = 5  # letters a title and its case form share ("военком", "военкома")


def _words_relayed(doc: _Doc, before: int) -> None:
    """ "«…», — рассказал Медведев. Его слова приводит ТАСС.": the outlet relays the claims
    of the sentence before, not a claim of its own."""
    new = doc.found[before:]
    if not (len(new) == 1 and before and is_outlet(new[0].claim.speaker)):
        return
    owner = _WORDS_RELAYED.match(doc.body, new[0].claim.span[0])
    if owner is None and not _bare_relay(doc, new[0].claim) and not _quotes_whom_before(doc, before, new[0].claim):
        return
    outlet, relay = new[0].claim.speaker, new[0].claim
    last = doc.found[before - 1].claim
    if owner is None and last.speaker == outlet:
        return  # "…, пише ТСН. Пише ТСН.": no relay of its own report
    # "Их слова передает РИА": everyone who spoke in the sentence before; "Его слова": the last
    plural = owner is not None and owner.group(1).lower() in _PLURAL_OWNERS
    speakers = list(dict.fromkeys(a.claim.speaker for a in doc.found[:before]
                                  if a.claim.span == last.span)) if plural else [last.speaker]
    latest: dict[str, Claim] = {}
    for a in doc.found[:before]:
        c = a.claim
        if c.speaker in speakers and c.span[1] <= relay.span[0] \
                and c.span[0] >= last.span[0] - _RELAYED_BACK:
            if outlet not in c.via:
                c.via.append(outlet)
            latest[c.speaker] = c
    # the sentence that names the relay is the speakers' too, through it (tests/gold/README.md:
    # an outlet that refers back to a speaker)
    doc.found[before:] = [Attribution(Claim(name, list(c.via), c.stance, relay.hedged, relay.span,
                                            None, relay.cue), list(new[0].phrases))
                          for name, c in latest.items()]


_RELAYED_BACK = 400  # characters back from the last claim: the quotation the relay names
_BARE_RELAY_WORDS = 5  # "Пише ТСН.", "Передает РИА Новости.": a verb and an outlet's name


def _quotes_whom_before(doc: _Doc, before: int, claim: Claim) -> bool:
    """ "«…», — цитирует его ТАСС" or "— цитирует военкома «Интерфакс»" after "…, сообщил
    военком региона Артын Демир-оол": the outlet quotes the speaker before, whom its object
    names by a pronoun or by the title his sentence gave him."""
    verbs = doc.lex.words.get("quotes_whom", ())
    m = next((m for m in _QUOTES_WHOM.finditer(doc.body, claim.span[0], claim.span[1])
              if m.group("verb").lower() in verbs), None)
    if m is None or not m.group("whom").islower():
        return False
    whom = m.group("whom").lower()
    if whom in doc.lex.words.get("object_pronouns", ()):
        return True
    last = doc.found[before - 1].claim
    said = doc.body[last.span[0]:last.span[1]].lower()
    return len(whom) > _STEM and whom[:_STEM] in said and not last.speaker.startswith("anonymous:")


def _bare_relay(doc: _Doc, claim: Claim) -> bool:
    """ "…, пише The Guardian. Пише ТСН.": a sentence of only a verb of reporting and
    an outlet, right after a claim, names who relays it, not a report of its own."""
    s, e = claim.span
    text = doc.body[s:e].lstrip()
    # (a sentence of its own, opening with the verb: not "– пишуть журналісти AP", the tag
    # of the sentence before cut off by a line break)
    return (bool(claim.cue) and 1 < len(text.split()) <= _BARE_RELAY_WORDS and text[:1].isupper()
            and text.lower().startswith(claim.cue.lower()))


def _per_sentence(a: Attribution, spans: list[Span], doc: _Doc) -> list[Attribution]:
    """A quotation of several sentences is several statements, one claim each with the same
    speaker and relays (tests/gold/README.md: one entry per statement); the stance and hedge
    the attribution read belong to the sentence that holds its phrases, and another sentence
    denies only by its own words ("«…. Это не так. …», — заявили в министерстве")."""
    s, e = a.claim.span
    doc_body, lex = doc.body, doc.lex
    inside = [part for x, y in spans if x < e and s < y
              for piece in statement_spans(doc_body, max(s, x), min(e, y))
              for part in _tag_line_apart(doc_body, piece)]
    if len(inside) < 2:
        return [a]
    home = next((i for i, (x, y) in enumerate(inside) if any(x <= p < y for p, _ in a.phrases)),
                len(inside) - 1)
    c = a.claim
    out = []
    denies = [_rejects(lex.negation, doc_body[x:y].translate(_FOLD), []) for x, y in inside]
    if c.stance == "deny" and not denies[home] and any(denies) and not _denying_cue(lex, c.cue):
        c.stance = "assert"  # the denial is another sentence's of the quotation
    for i, piece in enumerate(inside):
        if i == home:
            c.span = piece
            out.append(a)
        else:
            stance = "deny" if denies[i] else "assert"
            inner = _quoted_speaker(doc, *piece, c.speaker)
            if inner is not None:
                # "«… In Moscow the recruiter told him that … »": the quotation's
                # speaker relays whom the sentence names as saying it
                name, phrase = inner
                out.append(Attribution(Claim(name, _dedupe([c.speaker, *c.via], name), stance, False, piece,
                                             c.date, c.cue), [phrase], True))
                continue
            out.append(Attribution(Claim(c.speaker, list(c.via), stance, False, piece, c.date, c.cue),
                                   list(a.phrases), a.nested))
    return out


# a quotation's tag the export broke onto a line of its own ("…на передову"\n, ― сказав
# представник розвідки): the tag is a statement of its own
_TAG_LINE = re.compile(r"\n[ \t]*,?[ \t]*[―—–-][ \t]*(?=[^\W\d_])")


def _tag_line_apart(body: str, piece: Span) -> list[Span]:
    m = _TAG_LINE.search(body, *piece)
    if m is None or not body[piece[0]:m.start()].strip():
        return [piece]
    return [(piece[0], m.start()), (m.start() + 1, piece[1])]


def _quoted_speaker(doc: _Doc, s: int, e: int, outer: str) -> tuple[str, Span] | None:
    """Whom a sentence inside a quotation names as saying what it says ("the travel agent
    told him that …", "окупанти обіцяли, що …"): a description or a name before a reporting
    verb, never a pronoun (the speaker's "he", "I" are read no further)."""
    raw = doc.body[s:e].translate(_FOLD)
    for m in doc.lex.cues.finditer(raw):
        if m.lastgroup not in _BEFORE:
            continue
        cue = _Cue(m.lastgroup, m.start(), m.end(), raw[m.start():m.end()])
        if raw.count("(", 0, cue.start) > raw.count(")", 0, cue.start):
            continue  # an editor's note in brackets ("(об этом первым написало … — прим. ред.)")
        span, _ = _speaker_span(doc, s, raw, cue)
        toks = _without_conjunction(doc, _tokens(raw, span) if span is not None else [])
        definite = doc.lex.words["definite"]
        while (len(toks) > 1 and doc.lang == "en" and toks[0].group().lower() not in definite
               and any(x.group().lower() in definite for x in toks[1:])):
            toks = toks[1:]  # "In Moscow the recruiter": from its noun phrase's first determiner
        span = (toks[0].start(), toks[-1].end()) if toks else None
        words = [t.group().lower() for t in toks]
        if not words or not (_nominal(doc, s, raw, span) or words[0] in doc.lex.words["definite"]):
            continue  # (a noun phrase: "the travel agent", "окупанти", "ГУР"; no adverb)
        if words[0] in doc.lex.words.get("locative", ()) or (
                doc.lang in morph.LANGS and morph.function_word(words[0], doc.lang) is not None):
            continue  # (a subject, not where it was said, "у Дагестані повідомили", nor "впервые")
        if any(w in doc.lex.words["pronouns"] or w in doc.lex.words.get("not_speakers", ()) for w in words):
            continue
        sp = _speaker(doc, s, raw, span)
        if sp is not None and sp.names and sp.names[0] not in (outer, _UNNAMED):
            return sp.names[0], (s + span[0], s + span[1])
    return None


def _denying_cue(lex: _Lexicon, cue: str | None) -> bool:
    """Whether a claim's cue is a verb of denial ("опровергли", "denied")."""
    m = lex.cues.regex.fullmatch(lex.cues.text(cue)) if cue else None
    return bool(m and (m.lastgroup or "").endswith("_deny"))


# ---------------------------------------------------------------- the lexicon


@dataclass(frozen=True, slots=True)
class _Lexicon:
    # the three run on every clause: over folded text (see recruitwatch.fastre)
    cues: Folded
    hedges: Folded
    verify: Folded
    announce: re.Pattern
    claim_spreaders: re.Pattern  # verbs that take claims as their object ("circulated")
    prefixes: re.Pattern
    breaks: re.Pattern  # between clauses that may each have a speaker
    outlet_object: re.Pattern  # "the outlet", "изданию": an outlet named earlier
    outlet_talk: re.Pattern  # "в разговоре с изданием": a talk with an outlet named earlier
    negation: _Negation
    words: dict[str, frozenset[str]]
    stems: dict[str, frozenset[str]]  # noun lists compared by stem (Russian case forms)
    refers_back: re.Pattern  # "Об этом сообщил …": the sentences before are what was said
    background: re.Pattern  # "Ранее", "Нагадаємо": the publisher turns to its own archive
    offices: dict[str, tuple[str, ...]]  # "глава города": the role words of its holder
    # "университет": the words the English name of such a body holds ("University")
    body_kinds: dict[str, tuple[str, ...]]
    # where the news a sentence reports begins (", что", ":"), and the prepositions before
    # where it appeared ("в зведенні", "на сторінці"): claims._where_it_appeared
    news_opener: re.Pattern
    news_place: re.Pattern
    # "сообщения британских СМИ", "reports by British media": whose reports a denial names
    denied_report: re.Pattern | None


def _opening_case(words: list[str]) -> str:
    """An alternation of ``words`` in small letters or with a capital first ("в", "В"),
    never all in capitals; none matches nothing."""
    return "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words) or "(?!)"


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)) or r"(?!)"


def _word_regex(patterns: list[str]) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{_alternation(patterns)})(?!\w)", re.IGNORECASE)


def _folded_words(patterns: list[str]) -> Folded:
    return compile_folded(rf"(?<!\w)(?:{_alternation(patterns)})(?!\w)")


@dataclass(frozen=True, slots=True)
class _Negation:
    """Cues of a statement that rejects what is reported or proposed (see [negation])."""

    rejects: Folded  # count only with a topic word near them
    acts: Folded  # count on their own
    topics: Folded
    window: int


def _negation_regex(patterns: list[str]) -> Folded:
    # "doesn't": a cue may start at "n't" inside a word
    return compile_folded(rf"(?:(?<!\w)|(?=n't))(?:{_alternation(patterns)})(?!\w)")


def _negation(data: dict) -> _Negation:
    return _Negation(_negation_regex(data.get("rejects", [])), _negation_regex(data.get("acts", [])),
                     _folded_words(data.get("topics", [])), int(data.get("window", 4)))


def _guarded(rx: Folded) -> Folded:
    """``rx`` with a look-ahead for the letters its matches start with: the cue alternation
    is tried at every position of every sentence."""
    return Folded(guarded(rx.regex), rx.folded)


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    try:
        data = load_toml(f"lexicon/claims_{lang}.toml")
    except FileNotFoundError:  # an unsupported language reads with the English cues
        data = load_toml("lexicon/claims_en.toml")
    cues = data["cues"]
    groups = [f"(?P<{k}>{_alternation(cues[k])})" for k in _KINDS if cues.get(k)]
    words = data["words"]
    return _Lexicon(
        cues=_guarded(compile_folded(rf"(?<!\w)(?:{'|'.join(groups)})(?!\w)")),
        hedges=_folded_words(data["hedges"]["words"]),
        verify=_folded_words(data["hedges"]["verify"]),
        announce=_word_regex(words.get("announce", [])),
        claim_spreaders=_word_regex(words.get("claim_spreaders", ["(?!)"])),
        prefixes=re.compile(rf"(?:{_alternation(words.get('source_prefixes', []))})\s*",
                            re.IGNORECASE),
        breaks=re.compile(_alternation(words.get("clause_breaks", [])), re.IGNORECASE),
        outlet_object=re.compile(
            rf"\s*(?:(?:{_alternation(words.get('definite', []))})\s+)?"
            rf"(?:{_alternation(words.get('outlet_nouns', []))})(?!\w)", re.IGNORECASE),
        outlet_talk=re.compile(rf"(?<!\w)(?:{_alternation(words.get('outlet_talk', []) or ['(?!)'])})(?!\w)",
                               re.IGNORECASE),
        negation=_negation(data.get("negation", {})),
        words={k: frozenset(w.lower() for w in v) for k, v in words.items()
               if k not in ("source_prefixes", "announce", "clause_breaks", "outlet_nouns", "outlet_talk",
                            "refers_back", "background")},
        stems={k: frozenset(stem(x) for x in words.get(k, []))
               for k in ("anaphoric", "documents", "common_speakers", "institution_heads", "titles", "body_offices",
                         "spokes", "outlet_anaphors", "source_nouns", "quoted_name_nouns",
                         "body_nouns", "not_sources", "place_nouns", "media_nouns", "audience_nouns")},
        refers_back=re.compile(rf"[\W_]*(?:{_alternation(words.get('refers_back', []) or ['(?!)'])})(?!\w)",
                               re.IGNORECASE),
        offices={k.lower(): tuple(v) for k, v in data.get("offices", {}).items()},
        body_kinds={k.lower(): tuple(v) for k, v in data.get("body_kinds", {}).items()},
        news_opener=re.compile(rf",?\s+(?:{_alternation(words.get('news_openers', []) or ['(?!)'])})(?!\w)|:"),
        news_place=re.compile(rf"(?<!\w)(?:{_opening_case(words.get('news_prepositions', []))})\s+"),
        background=re.compile(rf"[\W_]*(?:{_alternation(words.get('background', []))})(?!\w)",
                              re.IGNORECASE),
        denied_report=(re.compile(rf"(?<!\w)(?:{_alternation(data['denied_reports']['nouns'])})\s+"
                                  rf"(?P<source>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’.-]*){{0,3}}?)"
                                  rf"(?=\s+(?:{_alternation(data['denied_reports']['topics'])})(?!\w)|\s*[,.;:«\"]|$)",
                                  re.IGNORECASE)
                       if "denied_reports" in data else None),
    )


# ---------------------------------------------------------------- per document state


@dataclass(slots=True)
class _Speaker:
    names: list[str]  # one per coordinated speaker
    named: bool  # from an entity or a proper name, not a description
    evidence: bool = False  # a document the reporter cites ("an official letter")
    relay: str | None = None  # the outlet whose source it is ("собеседник «Ведомостей»")
    outlet: bool = False  # named as an outlet by its noun ("портал «Коментарі»")


@dataclass(slots=True)
class _Doc:
    body: str
    lex: _Lexicon
    mentions: list[tuple[int, int, Entity]]
    found: list[Attribution] = field(default_factory=list)
    history: list[tuple[str, list[str], frozenset[str]]] = field(default_factory=list)
    syntax: bool = False  # parse cue clauses (Russian and Ukrainian, models on)
    lang: str = "en"
    at: int = 0  # the start of the sentence being read
    relayed_by: str | None = None  # the outlet a sentence that refers back names (_report_relay)
    outlet: str | None = None  # the publisher: "we" in its own words ("по нашим данным")
    people: set[str] = field(default_factory=set)  # speakers named by a given name the model missed
    place_words: frozenset[str] = frozenset()  # the places' mentions as written ("Нижнего Тагила")

    def previous(self) -> tuple[str, list[str], frozenset[str]] | None:
        return self.history[-1] if self.history else None


def _mentions(entities: list[Entity]) -> list[tuple[int, int, Entity]]:
    return sorted((s, e, ent) for ent in entities for s, e in ent.mentions)


@dataclass(slots=True)
class _Cue:
    kind: str
    start: int  # offsets in the sentence
    end: int
    text: str


# ---------------------------------------------------------------- one sentence


def _read_sentence(doc: _Doc, s: int, e: int) -> None:
    doc.at = s
    raw = doc.body[s:e].translate(_FOLD)
    if doc.lex.cues.search(raw) is None:
        # no cue at all (most sentences): the one clause's reading would end here, and
        # masking quotes only ever hides cues
        _apply_verify(doc, raw)
        return
    text = _masked(raw)
    # a name in quotes says nothing: "телеграм-канал «Говорит НеМосква»" holds no verb
    names = [m.span() for m in _QUOTED.finditer(text) if _is_quoted_name(m["name"])]
    cues = _verb_cues(doc, text, [_Cue(m.lastgroup or "", m.start(), m.end(),
                                       text[m.start():m.end()])
                                  for m in doc.lex.cues.finditer(text)
                                  if not any(a < m.start() < b for a, b in names)])
    before: list[Attribution] = []
    for a, b in _clauses(doc, text, cues):
        mine = [_Cue(c.kind, c.start - a, c.end - a, c.text) for c in cues if a <= c.start < b]
        before = _read_clause(doc, s + a, raw[a:b], text[a:b], mine, before) or before


def _verb_cues(doc: _Doc, text: str, cues: list[_Cue]) -> list[_Cue]:
    """The cues without a noun that a reporting verb follows ("reports said", "claims say"):
    the noun is the verb's subject, not a verb of its own."""
    nominal = doc.lex.words.get("nominal_cues", frozenset())
    offers = tuple(doc.lex.words.get("offers", ()))
    return [c for c, nxt in zip(cues, cues[1:] + [None])
            if not (nxt and nxt.kind in _SPEAKING and c.text.lower() in nominal
                    and not text[c.end:nxt.start].strip())
            # "Им предложили подписать контракт", "предлагают должникам подписать": an
            # offer made to someone, no proposal
            and not (offers and c.text.lower().startswith(offers)
                     and (morph.dative(_word_before(text, c.start), doc.lang)
                          or morph.dative(_word_after(text, c.end), doc.lang))
                     # "Мигрантам обещали, что их не отправят на фронт": a statement
                     and not _THAT_AFTER.match(text, c.end))]


_THAT_AFTER = re.compile(r",?\s*(?:что|що|that)(?!\w)", re.IGNORECASE)


def _clauses(doc: _Doc, text: str, cues: list[_Cue]) -> list[Span]:
    """The sentence, or its clauses when each has its own speaker ("Critics said ...; the
    Kremlin denied ...", "Lawmakers said ... but critics said ...")."""
    speaking = [c.start for c in cues if c.kind in _SPEAKING]
    if len(speaking) < 2:
        return [(0, len(text))]
    cuts = [m.span() for m in doc.lex.breaks.finditer(text)
            if any(p < m.start() for p in speaking) and any(p >= m.end() for p in speaking)]
    cuts += _denies_and_says(doc, text, cues)
    out, pos = [], 0
    for a, b in sorted(cuts):
        if a < pos:
            continue
        out.append((pos, a))
        pos = b
    return out + [(pos, len(text))]


def _denies_and_says(doc: _Doc, text: str, cues: list[_Cue]) -> list[Span]:
    """The "and" before a reporting verb whose stance is not the verb's before it ("Кремль
    заперечує наміри окупації і заявляє, що …"): two statements, a denial and an assertion
    (tests/gold/README.md: two entries), the second verb's subject the first's."""
    joins = doc.lex.words["and"]
    out = []
    speaking = [c for c in cues if c.kind in _SPEAKING]
    for i, second in enumerate(speaking[1:], 1):
        first = next((c for c in reversed(speaking[:i])
                      if c.kind.endswith("_deny") != second.kind.endswith("_deny")), None)
        if first is None:
            continue
        words = text[first.end:second.start].split()
        if len(words) > 1 and words[-1].lower() in joins:
            at = text.rfind(words[-1], first.end, second.start)
            a, b = at, at + len(words[-1])
            while a > first.end and text[a - 1].isspace():
                a -= 1
            while b < second.start and text[b].isspace():
                b += 1
            out.append((a, b))  # (the spaces around the "and" go with it)
    return out


def _read_clause(doc: _Doc, s: int, raw: str, text: str, cues: list[_Cue],
                 before: list[Attribution]) -> list[Attribution]:
    hedged = bool(doc.lex.hedges.search(raw))
    made = _claims_of(doc, s, s + len(raw), text, cues, hedged) if cues else []
    if not made and before:
        made = _same_subject(doc, s, raw, text, cues, before, hedged)
    if not made:
        _apply_verify(doc, raw)
        return []
    doc.found.extend(made)
    _remember(doc, made[0])
    if _MASK in text:
        _nested_claims(doc, s, raw, text, made[0])
    return made


def _same_subject(doc: _Doc, s: int, raw: str, text: str, cues: list[_Cue],
                  before: list[Attribution], hedged: bool) -> list[Attribution]:
    """ "Песков признал ..., но отрицал ...": a clause that opens with its verb has the
    subject of the clause before it, and its own stance."""
    cue = next((c for c in cues if c.kind in _SPEAKING), None)
    if cue is None or _tokens(text, (0, cue.start)):
        return []
    phrase = [(cue.start, cue.end)]
    deny = cue.kind.endswith("_deny") or _rejects(doc.lex.negation, raw, phrase)
    return [Attribution(Claim(a.claim.speaker, list(a.claim.via), "deny" if deny else "assert",
                              hedged, (s, s + len(raw)), None, cue.text), [(s + cue.start, s + cue.end)])
            for a in before if not a.nested]


_QUOTES = re.compile(r"[“”«»„\"]")


_AUTHOR_INSERT = re.compile(r"[,!?…]\s+[-–—]\s+(?P<words>[^-–—\"“”«»„]{3,200}?)[.,:]\s+[-–—]\s+")


def _masked(text: str) -> str:
    """``text`` with quoted speech replaced by a mask character (same length)."""
    out, start = None, None
    for m in _QUOTES.finditer(text):
        i, ch = m.start(), m.group()
        span = None
        if start is None and (ch in _OPEN or ch == _BOTH):
            start = i
        elif start is not None and (ch in _CLOSE or ch == _BOTH):
            inner = text[start + 1:i]
            cited = len(inner.split()) <= 4 and _CITED_BEFORE.search(text, 0, start)
            # «Верстка» is a name; "со ссылкой на «многочисленные источники»" quotes the
            # outlet's own words for who it cites, not speech
            span = None if _is_quoted_name(inner) or cited else (start, i + 1)
            start = None
        elif start is None and ch in _CLOSE:  # the sentence began inside a quotation
            span = (0, i + 1)
        if span:
            out = out or list(text)
            out[span[0]:span[1]] = _MASK * (span[1] - span[0])
            # «Благодарю вас, — сказал Собянин. — Будем надеяться»: the author's words set
            # between dashes inside the quotation are no part of it
            for m in _AUTHOR_INSERT.finditer(text, span[0], span[1]):
                # (from the comma and dash that set them off: "…, — сказал Собянин")
                out[m.start():m.end("words")] = text[m.start():m.end("words")]
    if start is not None:
        # a quotation left open closes where the author's words follow a quote mark: straight
        # quotes nested in straight quotes share one closing mark ("…выплаты "О выплате…", -
        # написал Балицкий"), so the count of marks comes out odd
        close = _CLOSED_BY_DASH.search(text, start)
        stop = close.start() + 1 if close else len(text)
        out = out or list(text)
        out[start:stop] = _MASK * (stop - start)
        # «Важно, что …, — уточнил губернатор. — …»: the author's words that end the sentence
        # of a quotation going on past it
        author = None if close else _AUTHOR_LAST.search(text, start)
        if author:
            out[author.start():author.end("words")] = text[author.start():author.end("words")]
    return "".join(out) if out else text


_AUTHOR_LAST = re.compile(r"[,!?…]\s+[-–—]\s+(?P<words>(?=[a-zа-яёіїєґ])[^-–—\"“”«»„]{3,200}?)[.:]?\s*$")


_CLOSED_BY_DASH = re.compile(r"[\"»”],?[ \t]+[-–—][ \t]+(?=\w)")


_CITED_BEFORE = re.compile(r"(?:ссылкой на|ссылаясь на|посиланням на|посилаючись на|citing|according to)\s*$",
                           re.IGNORECASE)


def _is_quoted_name(inner: str) -> bool:
    """«Верстка», "Citizen, Army & the Law": a short capitalised quotation is a name."""
    words = inner.split()
    return 0 < len(words) <= 4 and inner.strip()[0].isupper() and not inner.rstrip().endswith(
        (".", ",", "!", "?"))


@dataclass(slots=True)
class _Reading:
    """What the cues of one sentence say: speakers found, relays, an original source."""

    before: list[tuple[_Cue, _Speaker, Span]] = field(default_factory=list)
    after: list[tuple[_Cue, _Speaker, Span]] = field(default_factory=list)
    relays: list[tuple[str, Span]] = field(default_factory=list)
    source: tuple[_Speaker, Span] | None = None
    weak: _Cue | None = None


def _claims_of(doc: _Doc, s: int, e: int, text: str, cues: list[_Cue],
               hedged: bool) -> list[Attribution]:
    r = _reading(doc, s, text, cues)
    primary = (r.before or r.after or [None])[0]
    if primary is None:
        return _weak_claims(doc, s, e, text, r, hedged) or _relayed_claims(doc, s, e, text, cues, r, hedged)
    if not r.before and _is_outlet_speaker(primary[1]):
        # "За даними порталу «Х», про це сказано у звіті британської розвідки":
        # the outlet passes on what the named source wrote
        primary = next((a for a in r.after[1:] if a[1].named and not _is_outlet_speaker(a[1])), primary)
    closing = _closing_speaker(doc, text, r)
    if closing is not None:
        primary = closing
    if r.before and r.after and _is_outlet_speaker(primary[1]):
        # "According to Lloyd Austin, …, Reuters reported": the outlet's verb after the
        # source named first relays that source
        first = r.after[0]
        if (first[1].names and first[0].start < primary[0].start
                and primary[0].text.lower() in doc.lex.words["relay_verbs"]):
            primary = first
    cue, speaker, span = primary
    via = _via(r, primary, doc.lex.words["relay_verbs"])
    phrases = [_with_cue(span, cue)] + [p for _, p in r.relays]
    phrases += [_with_cue(p, c) for c, _, p in r.after + r.before if c is not cue]
    if r.source:
        phrases.append(r.source[1])
        if (_is_outlet_speaker(r.source[0]) and not _is_outlet_speaker(speaker)
                and cue.text.lower() not in doc.lex.words["relay_verbs"]):
            # "розповів голова ОВА Гордієнко, передає сайт з посиланням на
            # агентство": the outlet cited passed on what the person said; he speaks (after
            # the broadcast he spoke on: "в ефірі телемарафону … розповів")
            k = len(_relays_before(r, cue))
            via = _dedupe(via[:k] + r.source[0].names[:1] + via[k:], speaker.names[0])
        elif (speaker.named and _is_person(doc, speaker.names[0])
              and any(c.text.lower() in doc.lex.words["relay_verbs"] and cue.end <= c.start < r.source[1][0] for c in cues)):
            # "Об этом сообщила депутат Анна Петрова …, передает ТАСС со ссылкой на ее
            # Telegram-канал": the person spoke; what the relaying outlet cites passed it on
            if r.source[0].named:
                via = _dedupe(r.source[0].names[:1] + via, speaker.names[0])
        elif not r.source[0].evidence:
            via, speaker = speaker.names[:1] + via, r.source[0]
    inner = _inner_speaker(doc, text, cue, speaker, r)
    if inner is not None:  # "СМИ сообщали, что депутат Бородай заявил …": Бородай, via СМИ
        via, speaker, cue = speaker.names[:1] + via, inner[1], inner[0]
    # "... said the checks were routine and denied that ...": one speaker, a denial
    denies = [c for c, sp, _ in r.before if c.kind.endswith("_deny") and sp.names == speaker.names]
    rejects = _rejects(doc.lex.negation, doc.body[s:e].translate(_FOLD), phrases)
    stance = "deny" if cue.kind.endswith("_deny") or denies or rejects else "assert"
    body_phrases = [(s + a, s + b) for a, b in phrases]
    out = [Attribution(Claim(name, _dedupe(via, name), stance, hedged, (s, e), None, cue.text),
                       body_phrases) for name in speaker.names]
    # "While the government cautioned …, critics argue that …": a second speaker of the
    # clause makes a claim of its own (tests/gold/README.md: two speakers, two entries)
    said = set(speaker.names)
    for other, sp, span in r.before:  # verbs with their own subjects ("according to a
        # report, X claimed": the report is X's source, not a second speaker)
        if other is cue or other.kind not in _SPEAKING or said & set(sp.names) or sp.relay:
            continue
        if set(sp.names) & set(via) or _reported_in(doc, text, cue, other):
            continue  # a relay ("…, Interfax reported"), or a verb inside what was said
        if closing is not None and other.start < cue.start:
            continue  # "The letter reveals that …, said Krivenko": his words hold the letter's
        said |= set(sp.names)
        deny = other.kind.endswith("_deny")
        out += [Attribution(Claim(name, [], "deny" if deny else "assert", hedged, (s, e), None,
                                  other.text), [(s + a, s + b) for a, b in [_with_cue(span, other)]])
                for name in sp.names]
    return out


_WORD_RE = re.compile(r"[^\W\d_]+")


def _closing_speaker(doc: _Doc, text: str, r: _Reading) -> tuple[_Cue, _Speaker, Span] | None:
    """ "The recruitment letter reveals that …, said Sergei Krivenko": a verb of saying
    after a comma that closes the sentence, its speaker after it, said all before it (a
    verb of relaying there is an outlet's: "…, Interfax reported")."""
    if len(r.before) < 2:
        return None
    cue, speaker, span = r.before[-1]
    if (span[0] >= cue.end and speaker.names and text[:cue.start].rstrip().endswith(",")
            and cue.text.lower() not in doc.lex.words["relay_verbs"]
            and not _is_outlet_speaker(speaker)):
        return r.before[-1]
    return None


def _inner_speaker(doc: _Doc, text: str, cue: _Cue, speaker: _Speaker,
                   r: _Reading) -> tuple[_Cue, _Speaker] | None:
    """A named speaker whose verb lies in what the first speaker reported ("РБК сообщает,
    что Песков заявил …"): the words are his, the first speaker relays them."""
    if len(speaker.names) != 1:
        return None
    that = doc.lex.words.get("that", frozenset())
    saying = tuple(doc.lex.words.get("inner_saying", ()))
    openers = doc.lex.words.get("inner_clause_openers", frozenset())
    for other, sp, span in r.before:
        # (a verb of saying, not of opinion: "он сказал, что Кремль считает" is his; its
        # speaker opens what was reported, right after "что": not "…, після того, як уряд
        # оголосив")
        opens = [t for t in _tokens(text, (cue.end, span[0])) if t.group().lower() in that]
        between = [t.group().lower() for t in _tokens(text, (opens[-1].end(), span[0]))] if opens else []
        if (other is not cue and other.kind in _SPEAKING and saying
                and other.text.lower().startswith(saying)
                and sp.named and len(sp.names) == 1 and opens
                and len(between) <= 3 and not openers & set(between)
                and sp.names != speaker.names and _reported_in(doc, text, cue, other)
                # (its own statement follows it; ", TASS reported." ends the sentence as
                # the outer relay)
                and len(_WORD_RE.findall(text, other.end)) >= 2):
            return other, sp
    for other, sp, span in r.after:
        # "Reuters reported that, according to Lloyd Austin, …", "Медуза пишет, что, по
        # словам Шойгу, …": the source named first in what was reported said it
        opens = [t for t in _tokens(text, (cue.end, other.start)) if t.group().lower() in that]
        if (other.kind in _AFTER and sp.names and sp.names != speaker.names and opens
                and not _tokens(text, (opens[-1].end(), other.start))
                and len(_WORD_RE.findall(text, span[1])) >= 2):
            return other, sp
    return None


def _reported_in(doc: _Doc, text: str, cue: _Cue, other: _Cue) -> bool:
    """Whether ``other`` lies in the statement ``cue`` reports ("рассказал, что власти
    опасаются"): a "that" stands between them."""
    return cue.end <= other.start and _that_between(doc, text, cue.end, other.start)


def _rejects(neg: _Negation, raw: str, phrases: list[Span]) -> bool:
    """Whether the statement itself, its attribution left out, rejects a plan, need or act
    ("There is no need for greater mobilization", "had not recruited any Nepalis")."""
    content = list(raw)
    for a, b in phrases:
        content[a:b] = " " * (b - a)
    text = "".join(content)
    if neg.acts.search(text):
        return True
    return any(_topic_near(neg, text, m.start(), m.end()) for m in neg.rejects.finditer(text))


def _topic_near(neg: _Negation, text: str, a: int, b: int) -> bool:
    """A topic word inside the cue or within ``neg.window`` words either side of it, in its
    own sentence ("Йдеться не про добровольців. Призов … іде": the call-up is what the
    next sentence asserts, not what this one rejects; the sentences of a quotation are
    read through its marks)."""
    start, stop = next((sp for sp in statement_spans(text, 0, len(text)) if sp[0] <= a < sp[1]),
                       (0, len(text)))
    near = text[start:a].split()[-neg.window:] + [text[a:b]] + text[b:stop].split()[:neg.window]
    return bool(neg.topics.search(" ".join(near)))


def _with_cue(span: Span, cue: _Cue) -> Span:
    """The speaker phrase with its cue and anything between ("Medvedev, the chair ... said")."""
    return (min(span[0], cue.start), max(span[1], cue.end))


def _is_outlet_speaker(sp: _Speaker) -> bool:
    return len(sp.names) == 1 and (sp.outlet or is_outlet(sp.names[0]))


_LEGAL_GROUNDS = re.compile(r"(?:закон|конституц|кодекс|статт|стать|law\b|laws\b|constitution|code\b)", re.IGNORECASE)


def _legal_grounds(text: str, span: Span) -> bool:
    """ "Він підкреслив, що, згідно з Конституцією, …", "согласно закону": the law a speaker
    grounds what he says in, no one who says it for him."""
    return bool(_LEGAL_GROUNDS.match(text, span[0]))


def _via(r: _Reading, primary: tuple[_Cue, _Speaker, Span],
         relay_verbs: frozenset[str]) -> list[str]:
    """Relays nearest the speaker first: the verb's own relays, then "according to X". A
    broadcast the speaker spoke on, read before the verb ("в ефірі телемарафону «Єдині новини»
    розповів X, … з посиланням на Укрінформ"), is nearer than the sources cited after it."""
    before = _relays_before(r, primary[0])
    via = before + [name for name, span in r.relays if span[1] > primary[0].start]
    # "Peskov said ..., Interfax reported": a later reporting verb names an outer relay
    via += [sp.names[0] for cue, sp, _ in r.before if cue is not primary[0] and sp.named
            and cue.start > primary[0].start and cue.text.lower() in relay_verbs]
    via += [sp.names[0] for cue, sp, _ in r.after if cue is not primary[0] and sp.named]
    return via


def _relays_before(r: _Reading, cue: _Cue) -> list[str]:
    """The relays read before the verb ("в ефірі телемарафону … розповів"), in order."""
    return [name for name, span in r.relays if span[1] <= cue.start]


def _dedupe(via: list[str], speaker: str) -> list[str]:
    out: list[str] = []
    for name in via:
        if name != speaker and name not in out:
            out.append(name)
    return out


def _weak_claims(doc: _Doc, s: int, e: int, text: str, r: _Reading, hedged: bool) -> list[Attribution]:
    """ "X is reportedly ...": the source is the one the article has been following."""
    if r.weak is None:
        return []
    prev = doc.previous()
    # continuing an outlet's report ("IStories notes ... Targets are reportedly ..."), or
    # the report of the speaker just before in the same paragraph ("Российские СМИ
    # сообщают, что … Предполагается, что …"); otherwise unnamed reports
    last = doc.found[-1].claim.span if doc.found else None
    # an impersonal verb continues ("Предполагается"); an adverb marks a report of its own
    # ("reportedly", "якобы")
    verb = doc.lang in morph.LANGS and morph.finite_verb(r.weak.text.split()[-1], doc.lang) is not None
    # A passive one that hedges nothing ("Отмечается", "Зазначається") also goes on from
    # the paragraph just before, when the claim ends it and this sentence opens the next
    # (news posts set each sentence apart); "сообщали" with no subject is others' reports,
    # "Предполагается" in a new paragraph a report of its own
    passive = (r.weak.kind == "impersonal" and verb
               and r.weak.text.split()[-1].lower().endswith(("ся", "сь"))) or _continuing(doc, r.weak)
    verb = verb or passive
    same_paragraph = verb and last is not None and (
        "\n" not in doc.body[last[1]:s] or passive and _opens_next_paragraph(doc.body[last[1]:s]))
    # (not from a sentence that turns to background: "Ранее стало известно" is the record)
    # (not an outlet's "Yonhap: …" line above: a headline's source, whose report the next
    # paragraph's hedge does not go on with)
    headline = bool(doc.found) and doc.found[-1].claim.cue == ":" and "\n" in doc.body[last[1]:s]
    if prev and not doc.lex.background.match(doc.body, s) and (
            (_outlet_like(doc, prev) and not headline) or (same_paragraph and prev[0] != "anonymous: reports")):
        name, via = prev[0], list(prev[1])
    else:
        name, via = "anonymous: reports", []
    if name == _UNNAMED and r.weak.kind != "weak":  # (a verb, not a hedge: "якобы")
        name = _where_it_appeared(doc, s, text, r.weak) or name
    if r.relays:  # "Про це поговорили з журналістами The Wall Street Journal"
        via = list(dict.fromkeys(n for n, _ in r.relays))
    hedged = hedged or r.weak.kind == "weak"
    # "Информацию опровергли": a denial with no one named is still a denial
    stance = "deny" if r.weak.kind.endswith("_deny") else "assert"
    # (each speaker "and" joined to the one before goes on: "Про це повідомляють «Медіазона»
    # і Бі-бі-сі. … У матеріалі зазначається …")
    names = _joined_with(doc, name) if name == (prev[0] if prev else None) and not r.relays else [name]
    return [Attribution(Claim(n, _dedupe(via, n), stance, hedged, (s, e), None, r.weak.text)) for n in names]


def _opens_next_paragraph(between: str) -> bool:
    """Whether the text between a claim and a sentence has the claim end its paragraph and
    the sentence in the next one, past sentences of no speaker ("… сообщил губернатор.
    ¶ Размер выплаты составит 1,6 млн. Уточняется, что …")."""
    end_of_claim, _, rest = between.partition("\n")
    return not end_of_claim.strip() and "\n" not in rest.lstrip()


def _where_it_appeared(doc: _Doc, s: int, text: str, cue: _Cue) -> str | None:
    """ "У зведенні штабу з'явилася інформація, що …", "Информация появилась в
    телеграм-канале X", "Такие сведения появились в западных СМИ": the body whose paper
    or page the news appeared in, the outlet, or the media described, in the words that
    frame the news (before it, not in it)."""
    opener = doc.lex.news_opener.search(text, cue.end)
    frame = (0, opener.start() if opener else len(text))
    for m in doc.lex.news_place.finditer(text, *frame):
        span = (m.end(), cue.start if m.end() < cue.start else frame[1])
        names = [ent.name for ms, me, ent in doc.mentions
                 if s + span[0] <= ms < s + span[1] and ent.type in ("ORG", "PERSON")]
        names = names or [name for _, _, name in _named_outlets(doc, s, text, span)]
        if names:
            return names[0]
        words = [t.group().rstrip(".") for t in _tokens(text, span)]
        if words and any(w.lower() in doc.lex.words.get("mass_media", ()) for w in words):
            return _described(doc, words)
    return None


def _continuing(doc: _Doc, cue: _Cue) -> bool:
    """Whether ``cue`` is a verb that goes on with the speaker before ("Зазначають, що")."""
    return cue.text.strip().lower() in doc.lex.words.get("continuing", ())


def _relayed_claims(doc: _Doc, s: int, e: int, text: str, cues: list[_Cue], r: _Reading,
                    hedged: bool) -> list[Attribution]:
    """ "«…», — цитирует ТАСС Дмитрия Пескова", "…, передает ТАСС": an outlet relays and no
    verb says who spoke. A person named after the relay verb spoke; with none, a quotation
    goes on with the speaker of the claim just before it in its paragraph, and anything
    else is the outlet's own report (tests/gold/README.md, relays in posts). Only an outlet
    relays here: "передали в военкомат" hands something over."""
    cue = next((c for c in cues if c.kind == "cited_by"), None)
    if cue is None:
        return []
    clause = _DELIM.search(text, cue.end)
    end = s + (clause.start() if clause else len(text))
    outlets = list(dict.fromkeys(
        [name for name, _ in r.relays if is_outlet(name)]
        + [name for _, _, name in _named_outlets(doc, s, text, (cue.end, end - s))]))
    if not outlets:
        return []
    people = [ent.name for ms, me, ent in doc.mentions
              if s + cue.end <= ms and me <= end and ent.type == "PERSON"]
    last = doc.found[-1].claim if doc.found else None
    quoted = text.lstrip()[:1] in _OPEN + _BOTH + _MASK
    if people:
        names, via = people[:1], outlets
    elif quoted and last and "\n" not in doc.body[last.span[1]:s] and last.speaker not in outlets:
        names, via = [last.speaker], outlets + [v for v in last.via if v not in outlets]
    else:
        names, via = outlets[:1], outlets[1:]
    phrases = [(a, b) for _, (a, b) in r.relays] + [(cue.start, end - s)]
    stance = "deny" if _rejects(doc.lex.negation, doc.body[s:e].translate(_FOLD), phrases) else "assert"
    return [Attribution(Claim(name, _dedupe(via, name), stance, hedged, (s, e), None, cue.text),
                        [(s + a, s + b) for a, b in phrases]) for name in names]


def _source_noun_kept(doc: _Doc, text: str, cue: _Cue, span: Span) -> _Speaker | None:
    """ "По информации с мест", "За інформацією з місць": a source described only by where
    its information comes from is that information ("anonymous: информация с мест"), the
    cue's noun in the nominative and the phrase after it."""
    if doc.lang not in morph.LANGS:
        return None
    words = text[span[0]:span[1]].split()
    noun = (cue.text.split() or [""])[-1]
    if not words or morph.function_word(words[0], doc.lang) != "PREP" or not morph.noun(noun, doc.lang):
        return None
    low = noun.lower()
    head = morph.nominative(low, doc.lang)
    if head == low and len(morph.lemmas(low)) == 1:
        head = next(iter(morph.lemmas(low)))  # "информации" read as a plural: the singular
    return _Speaker([f"anonymous: {head} {' '.join(words)}".rstrip(",")], False)


def _reading(doc: _Doc, s: int, text: str, cues: list[_Cue]) -> _Reading:
    r = _Reading()
    for cue in cues:
        if cue.kind in _BEFORE or cue.kind == "pronoun":
            _read_before(doc, s, text, cue, r)
        elif cue.kind in _AFTER:
            span = _phrase_after(doc, text, cue.end)
            nxt = [c.start for c in cues if span and span[0] < c.start < span[1]]
            if nxt:  # "according to a cable seen by Reuters": the phrase ends at the next cue
                span = _trim(text, span[0], min(nxt))
            if span and _legal_grounds(text, span) and any(c.kind in _BEFORE for c in cues):
                continue  # "Він підкреслив, що, згідно з Конституцією, …": his grounds, not a source
            agent = _agent_after(doc, text, cue.end, span)
            if agent:  # "згідно з інформацією, наданою ЦНС": who gave the data speaks
                span = agent
            told = _leading_outlet(doc, s, text, span) if span else None
            if told:  # "Как пояснил РБК источник": the outlet told, the source speaks
                span, outlet = told
                r.relays.append((outlet, span))
            sp = (_relative_document(doc, s, text, cue) or _this_document(doc, s, text, cue)
                  or _decree_of_subject(doc, s, text, cue, span)) or (
                _speaker(doc, s, text, span) if span else None)
            if sp and span and not sp.named:
                sp = _source_noun_kept(doc, text, cue, span) or sp
            if sp:
                r.after.append((cue, sp, span))
                if sp.relay:
                    r.relays.append((sp.relay, span))
        elif cue.kind in ("cited_by", "citing"):
            _read_relay(doc, s, text, cue, r)
        elif cue.kind in ("weak", "impersonal") and r.weak is None:
            found = _experiencers(doc, s, text, cue) if cue.kind == "impersonal" else []
            if found:  # "Журналистам «Вёрстки» стало известно, что": who learned it reports it
                r.before.append((cue, _Speaker(found, True), (cue.start, cue.end)))
            elif not (cue.kind == "impersonal" and _known_about(doc, text, cue)):
                r.weak = cue
    return r


def _agent_after(doc: _Doc, text: str, pos: int, span: Span | None) -> Span | None:
    """ "Згідно з інформацією, наданою ЦНС", "по данным, опубликованным Минобороны",
    "according to figures released by the ministry": the phrase a participle of giving or
    publishing opens after the data (from ``pos``, the cue's end) names who speaks for them."""
    agents = doc.lex.words.get("agent_participles", frozenset())
    if not agents:
        return None
    toks = _tokens(text, span) if span else []
    cut = next((i for i, t in enumerate(toks[:_AGENT_REACH]) if t.group().lower() in agents), None)
    if cut:  # "figures released by the ministry": one phrase
        part = toks[cut]
    else:
        m = _COMMA.match(text, span[1] if span else pos)
        part = _TOKEN.match(text, m.end()) if m else None
        if part is None or part.group().lower() not in agents or (span and len(toks) > _AGENT_REACH):
            return None
    nxt = _TOKEN.match(text, part.end() + 1)
    word = nxt.group().lower() if nxt else ""
    if word != "by" and (word in doc.lex.words["cut"] or doc.lang == "en"):
        return None  # "a decree published on the legal portal": where, not by whom
    rest = _phrase_after(doc, text, part.end())
    return _without_by(text, rest) if rest else None


_AGENT_REACH = 4  # words of the data's noun phrase before its participle


def _published_by(doc: _Doc, text: str, span: Span, words: list[str]) -> Span | None:
    """The agent of a document that speaks ("An article published by Meduza", "a report
    released by the ministry"): who published it speaks (a noun for people, "prisoners
    released by Wagner", speaks itself)."""
    agents = doc.lex.words.get("agent_participles", frozenset())
    cut = next((i for i, x in enumerate(words[:_AGENT_REACH]) if x in agents), None)
    if not cut or not _stem_in(doc, words[cut - 1], "documents"):
        return None
    return _agent_after(doc, text, span[0], span)


_COMMA = re.compile(r"\s*,\s*")


def _without_by(text: str, span: Span) -> Span | None:
    """The agent's phrase without the English "by"."""
    first = _TOKEN.match(text, span[0])
    if first and first.group().lower() == "by":
        return _trim(text, first.end(), span[1])
    return span


_DOCUMENT_REACH = 6  # words back from "согласно которому" to the document it points to


def _relative_document(doc: _Doc, s: int, text: str, cue: _Cue) -> _Speaker | None:
    """ "Путин подписал указ, согласно которому …": "according to which" points back to the
    document named just before; its author, when the sentence names one before it, speaks
    (the person or body the sentence opens with), else the document."""
    if _word_after(text, cue.end).lower() not in doc.lex.words.get("relative_forms", ()):
        return None
    toks = _tokens(text, (0, len(text[:cue.start].rstrip(" ,"))))
    # the document, its author's name maybe after it ("об указе президента Путина, согласно
    # которому")
    document = next((t for t in reversed(toks[-_DOCUMENT_REACH:])
                     if _stem_in(doc, t.group(), "documents")), None)
    if document is None:
        return None
    authors = [ent.name for ms, me, ent in doc.mentions
               if s <= ms and me <= s + cue.start and ent.type in ("PERSON", "ORG")]
    if authors:
        return _Speaker([authors[0]], True)
    before = _trim(text, 0, document.start())
    embassy = _embassy(doc, s, text, before) if before else None
    if embassy:  # "Посольство Непала направило письмо, в котором говорится": the embassy
        return embassy
    return _Speaker([f"anonymous: {document.group().lower()}"], False, True)


_DOCUMENT_BACK = 600  # how far back "according to this decree" looks for the decree


def _this_document(doc: _Doc, s: int, text: str, cue: _Cue) -> _Speaker | None:
    """ "Путин подписал указ … . Согласно этому указу, …": a document pointed back to by a
    demonstrative is the one a sentence before names; whoever that sentence names before
    the document (its signer) speaks."""
    toks = _tokens(text, (cue.end, min(len(text), cue.end + 40)))
    if len(toks) < 2 or toks[0].group().lower() not in doc.lex.words.get("demonstratives", ()):
        return None
    if stem(toks[1].group()) not in doc.lex.stems["documents"]:
        return None
    base = _word_base(toks[1].group())
    signer = _signer_before(doc, s, lambda word: _word_base(word) == base)
    return _Speaker([signer], True) if signer else None


def _signer_before(doc: _Doc, s: int, is_document) -> str | None:
    """Whoever the last sentence before ``s`` (within _DOCUMENT_BACK) that names a document
    (a word ``is_document`` accepts) names before it: "Путин подписал указ …". A sentence
    that names the document with no one before it ("Об этом говорится в указе") is passed."""
    start = max(0, s - _DOCUMENT_BACK)
    # (a token keeps a full stop it runs into: "підписав новий указ.")
    for m in reversed([m for m in _TOKEN.finditer(doc.body, start, s) if is_document(m.group().rstrip("."))]):
        at = m.start()
        line = doc.body.rfind("\n", start, at) + 1
        sentence = max([a for a, _ in sentence_spans(doc.body[line:at])] or [0]) + line
        owner = next((ent.name for ms, me, ent in doc.mentions if ent.type in ("PERSON", "ORG")
                      and ms >= m.end() and not doc.body[m.end():ms].strip()), None)
        if owner:  # "в указі Путіна": the document's author after it, in the genitive
            return owner
        authors = [ent for ms, me, ent in doc.mentions
                   if sentence <= ms and me <= at and ent.type in ("PERSON", "ORG")]
        if authors:  # "Глава Кремля Путін підписав указ": the man, not his office's body
            return next((ent.name for ent in authors if ent.type == "PERSON"), authors[0].name)
    return None


def _decree_signer(doc: _Doc, s: int, span: Span, words: list[str]) -> _Speaker | None:
    """ "Путін підписав указ … . Про це йдеться в указі, оприлюдненому на порталі …", "Згідно з
    підписаним документом, …": a decree or a document whose phrase names no author is the
    decree a sentence before names, and its signer speaks."""
    decrees = doc.lex.words.get("decrees", frozenset())
    generic = doc.lex.words.get("generic_documents", frozenset())
    if not any(w in decrees or w in generic for w in words[:2]) or any(
            ent.type in ("PERSON", "ORG") for ms, me, ent in doc.mentions
            if s + span[0] <= ms and me <= s + span[1]):
        return None
    signer = _signer_before(doc, s, lambda word: word.lower() in decrees)
    return _Speaker([signer], True) if signer else None


def _decree_of_subject(doc: _Doc, s: int, text: str, cue: _Cue, span: Span | None) -> _Speaker | None:
    """ "Putin has doubled the payment …, according to a decree published on the portal":
    a decree that names no author is the act of the one person the statement names before
    the cue, who is its speaker."""
    if span is None or not cue.end <= span[0]:
        return None
    toks = _tokens(text, span)
    decrees = doc.lex.words.get("decrees", frozenset())
    if not toks or not any(t.group().lower() in decrees for t in toks[:3]):
        return None
    if any(ent.type in ("PERSON", "ORG") for ms, me, ent in doc.mentions
           if s + span[0] <= ms and me <= s + span[1]):
        return None  # "a decree of the Defence Ministry": its author is named
    people = {ent.name for ms, me, ent in doc.mentions if s <= ms and me <= s + cue.start
              and ent.type == "PERSON"}
    return _Speaker([people.pop()], True) if len(people) == 1 else None


_WE = re.compile(r"(?<!\w)(?:наш\w*|нам|our|we)(?!\w)", re.IGNORECASE)


def _paragraph_before(body: str, at: int) -> str:
    return body[body.rfind("\n", 0, at) + 1:at]


def _reader_name(text: str, head: Span) -> re.Match | None:
    """ "рассказала читательница E1.RU Ирина": the first name of a reader, inside her phrase
    or right after it (she speaks herself)."""
    toks = _tokens(text, head)
    after = _TOKEN.match(text, head[1] + 1) if text[head[1]:head[1] + 1] == " " else None
    return next((t for t in toks[2:_READER_WORDS] if t.group() in given_names()), None) or (
        after if after is not None and after.group() in given_names() else None)


_READER_WORDS = 5  # words of "читательница портала E1.RU Ирина" the name may stand at


_CITES = re.compile(r"(?:ссыла|посила)\w*\s+на\s*$", re.IGNORECASE)


def _sources_cited(doc: _Doc, text: str, cue: _Cue) -> _Speaker | None:
    """The sources a verb of citing names as its object ("ссылается на источники в Генштабе",
    "посилається на джерела"): described, they speak."""
    if not _CITES.search(cue.text + " "):
        return None
    after = _phrase_after(doc, text, cue.end)
    toks = _tokens(text, after) if after else []
    if not toks or not _stem_in(doc, toks[0].group().lower(), "source_nouns"):
        return None
    return _anonymous(doc, text, after)


def _only_person_of_excerpt(doc: _Doc, s: int) -> str | None:
    """The one person a document names, when nothing before ``s`` names anyone and no claim
    came before: who a pronoun means at the head of an excerpt that starts mid-article."""
    if doc.found or any(ms < s for ms, _, ent in doc.mentions if ent.type in ("PERSON", "ORG")):
        return None
    people = {ent.name for _, _, ent in doc.mentions if ent.type == "PERSON"}
    return people.pop() if len(people) == 1 else None


def _read_before(doc: _Doc, s: int, text: str, cue: _Cue, r: _Reading) -> None:
    if cue.kind == "pronoun":
        if doc.outlet and _WE.search(cue.text) and not _unclosed(_paragraph_before(doc.body, s + cue.start), closing=False):
            # "По нашим данным, …", "Как нам стало известно, …" in the publisher's own
            # words, outside anyone's quotation: the outlet reports on its own behalf
            r.before.append((cue, _Speaker([doc.outlet], True), (cue.start, cue.end)))
            return
        prev = doc.previous()
        person = _pronoun_person(doc, s, cue, prev)
        if person:
            r.before.append((cue, _Speaker([person], True), (cue.start, cue.end)))
            return
        if prev:
            r.before.append((cue, _Speaker([prev[0]], True), (cue.start, cue.end)))
            r.relays.extend((name, (cue.start, cue.end)) for name in prev[1])
        elif (only := _only_person_of_excerpt(doc, s)) is not None:
            # "По его словам, …" opening an excerpt cut from its article: the one person the
            # rest of it names
            r.before.append((cue, _Speaker([only], True), (cue.start, cue.end)))
        return
    found = _experiencers(doc, s, text, cue)
    if found:  # "Би-би-си совместно с «Медиазоной» удалось установить": who found it out
        r.before.append((cue, _Speaker(found, True), (cue.start, cue.end)))
        return
    source = _inferred_from(doc, text, cue)
    if source is not None:  # "Из документа следует, что …": what the document says
        sp = _speaker(doc, s, text, source)
        if sp is not None:
            r.before.append((cue, sp, source))
            return
    span, parsed = _speaker_span(doc, s, text, cue)
    if span is not None:
        span = _after_connective(text, span)
    if span is not None:
        span = _after_time_ago(doc, text, span)
    if span is not None and text[span[0]:span[1]].lower() in doc.lex.words.get("not_speakers", ()) and not (
            span[0] > 0 and text[span[0]:span[1]].lower() in doc.lex.words.get("object_pronouns", ())):
        if doc.lang == "en":
            r.weak = r.weak or cue  # "As reported, …": reports, no one named
            return
        span = None  # "Им сказали, что …": to whom it was said; no one is named
    elif span is not None and (toks := _tokens(text, span)) and (
            toks[-1].group().lower() in doc.lex.words.get("object_pronouns", ())) and not _talked_to(doc, cue):
        # "В марте их комментировал пресс-секретарь Дмитрий Песков": the object pronoun
        # before the verb; its subject follows it
        span = _subject_after_verb(doc, s, text, cue) or span
    if span is not None and doc.lang in morph.LANGS:
        span = _name_before_verb(doc, s, text, cue, span)
    if span is not None:
        span = _with_partners(doc, s, text, span)
    outlet = _outlet_told_before(doc, s, text, cue, span) if span is not None else None
    if outlet is not None:  # "URA.RU рассказал источник": the outlet was told
        r.relays.append((outlet[1], span))
        span = outlet[0]
    if span is not None:
        # "В эфире телеканала «Россия-1» депутат X заявил": the relay read before is no part
        # of the speaker phrase
        ends = [b for _, (a, b) in r.relays if span[0] <= a < span[1] and b < cue.start]
        span = _trim(text, max(ends), span[1]) if ends else span
    if span is not None and ((not parsed or doc.lang == "uk") and _oblique(doc, text, span)
                             or _points_back(doc, text, span) or _relative(doc, text, span)
                             or _published_first(doc, text, span, cue)):
        # "Повістку … отримав, сказали": an object noun is no speaker; "о вербовке сообщили
        # родственники": the subject follows the verb
        # (not after "поговорили з": who follows the preposition was spoken to)
        after = _subject_after_verb(doc, s, text, cue) if not _talked_to(doc, cue) else None
        rules = _phrase_before(doc, s, text, cue) if parsed else None
        if after is not None:
            span = after
        elif rules is not None and rules != span and _nominal(doc, s, text, rules) and not (
                _oblique(doc, text, rules) or _points_back(doc, text, rules)):
            span = rules  # "Нагадаємо, раніше Буданов заявляв": the parse took the wrong word
        else:
            span = None
    if span is None and (doc.lang in morph.LANGS or doc.syntax):
        verb = morph.finite_verb(cue.text.split()[0], doc.lang) if cue.text.strip() else None
        zero = _zero_subject(doc, s, text, cue, verb)
        if zero is not None:
            r.before.append((cue, zero, (cue.start, cue.end)))
            return
        if (verb is not None and verb.number == "plur") or _continuing(doc, cue):
            r.weak = r.weak or cue  # "Говорили, что…", "сказали, якщо…": no one named
            if cue.kind == "told":  # "поговорили з журналістами WSJ": the outlet relays
                obj = _phrase_after(doc, text, cue.end)
                name = _relay_name(doc, s, text, obj, persons=False) if obj else None
                if name:
                    r.relays.append((name, obj))
            return
    if span and _adverbial(doc, text, span):
        # "о вербовке сообщили родственники": the subject follows; "С осени 2024 года
        # сообщали": none, the reports the article follows
        span = _subject_after_verb(doc, s, text, cue)
        if span is None:
            r.weak = r.weak or cue
            return
    told = _outlet_told_after(doc, s, text, cue) if span and span[1] <= cue.start else None
    if told is not None:  # "в пресс-службе университета заявили РБК": the outlet was told
        r.relays.append(told)
    lead = _leading_outlet(doc, s, text, span) if span and span[0] >= cue.end else None
    if lead is None and span and span[0] >= cue.end and _only_outlet(doc, s, text, span):
        # "рассказали URA.RU источники": the parse took the outlet alone for the subject;
        # the phrase after the verb goes on to who spoke
        full = _phrase_after(doc, text, cue.end)
        longer = full is not None and full[0] == span[0] and full[1] > span[1]
        lead = _leading_outlet(doc, s, text, full) if longer else None
    if lead is not None:  # "Как пояснил РБК источник": the outlet told, the source speaks
        span, outlet = lead
        r.relays.append((outlet, span))
    told = _told_outlet(doc, s, text, cue, span) if span else None
    if told is not None:
        # "в пресс-службе университета заявили SHOT": the outlet after the verb was told
        span, outlet = told
        r.relays.append((outlet, (cue.end, cue.end)))
    shared = next(((c, sp0, p0) for c, sp0, p0 in r.before if span and span[0] <= c.start < span[1]
                   and not _tokens(text, (c.end, cue.start))), None)
    if shared is not None:
        # "The embassy replied, claiming …": a verb right after the verb before shares its
        # subject
        r.before.append((cue, shared[1], shared[2]))
        return
    if span and parsed and span[0] >= cue.end:
        span = _holder_after_office(doc, s, text, cue, span)
    # "заявил представитель ГУР Андрей Юсов": the person a parsed description names
    person = _subject_person(doc, s, text, span) if span and parsed else None
    if person:
        sp = _Speaker([person], True)
    elif span and (r.before or r.after) and _lone_pronoun(doc, text, span):
        # "поговорил с родственниками: они рассказали": said in one breath; "This was
        # stated by Peskov, he is quoted by TASS": the one who spoke, then who quoted him
        sp = (r.before or r.after)[-1][1]
    else:
        sp = _speaker(doc, s, text, span) if span else None
    if sp is None and r.before and _word_before(text, cue.start) in doc.lex.words["conjunctions"]:
        _, sp, span = r.before[-1]  # "said the checks were routine and denied that ..."
    if sp is None or span is None:
        return
    sources = _sources_cited(doc, text, cue) if span[1] <= cue.start else None
    if sources is not None and sp.named:
        # "Видання посилається на джерела в Міноборони": the sources it cites speak, the
        # subject relays them
        sources.relay = sp.names[0]
        r.before.append((cue, sources, span))
        r.relays.append((sp.names[0], span))
        return
    heard = _interlocutor(doc, s, text, cue) if _is_outlet_speaker(sp) else None
    if heard is not None:
        # "Журналисты «Вёрстки» поговорили с сотрудницей военкомата": the outlet asked,
        # the one it spoke with speaks, through it
        r.before.append((cue, heard[0], heard[1]))
        r.relays.append((sp.names[0], span))
        return
    r.before.append((cue, sp, span))
    if sp.relay:
        r.relays.append((sp.relay, span))
    if (talk := doc.lex.outlet_talk.search(text)) and not _is_outlet_speaker(sp) \
            and (outlet := _last_outlet(doc, s)) is not None:
        # "боец в разговоре с изданием отверг слухи": he was asked by the outlet named before
        r.relays.append((outlet, (talk.start(), talk.end())))
    if span[0] >= cue.end:
        # "Об этом «Новой газете Европа» рассказали родственники", "Как пояснил РБК
        # источник": an outlet beside the verb of an inverted subject was told
        lead = doc.lex.refers_back.match(text, 0, cue.start)
        before = _named_outlets(doc, s, text, (lead.end(), cue.start)) if lead else []
        # "— сказал Андрей Картаполов ТАСС": an outlet right after the inverted subject's name
        # (which the phrase may have run on over)
        named = max((me - s for ms, me, ent in doc.mentions if ent.type == "PERSON"
                     and s + span[0] <= ms and me <= s + span[1]), default=span[1])
        told = _named_outlets(doc, s, text, (named, _clause_end(text, span[1])))
        r.relays.extend((name, (a, b)) for a, b, name in before + _named_outlets(doc, s, text, (cue.end, span[0])) + told
                        if name not in sp.names)
    if cue.kind in ("told", "quoted_by"):
        outlet = _outlet_named_earlier(doc, s, text, cue.end)
        if outlet:
            r.relays.append(outlet)
            return
        obj = _phrase_after(doc, text, cue.end)
        # "Shoigu told President Putin": the person addressed is not a relay; nor is the
        # subject after the verb ("рассказало издание «Мир Белогорья»")
        name = _relay_name(doc, s, text, obj, persons=cue.kind != "told") if obj else None
        if obj == span and name and (name.startswith("anonymous:") or not is_outlet(name)):
            # "сообщили в военкомате Москвы": the office described speaks; "сообщил
            # секретарь Координационного штаба Дмитрий Усов": the body he speaks for
            name = None
        if cue.kind == "told" and name and canonical_type(name) == "ORG" and not is_outlet(name):
            name = None  # "сообщил представителям Палаты представителей США": an audience
        if name and not _same_name(name, sp.names):
            r.relays.append((name, obj))


def _lone_pronoun(doc: _Doc, text: str, span: Span) -> bool:
    toks = _tokens(text, span)
    return len(toks) == 1 and toks[0].group().lower() in doc.lex.words["pronouns"]


def _interlocutor(doc: _Doc, s: int, text: str, cue: _Cue) -> tuple[_Speaker, Span] | None:
    """Whom an outlet spoke with ("поговорили с сотрудницей военкомата", "поспілкувалися з
    матір'ю"): the person named, or the description in the nominative, after a verb of
    talking that ends in its preposition. None when it names an outlet or no one."""
    if cue.kind != "told" or not _talked_to(doc, cue):
        return None
    obj = _phrase_after(doc, text, cue.end)
    if obj is None or _named_outlets(doc, s, text, obj) or _ends_in_conjunction(doc, text, obj):
        return None  # (the last: "… поговорили с ними и выяснили": the outlet found it out)
    person = _one_person(doc, s, obj)
    if person:
        return _Speaker([person], True), obj
    words = [t.group().lower() for t in _tokens(text, obj)]
    if doc.lang not in morph.LANGS or not any(morph.person_noun(w, doc.lang, number=False) for w in words[:3]):
        return None  # "поговорили с ними": a pronoun or no one described
    return _Speaker([_described(doc, words)], False), obj


def _same_name(name: str, names: list[str]) -> bool:
    """Whether ``name`` is one of ``names`` in any script ("Мир Белогорья", "Mir Belogorya")."""
    key = transliterate(name).lower()
    return any(key == transliterate(n).lower() for n in names)


def _speaker_span(doc: _Doc, s: int, text: str, cue: _Cue) -> tuple[Span | None, bool]:
    """The phrase naming the speaker of a reporting verb, and whether the parse gave it:
    the parsed subject first, the rules' phrase where the verb has none; a phrase with no
    noun, name or pronoun is no speaker ("однако считает", "если раньше заявляли")."""
    if not doc.syntax:
        span = _phrase_before(doc, s, text, cue)
        return _after_object_put_first(doc, s, text, cue, span) or span, False
    span = _subject_phrase(doc, s, text, cue)
    if span is not None and span[0] >= cue.end and _that_between(doc, text, cue.end, span[0]):
        # "У ГУР звернули увагу на те, що по областях видно зворотну тенденцію": the
        # subject of the clause the verb reports, not the verb's own
        span = None
    if span is not None and _subject_of_clause_before(doc, text, span, cue):
        # "Армія Росії отримає нову хвилю …, написали аналітики Інституту": the parse took
        # the subject of the clause that was said; the verb's own follows it
        span = _subject_after_verb(doc, s, text, cue) or span
    span = span or _locative_source(doc, s, text, cue)
    if span is not None:
        span = _whole_names(doc, s, span)
    if span is not None and all(t.group().lower() in doc.lex.words["determiners"]
                                for t in _tokens(text, span)):
        span = None  # "ряд … телеграм-каналов предрекал": the parse took the quantifier alone
    toks = _tokens(text, span) if span is not None and cue.kind == "told" else []
    if (len(toks) == 1 and span[0] >= cue.end and doc.lang in morph.LANGS
            # (not "…, сообщил собеседник": after its statement the verb's subject follows it)
            and not text[:cue.start].rstrip().endswith((",", "—", "–", "―", "-"))
            and morph.function_word(toks[0].group(), doc.lang) is None):
        # "заключённые … рассказали редакции": the parse took the one told for the subject;
        # a noun phrase before the verb is who told it
        before = _phrase_before(doc, s, text, cue)
        if before is not None and _nominal(doc, s, text, before):
            return before, False
    after = _after_object_put_first(doc, s, text, cue, span)
    if after is not None:
        return after, False
    if span is not None:
        return span, True
    span = _phrase_before(doc, s, text, cue)
    after = _after_object_put_first(doc, s, text, cue, span)
    if after is not None:
        return after, False
    return (span if span is not None and _nominal(doc, s, text, span) else None), False


def _subject_of_clause_before(doc: _Doc, text: str, span: Span, cue: _Cue) -> bool:
    """Whether a phrase before the verb is the subject of a clause of its own: a finite verb
    stands between it and the comma right before the reporting verb."""
    if doc.lang not in morph.LANGS or span[1] > cue.start or not text[:cue.start].rstrip().endswith(","):
        return False
    return any(t.group().islower() and morph.finite_verb(t.group(), doc.lang) is not None
               and not morph.cases(t.group(), doc.lang) for t in _TOKEN.finditer(text, span[1], cue.start))


def _that_between(doc: _Doc, text: str, a: int, b: int) -> bool:
    """Whether the word that opens a reported clause ("що", "что", "that") lies in ``[a, b)``."""
    that = doc.lex.words.get("that", frozenset())
    return any(t.group().lower() in that for t in _tokens(text, (a, b)))


def _after_object_put_first(doc: _Doc, s: int, text: str, cue: _Cue, span: Span | None) -> Span | None:
    """ "Эти цифры на брифинге назвал военком …": figures the sentence
    points back to, put first, are the verb's object, not its subject; who named them
    follows the verb."""
    if span is None:
        return None
    toks = _tokens(text, span)
    while len(toks) > 1 and doc.lang in morph.LANGS and morph.function_word(toks[0].group(), doc.lang) == "CONJ":
        toks = toks[1:]  # "Так эти мероприятия объяснили в …": the connective opens no phrase
    phrase = text[toks[0].start():span[1]].lower() if toks else ""
    if not any(phrase == p or phrase.startswith(p + " ") for p in doc.lex.words.get("refers_back_objects", ())):
        return None
    after = _phrase_after(doc, text, cue.end)
    return after if after is not None and _nominal(doc, s, text, after) else None


def _whole_names(doc: _Doc, s: int, span: Span) -> Span:
    """A parsed phrase that ends inside a name runs to the name's end: the parser splits
    "Сибирь.Реалии" at its full stop, the entity holds it whole."""
    end = max((me - s for ms, me, _ in doc.mentions if ms < s + span[1] < me and ms >= s + span[0]),
              default=span[1])
    return (span[0], end)


def _locative_source(doc: _Doc, s: int, text: str, cue: _Cue) -> Span | None:
    """ "<statement>, сообщили в правительстве области": after the statement, an impersonal
    reporting verb names its source with "в"/"у"."""
    after_statement = text[:cue.start].rstrip().endswith((",", "—", "–", "―"))
    verb_word = cue.text.split()[-1] if cue.text.strip() else ""
    if verb_word and morph.singular_verb(verb_word, doc.lang):
        return None  # "…, заявив речник Юсов в ефірі …": a singular verb has its subject
    if not after_statement and not (verb_word and morph.plural_verb(verb_word, doc.lang)):
        return None
    if any(cue.text.lower().startswith(c) for c in doc.lex.words.get("charges", ())):
        return None  # "Бывшего мэра обвиняют в растрате": the charge, not where a speaker sits
    tree, verb = _cue_verb(doc, s, text, cue)
    span = tree.locative_source(verb) if verb is not None else None
    if span is not None and span[0] >= cue.end and _that_between(doc, text, cue.end, span[0]):
        return None  # "рассказали, что голодали с первых дней в окопах": what was said
    if span is not None and _medium_or_time(doc, text, span, places=not after_statement):
        # "Эту информацию подтвердили в пресс-службе": the office said it; "рассказали в
        # интервью", "сообщили в понедельник": where or when, not who
        return None
    return span


def _medium_or_time(doc: _Doc, text: str, span: Span, places: bool = True) -> bool:
    """Whether an oblique "в" phrase names a medium, a document or a time ("рассказали в
    интервью", "в своём Telegram-канале", "в понедельник") or a place ("сообщали и в других
    регионах"; an office named by its place, "в администрации города", is left to the
    rules that name it, but after a statement, "…, сообщили в правительстве области", is
    its source)."""
    w = doc.lex.words
    words = [t.group().lower() for t in _tokens(text, span)]
    words = [x for x in words if x not in w.get("locative", ()) and x not in w["determiners"]]
    if not words or words[0][:1].isdigit():
        return True
    parts = [p for x in words for p in (x, *x.split("-"))]
    return any(p in w["calendar"] or _stem_in(doc, p, "not_sources")
               or places and _stem_in(doc, p, "place_nouns") for p in parts)


def _subject_phrase(doc: _Doc, s: int, text: str, cue: _Cue) -> Span | None:
    """The subject of the reporting verb, from the parse of its clause; None where the verb
    has none (impersonal "сообщили в Минобороны", passive) or the cue is no verb."""
    tree, verb = _cue_verb(doc, s, text, cue)
    if verb is None or tree.tokens[verb].pos not in ("VERB", "AUX"):
        return None
    span = _postposed_object(doc, tree, verb) or tree.subject(verb)
    if span is None or text[span[0]:span[1]].lower() in doc.lex.words.get("not_speakers", ()):
        return None
    if cue.start <= span[0] < cue.end:
        return None  # "В документе шла речь о …": the cue's own noun, no one who spoke
    if ";" in text[span[1]:cue.start] or ";" in text[cue.end:span[0]]:
        return None  # "…; в Госдуме предложили": no subject across a semicolon
    b = _BRACKETED.match(text, span[1] + 1) if text[span[1]:span[1] + 1] == " " else None
    if b and (nxt := _TOKEN.match(text, b.end() + 1)) and nxt.group()[:1].isupper() and (
            nxt.end() <= cue.start or span[0] >= cue.end):
        # "Министерство иностранных дел (МИД) Индии": the parse's phrase stops at the
        # bracketed abbreviation, the name goes on past it
        span = (span[0], nxt.end())
    if span[0] < cue.start < span[1]:
        # "Юрист запевняє, що …" parsed with the verb inside its subject's subtree: the
        # subject ends where the verb begins
        span = _trim(text, span[0], cue.start)
    elif (span[0] >= cue.end and len(toks := _tokens(text, span)) == 1 and toks[0].group().islower()
          and toks[0].group() not in doc.lex.words["pronouns"]):
        # a one-word subject after the verb whose words run on in lower case ("заявила
        # постійна представниця президента … Таміла Ташева", the tagger's adjective and
        # noun swapped): the phrase the rules read from there ("сообщили они Сибирь.Реалии"
        # is the pronoun, and the outlet it told)
        after = _phrase_after(doc, text, cue.end)
        nxt = _TOKEN.search(text, span[1])
        if (after is not None and after[0] == span[0] and after[1] > span[1]
                and nxt is not None and nxt.group().islower()):
            span = after
    toks = _tokens(text, span)
    nxt = _TOKEN.match(text, span[1] + 1) if text[span[1]:span[1] + 1] == " " else None
    if (len(toks) == 1 and nxt is not None and nxt.end() <= cue.start and doc.lang in morph.LANGS
            and morph.adjective(toks[0].group(), doc.lang) and morph.noun(nxt.group(), doc.lang)):
        # "кубинська влада заявляла": the parse took the adjective for the subject; the noun
        # after it heads the phrase
        span = (span[0], nxt.end())
    return span


def _postposed_object(doc: _Doc, tree, verb: int) -> Span | None:
    """ "…, выяснила «Вёрстка» совместно с …": a verb of saying after a comma whose parse
    has no subject of its own and an object noun right after it that may be read as a
    nominative: the tagger took the postposed subject for the object (the subject the
    verb would share with the clause before is not its own)."""
    if doc.lang not in morph.LANGS or verb == 0 or tree.tokens[verb - 1].text != ",":
        return None
    kids = tree.children(verb)
    if any(tree.tokens[j].rel in ("nsubj", "nsubj:pass") for j in kids):
        return None
    nxt = verb + 1
    while nxt < len(tree.tokens) and tree.tokens[nxt].text in "«\"“„":
        nxt += 1
    if nxt not in kids or tree.tokens[nxt].rel != "obj" or tree.tokens[nxt].pos not in ("NOUN", "PROPN"):
        return None
    word = tree.tokens[nxt].text
    if not morph.can_be_subject(word, doc.lang):
        return None  # "…, выяснила Вёрстку": an object indeed
    return tree.phrase(nxt)


def _holder_after_office(doc: _Doc, s: int, text: str, cue: _Cue, span: Span) -> Span:
    """ "отметил начальник отдела … на военную службу военного комиссариата области
    подполковник Иван Петров": the parse cut the office at a preposition, but the phrase
    after the verb runs on to its holder's name; the whole phrase speaks."""
    if doc.lang not in morph.LANGS or _one_person(doc, s, span):
        return span
    full = _phrase_after(doc, text, cue.end)
    if full is None or full[0] != span[0] or full[1] <= span[1]:
        return span
    person = _person_ending(doc, s, text, full, " .,\"'»”")
    return full if person is not None and _subject_person(doc, s, text, full) == person else span


def _subject_person(doc: _Doc, s: int, text: str, span: Span) -> str | None:
    """The one person a subject phrase names, when the name can be its subject: not in an
    oblique case after a preposition or a title ("глава ведомства на встрече с Иваном
    Петровым" names who he met)."""
    person = _one_person(doc, s, span)
    if person is None or doc.lang not in morph.LANGS:
        return person
    name = _name_span(doc, s, span, person)
    if name and _tokens(text, (span[0], name[0])) and _not_nominative(doc, text, name[0]):
        return None
    return person


def _name_span(doc: _Doc, s: int, span: Span, person: str) -> Span | None:
    """Where the person's name stands inside ``span`` (offsets in the sentence at ``s``)."""
    return next(((ms - s, me - s) for ms, me, ent in doc.mentions if ent.type == "PERSON"
                 and ent.name == person and s + span[0] <= ms and me <= s + span[1]), None)


def _not_nominative(doc: _Doc, text: str, pos: int) -> bool:
    """Whether the dictionary reads the word at ``pos`` in oblique cases only ("Иваном",
    "Ивана"): no subject."""
    word = _TOKEN.match(text, pos)
    known = morph.cases(word.group().lower(), doc.lang) if word else frozenset()
    return bool(known) and "nomn" not in known


def _one_person(doc: _Doc, s: int, span: Span) -> str | None:
    """The one person a parsed subject phrase names, if it names exactly one."""
    a, b = s + span[0], s + span[1]
    people = {ent.name for ms, me, ent in doc.mentions
              if ms >= a and me <= b and ent.type == "PERSON"}
    return people.pop() if len(people) == 1 else None


def _dropped_subject(doc: _Doc, s: int, text: str, cue: _Cue) -> bool:
    """A reporting verb that opens its sentence with no subject at all (a finite verb in
    the past or present, the subject dropped as Russian and Ukrainian allow)."""
    tree, verb = _cue_verb(doc, s, text, cue)
    # only adverbs, particles and punctuation before it ("Там заявили", "Позже уверял")
    if verb is None or any(t.pos not in ("ADV", "PART", "CCONJ", "PUNCT")
                           for t in tree.tokens[:verb]):
        return False
    # "Там заявили": an adverb in the subject's place names no one either
    return tree.tokens[verb].pos == "VERB" and not any(
        tree.tokens[j].rel in ("nsubj", "nsubj:pass", "obl") and tree.tokens[j].pos != "ADV"
        for j in tree.children(verb))


def _oblique(doc: _Doc, text: str, span: Span) -> bool:
    """A Russian or Ukrainian phrase that cannot be a verb's subject: every word the
    dictionary knows only in an oblique case or as no nominal ("Повістку на мобілізацію",
    "Экс-мэра"), a prepositional phrase, or a lone adverb. The subject is nominative; an
    object, a topic or an adverb is no speaker."""
    if doc.lang not in morph.LANGS or _MASK in text[span[0]:span[1]]:
        return False
    words = [t.group() for t in _tokens(text, span)]
    lead = doc.lex.words.get("openers", frozenset()) | doc.lex.words["aux"]
    while len(words) > 1 and words[0].lower() in lead:
        words.pop(0)  # "Ранее в Минобороны сообщили": the adverb opens the clause
    if not words or words[0].lower() in doc.lex.words.get("person_pronouns", ()):
        return False  # "сказав він на брифінгу": the pronoun is the subject, the rest where
    first = morph.function_word(words[0], doc.lang)
    if first == "PREP":
        # "Розповідає про корупцію": a topic, not a subject; "В указе говорится", "У
        # пресслужбі заявили": where it was said, which the speaker rules read
        return words[0].lower() not in doc.lex.words.get("locative", ())
    if first is not None and len(words) == 1:
        return True  # "Багато каже": an adverb in the subject's place
    # a capitalised word after the first is a name, whatever the dictionary reads it as
    # ("Раніше Буданов заявляв": "Буданов" is no genitive of "будан"); the words of a
    # prepositional phrase up to its noun are none ("Всего за последний месяц удалось")
    free = [(i, w) for i, w in _outside_prepositions(doc, words)
            if morph.function_word(w, doc.lang) is None]
    if any(w[:1].isupper() and w.isascii() and w.isalpha() for _, w in free):
        return False  # "11 грудня CNN повідомило": a name in Latin letters takes no case
    # the nouns decide where there are any: "молоді людям" is dative, whatever "молоді" is
    nouns = [(i, w) for i, w in free if morph.noun(w, doc.lang) and not morph.can_be_subject(w, doc.lang)
             and not w[:1].isupper()]
    if nouns and len(nouns) == sum(morph.noun(w, doc.lang) for _, w in free):
        return True
    if (len(free) > 1 and nouns and nouns[-1] == free[-1]
            and all(morph.may_modify(w.lower(), doc.lang) for _, w in free[:-1])):
        return True  # ("молоді людям": its head noun last, and dative only, whatever "молоді" is)
    return not any(morph.can_be_subject(w, doc.lang) or (i and w[:1].isupper()) for i, w in free)


def _outside_prepositions(doc: _Doc, words: list[str]) -> list[tuple[int, str]]:
    """The words (with their index) not governed by a preposition: after a preposition,
    the words up to and with the first noun are its object."""
    out, inside = [], False
    for i, w in enumerate(words):
        if morph.function_word(w, doc.lang) == "PREP":
            inside = True
        elif inside:
            inside = not morph.noun(w, doc.lang) and not w[:1].isupper()
        else:
            out.append((i, w))
    return out


def _points_back(doc: _Doc, text: str, span: Span) -> bool:
    """ "Такі дані навів голова СК": the phrase that points back to the statements before
    ("these figures", "об этом") is what was said, never who said it."""
    return doc.lex.refers_back.fullmatch(text, span[0], span[1]) is not None


def _relative(doc: _Doc, text: str, span: Span) -> bool:
    """ "…, которая, вероятно, будет проведена, сообщает ГУР", "«разъяснение», в котором
    говорится": a relative pronoun stands for a noun of the statement, never for who made
    it; the speaker, if any, follows the verb."""
    w = doc.lex.words
    rel = w.get("relatives", frozenset()) | w.get("relative_forms", frozenset())
    words = [t.group().lower() for t in _tokens(text, span)]
    words = words[1:] if len(words) > 1 and words[0] in w.get("locative", ()) else words
    return bool(words) and words[0] in rel


def _after_time_ago(doc: _Doc, text: str, span: Span) -> Span:
    """ "Близько двох тижнів тому телеграм-канал … публікував", "Two weeks ago the ministry
    said": a time phrase ending in "ago" opens the clause; the subject follows it."""
    toks = _tokens(text, span)
    ago = doc.lex.words.get("ago", frozenset())
    at = max((i for i, t in enumerate(toks[:-1]) if t.group().lower() in ago), default=None)
    if (at is None and len(toks) > 2 and toks[1].group().lower() in doc.lex.words.get("periods", ())
            and toks[0].group().lower() not in doc.lex.words["cut"] and doc.lang in morph.LANGS
            and morph.may_modify(toks[0].group().lower(), doc.lang)):
        # "Минулого тижня влада … оголосила", "Прошлым летом губернатор заявил": a time
        # phrase with no preposition, a modifier and its period, opens the clause
        at = 1
    periods = doc.lex.words.get("periods", frozenset())
    if at is None and len(toks) > 2 and toks[0].group().isdigit() and toks[1].group().lower() in _month_names(doc.lang):
        # "26 квітня цього року Росія визнала", "4 января 2024 года западные СМИ написали": a
        # date opens the clause, its year and period words with it
        at = 1
        while at + 2 < len(toks):
            w = toks[at + 1].group().lower()
            if not (w.isdigit() or w in periods or (toks[at + 2].group().lower() in periods
                                                    and morph.may_modify(w, doc.lang))):
                break
            at += 1
    if at is None and toks and toks[0].group().lower() in doc.lex.words["cut"]:
        # "на початку року Непал повідомив", "в конце прошлого года Минобороны": a
        # preposition's time phrase, ended by its period, opens the clause
        at = max((i for i, t in enumerate(toks[1:_TIME_PHRASE], 1)
                  if i < len(toks) - 1 and t.group().lower() in periods), default=None)
        after = toks[at + 1].group().lower() if at is not None else ""
        if after in doc.lex.words["cut"] and after not in doc.lex.words.get("locative", ()):
            at = None  # "С осени 2024 года о подобных предложениях сообщали": no subject
            # ("В конце ноября 2023 года в регионе заявили": where it was said follows)
    return span if at is None else (toks[at + 1].start(), span[1])


_TIME_PHRASE = 5  # words a time phrase before the subject may run to


@lru_cache(maxsize=None)
def _month_names(lang: str) -> frozenset[str]:
    """Every form of the months' names the date reader knows ("квітня", "January")."""
    return frozenset(f.lower() for forms in load_toml(f"dates/{lang}.toml")["months"] for f in forms)


_BACK_SENTENCES = 2  # how far "Об этом сообщил …" reaches back over unattributed sentences
_BACK_PARAGRAPH = 5  # and within its own paragraph (as the annotators of study sets no and nq read it)


def _refer_back(doc: _Doc, spans: list[Span], said: list[bool], claims: list[Attribution]) -> None:
    """ "… 510 000 військовослужбовців. … 30 000 новобранців. Про це сказав …": a sentence
    opening "Об этом" / "Про це" attributes the statements just before it, back to the
    last sentence that had a speaker of its own (at most two sentences), to each of its
    speakers."""
    i, at = len(said), doc.found.index(claims[0])
    # (a sentence that opens its own paragraph points back to the whole paragraph before it,
    # as news posts set the source apart: the annotators of study sets pm, pn and pq)
    opens = i > 0 and "\n" in doc.body[spans[i - 1][1]:spans[i][0]]
    for j in range(i - 1, max(-1, i - 1 - _BACK_PARAGRAPH), -1):
        breaks = len(_LINE_BREAKS.findall(doc.body, spans[j][1], spans[i][0]))
        if said[j] or (i - j > _BACK_SENTENCES and breaks and not (opens and breaks == 1)):
            break  # (past two sentences, only within the paragraph: "Таку думку висловили …"
            # closing a lead of three)
        s, e = spans[j]
        if not any(ch.isalpha() for ch in doc.body[s:e]):
            continue
        hedged = bool(doc.lex.hedges.search(doc.body[s:e].translate(_FOLD)))
        # "В Кремле новую волну призыва не обсуждают. Об этом заявил Песков": what
        # is referred to rejects, and so does the sentence that attributes it
        denies = _rejects(doc.lex.negation, _main_clause(doc, doc.body[s:e]), [])
        for k, claim in enumerate(claims):
            c = claim.claim
            deny = c.stance == "deny" or denies
            if deny and j == i - 1:
                c.stance = "deny"
            # in text order, before the sentence that attributes them
            doc.found.insert(at + k, Attribution(Claim(c.speaker, list(c.via), "deny" if deny else "assert",
                                                       hedged, (s, e), None, c.cue), list(claim.phrases)))
        said[j] = True


_LINE_BREAKS = re.compile(r"\n[\s]*")  # a paragraph boundary, blank lines and all


def _main_clause(doc: _Doc, sentence: str) -> str:
    """A sentence up to the clause its verb reports ("Факт свідчить, що Кремль не розглядає
    …": the fact tells, and rejects nothing; "В Кремле призыв не обсуждают" is all main)."""
    m = _that_clause(doc.lex.words["that"]).search(sentence)
    return sentence[:m.start()] if m else sentence


@lru_cache(maxsize=8)
def _that_clause(that: frozenset[str]) -> re.Pattern:
    """The word that opens a reported clause, after a space (and a comma)."""
    return re.compile(rf",?\s+(?:{'|'.join(map(re.escape, sorted(that)))})(?!\w)", re.IGNORECASE)


def _refers_back(doc: _Doc, start: int, end: int) -> bool:
    """Whether a sentence opens with "Об этом" / "Про це", or has it right after a relay's
    clause ("Як пише Укрінформ, про це повідомляє …", "Як інформує Цензор.НЕТ, про це
    пише …")."""
    if doc.lex.refers_back.match(doc.body, start, end):
        return True
    words = list(_TOKEN.finditer(doc.body, start, end))
    if 1 < len(words) <= _BARE_REPORT_WORDS and not _TAG_OPENING.search(doc.body, start, words[0].start()) \
            and (cue := doc.lex.cues.search(doc.body, words[0].start(), end)) and cue.start() == words[0].start() \
            and words[1].group().lower() not in _ABOUT:
        # "… . Пишут подписчики.": a verb and who reports, of the words before (not a
        # quotation's tag, "– зазначили джерела", which closes what the dash opened, nor
        # "Йдеться про …", which tells what it is about)
        return True
    comma = doc.body.find(",", start, end)
    return (comma >= 0 and bool(doc.lex.refers_back.match(doc.body, _SPACES.match(doc.body, comma + 1).end(), end))
            and doc.lex.cues.search(doc.body[start:comma]) is not None)


_SPACES = re.compile(r"\s*")
_BARE_REPORT_WORDS = 4
_ABOUT = frozenset({"про", "о", "об", "обо", "about"})
_TAG_OPENING = re.compile(r"[-–—―»\"”’]")


def _published_first(doc: _Doc, text: str, span: Span, cue: _Cue) -> bool:
    """ "Другий список дезертирів опублікував проєкт «Хочу жити»", "Один із них оприлюднив
    телеграм-канал …": before a verb of publishing, the thing published (or one of the
    things just named) is its object put first, and the subject follows the verb."""
    if cue.text.lower() not in doc.lex.words.get("publish_verbs", ()):
        return False
    toks = [t.group().lower() for t in _tokens(text, span)]
    if any(t in doc.lex.words.get("published_things", ()) for t in toks[:2]):
        return True
    return (len(toks) >= 3 and toks[0] in doc.lex.words.get("one_of", ())
            and f"{toks[1]} {toks[2]}" in doc.lex.words.get("partitive_pronouns", ()))


def _publisher_aside(doc: _Doc, before: int) -> None:
    """ "Як інформує «Главком», про це генерал сказав у розмові з LB.ua" on Glavkom's own
    site: the publisher naming itself only frames another speaker's words. The sentence is
    that speaker's claim, and the relays it names are his; the publisher is no relay of its
    own report (``_without_outlet``)."""
    if not doc.outlet:
        return
    own_names = publisher_names(doc.outlet, parent=False)
    new = [a for a in doc.found[before:] if not a.nested]
    own = [a for a in new if a.claim.speaker in own_names]
    others = [a for a in new if a.claim.speaker not in own_names]
    if not own:
        return
    for a in own:
        if not others:
            # "Як інформує Цензор.НЕТ, про це пише видання «Важные истории»" on
            # censor.net: the outlet it names speaks; the site only passes it on
            if a.claim.via:
                a.claim.speaker, a.claim.via[:] = a.claim.via[0], a.claim.via[1:]
            continue
        for o in others:
            o.claim.via[:] = _dedupe([*o.claim.via, *(v for v in a.claim.via if v not in own_names)],
                                     o.claim.speaker)
        doc.found.remove(a)
    last = (others or own)[-1].claim
    if doc.history and doc.history[-1][0] in own_names and last.speaker not in own_names:
        doc.history[-1] = (last.speaker, list(last.via), doc.history[-1][2])


def _outlet_relays_before(doc: _Doc, before: int) -> None:
    """ "Бастрикін заявив, що … . Про це повідомляє «Настоящее время».": an outlet that
    refers back to a sentence with a speaker of its own relays that speaker's words, there
    and in its own sentence."""
    new = [a.claim for a in doc.found[before:] if not a.nested]
    if not new or not all(is_outlet(c.speaker) for c in new):
        return
    outlet = new[0]
    last = [a.claim for a in doc.found[:before] if not a.nested]
    if not last:
        return
    prior = [c for c in last if c.span == last[-1].span]
    if any(is_outlet(c.speaker) or c.speaker == _UNNAMED or _media_described(c.speaker) for c in prior):
        return  # (nor does one outlet relay others it does not name: "пишут Telegram-каналы")
    # (the speaker's own relays first, then the outlet and whoever relays the outlet)
    chain = [outlet.speaker, *outlet.via]
    retold = None if outlet.via else outlet.speaker
    for c in prior:
        c.via[:] = _dedupe([*c.via, *chain], c.speaker)
    speaker, outlet_name = prior[0], outlet.speaker
    for c in new:
        c.speaker, c.via[:], c.stance = speaker.speaker, list(speaker.via), speaker.stance
    if doc.history and doc.history[-1][0] == outlet_name:
        # the sentence spoke for the speaker it points back to: later look-backs find him
        doc.history[-1] = (speaker.speaker, list(speaker.via), doc.history[-1][2])
    doc.relayed_by = doc.relayed_by or retold  # the report retells the outlet (_report_relay)


_MEDIA_WORDS = re.compile(r"канал|сми|издани|видання|медіа|медиа|газет|outlets?|media|channels?", re.IGNORECASE)


def _media_described(speaker: str) -> bool:
    """Whether an unnamed speaker is described as outlets ("anonymous: российские
    Telegram-каналы", "anonymous: some media")."""
    return speaker.startswith("anonymous:") and bool(_MEDIA_WORDS.search(speaker))


def _told_outlet(doc: _Doc, s: int, text: str, cue: _Cue, span: Span) -> tuple[Span, str] | None:
    """ "В пресс-службе заявили ТАСС": a subject read after the verb that is an outlet, when
    an institution was named with "в"/"у" before the verb, is the outlet told (a dative),
    and the institution the speaker: (the institution's phrase, the outlet)."""
    if span[0] < cue.end:
        return None
    # the phrase after the verb is the outlet itself, not a phrase that names one
    outlets = [ent.name for ms, me, ent in doc.mentions
               if ms - s == span[0] and me - s >= span[1] - 1 and is_outlet(ent.name)]
    verb = morph.finite_verb(cue.text.split()[0], doc.lang) if outlets else None
    if verb is None or verb.number != "plur":
        return None  # "…, сообщает «Вёрстка»": a singular verb agrees with the outlet
    toks = _tokens(text, (0, cue.start))
    locative = doc.lex.words.get("locative", ())
    # "При этом в пресс-службе университета заявили": the clause opens with the locative,
    # which runs up to the verb
    at = next((i for i, t in enumerate(toks[:3]) if t.group().lower() in locative), None)
    if at is None or at + 1 >= len(toks) or any(c in text[toks[at].start():cue.start] for c in ",—–:"):
        return None
    return (toks[at].start(), toks[-1].end()), outlets[0]


def _experiencers(doc: _Doc, s: int, text: str, cue: _Cue) -> list[str]:
    """The named finders of an impersonal "удалось установить" / "вдалося з'ясувати": the
    bodies and people named before the verb in its clause, outside brackets (the finder is
    a dative, not a subject, and is often coordinated: "Би-би-си совместно с «Медиазоной»")."""
    if cue.text.split()[0].lower() not in doc.lex.words.get("experiencer_cues", ()):
        return []
    depth, inside = 0, []
    for i, ch in enumerate(text[:cue.start]):
        depth += (ch == "(") - (ch == ")")
        inside.append(depth > 0)
    names = [ent.name for ms, me, ent in doc.mentions
             if s <= ms and me <= s + cue.start and not inside[ms - s]
             and ent.type in ("ORG", "PERSON")]
    if not names:  # an outlet the model missed ("Журналістам «Важливих історій»")
        names = [name for a, _, name in _named_outlets(doc, s, text, (0, cue.start)) if not inside[a]]
    if not names:
        # "правозащитникам известно о гибели …": those it is known to, described
        span = _phrase_before(doc, s, text, cue) if doc.lang in morph.LANGS else None
        found = _without_conjunction(doc, _tokens(text, span) if span else [])
        span = (found[0].start(), found[-1].end()) if found else None
        toks = [t.group() for t in found]
        if (toks and morph.function_word(toks[0], doc.lang) is None
                and any(morph.noun(x, doc.lang) and "datv" in morph.cases(x, doc.lang) for x in toks)):
            described = _anonymous(doc, text, span)
            names = described.names if described else []
    return list(dict.fromkeys(names))


def _without_conjunction(doc: _Doc, toks: list[re.Match]) -> list[re.Match]:
    """A phrase's tokens from its noun phrase, past a conjunction that opens it ("…, а
    правозащитникам известно", "і окупанти обіцяли")."""
    while len(toks) > 1 and toks[0].group().lower() in doc.lex.words["conjunctions"]:
        toks = toks[1:]
    return toks


def _known_about(doc: _Doc, text: str, cue: _Cue) -> bool:
    """Whether an impersonal "известно"/"відомо" is followed by what is known about
    ("известно о гибели …"): a claim only with someone it is known to, never on its own
    ("Всего известно о 163 погибших" is the report's own count)."""
    known = cue.text.split()[-1].lower() in doc.lex.words.get("experiencer_cues", ())
    return known and _word_after(text, cue.end).lower() in doc.lex.words.get("known_about", ())


def _inferred_from(doc: _Doc, text: str, cue: _Cue) -> Span | None:
    """ "Из текста указа следует, что …", "Із документа випливає, що …": the phrase after
    "из" that opens the clause of a verb of following is the source, a document or a body's
    statement; no other phrase before such a verb names one ("Отсюда следует")."""
    if cue.text.strip().lower() not in doc.lex.words.get("inference_verbs", ()):
        return None
    segs = _segments(text, cue.start)
    toks = _tokens(text, (segs[-1][0], cue.start)) if segs else []
    if len(toks) < 2 or toks[0].group().lower() not in doc.lex.words.get("from_prepositions", ()):
        return None
    return _trim(text, toks[1].start(), cue.start)


def _zero_subject(doc: _Doc, s: int, text: str, cue: _Cue,
                  verb: morph.Verb | None) -> _Speaker | None:
    """Who speaks through a finite reporting verb with no subject, as Russian and Ukrainian
    allow. A singular verb continues the person the text is about ("Розповідає про…",
    "Уверял, что…"): the last named speaker or the last person named, whichever is nearer.
    A plural one names someone only after "там" ("В МВД опровергли… Там заявили"): the last
    speaker; otherwise no one (the caller reads it as an impersonal report)."""
    if verb is None and doc.syntax and _dropped_subject(doc, s, text, cue):
        prev = doc.previous()  # a verb the dictionary does not know: the parse says so
        return _Speaker([prev[0]], True) if prev else None
    if verb is None:
        return None
    if verb.number == "plur":
        there = doc.lex.words.get("there", frozenset())
        prev = doc.previous()
        if prev and any(t.group().lower() in there for t in _tokens(text, (0, cue.start))):
            return _Speaker([prev[0]], True)
        return None
    opener = _clause_opener(doc, s, text, cue)
    if opener is not None:
        return opener
    people = _people_before(doc, s)
    persons = {name for _, name in people}
    # a person who spoke, not an outlet or a body ("Как стало известно Mash, … Похвастался")
    said = [(a.claim.span[0], a.claim.speaker) for a in doc.found
            if a.claim.span[0] < s and a.claim.speaker in persons]
    nearest = max(people[-1:] + said[-1:], default=None)
    return _Speaker([nearest[1]], True) if nearest else None


def _clause_opener(doc: _Doc, s: int, text: str, cue: _Cue) -> _Speaker | None:
    """ "Мужчина не стал спорить: сказал, что …": a verb after a colon goes on with the
    one its sentence opens with, a person described by a noun of his own."""
    if not text[:cue.start].rstrip().endswith(":"):
        return None
    toks = _tokens(text, (0, cue.start))
    if not toks or not morph.person_noun(toks[0].group(), doc.lang):
        return None
    return _speaker(doc, s, text, (toks[0].start(), toks[0].end()))


def _nominal(doc: _Doc, s: int, text: str, span: Span) -> bool:
    """Whether a speaker phrase holds a noun, a name or a pronoun (never only adverbs and
    connectives); a phrase inside a masked quote is left to the rules. The parser is
    Russian's: a Ukrainian word it mistags ("розвідка" as X) is read off the dictionary."""
    if _MASK in text[span[0]:span[1]] or _parse_sentence(doc, s, text).has_nominal(*span):
        return True
    return doc.lang == "uk" and any(morph.nominal(t.group(), "uk") for t in _tokens(text, span))


def _parse_sentence(doc: _Doc, s: int, text: str) -> Parse:
    """The parse of the sentence at body offset ``s`` (the body's words, not the masked
    ``text``, which has the same length)."""
    return parse(doc.body[s:s + len(text)])


def _cue_verb(doc: _Doc, s: int, text: str, cue: _Cue) -> tuple[Parse, int | None]:
    """The sentence's parse and the token of its reporting cue (None if none covers it)."""
    tree = _parse_sentence(doc, s, text)
    return tree, tree.at(cue.start, cue.end)


# a statement signed with a dash at its end: "270 тысяч добровольцев подписали контракты
# …, — Владимир Путин", "«…» — Песков." (news posts quote this way)
_DASH_SIGNED = re.compile(r"[,.!?…»\"”]\s*[—–]\s*(?P<name>[^\W\d_][^,.;:!?—–]{1,60}?)\s*\.?\s*$")
# posts sign without the comma too ("…, нет — Песков"); then the words before the dash must
# make a statement, not the subject of a copula ("Самый богатый губернатор — Собянин")
_BARE_DASH_SIGNED = re.compile(r"\w\s+[—–]\s*(?P<name>[^\W\d_][^,.;:!?—–]{1,40}?)\s*\.?\s*$")
_STATEMENT_WORDS = 6


# a statement headed by its source and a colon: "ГУР: На окупованих територіях …"
# a post may open with an emoji or a marker ("❗️Минобороны: …")
_COLON_HEADED = re.compile(r"[^\w«\"\n]{0,4}(?P<name>[^\W\d_][^:\n.!?]{0,60}?)\s*:\s+\S")


def _colon_headed(doc: _Doc, s: int, e: int) -> bool:
    """A sentence with no cue that opens "<Name>: …", the name a person or a body."""
    m = _COLON_HEADED.match(doc.body, s, e)
    if not m:
        return False
    a, b = m.span("name")
    if doc.body[a:b].strip().lower() in doc.lex.words.get("source_labels", ()):
        # "Джерело: Генштаб ЗСУ" under a post's news: who the following words are from
        named = [ent.name for ms, me, ent in doc.mentions
                 if m.end() - 1 <= ms and me <= e and ent.type in ("PERSON", "ORG")]
        if named:
            doc.history.append((named[0], [], frozenset()))
        return bool(named)
    # "Минобороны РФ:" — the body named, and at most one word more (the country)
    names = [ent.name for ms, me, ent in doc.mentions
             if ms == a and me <= b and len(doc.body[me:b].split()) <= 1 and ent.type in ("PERSON", "ORG")]
    if not names:
        # "Военный эксперт Юрий Кнутов:": the person after his description (a few words)
        names = [ent.name for ms, me, ent in doc.mentions
                 if a < ms and me == a + len(doc.body[a:b].rstrip()) and ent.type == "PERSON"
                 and len(doc.body[a:ms].split()) <= 4]
    prev = doc.previous()
    if not names and prev and doc.body[a:b].strip().lower() in doc.lex.words.get("verbatim", ()):
        names = [prev[0]]  # "Дослівно: «…»": the words of the source just named, verbatim
    if not names and (person := _office_and_surname(doc, a, b)):
        names = [person]
    if not names:
        return False
    _add_signed(doc, s, e, names[0], (a, b), ":")
    return True


# "Советник директора ГБР Украины Сапьян", "замминистра образования Украины Винницкий"
_OFFICE_SURNAME = re.compile(r"(?P<office>[^\W\d_]+(?:[ \t]+[^\s:]+){0,5}?)[ \t]+"
                             r"(?P<surname>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?)[ \t]*")


def _office_and_surname(doc: _Doc, a: int, b: int) -> str | None:
    """A post's signature or heading that names an office and a surname the tables do not
    know ("— замминистра образования Украины Винницкий"): the person, by the surname
    (romanised), when the office opens with a noun for a person and the surname names no
    place or body."""
    if doc.lang not in morph.LANGS:
        return None
    m = _OFFICE_SURNAME.fullmatch(doc.body, a, b)
    if m is None or not morph.person_noun(m.group("office").split()[0], doc.lang):
        return None
    x, y = m.span("surname")
    word = m.group("surname")
    if any(ms < y and x < me and ent.type != "PERSON" for ms, me, ent in doc.mentions):
        return None
    if word in given_names() or (
            morph.common_word(word, doc.lang) and not morph.name_like(word, doc.lang)):
        return None
    return romanize_person(word, doc.lang)


def _dash_signed(doc: _Doc, s: int, e: int) -> None:
    """A sentence with no cue that ends "— <Name>": the named person or body is the speaker."""
    m = _DASH_SIGNED.search(doc.body, s, e)
    if not m:
        m = _BARE_DASH_SIGNED.search(doc.body, s, e)
        if not m or len(_TOKEN.findall(doc.body, s, m.start("name"))) < _STATEMENT_WORDS:
            return
    a, b = m.span("name")
    names = [ent.name for ms, me, ent in doc.mentions
             if ms >= a and me <= b and ent.type in ("PERSON", "ORG")]
    if names and doc.body[a:b].strip()[:1].isupper():
        _add_signed(doc, s, e, names[0], (a, b), "—")
    elif person := _office_and_surname(doc, a, b):
        _add_signed(doc, s, e, person, (a, b), "—")
    elif described := _signed_description(doc, s, a, b):
        _add_signed(doc, s, e, described, (a, b), "—")


_SIGNED_DESCRIPTION_WORDS = 7
_QUOTE_OPEN = re.compile(r"«[^»]*$")  # a quotation opened before the dash and not closed


def _signed_description(doc: _Doc, s: int, a: int, b: int) -> str | None:
    """A post's statement signed by what its speaker is, not a name ("Риск … выше, чем
    когда-либо, — заместитель председателя комитета Госдумы по обороне", "…, — врачи"):
    ``anonymous: <the description>`` when it opens in lower case, makes a statement before
    the dash, and its first noun is a person's."""
    if doc.lang not in morph.LANGS or len(_TOKEN.findall(doc.body, s, a)) < _STATEMENT_WORDS:
        return None
    words = [t.group() for t in _TOKEN.finditer(doc.body, a, b)]
    if not words or len(words) > _SIGNED_DESCRIPTION_WORDS or not words[0][:1].islower():
        return None
    if _QUOTE_OPEN.search(doc.body, s, a):
        return None  # "«Кто не служил — не мужик»": a dash inside a quotation signs nothing
    noun = next((w for w in words if morph.noun(w, doc.lang)), None)
    if noun is None or not morph.person_noun(noun, doc.lang, number=False):
        return None
    if (known := morph.cases(noun.lower(), doc.lang)) and "nomn" not in known:
        return None  # "зовёт сестру мамой, а мать — бабушкой": a noun in another case signs nothing
    return _described(doc, words)


# "Источник: Верстка" on a line of its own: the outlet whose report a post retells
_SOURCE_LINE = re.compile(r"[^\w\n]*(?P<label>источник|джерело|source)\s*:\s*(?P<name>[^\n]{2,60}?)[\s.]*$",
                          re.IGNORECASE)
_SOURCE_CUE = "source line"


def _source_line(doc: _Doc, s: int, e: int) -> None:
    """A line naming an outlet as the post's source ("Источник: Верстка", README: the
    source is the speaker when it reports on its own behalf, a relay of the others); the
    report's quotations are relayed through it by ``_report_relay``."""
    m = _SOURCE_LINE.fullmatch(doc.body, s, e)
    if not m:
        return
    a, b = m.span("name")
    named = [ent.name for ms, me, ent in doc.mentions if ms >= a and me <= b and ent.type == "ORG"]
    name = named[0] if len(named) == 1 else canonical_name(doc.body[a:b])
    if is_outlet(name):
        _add_signed(doc, s, e, name, (a, b), _SOURCE_CUE)


def _colon_speaker(doc: _Doc, s: int, e: int) -> None:
    """ "На этом фоне генерал Дмитрий Марченко выдал порцию откровений:\n\nЯ думаю, …": a
    line that names one person and ends in a colon, over a paragraph in the first person with
    no cue of its own, introduces that person's words, whatever its verb."""
    body = doc.body
    stop = s + len(body[s:e].rstrip())
    if not body[s:stop].endswith(":") or not _ends_line(body, stop):
        return
    people = {(ent.name, (ms, me)) for ms, me, ent in doc.mentions if s <= ms and me <= e and ent.type == "PERSON"}
    if len({name for name, _ in people}) != 1 or _first_person_after(body, line_end(body, stop), doc.lex) is None:
        return
    name, at = min(people, key=lambda p: p[1])
    _add_signed(doc, s, e, name, at, ":")


_COLON_QUOTE = re.compile(r":[ \t]*[«“„\"]")
_COLON_QUOTE_WORDS = 4  # words at most between the person's name and the colon ("вздыхает")
_QUOTE_CLOSE = re.compile(f"[{_CLOSE}{_BOTH}]")
_QUOTED_WORDS = 3  # words at least in what the quotation says


def _colon_quotation(doc: _Doc, s: int, e: int) -> None:
    """ "Жена Андрея Соколова Ирина вздыхает: «Не надо было …»": a sentence with no cue in
    which a person's name, then a verb, then a colon open a quotation gives that person the
    quoted words, whatever the verb."""
    body = doc.body
    colon = _COLON_QUOTE.search(body, s, e)
    if colon is None or doc.lang not in morph.LANGS:
        return
    people = sorted((ms, me, ent.name) for ms, me, ent in doc.mentions
                    if s <= ms and me <= colon.start() and ent.type == "PERSON")
    if not people:
        return
    ms, me, name = people[-1]  # the one right before the verb ("Жена Андрея Соколова Ирина вздыхает:")
    words = _TOKEN.findall(body, me, colon.start())
    if not words or len(words) > _COLON_QUOTE_WORDS or morph.finite_verb(words[0], doc.lang) is None:
        return
    close = _QUOTE_CLOSE.search(body, colon.end(), e)
    if len(_TOKEN.findall(body, colon.end(), close.start() if close else e)) < _QUOTED_WORDS:
        return  # "купил: «Правду» и «Известия»": names in quotes, no words said
    _add_signed(doc, s, e, name, (ms, me), ":")


def _add_signed(doc: _Doc, s: int, e: int, speaker: str, name: Span, cue: str) -> None:
    """Record the sentence ``[s, e)`` as asserted by the ``speaker`` who signs it at ``name``
    (a heading colon or a closing dash: no reporting verb, so hedged only by its words)."""
    raw = doc.body[s:e].translate(_FOLD)
    hedged = bool(doc.lex.hedges.search(raw))
    # "Песков: второй волны мобилизации не будет": what is signed may reject a plan
    stance = "deny" if _rejects(doc.lex.negation, raw, [(name[0] - s, name[1] - s)]) else "assert"
    doc.found.append(Attribution(Claim(speaker, [], stance, hedged, (s, e), cue=cue), [name]))
    _remember(doc, doc.found[-1])


def _outlet_named_earlier(doc: _Doc, s: int, text: str, pos: int) -> tuple[str, Span] | None:
    """ "told the outlet", "рассказал изданию": the relay is the outlet last named before."""
    m = doc.lex.outlet_object.match(text, pos)
    name = _last_outlet(doc, s) if m else None
    return (name, (m.start(), m.end())) if name else None


def _outlet_like(doc: _Doc, entry: tuple[str, list[str], frozenset[str]]) -> bool:
    """Whether a remembered speaker is an outlet: one the tables know, or one the text
    introduced as such ("издание News.VL", "телеграм-канал «Baza»")."""
    nouns = {x.split("~")[0] for x in doc.lex.stems["outlet_anaphors"]}
    return is_outlet(entry[0]) or (not entry[0].startswith("anonymous:") and any(
        _word_base(w) in nouns for w in entry[2]))


def _word_base(word: str) -> str:
    """A word's stem without the mark of the -ия paradigm: "издание" and "издания",
    "постановление" and "постановлению" are one word in two cases."""
    return stem(word).split("~")[0]


def _last_outlet(doc: _Doc, s: int) -> str | None:
    """The outlet named last before body position ``s``."""
    names = _outlets_between(doc, 0, s)
    return max(names)[1] if names else None


def _next_outlet(doc: _Doc, s: int) -> str | None:
    """The outlet named first after body position ``s``."""
    names = _outlets_between(doc, s, len(doc.body))
    return min(names)[1] if names else None


def _outlets_between(doc: _Doc, a: int, b: int) -> list[tuple[int, str]]:
    """(start, name) of the outlets named in the body from ``a`` up to ``b``, by the entities
    or, where the model missed them, by the alias table."""
    names = [(ms, ent.name) for ms, _, ent in doc.mentions if a <= ms < b and is_outlet(ent.name)]
    names += [(a + m2.span[0], m2.alias.name) for m2 in scan(doc.body[a:b]) if m2.alias.kind == "outlet"]
    return names


def _subject_after(doc: _Doc, s: int, text: str, span: Span) -> bool:
    """Whether the phrase after a verb is its subject: a name, or a speaker noun
    ("сообщили родственники", not "сообщали как минимум в 12 регионах")."""
    toks = _tokens(text, span)
    if not toks or _adverbial(doc, text, span):
        return False
    first = toks[0].group().lower()
    # (or a role or institution that speaks: "Ці цифри озвучив губернатор", "Таку
    # інформацію оприлюднила розвідка")
    # (or a named outlet or project: "Такі дані опублікував проект «…»", "канал Baza")
    return bool(_mentioned(doc, s, span)) or _stem_in(doc, first, "common_speakers") or (
        _stem_in(doc, first, "anaphoric") and not _stem_in(doc, first, "documents")) or (
        _quoted_name(doc, s, span) is not None)


def _read_relay(doc: _Doc, s: int, text: str, cue: _Cue, r: _Reading) -> None:
    outlet = _outlet_named_earlier(doc, s, text, cue.end) if cue.kind == "cited_by" else None
    if outlet:
        r.relays.append(outlet)
        return
    span = _phrase_after(doc, text, cue.end)
    if not span:
        return
    quoted = _quoted_person(doc, text, cue, span) if cue.kind == "cited_by" else None
    if quoted is not None:
        # "«…», - цитирует Евраева пресс-служба правительства": the one quoted speaks, the
        # one quoting relays him
        person, whom, rest = quoted
        r.before.append((cue, _Speaker([person], not person.startswith("anonymous:")), whom))
        name = _relay_name(doc, s, text, rest) if rest else None
        if name is None and rest and _tokens(text, rest)[0].group().lower() in doc.lex.words.get("outlet_anaphors", ()):
            name = _last_outlet(doc, s + rest[0])  # "цитирует источник агентство": the agency named before
        if name:
            r.relays.append((name, rest))
        return
    if cue.kind == "cited_by":
        # "в ефірі «Апостроф TV» повідомив X": the phrase ends where the reporting verb
        # begins (_phrase_after), and the relay is the name that opens it
        verbs = [m for m in doc.lex.cues.finditer(text) if m.lastgroup in _SPEAKING]
        verb = next((m for m in verbs if m.start() > span[0]), None)
        before_verb = verb is not None and not text[span[1]:verb.start()].strip()
        # (or right after the verb, its subject after the relay: "заявив в ефірі
        # телемарафону «Єдині новини» речник Юсов")
        after_verb = any(m.end() <= cue.start and not text[m.end():cue.start].strip() for m in verbs)
        if before_verb or after_verb:
            span = _leading_name(doc, s, text, span)
        name = _relay_name(doc, s, text, span)
        name = _latin(name) if name and before_verb and not name.startswith("anonymous:") else name
        if name:
            r.relays.append((name, span))
    elif r.source is None and not _evidence_only(doc, s, text, span):
        sp = _speaker(doc, s, text, span)
        if sp:
            r.source = (sp, span)


def _quoted_person(doc: _Doc, text: str, cue: _Cue, span: Span) -> tuple[str, Span, Span | None] | None:
    """After "цитирует"/"цитує", a person's surname in the accusative that the report named in
    full before ("цитирует Евраева пресс-служба"): the person, the surname's span, and the
    phrase after it (the one who quotes him)."""
    if cue.text.lower() not in doc.lex.words.get("quotes_whom", ()):
        return None
    toks = _tokens(text, span)
    if not toks:
        return None
    rest = (toks[1].start(), span[1]) if len(toks) > 1 else None
    if _stem_in(doc, toks[0].group().lower(), "source_nouns") and rest is not None:
        # "«…», — цитирует источник агентство": an unnamed source quoted by the outlet
        return _described(doc, [toks[0].group()]), toks[0].span(), rest
    if not toks[0].group()[:1].isupper():
        return None
    person = _known_surname(doc, [toks[0].group()])
    if person is None or not _is_person(doc, person):
        return None
    return person, toks[0].span(), rest


# (and the decision or law a speaker grounds an order in: "настаивает начальство, ссылаясь на
# некое решение")
_EVIDENCE = re.compile(r"(?:testimon\w*|accounts?|evidence|свідчен\w*|свидетельств\w*|показани\w*|розповід\w*|рассказ\w*"
                       r"|decision|laws?|rules|решени\w*|рішенн\w*|закон\w*|норм\w*|правил\w*)$", re.IGNORECASE)


def _evidence_only(doc: _Doc, s: int, text: str, span: Span) -> bool:
    """ "said that thousands of Nepalis serve in the army, citing testimony of men back from the
    front": what a speaker grounds a claim in, no one named, does not speak for it."""
    toks = _tokens(text, span)
    # (after a determiner: "некое решение", "some accounts")
    return any(_EVIDENCE.match(t.group()) for t in toks[:2]) and not _mentioned(doc, s, span)


def _name_before_verb(doc: _Doc, s: int, text: str, cue: _Cue, span: Span) -> Span:
    """ "Відправлення мігрантів на війну Бастрикін назвав …": with the object put first,
    the person named right before the verb is its subject."""
    people = [(ms - s, me - s) for ms, me, ent in doc.mentions
              if ent.type == "PERSON" and s <= ms and me <= s + cue.start]
    if not people or text[people[-1][1]:cue.start].strip():
        return span
    if sum(span[0] <= a and b <= span[1] for a, b in people) > 1:
        return span  # "Песков и глава МИД Лавров заявили": each one speaks
    if span[0] < people[-1][0] < span[1] and _not_nominative(doc, text, people[-1][0]):
        return span  # "Брат Ивана Петрова заявил": the name in the genitive is whose brother
    return people[-1]


def _leading_name(doc: _Doc, s: int, text: str, span: Span) -> Span:
    """The name that opens a phrase, after at most one common noun: "РБК" in "РБК глава
    комитета Картаполов", "телеканалу «Росія-1»" in "телеканалу «Росія-1» депутат X"."""
    toks = _tokens(text, span)
    if len(toks) < 2:
        return span
    second = toks[1].start()
    quoted = _QUOTED.match(doc.body, s + span[0]) or _QUOTED.match(doc.body, s + toks[0].end() + 1)
    if quoted and quoted.start() - s <= second:
        return (span[0], min(span[1], quoted.end() - s))
    first = min(((ms - s, me - s) for ms, me, _ in doc.mentions
                 if s + span[0] <= ms and me <= s + span[1]), default=None)
    if first is not None and first[0] <= second:
        return (span[0], first[1])
    return span


def _joined_with(doc: _Doc, name: str) -> list[str]:
    """``name`` and the speakers "and" joined to it in its last claim ("Про це повідомляють
    «Медіазона» і Бі-бі-сі. … у матеріалі зазначається": the material is both outlets')."""
    last = next((a for a in reversed(doc.found) if a.claim.speaker == name), None)
    if last is None:
        return [name]
    return list(dict.fromkeys(a.claim.speaker for a in doc.found
                              if a.claim.span == last.claim.span and a.phrases == last.phrases))


def _remember(doc: _Doc, first: Attribution) -> None:
    """Keep the claim's speaker and the words of its phrases for later look-backs."""
    words = set()
    for a, b in first.phrases:
        words |= _lower_tokens(doc.body[a:b])
    # "Telegram-канал «База»" is pointed back to as "каналу": a compound's last part
    words |= {w.rsplit("-", 1)[1] for w in words if "-" in w.strip("-")}
    doc.history.append((first.claim.speaker, list(first.claim.via), frozenset(words)))


# ---------------------------------------------------------------- phrases


def _tokens(text: str, span: Span) -> list[re.Match]:
    return list(_token_run(text, span[0], span[1]))


@lru_cache(maxsize=4096)  # the rules ask for the words of one phrase many times over
def _token_run(text: str, start: int, end: int) -> tuple[re.Match, ...]:
    return tuple(_TOKEN.finditer(text, start, end))


def _lower_tokens(text: str) -> set[str]:
    return {m.group().lower().rstrip(".") for m in _TOKEN.finditer(text)}


def _trim(text: str, a: int, b: int) -> Span | None:
    while a < b and text[a] in _TRAIL:
        a += 1
    while b > a and text[b - 1] in _TRAIL:
        b -= 1
    return (a, b) if a < b else None


_DASHES = frozenset({"—", "-", "--"})


def _dash_opening(segs: list[tuple[int, int, str]]) -> int | None:
    """The index of the piece that opens an apposition set off by two dashes right before
    the verb ("X – Y, Z – verb"): pieces joined by commas between the dashes."""
    if len(segs) < 3 or segs[-1][2].strip() not in _DASHES:
        return None
    k = len(segs) - 2
    while k > 1 and segs[k][2].strip() == ",":
        k -= 1
    return k if segs[k][2].strip() in _DASHES else None


_APPOSITION_WORDS = 4  # words at most of a place or body set off by dashes after a noun


_ADVERB = re.compile(r"[a-z]+ly|also|then|now|later|since", re.IGNORECASE)


def _segments(text: str, end: int) -> list[tuple[int, int, str]]:
    """Clause pieces of ``text[:end]``: (start, end, the delimiter before the piece)."""
    out, pos, delim = [], 0, ""
    for m in _DELIM.finditer(text, 0, end):
        out.append((pos, m.start(), delim))
        pos, delim = m.end(), m.group()
    out.append((pos, end, delim))
    return out


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w'-]+)\W*$", text[:pos])
    return m.group(1).lower() if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"[\s«\"“„]*([\w'.-]+)", text[pos:])
    return m.group(1) if m else ""


def _phrase_before(doc: _Doc, s: int, text: str, cue: _Cue) -> Span | None:
    """The speaker phrase a reporting verb points to (before it, or after it if inverted)."""
    w = doc.lex.words
    before = _word_before(text, cue.start)
    # (a "by" after a cue that holds its object names whose the object is: "dismissed
    # reports by British media")
    if (before in w["passive"] and not _perfect(doc, text, cue.start)) or (_word_after(
            text, cue.end) == "by" and not _holds_object(cue)):
        return None
    if doc.lang == "en" and cue.text.endswith("ed") and re.match(r"[—–]", text[cue.end:cue.end + 1]):
        return None  # "the figures mentioned—up to $3,000": a participle, no verb of saying
    # "media reports say": a noun; "local media reported": a verb with its subject
    if before in w.get("noun_modifiers", ()) and cue.text.lower() in w.get("nominal_cues", ()):
        return None
    # "by spurious promises", "the claims": a noun; "59 confirmed deaths": a participle
    if cue.text.lower() in w.get("nominal_cues", ()) and before in w.get("noun_before", ()):
        return None
    if cue.text.lower() in w.get("nominal_cues", ()) and doc.lex.claim_spreaders.fullmatch(before):
        # "bloggers had circulated claims that …": the noun is the object of a verb whose
        # subject made the claims
        start = _verb_group_start(doc, text, cue.start)
        opens = [t.end() for t in _TOKEN.finditer(text, 0, start) if t.group().lower() in w.get("that", ())]
        # (from the clause's start: "It said that bloggers had circulated claims")
        return _trim(text, opens[-1] if opens else 0, start) if start else None
    if before[:1].isdigit() and doc.lang == "en":
        return None
    segs = _segments(text, cue.start)
    if (len(segs) > 2 and segs[-1][2] == ")" and segs[-2][2] == "("
            and _trim(text, segs[-1][0], segs[-1][1]) is None):
        segs = segs[:-2]  # "Аналітики Інституту вивчення війни (ISW) зазначають": the name before
    opening = _dash_opening(segs) if _trim(text, segs[-1][0], segs[-1][1]) is None else None
    if opening is not None and (inner := _trim(text, segs[opening][0], segs[-2][1])) is not None:
        people = [ent for ms, me, ent in doc.mentions if s + inner[0] <= ms and me <= s + inner[1]]
        names = [t.group() for t in _tokens(text, inner) if t.group().lower() not in w["and"]]
        if (people and all(ent.type == "PERSON" for ent in people)) or (
                not people and len(names) > 1 and all(x[:1].isupper() for x in names)):
            # "Речник відомства – Іван Петренко – заявив", "Four Kenyans -- Victor, Mark and
            # Moses -- recounted": the people named
            return inner
        if len(_tokens(text, inner)) <= _APPOSITION_WORDS:
            segs = segs[:opening]  # "влада чергового регіону – Якутії – оголосила": the apposition set off
    last = _trim(text, segs[-1][0], segs[-1][1])
    if (last is not None and len(segs) > 2 and segs[-1][2] == ")" and segs[-2][2] == "("
            and _tokens(text, last)[0].group().lower() in w["and"]):
        # "Relatives of inmates in colony No. 3 (…) and No. 4 told": the piece after the
        # bracket goes on the phrase before it
        last = _trim(text, segs[-3][0], last[1])
    if (last is not None and doc.lang == "en" and len(segs) > 2 and segs[-1][2].startswith(",")
            and _ADVERB.fullmatch(text, last[0], last[1])):
        # "Investigative group X (AEOW), which tracks …, recently published": an adverb after
        # the aside, no subject of its own
        last = None
    if last is None:
        return _inverted_or_appositive(doc, s, text, cue, segs)
    if text[last[0]:last[1]].lower() in w["relatives"] and len(segs) > 1:
        return _trailing_name(text, segs[-2][0], segs[-2][1])  # "the UK MoD, which said"
    if len(segs) > 1 and _word_after(text, last[0]).lower() in w["relatives"]:
        toks = _tokens(text, last)
        if len(toks) > 1 and (toks[1].group().lower() in w["determiners"] or toks[1].group()[:1].isupper()):
            # "…, which the ISW noted showed …": the relative is the object, the verb's
            # subject follows it
            return _trim(text, toks[1].start(), last[1])
        # "Meduza and Mediazona, which analysed inheritance records, estimate"
        return _trim(text, segs[-2][0], segs[-2][1])
    if _last_word(text, last) in w["conjunctions"] and len(segs) > 1:
        # "The letter ... lists X and states that"; past a date that opens the sentence ("On
        # February 20, 2022, blogger X published … and promised")
        first = next((t for a, b, _ in segs if (t := _trim(text, a, b)) is not None and not _only_a_date(
            doc, [x.group().lower() for x in _tokens(text, t)])), None)
        return first and _trim(text, first[0], first[1])
    # "Про це поговорили з журналістами": who follows the preposition was spoken to
    if _word_after(text, 0).lower() in w["lead_ins"] and not _talked_to(doc, cue):
        after = _phrase_after(doc, text, cue.end) if _inverted(doc, text, cue.end) else None
        if after and not _prepositional(doc, text, after):
            return after  # "Об этом сообщил ТАСС"
        if after:  # "Об этом Бастрыкин рассказал на форуме": the subject is before the verb
            return _without_lead_in(doc, text, last) or after
    last = _subordinate_subject(doc, text, last)
    if (len(segs) > 1 and (_is_description(text, last, w) or _office_of(text, last, w)) and segs[-1][2].startswith(",")
            and not (doc.lang in morph.LANGS and morph.function_word(_tokens(text, last)[0].group(), doc.lang))):
        # (not "Нагадаємо, раніше Буданов заявляв": an adverb opens no description)
        name = _trim(text, segs[-2][0], segs[-2][1])
        if name and _is_short_name(text, name, w) and not _is_parenthetical(text, name, w):
            return name  # "Medvedev, the deputy chair of ... said" (not "Зокрема, один із …")
    return last


def _verb_group_start(doc: _Doc, text: str, pos: int) -> int:
    """Where the verb group before ``pos`` begins: the verb word, and the auxiliaries before
    it ("had circulated"); 0 where nothing stands before them."""
    toks = list(_TOKEN.finditer(text, 0, pos))
    i = len(toks) - 1
    while i > 0 and toks[i - 1].group().lower() in doc.lex.words["aux"]:
        i -= 1
    return toks[i].start() if i > 0 else 0


def _holds_object(cue: _Cue) -> bool:
    """Whether an English cue runs on past its verb to the verb's object ("dismissed reports",
    "rejected claims"), not to a particle or a participle ("has denied", "pointed out")."""
    words = cue.text.split()
    return len(words) > 1 and words[0].endswith("ed") and words[-1].endswith("s") and not words[-1].endswith("ss")


def _subordinate_subject(doc: _Doc, text: str, span: Span) -> Span:
    """ "The remarks come as the army officially admits": the verb's
    subject opens after the word that subordinates its clause, and an adverb between the
    subject and the verb is none of it."""
    subordinators = doc.lex.words.get("subordinators", frozenset())
    if not subordinators:
        return span
    toks = _tokens(text, span)
    low = [t.group().lower() for t in toks]
    # (not the "as" of "as well as" and "such as", which join names)
    cut = [i for i, word in enumerate(low[:-1]) if word in subordinators
           and low[i + 1] not in subordinators and low[i + 1] != "well"
           and (i == 0 or low[i - 1] not in ("well", "such"))]
    if cut:
        toks = toks[cut[-1] + 1:]
    adverbs = doc.lex.words.get("pre_verb_adverbs", frozenset())
    while len(toks) > 1 and toks[-1].group() in adverbs:
        toks = toks[:-1]
    return (toks[0].start(), toks[-1].end()) if toks else span


def _talked_to(doc: _Doc, cue: _Cue) -> bool:
    """A cue ending in a preposition ("поговорили з"): who follows it was spoken to."""
    return morph.function_word(cue.text.split()[-1], doc.lang) == "PREP"


def _perfect(doc: _Doc, text: str, pos: int) -> bool:
    """ "Mediazona had earlier confirmed": an adverb after a perfect auxiliary, not the
    adjective of "the earlier reported figure"."""
    m = re.search(r"([\w'-]+)\s+([\w'-]+)\s*$", text[:pos])
    return bool(m) and m.group(2).lower() in doc.lex.words["aux"] and m.group(1).lower() in (
        "has", "have", "had")


def _trailing_name(text: str, a: int, b: int) -> Span | None:
    """The capitalised run that ends ``text[a:b]`` ("... cited by the UK Ministry of Defence")."""
    toks = _tokens(text, (a, b))
    run: list[re.Match] = []
    for tok in reversed(toks):
        word = tok.group()
        if not (word[0].isupper() or (run and word.lower() in ("of", "for", "the"))):
            break
        run.insert(0, tok)
    while run and not run[0].group()[0].isupper():
        run.pop(0)
    return (run[0].start(), run[-1].end()) if run else None


def _inverted_or_appositive(doc: _Doc, s: int, text: str, cue: _Cue,
                            segs: list[tuple[int, int, str]]) -> Span | None:
    w = doc.lex.words
    comma = len(segs) > 1 and segs[-1][2].startswith(",")
    cand = _trim(text, segs[-2][0], segs[-2][1]) if comma else None
    if cand and len(segs) > 2 and segs[-2][2].startswith(",") and _is_parenthetical(text, cand, w):
        # "Іван Петренко, у свою чергу, заявив": an aside, the subject before it
        return _trim(text, segs[-3][0], segs[-3][1])
    # (a relative in any case: "ВСУшники, которых взяли в плен …, рассказали")
    if cand and len(segs) > 2 and _word_after(text, cand[0]).lower() in w["relatives"] | w.get("relative_forms", frozenset()):
        head = _trim(text, segs[-3][0], segs[-3][1])  # "Meduza and Mediazona, which ..., say"
        if head is None and len(segs) > 4 and segs[-3][2] == ")" and segs[-4][2] == "(":
            head = _trim(text, segs[-5][0], segs[-3][0])  # "All Eyes on Wagner (AEOW), which …"
        if not (head and w.get("inverted_after_comma") and len(_tokens(text, head)) > 3
                and not _is_short_name(text, head, w)):
            return head
        # ("У … зірвано формування батальйону, яке триває з липня, повідомляє ГУР": a
        # clause and its relative one are what was said; the subject follows the verb)
    if cand and len(segs) > 2 and segs[-2][2].startswith(",") and (
            _is_description(text, cand, w) or _person_before_aside(doc, s, text, segs[-3])):
        name = _trim(text, segs[-3][0], segs[-3][1])
        if (name is None and len(segs) > 4 and segs[-3][2] == ")" and segs[-4][2] == "("):
            name = _trim(text, segs[-5][0], segs[-3][0])  # "… (ISW), a think tank,"
        if name and (_is_short_name(text, name, w) or _named_whole(doc, s, text, name)):
            # "Verstka, an independent outlet, reported"; "The Institute (ISW), a
            # think tank in Washington, said"
            return name
    if cand and len(segs) > 2 and segs[-2][2].startswith(","):
        first = _trim(text, segs[-3][0], segs[-3][1])
        if first and _is_description(text, first, w) and _is_short_name(text, cand, w):
            return cand  # "The governor, Igor Babushkin, said": the name in apposition
        if first and _participle_aside(doc, text, cand):
            # "The agency, known as HUR, said": an aside after the subject; the name it
            # gives is the subject's ("Ukraine's intelligence agency, known as HUR")
            named = [(ms - s, me - s) for ms, me, ent in doc.mentions
                     if s + cand[0] <= ms and me <= s + cand[1] and ent.type in ("ORG", "PERSON")]
            return named[0] if len(named) == 1 else first
    if cand and len(segs) > 2 and segs[-2][2].startswith(",") and _gerund(doc, text, cand):
        # "Saroor, speaking to the Daily Mirror, said"; "Песков, отвечая на вопрос, заявил":
        # an aside opened by a gerund; the subject is the name before it (not a statement:
        # "Армія вербує іноземців, обіцяючи …, повідомила Бі-Бі-Сі")
        name = _trim(text, segs[-3][0], segs[-3][1])
        if name and (_is_short_name(text, name, w) or any(
                me == s + name[1] and ent.type in ("PERSON", "ORG") for _, me, ent in doc.mentions)):
            return name
    # the object of "told"/"quoted by" is a relay, never an inverted speaker
    told_outlet = cue.kind == "told" and doc.lex.outlet_object.match(text, cue.end)
    if (cue.kind.startswith("before_") or told_outlet) and _inverted(doc, text, cue.end):
        # "..., said Sergei Krivenko"; "— рассказал изданию сотрудник военкомата"
        return _phrase_after(doc, text, cue.end)
    if cue.kind == "told" and w.get("inverted_after_comma"):
        # "..., а после приезда заставляют подписать контракт, сообщили правозащитники":
        # the subject follows; the clause before the comma is what they said
        after = _phrase_after(doc, text, cue.end)
        if after and _subject_after(doc, s, text, after):
            return after
    if (cand and w.get("inverted_after_comma") and len(_tokens(text, cand)) > 3
            and not _is_short_name(text, cand, w)):
        # "Такие предложения получали и в других регионах, сообщили в …": the clause before
        # the comma is what was said, not who said it
        return None
    return cand


def _participle_aside(doc: _Doc, text: str, span: Span) -> bool:
    """Whether a phrase between commas opens with a past participle ("known as HUR",
    "based in London", "headed by …"): an aside on the subject before it."""
    toks = _tokens(text, span)
    word = toks[0].group() if len(toks) > 1 else ""
    return doc.lang == "en" and word.islower() and (
        word.endswith("ed") or word in doc.lex.words.get("participles", ()))


def _gerund(doc: _Doc, text: str, span: Span) -> bool:
    """Whether a phrase opens with a gerund ("speaking to …", "отвечая на вопрос …")."""
    toks = _tokens(text, span)
    word = toks[0].group() if toks else ""
    if doc.lang in morph.LANGS:
        return morph.gerund(word, doc.lang)
    return word.islower() and len(word) > 5 and word.endswith("ing")


def _prepositional(doc: _Doc, text: str, span: Span) -> bool:
    """A phrase opening with a preposition other than the locative of an institution
    ("на юридическом форуме", "журналистам"): an adverbial or an object, never a subject."""
    toks = _tokens(text, span)
    first = toks[0].group().lower() if toks else ""
    if first in doc.lex.words.get("locative", ()) and _medium_or_time(doc, text, span, places=False):
        return True  # "у черговому своєму звіті": the medium it said it in, not an institution
    return (first in doc.lex.words["cut"] and first not in doc.lex.words.get("locative", ())
            ) or _adverbial(doc, text, span)


def _without_lead_in(doc: _Doc, text: str, span: Span) -> Span | None:
    """ "Об этом Бастрыкин" → "Бастрыкин": the phrase without the words that lead in."""
    toks = _tokens(text, span)
    while toks and toks[0].group().lower() in doc.lex.words["lead_ins"]:
        toks.pop(0)
    return (toks[0].start(), span[1]) if toks else None


def _inverted(doc: _Doc, text: str, pos: int) -> bool:
    nxt = _word_after(text, pos)
    w = doc.lex.words
    if nxt and w.get("inverted_after_comma"):
        return True
    if not nxt or nxt.lower().rstrip(".") in w["calendar"]:
        return False
    low = nxt.lower()
    return nxt[0].isupper() or low in w["definite"] or low in ("a", "an") or low in w.get("counted", ())


def _last_word(text: str, span: Span) -> str:
    toks = _tokens(text, span)
    return toks[-1].group().lower() if toks else ""


def _is_description(text: str, span: Span, w: dict[str, frozenset[str]]) -> bool:
    toks = _tokens(text, span)
    first = toks[0].group() if toks else ""
    # "an independent outlet", "RFE/RL's Kazakh Service": an appositive, not a name
    return bool(first) and (first.lower() in w["determiners"] or first[0].islower()
                            or first.endswith("'s"))


def _person_before_aside(doc: _Doc, s: int, text: str, seg: tuple[int, int, str]) -> bool:
    """ "Ivan Sidorov, First Secretary at the embassy in Delhi, told …": a
    person named whole before an aside set off by commas (his office, however the lists
    spell it) is who speaks; English reports set a title so."""
    name = _trim(text, seg[0], seg[1]) if doc.lang == "en" else None
    return name is not None and _named_whole(doc, s, text, name) and any(
        _is_person(doc, ent.name) for ms, me, ent in doc.mentions if s + name[0] <= ms and me <= s + name[1])


def _office_of(text: str, span: Span, w: dict[str, frozenset[str]]) -> bool:
    """ "Governor of the Rostov region", "Head of the Federal Agency": an office and what it
    is of, capitalised as English reports write titles, an appositive all the same."""
    toks = [t.group().lower() for t in _tokens(text, span)[:2]]
    return len(toks) == 2 and toks[0] in w["titles"] and toks[1] in w["of"]


def _named_whole(doc: _Doc, s: int, text: str, span: Span) -> bool:
    """Whether one organisation or person named fills the phrase, but for an article
    before it and an acronym in brackets after it ("The Centre for Eastern Studies
    (OSW)")."""
    rest = re.sub(r"^(?:the|a|an)\s+|\s*\([^()]{1,12}\)$", "", text[span[0]:span[1]], flags=re.IGNORECASE)
    inside = [(me - ms, ent.name) for ms, me, ent in doc.mentions
              if s + span[0] <= ms and me <= s + span[1] and ent.type in ("ORG", "PERSON")]
    return len({name for _, name in inside}) == 1 and max(inside)[0] >= len(rest) - 1


def _is_short_name(text: str, span: Span, w: dict[str, frozenset[str]]) -> bool:
    toks = [t.group() for t in _tokens(text, span)]
    if not toks or len(toks) > 4 or toks[0].lower() in w["determiners"] | w["cut"]:
        return False
    if len(toks) == 1 and _is_connective(toks[0], w):
        return False  # "Additionally, the ministry said": an adverb, not a name before its apposition
    return all(t[0].isupper() or t.lower() in w["of"] | w["titles"] for t in toks)


def _is_parenthetical(text: str, span: Span, w: dict[str, frozenset[str]]) -> bool:
    """An aside set off by commas ("у свою чергу", "in turn"), no speaker."""
    return " ".join(t.group().lower() for t in _tokens(text, span)) in w.get("parentheticals", ())


def _is_connective(word: str, w: dict[str, frozenset[str]]) -> bool:
    """A sentence adverb or connective ("Additionally", "Separately", "Moreover")."""
    low = word.lower()
    return low in w.get("connectives", ()) or low in w.get("openers", ()) or (
        low.endswith("ly") and len(low) > 4 and low not in w.get("not_adverbs", ()))


def _phrase_after(doc: _Doc, text: str, pos: int) -> Span | None:
    """The phrase after a cue: up to the next clause boundary or the next cue ("заявив
    представник ГУР Андрій Юсов | в інтерв'ю виданню «Еспресо»")."""
    m = _DELIM.search(text, pos)
    while m and m.group() == "(" and (b := _BRACKETED.match(text, m.start())):
        m = _DELIM.search(text, b.end())  # "Министерство иностранных дел (МИД) Индии"
    end = m.start() if m else len(text)
    if text.count("«", pos, end) > text.count("»", pos, end):
        # a name in quotes holds the comma ("пишет «Осторожно, новости»"): past its close
        close = text.find("»", end, end + 60)
        if close >= 0:
            m = _DELIM.search(text, close + 1)
            end = m.start() if m else len(text)
    # (not its first word: "according to reports by …" names the reports' authors)
    first = _TOKEN.search(text, pos, end)
    nxt = next((c for c in doc.lex.cues.finditer(text[:end], first.end() if first else end)
                if c.lastgroup in _SPEAKING or c.lastgroup in ("cited_by", "citing")), None)
    span = _trim(text, pos, nxt.start() if nxt else end)
    if span is None:
        return None
    obtained = _OBTAINED_FROM.search(text, span[0], span[1])
    if obtained:
        # "citing May figures that it got from police sources": where the data came
        # from is the source
        return _trim(text, obtained.end(), span[1])
    # "said a woman whose son was recruited": the relative clause describes the speaker
    rel = next((t for t in _tokens(text, span)[1:] if t.group().lower() in doc.lex.words["relatives"]), None)
    if rel is not None:
        span = _trim(text, span[0], rel.start())
        if span is None:
            return None
    if doc.lang in morph.LANGS:
        # "Втрати за різними оцінками | становлять …": a phrase set in the clause with no
        # comma ends before the clause's own verb
        verb = next((t for t in _tokens(text, span)[1:] if t.group().islower() and morph.predicate(t.group(), doc.lang)
                     and morph.finite_verb(t.group(), doc.lang) is not None), None)
        if verb is not None:
            span = _trim(text, span[0], verb.start())
            if span is None:
                return None
    pre = doc.lex.prefixes.match(text, span[0])
    if pre and _dated(doc, text, pre.end()):
        return span  # "citing data from June": the data's date, no source after the prefix
    # (a prefix that is the whole phrase names the source itself: "За даними каналу", where
    # "каналу" is the channel's genitive, not "told the channel")
    return (_trim(text, pre.end(), span[1]) or span) if pre else span


_OBTAINED_FROM = re.compile(r"\b(?:obtained|received|leaked|got)\s+from\s+|(?<!\w)(?:получ|отрима)\w*\s+(?:от|від)\s+",
                           re.IGNORECASE)


def _dated(doc: _Doc, text: str, pos: int) -> bool:
    """Whether the words at ``pos`` open with a month, a weekday or a year."""
    first = _TOKEN.match(text, pos)
    word = first.group().rstrip(".").lower() if first else ""
    return (len(word) >= 3 and word in doc.lex.words["calendar"] and word not in _NOT_DATES) or bool(
        re.fullmatch(r"(?:19|20)\d\d", word))


def _only_a_date(doc: _Doc, words: list[str]) -> bool:
    """Whether a phrase is a date and nothing else ("Friday", "On February 20", "2022")."""
    calendar = doc.lex.words["calendar"]
    return all(x in calendar or x.isdigit() for x in words) and any(
        x.isdigit() or len(x) >= 3 and x not in _NOT_DATES for x in words)


def _time_span(doc: _Doc, words: list[str]) -> bool:
    """Whether a phrase opens with a span of time and its relation ("hours after", "a few
    days later", "two weeks before")."""
    units, relations = doc.lex.words.get("time_units", ()), doc.lex.words.get("time_relations", ())
    i = next((k for k, x in enumerate(words[:4]) if x in units), None)
    return i is not None and i + 1 < len(words) and words[i + 1] in relations


# the calendar lists' words that are no date by themselves ("в", "that", "earlier")
_NOT_DATES = frozenset({"that", "last", "earlier", "что", "що", "ранее", "раніше"})


def _head(doc: _Doc, text: str, span: Span) -> Span:
    """The phrase cut before a preposition or clause ("officer | in one of Russia's regions")."""
    w, toks = doc.lex.words, _tokens(text, span)
    for i, tok in enumerate(toks[1:], 1):
        word = tok.group().lower()
        if word in w["of"] and all(t.group().lower() in w.get("counted", ()) for t in toks[:i]):
            # "One of the residents said": one of a group is described by the group
            rest = [t for t in toks[i + 1:] if t.group().lower() not in w["definite"]]
            return _head(doc, text, (rest[0].start(), span[1])) if rest else span
        if word in w["of"]:
            nxt = [t.group() for t in toks[i + 1:] if t.group().lower() not in w["definite"]]
            if nxt and nxt[0][0].isupper():
                continue
            return (span[0], toks[i - 1].end())
        if word in w["cut"]:
            if (doc.lang == "en" and i + 1 < len(toks) and toks[i - 1].group()[:1].isupper()
                    and toks[i + 1].group()[:1].isupper() and toks[i + 1].group().lower() not in w["calendar"]):
                continue  # a name with a small word inside it ("All Eyes on Wagner")
            return (span[0], toks[i - 1].end())
    return span


# ---------------------------------------------------------------- speakers


def _speaker(doc: _Doc, s: int, text: str, span: Span) -> _Speaker | None:
    w = doc.lex.words
    trimmed = _strip_aux(doc, text, span)
    if trimmed:  # ("Минулого тижня влада Якутії": the time phrase the parse ran into)
        trimmed = _after_time_ago(doc, text, trimmed)
    toks = _tokens(text, trimmed) if trimmed else []
    if (len(toks) > 1 and toks[-1].group().lower() in w["pronouns"]
            and doc.lang in morph.LANGS and toks[-2].group()[:1].islower()):
        # the object put first ("Такие цифры он называл прежде"): the pronoun speaks
        trimmed = toks[-1].span()
    words = [t.group().lower() for t in _tokens(text, trimmed)] if trimmed else []
    if len(words) > 1 and words[0] in w.get("honorifics", ()) and _tokens(text, trimmed)[1].group()[:1].isupper():
        # "Пан Серім зазначив": the name after the form of address
        trimmed = (_tokens(text, trimmed)[1].start(), trimmed[1])
        words = words[1:]
    if len(words) > 12 and (holder := _long_office_holder(doc, s, text, trimmed, words)):
        return holder
    if len(words) > 12:
        # "stated by the Kremlin's press secretary Peskov at a forum in Vladivostok":
        # a speaker with where and when he spoke; its head before them, if that is short
        # and names someone
        head = _head(doc, text, trimmed)
        low = [t.group().lower() for t in _tokens(text, head)]
        if any(s + head[0] <= ms and me <= s + head[1] and ent.type in ("PERSON", "ORG")
               for ms, me, ent in doc.mentions) or (
                # "Relatives of inmates in colony No. 3 (…) and No. 4": people described
                0 < len(low) <= 3 and _stem_in(doc, low[-1 if w["definite"] else 0], "common_speakers")):
            trimmed = head
            words = [t.group().lower() for t in _tokens(text, trimmed)]
    if not trimmed or not words or any(x in w["clause"] for x in words) or len(words) > 12:
        return None
    if _only_a_date(doc, words):
        return None  # "on Friday, which noted …", "On February 20, … he promised": a date names no one
    if _time_span(doc, words):
        return None  # "…, hours after the decree, saying that …": when, not who
    if " ".join(t.group().lower() for t in _tokens(text, span)) in doc.lex.words.get("adverbial_phrases", ()):
        return None  # "В первую очередь призовут резервистов": how, not who
    if len(words) == 1 and doc.lang in morph.LANGS and morph.addressee(_tokens(text, trimmed)[0].group(), doc.lang):
        # "Артемию сообщили, что …": whom it was told, not who told it; the plural verb
        # with no subject names no one
        return _Speaker([_UNNAMED], False)
    agent = _published_by(doc, text, trimmed, words)
    if agent is not None:
        return _speaker(doc, s, text, agent)  # "An article published by Meduza notes": the outlet
    if doc.lang == "en" and len(words) > 1 and words[0] in w["pronouns"] and words[1] not in w["conjunctions"]:
        return None  # "It described a soldier charged with …": a clause, not a noun phrase
    if len(words) > 2 and " ".join(words[-2:]) in w.get("partitive_pronouns", ()):
        # "по словам одного из них", "багато з них розповіли": some of those who spoke just
        # before, a group described, never a pronoun of its own
        prev = doc.previous()
        if prev and prev[0].startswith("anonymous:"):
            return _Speaker([prev[0]], False)
    pre = doc.lex.prefixes.match(text, trimmed[0])
    if pre and _dated(doc, text, pre.end()):
        # "according to data from January": the data, dated, from no one named
        return _anonymous(doc, text, _tokens(text, trimmed)[0].span())
    statement = next((x for x in words[:2] if x in doc.lex.words.get("statements", ())), None)
    if statement and not _mentioned(doc, s, trimmed):
        # "ідеться в повідомленні", "йдеться в аналізі проекту бюджету": no author named,
        # the named speaker before it wrote it
        prev = doc.previous()
        if prev and not prev[0].startswith("anonymous:"):
            return _Speaker(_joined_with(doc, prev[0]), True)
        if prev and prev[1]:
            # people described, relayed by a channel ("Местные полагают … сообщает X со
            # ссылкой на телеграм-канал Y"): the message is the source nearest them
            return _Speaker([prev[1][0]], True, relay=(prev[1][1:] or [None])[0])
        unnamed = set(prev[0].removeprefix("anonymous:").split()) if prev else set()
        named = next((h[0] for h in reversed(doc.history) if not h[0].startswith("anonymous:")), None)
        if named and unnamed & doc.lex.words.get("unnamed_estimates", frozenset()):
            # past an unnamed estimate ("за різними оцінками …"), the named speaker before it
            return _Speaker([named], True)
        if prev and prev[0] != _UNNAMED and not unnamed & doc.lex.words.get("unnamed_estimates", frozenset()):
            # "сообщили в информационном центре региона. … «…», — говорится в сообщении":
            # a body described, not named, wrote the message as well
            return _Speaker([prev[0]], True)
    author = _document_author(doc, s, text, trimmed)
    if author:
        return author  # "в сообщении ведомства": the agency, named before, wrote it
    joint = _joint_speakers(doc, s, text, trimmed)
    if joint:
        return joint  # "«Вёрстка» совместно с фондом «Русь сидящая»": one claim each
    quoted = _quoted_name(doc, s, trimmed)
    if quoted:  # "издание «Мир Белогорья»": the outlet
        media = doc.lex.stems.get("media_nouns", frozenset())
        orgs = [(ms, me, ent.name, ent.type) for ms, me, ent in doc.mentions
                if s + trimmed[0] <= ms and me <= s + trimmed[1] and ent.type == "ORG"]
        joined = [m[2] for m in _coordinated(doc, orgs)] if len(orgs) > 1 else []
        # ("видання «Медіазона» і «Російська служба Бі-бі-сі»": each outlet "and" joins)
        return _Speaker(joined if quoted in joined else [quoted], True,
                        outlet=any(stem(x) in media for x in words[:3]))
    generic = words[-1] in doc.lex.words.get("generic_documents", ()) and len(words) <= 2
    earlier = _earlier_document(doc) if generic else None
    if earlier:
        return _Speaker([earlier], False, True)  # "according to the document": the decree
    signer = _decree_signer(doc, s, trimmed, words)
    if signer:
        return signer
    if generic:
        # "В документе шла речь …" after "Инфо24 писало": a document is no outlet or person
        # who spoke before it; with no decree's signer either, it speaks itself
        own = _anonymous(doc, text, trimmed)
        if own:
            own.evidence = True  # a document, which no outlet relays
        return own
    official = _official_place(doc, s, text, trimmed, words)
    if official:
        return official
    joined = _joined_descriptions(doc, s, text, trimmed, words)
    if joined:
        return joined
    titled = (_titled_person(doc, s, text, trimmed, words) or _appositive_person(doc, s, text, trimmed, words)
              or _office_then_name(doc, s, text, trimmed, words)
              or _long_office_holder(doc, s, text, trimmed, words))
    if titled:
        return titled  # "очільник Центру … при РНБО Андрій Коваленко": the man, not his centre
    head = _head(doc, text, trimmed)
    low = [t.group().lower() for t in _tokens(text, head)]
    if len(low) == 1 and low[0] in w["pronouns"]:
        if low[0] in w.get("thing_pronouns", ()):
            body = next((h[0] for h in reversed(doc.history)
                         if not h[0].startswith("anonymous:") and not _is_person(doc, h[0])), None)
            return _Speaker([body], True) if body else None
        person = _person_pronoun(doc, s, low[0])
        if person:
            return _Speaker([person], True)
        talked = _talked_with_before(doc, s + head[0], low[0])
        if talked:
            return _Speaker([talked], False)
        prev = doc.previous()
        if prev and _may_be(prev[0], low[0]):
            return _Speaker([prev[0]], True)
        # "В отделение обратилась пожилая жительница. Она рассказала, что …": no one spoke
        # before, so the pronoun is the person the report described just before it
        described = _described_before(doc, s + head[0], low[0])
        return _Speaker([described], False) if described else None
    if any(x in w["anonymous"] for x in low):
        return _anonymous(doc, text, trimmed)
    named = (_embassy(doc, s, text, trimmed) or _government_of(doc, s, text, trimmed)
             or _institution(doc, s, text, trimmed) or _owner_before_office(doc, s, text, trimmed))
    if named:
        return named
    phrase = text[trimmed[0]:trimmed[1]]
    if "(" in phrase and canonical_type(whole := canonical_name(phrase)) is not None:
        # "Министерство иностранных дел (МИД) Индии": a name the bracket split, whole
        return _Speaker([whole], True)
    found = _mentioned(doc, s, head)
    first = _tokens(text, span)[:1]
    if (found and first and first[0].group().lower() in w.get("locative", ())
            and all(_is_place(doc, name) for _, _, name in found)):
        # "В ХМАО также подтвердили": someone in a place, which does not speak itself; in
        # a country ("В Індії оприлюднили"), its government
        if len(found) == 1 and found[0][2] in _embassies().demonyms:
            return _Speaker([table_name(f"Government of {found[0][2]}")], True)
        return _Speaker([f"anonymous: {first[0].group().lower()} {text[trimmed[0]:trimmed[1]]}"], False)
    if found and any(t.group() in given_names() for t in _tokens(text, (found[-1][1] - s, head[1]))):
        # "представник воєнної розвідки України Андрій Черняк": the person named after
        # the body he speaks for
        person = _proper(doc, text, head)
        if person is not None:
            return person
    # (a title for a person in any case: "За словами очільника ГУР")
    office = len(found) == 1 and len(low) > 1 and (low[0] in w["titles"] or (
        _stem_in(doc, low[0], "titles") and morph.person_noun(low[0], doc.lang, number=False)))
    holder = _office_holder(doc, found[0][2]) if office else None
    if holder:
        return _Speaker([holder], True)  # "зазначив голова ГУР": Budanov, introduced so before
    if office and _is_place(doc, found[0][2]):
        return _anonymous(doc, text, trimmed)  # "Глава Бурятии": a place does not speak
    if (len(low) == 2 and not found and _stem_in(doc, low[0], "source_nouns")
            and low[1] in doc.lex.words.get("outlet_anaphors", ())):
        # "заявил источник издания": a source of the outlet named before, which relays it
        outlet = _last_outlet(doc, s + head[0])
        source = _tokens(text, head)[0]
        sp = _anonymous(doc, text, source.span())
        if outlet and sp:
            sp.relay = outlet
            return sp
    if (len(low) == 2 and not found and low[0] in w.get("singular_possessives", ())
            and _stem_in(doc, low[1], "source_nouns") and (prev := doc.previous())
            and not prev[0].startswith("anonymous:")):
        # "Її співрозмовники зазначили", "Его источники сообщили": the sources of the one
        # the report just quoted, who passes their words on
        sp = _anonymous(doc, text, _tokens(text, head)[1].span())
        if sp:
            sp.relay = prev[0]
            return sp
    audience = len(low) > 1 and found and _stem_in(doc, low[0], "audience_nouns")
    if (len(low) > 1 and found and (_stem_in(doc, low[0], "source_nouns") or audience)
            and (is_outlet(found[0][2]) or found[0][2] in _names_of(doc, "ORG")) and found[0][0] > s + head[0]):
        # "по данным источника «Новой газеты Европа»", "повідомляють джерела Центру
        # національного спротиву": the sources speak, the outlet or body relays them; so do
        # its readers ("сообщают подписчики паблика «Свободная Бурятия»")
        toks = _tokens(text, head)
        name = _reader_name(text, head) if audience else None
        sp = (_Speaker([romanize_person(name.group(), doc.lang)], True) if name is not None else _anonymous(
            doc, text, (toks[0].start(), toks[0].end() if not audience else found[0][0] - s)))
        if sp:
            sp.relay = found[0][2]
            return sp
    if found and is_formation(found[0][2]) and found[0][0] > s + head[0]:
        return _anonymous(doc, text, trimmed)  # "Командири 71-го полку": people of a unit
    if (not w["definite"] and len(low) > 1 and low[0] in w.get("kin_nouns", ()) and found
            and found[0][0] > s + head[0] and all(_is_person(doc, m[2]) for m in found)):
        # "мать погибшего Ивана Петрова": his mother, described by whose she is
        return _anonymous(doc, text, trimmed)
    if len(found) > 1 or (found and _ends_head(text, head, found[0][1] - s)):
        return _Speaker([m[2] for m in found], True)
    definite = low[0] in w["definite"] or low[0].endswith("'s")
    last = _tokens(text, head)[-1] if low else None
    if (not found and len(low) >= 2 and doc.lang in morph.LANGS and last is not None and last.group()[:1].isupper()
            and any(x in w["titles"] for x in low[:-1]) and morph.name_like(last.group(), doc.lang)):
        # "Свердловский губернатор Куйвашев пожаловался": the surname the model missed, not the
        # office said again
        named = _proper(doc, text, head)
        if named is not None and named.named:
            return named
    if found and low[0] not in w["indefinite"]:
        return _Speaker([found[0][2]], True)  # "the British MoD statement", "the Tass agency"
    back = _anaphora(doc, s, text, head, low) if definite or not w["definite"] else None
    if back:
        return back  # "the ministry", "its mayor", "London's analysts", "ведомство"
    if _stem_in(doc, low[-1], "common_speakers") or (found and low[0] in w["indefinite"]):
        return _anonymous(doc, text, trimmed)  # "Critics", "a senior NATO official"
    if len(low) > 1 and _stem_in(doc, low[0], "audience_nouns"):
        # "подписчики паблика «Свободная Бурятия»": the readers speak, the outlet no table
        # knows relays them
        toks = _tokens(text, head)
        name = _reader_name(text, head)
        if name is not None:
            # (the outlet is the phrase up to her name)
            outlet = _proper(doc, text, (head[0], [t for t in toks if t.end() <= name.start()][-1].end()))
            sp = _Speaker([romanize_person(name.group(), doc.lang)], True)
        else:
            sp, outlet = _anonymous(doc, text, toks[0].span()), _proper(doc, text, head)
        if sp is not None and outlet is not None and outlet.named:
            sp.relay = outlet.names[0]
        return sp or outlet
    if not w["definite"] and len(low) > 1 and low[0] in w.get("kin_nouns", ()) and not found:
        # "Родные Каныбека рассказывали": people described by whose they are (the noun
        # comes first in Russian and Ukrainian), not a name
        return _anonymous(doc, text, trimmed)
    return _proper(doc, text, head) or _anonymous(doc, text, trimmed)


def _long_office_holder(doc: _Doc, s: int, text: str, span: Span, words: list[str]) -> _Speaker | None:
    """ "со ссылкой на заместителя начальника отдела кадров в областном военкомате майора
    Ивана Петрова": an office that runs on past its prepositions to the one person's name,
    in the office's case, is that person (not "глава ведомства на встрече с Иваном Петровым")."""
    if doc.lang not in morph.LANGS or not _opens_with_office(doc, words):
        return None
    person = _person_ending(doc, s, text, span, " .,\"'»”")
    name = _name_span(doc, s, span, person) if person else None
    if name is None or _one_person(doc, s, span) != person:
        return None
    between = [t.group().lower() for t in _tokens(text, (span[0], name[0]))]
    preps = [morph.function_word(x, doc.lang) == "PREP" for x in between]
    if not any(preps) or preps[-1] or between[0] in doc.lex.words.get("kin_nouns", ()):
        return None  # (no preposition: "мать погибшего Ивана Петрова" is his mother)
    first, title = _TOKEN.match(text, name[0]), _tokens(text, span)[0]
    office_cases = morph.cases(title.group().lower(), doc.lang)
    name_cases = morph.cases(first.group().lower(), doc.lang) if first else frozenset()
    if office_cases and name_cases and not office_cases & name_cases:
        return None
    return _Speaker([person], True)


def _titled_person(doc: _Doc, s: int, text: str, span: Span, words: list[str]) -> _Speaker | None:
    """A person named at the end of a phrase that a title opens ("очільник Центру … при
    РНБО Андрій Коваленко"): the title and its bodies describe him, however
    far the phrase runs past where a preposition would cut it."""
    if not _opens_with_office(doc, words):
        return None
    inside = [(ms, me, ent) for ms, me, ent in doc.mentions if s + span[0] <= ms and me <= s + span[1]]
    if not any(ent.type == "PERSON" for _, _, ent in inside):
        # "Мер Москви Собянін": an official the alias table knows by surname, which the
        # model took into the place before it
        last = _tokens(text, span)[-1].group()
        name = canonical_name(last) if last[:1].isupper() else last
        if name != last and canonical_type(name) == "PERSON":
            return _Speaker([name], True)
        *_, prev, tok = _tokens(text, span) if len(words) >= 3 else (None, None)
        if (tok is not None and doc.lang in morph.LANGS and last[:1].isupper() and not last.isupper()
                and morph.name_like(last, doc.lang) and not morph.place_name(last, doc.lang)
                and not any(ms <= s + tok.start() < me for ms, me, _ in inside)
                # (the word before is the office's body or a small word, no given name)
                and (prev.group()[:1].islower() or any(ms <= s + prev.start() < me for ms, me, _ in inside))):
            # "замначальника Генштаба Бурдинский": the surname the model missed, after the
            # office and its body
            person = romanize_person(morph.nominative(last, doc.lang), doc.lang)
            doc.people.add(person)
            return _Speaker([person], True)
    if len(inside) < 2 or inside[-1][2].type != "PERSON":
        return None
    tail = _trim(text, inside[-1][1] - s, span[1])
    if tail is not None and not _setting(doc, text, tail):
        return None  # the person is not the phrase's end ("заступник Шойгу в міністерстві")
    if any(ent.type == "PERSON" for _, _, ent in inside[:-1]):
        return None  # two people named: coordinated, not one described
    return _Speaker([inside[-1][2].name], True)


_OFFICIAL = frozenset({"официальный", "официальная", "официальное", "офіційний", "офіційна",
                       "офіційне", "official"})


def _official_place(doc: _Doc, s: int, text: str, span: Span, words: list[str]) -> _Speaker | None:
    """ "Офіційний Нью-Делі", "официальная Москва": a place called official speaks as the
    place does (through its country's government)."""
    if len(words) < 2 or words[0] not in _OFFICIAL:
        return None
    rest = _trim(text, _tokens(text, span)[1].start(), span[1])
    found = _mentioned(doc, s, rest) if rest else []
    if len(found) == 1 and _is_place(doc, found[0][2]) and found[0][0] <= s + rest[0] and found[0][1] >= s + rest[1]:
        return _Speaker([found[0][2]], True)
    return None


def _joined_descriptions(doc: _Doc, s: int, text: str, span: Span, words: list[str]) -> _Speaker | None:
    """ "Офіційний Катманду та родини загиблих заперечують": speakers of two kinds
    joined by "and", one of them named, make one claim each (the named ones alone are
    read by _mentioned)."""
    toks = _tokens(text, span)
    cuts = [t for t in toks[1:-1] if t.group().lower() in doc.lex.words["and"]]
    if len(cuts) != 1 or len(words) > 10:
        return None
    parts = [_trim(text, span[0], cuts[0].start()), _trim(text, cuts[0].end(), span[1])]
    if None in parts:
        return None
    if doc.lang in morph.LANGS and not _same_case(doc, _tokens(text, parts[0])[0].group(),
                                                  _tokens(text, parts[1])[0].group()):
        return None  # "жители Екатеринбурга и Нижнего Тагила": the genitive goes on, no subject
    speakers = [_speaker(doc, s, text, part) for part in parts]
    if any(sp is None or len(sp.names) != 1 for sp in speakers) or all(sp.named for sp in speakers):
        return None
    if not any(sp.named for sp in speakers) and not _people_of_one_case(doc, text, parts):
        return None
    return _Speaker([sp.names[0] for sp in speakers], any(sp.named for sp in speakers))


def _same_case(doc: _Doc, a: str, b: str) -> bool:
    """Whether two words may stand in one case (a word the dictionary lacks may)."""
    ca, cb = morph.cases(a, doc.lang), morph.cases(b, doc.lang)
    return not ca or not cb or bool(ca & cb)


def _people_of_one_case(doc: _Doc, text: str, parts: list[Span]) -> bool:
    """Whether two descriptions joined by "and" each name people by a noun in one case
    ("по словам мигрантов и правозащитников": migrants, and rights advocates, not
    "представители военкомата и полиции", the police of the representatives)."""
    if doc.lang not in morph.LANGS:
        return False
    left, right = ([t.group().lower() for t in _tokens(text, part)] for part in parts)
    # the noun that heads the second, past its adjectives ("мигрантов и местных волонтёров")
    head = next((w for w in right[:-1] if not morph.adjective(w, doc.lang)), right[-1] if right else "")
    tail = left[-1] if left else ""
    people = [morph.person_noun(w, doc.lang, number=False) for w in (tail, head)]
    shared = morph.cases(tail, doc.lang) & morph.cases(head, doc.lang)
    # ("оппозиция и правозащитники считают": a body and people, both subjects, speak each)
    return (all(people) and bool(shared)) or (any(people) and "nomn" in shared and morph.noun(tail, doc.lang))


def _opens_with_office(doc: _Doc, words: list[str]) -> bool:
    """Whether a phrase opens with a title the lists know, or with a noun for a person the
    dictionary reads (an office the lists lack: "секретар штабу …")."""
    return any(x in doc.lex.words["titles"] for x in words[:3]) or (
        doc.lang in morph.LANGS and morph.person_noun(words[0], doc.lang))


APPOSITION_GAP = 4  # words at most between an office and the name of who holds it


def _appositive_person(doc: _Doc, s: int, text: str, span: Span, words: list[str]) -> _Speaker | None:
    """The person named just after a phrase of his office that names nobody, past a
    bracketed abbreviation or a comma ("председатель Следственного комитета (СК) РФ
    Александр Бастрыкин", "секретар Координаційного штабу …, бригадний генерал Дмитро
    Усов, йдеться …"): the office describes him, he spoke."""
    if not words or not _opens_with_office(doc, words):
        return None
    a, b = s + span[0], s + span[1]
    if any(ent.type == "PERSON" for ms, me, ent in doc.mentions if a <= ms and me <= b):
        return None
    person = min(((ms, me, ent) for ms, me, ent in doc.mentions
                  if b <= ms < s + len(text) and ent.type == "PERSON"), default=None, key=lambda m: m[0])
    if person is None:
        return None
    gap = _BRACKETED.sub(" ", text[span[1]:person[0] - s])
    if (len(_TOKEN.findall(gap)) > APPOSITION_GAP or gap.count(",") > 1 or any(ch in gap for ch in ".;:!?«»\"")
            or doc.lex.cues.search(gap)):
        return None
    end = person[1] - s
    m = _DELIM.search(text, end)
    tail = _trim(text, end, m.start() if m else len(text))
    if tail is not None and _tokens(text, tail)[0].group().lower() not in doc.lex.words["cut"]:
        return None  # the name runs on into more words ("… в ходе форума" only says where)
    return _Speaker([person[2].name], True)


_BRACKETED = re.compile(r"\([^()]{1,30}\)")


def _setting(doc: _Doc, text: str, tail: Span) -> bool:
    """Whether the words after a titled person only say where he spoke ("… Дмитро Усов | на
    брифінгу"): a preposition first, no name in them."""
    toks = _tokens(text, tail)
    return bool(toks) and toks[0].group().lower() in doc.lex.words["cut"] and not any(
        t.group()[:1].isupper() for t in toks[1:])


# speakers joined by "together with": coordinated subjects, as "and" joins them
_JOINT = re.compile(r"(?<!\w)(?:совместно с|вместе с|спільно з|разом з|разом із|together with|jointly with)(?!\w)",
                    re.IGNORECASE)


_JOINT_AFTER = re.compile(r"[»\"”]?\s*" + _JOINT.pattern, re.IGNORECASE)


def _with_partners(doc: _Doc, s: int, text: str, span: Span) -> Span:
    """ "Как выяснила «Вёрстка» совместно с фондом «Русь сидящая»": the parse gives the
    subject alone; the partners it names after "совместно с" speak with it."""
    m = _JOINT_AFTER.match(text, span[1])
    if not m:
        return span
    end = _DELIM.search(text, m.end())
    ends = [me - s for ms, me, ent in doc.mentions if s + m.end() <= ms
            and me - s <= (end.start() if end else len(text)) and ent.type in ("ORG", "PERSON")]
    return (span[0], ends[0]) if ends else span


def _joint_speakers(doc: _Doc, s: int, text: str, span: Span) -> _Speaker | None:
    """The bodies or people a phrase joins with "совместно с" / "together with"."""
    if not _JOINT.search(text, span[0], span[1]):
        return None
    names = list(dict.fromkeys(ent.name for ms, me, ent in doc.mentions
                               if s + span[0] <= ms and me <= s + span[1]
                               and ent.type in ("ORG", "PERSON")))
    return _Speaker(names, True) if len(names) >= 2 else None


_OPENING_QUOTE = re.compile(r"[«\"“„]")
_QUOTE_RIGHT_AFTER = re.compile(r"[ \t]?(?=[«\"“„])")
_QUOTED = re.compile(r"[«\"“„](?P<name>[^«»\"“”„]{2,60})[»\"”“]")


def _quoted_name(doc: _Doc, s: int, span: Span) -> str | None:
    """The quoted name after an outlet's or a group's noun ("издание «Мир Белогорья»",
    "Правозащитный проект «Идите лесом»"): its canonical name, or its Latin spelling.
    Read in the body: the sentence text has its quotes masked."""
    text = doc.body
    span = (s + span[0], s + span[1])
    opening = _OPENING_QUOTE.search(text, span[0], span[1])
    at = opening.start() if opening else None
    if at is None and (right := _QUOTE_RIGHT_AFTER.match(text, span[1])):
        at = right.end()  # the phrase stopped at the quote: "телеграм-канал" | "«Говорит …»"
    # the name may run past the phrase the parse gave ("проект «Идите" | "лесом» рассказал")
    m = _QUOTED.match(text, at) if at is not None else None
    nouns = doc.lex.stems.get("quoted_name_nouns", frozenset())
    if not nouns:
        return None
    if not m:
        return _bare_name_after_noun(doc, text, span, nouns)
    before = [t.group() for t in _tokens(text, (span[0], m.start()))]
    if not before or len(before) > 3 or not any(stem(w) in nouns for w in before):
        return None
    if _stem_in(doc, before[0].lower(), "audience_nouns"):
        return None  # "подписчики паблика «Свободная Бурятия»": its readers speak
    if any(ent.type == "PERSON" and ms >= m.end() for ms, me, ent in doc.mentions if me <= span[1]):
        return None  # "керівниця фонду «Русь сидящая» Ольга Романова": the person after it
    name = m["name"].strip()
    # an entity inside the quotes names the whole only if it is no place ("«Иркутский блог»"
    # holds Irkutsk; "«Тил»" is the body Tyl)
    inside = [ent.name for ms, me, ent in doc.mentions
              if m.start() <= ms and me <= m.end() and ent.type != "PLACE"]
    known = inside[0] if len(inside) == 1 else canonical_name(name)  # "«Тил»": the entity Tyl
    return _latin(known)


def _bare_name_after_noun(doc: _Doc, text: str, span: Span, nouns: frozenset[str]) -> str | None:
    """The capitalised name an outlet's noun heads without quotes ("Telegram-канал База",
    "канал Baza"): the name alone, as with quotes; the noun is no part of it."""
    toks = _tokens(text, span)
    # (after its adjectives: "правозахисний проект Avtozak Live")
    at = next((i for i, t in enumerate(toks[:3]) if stem(t.group()) in nouns), None)
    if at is None or not all(t.group().islower() for t in toks[:at]) or not 2 <= len(toks) - at <= 4:
        return None
    if doc.lang in morph.LANGS and not all(morph.adjective(t.group(), doc.lang) for t in toks[:at]):
        return None  # "очевидцы порталу RTVI": those who told the outlet, not the outlet
    rest = toks[at + 1:]
    if not all(t.group()[:1].isupper() for t in rest):
        return None
    if any(ms < span[1] and span[0] < me and ent.type == "PERSON" for ms, me, ent in doc.mentions):
        return None  # "канал Олега Царёва" is the man's channel: the person speaks
    name = text[rest[0].start():rest[-1].end()]
    return _latin(canonical_name(name))


def _latin(name: str) -> str:
    """A name no table knows, in the Latin letters English reports spell it with."""
    if not CYRILLIC.search(name):
        return name
    # an acronym stays one: "Радиоточка НСН" → "Radiotochka NSN"
    return " ".join(transliterate(w).upper() if len(w) > 1 and w.isupper() else
                    (t := transliterate(w))[:1].upper() + t[1:]
                    for w in name.replace(",", "").split())


_REPORT_SOURCE_WORDS = 4  # words at most in the name of whose reports were denied


def _denied_reports(doc: _Doc) -> None:
    """ "Песков назвал фейками сообщения британских СМИ о мобилизации": a denial of reports
    that names whose they are has two speakers (tests/gold/README.md: two entries with the
    same anchor), the one who denies and the source whose report is denied, asserting it."""
    rx = doc.lex.denied_report
    if rx is None:
        return
    body = doc.body
    media = doc.lex.words.get("mass_media", frozenset())
    for a in list(doc.found):
        c = a.claim
        if c.stance != "deny" or a.nested:
            continue
        m = rx.search(body, c.span[0], c.span[1])
        if m is None:
            continue
        start, end = m.span("source")
        # (a person before the body he speaks for: "заяви секретаря РНБО Олексія Данілова")
        named = min(((ent.type != "PERSON", ms, ent.name) for ms, me, ent in doc.mentions
                     if start <= ms and me <= end and ent.type in ("ORG", "PERSON")), default=None)
        words = body[start:end].split()
        if named:
            name = named[2]
        elif words and len(words) <= _REPORT_SOURCE_WORDS and any(w.lower().strip(".,") in media for w in words):
            name = _described(doc, words)
        else:
            continue
        if name == c.speaker or any(x.claim.speaker == name and x.claim.span == c.span for x in doc.found):
            continue
        doc.found.append(Attribution(Claim(name, [], "assert", c.hedged, c.span, c.date, c.cue),
                                     [(start, end)], nested=True))


def _governments_speaking(doc: _Doc) -> None:
    """A place that speaks ("Росія стверджує", "Nepal said") speaks through its government:
    "Government of Russia", as the gold names it (and as "the Nepali government" is); a
    capital, through its country's ("Moscow denied", "Kathmandu asked")."""
    capitals = _embassies().capitals
    places, orgs = _names_of(doc, "PLACE"), _names_of(doc, "ORG")
    for a in doc.found:
        c = a.claim
        if c.speaker in places and c.speaker not in orgs:
            c.speaker = table_name(f"Government of {capitals.get(c.speaker, c.speaker)}")
        elif _LOCATIVE_SPEAKER.match(c.speaker):
            # "Как заявили в Вашингтоне": a foreign capital where it was said is its
            # government (Russia's and Ukraine's stay as worded: many bodies sit there)
            inside = [ent.name for ms, me, ent in doc.mentions if ent.type == "PLACE" and ent.name in capitals
                      and any(x <= ms and me <= y for x, y in a.phrases)]
            if len(set(inside)) == 1 and capitals[inside[0]] not in _HOME_COUNTRIES:
                c.speaker = table_name(f"Government of {capitals[inside[0]]}")


_LOCATIVE_SPEAKER = re.compile(r"anonymous: (?:в|во|у) \S+$")


def _names_of(doc: _Doc, etype: str) -> set[str]:
    """The names the document's entities of ``etype`` bear."""
    return {ent.name for _, _, ent in doc.mentions if ent.type == etype}


def _is_place(doc: _Doc, name: str) -> bool:
    return name in _names_of(doc, "PLACE")


def _office_holder(doc: _Doc, body: str) -> str | None:
    """The person an earlier claim named together with ``body`` ("начальник ГУР Кирило
    Буданов"): "голова ГУР" later in the report is that person, not the body."""
    people = {ent.name for _, _, ent in doc.mentions if ent.type == "PERSON"}
    for a in reversed(doc.found):
        c = a.claim
        if c.speaker in people and any(
                ent.name == body and c.span[0] <= ms < c.span[1] for ms, _, ent in doc.mentions):
            return c.speaker
    # a person the report names who heads the body ("Бастрыкин: …" above "по словам главы
    # СК"; aliases/officials.toml [heads])
    heads = [p for p in dict.fromkeys(people) if _heads().get(p) == body]
    if len(heads) == 1:
        return heads[0]
    # "Глава СК Александр Бастрыкин выступил …": the person named right after the body
    for _, me, ent in doc.mentions:
        if ent.name == body:
            after = next((p for ps, _, p in doc.mentions if me < ps <= me + 3 and p.type == "PERSON"
                          and not doc.body[me:ps].strip()), None)
            if after is not None:
                return after.name
    return None


def _titled_speakers(doc: _Doc) -> None:
    """ "Об этом заявил пресс-секретарь президента" in a report that names Dmitry Peskov: a
    speaker described by a title the alias table gives a person the report names is that
    person (aliases/officials.toml [titles])."""
    people = {ent.name for _, _, ent in doc.mentions if ent.type == "PERSON"}
    titles = [(p, t) for p, ts in _titles().items() if p in people for t in ts]
    if not titles:
        return
    for a in doc.found:
        c = a.claim
        if c.speaker in people:
            continue  # a named person speaks; "представитель Кремля" read as the Kremlin does not
        held = set()
        for x, y in a.phrases:
            words = [stem(w) for w in _TOKEN.findall(doc.body[x:y])]
            held |= {p for p, t in titles
                     if any(words[i:i + len(t)] == t for i in range(len(words) - len(t) + 1))}
        if len(held) == 1:
            c.speaker = held.pop()


def _offices_back(doc: _Doc) -> None:
    """ "сообщил областной военный комиссар Иван Орлов. … По словам военкома, …": an office
    alone, one word, after a person the report introduced with it is that person (also by
    its clipped compound: "военком" is "военный комиссар")."""
    people = {ent.name for _, _, ent in doc.mentions if ent.type == "PERSON"}
    offices: list[tuple[int, str, list[str]]] = []  # (where, person, office words)
    for a in doc.found:
        c = a.claim
        if c.speaker in people:
            # with the words right before the name, where its office stands when the parse
            # left it out ("Головнокомандувач ЗСУ Олександр Сирський заявив"); a word of the
            # name never matches an office below
            # (the office is the head of the name's own phrase: the word before the name, or
            # the first of a short title, "Головнокомандувач Збройних сил України"; not a
            # word further back: "після зустрічі з міністром оборони президент …")
            lead_words = _clause_before(doc.body, a.phrases[0][0], c.span[0]) if a.phrases else []
            heads = lead_words[-1:] + (lead_words[:1] if len(lead_words) <= _OFFICE_LEAD_WORDS else [])
            words = [w.lower() for w in heads]
            words += [w.lower() for x, y in a.phrases for w in _TOKEN.findall(doc.body[x:y])]
            offices.append((c.span[0], c.speaker, words))
        elif c.speaker.startswith("anonymous: ") and 2 <= len(c.speaker.split()) <= 4:
            # the office alone or of a place ("глава області", "военком Оренбуржья")
            word, *rest = c.speaker.split()[1:]
            if rest and not all(_PLACE_WORD.match(w) or w[:1].isupper() for w in rest):
                continue
            root = word[:max(4, len(word) - 2)]  # (in any case: "По словам военкома")
            if not any(w.lower().startswith(root) for x, y in a.phrases for w in _TOKEN.findall(doc.body[x:y])):
                continue  # the office the claim's own words name, not one a pronoun was read as
            held = {person for at, person, words in offices if at < c.span[0] and _holds(word, words)}
            if len(held) == 1:
                c.speaker = held.pop()


_OFFICE_LEAD_WORDS = 4  # "Головнокомандувач Збройних сил України" before the name
_OFFICE_LEAD_CHARS = 80

# words for the place an office is of ("глава региона", "голова області")
_PLACE_WORD = re.compile(r"(?:регион|област|облас|район|края|краю|республик|округ|город|міст|громад|ова)\w*",
                         re.IGNORECASE)


def _holds(title: str, words: list[str]) -> bool:
    """Whether the office ``words`` hold ``title``, whole or as a clipped compound."""
    key = stem(title)
    if any(stem(w) == key for w in words):
        return True
    return any(len(title) > 5 and title.startswith(a[:4]) and title[4:].startswith(b[:3])
               and len(a) > 4 and len(b) > 3 for a, b in zip(words, words[1:]))


@lru_cache(maxsize=1)
def _titles() -> dict[str, list[list[str]]]:
    table = load_toml("aliases/officials.toml").get("titles", {})
    return {person: [[stem(w) for w in _TOKEN.findall(t)] for t in ts] for person, ts in table.items()}


@lru_cache(maxsize=1)
def _heads() -> dict[str, str]:
    return dict(load_toml("aliases/officials.toml").get("heads", {}))


def _earlier_document(doc: _Doc) -> str | None:
    """The last document that spoke before ("the decree says …"), for "the document"."""
    for speaker, _, _ in reversed(doc.history):
        last = speaker.split()[-1] if speaker.startswith("anonymous:") else ""
        if last and _stem_in(doc, last, "documents") and last.lower() not in doc.lex.words.get(
                "generic_documents", ()):
            return speaker
    return None


def _document_author(doc: _Doc, s: int, text: str, span: Span) -> _Speaker | None:
    """The named author of a document a phrase cites ("сообщении ведомства", "заяві ГУР"):
    a document is the speaker only when its author goes unnamed (tests/gold/README.md)."""
    toks = _tokens(text, span)
    if len(toks) >= 2 and doc.lang == "en" and _stem_in(doc, toks[-1].group(), "documents"):
        # "a U.S. State Department cable": the author named before the document
        bodies = [ent.name for ms, me, ent in doc.mentions
                  if s + span[0] <= ms and me <= s + toks[-1].start() and ent.type == "ORG"]
        if len(bodies) == 1:
            return _Speaker(bodies, True)
    if len(toks) < 2 or not _stem_in(doc, toks[0].group(), "documents"):
        return None
    sp = _speaker(doc, s, text, (toks[1].start(), span[1]))
    return sp if sp is not None and sp.named else None


def _person_pronoun(doc: _Doc, s: int, pronoun: str) -> str | None:
    """ "She added": a personal pronoun stands for a person. When the last speaker is an
    outlet, a body or unnamed, it is the last person named before the sentence."""
    if pronoun not in doc.lex.words.get("person_pronouns", ()):
        return None
    prev = doc.previous()
    # a person named since the last claim, who did not speak there ("…, — сказал Собянин.
    # Их комментировал пресс-секретарь Дмитрий Песков. Он заявил …"): the one just told of
    last_end = doc.found[-1].claim.span[1] if doc.found else 0
    named = [(ms, name) for ms, name in _people_before(doc, s) if _may_be(name, pronoun)]
    since = [name for ms, name in named if ms >= last_end
             and "\n" not in doc.body[ms:s]]  # (in its paragraph: not a caption's name above)
    if since and prev and since[-1] != prev[0]:
        return since[-1]
    if prev and _is_person(doc, prev[0]) and _may_be(prev[0], pronoun):
        return None  # the previous speaker is a person: the rules' look-back keeps it
    return named[-1][1] if named else None


# "Она рассказала" after "Эльдар Шайгалимов поговорил с сотрудницей …": a pronoun of one
# gender stands for no person of the other. A name's gender by its romanised surname's
# ending (Petrova, Skibitska; Petrov, Skibitskyi), else its given name's ("Antonina").
_FEMININE = ("ova", "eva", "yova", "ina", "yna", "aya", "ska", "tska")
_MASCULINE = ("ov", "ev", "in", "yn", "sky", "skiy", "skyi", "tskyi", "ich", "ych")
_MEN_IN_A = frozenset({"nikita", "ilya", "mykola", "mykyta", "illia", "foma", "luka", "kuzma"})
_GENDER_OF = {"she": "f", "она": "f", "вона": "f", "he": "m", "он": "m", "він": "m"}


def _may_be(name: str, pronoun: str) -> bool:
    """Whether the person ``name`` may be the one ``pronoun`` stands for (not a
    person, or a person of unknown gender, may)."""
    want = _GENDER_OF.get(pronoun)
    gender = _sex_of(name)
    return want is None or gender is None or gender == want


_SEXES = {"women": "f", "men": "m"}


def _sex_of(name: str) -> str | None:
    """ "f" or "m" where a person's romanised name tells it, by its given name (the name
    table's) or by its ending, else None."""
    words = name.lower().split()
    if name.startswith("anonymous:") or not words:
        return None
    last, first = words[-1], words[0]
    given = given_gender(first) if len(words) > 1 else None
    if given:  # "Alla Bandura": the given name tells it
        return given[0]
    if last.endswith(_FEMININE):
        return "f"
    if last.endswith(_MASCULINE):
        return "m"
    if len(words) == 1 and first.endswith(("a", "ya")) and first not in _MEN_IN_A:
        return "f"
    return None


def _pronoun_person(doc: _Doc, s: int, cue: _Cue,
                    prev: tuple[str, list[str], frozenset[str]] | None) -> str | None:
    """ "По его словам", "За його даними": a singular pronoun stands for the last speaker;
    where there is none (the person was named without a verb of saying: "Такие данные привёл…"
    is one, "Глава СК Бастрыкин выступил на форуме" is not), or the last speaker is an
    outlet or a body while the cue speaks of someone's words, the last person named."""
    if prev and _is_person(doc, prev[0]):
        return None
    words = cue.text.lower().split()
    if not any(w in doc.lex.words.get("singular_possessives", ()) for w in words):
        return None  # "по их словам": the speakers before, a group
    if prev and not any(w in doc.lex.words.get("words_of_person", ()) for w in words):
        return None
    people = _people_before(doc, s)
    return people[-1][1] if people else None


_DESCRIBED_WITHIN = 300  # characters back to the person a pronoun stands for


# a verb of talking with someone and its preposition ("смогли поговорить с татарстанцем")
_TALKED_WITH = re.compile(r"(?:поговори|побеседова|пообща|поспілкува|розмовля|разговарива)\w*\s+(?:с|со|з|із)\s+",
                          re.IGNORECASE)
_MORPH_GENDER = {"m": "masc", "f": "femn"}  # _GENDER_OF's letters as the dictionary writes them


def _talked_with_before(doc: _Doc, pos: int, pronoun: str) -> str | None:
    """ "Журналисты смогли поговорить с татарстанцем, который вернулся с войны. Он утверждает
    …": a "he" or "she" opening the sentence after one that talked with a person described
    by a noun is that person, whoever spoke before."""
    gender = _MORPH_GENDER.get(_GENDER_OF.get(pronoun, ""))
    if gender is None or doc.lang not in morph.LANGS:
        return None
    start = max(0, pos - _DESCRIBED_WITHIN)
    spans = [sp for sp in sentence_spans(doc.body[start:pos]) if doc.body[start + sp[0]:start + sp[1]].strip()]
    if not spans:
        return None
    talk = list(_TALKED_WITH.finditer(doc.body, start + spans[-1][0], start + spans[-1][1]))
    if not talk:
        return None
    noun = _TOKEN.match(doc.body, talk[-1].end())
    if noun is None or not morph.person_noun(noun.group().lower(), doc.lang) \
            or morph.noun_gender(noun.group().lower(), doc.lang) not in (gender, None):
        return None
    return "anonymous: " + " ".join(morph.nominative_phrase([noun.group().lower()], doc.lang))


def _described_before(doc: _Doc, pos: int, pronoun: str) -> str | None:
    """ "anonymous: пожилая жительница" for "Она" after "обратилась пожилая женщина": the
    last singular noun for a person before ``pos`` (in the sentence before), with its
    adjectives; only for a singular personal pronoun."""
    if doc.lang not in morph.LANGS or pronoun not in doc.lex.words.get("person_pronouns", ()):
        return None
    toks = list(_TOKEN.finditer(doc.body, max(0, pos - _DESCRIBED_WITHIN), pos))
    for i in range(len(toks) - 1, -1, -1):
        word = toks[i].group().rstrip(".")
        if word.lower() == pronoun or not morph.person_noun(word.lower(), doc.lang):
            continue
        start = i
        while start > 0 and i - start < 2 and morph.adjective(toks[start - 1].group().lower(), doc.lang):
            start -= 1
        words = morph.nominative_phrase([t.group().rstrip(".").lower() for t in toks[start:i + 1]], doc.lang)
        return "anonymous: " + " ".join(words)
    return None


def _is_person(doc: _Doc, name: str) -> bool:
    """Whether a speaker's name is a person's, by this document's entities or the tables."""
    types = {ent.name: ent.type for _, _, ent in doc.mentions}
    return (types.get(name) or canonical_type(name)) == "PERSON" or name in doc.people


def _people_before(doc: _Doc, s: int) -> list[tuple[int, str]]:
    """(start, name) of every person named before body offset ``s``, in text order."""
    return [(ms, ent.name) for ms, me, ent in doc.mentions if me <= s and ent.type == "PERSON"]


def _strip_aux(doc: _Doc, text: str, span: Span) -> Span | None:
    """The phrase without trailing auxiliaries and adverbs ("The Kremlin has repeatedly"),
    without the conjunction or adverb that opens its clause ("But he said" is a pronoun
    subject, not a source called "but he"), and without the locative that Russian puts
    before an institution speaking ("В министерстве заявили" is the ministry saying)."""
    toks = _tokens(text, span)
    while toks and (toks[-1].group().lower() in doc.lex.words["aux"] or (
            # "Окупаційні медіа водночас поширюють": an adverb before the verb
            len(toks) > 1 and doc.lang in morph.LANGS
            and morph.function_word(toks[-1].group(), doc.lang) == "ADVB") or (
            # "They strongly appealed" (not "his family said")
            doc.lang == "en" and len(toks) == 2 and toks[-1].group().islower()
            and toks[-1].group().endswith("ly")
            and toks[0].group().lower() in doc.lex.words["pronouns"])):
        toks.pop()
    # (and the adverbs before it: "Ранее в Минобороны сообщили")
    while len(toks) > 1 and (toks[0].group().lower() in doc.lex.words.get("openers", ())
                             or toks[0].group().lower() in doc.lex.words["aux"]):
        toks.pop(0)
    if len(toks) > 1 and toks[0].group().lower() in doc.lex.words.get("locative", ()):
        toks.pop(0)
    return (toks[0].start(), toks[-1].end()) if toks else None


# connectives of two to four words that open a clause before its subject ("При этом",
# "Кроме того", "В свою очередь"), longest first
_CONNECTIVES = tuple(sorted({
    ("при", "этом"), ("при", "цьому"), ("при", "том"), ("при", "тому"), ("тем", "временем"),
    ("тим", "часом"), ("между", "тем"), ("між", "тим"), ("кроме", "того"), ("крім", "того"),
    ("помимо", "этого"), ("окрім", "того"), ("к", "тому"), ("до", "того"),
    ("вместе", "с", "тем"), ("разом", "з", "тим"), ("разом", "із", "тим"), ("в", "то", "же", "время"),
    ("у", "той", "же", "час"), ("с", "другой", "стороны"), ("з", "іншого", "боку"),
    ("в", "свою", "очередь"), ("у", "свою", "чергу"), ("в", "свою", "чергу")}, key=len, reverse=True))


def _after_connective(text: str, span: Span) -> Span | None:
    """The phrase without the connective that opens it ("При цьому | у виданні", "Разом з
    тим | у виданні")."""
    toks = _tokens(text, span)
    words = tuple(t.group().lower() for t in toks[:5])
    for conn in _CONNECTIVES:
        if len(toks) > len(conn) and words[:len(conn)] == conn:
            return (toks[len(conn)].start(), span[1])
    return span


def _adverbial(doc: _Doc, text: str, span: Span) -> bool:
    """A phrase that opens with a preposition is a time or topic adverbial, not a subject
    ("С осени 2024 года о таких письмах сообщали", "В понедельник сообщили")."""
    toks = _tokens(text, span)
    if not toks:
        return False
    first = toks[0].group().lower()
    if first in doc.lex.words.get("not_subject", ()):
        return True
    nxt = toks[1].group().lower().rstrip(".") if len(toks) > 1 else ""
    return first in doc.lex.words.get("locative", ()) and (
        nxt in doc.lex.words["calendar"] or nxt[:1].isdigit())


def _ends_head(text: str, head: Span, mention_end: int) -> bool:
    """Whether a mention reaches the last word of the phrase (it is the phrase's head)."""
    toks = _tokens(text, head)
    return bool(toks) and mention_end >= toks[-1].start()


def _stem_in(doc: _Doc, word: str, key: str) -> bool:
    return stem(word) in doc.lex.stems[key]


def _anonymous(doc: _Doc, text: str, head: Span) -> _Speaker | None:
    w = doc.lex.words
    toks = [t for t in _description(doc, text, head) if t.group().lower() not in w["anonymous"]]
    if (len(toks) == 1 and toks[0].group().lower() in w.get("some_of", ())
            and (group := _people_counted_before(doc.body, doc.at, doc.lang))):
        # "Ще більше кенійців могло потрапити до армії. Деякі кажуть": some of
        # the people the text counted just before
        return _Speaker([f"anonymous: {toks[0].group().lower()} {group}"], False)
    while toks and (toks[0].group().lower() in w["determiners"] or (
            len(toks) > 1 and doc.lang in morph.LANGS
            and morph.function_word(toks[0].group(), doc.lang) in ("ADVB", "PRCL"))
            or (len(toks) > 1 and toks[0].group().lower() in _PARTITIVE)):
        # "ряд преимущественно украинских каналов": the channels; "одного из читателей",
        # "one of the residents": one of the readers is a reader
        toks.pop(0)
    if not toks:
        return None
    words = [t.group().rstrip(".") for t in toks]
    if doc.lang in morph.LANGS:
        # "в пресс-службе университета" → "пресс-служба университета", "один из студентов"
        # → "студенты": a description is named in the nominative
        words = morph.nominative_phrase(words, doc.lang)
    # "Sri Lanka's …" keeps its capital; "Жители Бурятии" does not (a common noun)
    proper = len(words) > 1 and words[1][:1].isupper() and not (
        doc.lang in morph.LANGS and morph.common_word(words[0], doc.lang))
    if (toks[0].start() == 0 or not words[0][1:].islower()) and not proper:
        # (an abbreviation keeps its capitals: "МИДа страны", "ЧВКшники")
        words[0] = words[0] if words[0][1:2].isupper() else words[0][0].lower() + words[0][1:]
    evidence = _stem_in(doc, words[-1], "documents")
    if len(words) == 1 and doc.lang in morph.LANGS and morph.person_noun(words[0].lower(), doc.lang):
        # "сообщает офицер 123-й бригады … — говорит офицер": the noun alone is the one
        # the report described with it before
        key = stem(words[0].lower())
        earlier = next((h[0] for h in reversed(doc.history) if h[0].startswith("anonymous: ")
                        and len(h[0].split()) > 2 and stem(h[0].split()[1].lower()) == key), None)
        if earlier:
            return _Speaker([earlier], False, evidence)
    return _Speaker([f"anonymous: {' '.join(words)}"], False, evidence)


_PEOPLE_BACK = 200  # characters back where "some" finds the people it is some of


def _people_counted_before(body: str, at: int, lang: str) -> str | None:
    """The last plural noun for people in the text just before ``at`` (in the nominative):
    whom "Деякі", "Некоторые" are some of."""
    if lang not in morph.LANGS:
        return None
    for m in reversed(list(_TOKEN.finditer(body, max(0, at - _PEOPLE_BACK), at))):
        word = m.group().lower()
        if morph.person_noun(word, lang, number=False) and not morph.person_noun(word, lang):
            return morph.nominative(word, lang)
    return None


_PARTITIVE = frozenset({"из", "з", "із", "зі", "of"})
_OFFICES = re.compile(r"(?:press\s+(?:service|office)|spokes(?:person|man|woman))$", re.IGNORECASE)


def _owner_before_office(doc: _Doc, s: int, text: str, span: Span) -> _Speaker | None:
    """ "The Moscow police press service said": a press service or spokesperson named after
    its owner speaks for the owner ("Moscow police")."""
    if doc.lang != "en":
        return None
    phrase = text[span[0]:span[1]]
    m = _OFFICES.search(phrase)
    if not m:
        return None
    owner = re.sub(r"^(?:the|a|an)\s+", "", phrase[:m.start()].strip(), flags=re.IGNORECASE)
    owner = owner.removesuffix("'s").removesuffix("’s").strip()
    if not owner or not owner[:1].isupper() or len(owner.split()) > 5:
        return None
    return _Speaker([canonical_name(owner)], True)


def _government_of(doc: _Doc, s: int, text: str, span: Span) -> _Speaker | None:
    """ "В пресс-службе правительства Подмосковья", "the government of Sri Lanka": the
    government of the one place the phrase names speaks, "Government of <place>"."""
    words = doc.lex.words.get("government", frozenset())
    toks = _tokens(text, span)
    authorities = any(t.group().lower() in doc.lex.words.get("authorities", ()) for t in toks)
    # ("отметили в администрации" alone, after the regional government spoke: that government)
    back = doc.lex.words.get("administration", frozenset())
    bare = bool(toks) and all(t.group().lower() in back | doc.lex.words.get("locative", frozenset())
                              for t in toks) and any(t.group().lower() in back for t in toks)
    if bare:
        words = words | back
    if not authorities and not any(t.group().lower() in words for t in toks):
        return None
    first = next((t.group().lower() for t in toks if t.group().lower() not in doc.lex.words.get("locative", ())), "")
    if _stem_in(doc, first, "source_nouns"):
        return None  # "источник в областном правительстве": a source, not the government
    places = {ent.name for ms, me, ent in doc.mentions
              if s + span[0] <= ms and me <= s + span[1] and ent.type == "PLACE"}
    if authorities:
        # "кубинські власті", "власти Непала": a foreign country's authorities are its
        # government; Russia's or a region's stay as the report words them
        table = _embassies()
        places = {p for p in places if p in table.demonyms and p not in _HOME_COUNTRIES}
        if not places:
            demonym = _demonym_word(table, toks)
            places = table.countries([demonym]) - _HOME_COUNTRIES if demonym else set()
        # ("За офіційними даними індійської сторони": the data of the side it ends on)
        last = max(i for i, t in enumerate(toks) if t.group().lower() in doc.lex.words["authorities"])
        if len(places) != 1 or (len(toks) > 3 and last < len(toks) - 2):
            return None
    if not places and not authorities and all(
            t.group().lower() in words | doc.lex.words.get("locative", frozenset()) | doc.lex.words["definite"]
            for t in toks):
        # "В правительстве добавили" after "сообщило региональное правительство", "В уряді
        # додали" after Kenya's: the government that spoke before
        said = next((h[0] for h in reversed(doc.history) if h[0].startswith("Government of ")), None)
        if said is None and doc.lang == "en":
            said = _country_of_sentence(doc, text)  # "The Russian president signed …, the government said"
        return _Speaker([said], True) if said else None
    if not places and not authorities and any(t.group().lower() in doc.lex.words.get("region_nouns", ())
                                              for t in toks):
        # "правительство республики" after "Власти Тувы …": the region named before it
        region = _last_region(doc, s + span[0])
        places = {region} if region else set()
    if not places:  # "the Sri Lankan Government": the country named by its adjective
        table = _embassies()
        demonym = _demonym_word(table, _tokens(text, span))
        places = table.countries([demonym]) if demonym else set()
    if len(places) != 1:
        return None
    place = places.pop()
    known = canonical_name(f"Government of {place}")
    return _Speaker([known], True)


_HOME_COUNTRIES = frozenset({"Russia", "Ukraine"})  # whose "authorities" are many bodies


def _last_region(doc: _Doc, before: int) -> str | None:
    """The last region of Russia the report names before ``before`` ("Тувы" → "Tuva")."""
    from recruitwatch.regions.places import resolve_place

    for ms, _, ent in reversed(doc.mentions):
        if ms < before and ent.type == "PLACE":
            region = resolve_place(ent.name)
            if region is not None and region.code.startswith("RU-"):
                return ent.name
    return None


def _embassy(doc: _Doc, s: int, text: str, span: Span) -> _Speaker | None:
    """ "Russia's embassy in Colombo", "посольство России в Кении": one canonical form,
    "<Demonym> embassy in <Country>" (a capital stands for its country)."""
    table = _embassies()
    toks = _tokens(text, span)
    at = next((i for i, t in enumerate(toks) if stem(t.group()) in table.nouns), None)
    if at is None:
        return None
    places = [(m.span[0], m.alias.name) for m in scan(doc.body[s + span[0]:s + span[1]])
              if m.alias.kind == "place"]
    start = toks[at].start() - span[0]
    owner = [n for a, n in places if a < start]
    demonym = table.demonyms.get(owner[0]) if owner else _demonym_word(table, toks[:at])
    if demonym is None and not owner:  # "the embassy of Russia in Nairobi"
        owner = [n for a, n in places if a > start][:1]
        demonym = table.demonyms.get(owner[0]) if owner else None
    host = [n for a, n in places if a > start and n not in owner[:1]]
    if demonym is None:
        return None
    country = table.capitals.get(host[0], host[0]) if host else None
    name = f"{demonym} embassy" + (f" in {country}" if country else "")
    return _Speaker([name], True)


@dataclass(frozen=True, slots=True)
class _Embassies:
    nouns: frozenset[str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    adjectives: dict[str, str]  # stem of an adjective in any language → English demonym

    def countries(self, demonyms: Iterable[str]) -> set[str]:
        """The countries whose demonym is one of ``demonyms``."""
        wanted = set(demonyms)
        return {c for c, d in self.demonyms.items() if d in wanted}


def _country_of_sentence(doc: _Doc, text: str) -> str | None:
    """ "The Russian president signed the bill …, the government said": the
    government of the one country the sentence names by its adjective, in English."""
    table = _embassies()
    demonyms = {d for t in _TOKEN.finditer(text) if (d := table.adjectives.get(stem(t.group())))}
    countries = table.countries(demonyms)
    return canonical_name(f"Government of {countries.pop()}") if len(countries) == 1 else None


def _demonym_word(table: _Embassies, toks: list[re.Match]) -> str | None:
    """ "the Russian embassy", "российское посольство", "the Sri Lankan Government": the
    owner named by its adjective (of one word or two)."""
    words = [t.group() for t in toks]
    for i, word in enumerate(words):
        found = (table.adjectives.get(stem(f"{word} {words[i + 1]}")) if i + 1 < len(words) else None
                 ) or table.adjectives.get(stem(word))
        if found:
            return found
    return None


@lru_cache(maxsize=1)
def _embassies() -> _Embassies:
    data = load_toml("lexicon/claims_embassies.toml")
    demonyms = dict(data["demonyms"])
    adjectives = {stem(d): d for d in demonyms.values()}
    adjectives.update({stem(k): v for k, v in data.get("adjectives", {}).items()})
    return _Embassies(frozenset(stem(n) for n in data["nouns"]), demonyms,
                      dict(data["capitals"]), adjectives)


def _institution(doc: _Doc, s: int, text: str, span: Span) -> _Speaker | None:
    """ "Analysts at the Institute for the Study of War", "a tally by RFE/RL", "a spokesperson
    for the Chuvash government": people or a document speaking for a named institution are
    that institution (unnamed *sources* inside it stay anonymous)."""
    w = doc.lex.words
    toks = _tokens(text, span)
    links = w.get("institution_links", frozenset())
    for i, tok in enumerate(toks[:4]):
        word = tok.group().lower()
        if not _stem_in(doc, word, "institution_heads"):
            continue
        j = i + 1
        if links and not (j < len(toks) and toks[j].group().lower() in links):
            return None
        j += bool(links)
        if j < len(toks) and toks[j].group().lower() in w.get("institution_preps", ()):
            j += 1  # "правозащитники из «Гражданского содействия»"
        if j >= len(toks):
            return None
        rest = (toks[j].start(), span[1])
        person = _person_ending(doc, s, text, rest, " .,")
        if person:
            # "a representative of the Foreign Ministry Maria Zakharova": the one named
            # last, after the body he speaks for
            return _Speaker([person], True)
        org = _named_org(doc, s, rest) or _outlet_named_back(doc, s, text, rest)
        if org:
            return _Speaker(org, True)
        if _stem_in(doc, word, "spokes") and links:
            return _capitalised_body(doc, text, rest)
        return None
    return None


def _outlet_named_back(doc: _Doc, s: int, text: str, span: Span) -> list[str]:
    """ "a study by the newspaper": the outlet a definite noun for an outlet
    points back to (the one named last before)."""
    low = [t.group().lower() for t in _tokens(text, span)]
    if len(low) < 2 or len(low) > 3 or low[0] not in doc.lex.words["definite"]:
        return []
    if not _stem_in(doc, low[-1], "outlet_anaphors"):
        return []
    outlet = _last_outlet(doc, s)
    return [outlet] if outlet else []


def _named_org(doc: _Doc, s: int, span: Span) -> list[str]:
    """The organisations (entities or aliases, not people or places) a phrase names."""
    a, b = s + span[0], s + span[1]
    orgs = [(ms, me, ent.name, ent.type) for ms, me, ent in doc.mentions
            if ms >= a and me <= b and ent.type == "ORG"]
    if not orgs:
        orgs = [(a + m.span[0], a + m.span[1], m.alias.name, m.alias.type)
                for m in scan(doc.body[a:b]) if m.alias.kind in ("institution", "outlet",
                                                                 "contextual")]
    return [m[2] for m in _coordinated(doc, orgs)] if orgs else []


def _capitalised_body(doc: _Doc, text: str, span: Span) -> _Speaker | None:
    """ "the Chuvash government" → "Chuvash government": a body the alias table does not
    know, named by a capitalised word before its noun."""
    head = _head(doc, text, span)
    toks = [t.group() for t in _tokens(text, head)]
    while toks and toks[0].lower() in doc.lex.words["determiners"]:
        toks.pop(0)
    if not toks or not toks[0][:1].isupper():
        return None
    return _Speaker([canonical_name(" ".join(toks))], True)


def _description(doc: _Doc, text: str, span: Span) -> list[re.Match]:
    """The words of an anonymous source, up to a preposition or clause (at most six)."""
    out: list[re.Match] = []
    toks = _tokens(text, span)
    for i, tok in enumerate(toks):
        cut = i > 0 and tok.group().lower() in doc.lex.words["description_cut"]
        if cut and _adjectives_before_noun(doc, out, toks[i:]):
            return out + toks[i:]  # "близькі до російської влади джерела": the sources close to it
        if len(out) == 6 or cut:
            break
        if out and "," in text[out[-1].end():tok.start()]:
            break  # "источник, знакомый с ситуацией": an aside on the source
        out.append(tok)
    return out


_PHRASE_IN_DESCRIPTION = 4  # words at most of a phrase set between a description's adjective and noun


def _adjectives_before_noun(doc: _Doc, adjectives: list[re.Match], rest: list[re.Match]) -> bool:
    """Whether a prepositional phrase stands between a description's adjectives and its
    noun, which ends the phrase and agrees with them ("близкие к Кремлю источники",
    "близькі до російської влади джерела")."""
    if doc.lang not in morph.LANGS or not adjectives or not 3 <= len(rest) <= _PHRASE_IN_DESCRIPTION + 1:
        return False
    if not all(morph.may_modify(t.group(), doc.lang) for t in adjectives):
        return False
    last = rest[-1].group()
    return morph.noun(last, doc.lang) and bool(
        morph.cases(adjectives[0].group(), doc.lang) & morph.cases(last, doc.lang) & {"nomn"})


def _mentioned(doc: _Doc, s: int, head: Span) -> list[tuple[int, int, str]]:
    """(start, end, canonical name) of the entities or known aliases the phrase names:
    one, or every coordinated one ("Putin and Russia's Defense Minister Shoigu")."""
    a, b = s + head[0], s + head[1]
    inside = [(ms, me, ent.name, ent.type) for ms, me, ent in doc.mentions if ms >= a and me <= b]
    around = [(ms, me, ent.name) for ms, me, ent in doc.mentions
              if ms <= a and b <= me and me - ms > b - a and ent.type in ("ORG", "PERSON")]
    if around:  # "у Генштабі ЗСУ" with the parse's subject "ЗСУ": the body named whole
        # (and "у Центрі національного спротиву" with the parse's head "Центрі")
        return around[:1]
    people = [m for m in inside if m[3] in ("PERSON", "ORG", "GROUP")]
    if not people:
        people = [(a + m.span[0], a + m.span[1], m.alias.name, m.alias.type)
                  for m in scan(doc.body[a:b])
                  if m.alias.kind in ("person", "institution", "outlet", "contextual")]
    if not people:
        places = [m for m in inside if m[3] == "PLACE"]
        if len(places) > 1 and _only_joined(doc, a, b, places):
            return _coordinated(doc, places)  # "Москва и Пхеньян не подтверждали": each
        places = [m for m in places if (m[1] - m[0]) * 10 >= (b - a) * 8]
        return [m[:3] for m in places[:1]]
    return _coordinated(doc, people)


def _only_joined(doc: _Doc, a: int, b: int, names: list[tuple[int, int, str, str]]) -> bool:
    """Whether ``body[a:b]`` is the names and the words and commas that join them."""
    rest, pos = [], a
    for ms, me, *_ in names:
        rest.append(doc.body[pos:ms])
        pos = me
    rest.append(doc.body[pos:b])
    return all(w in doc.lex.words["and"] for w in " ".join(rest).replace(",", " ").lower().split())


_DESCRIBED_GAP = 6  # words at most between a body and the person it describes


def _coordinated(doc: _Doc, people: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str]]:
    """The names "and" joins (the longest such run), else the first person, else the first
    name. A body just before a person, with no "and" between, is his description ("зампред
    комитета Думы Олег Ветров и … Анна Лискова": Vetrov and Liskova, not the Duma)."""
    chains = [[people[0]]]
    for prev, cur in zip(people, people[1:]):
        gap = doc.body[prev[1]:cur[0]].lower().split()
        if any(g in doc.lex.words["and"] for g in gap):
            chains[-1].append(cur)
        elif cur[3] == "PERSON" and prev[3] != "PERSON" and len(gap) <= _DESCRIBED_GAP:
            chains[-1][-1] = cur
        else:
            chains.append([cur])
    joined = max(chains, key=len)
    if len(joined) > 1:
        return list({m[2]: m[:3] for m in joined}.values())
    persons = [m for m in people if m[3] == "PERSON"]
    return [(persons or people)[0][:3]]


def _body_of_its_kind(doc: _Doc, low: list[str]) -> str | None:
    """ "в пресс-службе университета" after "РЭУ им. Плеханова": a body named by its kind
    alone, or an office of one ("пресс-служба", "представитель"), is the one body of that kind
    the report names (its English name holds the kind: "… University of Economics")."""
    if len(low) == 2 and _stem_in(doc, low[0], "body_offices"):
        low = low[1:]
    if len(low) != 1 or doc.lang not in morph.LANGS:
        return None
    kinds = {k for lemma in morph.lemmas(low[0]) for k in doc.lex.body_kinds.get(lemma, ())}
    if not kinds:
        return None
    names = {ent.name for _, _, ent in doc.mentions if ent.type == "ORG"
             and any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", ent.name, re.IGNORECASE) for k in kinds)}
    return names.pop() if len(names) == 1 else None


def _head_of_place(doc: _Doc, s: int, head: Span, low: list[str]) -> tuple[str, ...] | None:
    """ "глава Подмосковья", "голова Луганщини": the head of a place the phrase names holds
    the office "глава региона" does (the governor the report introduced)."""
    if len(low) != 2:
        return None
    office = doc.lex.offices.get(f"{low[0]} региона") or doc.lex.offices.get(f"{low[0]} регіону")
    if not office:
        return None
    place = any(ent.type == "PLACE" for ms, me, ent in doc.mentions if s + head[0] <= ms and me <= s + head[1])
    return office if place else None


def _anaphora(doc: _Doc, s: int, text: str, head: Span, low: list[str]) -> _Speaker | None:
    """ "the ministry", "its mayor", "the report": the speaker the phrase points back to."""
    if len(low) > 1 and low[0] in doc.lex.words.get("locative", ()):
        low = low[1:]  # "зазначили у відомстві": those in the ministry, the ministry
    if len(low) == 2 and low[0] in doc.lex.words.get("singular_possessives", ()):
        low = low[1:]  # "По словам его жены": the wife, whoever he is
    body = _body_of_its_kind(doc, low)
    if body is not None:
        return _Speaker([body], True)
    # the head noun: last in English ("its mayor"), first in Russian, where a genitive
    # follows it ("сотрудник военкомата" is an employee, not the enlistment office)
    word = low[-1] if doc.lex.words["definite"] else next(
        (x for x in low if morph.noun(x, doc.lang)), low[0])  # "український телеканал"
    office = doc.lex.offices.get(" ".join(low)) or _head_of_place(doc, s, head, low)
    if office:  # "глава города" is the mayor the report named ("мэр Сергей Собянин")
        holder = next((h for n in office if (h := _role_holder(doc, stem(n), (s + head[0], s + head[1])))), None)
        if holder:
            return _Speaker([holder], True)
    if len(low) == 1 and doc.lang in morph.LANGS and morph.person_noun(word, doc.lang) \
            and not _stem_in(doc, word, "source_nouns"):
        # "Правозахисник пояснив" after "голова правозахисної групи Павло Чиков заявив": a
        # bare noun for a person is the one the report introduced by it
        person = _described_person(doc, word) or _only_person(doc, word) or _named_later(doc, word, s + head[1])
        if person:
            return _Speaker([person], True)
    if (2 <= len(low) <= 3 and doc.lang in morph.LANGS and morph.person_noun(low[0], doc.lang)
            and all(x.islower() for x in low) and (person := _only_person(doc, low[0]))):
        return _Speaker([person], True)  # "Заступниця міністра додала": her office, said again
    if low[-1] in doc.lex.words.get("latter", ()) and len(low) <= 2:
        # "… the mayor, Ivan Sokolov, and the local commissar, Pavel Orlov. The latter
        # said": the last person named before the sentence
        people = _people_before(doc, s + head[0])
        return _Speaker([people[-1][1]], True) if people else None
    sex = next((x for x in ("women", "men") if low[-1] in doc.lex.words.get(f"{x}_nouns", ())), None)
    if sex and len(low) <= 2:
        # "— рассказала женщина" after "По словам одной из петербурженок": a woman or a man
        # by their sex alone is the one of a group who spoke last, of the same sex; else
        # ("Как объясняла потом сама женщина") the one such person the report named before
        prev = doc.previous()
        if prev and prev[0].startswith("anonymous: ") and prev[2] & doc.lex.words.get(f"one_of_{sex}", frozenset()):
            return _Speaker([prev[0]], True)
        named = {name for _, name in _people_before(doc, s + head[0]) if _sex_of(name) == _SEXES[sex]}
        if len(named) == 1:
            return _Speaker([named.pop()], True)
    referring = low[-1] in doc.lex.words.get("referring_nouns", ()) and (
        len(low) == 1 or (len(low) == 2 and low[0] in doc.lex.words["definite"]))
    if referring and (prev := doc.previous()) and _is_person(doc, prev[0]):
        # "За словами експерта" after "виконавчий директор … Дмитро Жмайло": a person by
        # what he is, with no name, is the one who spoke last
        return _Speaker([prev[0]], True)
    if low and len(low) == 1 and _stem_in(doc, word, "body_nouns"):
        # "по оценкам фонда" after "фонд «Русь сидящая»": the body the report named so
        named = _named_with_noun(doc, stem(word), s + head[0])
        if named:
            return _Speaker([named], True)
    if not low or not _stem_in(doc, word, "anaphoric"):
        return None
    if len(low) > 1 and doc.lang in morph.LANGS and morph.plural_adjective(low[-2], doc.lang):
        return None  # "Как сообщают украинские издания": outlets described, none named before
    noun = stem(word)
    if noun in doc.lex.stems["outlet_anaphors"] and (outlet := _last_outlet(doc, s)):
        return _Speaker([outlet], True)  # "по данным издания": the outlet, not its source
    base = _word_base(word)
    for name, _, words in reversed(doc.history):
        if base in {_word_base(x) for x in words}:
            return _Speaker([name], True)  # "издание News.VL" spoke before
    if noun in doc.lex.stems["outlet_anaphors"]:
        # "пише Zaborona. Видання наголошує": a body the tables do not know, named as a
        # speaker before, is an outlet they lack (a ministry they know is none)
        bodies = {n for n in _names_of(doc, "ORG") if canonical_type(n) is None}
        named = next((name for name, _, _ in reversed(doc.history) if name in bodies), None)
        if named:
            return _Speaker([named], True)
        # "За даними видання, …" opening a retelling that names the outlet only later
        # ("Echo пише, що …"); no outlet named at all: no speaker of another kind ("Як пише
        # видання" after the GUR)
        later = _next_outlet(doc, s)
        return _Speaker([later], True) if later else None
    role = None if _stem_in(doc, noun, "documents") else _role_holder(
        doc, noun, (s + head[0], s + head[1]))
    if role:
        return _Speaker([role], True)
    if not doc.lex.words["definite"] and len(low) > 1 and not _described_by_adjectives(doc, text, head, word):
        return None  # "военкомат Хабаровского края" names its own office, not the last speaker
    prev = doc.previous()
    if prev and prev[0].startswith("anonymous:") and not morph.person_noun(word, doc.lang):
        # "Повідомляється, що …. – зазначили у відомстві": past the unnamed reports, the body
        # named before them
        prev = next((h for h in reversed(doc.history) if not h[0].startswith("anonymous:")), prev)
    # "The Moscow police press service said" after unnamed reports: an institution noun
    # points back to a named speaker only, never to "anonymous: reports"
    if _POSSESSIVE_ROLE.search(text, head[0], head[1]):
        return None  # "the mayor's office said" after another speaker: the mayor's, not that one's
    if not prev or prev[0].startswith("anonymous:"):
        return None
    if doc.lang in morph.LANGS and morph.person_noun(word, doc.lang) and _type_of(doc, prev[0]) not in (None, "PERSON"):
        return None  # "Губернатор напомнил" after Rosstat: a person's title points to no agency
    if word in doc.lex.words.get("lawmakers", ()):
        # "Депутат сообщил" after a diaspora's head: a lawmaker points to a lawmaker
        return _Speaker([prev[0]], True) if _lawmaker(doc, prev) else None
    if _stem_in(doc, word, "titles") and _holds_another(doc, prev[0], word):
        return None  # "По словам губернатора" after the commissar introduced as one
    return _Speaker([prev[0]], True)


def _holds_another(doc: _Doc, person: str, word: str) -> bool:
    """Whether the report introduced ``person`` by an office ("военный комиссар Олег
    Серкез") that is not the office ``word`` (a title: "губернатора") names."""
    titles = [t for start, _, ent in doc.mentions if ent.name == person
              for t in _title_before(doc.body, start) if morph.person_noun(t, doc.lang)]
    return bool(titles) and not _holds(word.lower(), titles) and not any(_same_lemma(word, t) for t in titles)


def _described_by_adjectives(doc: _Doc, text: str, head: Span, word: str) -> bool:
    """ "в военном ведомстве": a body's noun last, after common adjectives only (lowercase,
    so no place's own: "Хабаровский военкомат" names its office), points back as the noun
    alone does."""
    toks = [t.group() for t in _tokens(text, head)]
    if toks and toks[0].lower() in doc.lex.words.get("locative", ()):
        toks = toks[1:]
    if len(toks) < 2 or toks[-1].lower() != word or morph.person_noun(word, doc.lang, number=False):
        return False  # "российские чиновники": people described, not a body named before
    return all(t.islower() and morph.adjective(t, doc.lang) for t in toks[:-1])


_OFFICE_BEFORE = 80  # characters before a person's name where his office is written


def _lawmaker(doc: _Doc, prev: tuple[str, list[str], frozenset[str]]) -> bool:
    """Whether the speaker before was described as a lawmaker: in his phrase, or just
    before a mention of his name ("зампред комитета Думы Олег Ветров")."""
    marks = tuple(doc.lex.words["legislature"])
    if any(w.startswith(marks) for w in prev[2]):
        return True
    return any(w.startswith(marks) for ms, _, ent in doc.mentions if ent.name == prev[0]
               for w in _lower_tokens(doc.body[max(0, ms - _OFFICE_BEFORE):ms]))


def _type_of(doc: _Doc, name: str) -> str | None:
    """The entity type of a speaker's canonical name, where the report names it."""
    return next((ent.type for _, _, ent in doc.mentions if ent.name == name), None)


# an owner named by a role in a possessive ("the mayor's office", "the governor's press
# service"); a place ("London's analysts") is the country the last speaker may be of
_POSSESSIVE_ROLE = re.compile(r"\b[a-z][a-z-]+['’]s?(?=\s)")


_NAMED_WITHIN = 600  # characters back to a body named with the noun that points to it
_NOUN_BEFORE = 40  # characters before a name where its noun stands ("фонда «Русь сидящая»")


def _named_with_noun(doc: _Doc, noun: str, pos: int) -> str | None:
    """The organisation named last before ``pos`` (not far) with the noun ``noun`` by its
    name: "благотворительного фонда «Русь Сидящая»" for "фонда"."""
    for ms, me, ent in reversed(doc.mentions):
        if me > pos or ent.type != "ORG":
            continue
        if pos - me > _NAMED_WITHIN:
            return None
        near = doc.body[max(0, ms - _NOUN_BEFORE):me]
        if any(stem(w.group()) == noun for w in _TOKEN.finditer(near)):
            return ent.name
    return None


def _described_person(doc: _Doc, word: str) -> str | None:
    """The person speaker latest in the report whose phrase had a word of ``word``'s root
    ("правозахисної" for "правозахисник")."""
    root = stem(word)
    for name, _, words in reversed(doc.history):
        if _is_person(doc, name) and any(_same_root(root, stem(w)) or _same_lemma(word, w) for w in words):
            return name
    # the office the report introduced them by where they did not speak ("Военный комиссар
    # … Олег Ильин собрал пресс-конференцию. … подчеркнул военком")
    spoke = {name for name, _, _ in doc.history if _is_person(doc, name)}
    held = {ent.name for start, _, ent in doc.mentions
            if ent.name in spoke and _holds(word.lower(), _title_before(doc.body, start))}
    return held.pop() if len(held) == 1 else None


def _named_later(doc: _Doc, word: str, after: int) -> str | None:
    """ "По словам его жены, …" before "— рассказывает Наталья Петрова, жена
    мобилизованного": a person by what they are, named further on by that noun set beside
    their name (after it between commas, or right before it), when one person is."""
    held = set()
    for start, end, ent in doc.mentions:
        if start < after or ent.type != "PERSON":
            continue
        aside = _APPOSITIVE_NOUN.match(doc.body, end)
        words = _title_before(doc.body, start)[-1:] + ([aside.group(1)] if aside else [])
        if any(_same_lemma(word, w) for w in words):
            held.add(ent.name)
    return held.pop() if len(held) == 1 else None


_APPOSITIVE_NOUN = re.compile(r"[ \t]*,[ \t]*([^\W\d_]+)")


def _title_before(body: str, start: int) -> list[str]:
    """The last words of the clause right before a name, where its office stands ("Военный
    комиссар Челябинской области" before "Олег Ильин"), in small letters."""
    return [w.lower() for w in _clause_before(body, start)][-_OFFICE_LEAD_WORDS:]


def _clause_before(body: str, start: int, floor: int = 0) -> list[str]:
    """The words, as written, of the clause that ends at ``start`` (within
    ``_OFFICE_LEAD_CHARS`` and not before ``floor``)."""
    lead = body[max(floor, start - _OFFICE_LEAD_CHARS):start]
    return _TOKEN.findall(_CLAUSE_BREAK.split(lead)[-1])


_CLAUSE_BREAK = re.compile(r"[,;:.!?()«»\"—–\n]")


def _only_person(doc: _Doc, word: str) -> str | None:
    """The one person who has spoken in the report so far, for a woman's noun where she is a
    woman ("Правозахисниця зазначила" after "засновниця проекту … Ольга Романова"): a noun
    for a woman is no one else when no other person spoke; nor is a noun for an office-holder
    said again ("По словам парламентария")."""
    people = {name for name, _, _ in doc.history if _is_person(doc, name)}
    if len(people) != 1:
        return None
    name = people.pop()
    if morph.lemmas(word.lower()) & doc.lex.words.get("back_nouns", frozenset()):
        return name  # "По словам парламентария": the deputy who spoke, whoever they are
    return name if morph.noun_gender(word, doc.lang) == "femn" and _may_be(name, "she") else None


def _same_lemma(a: str, b: str) -> bool:
    """Two forms of one short noun, the vowel coming and going ("посла", "посол")."""
    return len(a) < 8 and a[:3].lower() == b[:3].lower() and bool(morph.lemmas(a.lower()) & morph.lemmas(b.lower()))


def _same_root(a: str, b: str) -> bool:
    """Stems that share most of the shorter one, seven letters at least."""
    n = len(os.path.commonprefix([a, b]))
    return n >= 7 and n >= 0.75 * min(len(a), len(b))


def _role_holder(doc: _Doc, noun: str, exclude: Span) -> str | None:
    """The person a role word introduces elsewhere in the text ("Mayor Sergei Sobyanin")."""
    for m in re.finditer(rf"(?<!\w){re.escape(noun)}\w*", doc.body, re.IGNORECASE):
        if exclude[0] <= m.start() < exclude[1] or stem(m.group()) != noun:
            continue
        for ms, _, ent in doc.mentions:
            if m.end() < ms <= m.end() + 2 and ent.type == "PERSON":
                return ent.name
            if m.end() + 2 < ms <= m.end() + 60 and ent.type == "PERSON" and not _without_region_nouns(
                    doc, _between(doc, m.end(), ms)).strip():
                return ent.name  # "Губернатор Бєлгородської області В'ячеслав Гладков"
        # (on its own line: a headline ending in the role is followed by the lead's first words)
        after = re.match(r"[^\S\n]+([A-ZА-ЯЁІЇЄҐ][\w'-]+(?:[^\S\n]+[A-ZА-ЯЁІЇЄҐ][\w'-]+)+)",
                         doc.body[m.end():m.end() + 60])
        # (not a place: "розвідки Південної Кореї" is the country's service, no one's name)
        if after and canonical_type(canonical_name(after.group(1)) or "") != "PLACE":
            return canonical_name(after.group(1))
    return None


def _office_then_name(doc: _Doc, s: int, text: str, span: Span, words: list[str]) -> _Speaker | None:
    """ "head of the rights group "Conscript School" Alexei Tabalov": an office
    and what it is of, then the holder's name ending the phrase (not "the mother of soldier
    Ivan Petrov": a relative is no office)."""
    first = next((x for x in words if x not in doc.lex.words["definite"]), "")
    if first not in doc.lex.words["titles"]:
        return None
    person = _subject_person(doc, s, text, span)  # (two people: one claim each)
    if person and _person_ending(doc, s, text, span, " .,\"'»”") == person:
        return _Speaker([person], True)
    return None


def _person_ending(doc: _Doc, s: int, text: str, span: Span, trailing: str) -> str | None:
    """The person named last inside the phrase (not at its start), when the name ends it
    but for ``trailing`` characters: the holder after his office or body."""
    last = max(((ms, me, ent.name) for ms, me, ent in doc.mentions
                if s + span[0] < ms and me <= s + span[1] and ent.type == "PERSON"), default=None)
    return last[2] if last and not text[last[1] - s:span[1]].strip(trailing) else None


def _without_region_nouns(doc: _Doc, text: str) -> str:
    """``text`` without the words for a region ("губернатор региона Юрий Слюсарь")."""
    nouns = doc.lex.words.get("region_nouns", frozenset())
    return " ".join(x for x in text.split() if x.lower() not in nouns)


def _between(doc: _Doc, a: int, b: int) -> str:
    """The body between two offsets with the places and bodies named there blanked."""
    chars = list(doc.body[a:b])
    for ms, me, ent in doc.mentions:
        if a <= ms and me <= b and ent.type in ("PLACE", "ORG"):
            chars[ms - a:me - a] = " " * (me - ms)
    return "".join(chars)


def _proper(doc: _Doc, text: str, head: Span) -> _Speaker | None:
    """A capitalised name ending the phrase, through the alias table."""
    w = doc.lex.words
    toks = [t.group().rstrip(".") for t in _tokens(text, head)]
    if not toks or not toks[-1][:1].isupper():
        return None
    if "-" in toks[-1] and toks[-1].rsplit("-", 1)[1].islower() and CYRILLIC.search(toks[-1]):
        return None  # "российские Telegram-каналы": a common noun with a brand before it
    run: list[str] = []
    for tok in reversed(toks):
        if not (tok[:1].isupper() or tok.lower() in w["of"] | {"the"}):
            break
        run.insert(0, tok)
    titled = bool(run) and run[0].lower() in w["titles"]
    while run and (run[0].lower() in w["titles"] | w["definite"] | w["of"]
                   or run[0].lower().endswith("'s")):
        run.pop(0)
    if len(run) > 2 and doc.lang == "en":
        from recruitwatch.extract.entities import without_role

        run = without_role(" ".join(run)).split()  # "State Minister for Defence Kamal Perera …"
    before = toks[:len(toks) - len(run)]
    place = bool(run) and (canonical_type(canonical_name(" ".join(run)) or "") == "PLACE"
                           or (len(run) == 1 and doc.lang in morph.LANGS and morph.place_name(run[0], doc.lang))
                           # (a place of the report in a case the tables lack: "Нижнего Тагила")
                           or " ".join(run) in doc.place_words)
    if (len(run) == 1 and before and doc.lang in morph.LANGS
            and morph.person_noun(before[-1].lower(), doc.lang, number=False)
            and not morph.person_noun(before[-1].lower(), doc.lang)):
        # "Со слов правозащитников Незалежной": people described by whose they are (a
        # place or a body the tables lack), no one named
        return _anonymous(doc, text, head)
    if place and (titled or _noun_before(doc, before)):
        # "Глава Бурятии", "в пресс-службе военного комиссариата Москвы": an office of a
        # place, no one named
        return _anonymous(doc, text, head)
    given = next((i for i, tok in enumerate(run) if tok in given_names()), None)
    if given:  # "розвідки України Андрій Черняк": the person starts at the given name
        run = run[given:]
    while len(run) > 2 and canonical_type(canonical_name(run[0]) or "") == "PLACE":
        run = run[1:]  # "міністр закордонних справ Кенії Мусалія Мудаваді": the office's country
    if len(run) == 2 and doc.lang in morph.LANGS and morph.place_name(run[0], doc.lang):
        run = run[1:]  # "мэр украинского Конотопа Семенихин": the office's town, then the man
    if not run or all(tok.lower() in w["calendar"] for tok in run):
        return None  # "citing data from June": a month or a weekday names no one
    if all(_FROM_ABBREVIATION.fullmatch(tok) for tok in run):
        return _anonymous(doc, text, head)  # "ВСУшники рассказали": a noun made of an abbreviation
    known = _known_surname(doc, run)
    if (known is None and not text[:head[0]].strip(" «\"„(") and morph.common_word(run[0], doc.lang)
            and (len(run) == 1 or canonical_type(canonical_name(" ".join(run[1:])) or "") == "PLACE"
                 # "Военком Оренбуржья рассказал": a title opening the sentence, of a place
                 # the tables do not know, is an office, no name
                 or (len(run) == 2 and morph.person_noun(run[0].lower(), doc.lang)
                     and not morph.name_like(run[1], doc.lang)))):
        # "Окупанти зазначали", "Завербованные … пожаловались", "Жители Бурятии
        # рассказали": a capitalised common noun or participle opening the sentence (of a
        # place) describes the speakers; it names no one
        return _anonymous(doc, text, head)
    name = known or canonical_name(" ".join(run))
    if given is not None:
        if name == " ".join(run):  # a person the tables do not know
            name = romanize_person(name)
        doc.people.add(name)  # a person, by the given name, whether the model found the name or not
    elif name == " ".join(run) and doc.lang in morph.LANGS and (
            all(morph.name_like(w, doc.lang) for w in run)
            # "пишет Бабушкин": capitalised inside the sentence, a name, though the
            # dictionary knows the word ("бабушкин", grandma's)
            or (text[:head[0]].strip() and all(CYRILLIC.search(w) and w[:1].isupper() for w in run))):
        # "Хулкар признаётся": a name the tables and the dictionary do not know (or know as a
        # name) is spelt in Latin letters like every other speaker
        name = romanize_person(name, doc.lang)
    if name == " ".join(run) and run[-1].lower() in w["titles"] and len(run) > 1:
        # "Sri Lanka's Foreign Minister stated": a title with no name is a description
        return _anonymous(doc, text, head)
    return _Speaker([name], True)


# a noun made of an abbreviation and a suffix ("ВСУшники", "ФСБшник", "ЧВКшників"): no name
_FROM_ABBREVIATION = re.compile(r"[А-ЯЁІЇЄҐ]{2,}[а-яёіїєґ]{3,}")


def _noun_before(doc: _Doc, words: list[str]) -> bool:
    """Whether ``words`` hold more than prepositions: a head the place after them qualifies."""
    w = doc.lex.words
    skip = w.get("locative", frozenset()) | w["of"] | w["definite"]
    return any(x.lower() not in skip and not x[:1].isupper() for x in words)


def _known_surname(doc: _Doc, run: list[str]) -> str | None:
    """A lone surname already met in full in this document ("Krivenko" → Sergei Krivenko),
    or a lone given name that only one person met in full bears."""
    key = person_key(" ".join(run))
    if not key or len(run) > 2 or (len(run) == 2 and not key[0].startswith("#")):
        return None
    # the nearest first: "Dissanayake said" is the Dissanayake named last, not the president
    # named at the top
    people = [m for m in doc.mentions if m[2].type == "PERSON"]
    names = ([m[2].name for m in reversed(people) if m[0] < doc.at]
             + [h[0] for h in reversed(doc.history)] + [m[2].name for m in people])
    fulls = [(name, person_key(name)) for name in dict.fromkeys(names)]
    for name, full in fulls:
        if len(full) > 1 and key[:-1] in ((), full[:-1]) and surname_form(key[-1], full[-1]):
            return name
    # "Хулкар рассказала": a given name alone, of the one person named in full who has it
    # (not a given name with a surname of its own: "Андрій Коваленко" is not Andriy Yusov)
    if len(key) > 1:
        return None
    given = {name for name, full in fulls if len(full) > 1 and full[0] == key[0]}
    return given.pop() if len(given) == 1 else (_misspelt_surname(doc, people, key[0])
                                                 or _cut_surname(doc, people, run[0]))


_CUT_LETTERS = 4  # letters at least of a surname the excerpt's end cut off


def _cut_surname(doc: _Doc, people: list[tuple[int, int, Entity]], word: str) -> str | None:
    """ "…, - повідомила Денисо" at the very end of an excerpt: the cut surname of the one
    person the report named whose surname begins so (as written, Russian and Ukrainian
    letters folded)."""
    if len(word) < _CUT_LETTERS or not doc.body.rstrip().endswith(word):
        return None
    cut = folded_cyrillic(word)
    found = {ent.name for ms, me, ent in people
             if me < len(doc.body.rstrip()) and folded_cyrillic(doc.body[ms:me].split()[-1]).startswith(cut)}
    return found.pop() if len(found) == 1 else None


_MISSPELT_LETTERS = 7  # letters at least of a surname a slip of one letter still names


def _misspelt_surname(doc: _Doc, people: list[tuple[int, int, Entity]], word: str) -> str | None:
    """ "Зелеський повідомив" after "президент Володимир Зеленський": a surname one letter off
    the surname of the one person the report named in full (a slip of the keyboard), as
    written and romanised alike."""
    if len(word) < _MISSPELT_LETTERS or word.startswith("#"):
        return None
    near = {ent.name for ms, me, ent in people
            if len(written := person_key(doc.body[ms:me])) > 1 and written[-1][:2] == word[:2]
            and _one_letter_off(written[-1], word)}
    return near.pop() if len(near) == 1 else None


def _one_letter_off(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, added or left out."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def _relay_name(doc: _Doc, s: int, text: str, span: Span, persons: bool = True) -> str | None:
    """A relay must be named ("IStories"); "reporters" or "a report" is not a relay."""
    head = _head(doc, text, span)
    # "журналістам The Wall Street Journal", "reporters of Reuters": the outlet they are of
    found = _mentioned(doc, s, head) or _outlets_in(doc, s, span)[:1]
    if (not found or _is_person(doc, found[0][2])) and (media := _media_phrase(doc, text, span)):
        # "які цитують російські державні ЗМІ": the media, unnamed, relay (and not the
        # person who goes on: "заявив в ефірі телемарафону речник Юсов")
        return media
    sp = None if found else _proper(doc, text, head)
    name = found[0][2] if found else sp.names[0] if sp else None
    if name and not persons and (canonical_type(name) == "PERSON" or any(
            m[2].name == name and m[2].type == "PERSON" for m in doc.mentions)):
        # "розповів журналістам WSJ речник Юсов": the speaker follows; the outlet relays
        outlets = _outlets_in(doc, s, span)
        return outlets[0][2] if outlets else None
    return name


_MEDIA_PHRASE_WORDS = 4  # words at most in a description of the media ("російські державні ЗМІ")


def _described(doc: _Doc, words: list[str]) -> str:
    """``anonymous: <the words>``, a description's opening adjectives and noun in the
    nominative ("российских СМИ" → "anonymous: российские СМИ")."""
    return "anonymous: " + " ".join(morph.nominative_phrase(words, doc.lang))


def _media_phrase(doc: _Doc, text: str, span: Span) -> str | None:
    """``anonymous: <the phrase>`` where a short phrase names the media by a word for them
    and no outlet ("российские СМИ", "state media"): an unnamed relay, in the report's words
    (tests/gold/README.md)."""
    words = [t.group().rstrip(".,") for t in _tokens(text, span)][:_MEDIA_PHRASE_WORDS]
    media = doc.lex.words.get("mass_media", ())
    # (the phrase may go on to who spoke: "в ефірі телемарафону речник Юсов")
    ends = [i for i, word in enumerate(words) if word.lower() in media]
    if not ends or words[ends[-1]].lower().startswith("соц") or (
            doc.lang in morph.LANGS and morph.function_word(words[0], doc.lang)):
        return None  # (not "в соцсетях": where something was posted, not who passes it on)
    return _described(doc, words[:ends[-1] + 1])


_QUOTE_OPENING = re.compile(r"\s*[«\"„“\x00]?")  # (quotes come masked as NUL)


def _outlet_told_after(doc: _Doc, s: int, text: str, cue: _Cue) -> tuple[str, Span] | None:
    """An outlet right after a verb whose subject came before ("заявили РБК, что", "Песков
    заявил ТАСС"): the outlet was told, and relays."""
    if doc.lang not in morph.LANGS or not cue.text.strip():
        return None
    if morph.finite_verb(cue.text.split()[-1], doc.lang) is None:
        return None
    after = _phrase_after(doc, text, cue.end)
    if after is None:
        # a quoted name alone after the verb ("рассказала «7х7», что …"), which the phrase
        # reader skips as a quotation: the outlet named there
        pos = _QUOTE_OPENING.match(text, cue.end).end()
        quoted = [(ms - s, me - s, ent.name) for ms, me, ent in doc.mentions
                  if ms - s == pos and is_outlet(ent.name)]
        return (quoted[0][2], quoted[0][:2]) if quoted else None
    outlets = _named_outlets(doc, s, text, after)
    if not outlets or outlets[0][0] != after[0]:
        return None
    return outlets[0][2], (outlets[0][0], outlets[0][1])


def _outlet_told_before(doc: _Doc, s: int, text: str, cue: _Cue, span: Span) -> tuple[Span, str] | None:
    """An outlet alone before the verb with its subject after it ("URA.RU рассказал
    источник", "ТАСС сообщил Песков"): Russian puts the one told first; the phrase after
    the verb and the outlet, which relays it."""
    if doc.lang not in morph.LANGS or span[1] > cue.start:
        return None
    outlet = _only_outlet(doc, s, text, span)
    after = _subject_after_verb(doc, s, text, cue) if outlet is not None else None
    if after is not None and _talked_to(doc, cue) and _ends_in_conjunction(doc, text, after):
        # "издание поговорило с семьями … и выяснило: …": whom it spoke with, then
        # what the outlet itself found out
        return None
    return (after, outlet) if after is not None else None


def _ends_in_conjunction(doc: _Doc, text: str, span: Span) -> bool:
    return _tokens(text, span)[-1].group().lower() in doc.lex.words["conjunctions"]


def _subject_after_verb(doc: _Doc, s: int, text: str, cue: _Cue) -> Span | None:
    """The phrase after the verb when it reads as the verb's subject ("о вербовке сообщили
    родственники"), else None."""
    after = _phrase_after(doc, text, cue.end) if _word_after(text, cue.end) else None
    return after if after is not None and _subject_after(doc, s, text, after) else None


def _only_outlet(doc: _Doc, s: int, text: str, span: Span) -> str | None:
    """The outlet a phrase names when the phrase is that one outlet and nothing more."""
    outlets = _named_outlets(doc, s, text, span) or [o for o in [_body_before_title(doc, s, text, span)] if o]
    return outlets[0][2] if [o[:2] for o in outlets] == [span] else None


_CLOSING_QUOTES = re.compile(r"[»\"”“]*")


def _leading_outlet(doc: _Doc, s: int, text: str, span: Span) -> tuple[Span, str] | None:
    """An outlet that opens a phrase and is followed by its subject ("РБК источник",
    "ТАСС в ведомстве"): the rest of the phrase and the outlet, which was told."""
    # (its name may stand in quotes: "Как рассказала «Медузе» жена мобилизованного", or
    # after the conversation it was told in: "заявив у розмові з Укрінформом заступник …")
    talk = _TALK.match(text, span[0], span[1])
    opens = talk.end() if talk else span[0]
    first = next((o for o in _named_outlets(doc, s, text, span)
                  if (not text[opens:o[0]].strip(" «\"„“") or _media_noun_before(doc, text, opens, o[0]))
                  and o[1] < span[1]), None)
    titled = False
    if first is None:
        first = _body_before_title(doc, s, text, (opens, span[1]))
        titled = first is not None
    if first is None:
        return None
    after = _CLOSING_QUOTES.match(text, first[1], span[1]).end()
    rest = _trim(text, after, span[1])
    person = next(((ms - s, me - s) for ms, me, ent in doc.mentions
                   if ms - s >= after and ent.type == "PERSON" and me - s <= len(text)), None) if titled else None
    if person is not None and not re.search(r"[.;:!?]", text[after:person[0]]):
        rest = (rest[0], person[1]) if rest else rest  # "начальник отдела военкомата Сызрани, Октябрьска … Андрей Козлов"
    if rest is None or not re.match(r"\s*[^\W\d_]", text[after:span[1]]):
        return None
    word = _tokens(text, rest)[0].group()
    if morph.function_word(word, doc.lang) is not None or not morph.can_be_subject(word, doc.lang):
        return None  # "сообщил ТАСС со ссылкой на …": the outlet is the subject
    return rest, first[2]


def _media_noun_before(doc: _Doc, text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to an outlet's name at ``end`` are a noun for an
    outlet and its adjectives ("назвала російській газеті «Вєдомості» депутатка …")."""
    toks = _tokens(text, (start, end))
    media = doc.lex.stems.get("media_nouns", frozenset())
    return (0 < len(toks) <= 3 and doc.lang in morph.LANGS and stem(toks[-1].group().lower()) in media
            and all(morph.adjective(t.group().lower(), doc.lang) for t in toks[:-1]))


def _body_before_title(doc: _Doc, s: int, text: str, span: Span) -> tuple[int, int, str] | None:
    """A body the tables do not know as an outlet, opening the phrase after the verb with a
    title after it ("пояснил КТВ-ЛУЧ начальник отдела …"): the one told, as an outlet is."""
    body = next(((ms - s, me - s, ent.name) for ms, me, ent in doc.mentions
                 if ms - s == span[0] and me - s <= span[1] and ent.type == "ORG"), None)
    if body is None or doc.lang not in morph.LANGS:
        return None
    nxt = _TOKEN.match(text, body[1] + 1) if text[body[1]:body[1] + 1] == " " else None
    word = nxt.group().lower() if nxt else ""
    return body if word and _stem_in(doc, word, "titles") and morph.person_noun(word, doc.lang) else None


_TALK = re.compile(r"\s*(?:(?:в|у|во) (?:розмові|бесіді|беседе|разговоре|інтерв.ю|интервью)|in an interview)"
                   r"(?: (?:з|із|зі|с|со|with))?\s+", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[,;:.!?(—–]")


def _clause_end(text: str, pos: int) -> int:
    """Where the clause going on at ``pos`` ends: the next comma, stop or dash."""
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def _named_outlets(doc: _Doc, s: int, text: str, span: Span) -> list[tuple[int, int, str]]:
    """(start, end, name) in the sentence of the outlets named in ``span``, by the entities
    or, where the model missed them, by the alias table."""
    found = [(ms - s, me - s, name) for ms, me, name in _outlets_in(doc, s, span)]
    if not found and span[1] > span[0]:
        found = [(span[0] + m.span[0], span[0] + m.span[1], m.alias.name)
                 for m in scan(text[span[0]:span[1]]) if m.alias.kind == "outlet"]
    return found


def _outlets_in(doc: _Doc, s: int, span: Span) -> list[tuple[int, int, str]]:
    """The outlets named anywhere in a phrase."""
    return [(ms, me, ent.name) for ms, me, ent in doc.mentions
            if ms >= s + span[0] and me <= s + span[1] and is_outlet(ent.name)]


# ---------------------------------------------------------------- across sentences


def _nested_claims(doc: _Doc, s: int, raw: str, masked: str, outer: Attribution) -> None:
    """ "According to data from the Ministry of Defence, ..." inside a speaker's quotation."""
    for m in doc.lex.cues.finditer(raw):
        if m.lastgroup not in _AFTER or masked[m.start()] != _MASK:
            continue
        span = _phrase_after(doc, raw, m.end())
        sp = _speaker(doc, s, raw, span) if span else None
        if sp and sp.named:
            via = [outer.claim.speaker] + outer.claim.via
            claim = Claim(sp.names[0], _dedupe(via, sp.names[0]), "assert",
                          outer.claim.hedged, outer.claim.span, None, raw[m.start():m.end()])
            doc.found.append(Attribution(claim, [(s + span[0], s + span[1])], nested=True))


def _apply_verify(doc: _Doc, raw: str) -> None:
    """ "It was not possible to verify the letter": hedge the claims that rest on it."""
    m = doc.lex.verify.search(raw)
    if not m or not doc.found:
        return
    named = _lower_tokens(raw[m.end():])
    hit = False
    for i, a in enumerate(doc.found):
        words = set().union(*(_lower_tokens(doc.body[x:y]) for x, y in a.phrases)) - {"the", "a"}
        if words & named:
            doc.found[i] = _hedge(a)
            hit = True
    if not hit:
        doc.found[-1] = _hedge(doc.found[-1])


def _hedge(a: Attribution) -> Attribution:
    c = a.claim
    return Attribution(Claim(c.speaker, c.via, c.stance, True, c.span, c.date, c.cue),
                       a.phrases, a.nested)


def _share_relays(doc: _Doc) -> None:
    """The claims of one speaker share the relay one of them names ("Гладков уточнил" after
    "Об этом объявил губернатор Гладков, пишет The Moscow Times"), when the report gives that
    speaker one relay only; not past the sentence that turns to background ("Ранее",
    "Нагадаємо": what the publisher adds from its own archive)."""
    top = [a.claim for a in doc.found if not a.nested]
    cut = _background_at(doc, top)
    for part in (top[:cut], top[cut:]):
        for _ in range(2):  # "anonymous: officials" names no one source: next to each other only
            for a, b in zip(part, part[1:]):
                if a.speaker == b.speaker and bool(a.via) != bool(b.via):
                    a.via[:] = b.via[:] = list(a.via or b.via)
            part.reverse()
        relays: dict[str, set[tuple[str, ...]]] = {}
        for c in part:
            if c.via and not c.speaker.startswith("anonymous:"):
                relays.setdefault(c.speaker, set()).add(tuple(c.via))
        for c in part:
            chains = relays.get(c.speaker, ())
            if not c.via and len(chains) == 1:
                c.via[:] = list(next(iter(chains)))


def _own_outlet_passes_on(doc: _Doc) -> None:
    """ "Як повідомляє ЦНС, … . Хоча …, нові правила поширюються й на окуповані райони,
    передає «Главком»" on Glavkom's own page: the publisher that passes a sentence on names
    itself, not a speaker; the sentence is the speaker's its paragraph named before. So is
    the sentence an outlet passes on after its own source spoke ("Источник сообщает, что …
    И … был поставлен план, пишет URA.RU"): the source's, the outlet relaying it."""
    verbs = doc.lex.words["relay_verbs"]
    for i, a in enumerate(doc.found):
        c = a.claim
        if i == 0 or c.cue.lower() not in verbs or c.via:
            continue
        prev = doc.found[i - 1].claim
        par = doc.body.rfind("\n", 0, c.span[0]) + 1
        if prev.span[0] < par or prev.speaker in (c.speaker, _UNNAMED):
            continue
        if doc.outlet and c.speaker == doc.outlet:
            c.speaker, c.via = prev.speaker, list(prev.via)
        elif (is_outlet(c.speaker) and prev.via in ([], [c.speaker])
              and _SOURCES_OF.fullmatch(prev.speaker.removeprefix("anonymous: "))):
            c.speaker, c.via = prev.speaker, [c.speaker]
            if not prev.via:
                prev.via = [c.via[0]]


def _report_relay(doc: _Doc) -> None:
    """ "Об этом пишет ASTRA" in a rewrite another site publishes: a report that names the outlet
    it retells (an outlet's claim in a sentence that refers back) relays through that outlet
    every other quotation it carries with no relay of its own; not past the sentence that
    turns to background."""
    top = [a.claim for a in doc.found if not a.nested]
    title = _NONSPACE.search(doc.body)
    first_line = line_end(doc.body, title.start()) if title else -1
    source = (next((c.speaker for c in top if is_outlet(c.speaker) and not c.via
                    and (_refers_back(doc, c.span[0], c.span[1])
                         or c.cue == _SOURCE_CUE
                         # a post's title signed by the outlet it retells ("… рестораны —
                         # Forbes"): the post's source
                         or (c.cue == "—" and title is not None and c.span[1] <= first_line + 1))), None)
              or doc.relayed_by)
    opening = next((c for c in top[:_OPENING_CLAIMS] if len(c.via) == 1 and is_outlet(c.via[0])
                    and _SOURCES_OF.fullmatch(c.speaker.removeprefix("anonymous: "))
                    and _OUTLETS_SOURCES.search(doc.body, *c.span)), None)
    if source is None and opening is not None:
        # "…, сообщают источники Reuters" opening a post: the post retells the outlet, which
        # relays the words it goes on to quote (not sources of others the outlet cites:
        # "з посиланням на джерела в уряді Кенії")
        source = opening.via[0]
    if source is None:
        return
    for c in top[:_background_at(doc, top)]:
        if (not c.via and c.speaker != source
                and not is_outlet(c.speaker) and c.speaker != _UNNAMED):
            c.via.append(source)


# the sources of a named outlet ("источники Reuters", "джерела «Української правди»")
_OUTLETS_SOURCES = re.compile(r"(?:источник|джерел|sources?)\w*\s+[«\"“„]?(?-i:[A-ZА-ЯЁІЇЄ])", re.IGNORECASE)
_OPENING_CLAIMS = 2  # claims at the head of a report that may name the outlet it retells
_SOURCES_OF = re.compile(r"(?:источник|собеседник|джерел|співрозмовник|source)\w*", re.IGNORECASE)


def _background_at(doc: _Doc, top: list[Claim]) -> int:
    """The index of the first claim whose sentence turns to background ("Ранее",
    "Нагадаємо": what the publisher adds from its own archive), or past the last."""
    return next((i for i, c in enumerate(top) if doc.lex.background.match(doc.body, c.span[0])),
                len(top))


_FORWARDED = re.compile(r"^\W*(?:forwarded from|переслано (?:от|з|від))\s+(?P<origin>.+?)\W*$",
                        re.IGNORECASE)


def forwarded_relay(claims: list[Claim], removed: list, outlet: str | None,
                    body: str = "") -> list[Claim]:
    """A forwarded post ("Forwarded from Verstka", filed by the cleaner as `forwarded`)
    relays its origin's words: the origin is the last relay before the publishing channel
    of every claim, and the speaker of none (it reports what others said). So is a news
    agency's report another site republishes with the agency's dateline ("ТВЕРЬ, 3 апреля.
    /ТАСС/.", "KYIV (Reuters) -"); with no site known, the dateline is the
    publisher's own."""
    origin = next((m.group("origin") for r in removed if r.kind == "forwarded"
                   and (m := _FORWARDED.match(r.text))), None) or (outlet and _wire_agency(body))
    if not origin:
        return claims
    name = canonical_name(origin) or origin
    if outlet and name in (outlet, canonical_name(outlet)):
        return claims  # the agency's own page
    for c in claims:
        if name not in c.via and name != c.speaker:
            c.via.append(name)
    return claims


# an agency's dateline opening a report: "ТВЕРЬ, 3 апреля. /ТАСС/.", "ТВЕРЬ, 3 апр - РИА
# Новости.", "KYIV, Ukraine (Reuters) -"
_WIRE = re.compile(
    r"^[^\S\n]*[A-ZА-ЯЁІЇЄҐ][\w'’. -]{1,40}?,\s*\d{1,2}\s+[^\W\d_]+\.?\s*[.,]?\s*"
    r"(?:/(?P<slashed>[^/\n]{2,25})/|[-–—]\s*(?P<dashed>[^.\n]{2,25})\.)"
    r"|^[^\S\n]*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .]{1,30})?\s*\((?P<bracketed>[^()\n]{2,25})\)\s*[-–—]",
    re.MULTILINE)
_WIRE_LINES = 3  # the dateline opens the report: its title may stand above it


def _wire_agency(body: str) -> str | None:
    """The news agency whose dateline opens ``body``, when the table knows it as a body."""
    head = "\n".join(body.split("\n", _WIRE_LINES)[:_WIRE_LINES])
    for m in _WIRE.finditer(head):
        agency = (m["slashed"] or m["dashed"] or m["bracketed"]).strip()
        if canonical_type(canonical_name(agency) or "") == "ORG":
            return agency
    return None


def _without_outlet(a: Attribution, outlet: str | None) -> Attribution:
    """The publishing outlet is not a relay of its own report."""
    if outlet and a.claim.via:
        own = publisher_names(outlet)
        a.claim.via[:] = [v for v in a.claim.via if v not in own]
    return a
