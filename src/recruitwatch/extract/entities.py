"""Entities: people, organisations, places and groups, one per canonical name.

Steps, in order:

1. rules       alias table and gazetteer over the whole body (``canon.scan``), one pass
2. model       spaCy NER for English, natasha for Russian (and, best effort, Ukrainian),
               names lemmatised to the nominative; skipped with ``use_models=False``
3. merge       a rule match wins over a model span it overlaps (the small English model
               calls "Orikhiv" a person and "Voronezh Oblast" an organisation), except a
               longer model organisation around a place ("Moscow State University")
4. ministries  "the Defence Ministry" without a country takes it from the sentence
               ("... the Russian army") or from the nearest named ministry before it
5. people      a surname or given name alone ("Putin", "Krivenko") is the full name seen
               elsewhere in the document; spellings and scripts meet by ``person_key``
6. group       one ``Entity`` per canonical name with every mention span
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from recruitwatch.extract import canon, morph
from recruitwatch.extract.units import unit_mentions
from recruitwatch.extract.nlp import get_natasha, get_spacy
from recruitwatch.model import Entity, Span
from recruitwatch.options import Options
from recruitwatch.resources import load_toml
from recruitwatch.text import CYRILLIC, CYRILLIC_APOSTROPHE, MARKERS, sentence_spans

__all__ = ["extract_entities"]

_SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE",
                "FAC": "PLACE", "NORP": "GROUP"}
_NATASHA_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
# Where one model span holds two names ("Vladimir Smirnov / TASS" in a photo credit).
# A name and its acronym in brackets ("Bureau of Foreign Employment (SLBFE)") are two pieces.
_SPLIT = re.compile(r"\s+/\s+|\s*\n\s*|\s+\|\s+|\s+[–—-]\s+|\s*[()]\s*")
# A symbol or an emoji glued to a name ends it ("Ширшин.▪️Он отметил", "Рыбар💸Поддержать": a
# post's markers run into the next words, which are no name)
_MARKER = re.compile(rf"\W*[{MARKERS}][\ufe0f\u200d]*")
_CHUNK = 100_000  # characters of body per spaCy call: memory stays flat on huge inputs


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    type: str
    name: str
    known: bool  # the name comes from the alias table or gazetteer
    contextual: bool = False  # a ministry named without its country
    weak: bool = False  # kept only if it resolves to a full name (see _resolve_people)
    hidden: bool = False  # known, so it blocks model spans, but not an entity (nationalities)


def extract_entities(body: str, lang: str, options: Options, spacy_doc=None) -> list[Entity]:
    """Canonical entities of ``body`` with all their mention spans, in order of first mention."""
    mentions = _rule_mentions(body)
    if options.use_models:
        mentions = _merged(body, lang, mentions, _model_mentions(body, lang, options, spacy_doc))
    if options.use_models and lang in morph.LANGS:
        mentions = _given_and_surname(body, lang, mentions)
    mentions = [m for m in mentions if m.known or not _namesake(body, m)]
    _resolve_ministries(body, mentions)
    _bare_general_staff(body, mentions)
    _generic_intelligence(body, mentions)
    _parent_after_unit(body, mentions)
    _russia_after_body(body, mentions)
    _coordinated_regions(body, mentions)
    _governments(body, mentions)
    _bodies_of_the_country(body, mentions)
    _oblast_administrations(body, mentions)
    _city_councils(body, mentions)
    _numbered_colonies(body, mentions)
    _quoted_places(body, mentions)
    _cut_off_name(body, mentions)
    _resolve_people(body, mentions)
    _short_places(body, mentions)
    _bracketed_acronyms(body, mentions)
    _family_names(body, lang, mentions)
    _introduced_names(body, lang, mentions)
    mentions = sorted(mentions + _aged_names(body, lang, mentions), key=lambda m: (m.start, -m.end))
    return _grouped([m for m in mentions
                     if not m.hidden and not (m.weak and len(m.name.split()) == 1)])


CUT_SURNAME = 3  # letters at least of a surname the excerpt's end cut off


def _cut_off_name(body: str, mentions: list[_Mention]) -> None:
    """ "Ранее глава Крыма Сергей Акс" at the very end of an excerpt: a person whose surname
    the cut ends is the one known person of that given name whose surname begins so."""
    from recruitwatch.extract.canon import folded_cyrillic, given_key, known_people, transliterate

    end = len(body.rstrip())
    for m in mentions:
        if m.type != "PERSON" or m.known or m.end != end or len(m.name.split()) != 2:
            continue
        given, cut = m.name.split()
        written = folded_cyrillic(body[m.start:m.end].split()[-1])
        key, cut = given_key(given) or given.lower(), transliterate(cut).lower()
        if len(cut) < CUT_SURNAME:
            continue
        # (by the letters written too: Ukrainian "Пригожи" is no prefix of "Prigozhin" in
        # Latin letters, but of the Russian "Пригожин")
        found = {name for name, aliases in known_people().items()
                 if (given_key(name.split()[0]) or name.split()[0].lower()) == key
                 and any(transliterate(a.split()[-1]).lower().startswith(cut)
                         or folded_cyrillic(a.split()[-1]).startswith(written) for a in (name, *aliases))}
        if len(found) == 1:
            m.name, m.known = found.pop(), True


# "университет имени Плеханова", "імені Шевченка": the namesake of an institution is part
# of its name, no person of the report and no body of its own
_NAMESAKE_BEFORE = re.compile(r"(?<!\w)(?:имени|імені|им\.|ім\.)\s*$", re.IGNORECASE)
_NAMESAKE_OPENS = re.compile(r"(?:имени|імені)\s", re.IGNORECASE)


def _namesake(body: str, m: _Mention) -> bool:
    return bool(_NAMESAKE_BEFORE.search(body, max(0, m.start - 8), m.start)
                or _NAMESAKE_OPENS.match(body, m.start))


# -- 1. rules ---------------------------------------------------------------------------

def _rule_mentions(body: str) -> list[_Mention]:
    out = []
    for m in canon.scan(body):
        if m.alias.kind == "person" and _someone_else(body, m):
            continue  # the model names him ("Андрей Захаров" is not Maria Zakharova)
        # the place first: the merge looks back one rule from a model span's start, so
        # the longest rule at a start must come last
        out.extend(_possessive_place(body, m))
        out.append(_known_mention(m.span[0], m.span[1], m.alias))
    # numbered military formations ("25-я армия"), which the models seldom tag
    taken = [(m.start, m.end) for m in out]
    out.extend(_Mention(a, b, "ORG", name, True) for a, b, name in unit_mentions(body)
               if not any(x < b and a < y for x, y in taken))
    out.extend(_elliptic_regions(body, out))
    taken = [(m.start, m.end) for m in out]
    out.extend(_Mention(a, b, "ORG", body[a:b].lower(), True) for a, b in _domain_mentions(body)
               if not any(x < b and a < y for x, y in taken))
    return sorted(out, key=lambda m: m.start)


_NAME_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_MASCULINE_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ым|ом|ий|ый|ой|ским|ском|цким)$")
_FEMININE_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ая)$")


def _someone_else(body: str, m: canon.Match) -> bool:
    """Whether a known person's surname, matched alone, names someone else: another given
    name right before it ("журналист Андрей Захаров" is not Maria Zakharova), or, for a
    woman's surname, a man's form of it ("Захаров")."""
    surface = body[m.span[0]:m.span[1]]
    if " " in surface.strip():
        return False  # a full name the table holds
    known = m.alias.name.split()
    before = _NAME_WORD_BEFORE.search(body, max(0, m.span[0] - 40), m.span[0])
    if before and len(known) > 1:
        key = canon.given_key(before.group(1))
        if key and before.group(1)[:1].isupper() and key != canon.given_key(known[0]):
            return True
    low = surface.lower()
    if CYRILLIC.search(low) and _MASCULINE_SURNAME.search(low):
        forms = [a.lower() for a in canon.person_aliases(m.alias.name) if CYRILLIC.search(a)]
        return bool(forms) and all(_FEMININE_SURNAME.search(f.split()[-1]) for f in forms)
    return False


# a site named by its domain in running text ("сообщает 72.RU", "по данным Ugra-News.ru"):
# an outlet, named as its domain is spelled, in lower case. Not part of a link or an
# address, nor the credit of a photo ("Фото – example.ua"), which names no one in the story
_DOMAIN = re.compile(r"(?<![\w/@.:-])" + canon.site_pattern().pattern + r"(?![\w/@-]|\.\w)", re.IGNORECASE)
_CREDIT = re.compile(r"(?:фото|photo|світлина|джерело|источник|source)\W{0,4}$", re.IGNORECASE)


def _domain_mentions(body: str) -> Iterator[Span]:
    for m in _DOMAIN.finditer(body):
        line_start = body.rfind("\n", 0, m.start()) + 1
        if not _CREDIT.search(body, line_start, m.start()):
            yield m.span()


# a list of capitalised Cyrillic words joined by commas and "and"
_CAPITAL = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+"
_CAPITAL_LIST = re.compile(rf"{_CAPITAL}(?:(?:\s*,\s*|\s+(?:и|та|і|й)\s+){_CAPITAL})+")
_CAPITAL_WORD = re.compile(_CAPITAL)


def _elliptic_regions(body: str, mentions: list[_Mention]) -> list[_Mention]:
    """Regions listed by their adjective alone, the noun said once or not at all ("у
    Воронезькій, Калузькій та Липецькій областях", "У списку: Москва, Білгородська,
    Воронезька, …"): an adjective that with "область" names a federal subject is that
    region, when at least two of the list's items are places. A city the gazetteer read
    in such an adjective ("Курская" as Kursk) becomes the region: no city is named by a
    feminine adjective."""
    out = []
    for run in _CAPITAL_LIST.finditer(body):
        found, places = [], 0
        for w in _CAPITAL_WORD.finditer(body, run.start(), run.end()):
            known = [m for m in mentions if m.start < w.end() and w.start() < m.end]
            region = _region_of_adjective(w.group()) if _ADJECTIVE.search(w.group()) else None
            places += bool(region) or any(m.type == "PLACE" for m in known)
            if region is None:
                continue
            if not known:
                found.append(_Mention(w.start(), w.end(), "PLACE", region, True))
            elif all(m.type == "PLACE" and m.end <= w.end() for m in known):
                found.extend(known)
                for m in known:
                    m.name = region if m.start == w.start() else m.name
        if places >= 2:
            out.extend(m for m in found if m not in mentions)
    return out


# the endings of a region's adjective: "-ская", "-ской", "-ська", "-цькій", "-зька"
_ADJECTIVE = re.compile(r"(?:ск|цк|зк|ськ|цьк|зьк)(?:ая|ой|ую|ий|ого|ом|а|ої|ій|у|им)$")


@lru_cache(maxsize=4096)
def _region_of_adjective(word: str) -> str | None:
    """The oblast, or the krai ("Пермський" → Perm Krai), a region's adjective names."""
    for noun in ("область", "край"):
        phrase = f"{word} {noun}"
        hits = [m for m in canon.scan(phrase) if m.span == (0, len(phrase)) and m.alias.type == "PLACE"]
        if len(hits) == 1:
            return hits[0].alias.name
    return None


def _known_mention(start: int, end: int, alias: canon.Alias) -> _Mention:
    """A mention the alias table or gazetteer names. Nationalities ("Indians", "Uzbeks")
    are not entities (tests/gold/README.md): known, so they hide a model span, then dropped."""
    return _Mention(start, end, alias.type, alias.name, True, alias.kind == "contextual",
                    hidden=alias.kind == "nationality")


_POSSESSOR = re.compile(r"([^\W\d_][\w.-]*)['’]s\s")


def _possessive_place(body: str, m: canon.Match) -> list[_Mention]:
    """ "Ukraine's military intelligence" names Ukraine too: a place before "'s" that opens
    an organisation's alias is a mention of the place."""
    if m.alias.type != "ORG":
        return []
    head = _POSSESSOR.match(body, m.span[0], m.span[1])
    place = head and canon.lookup(head.group(1))
    if not place or place.type != "PLACE":
        return []
    return [_Mention(head.start(1), head.end(1), "PLACE", place.name, True)]


# -- 2. models --------------------------------------------------------------------------

def _model_mentions(body: str, lang: str, options: Options, spacy_doc) -> list[_Mention]:
    if lang in ("ru", "uk"):
        spans = _natasha_spans(body, lang)
    elif lang == "en" or spacy_doc is not None:
        spans = _spacy_spans(body, options, spacy_doc)
    else:
        return []
    out = []
    for start, end, etype, normal in spans:
        if end < len(body) and body[end].isdigit() and body[end - 1].isalpha():
            # "Инфо24", "ЛенТВ24": the tokenizer cut the digits off the name
            while end < len(body) and body[end].isdigit():
                end += 1
            normal = None
        for s, e in _pieces(body, start, end, etype == "PERSON"):
            text = body[s:e] if normal is None or (s, e) != (start, end) else normal
            after_place = False
            lead = _PERSON_LEAD.match(body, s, e) if etype == "PERSON" else None
            if lead and lead.group(1).casefold() in _person_leads():
                # "Голова Слідчого", "У Білгородській": an office or a preposition opens
                # no name; what follows it is read alone
                s, text = lead.end(), body[lead.end():e]
            head = _org_head_after(body, e) if etype == "PERSON" and lang in morph.LANGS else None
            if head:  # "Кримськотатарський Ресурсний | Центр": adjectives of a body's name
                e, etype, text = head, "ORG", body[s:head]
            elif etype == "PERSON" and lang in morph.LANGS and _ends_in_org_head(body[s:e]):
                etype, text = "ORG", body[s:e]  # the model took the whole body for a person
            if etype == "PERSON" and lang in morph.LANGS:
                s, text = _without_lowercase_lead(body, s, e, text)
                s, text = _without_common_words(body, s, e, text, lang)
                if (place := _place_lead(body, s, e, lang)) is not None:
                    # "мэр Конотопа Семенихин": the office's place, then the person
                    cut, lemma = place
                    found = _model_mention(lemma, s, cut, "PLACE", lang, body[s:cut])
                    out.extend([found] if found else [])
                    rest = _SPACE_RUN.match(body, cut).end()
                    parts = text.split()
                    text = " ".join(parts[1:]) if len(parts) == len(body[s:e].split()) else body[rest:e]
                    s, after_place = rest, True
            m = _model_mention(text, s, e, etype, lang, body[s:e],
                               body[max(0, s - 1):s] in _OPENING_QUOTES)
            if m and not (after_place and m.type != "PERSON"):  # "губернатор Курска Иванов": no Ivanovo
                out.append(m)
    return out


_CAPITAL_AFTER = re.compile(r"[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)")


def _org_head_after(body: str, end: int) -> int | None:
    """The end of a capitalised head noun of a body's name right after ``end``, if any."""
    m = _CAPITAL_AFTER.match(body, end)
    return m.end() if m is not None and _is_org_head(m.group(1)) else None


def _ends_in_org_head(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1][:1].isupper() and _is_org_head(words[-1])


def _is_org_head(word: str) -> bool:
    """Whether a word is a head noun of a body's name ("Центр", "Фонду")."""
    low = word.lower()
    return any(low.startswith(h) for h in canon.org_heads())


_OPENING_QUOTES = frozenset('«"“„')
_PERSON_LEAD = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)\s+(?=\w)")  # "Віце-адмірал Цимлянський"


