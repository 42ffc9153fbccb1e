"""Dictionary morphology of Russian and Ukrainian words (pymorphy3 and its dictionaries).

The claims stage asks three questions of a single word, where the dependency parse is
absent or unreliable (natasha's parser is trained on Russian and reads Ukrainian poorly):
can this word be the subject of a verb ("Повістку" cannot: it is accusative only), is a
capitalised word a common word rather than a name ("Завербованные", "Окупанти"), and is
a reporting verb finite, with what number ("сказали": plural, no one named; "Розповідає":
singular, the person the text is about). Only readings the dictionary knows are trusted:
an unknown word (a foreign name, a rare surname) is never ruled out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["LANGS", "NounTag", "Verb", "can_be_subject", "cases", "common_word", "done_participle", "finite_verb", "function_word", "gerund",
           "genitive_plural_nominal", "impersonal_past", "given_name", "infinitive", "known", "lemmas", "name_like", "nominative", "noun", "noun_tags", "passive_predicate", "plural_participle", "predicate"]

LANGS = frozenset({"ru", "uk"})

# readings that name someone or something (a given name, a surname, a place, a body)
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})
_PERSONAL = frozenset({"Name", "Surn", "Patr"})  # a person's names
# parts of speech that can head a subject when nominative
_NOMINALS = frozenset({"NOUN", "NPRO", "ADJF", "PRTF", "NUMR"})


@dataclass(frozen=True, slots=True)
class Verb:
    number: str  # "sing" or "plur"
    gender: str | None  # past tense singular: "masc", "femn", "neut"


@lru_cache(maxsize=2)
def _analyzer(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=65536)
def _known_tags(word: str, lang: str) -> tuple:
    """The tags of the dictionary's readings of ``word`` (of its last part for a
    hyphenated word the dictionary lacks, "Экс-мэра" → "мэра"); () if it knows none."""
    if lang not in LANGS or not word:
        return ()
    morph = _analyzer(lang)
    parses = [p for p in morph.parse(word) if p.is_known]
    if not parses and "-" in word.strip("-"):
        parses = [p for p in morph.parse(word.rsplit("-", 1)[1]) if p.is_known]
    return tuple(p.tag for p in parses)


def can_be_subject(word: str, lang: str) -> bool:
    """False only for a word the dictionary knows in no nominative nominal reading and no
    proper-name reading ("Повістку", "мэра", "весіллі"); unknown words may be subjects."""
    tags = _known_tags(word, lang)
    if not tags:
        return True
    return any((t.POS in _NOMINALS and t.case in (None, "nomn")) or (_PROPER & t.grammemes)
               for t in tags)


def function_word(word: str, lang: str) -> str | None:
    """The part of speech of a word the dictionary reads first as a preposition, an adverb,
    a conjunction or a particle ("про", "Багато", "однак"): such a word heads no subject."""
    tags = _known_tags(word, lang)
    if tags and tags[0].POS in ("ADVB", "PRED", "PRCL", "INTJ"):
        return tags[0].POS  # "Раніше": an adverb first, a preposition only before a noun
    if not word.isupper():  # "про" is also an abbreviation (ПРО); not in capitals, a preposition
        closed = next((t.POS for t in tags if t.POS in ("PREP", "CONJ")), None)
        if closed:
            return closed
    pos = tags[0].POS if tags else None
    return pos if pos in ("PREP", "ADVB", "PRED", "CONJ", "PRCL", "INTJ") else None


def common_word(word: str, lang: str) -> bool:
    """A word the dictionary knows only as a common word: no reading of it is a name, a
    surname, a place or a body ("Завербованные", "Окупанти"; not "Песков", "Мэрия" is).
    A dictionary word behind a prefix counts as known ("Расследователи": "следователи")."""
    tags = _known_tags(word, lang) or _prefixed_tags(word, lang)
    return bool(tags) and not any(_PROPER & t.grammemes for t in tags)


def named_only_obliquely(word: str, lang: str) -> bool:
    """Whether every reading of ``word`` as a name or surname is in an oblique case
    ("Ради": Рада's genitive, else the council's), so it opens no name in the nominative."""
    tags = _known_tags(word, lang)
    named = [t for t in tags if {"Name", "Surn", "Patr"} & t.grammemes]
    return bool(named) and not any("nomn" in t.grammemes for t in named)


@lru_cache(maxsize=65536)
def _prefixed_tags(word: str, lang: str) -> tuple:
    """The tags of readings of ``word`` as a dictionary word of six letters or more behind
    a shorter prefix; () if none, or if any guess reads it as a name ("Ойдиновы")."""
    if lang not in LANGS or not word:
        return ()
    parses = _analyzer(lang).parse(word)
    if any(_PROPER & p.tag.grammemes for p in parses):
        return ()
    return tuple(p.tag for p in parses
                 if p.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"
                 and len(p.methods_stack[0][1]) >= max(6, len(word) - len(p.methods_stack[0][1]))
                 and any("Prefix" in m[0].__class__.__name__ for m in p.methods_stack[1:]))


def finite_verb(word: str, lang: str) -> Verb | None:
    """The number (and past-tense gender) of a finite verb in the third person or the past
    tense; None for anything else (an infinitive, a participle, a noun)."""
    for t in _known_tags(word, lang):
        if t.POS != "VERB" or t.person in ("1per", "2per") or t.mood == "impr":
            continue
        if t.number in ("sing", "plur"):
            return Verb(t.number, t.gender if t.number == "sing" else None)
        if t.tense == "past" and t.gender in ("masc", "femn", "neut"):
            return Verb("sing", t.gender)  # the Ukrainian dictionary leaves "сказав" unnumbered
    return None


def singular_verb(word: str, lang: str) -> bool:
    """Whether ``word`` is a finite verb in the singular, a past tense with its gender
    counted (the Ukrainian dictionary leaves "заявив" unnumbered)."""
    verb = finite_verb(word, lang)
    if verb is not None:
        return verb.number == "sing"
    return any(t.POS == "VERB" and t.tense == "past" and t.gender in ("masc", "femn", "neut")
               for t in _known_tags(word, lang))


def plural_verb(word: str, lang: str) -> bool:
    """Whether ``word`` is a finite verb in the plural ("сообщили", "підтвердили")."""
    verb = finite_verb(word, lang)
    if verb is not None:
        return verb.number == "plur"
    return any(t.POS == "VERB" and t.number == "plur" for t in _known_tags(word, lang))


def done(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a perfective verb in the past tense
    or a perfective short passive participle: what happened ("поставили", "задержаны",
    "відправили"), not what is planned or goes on."""
    tags = _known_tags(word, lang)
    if not tags:
        return False
    t = tags[0]
    # (Ukrainian's impersonal "-но/-то" forms, "затримано", "відправлено", which the
    # dictionary tags as a perfective verb with no tense, tell what was done too)
    return t.aspect == "perf" and ((t.POS == "VERB" and (t.tense == "past" or "Impe" in t.grammemes))
                                   or (t.POS == "PRTS" and t.voice == "pssv"))