def _without_lowercase_lead(body: str, start: int, end: int, name: str) -> tuple[int, str]:
    """ "Про це Ніколаєв заявив": a word in small letters that the model took into a
    person's span before the name ("це Ніколаєв") is no part of it; names open capitalised."""
    words = list(re.finditer(r"\S+", body[start:end]))
    lead = 0
    while lead < len(words) - 1 and words[lead].group().islower():
        lead += 1
    if not lead:
        return start, name
    parts = name.split()
    name = " ".join(parts[lead:]) if len(parts) == len(words) else body[start + words[lead].start():end]
    return start + words[lead].start(), name


_SPACE_RUN = re.compile(r"\s*")


def _place_lead(body: str, start: int, end: int, lang: str) -> tuple[int, str] | None:
    """(end, name) of a place in the genitive that opens a model's person span right after
    a noun for an office ("мэр Конотопа Семенихин", "міський голова Конотопа Семеніхін"):
    the office's place, not the person's given name."""
    words = list(re.finditer(r"\S+", body[start:end]))
    before = re.search(r"(\w+)\s*$", body[max(0, start - 40):start])
    if len(words) < 2 or before is None or not morph.person_noun(before.group(1).lower(), lang):
        return None
    word = words[0].group()
    if not word[:1].isupper() or canon.given_key(word) or morph.given_name(word, lang):
        return None
    tags = morph.noun_tags(word, lang)
    if not tags or not all("gent" in t.grammemes and "inan" in t.grammemes for t in tags):
        return None
    lemmas = {t.normal for t in tags}
    if len(lemmas) != 1:
        return None
    return start + words[0].end(), next(iter(lemmas)).capitalize()


def _without_common_words(body: str, start: int, end: int, name: str, lang: str
                          ) -> tuple[int, str]:
    """ "Военком Плахотьков Евгений Геннадьевич": capitalised common words that natasha
    takes into a person's span before the name are left out (start and name), when a given
    name follows them; so is a word named only in an oblique case right before a given name in
    the nominative ("Ради Олександр Завітневич")."""
    words = list(re.finditer(r"\S+", body[start:end]))
    lead = 0
    while lead < len(words) - 1 and (morph.common_word(words[lead].group(), lang) or (
            # "комітету Ради Олександр Завітневич": a genitive before a given name in the nominative
            morph.named_only_obliquely(words[lead].group(), lang) and _nominative_given(words[lead + 1].group(), lang))):
        lead += 1
    rest = [w.group() for w in words[lead:]]
    if not lead or not any(canon.given_key(w) or morph.given_name(w, lang) for w in rest):
        return start, name
    parts = name.split()
    name = " ".join(parts[lead:]) if len(parts) == len(words) else " ".join(rest)
    return start + words[lead].start(), name


def _nominative_given(word: str, lang: str) -> bool:
    """Whether ``word`` is a given name as it stands, in the nominative."""
    found = canon.given_nominative(word)
    return found[0].lower() == word.lower() if found else morph.person_nominative(word, lang) == word


def _spacy_spans(body: str, options: Options, spacy_doc) -> Iterator[tuple[int, int, str, None]]:
    docs = [(0, spacy_doc)] if spacy_doc is not None else _spacy_chunks(body, options)
    for offset, doc in docs:
        for ent in doc.ents:
            etype = _SPACY_TYPES.get(ent.label_)
            if etype:
                yield offset + ent.start_char, offset + ent.end_char, etype, None


def _spacy_chunks(body: str, options: Options):
    nlp = get_spacy(options.spacy_model)
    for start, end in _chunks(body):
        yield start, nlp(body[start:end])


def _chunks(body: str) -> Iterator[Span]:
    """Spans of at most about ``_CHUNK`` characters, cut at line breaks."""
    start = 0
    while start < len(body):
        end = min(len(body), start + _CHUNK)
        if end < len(body):
            cut = body.rfind("\n", start, end)
            end = cut + 1 if cut > start else end
        yield start, end
        start = end


def _natasha_spans(body: str, lang: str = "ru") -> Iterator[tuple[int, int, str, str]]:
    from natasha import Doc

    nat = get_natasha()
    # "В'ячеслав", "Мар'яна": natasha splits a Ukrainian word at its apostrophe and misses
    # the name; read with the hard sign Russian writes there (one character for one, so the
    # offsets hold), and put the apostrophe back in what it reads
    ukrainian = lang == "uk"
    # and a capital І opening a word as the Russian И ("Іван Федоров", "Ігор Клименко" are
    # names the Russian model misses with a letter it never saw)
    doc = Doc(_UK_CAPITAL.sub(lambda m: _RUSSIAN_CAPITAL[m.group()], CYRILLIC_APOSTROPHE.sub("ъ", body))
              if ukrainian else body)
    doc.segment(nat.segmenter)
    doc.tag_ner(nat.ner_tagger)
    _tag_morph_around_spans(doc, nat.morph_tagger)
    for span in doc.spans:
        etype = _NATASHA_TYPES.get(span.type)
        if etype:
            span.normalize(nat.morph_vocab)
            if ukrainian:
                span.text = body[span.start:span.stop]
                span.normal = span.normal and _restore_capital_i(
                    span.normal.replace("ъ", "'"), span.text)
            normal = span.normal or span.text
            if etype == "PERSON":
                # natasha lemmatises with a Russian dictionary and leaves names it does
                # not know in their case ("Хулкар Ойдиновой"): the dictionary of the
                # language and the surname's ending decide, natasha's reading fills in
                # ("Андрію Юсову" → "Андрій Юсов")
                hint = span.normal if lang == "ru" else None  # read with a Russian dictionary
                # a Ukrainian name no table or dictionary knows stays as written: natasha's
                # Russian dictionary cuts a foreign name's ending ("Бімала" → "Бімал")
                normal = morph.person_nominative(span.text, lang, hint) or (
                    span.text if ukrainian else normal)
            if etype == "ORG" and _appositive_quoted(body, span.start, span.stop, lang):
                # "телеграм-канал «Говорит НеМосква»", "в издании «Новая газета»": a name in
                # quotes after the noun it names stays as written, whatever the noun's case
                normal = span.text
            if etype == "ORG" and re.search(r"(?<!\w)им\.", span.text):
                normal = span.text  # "РЭУ им. Плеханова": the abbreviation lemmatises to "имя."
            if etype == "PLACE" and normal == span.text and " " not in normal:
                normal = _place_lemma(normal, nat.morph_vocab)
                if normal is None:
                    continue  # "Ставропольском", "Запорізькому": an adjective, not a name
            yield span.start, span.stop, etype, normal


def _appositive_quoted(body: str, start: int, stop: int, lang: str) -> bool:
    """Whether ``body[start:stop]`` is the whole of a quoted name set after a noun such as
    "издание", "канал", "проект" (claims' ``quoted_name_nouns``, compared by stem)."""
    if not (start and body[start - 1] in "«\"“„" and body[stop:stop + 1] in ("»", "\"", "”", "“")):
        return False
    before = _QUOTE_WORD_BEFORE.search(body, max(0, start - 40), start - 1)
    return bool(before) and canon.stem(before.group(1)) in _quoted_name_nouns(lang)


_QUOTE_WORD_BEFORE = re.compile(r"([\w-]+)\s*$")


@lru_cache(maxsize=None)
def _quoted_name_nouns(lang: str) -> frozenset[str]:
    try:
        words = load_toml(f"lexicon/claims_{lang}.toml")["words"]
    except FileNotFoundError:
        return frozenset()
    return frozenset(canon.stem(x) for x in words.get("quoted_name_nouns", []))


_UK_CAPITAL = re.compile(r"(?<![\w'’])[ІҐ](?=[а-яіїєґ'’])")
_RUSSIAN_CAPITAL = {"І": "И", "Ґ": "Г"}


def _restore_capital_i(normal: str, surface: str) -> str:
    """Natasha's reading with the capital І or Ґ put back where the surface word has it."""
    words, surf = normal.split(" "), surface.split()
    if len(words) != len(surf):
        return normal
    return " ".join(s[0] + w[1:] if s[:1] in _RUSSIAN_CAPITAL and w[:1] == _RUSSIAN_CAPITAL[s[0]]
                    else w for w, s in zip(words, surf))


def _place_lemma(word: str, morph_vocab) -> str | None:
    """The nominative of a one-word place the NER left in its case ("Новопавловске" →
    "Новопавловск"); None when the word is an adjective."""
    parses = morph_vocab.parse(word)
    if not parses:
        return word
    if sum(p.score for p in parses if "ADJF" in str(p.tag)) >= 0.5:
        return None
    geo = next((p for p in parses if "Geox" in str(p.tag)), None)
    if geo is None or geo.normal == word.lower():
        return word
    return word[0] + geo.normal[1:]


def _tag_morph_around_spans(doc, tagger) -> None:
    """Morphology only for the sentences holding a name: it is needed to put names in the
    nominative, and tagging every sentence of a long page cost most of the Russian time."""
    starts = sorted(span.start for span in doc.spans)
    sents = [s for s in doc.sents if any(s.start <= x < s.stop for x in starts)]
    markups = tagger.map([[t.text for t in s.tokens] for s in sents])
    for sent, markup in zip(sents, markups):
        for token, tagged in zip(sent.tokens, markup.tokens):
            token.pos, token.feats = tagged.pos, tagged.feats


def _pieces(body: str, start: int, end: int, person: bool = False) -> Iterator[Span]:
    """The parts of a model span between separators, trimmed of "the", "'s" and punctuation;
    a person's span also splits where a comma or "and" joins two names ("Умаров Сирожиддін
    і Холбувозода Мухаммад" are two men)."""
    marker = _MARKER.search(body, start, end)
    if marker and not body[start:marker.start()].strip():  # "▪️Комбат": the marker opens it
        start = marker.end()
        marker = _MARKER.search(body, start, end)
    if marker:
        end = marker.start()
    pos = start
    for sep in (_split_persons() if person else _SPLIT).finditer(body, start, end):
        yield from _trimmed(body, pos, sep.start())
        pos = sep.end()
    yield from _trimmed(body, pos, end)


@lru_cache(maxsize=1)
def _split_persons() -> re.Pattern:
    """The separators of a person's span: those of any span, a comma, and a word joining two
    names before a capital."""
    joiners = "|".join(re.escape(w) for w in load_toml("aliases/junk.toml")["person_joiners"])
    return re.compile(_SPLIT.pattern + rf"|,\s+|\s+(?:{joiners})\s+(?=[A-ZА-ЯЁІЇЄҐ])")


_TRIM_HEAD = re.compile(r"(?:the\s+|The\s+|[\s\"'“”«»(\[])+")
_TRIM_TAIL = re.compile(r"(?:['’]s|['’]|[\s\"'“”«»),.;:\]])+$")


def _trimmed(body: str, start: int, end: int) -> Iterator[Span]:
    head = _TRIM_HEAD.match(body, start, end)
    if head:
        start = head.end()
    tail = _TRIM_TAIL.search(body, start, end)
    if tail:
        end = tail.start()
    if end > start:
        yield start, end


def _model_mention(text: str, start: int, end: int, etype: str, lang: str,
                   surface: str | None = None, quoted: bool = False) -> _Mention | None:
    """A model's mention (``text`` its lemma where the model gives one, ``surface`` the
    words as written, ``quoted`` when an opening quote stands before it) as the entity it
    names."""
    if _is_junk(text):
        return None
    alias = canon.lookup(text)
    if alias is None and _is_demonym(text):
        return None
    if alias is None and etype in ("ORG", "PLACE") and _is_common_phrase(text, lang):
        return None
    if alias:
        return _known_mention(start, end, alias)
    person = canon.known_person(text)
    if person:
        return _Mention(start, end, "PERSON", person, True)
    if etype == "GROUP":
        return None  # groups come from the gazetteer: "Russian", "Crimean" are adjectives
    if len(text.split()) <= 2:
        from recruitwatch.regions.places import extra_place

        town = extra_place(canon.clean_name(text))
        if town:
            # "Batticaloa", "Negombo": towns of the regions gazetteer, not people or bodies;
            # a town of Ukraine written in Russian goes by its own name ("Кременная" is
            # Kreminna)
            return _Mention(start, end, "PLACE", town, True)
    if (not quoted and etype in ("PLACE", "ORG") and lang in morph.LANGS
            and len(text.split()) == 1 and not text.isupper() and morph.common_word(text, lang)):
        # "Щомісяця", "Дослівно", "Облавы": a common word capitalised (a sentence's first
        # word, a bold run) is no place or body; a quoted one is a name ("отряд «Гром»")
        return None
    if etype in ("ORG", "PLACE") and _looks_like_person(text):
        etype = "PERSON"
    elif etype == "PERSON" and (words := text.split())[-1].lower().strip(".,'’") in _english_org_heads():
        if words[-1].lower() == "army" and _is_demonym(" ".join(words[:-1])):
            return None  # "Russian Army": the army, a common noun (tests/gold/README.md)
        etype = "ORG"  # "Robert Lansing Institute", "Russian Embassy": a body, by its head noun
    name = canon.clean_name(text)
    if etype == "PERSON":  # unknown people take the Latin spelling English reports use
        name = canon.romanize_person(canon.given_first(name), lang)
    elif etype == "PLACE" and lang in ("ru", "uk"):  # so do unknown towns ("Novopavlovsk")
        name = _district(name, lang) or canon.romanize_person(name, lang)
    elif etype == "ORG" and lang in ("ru", "uk") and len(name.split()) == 1:
        # an unknown body of one word or an acronym ("Гром", "ФПБК") in Latin letters, as
        # English reports spell it
        name = canon.romanize_person(name, lang)
        if len(name) > 1 and text.strip("«»\"' ").isupper():
            name = name.upper()
    elif etype == "ORG" and lang in ("ru", "uk") and CYRILLIC.search(name):
        # a longer one in a plain English rendering ("Izmailovsky Military Commissariat")
        name = canon.english_org(name, lang, surface)
    # natasha tags capitalised Ukrainian words ("Окупанти", "Кримському") as people, and
    # the small English model ethnic words ("Tamil") and Cyrillic words: a lone unknown word
    # from a model counts only as the surname of someone named in full
    weak = etype == "PERSON" and len(name.split()) == 1
    return _Mention(start, end, etype, name, False, weak=weak)


_DISTRICT = re.compile(r"(.+?)\s+(?:район|районе|района|районі|району)", re.IGNORECASE)


def _district(name: str, lang: str) -> str | None:
    """ "Хостинский район" → "Khostinsky District", "Кремінський район" → "Kreminskyi
    Raion": a district by the words English Wikipedia names Russia's and Ukraine's by."""
    m = _DISTRICT.fullmatch(name)
    if m is None:
        return None
    return f"{canon.romanize_person(m.group(1), lang)} {'Raion' if lang == 'uk' else 'District'}"


@lru_cache(maxsize=1)
def _english_org_heads() -> frozenset[str]:
    return frozenset(load_toml("aliases/junk.toml")["english_org_heads"])


@lru_cache(maxsize=1)
def _person_leads() -> frozenset[str]:
    return frozenset(load_toml("aliases/junk.toml")["person_leads"])


@lru_cache(maxsize=1)
def _junk() -> frozenset[str]:
    data = load_toml("aliases/junk.toml")
    return frozenset(data["words"] + data["adjectives"])