def noun_gender(word: str, lang: str) -> str | None:
    """The gender ("masc", "femn", "neut") of ``word`` read first as a noun, else None:
    "правозахисниця" is a woman, "правозахисник" a man or anyone."""
    tags = _known_tags(word, lang)
    return tags[0].gender if tags and tags[0].POS == "NOUN" else None


def done_participle(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a perfective past participle in full
    form: the people who did or had it done ("подписавших", "задержанных")."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS == "PRTF" and tags[0].aspect == "perf" and tags[0].tense == "past"


def impersonal_past(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a verb in the neuter past, an
    impersonal "-но/-то" form or a neuter short participle ("загинуло", "поранено",
    "мобилизовано"), not the verb "to be": what befell a number of people."""
    tags = _known_tags(word, lang)
    if not tags or word.lower() in _BE:
        return False
    t = tags[0]
    return (t.POS == "VERB" and (("past" in t.grammemes and "neut" in t.grammemes) or "Impe" in t.grammemes)) \
        or (t.POS == "PRTS" and "neut" in t.grammemes)


_BE = frozenset({"было", "було", "стало"})


def dative(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a noun or pronoun in the dative
    ("Им", "мигрантам", "їм"): someone something is given or offered to."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].case == "datv" and tags[0].POS in ("NOUN", "NPRO")


def addressee(word: str, lang: str) -> bool:
    """Whether ``word`` reads only as a person in the dative ("Артемию", "ему"): whom
    something was told. Not a word that may be a genitive ("центру" in Ukrainian)."""
    if not dative(word, lang):
        return False
    tags = _known_tags(word, lang)
    return (("anim" in tags[0].grammemes or tags[0].POS == "NPRO")
            and not any(t.case in ("gent", "nomn") for t in tags))


def place_name(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a place's name ("Конотопа"): the place
    an office or a body is of, never a person."""
    tags = _known_tags(word, lang)
    return bool(tags) and "Geox" in tags[0].grammemes


def gerund(word: str, lang: str) -> bool:
    """A verbal adverb ("отвечая", "виступаючи"): it opens an aside, not a subject."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS == "GRND"


# the nominative of a surname the dictionary does not know, from its case ending and the
# gender of the given name beside it ("Юсову" → "Юсов", "Сардаровым" → "Сардаров",
# "Петренка" → "Петренко"; a woman's "Ойдиновой" → "Ойдинова", "Ковальської" → "Ковальська")
_SURNAME_ENDINGS = {
    "masc": (
        (("ова", "ову", "овым", "овом", "ове", "ові", "овим"), "ов"),
        (("ева", "еву", "евым", "евом", "еве", "еві", "евим"), "ев"),
        (("єва", "єву", "євим", "єві"), "єв"),
        (("іна", "іну", "іним", "іні"), "ін"), (("ина", "ину", "иным", "ином", "иним"), "ин"),
        (("ського", "ському", "ським", "ськім"), "ський"), (("ского", "скому", "ским", "ском"), "ский"),
        (("цького", "цькому", "цьким"), "цький"), (("цкого", "цкому", "цким"), "цкий"),
        (("енка", "енку", "енком", "енкові"), "енко"),
        # "Александра Бородая": a man's surname in -ай ("Бородай", "Гайдай")
        (("ая", "аю", "аем", "аєм", "аєві"), "ай"),
    ),
    "femn": (
        (("овой", "ову", "овою", "овій", "ової"), "ова"), (("евой", "еву", "евою", "евій", "евої"), "ева"),
        (("иной", "ину", "иною"), "ина"), (("іної", "іну", "іною", "іній"), "іна"),
        (("ской", "скую", "скою"), "ская"), (("ської", "ську", "ською", "ській"), "ська"),
        (("цкой", "цкую"), "цкая"), (("цької", "цьку", "цькою", "цькій"), "цька"),
    ),
}


def person_nominative(name: str, lang: str, hint: str | None = None) -> str | None:
    """A Russian or Ukrainian person's name put in the nominative ("Андрію Юсову" →
    "Андрій Юсов", "Олени Ковальчук" → "Олена Ковальчук", "Хулкар Ойдиновой" → "Хулкар
    Ойдинова"), the gender read off the given name (the variant table's, else the
    dictionary's); None when no word of it is a known given name. ``hint`` is another
    lemmatiser's reading (natasha's): a word it changed is taken as it reads it."""
    if lang not in LANGS:
        return None
    morph = _analyzer(lang)
    words = name.split()
    hints = hint.split() if hint and len(hint.split()) == len(words) else words
    read = [h if h.lower() != w.lower() else None for w, h in zip(words, hints)]
    given = [_given_nominative(morph, r or w) for w, r in zip(words, read)]
    gender = next((g[1] for g in given if g is not None), None)
    if gender not in ("masc", "femn"):
        return None
    opposite = "femn" if gender == "masc" else "masc"
    if _surnames_only_of(lang, [w for w, g in zip(words, given) if g is None], opposite):
        # "Александра Гайдая": "Гайдая" is only a man's surname, so the given name is
        # Александр's genitive, not Александра
        regiven = [_given_nominative(morph, r or w, opposite) if g else None
                   for w, r, g in zip(words, read, given)]
        if any(regiven):
            given, gender = regiven, opposite
    out = []
    for word, other, first in zip(words, read, given):
        if other and not first and gender == "femn" and _surname(morph, word, gender) == word.lower():
            other = None  # "Александра Гармажапова": a woman's surname as it stands, not a man's genitive
        lemma = other or (first[0] if first else _surname(morph, word, gender))
        out.append(_cased(word, lemma.lower()))
    return " ".join(out)


def _surnames_only_of(lang: str, words: list[str], gender: str) -> bool:
    """Whether the dictionary knows each of ``words`` as a surname of ``gender`` only."""
    return bool(words) and all(_surname_genders(lang, w) == {gender} for w in words)


@lru_cache(maxsize=8192)
def _surname_genders(lang: str, word: str) -> frozenset[str]:
    """The genders the dictionary reads ``word`` as a surname of ("Fixd" for one that
    does not decline)."""
    return frozenset("Fixd" if "Fixd" in p.tag.grammemes else p.tag.gender for p in _analyzer(lang).parse(word)
                     if p.is_known and "Surn" in p.tag.grammemes)


def _given_nominative(morph, word: str, gender: str | None = None) -> tuple[str, str] | None:
    """(nominative, gender) of a given name, by the variant table (which holds names of the
    Caucasus and Central Asia the dictionary lacks: "Дилнозы", "Хулкар"), else by the
    dictionary's singular readings ("Петров" is a surname, not the plural of "Пётр")."""
    from recruitwatch.extract import canon

    found = canon.given_nominative(word)
    if found and gender in (None, found[1]):
        return found[0].lower(), found[1]
    # (no vocative: news never addresses, and "Руто" is Ruto, not "Рута" called to)
    parse = next((p for p in morph.parse(word) if p.is_known and "Name" in p.tag.grammemes
                  and not {"plur", "voct"} & p.tag.grammemes
                  and gender in (None, p.tag.gender)), None)
    return (parse.normal_form, parse.tag.gender) if parse is not None else None


def _surname(morph, word: str, gender: str) -> str:
    low = word.lower()
    if low.endswith("о") and not low.endswith(("ого", "его", "ього")):
        return low  # "Руто", "Шевченко": a noun's case forms do not end so (an adjective's do)
    for p in morph.parse(word):
        g = p.tag.grammemes
        if p.is_known and {"Surn", "Patr"} & g and (p.tag.gender == gender or "Fixd" in g):
            if "Fixd" in g:
                return word.lower()
            form = p.inflect({"nomn", gender} if gender else {"nomn"})
            return form.word if form else p.normal_form
    for endings, nominative in _SURNAME_ENDINGS[gender]:
        end = next((e for e in endings if low.endswith(e) and len(low) > len(e) + 1), None)
        if end:
            return low[: -len(end)] + nominative
    return low


def _cased(surface: str, lemma: str) -> str:
    """The lemma with the surface's capitals ("Юсову", "юсов" → "Юсов")."""
    return "-".join(part[:1].upper() + part[1:] for part in lemma.split("-")) if surface[:1].isupper() else lemma


@dataclass(frozen=True, slots=True)
class NounTag:
    normal: str
    grammemes: frozenset[str]


def noun_tags(word: str, lang: str) -> tuple[NounTag, ...]:
    """The dictionary's noun readings of ``word`` (lemma and grammemes); () where it has
    another reading first or knows none."""
    known = _known_tags(word, lang)
    if not known or known[0].POS != "NOUN":
        return ()
    return tuple(NounTag(p.normal_form, frozenset(p.tag.grammemes)) for p in _analyzer(lang).parse(word)
                 if p.is_known and p.tag.POS == "NOUN")


def noun(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a noun ("гибель", not "погибли")."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS == "NOUN"


def may_modify(word: str, lang: str) -> bool:
    """Whether some reading of ``word`` is an adjective, a participle or a pronoun that
    stands before a noun ("минулого тижня", "прошлым летом", "цього року")."""
    return any(t.POS in ("ADJF", "PRTF", "NPRO") for t in _known_tags(word, lang))


def adjective(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as an adjective or a participle in full
    form ("расстроенная", "місцевий")."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS in ("ADJF", "PRTF")


def infinitive(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as an infinitive ("увеличить", "набрати")."""
    tags = _known_tags(word, lang)
    # (the Ukrainian dictionary tags its infinitives VERB with the grammeme "infn")
    return bool(tags) and (tags[0].POS == "INFN" or "infn" in tags[0].grammemes)


def passive_predicate(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a passive participle in the nominative
    ("поранені", "вбиті"): the Ukrainian short participle, what befell its subject."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS in ("ADJF", "PRTF", "PRTS") and {"pssv", "nomn"} <= tags[0].grammemes


def plural_adjective(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as an adjective in the plural
    ("украинские", "західні"): the noun it qualifies is plural too."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS in ("ADJF", "PRTF") and "plur" in tags[0].grammemes


def plural_participle(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a participle in the genitive plural
    ("подписавших", "задержанных"; Ukrainian's are its passive adjectives, "поранених"):
    after a number with no noun of its own it names the people counted."""
    tags = _known_tags(word, lang)
    if not tags or not {"plur", "gent"} <= tags[0].grammemes:
        return False
    return tags[0].POS == "PRTF" or (tags[0].POS == "ADJF" and "pssv" in tags[0].grammemes)


def genitive_plural_nominal(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a noun, an adjective or a participle
    in the genitive plural ("заявлений", "ув'язнених"): what a participle before it qualifies."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS in ("NOUN", "ADJF", "PRTF") and {"plur", "gent"} <= tags[0].grammemes


def person_noun(word: str, lang: str, number: bool = True) -> bool:
    """Whether the dictionary reads ``word`` first as a common noun for a person
    ("правозахисник", "военком", "оккупантов"), no name; singular unless ``number`` is
    False."""
    tags = _known_tags(word, lang)
    # (the Ukrainian dictionary leaves the number of a nominative unmarked)
    return bool(tags) and tags[0].POS == "NOUN" and "anim" in tags[0].grammemes \
        and not (({"plur"} if number else set()) | _PROPER) & tags[0].grammemes


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})


def cases(word: str, lang: str) -> frozenset[str]:
    """The grammatical cases the dictionary's readings of ``word`` may be in."""
    return frozenset(g for tag in _known_tags(word, lang) for g in tag.grammemes if g in _CASES)


@lru_cache(maxsize=65536)
def lemmas(word: str) -> frozenset[str]:
    """The dictionary forms of ``word`` in Russian and Ukrainian ("бойцов" → боец,
    "осіб" → особа); empty when neither dictionary knows it."""
    return frozenset(p.normal_form for lang in LANGS for p in _analyzer(lang).parse(word) if p.is_known)


def known(word: str) -> bool:
    """Whether the Russian or the Ukrainian dictionary knows ``word`` at all."""
    return any(_known_tags(word, lang) for lang in LANGS)


def predicate(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a verb form ("списано", "воюют",
    "выплачивает"): a word that heads a clause, never what a number counts."""
    tags = _known_tags(word, lang)
    return bool(tags) and tags[0].POS in ("VERB", "INFN", "PRTS", "GRND")


def nominal(word: str, lang: str) -> bool:
    """Whether the dictionary reads ``word`` first as a noun or a pronoun, or as a name in
    any reading ("розвідка", "він", "Буданов")."""
    tags = _known_tags(word, lang)
    return bool(tags) and (tags[0].POS in ("NOUN", "NPRO")
                           or any(_PROPER & t.grammemes for t in tags))


def name_like(word: str, lang: str) -> bool:
    """A Cyrillic word the dictionary does not know, or knows as a name or surname."""
    tags = _known_tags(word, lang)
    return any("а" <= ch.lower() <= "я" or ch.lower() in "ёіїєґ" for ch in word) and (
        not tags or any({"Name", "Surn", "Patr"} & t.grammemes for t in tags))


def nominative(word: str, lang: str, alone: bool = False) -> str:
    """A noun in an oblique case put in the nominative, its number kept ("пресс-службе" →
    "пресс-служба", "студентов" → "студенты"); an adjective or participle only when it
    stands ``alone`` for its noun ("полонених" → "полонені"). Anything else as it is."""
    if lang not in LANGS or not word:
        return word
    parses = [p for p in _analyzer(lang).parse(word) if p.is_known]
    if not parses and "-" in word.strip("-"):
        # "телеграм-каналов" → "телеграм-каналы": the last part declines
        head, last = word.rsplit("-", 1)
        return f"{head}-{nominative(last, lang, alone)}"
    if not parses:
        return word
    p = parses[0]
    kinds = ("NOUN", "ADJF", "PRTF") if alone else ("NOUN",)
    if any(q.tag.POS in kinds and q.tag.case == "nomn" for q in parses):
        return word  # "Власти" may be the nominative plural: a subject stays as written
    if p.tag.POS not in kinds or p.tag.case in (None, "nomn") or any(
            _PROPER & q.tag.grammemes for q in parses):  # "Песков" is no plural of "пески"
        return word
    form = p.inflect({"nomn", p.tag.number} if p.tag.number else {"nomn"})
    if form is None:
        return word
    out = form.word
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


def nominative_phrase(words: list[str], lang: str) -> list[str]:
    """A description's opening adjectives and their noun put in the nominative together
    ("західних експертів" → "західні експерти", "українську розвідку" → "українська
    розвідка"); what follows the noun (its genitive modifiers) is kept. Without such a
    phrase first, ``nominative`` of the first word alone."""
    if lang not in LANGS or not words:
        return words
    parses, prefixes = [], []
    for w in words[:4]:
        if parses and function_word(w, lang) in ("PREP", "CONJ"):
            break  # "заключенные из колоний": the phrase's noun came before "из"
        known = [p for p in _analyzer(lang).parse(w) if p.is_known]
        prefix = ""
        if not known and "-" in w.strip("-"):  # "телеграм-каналов": its last part declines
            prefix, last = w.rsplit("-", 1)
            prefix += "-"
            known = [p for p in _analyzer(lang).parse(last) if p.is_known]
        parses.append(known)
        prefixes.append(prefix)
    agreed = _agreeing(parses)
    if agreed is not None and len(agreed) > 1 and words[len(agreed) - 1].istitle() and any(
            _PERSONAL & q.tag.grammemes for q in parses[len(agreed) - 1]):
        agreed = None  # "Рідні Тараса": the family of a man named, no adjective of a noun
    if agreed is None:
        return [nominative(words[0], lang, alone=len(words) == 1)] + words[1:]
    out = list(words)
    head = agreed[-1]
    if "Fixd" in head.tag.grammemes and all(
            any("nomn" in q.tag.grammemes for q in parses[i]) for i in range(len(agreed) - 1)):
        return out  # "окупаційні медіа": the noun shows no number; the words as written
    number = {head.tag.number} if head.tag.number else set()
    gender = {head.tag.gender} if head.tag.number != "plur" and head.tag.gender else set()
    for i, p in enumerate(agreed):
        if words[i][:1].isupper() and i < len(agreed) - 1 and _PROPER & parses[i][0].tag.grammemes:
            return [nominative(words[0], lang, alone=len(words) == 1)] + words[1:]
        if "Fixd" in p.tag.grammemes:
            continue  # "СМИ", "Минобороны": the same in every case
        form = p.inflect({"nomn"} | number | (gender if i < len(agreed) - 1 else set()))
        if form is not None:
            word = prefixes[i] + form.word if prefixes[i] else form.word
            out[i] = word[:1].upper() + word[1:] if words[i][:1].isupper() else word
    return out


def _agreeing(parses: list[list]) -> list | None:
    """One parse per word of "adjective… noun" at the phrase's start, all in one oblique
    case; None when the phrase opens otherwise or is already nominative."""
    for n in range(1, len(parses)):
        nouns = [p for p in parses[n] if p.tag.POS == "NOUN"]
        if not nouns or not all(any(p.tag.POS in ("ADJF", "PRTF") for p in ps) for ps in parses[:n]):
            continue
        for noun in nouns:
            adjs = [next((p for p in ps if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == noun.tag.case
                          and (p.tag.number == noun.tag.number or noun.tag.number is None)), None)
                    for ps in parses[:n]]
            if all(adjs) and noun.tag.case not in (None, "nomn"):
                return adjs + [noun]
        return None
    return None


def given_name(word: str, lang: str) -> bool:
    """Whether the dictionary's first reading of ``word`` is a given name."""
    tags = _known_tags(word, lang)
    return bool(tags) and "Name" in tags[0].grammemes