# a site's name with its number glued on ("Инфо24", "ЛенТВ24", "78.ru" aside): a name
_DIGITS_SUFFIX = re.compile(r"[^\W\d_]{3,}\d{1,3}")


def _is_junk(text: str) -> bool:
    """Lowercase words, numbers, page furniture, bare adjectives and the names of
    currencies ("Sri Lankan Rupees") are not entities."""
    if _CURRENCY_NAME.search(text) or _PHOTO_AGENCY.fullmatch(text.strip()):
        return True  # (a photo agency's credit, "Getty Image", names no one in the story)
    if len(text) < 2 or len(text) > 80 or not any(c.isupper() for c in text):
        return True
    if not any(c.isalpha() for c in text) or (re.search(r"\d", text) and not _DIGITS_SUFFIX.fullmatch(text)):
        return True
    if text.split()[0].lower() in _CUE_OPENERS:
        return True  # "Згідно з інформацією" opening a sentence: an attribution, no name
    return canon.clean_name(text) in _junk()


_CURRENCY_NAME = re.compile(
    r"\b(?:rupees?|roubles?|rubles?|dollars?|hryvni?as?|euros?|pesos?|tenge|"
    r"рубл\w*|доллар\w*|долар\w*|гривн\w*|гривен\w*|рупи\w*|рупі\w*)$", re.IGNORECASE)
_PHOTO_AGENCY = re.compile(r"(?:Getty|Shutterstock|Depositphotos|iStock|Unsplash|Pexels|Freepik)"
                           r"(?:\s+Images?)?|Getty\s+Images?", re.IGNORECASE)
_CUE_OPENERS = frozenset({"згідно", "відповідно", "согласно", "according"})


# "Sri Lankan" → Sri Lanka, "Kenyans" → Kenya, "Nepali" → Nepal, "Vietnamese" → Vietnam
_DEMONYM = re.compile(r"(?P<base>[A-Z][\w ]+?)(?:ians?|ans?|ns?|ese|is?|ish)")


def _is_demonym(text: str) -> bool:
    """An English word for a country's people ("Sri Lankan", "Kenyans"), which the small
    model tags as a person or a body: the name of a known place with a demonym ending. A
    given name ("Adrian", "Julian") never is one."""
    m = _DEMONYM.fullmatch(canon.clean_name(text))
    if m is None or text.split()[0] in canon.given_names():
        return False
    base = m.group("base")
    return any((alias := canon.lookup(base + end)) is not None and alias.type == "PLACE"
               for end in ("", "a", "e", "o", "ia"))


def _is_common_phrase(text: str, lang: str) -> bool:
    """A noun phrase, not a name: "Presidential envoy" (English names capitalise every
    content word), "Російські окупаційні сили" (a nationality adjective before common nouns)."""
    words = canon.clean_name(text).split()
    if len(words) < 2 or not all(w.islower() or w.lower() in _FUNCTION for w in words[1:]):
        return False
    if lang == "en":
        return any(w.islower() and w not in _FUNCTION for w in words[1:])
    return canon.stem(words[0]) in _adjective_stems()


_FUNCTION = frozenset({"of", "for", "the", "and", "on", "in", "&", "de"})


@lru_cache(maxsize=1)
def _adjective_stems() -> frozenset[str]:
    data = load_toml("aliases/junk.toml")
    return frozenset(canon.stem(w) for w in data["adjectives"] + data.get("adjectives_inflected", []))


def _looks_like_person(text: str) -> bool:
    """"Kyrylo Budanov", "Martin": starts with a given name, two or three capitalised words."""
    words = text.split()
    given = canon.given_names()
    if not 1 <= len(words) <= 3 or words[0] not in given:
        return False
    return all(w[:1].isupper() for w in words)


# -- 3. merge ---------------------------------------------------------------------------

def _merged(body: str, lang: str, rules: list[_Mention], models: list[_Mention]
            ) -> list[_Mention]:
    """Rule matches plus the model spans that do not overlap one (see step 3 above), and
    the person a model span holds beyond a rule match at its edge."""
    starts = [r.start for r in rules]
    dropped: set[int] = set()
    kept = []
    for m in models:
        hits = _overlapping(rules, starts, m)
        if not hits:
            kept.append(m)
        elif _wraps_places(m, [rules[i] for i in hits]) or _surname_of_place(body, lang, m, [rules[i] for i in hits]):
            dropped.update(hits)
            kept.append(m)
        else:
            kept.extend(_person_beyond(body, lang, m, [rules[i] for i in hits]))
    out = [r for i, r in enumerate(rules) if i not in dropped] + kept
    return sorted(out, key=lambda m: (m.start, -m.end))


def _surname_of_place(body: str, lang: str, m: _Mention, rules: list[_Mention]) -> bool:
    """ "Глава Чувашии Олег Николаев": a model person whose surname the gazetteer reads as a
    town (Николаев, Курск) is that person, when a given name stands right before it."""
    if m.type != "PERSON" or m.known or not all(r.type == "PLACE" for r in rules):
        return False
    for r in rules:
        if not (m.start < r.start and r.end <= m.end):
            return False
        before = body[m.start:r.start].split()
        if not before or not (canon.given_key(before[-1]) or morph.given_name(before[-1], lang)):
            return False
    return True


def _overlapping(rules: list[_Mention], starts: list[int], m: _Mention) -> list[int]:
    i = max(0, bisect.bisect_left(starts, m.start) - 1)
    hits = []
    while i < len(rules) and rules[i].start < m.end:
        if rules[i].end > m.start:
            hits.append(i)
        i += 1
    return hits


def _person_beyond(body: str, lang: str, m: _Mention, rules: list[_Mention]) -> list[_Mention]:
    """ "розвідки України Андрій Черняк": a model person whose span runs over a place or a
    body the rules found at one edge is the name beyond it, when that is a full name (two
    or three capitalised words, one of them a given name)."""
    if m.type != "PERSON" or m.known or any(r.type == "PERSON" for r in rules):
        return []
    start = max([m.start] + [r.end for r in rules if r.start <= m.start])
    end = min([m.end] + [r.start for r in rules if r.end >= m.end])
    if any(start < r.end and r.start < end for r in rules):
        return []  # a rule inside what is left: no one name
    pieces = list(_trimmed(body, start, end))
    if not pieces:
        return []
    s, e = pieces[0]
    words = body[s:e].split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or not any(
            canon.given_key(w) or morph.given_name(w, lang) for w in words):
        return []
    text = morph.person_nominative(body[s:e], lang) or body[s:e]
    person = _model_mention(text, s, e, "PERSON", lang)
    return [person] if person else []


def _wraps_places(m: _Mention, rules: list[_Mention]) -> bool:
    """A model organisation strictly around places only: "Kazan Federal University"."""
    return (m.type == "ORG" and not m.known and len(m.name.split()) > 2
            and all(r.type == "PLACE" and m.start <= r.start and r.end <= m.end
                    and (r.end - r.start) < (m.end - m.start) for r in rules))


# -- 4. ministries ----------------------------------------------------------------------

@lru_cache(maxsize=1)
def _ministry_cues() -> list[tuple[re.Pattern[str], str]]:
    cues = load_toml("aliases/institutions.toml")["context"]["cues"]
    return [(re.compile(r"\b(?:" + "|".join(re.escape(w) for w in c["words"]) + ")"),
             c["name"]) for c in cues]


def _resolve_ministries(body: str, mentions: list[_Mention]) -> None:
    """Give a ministry named without its country the country its context shows."""
    if not any(m.contextual for m in mentions):
        return
    sentences = sentence_spans(body)
    named = {name for _, name in _ministry_cues()}
    last = None
    for m in sorted(mentions, key=lambda x: x.start):
        if m.contextual:
            m.name = (_own_country(body, mentions, m) or _sentence_country(body, sentences, m)
                      or last or m.name)
        elif m.name in named:
            last = m.name


# Bodies the alias table reads as Russia's when named bare ("Генштаб", "СВР"), with their
# Ukrainian counterparts
_COUNTERPARTS = (("General Staff of the Russian Armed Forces", "General Staff of the Armed Forces of Ukraine"),
                 ("Foreign Intelligence Service (Russia)", "Foreign Intelligence Service of Ukraine"))
_RUSSIA_WORDS = re.compile(r"\b(?:рф|росс|росі|russia|вс\b)", re.IGNORECASE)


def _bare_general_staff(body: str, mentions: list[_Mention]) -> None:
    """"Генштаб", "СВР" alone read as Russia's (the alias table's default); in a report that
    names Ukraine's body and not Russia's, they are Ukraine's ("повідомляють у Генштабі ЗСУ
    … додали у Генштабі", "как сообщила Служба внешней разведки Украины … добавили в СВР")."""
    names = {m.name for m in mentions}
    for russian, ukrainian in _COUNTERPARTS:
        if ukrainian not in names:
            continue
        bare = [m for m in mentions if m.name == russian]
        if any(_RUSSIA_WORDS.search(body, m.start, m.end) for m in bare):
            continue  # Russia's is named as such too: each stays as written
        for m in bare:
            m.name = ukrainian


_GUR = "Main Directorate of Intelligence (Ukraine)"
_SZRU = "Foreign Intelligence Service of Ukraine"
# "Ukrainian intelligence" by the country alone, which the alias table reads as the GUR
_GENERIC_INTELLIGENCE = re.compile(
    r"(?:українськ\w*|украинск\w*)\s+(?:розвідк|разведк)\w*|(?:розвідк|разведк)\w*\s+Україн\w*|Ukrain\w*\s+intelligence",
    re.IGNORECASE)


def _generic_intelligence(body: str, mentions: list[_Mention]) -> None:
    """ "очільника української розвідки" in a report on the Foreign Intelligence Service
    (named, and the GUR not): Ukraine's intelligence by its country is the service the
    report is about."""
    if not any(m.name == _SZRU for m in mentions):
        return
    generic = [m for m in mentions if m.name == _GUR and _GENERIC_INTELLIGENCE.fullmatch(body, m.start, m.end)]
    if len(generic) == sum(m.name == _GUR for m in mentions):
        for m in generic:
            m.name = _SZRU


_UNIT = re.compile(r"\b(?:Directorate|Department|Service|Agency)\b")
_MINISTRY = re.compile(r"\bMinistry\b")


def _parent_after_unit(body: str, mentions: list[_Mention]) -> None:
    """ "Головне управління розвідки Міноборони України": the ministry in the genitive after
    one of its directorates is part of the directorate's name, no entity of its own there."""
    orgs = sorted((m for m in mentions if m.type == "ORG" and not m.hidden), key=lambda m: m.start)
    for unit, parent in zip(orgs, orgs[1:]):
        if (_UNIT.search(unit.name) and _MINISTRY.search(parent.name)
                and not _MINISTRY.search(unit.name) and not body[unit.end:parent.start].strip()):
            parent.hidden = True


_RUSSIA_AFTER = frozenset({"рф", "россии", "росії", "российской федерации", "російської федерації"})


def _russia_after_body(body: str, mentions: list[_Mention]) -> None:
    """ "Минцифры РФ", "МЧС России": the country after a Russian body's name is part of the
    name (as the alias table spells "Минобороны РФ"), no place of its own there."""
    ordered = sorted((m for m in mentions if not m.hidden), key=lambda m: m.start)
    for body_m, place in zip(ordered, ordered[1:]):
        if (body_m.type == "ORG" and body_m.known and _russian_body(body[body_m.start:body_m.end], body_m.name)
                and place.type == "PLACE" and place.name == "Russia"
                and body[place.start:place.end].casefold() in _RUSSIA_AFTER
                and body[body_m.end:place.start] in (" ", "\u00a0")):
            place.hidden = True
            body_m.end = place.end


def _russian_body(surface: str, name: str) -> bool:
    """Whether the table names a body Russia's ("Russian …", or "<surface> России" is one
    of its names)."""
    if name.startswith("Russia"):
        return True
    alias = canon.lookup(f"{surface} России") or canon.lookup(f"{surface} РФ")
    return alias is not None and alias.name == name


# "Sri Lanka's Ministry of Defence", "the Ministry of Defence of Nepal", "Минобороны Индии"
_COUNTRY_BEFORE = re.compile(r"['’]s\s+")
_COUNTRY_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?)?")
_OWN_COUNTRY_SKIP = frozenset({"RU", "GB", "UA"})  # the cue words name these (see [context])


def _own_country(body: str, mentions: list[_Mention], m: _Mention) -> str | None:
    """The ministry of the country named right beside it, other than the ones the context
    cues tell: "Ministry of Defence (Sri Lanka)", as English Wikipedia-style names go."""
    from recruitwatch.regions.places import country

    for p in mentions:
        if p.type != "PLACE":
            continue
        beside = (p.end <= m.start and _COUNTRY_BEFORE.fullmatch(body, p.end, m.start)
                  or m.end <= p.start and _COUNTRY_AFTER.fullmatch(body, m.end, p.start))
        found = country(p.name) if beside else None
        if found is not None and found.code not in _OWN_COUNTRY_SKIP:
            return f"Ministry of Defence ({found.name})"
    return None


def _sentence_country(body: str, sentences: list[Span], m: _Mention) -> str | None:
    """The one country whose cue words the mention's sentence holds, outside the mention."""
    sent = next((s for s in sentences if s[0] <= m.start < s[1]), None)
    if sent is None:
        return None
    text = body[sent[0]:m.start] + " " + body[m.end:sent[1]]
    found = {name for pattern, name in _ministry_cues() if pattern.search(text)}
    return found.pop() if len(found) == 1 else None


# -- 4b. regions named in a list -------------------------------------------------------

# a plural region noun after a list of places, or "regions like" before one
_REGION_NOUN_AFTER = re.compile(
    r"(?:regions|oblasts|provinces|област(?:и|і|ей|ях|ям)|обл\.)(?!\w)", re.IGNORECASE)
_REGION_LIST_BEFORE = re.compile(
    r"(?:regions|oblasts|provinces)\s+(?:like|such\s+as|of|including)\s+$", re.IGNORECASE)
_LIST_GAP = re.compile(r"(?:[\s,]|\b(?:and|or|и|или|та|і|й|чи)\b)*", re.IGNORECASE)


def _coordinated_regions(body: str, mentions: list[_Mention]) -> None:
    """ "Донецьку та Луганську області", "the Kursk and Belgorod regions", "regions like
    Donetsk, Luhansk and Kherson": a place in a list that a plural region noun governs is
    the region of that name, not its capital city."""
    places = sorted((m for m in mentions if m.type == "PLACE"), key=lambda m: m.start)
    i = 0
    while i < len(places):
        run = [places[i]]  # places joined only by commas and "and"
        while (i + len(run) < len(places) and _LIST_GAP.fullmatch(
                body, run[-1].end, places[i + len(run)].start)):
            run.append(places[i + len(run)])
        i += len(run)
        if len(run) < 2 and not _REGION_LIST_BEFORE.search(body, max(0, run[0].start - 40), run[0].start):
            continue
        gap = _LIST_GAP.match(body, run[-1].end)
        governed = (bool(_REGION_NOUN_AFTER.match(body, gap.end()))
                    # the last one carries the noun itself: "та Луганську області"
                    or (len(run) > 1 and bool(_REGION_NOUN_AFTER.search(body, run[-1].start, run[-1].end)))
                    or bool(_REGION_LIST_BEFORE.search(body, max(0, run[0].start - 40), run[0].start)))
        if not governed:
            continue
        for m in run:
            first = body[m.start:m.end].split()[0]
            if CYRILLIC.search(first) and not _ADJECTIVE.search(first):
                continue  # "Москва, Ленінградська та Московська області": a city by its noun
            region = canon.lookup(f"{m.name} Oblast")
            if region is not None and region.kind == "place" and not m.name.endswith("Oblast"):
                m.name = region.name


# -- 5. people --------------------------------------------------------------------------

# the government of a place named after it: "правительство Москвы", "правительству
# Ставропольского края", "уряд Бурятії", "мэрия Москвы", "the government of Sri Lanka"
_GOVERNMENT = re.compile(r"(?<!\w)(?:правительств(?:о|а|у|ом|е)|уряд(?:у|ом|і)?|м[эе]ри(?:я|и|ю|ей|ї|єю|і)|"
                         r"government\s+of(?:\s+the)?)\s+$", re.IGNORECASE)


# a country's foreign ministry and parliament, named by the country after them ("МИД Непала",
# "министерство иностранных дел Непала", "парламент Кении"), as the gold names them
_FOREIGN_MINISTRY = re.compile(
    r"(?<!\w)(?:министерств(?:о|а|у|ом|е)\s+иностранных\s+дел|мид[ауе]?|міністерств(?:о|а|у|ом|і)\s+"
    r"закордонних\s+справ|мзс|ministry\s+of\s+foreign\s+affairs\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
_PARLIAMENT = re.compile(r"(?<!\w)(?:парламент(?:а|у|ом|е|і)?|parliament\s+of(?:\s+the)?)\s+$", re.IGNORECASE)
# a region's or a city's military commissariat named by the place after it ("военный
# комиссариат Пензенской области", "военкомата Москвы", "військкомату Києва")
_COMMISSARIAT = re.compile(r"(?<!\w)(?:военн(?:ый|ого|ому|ым|ом)\s+комиссариат(?:а|у|ом|е)?|военкомат(?:а|у|ом|е)?|"
                           r"військов(?:ий|ого|ому|им)\s+комісаріат(?:у|ом|і)?|військкомат(?:у|ом|і)?)\s+$", re.IGNORECASE)
_BODIES_OF_PLACES = ((_GOVERNMENT, "Government of {}"), (_FOREIGN_MINISTRY, "Ministry of Foreign Affairs ({})"),
                     (_PARLIAMENT, "Parliament of {}"), (_COMMISSARIAT, "{} Military Commissariat"))


def _quoted_places(body: str, mentions: list[_Mention]) -> None:
    """A place named in quotes that an institution bears ("в «Сахарово» развернут пункт"):
    the institution (aliases/institutions.toml, quoted_places)."""
    table = load_toml("aliases/institutions.toml")["context"].get("quoted_places", {})
    for m in mentions:
        if (m.type == "PLACE" and m.name in table and m.start > 0
                and body[m.start - 1] in "«\"“„" and body[m.end:m.end + 1] in ("»", "\"", "”", "“")):
            m.type, m.name = "ORG", table[m.name]


@lru_cache(maxsize=1)
def _demonym_governments() -> tuple[re.Pattern, dict[str, str]]:
    """English demonyms before "government" and the country of each, from the table of
    embassies' countries."""
    data = load_toml("lexicon/claims_embassies.toml")
    country = {d.lower(): c for c, d in data["demonyms"].items()}
    country.update({d.lower(): c for d, c in data.get("english_adjectives", {}).items()})
    names = "|".join(re.escape(d) for d in sorted(country, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<adj>{names})\s+government(?!\w)", re.IGNORECASE), country


# a Ukrainian oblast's military or state administration, named by the oblast's adjective
# ("глава Луганської ОВА", "Запорізька обласна військова адміністрація", "Херсонской ОВА")
_ADMINISTRATION = re.compile(
    r"(?<![\w-])(?P<adj>[А-ЯІЇЄҐ][а-яіїєґёʼ'’]+)\s+(?:(?P<military>ОВА|(?:обласн|областн)\w*\s+(?:військов|военн)\w*\s+"
    r"(?:адміністраці|администраци)\w*)|(?P<state>ОДА|(?:обласн|областн)\w*\s+(?:державн|государственн)\w*\s+"
    r"(?:адміністраці|администраци)\w*))(?!\w)")


@lru_cache(maxsize=1)
def _oblast_stems() -> tuple[tuple[str, str], ...]:
    """(adjective stem, oblast) from the gazetteer's "Луганская/Луганська область" aliases:
    ("луганск", "Luhansk"), ("луганськ", "Luhansk"), longest stems first."""
    out = set()
    for table in ("gazetteer/places.toml", "gazetteer/cities.toml"):
        for place in load_toml(table).get("place", []):
            if not place["name"].endswith(" Oblast"):
                continue
            for alias in place.get("aliases", []):
                m = re.fullmatch(r"(\w+?)(?:ая|а)\s+область", alias)
                if m:
                    out.add((m.group(1).lower(), place["name"].removesuffix(" Oblast")))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def _hide_inside(mentions: list[_Mention], start: int, end: int) -> None:
    """The mentions inside ``[start, end)``, a body's name the rules read whole, are pieces
    of it: they block model spans but are no entities of their own."""
    for other in mentions:
        if start <= other.start and other.end <= end:
            other.hidden = True


def _oblast_administrations(body: str, mentions: list[_Mention]) -> None:
    """An oblast's military or state administration is a body of its own ("Luhansk Oblast
    Military Administration"); the model's pieces of its name (the oblast, "ОВА") are not."""
    if "ОВА" not in body and "ОДА" not in body and "дміністраці" not in body and "дминистраци" not in body:
        return
    _add_bodies(body, mentions, _ADMINISTRATION, _administration_name)
    named = {m.name for m in mentions if m.type == "ORG" and m.name.endswith("Oblast Military Administration")}
    if len(named) == 1:
        # "начальник ОВА" after "начальник Херсонської ОВА": the one the report named
        full = named.pop()
        for m in mentions:
            if not m.hidden and body[m.start:m.end] == "ОВА" and m.name != full:
                m.name, m.type, m.known = full, "ORG", True


def _administration_name(m: re.Match) -> str | None:
    adj = m.group("adj").lower()
    oblast = next((o for stem, o in _oblast_stems() if adj.startswith(stem) and len(adj) - len(stem) <= 3), None)
    if oblast is None:
        return None
    return f"{oblast} Oblast {'Military' if m.group('military') else 'State'} Administration"


def _add_bodies(body: str, mentions: list[_Mention], pattern: re.Pattern,
                name_of: Callable[[re.Match], str | None]) -> None:
    """Each match of ``pattern`` that ``name_of`` names is a body of that name (an ORG the
    rules know); the model's mentions inside it go."""
    found = []
    for m in pattern.finditer(body):
        name = name_of(m)
        if name is None:
            continue
        _hide_inside(mentions, m.start(), m.end())
        found.append(_Mention(m.start(), m.end(), "ORG", name, True))
    if found:
        mentions.extend(found)
        mentions.sort(key=lambda m: m.start)


# a city's council by the city's adjective ("Маріупольська міська рада", "Мелітопольської
# міськради", "Херсонский городской совет")
_CITY_COUNCIL = re.compile(
    r"(?<![\w-])(?P<adj>[А-ЯІЇЄҐ][а-яіїєґёʼ'’]+?(?:ськ|ск)(?:а|ої|ій|у|ою|ий|ого|ому|им|ая|ой|ую))\s+"
    r"(?:міськ(?:а|ої|ій|у|ою)\s+рад(?:а|и|і|у|ою)|міськрад(?:а|и|і|у|ою)|"
    r"городск(?:ой|ого|ому|им|ом)\s+совет(?:а|у|ом|е)?|горсовет(?:а|у|ом|е)?)(?!\w)")
# the adjective's ending, then "ськ"/"ск": what is left, with or without a soft sign, or with
# the suffix kept ("Бердянськ"), is the city's name
_ADJECTIVE_END = re.compile(r"(?P<suffix>ськ|ск)(?:а|ої|ій|у|ою|ий|ого|ому|им|ая|ой|ую)$")


def _city_of_adjective(adj: str) -> str | None:
    """The city a city's adjective names ("Маріупольської" → Mariupol), when one does."""
    m = _ADJECTIVE_END.search(adj)
    if m is None:
        return None
    stem, suffix = adj[:m.start()], m.group("suffix")
    names = set()
    for name in (stem, stem + "ь", stem + suffix):
        names |= {h.alias.name for h in canon.scan(name) if h.span == (0, len(name)) and h.alias.type == "PLACE"}
    return names.pop() if len(names) == 1 else None


def _city_councils(body: str, mentions: list[_Mention]) -> None:
    """A city's council is a body of its own ("Mariupol City Council"); the model's pieces of
    its name (the city) are not."""
    if "рад" not in body and "совет" not in body:
        return
    _add_bodies(body, mentions, _CITY_COUNCIL, _council_name)


def _council_name(m: re.Match) -> str | None:
    city = _city_of_adjective(m.group("adj"))
    return f"{city} City Council" if city else None


# a penal colony named by its number ("ИК-14", "исправительной колонии № 14", "виправній
# колонії №1", "Penal Colony No. 59"), a colony-settlement too ("колонии-поселении №3")
_COLONY = re.compile(
    r"(?<!\w)(?:(?P<ik>[ИІI][КK])[ -]?№?\s?(?P<n1>\d{1,3})(?!\d)"
    r"|(?:(?:исправительн|виправн)\w*\s+)?(?P<kind>колони\w*-поселени\w*|колоні\w*-поселенн\w*|колони\w*|колоні\w*)"
    r"\s*(?:№|номер)\s?(?P<n2>\d{1,3})(?!\d)"
    r"|(?P<en>(?:penal\s+)?colony(?:-settlement)?)\s+(?:No\.?|number|#)\s?(?P<n3>\d{1,3})(?!\d))",
    re.IGNORECASE)


def _numbered_colonies(body: str, mentions: list[_Mention]) -> None:
    """A penal colony named by its number is an institution ("Penal Colony No. 14"); the
    tables know no colony, and the model reads "ИК-14" as nothing or as a stray name."""
    if not any(k in body for k in ("№", "ИК", "ІК", "IK", "olony")):
        return
    _add_bodies(body, mentions, _COLONY, _colony_name)


def _colony_name(m: re.Match) -> str:
    number = m.group("n1") or m.group("n2") or m.group("n3")
    kind = (m.group("kind") or m.group("en") or "").lower()
    settlement = "поселен" in kind or "settlement" in kind
    return f"Colony-settlement No. {number}" if settlement else f"Penal Colony No. {number}"


def _governments(body: str, mentions: list[_Mention]) -> None:
    """A government named by the place it governs is an organisation of its own, "Government
    of <place>"; the place stays a place."""
    found = []
    pattern, countries = _demonym_governments()
    for g in (pattern.finditer(body) if "overnment" in body else ()):
        # "the Nepali government", "the Sri Lankan Government": the country's, named by its
        # adjective; a model's span of the same words takes the name
        name = canon.table_name(f"Government of {countries[g.group('adj').lower()]}")
        overlapping = [m for m in mentions if not m.hidden and m.start < g.end() and g.start() < m.end]
        if not overlapping:
            found.append(_Mention(g.start(), g.end(), "ORG", name, True))
        elif all(not m.known and g.start() <= m.start and m.end <= g.end() for m in overlapping):
            for m in overlapping:
                m.type, m.name, m.known = "ORG", name, True
    for m in mentions:
        if m.type != "PLACE" or m.hidden:
            continue
        for pattern, template in _BODIES_OF_PLACES:
            g = pattern.search(body, max(0, m.start - 40), m.start)
            if g:
                found.append(_Mention(g.start(), m.end, "ORG", canon.table_name(template.format(m.name)), True))
                # the model's "Министерство иностранных дел" alone, or the table's
                # "Правительство" read as Russia's
                _hide_inside(mentions, g.start(), m.start)
                break
    if found:
        mentions.extend(found)
        mentions.sort(key=lambda m: m.start)


def _bodies_of_the_country(body: str, mentions: list[_Mention]) -> None:
    """ "правительство Непала …. По данным МИДа страны": a government or a foreign ministry
    "of the country" is that of the country the report has named most before it (of two
    named as often, the later)."""
    countries = set(_demonym_governments()[1].values())
    found = []
    for m in _THE_COUNTRY.finditer(body):
        before = [x.name for x in mentions if x.type == "PLACE" and x.end <= m.start() and x.name in countries]
        if not before:
            continue
        country = max(reversed(before), key=before.count)
        for pattern, template in _BODIES_OF_PLACES[:2]:
            g = pattern.search(body, max(0, m.start() - 40), m.start())
            if g:
                _hide_inside(mentions, g.start(), m.end())  # "Правительство" alone, read as Russia's
                found.append(_Mention(g.start(), m.end(), "ORG", canon.table_name(template.format(country)), True))
                break
    if found:
        mentions.extend(found)
        mentions.sort(key=lambda m: m.start)


_THE_COUNTRY = re.compile(r"(?<!\w)(?:страны|країни)(?!\w)")


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before(body: str, pos: int) -> str:
    """The word right before ``pos``, in small letters ("" when none is near)."""
    m = _LAST_WORD.search(body, max(0, pos - 16), pos)
    return m.group(1).lower() if m else ""


@lru_cache(maxsize=1)
def _place_prepositions() -> frozenset[str]:
    return frozenset(load_toml("aliases/junk.toml")["place_prepositions"])


def _surnames_read_as_places(body: str, mentions: list[_Mention]) -> None:
    """ "…, — написал Николаев": a one-word place written exactly as the surname of a person
    named in full in the report (Олег Николаев) is that person, where no preposition stands
    before it ("в Николаеве", "из Курска" stay places)."""
    surnames: dict[str, str] = {}
    for m in mentions:
        words = body[m.start:m.end].split()
        if m.type == "PERSON" and len(words) > 1:
            surnames.setdefault(words[-1], m.name)
    for m in mentions:
        written = body[m.start:m.end]
        if (m.type == "PLACE" and written in surnames and " " not in written
                and _word_before(body, m.start) not in _place_prepositions()):
            m.type, m.name, m.known = "PERSON", surnames[written], True


def _resolve_people(body: str, mentions: list[_Mention]) -> None:
    """Surname- or given-name-only mentions become the full name met in the document: the
    one person who bears it, or, when several do ("President Anura Dissanayake", "Wasana
    Dissanayake"), the one named last before. A role word before a full name is no part of
    it ("Lawyer Swasthika Arulingam"); a two- or three-word name the model called an
    organisation or a place is a person when its surname or its first name is a person's
    here (Tamil names put the father's name first: "Sujan Bavani", "Sujan Pakeer")."""
    for m in mentions:
        if m.type == "PERSON" and not m.known:
            m.name = without_role(m.name, body[m.start:m.end])
    # "Военком Оренбуржья рассказал": a role noun and a word that is no name (a place in the
    # genitive) is an office, no person
    mentions[:] = [m for m in mentions if not (m.type == "PERSON" and not m.known and _office_only(
        body[m.start:m.end]))]
    named = [canon.person_key(m.name) for m in mentions if m.type == "PERSON"]
    surnames = {key[-1] for key in named if len(key) > 1}
    firsts = {key[0] for key in named if len(key) > 1}
    for m in mentions:
        key = canon.person_key(m.name)
        if (m.type in ("ORG", "PLACE") and not m.known and 2 <= len(key) <= 3
                and (key[-1] in surnames or key[0] in firsts)
                and all(w[:1].isupper() for w in m.name.split())):
            m.type = "PERSON"
    _surnames_read_as_places(body, mentions)
    _by_patronymic(mentions)
    full: dict[tuple[str, ...], str] = {}
    met: list[tuple[int, tuple[str, ...]]] = []  # (start, key) of each full-name mention
    people = [(m, canon.person_key(m.name)) for m in mentions if m.type == "PERSON"]
    # "Павла Чикова" is Павло Чиков when the report names him so too: the case form of a
    # full name met in the nominative takes that name (compared as written: a romanised
    # "Pavla" is no given name the tables know)
    written = {key: canon.person_key(body[m.start:m.end]) for m, key in people if len(key) > 1}
    base = {key: other for key, form in written.items() for other, full in written.items()
            if other != key and len(form) > 1 and form[:-1] == full[:-1]
            and form[-1] != full[-1] and canon.surname_form(form[-1], full[-1])}
    base.update(_initialled(list(dict.fromkeys(key for _, key in people)), base))
    for m, key in people:
        if len(key) > 1 and key not in base:
            full.setdefault(key, m.name)  # one spelling per person in a document
    for m, key in people:
        if len(key) > 1:
            key = base.get(key, key)
            m.name = full.setdefault(key, m.name)
            met.append((m.start, key))
    surnames, givens = _by_part(full, -1), _by_part(full, 0)
    for m in mentions:
        if (m.known and m.type != "PERSON") or m.contextual:
            continue
        # the model's nominative ("Петрова" → "Петров") when it gave one, else the surface
        key = canon.person_key(m.name)
        if len(key) != 1:
            key = canon.person_key(body[m.start:m.end])
        if len(key) != 1:
            continue
        name = (surnames.get(key[0])
                or next((n for sur, n in surnames.items() if canon.surname_form(key[0], sur)), None)
                or (givens.get(key[0]) if m.type in ("PERSON", "ORG") else None))
        if name is None and m.type in ("PERSON", "ORG") and not m.known:
            before = [k for start, k in met if start < m.start and k[-1] == key[0]]
            name = full[before[-1]] if before else None
        if name and (m.type == "PERSON" or not m.known):
            m.name, m.type = name, "PERSON"


def _initialled(keys: list[tuple[str, ...]], base: dict[tuple[str, ...], tuple[str, ...]]
                ) -> dict[tuple[str, ...], tuple[str, ...]]:
    """ "— отмечает И. Сомов" after "Юрист Иван Сомов": a surname after one initial is the
    one person of the report with that surname whose given name begins with it."""
    out = {}
    named = [k for k in keys if len(k) > 1 and len(k[0].lstrip("#")) > 1]
    for key in keys:
        if len(key) != 2 or len(key[0]) != 1:
            continue
        fits = {base.get(k, k) for k in named
                if k[0].lstrip("#")[:1] == key[0] and (k[-1] == key[-1] or canon.surname_form(key[-1], k[-1]))}
        if len(fits) == 1:
            out[key] = fits.pop()
    return out


def _by_patronymic(mentions: list[_Mention]) -> None:
    """ "Рамзан Ахматович" after "Рамзан Кадыров": a given name with the father's name (the
    respectful Russian address) is the one person of the report with that given name."""
    people = [(m, canon.person_key(m.name)) for m in mentions if m.type == "PERSON"]
    for m, key in people:
        words = m.name.split()
        if len(key) != 2 or len(words) != 2 or not canon.is_patronymic(words[1]):
            continue
        bearers = {n.name for n, other in people
                   if len(other) > 1 and other[0] == key[0] and other != key}
        if len(bearers) == 1:
            m.name = bearers.pop()


def without_role(name: str, surface: str = "") -> str:
    """ "Lawyer Swasthika Arulingam" → "Swasthika Arulingam": a role word before two or
    more capitalised words is not part of the name. The words as written (``surface``) tell
    a Cyrillic role once the name is romanised ("Правозахисник Джурабек Амонов")."""
    words, written = name.split(), surface.split()
    if len(written) != len(words) or (written and canon.is_patronymic(written[-1])):
        written = []  # (surname first with a patronymic: "Волк Иван Петрович" is all name)
    roles = _role_words()
    popped = False
    while len(words) > 2:
        if words[0].lower().rstrip(".") in roles or (written and _role_noun(written[0])):
            cut = 1
        elif popped and words[0].lower() in ("of", "for") and len(words) > 4:
            cut = 2  # "State Minister for Defence Kamal Perera": the office's portfolio
        else:
            break
        words, written, popped = words[cut:], written[cut:], True
    return " ".join(words)


def _office_only(surface: str) -> bool:
    """Two words written in Cyrillic, a role noun and one that no dictionary reads as a name
    ("Военком Оренбуржья"): an office named by its place."""
    words = surface.split()
    if len(words) != 2 or not _role_noun(words[0]):
        return False
    lang = "uk" if canon.UK_LETTERS.search(surface) else "ru"
    return not morph.name_like(words[1], lang)



def _role_noun(word: str) -> bool:
    """ "Правозахисник Джурабек Амонов": a Cyrillic noun for a person (a role, a trade)
    opening a name of three words, and no given name itself."""
    if not CYRILLIC.search(word) or canon.given_key(word):
        return False
    low = word.lower()
    return any(morph.person_noun(low, lang) and morph.common_word(word, lang) for lang in morph.LANGS)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_toml("aliases/officials.toml").get("roles", {}).get(
        "words", []))


def _by_part(full: dict[tuple[str, ...], str], pos: int) -> dict[str, str]:
    """Surname (pos -1) or given name (pos 0) → full name, where one person holds it."""
    names: dict[str, set[str]] = {}
    for key, name in full.items():
        names.setdefault(key[pos], set()).add(name)
    return {part: next(iter(ns)) for part, ns in names.items() if len(ns) == 1}


# -- 2b. names the model missed ---------------------------------------------------------

_GIVEN_SURNAME = re.compile(
    r"(?<![\w'’-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?)(?![\w'’-])")


def _given_and_surname(body: str, lang: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "Представник центру Андрій Коваленко": a given name the variant table holds, then a
    capitalised word that names no place or body, is a person, where the model tagged
    nothing there (natasha misses names after a long genitive)."""
    taken = [(m.start, m.end) for m in mentions]
    out = list(mentions)
    for m in _GIVEN_SURNAME.finditer(body):
        a, b = m.span()
        if any(x < b and a < y for x, y in taken):
            continue
        given, surname = m.group(1), m.group(2)
        if not canon.given_key(given) or canon.given_key(surname) or canon.lookup(surname):
            continue
        if morph.common_word(surname, lang) and not morph.name_like(surname, lang):
            continue  # "Андрій Заявив": a capitalised common word after a name
        text = morph.person_nominative(body[a:b], lang) or body[a:b]
        person = _model_mention(text, a, b, "PERSON", lang, body[a:b])
        if person and person.type == "PERSON":
            out.append(person)
    return sorted(out, key=lambda x: (x.start, -x.end))


# "37-летняя Татьяна", "32-летнего Жаргала", "23-річна Олена", "a 34-year-old Sergei"
_AGE = r"\d{1,3}\s?[-‑–]\s?(?:летн|річн)"  # the age's stem; its ending follows
_AGE_BEFORE = re.compile(rf"(?:{_AGE}\w*|\d{{1,3}}-year-old)\s+$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")


_AGE_NAME = re.compile(rf"{_AGE}(?P<ending>\w*)\s+"
                       r"(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)(?![\w'’-]|\s+[А-ЯЁІЇЄҐ])")
# a man's given name unknown to the tables after an age in an oblique case ("32-летнего
# Жаргала", "40-річного Миколи" is known): its case ending, read off the age's
_MASCULINE_OBLIQUE = {"его": ("а", "я"), "ему": ("у", "ю"), "им": ("ом", "ем"), "ого": ("а", "я"),
                      "ому": ("у", "ю")}


def _aged_names(body: str, lang: str, mentions: list[_Mention]) -> list[_Mention]:
    """A capitalised word right after an age that no mention covers: a person the report
    introduces by a given name the model missed ("Подозрение пало на 32-летнего Жаргала")."""
    if lang not in morph.LANGS:
        return []
    out = []
    for m in _AGE_NAME.finditer(body):
        a, b = m.span("name")
        word = m.group("name")
        if any(k.start < b and a < k.end for k in mentions):
            continue
        if canon.lookup(word) or (morph.common_word(word, lang) and not morph.name_like(word, lang)):
            continue
        name = morph.person_nominative(word, lang)
        if name is None:
            name = word
            for end in _MASCULINE_OBLIQUE.get(m.group("ending").lower(), ()):
                if word.endswith(end) and len(word) > len(end) + 2:
                    name = word[:-len(end)]
                    break
        out.append(_Mention(a, b, "PERSON", canon.romanize_person(name, lang), False))
    return out


def _introduced_names(body: str, lang: str, mentions: list[_Mention]) -> None:
    """A given name alone is a person of the report where the report introduces them by
    it: after their age ("37-летняя Татьяна", "32-летнего Жаргала"), or a given name after
    a noun for a person, a place between ("жительница Тулы Елизавета"). News posts name
    private people so; a capitalised word alone elsewhere stays a weak guess."""
    places = {m.end: m.start for m in mentions if m.type == "PLACE"}
    people = {m.end: m for m in mentions if m.type == "PERSON" and not m.weak and len(m.name.split()) > 1}
    for m in mentions:
        if not (m.type == "PERSON" and m.weak and len(m.name.split()) == 1):
            continue
        if _AGE_BEFORE.search(body, max(0, m.start - 24), m.start) or _named_aside(body, m, lang):
            m.weak = False
            continue
        if lang not in morph.LANGS:
            continue
        word = body[m.start:m.end]
        if not (canon.given_key(word) or morph.given_name(word, lang)):
            continue
        lead = max(0, m.start - 40)
        end = lead + len(body[lead:m.start].rstrip(" \t"))
        if (kin := people.get(end)) and (noun := _KIN_BEFORE.search(body, max(0, kin.start - 40), kin.start)):
            # "Жена 40-летнего Андрея Соколова Ирина": his wife, of his family name
            m.weak, m.name = False, f"{m.name} {_surname_for(kin.name.split()[-1], m.name, noun.group(1))}"
            continue
        end = places.get(end, end)  # "жительница Тулы Елизавета": the place they are from
        before = _WORD_BEFORE.search(body, max(0, end - 40), end)
        if before and morph.person_noun(before.group(1), lang):
            m.weak = False


def _family_names(body: str, lang: str, mentions: list[_Mention]) -> None:
    """A family the report names in the plural ("Супруги Ойдиновы родом из …", "семья
    Ивановых", "подружжя Петренків") lends its name to a given name alone later in the
    report, in the form for that person's gender ("Хулкар" → "Khulkar Oydinova"). Only
    where the report names one such family ("семьи Ивановых и Петровых" are two) and the
    given name's gender is known."""
    if lang not in morph.LANGS:
        return
    families = [(f.span(), singular) for f in _FAMILY.finditer(body)
                for name in f.group("name", "other") if name and (singular := _family_singular(name))]
    if len({singular for _, singular in families}) != 1:
        return
    (start, end), surname = families[0]
    surname = canon.romanize_person(surname, lang)
    for m in mentions:
        if m.type != "PERSON" or m.end <= start:
            continue
        if m.start < end:  # the family's own plural name is not a person
            m.hidden = True
        elif m.weak and len(m.name.split()) == 1 and canon.given_gender(m.name):
            m.weak, m.name = False, f"{m.name} {_surname_for(surname, m.name, '')}"


# a family noun and its name in the plural: nominative or genitive, Russian or Ukrainian
_FAMILY = re.compile(r"(?<![\w-])(?i:супруги|семь[яиюе]|семьёй|братья|с[её]стры|родители|подружжя|родин[аиу]|"
                     r"брати|сестри|батьки)[ \t]+(?P<name>[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’-]+)"
                     r"(?:[ \t]+(?:и|і|й|та)[ \t]+(?P<other>[А-ЯЁІЇЄҐ][а-яёіїєґʼ'’-]+))?")
_FAMILY_PLURAL = re.compile(r"(?:(?P<stem>.+(?:ов|ев|ёв|ин|ын|ін))(?:ы|ых|и|их)|(?P<enko>.+енк)(?:и|ів))$")


def _family_singular(plural: str) -> str | None:
    """The family name of one man from its plural ("Ойдиновы" → "Ойдинов", "Петренків" →
    "Петренко"), None for a word not so formed."""
    if not (m := _FAMILY_PLURAL.match(plural)):
        return None
    return m.group("stem") or m.group("enko") + "о"


# a relative's noun before the person whose relative they are ("жена (40-летнего) Андрея
# Соколова Ирина", "дружина Івана Петренка Олена")
_KIN_BEFORE = re.compile(r"(?<![\w-])(жена|супруга|вдова|мать|дочь|сестра|муж|супруг|сын|брат|отец|дружина|мати|"
                         r"донька|дочка|чоловік|син|батько)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)
_KIN_WOMEN = frozenset({"жена", "супруга", "вдова", "мать", "дочь", "сестра", "дружина", "мати", "донька", "дочка"})


def _surname_for(surname: str, given: str, kin: str) -> str:
    """A family name in the form for the relative ("Ivanov" → "Ivanova" for his wife), by
    the given name's gender, else the relative's noun."""
    woman = (canon.given_gender(given) or ("femn" if kin.lower() in _KIN_WOMEN else "masc")) == "femn"
    if woman and surname.endswith(("ov", "ev", "in", "yn")):
        return surname + "a"
    if woman and surname.endswith(("skiy", "skii", "sky")):
        return surname[:surname.rindex("sk")] + "skaya"
    return surname


# "identified as Nabil", "по имени Каныбек"; "Людмила (настоящее имя … не называет)"
_NAMED_AS = re.compile(r"(?:identified as|known as|known only as|named|called|по имени|на имя|на ім.я)\s+$",
                       re.IGNORECASE)
_NAME_CHANGED = re.compile(r"\s*\((?:name|настоящее имя|справжнє ім.я|имя|ім.я)\b", re.IGNORECASE)
# "One recruit, Nabil, said", "Another, Abdullah, reported", "One such migrant, Anuar, came"
_ONE_OF_THEM = re.compile(r"\b(?:one|another)(?: such)?(?: [a-z-]+){0,2},\s*$", re.IGNORECASE)
# "says Zarina, a teacher from Osh"
_SAYS_THEN_APPOSITIVE = (re.compile(r"\b(?:says|said)\s+$"), re.compile(r",\s+(?:a|an)\s"))
_APPOSITION_NOUN_REACH = 60  # characters before a name set between commas where its noun stands


def _named_aside(body: str, m: _Mention, lang: str) -> bool:
    """A given name alone that the report sets up as a person's: after "identified as",
    before "(name changed)", set between commas after "one recruit" or after a noun for
    a person ("Мать … солдата, Наталья, рассказала"), or right after "says" with an
    appositive ("says Zarina, a teacher from Osh")."""
    before = body[max(0, m.start - _APPOSITION_NOUN_REACH):m.start]
    if _NAMED_AS.search(before) or _NAME_CHANGED.match(body, m.end):
        return True
    if _SAYS_THEN_APPOSITIVE[0].search(before) and _SAYS_THEN_APPOSITIVE[1].match(body, m.end):
        return True
    if not (before.rstrip(" ").endswith(",") and body[m.end:m.end + 1] == ","):
        return False
    if lang == "en":
        return bool(_ONE_OF_THEM.search(before))
    if lang not in morph.LANGS:
        return False
    clause = re.split(r"[.!?;:]", before.rstrip(" ,"))[-1]
    return any(morph.person_noun(w, lang) for w in re.findall(r"[^\W\d_]+", clause)[:4])


def _short_places(body: str, mentions: list[_Mention]) -> None:
    """ "Корею" after "Северная Корея": an unknown place of one word that is the last word
    of exactly one place the report names in full is that place."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        words = body[m.start:m.end].split()
        if m.type == "PLACE" and m.known and len(words) > 1:
            full.setdefault(canon.stem(words[-1]), set()).add(m.name)
    for m in mentions:
        if m.type == "PLACE" and not m.known and " " not in body[m.start:m.end].strip():
            names = full.get(canon.stem(body[m.start:m.end]), set())
            if len(names) == 1:
                m.name, m.known = next(iter(names)), True


# -- 5b. acronyms ------------------------------------------------------------------------

def _bracketed_acronyms(body: str, mentions: list[_Mention]) -> None:
    """A body's acronym in brackets after its name ("the Sri Lanka Bureau of Foreign
    Employment (SLBFE)", "Федеральная служба безопасности (ФСБ)") is that body wherever
    the document uses it, and no body of its own."""
    orgs = sorted((m for m in mentions if m.type == "ORG" and not m.hidden), key=lambda m: m.start)
    names: dict[str, str] = {}
    for m in orgs:
        bracket = _BRACKETED.match(body, m.end)
        if bracket and _initials_fit(bracket.group(1), body[m.start:m.end]):
            names[bracket.group(1)] = m.name
            continue
        # the model cut an English name at "of" ("Liberation Tigers | of Tamil Eelam
        # (LTTE)"): the acronym's initials tell the whole name
        longer = _LONGER_BRACKETED.match(body, m.end)
        if (longer and not m.known and not CYRILLIC.search(m.name)
                and _initials_fit(longer.group(2), body[m.start:longer.end(1)])):
            end = longer.end(1)
            for other in mentions:
                if m.end <= other.start and other.end <= end:
                    other.hidden = True
            m.end, m.name = end, canon.clean_name(body[m.start:end])
            names[longer.group(2)] = m.name
    # and an acronym alone that spells the initials of every word of a body named before it
    # ("«Деловой Петербург» … По данным «ДП»")
    for m in orgs:
        acronym = body[m.start:m.end].strip("«»\"' ")
        if not _ACRONYM.fullmatch(acronym) or acronym in names:
            continue
        earlier = next((o for o in reversed(orgs) if o.end <= m.start and o.name != m.name
                        and _all_initials(body[o.start:o.end]) == acronym), None)
        if earlier is not None:
            names[acronym] = earlier.name
    if not names:
        return
    for m in mentions:
        acronym = body[m.start:m.end].strip("«»\"' ")
        if acronym in names and m.name != names[acronym]:
            m.name, m.type = names[acronym], "ORG"


_BRACKETED = re.compile(r"\s*\(\s*([A-ZА-ЯЁІЇЄҐ]{2,8})\s*\)")
_LONGER_BRACKETED = re.compile(
    r"((?:[ \t]+(?:of|for|and|the|on|in|to)[ \t]+[A-Z][\w'’-]*)(?:[ \t]+(?:of|for|and|the|on|in|to|[A-Z][\w'’-]*))*)"
    r"[ \t]*\([ \t]*([A-Z]{2,8})[ \t]*\)")


_ACRONYM = re.compile(r"[A-ZА-ЯЁІЇЄҐ]{2,5}")


def _initials(name: str) -> str:
    """The initials of a name's words, in capitals ("Деловой Петербург" → "ДП")."""
    return "".join(w[0].upper() for w in re.findall(r"[^\W\d_]+", name))


def _all_initials(name: str) -> str:
    """The initials of every word of a name of two words or more ("" for one word)."""
    initials = _initials(name)
    return initials if len(initials) >= 2 else ""


def _initials_fit(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are initials of the name's words, in order (words
    may be skipped: "of", "the", "по")."""
    initials = _initials(name)
    pos = 0
    for letter in acronym.upper():
        while pos < len(initials) and initials[pos] != letter:
            pos += 1
        if pos == len(initials):
            return False
        pos += 1
    return True


# -- 6. group ---------------------------------------------------------------------------

def _grouped(mentions: list[_Mention]) -> list[Entity]:
    by_name: dict[str, list[_Mention]] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        by_name.setdefault(m.name, []).append(m)
    out = []
    for name, ms in by_name.items():
        spans = sorted({(m.start, m.end) for m in ms})
        out.append(Entity(name, _entity_type(ms), spans))
    return out


def _entity_type(ms: list[_Mention]) -> str:
    """The alias table's type when it knows the name, else the type most mentions carry."""
    known = [m.type for m in ms if m.known]
    return Counter(known or [m.type for m in ms]).most_common(1)[0][0]
