"""Canonical names: the alias table, the gazetteer, and people matched across spellings.

Every look-up goes through one token trie built once per process from the data files
(``aliases/*.toml`` and ``gazetteer/*``). A trie key is a sequence of token keys:

1. Latin tokens are lower-cased;
2. Cyrillic tokens are lower-cased, ё folded to е, and cut to a stem, so that case forms
   meet their nominative ("Воронежской области", "Дагестане", "Москве");
3. known first names are folded to one key per name (Sergei/Sergey/Сергей).

``scan`` walks the trie from each token of a text and keeps the longest match, so a whole
document costs one pass over its tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator, NamedTuple

from recruitwatch.model import Span
from recruitwatch.resources import load_json, load_toml
from recruitwatch.text import CYRILLIC, CYRILLIC_APOSTROPHE, normalize

__all__ = [
    "Alias", "Match", "canonical_name", "canonical_type", "english_org", "find_places", "folded_cyrillic",
    "is_outlet", "given_first", "given_gender", "given_key", "known_people", "lowercase_names", "org_heads",
    "person_key", "publisher_names", "romanize_person", "scan",
    "surname_form", "transliterate",
]

_TOKEN = re.compile(r"[^\W_]+")
# Between the tokens of one name: spaces and the punctuation names carry inside them
# ("U.K.", "RFE/RL", "Citizen, Army & the Law", "ЧВК «Вагнер»"), never a line break.
_GAP = re.compile(r"[ \t\u00a0.,'’ʼ/&«»\"\-–]{0,4}")
# Case endings cut from Cyrillic tokens (longest first). -ов/-ев/-ин are kept because
# they end surnames (Песков, Путин); genitive plurals in -ов are tried as a second key.
_ENDINGS = tuple(sorted({
    "ями", "ами", "ый", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "иям", "иях",
    "ия", "ие", "ий", "ии", "ию", "ая", "яя", "ой", "ей", "ую", "юю", "ое", "ее", "ые",
    "ых", "их", "ым", "им", "ом", "ем", "ам", "ям", "ах", "ях", "ью",
    "ої", "ою", "єю",  # Ukrainian feminine genitive and instrumental (британської, розвідкою)
    "ія", "ії", "ію", "ією", "іям", "іях",  # Ukrainian -ія nouns (Бурятія, Бурятії), as -ия
    "ій",  # Ukrainian feminine dative and locative (Харківській області)
    "а", "я", "о", "е", "у", "ю", "ы", "и", "ь", "й", "і", "ї", "є",
}, key=len, reverse=True))
_IA = {"ия", "ии", "ию", "ией", "иям", "иях", "ія", "ії", "ію", "ією", "іям", "іях"}
_MIN_STEM = 3
_TYPES = {"person": "PERSON", "institution": "ORG", "outlet": "ORG", "place": "PLACE",
          "group": "GROUP", "nationality": "GROUP", "contextual": "ORG"}
_END = ""  # trie key of the alias list at a node (no token key is empty)


@dataclass(frozen=True, slots=True)
class Alias:
    name: str  # canonical name
    kind: str  # person | institution | outlet | place | group | nationality | contextual
    case: str  # "upper" (acronym), "title" (capitalised) or "any": what the text must show

    @property
    def type(self) -> str:
        return _TYPES[self.kind]


@dataclass(frozen=True, slots=True)
class Match:
    span: Span
    alias: Alias


# -- token keys ------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A Cyrillic word cut to its stem; Latin words only lower-cased."""
    w = word.lower().replace("ё", "е")
    if not CYRILLIC.search(w):
        return w
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= _MIN_STEM:
            # keep the -ия paradigm apart: Бурятия/Бурятии vs буряты (the people)
            return w[: -len(end)] + ("~ия" if end in _IA else "")
    return w


@lru_cache(maxsize=1 << 16)  # words recur across documents: a token's keys never change
def token_keys(token: str) -> tuple[str, ...]:
    """Every trie key a text token may stand for (stem, first-name key, -ов plural, and the
    nominative's key where the stemmer cuts it further than the case form: see _case_keys)."""
    key = stem(token)
    keys = [key]
    keys.extend(k for k in given_keys(token) if k not in keys)
    if len(key) > 5 and key.endswith(("ов", "ев")) and CYRILLIC.search(key):
        keys.append(key[:-2])  # узбеков → узбек
    elif token.lower().endswith("ий") and len(key) >= _MIN_STEM:
        keys.append(key + "~ия")  # историй, the genitive plural of история
    if CYRILLIC.search(key):
        keys.extend(k for k in _case_keys(token.lower().replace("ё", "е"), key) if k not in keys)
    return tuple(keys)


# Ukrainian dative/locative alternations: Африка → Африці, Прага → Празі, Чехія stays.
_UK_ALTERNATION = {"ц": "к", "з": "г", "с": "х"}


def _case_keys(low: str, key: str) -> list[str]:
    """Keys of the nominative a case form may stand for, where stemming the two differs:
    "Вьетнаме" → "вьетнам" but "Вьетнам" → "вьетн" (the stemmer cuts "-ам"), so the stem is
    stemmed again; "Африці" → "африк" (Ukrainian к/ц alternation); short feminine names
    whose stem would be under three letters ("Уфе", "Уфі", "Уфой" → "уфа")."""
    out = []
    again = stem(key) if "~" not in key else key
    if again != key:
        out.append(again)
    if low.endswith("і") and key[-1:] in _UK_ALTERNATION:
        out.append(key[:-1] + _UK_ALTERNATION[key[-1]])
    if len(low) <= 5:
        end = next((e for e in _ENDINGS if low.endswith(e) and len(low) - len(e) == 2), None)
        if end:
            out.append(low[:2] + "а")
    return out


def _alias_key(token: str) -> str:
    keys = given_keys(token)
    return keys[0] if keys else stem(token)


# -- given names --------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def given_key(token: str) -> str | None:
    """The one key of a given name in any spelling, script or case ("Sergei", "Сергія" →
    "#sergey"; "Євгєній", "Yevgienii" → "#yevgeny" by their folded spelling, where that is
    one name's alone); None for a word the variant table does not hold."""
    keys = given_keys(token)
    if keys:
        return keys[0]
    return _folded_given().get(_given_fold(token.lower().replace("ё", "е")))


@lru_cache(maxsize=1 << 16)
def given_keys(token: str) -> tuple[str, ...]:
    """Every given name the table spells as ``token``, the likeliest first: by its exact
    form (a nominative before a case form: "Александра" is Alexandra before Alexander's
    genitive), then by its stem. No folding: the alias trie looks every word of a text up
    here, and a loose match would make "Гана" (Ghana) the name "Ганна"."""
    exact = _given_forms().get(token.lower().replace("ё", "е"), ())
    by_stem = _first_names().get(stem(token))
    return tuple(dict.fromkeys([*exact, *([by_stem] if by_stem else [])]))


def _name_groups() -> list[list[str]]:
    """The variant table's groups (men's, then women's), then each common given name as a
    group of its own."""
    data = load_toml("aliases/first_names.toml")
    groups = data["variants"] + data["women"]
    seen = {s.lower() for g in groups for s in g}
    return groups + [[n] for n in data["given"] if n.lower() not in seen]


def given_gender(word: str) -> str | None:
    """ "femn" or "masc" for a given name of the variant table in any of its spellings
    ("Alla", "Алла" → "femn"), None for any other word or a spelling of both."""
    return _given_genders().get(word.lower().replace("ё", "е"))


@lru_cache(maxsize=1)
def _given_genders() -> dict[str, str | None]:
    data = load_toml("aliases/first_names.toml")
    table: dict[str, str | None] = {}
    for gender, groups in (("masc", data["variants"]), ("femn", data["women"])):
        for spelling in (s.lower().replace("ё", "е") for g in groups for s in g):
            table[spelling] = gender if table.get(spelling, gender) == gender else None
    return table


def given_nominative(word: str) -> tuple[str, str] | None:
    """A Cyrillic given name of the table in the nominative, with its gender ("Дилнозы" →
    ("Дилноза", "femn"), "Ильясу" → ("Ильяс", "masc")); None for any other word."""
    return _given_nominatives().get(word.lower().replace("ё", "е"))


@lru_cache(maxsize=1)
def _given_nominatives() -> dict[str, tuple[str, str]]:
    data = load_toml("aliases/first_names.toml")
    table: dict[str, tuple[str, str]] = {}
    for gender, groups in (("masc", data["variants"]), ("femn", data["women"])):
        for spelling in (s for g in groups for s in g if CYRILLIC.search(s)):
            table.setdefault(spelling.lower().replace("ё", "е"), (spelling, gender))
    for gender, groups in (("masc", data["variants"]), ("femn", data["women"])):
        for spelling in (s for g in groups for s in g if CYRILLIC.search(s)):
            for form in _case_forms(spelling)[1:]:
                table.setdefault(form.lower().replace("ё", "е"), (spelling, gender))
    return table


def _spellings() -> Iterator[tuple[str, str, bool]]:
    """(key, spelling, is it a nominative) of every given name: all nominatives first, so
    that a nominative wins over the case form of another name that it equals."""
    groups = _name_groups()
    for group in groups:
        for spelling in group:
            yield "#" + group[0].lower(), spelling, True
    for group in groups:
        for spelling in group:
            for form in _case_forms(spelling)[1:]:
                yield "#" + group[0].lower(), form, False


@lru_cache(maxsize=1)
def _given_forms() -> dict[str, tuple[str, ...]]:
    """Lower-cased form of a given name → the keys of the names it spells, nominatives first."""
    table: dict[str, list[str]] = {}
    for key, form, _ in _spellings():
        keys = table.setdefault(form.lower().replace("ё", "е"), [])
        if key not in keys:
            keys.append(key)
    return {form: tuple(keys) for form, keys in table.items()}


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    """Token key of each first-name spelling → one key per name ("#sergey")."""
    table: dict[str, str] = {}
    for key, form, _ in _spellings():
        table.setdefault(stem(form), key)
    return table


# Spellings of one given name that neither the table nor the surname folds meet: Ukrainian
# letters on a Russian name ("Євгєній" → "yevgyenii"), Ukrainian г as h (Hlib/Gleb), foreign
# names spelt back from Cyrillic ("Дуглас"/Douglas, "Томас"/Thomas, "Алекс"/Alex).
_GIVEN_FOLDS = ((re.compile(r"ph"), "f"),
                (re.compile(r"(?<=t)h"), ""), (re.compile(r"h"), "g"), (re.compile(r"ou"), "u"),
                (re.compile(r"x"), "ks"))


@lru_cache(maxsize=1 << 16)
def _given_fold(word: str) -> str:
    out = _fold(word)
    for pattern, repl in _GIVEN_FOLDS:
        out = pattern.sub(repl, out)
    return out


@lru_cache(maxsize=1)
def _folded_given() -> dict[str, str]:
    """Folded spelling → the one name it folds from. A nominative's fold shadows a case
    form's; a fold that two names share at the same rank is dropped, as it tells nothing."""
    table: dict[str, str] = {}
    rank: dict[str, bool] = {}
    ambiguous: set[str] = set()
    for key, form, nominative in _spellings():
        folded = _given_fold(form.lower().replace("ё", "е"))
        if folded not in table:
            table[folded], rank[folded] = key, nominative
        elif table[folded] != key and rank[folded] == nominative:
            ambiguous.add(folded)
    return {f: k for f, k in table.items() if f not in ambiguous}


def _case_forms(name: str) -> list[str]:
    """A Cyrillic given name in its case forms (Сергей → Сергея, Сергею, Сергеем): the
    stemmer cuts "-ей" from the nominative but only "-я" from the genitive."""
    if not CYRILLIC.search(name):
        return [name]
    low = name.lower()
    if low.endswith(("й", "ь")):
        return [name] + [name[:-1] + e for e in ("я", "ю", "ем", "е")]
    if low.endswith(("а", "я")):
        return [name] + [name[:-1] + e for e in ("ы", "и", "е", "у", "ю", "ой", "ей")]
    return [name] + [name + e for e in ("а", "у", "ом", "е")]


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (all spellings) for telling "Firstname Surname" spans apart."""
    data = load_toml("aliases/first_names.toml")
    return frozenset([s for g in data["variants"] + data["women"] for s in g] + data["given"])


# -- transliteration and person keys ----------------------------------------------------

_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i",
    "ї": "yi", "є": "ye", "ґ": "g", "'": "", "’": "", "ʼ": "",
})
# Spelling differences that romanisations of one Russian name show (Shoigu/Shoygu,
# Zelensky/Zelenskyy, Kharkov/Harkov, Dzhurabek/Jurabek), folded so that they compare equal.
# Also "ё" written "е" or "yo" (Tsivileva/Tsivilyova), the adjective surnames' endings
# (Kopaygorodsky/-skiy/-skoy/-skii) and Ukrainian є after a consonant, which Ukrainian
# reports write for a Russian е ("Пєсков", "Гєнадій": "ie" in Latin letters).
_FOLDS = ((re.compile(r"(?<=[tr])h"), ""), (re.compile(r"dzh"), "j"), (re.compile(r"^ye"), "e"), (re.compile(r"(?<=[aeiou])[yi](?=e)"), ""), (re.compile(r"kh"), "h"), (re.compile(r"ts|tz"), "c"),
          (re.compile(r"(?:sk|ck)(?:ii|iy|yi|oy|oi|y|i)$"), "ski"), (re.compile(r"(?<=.)[yi]o"), "e"),
          (re.compile(r"[yji]+"), "i"), (re.compile(r"(?<=[^aeiou])ie"), "e"), (re.compile(r"w"), "v"),
          # a woman's adjective surname: Ukrainian "Цибульська" (Tsybulska), Russian
          # "Цибульская" (Tsybulskaya)
          (re.compile(r"(?<=[sc]k)aia$"), "a"),
          # Ukrainian writes a Russian name's "Г" as "Г" read h ("Горєлкіна" → Horelkina, the
          # Russian Gorelkina); after "kh" → "h" above, any h is read g
          (re.compile(r"h"), "g"),
          (re.compile(r"(.)\1"), r"\1"))
# patronymics ("Gennadyevich", "Геннадійович", "Ivanovna") left out of a person's key: a
# report names "Plakhotkov Yevhen Hennadiiovych" where another says "Yevhen Plakhotkov"
_PATRONYMIC = re.compile(r"(?:ovich|evich|ovych|ievych|yovych|ovna|evna|ivna|ович|евич|ьевич|ович|йович|ївна|івна|овна|евна"
                         r"|овіч|евіч|євіч|ієвіч|ійович|ічна|ична)$", re.IGNORECASE)


def is_patronymic(word: str) -> bool:
    """Whether ``word`` has a patronymic's ending ("Ахматович", "Vladimirovich")."""
    return bool(_PATRONYMIC.search(word))


def given_first(name: str) -> str:
    """ "Плахотьков Євгєній Гєнадієвіч" → "Євгєній Плахотьков", "Ноік Едуард" → "Едуард
    Ноік": a name written surname first (the official Russian and Ukrainian order) as
    reports write it in English, given name first and no patronymic."""
    words = name.split()
    if len(words) == 3 and _PATRONYMIC.search(words[2]) and not _PATRONYMIC.search(words[1]):
        return f"{words[1]} {words[0]}"
    if len(words) == 2 and _given(words[1]) and not _given(words[0]):
        return f"{words[1]} {words[0]}"  # "Ноік Едуард": the given name second
    return name


def _given(word: str) -> bool:
    """A given name by the variant table or, for Cyrillic, by the dictionary."""
    if word in given_names() or given_key(word):
        return True
    if not CYRILLIC.search(word):
        return False
    from recruitwatch.extract import morph

    return any(morph.given_name(word, lang) for lang in ("ru", "uk"))


_CYRILLIC_FOLD = str.maketrans("іїєґёэы", "ииегеей")


def folded_cyrillic(word: str) -> str:
    """A word in small letters with Russian and Ukrainian letters that stand for one sound
    taken as one ("Пригожи", "пригожин")."""
    return word.lower().translate(_CYRILLIC_FOLD)


def transliterate(text: str) -> str:
    """A simple Russian/Ukrainian → Latin transliteration (lower case)."""
    return text.lower().translate(_TRANSLIT)


UK_LETTERS = re.compile(r"[іїєґ]", re.IGNORECASE)  # letters only Ukrainian writes
_ROMAN_RU = {**{k: v for k, v in zip("абвгдезиклмнопрстуфы", "abvgdeziklmnoprstufy")},
             "ё": "yo", "ж": "zh", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
             "щ": "shch", "ъ": "", "ь": "", "э": "e", "ю": "yu", "я": "ya"}
_ROMAN_UK = {**_ROMAN_RU, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "й": "i",
             "є": "ie", "ю": "iu", "я": "ia", "е": "e", "ы": "y", "'": "", "’": "", "ʼ": ""}
# Word-initial forms of the Ukrainian national romanisation (Yevhen, Yurii, Yaroslav).
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


@lru_cache(maxsize=1)
def _org_words() -> tuple[tuple[str, str], ...]:
    words = load_toml("aliases/org_words.toml")["words"]
    return tuple(sorted(words.items(), key=lambda kv: -len(kv[0])))  # the longest stem first


@lru_cache(maxsize=1)
def org_heads() -> tuple[str, ...]:
    """Stems of the head nouns of bodies' names ("центр", "фонд"): aliases/org_words.toml."""
    return tuple(load_toml("aliases/org_words.toml")["heads"]["stems"])


_ORG_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]+)[»\"”“]?")


def english_org(name: str, lang: str, surface: str | None = None) -> str:
    """A Russian or Ukrainian organisation no table knows, in a plain English rendering
    (tests/gold/README.md): its generic words in English, the rest romanised, and a head
    noun before a quoted name put after it ("фонд «Мир детства»" → "Mir Detstva
    Foundation"). The quoted name is read from ``surface`` (the text as written), where
    one is given: a lemmatiser puts it in the wrong case ("Мир детство")."""
    quoted = _ORG_QUOTED.search(name)
    if quoted is None:
        return " ".join(_org_word(w, lang) for w in name.split())
    inner = quoted.group(1)
    written = _ORG_QUOTED.search(surface or "")
    if written:
        inner = written.group(1)
    before = [_org_word(w, lang) for w in name[:quoted.start()].split()]
    after = [_org_word(w, lang) for w in name[quoted.end():].split()]
    own = [_romanized(w, lang) for w in inner.split()]
    return " ".join(w for w in own + before + after if w)


# Cyrillic capitals and small letters that look like Latin ones, as a Cyrillic keyboard
# slips them into a Latin name ("СNN" with a Cyrillic "С")
_AS_LATIN = str.maketrans("АВЕКМНОРСТХаеорсух", "ABEKMHOPCTXaeopcyx")


def _romanized(word: str, lang: str) -> str:
    """A word of a name in Latin letters; an acronym stays one ("НСН" → "NSN"), and a Latin
    word with look-alike Cyrillic letters in it is read as written ("СNN" → "CNN")."""
    word = _as_written(word)
    if len(word) > 1 and word.isupper() and CYRILLIC.search(word):
        return transliterate(word).upper()
    return romanize_person(word, lang)


def _as_written(word: str) -> str:
    """A word mostly in Latin letters with Cyrillic look-alikes in it, in Latin letters."""
    if CYRILLIC.search(word) and sum("a" <= c <= "z" for c in word.lower()) * 2 >= len(word):
        mended = word.translate(_AS_LATIN)
        if not CYRILLIC.search(mended):
            return mended
    return word


_ORDINAL = re.compile(r"(\d+)-?[^\W\d_]{0,3}")


def _org_word(word: str, lang: str) -> str:
    ordinal = _ORDINAL.fullmatch(word)
    if ordinal:  # "71-й", "71-го": "71st"
        n = int(ordinal.group(1))
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    low = word.lower().replace("ё", "е")
    english = next((en for stem_, en in _org_words() if low.startswith(stem_)), None)
    return english if english is not None else _romanized(word, lang)


def romanize_person(name: str, lang: str | None = None) -> str:
    """A Cyrillic person's name in Latin letters, as English reports spell it: given names
    from the variant table (Ольга → Olga), surnames romanised (Цимлянский → Tsimlyansky;
    Ukrainian by the national system: Скібіцький → Skibitskyi)."""
    name = " ".join(map(_as_written, name.split()))
    if not CYRILLIC.search(name):
        return name
    ukrainian = lang == "uk" or bool(UK_LETTERS.search(name))
    return " ".join(_romanized_word(w, ukrainian) for w in name.split())


# a Russian "е" first in a word or after a vowel is "ye", as English reports spell it
# (Фадеев → Fadeyev, Пашаев → Pashayev, Ефремов → Yefremov)
_RU_VOWELS = frozenset("аеёиоуыэюяьъ")


def _romanized_word(word: str, ukrainian: bool) -> str:
    key = None if ukrainian else given_key(word)
    if key:
        return _given_spelling()[key]
    low = word.lower()
    if not ukrainian and low.endswith(("ий", "ый")):
        low = low[:-2] + "y"  # Цимлянский → Tsimlyansky
    table = _ROMAN_UK if ukrainian else _ROMAN_RU
    acronym = len(word) > 1 and word.isupper()  # "ЕАН" stays "EAN"
    out = "".join((_UK_INITIAL.get(c) if ukrainian and (i == 0 or low[i - 1] in "-'’ʼ") else None)
                  or ("ye" if not ukrainian and not acronym and c == "е" and (i == 0 or low[i - 1] in _RU_VOWELS)
                      else None)
                  or table.get(c, c) for i, c in enumerate(low))
    if low[:2] in ("уи", "уі", "уэ"):
        out = "w" + out[1:]  # a Western name's w ("Уилтон", "Уілсон": Wilton, Wilson)
    return "-".join(part[:1].upper() + part[1:] for part in out.split("-"))


@lru_cache(maxsize=1)
def _given_spelling() -> dict[str, str]:
    """Key of a given name → its first (English) spelling in the variant table."""
    return {"#" + group[0].lower(): group[0] for group in _name_groups()}


# A Western name in Latin letters against its Cyrillic transcription, which writes the
# sound: c as к or с ("Scott"/"Скотт", "Vance"/"Венс"), and the w of "Wilton" as "Уі"/"Уи";
# "th" and "rh" lose their h above ("Timothy"/"Тімоті", "Rhys"/"Рис")
_LATIN_FOLDS = ((re.compile(r"ck"), "k"), (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"c(?![hz])"), "k"))
_CYRILLIC_W = re.compile(r"^u(?=[ie])")


def _fold(token: str, sounds: bool = False) -> str:
    """``token`` romanised with its spelling differences folded; ``sounds`` also folds a
    Western surname's spelling to its transcription's (never for given names, which the
    variant table spells: folded that loosely, the Ukrainian "Як" would read as "Jack")."""
    out = transliterate(token)
    if sounds and CYRILLIC.search(token):
        out = _CYRILLIC_W.sub("v", out)
    elif sounds:
        for pattern, repl in _LATIN_FOLDS:
            out = pattern.sub(repl, out)
    for pattern, repl in _FOLDS:
        out = pattern.sub(repl, out)
    return out


# the case endings of a Russian or Ukrainian surname in -ов/-ев/-ин, romanised as person_key
# spells them ("Панкова", "Чикову", "Панковым")
_SURNAME_CASES = frozenset({"a", "u", "e", "ym", "im", "om", "i"})
# and of a woman's surname in -ова/-ева/-іна ("Денисовой", "Денісової", "Петрову")
_FEMININE_CASES = frozenset({"oi", "u", "oiu"})
# and of a Ukrainian surname in -ко ("Харченка", "Харченкові", "Харченком")
_KO_CASES = frozenset({"a", "ovi", "om", "u"})
_CONSONANTS = frozenset("bcdfgkhlmnprstvzj")
# and of a surname in -а ("Сибіги", "Сибізі", "Сибігу", "Сибігою")
_A_CASES = frozenset({"i", "y", "e", "u", "oi", "oiu", "oy", "ou"})


# an adjectival surname (Луговський, Ходаковский) in any case, as person_key folds it
# ("lugovski", "lugovskogo", "lugovskomu", "lugovska"): its stem and its ending
_ADJECTIVAL_SURNAME = re.compile(r"(.{3,}?[sc]k)(?:i|a|ogo|omu|im|om|oi|oiu|aia|uiu|ii)$")


def surname_form(word: str, surname: str) -> bool:
    """Whether the person-key part ``word`` is ``surname`` or one of its case forms
    ("chikova" of "chikov", "lugovskogo" of "luhovski": the Ukrainian г written h in
    Latin and read g from Cyrillic)."""
    if word == surname:
        return True
    word, surname = word.replace("h", "g"), surname.replace("h", "g")
    if word == surname:
        return True
    if (surname.endswith(("ov", "ev", "in", "yn")) and word.startswith(surname)
            and word[len(surname):] in _SURNAME_CASES):
        return True
    if (surname.endswith(("ova", "eva", "ina")) and word.startswith(surname[:-1])
            and word[len(surname) - 1:] in _FEMININE_CASES):
        return True  # "Денісової", "Денисовой" of Denisova
    if (len(surname) > 3 and surname.endswith("o") and surname[-2] in _CONSONANTS
            and word.startswith(surname[:-1]) and word[len(surname) - 1:] in _KO_CASES):
        return True  # Ukrainian declines "-ко", "-ло": "За словами Харченка", "Жмайла" of Zhmailo
    if (len(surname) > 3 and surname[-1] in _CONSONANTS and word.startswith(surname)
            and word[len(surname):] in _SURNAME_CASES | {"ovi", "evi", "em"}):
        return True  # "Медведчука", "Медведчуком" of Medvedchuk
    if (len(surname) > 3 and surname.endswith("a") and surname[-2] in _CONSONANTS
            and word.startswith(surname[:-1]) and word[len(surname) - 1:] in _A_CASES):
        return True  # a man's surname in -а declines as a noun: "Андрія Сибіги" of Sybiha
    a, b = _ADJECTIVAL_SURNAME.fullmatch(word), _ADJECTIVAL_SURNAME.fullmatch(surname)
    return bool(a and b) and a.group(1) == b.group(1)


@lru_cache(maxsize=8192)  # the same names are asked for again and again, per sentence
def person_key(name: str) -> tuple[str, ...]:
    """A spelling- and script-insensitive key of a person's name (for matching, not display)."""
    keys = []
    # "В'ячеслав" is one word: Ukrainian writes an apostrophe where Russian has none
    tokens = _TOKEN.findall(CYRILLIC_APOSTROPHE.sub("", normalize(name)))
    for tok in tokens:
        if len(tokens) > 2 and _PATRONYMIC.search(tok):
            continue
        keys.append(given_key(tok) or _fold(tok, sounds=True))
    if len(keys) > 1 and keys[0] in _men_keys() and _MASCULINE_OI.search(keys[-1]):
        # a man's adjective surname in -ой as Ukrainian writes it, -ий ("Дмитрий Лиховой",
        # "Дмитро Лиховий"); only after a man's given name, for "Ташевой" alone may be a
        # woman's Ташева in the genitive
        keys[-1] = keys[-1][:-2] + "i"
    return tuple(keys)


_MASCULINE_OI = re.compile(r"[^aeiou]oi$")


@lru_cache(maxsize=1)
def _men_keys() -> frozenset[str]:
    return frozenset("#" + group[0].lower() for group in load_toml("aliases/first_names.toml")["variants"])


# -- the index --------------------------------------------------------------------------

@dataclass(slots=True)
class _Index:
    trie: dict[str, Any]
    persons: dict[tuple[str, ...], str]  # person_key → canonical name
    outlets: frozenset[str]
    types: dict[str, str]  # canonical name → entity type
    contextual_default: str


def _case_of(surface: str) -> str:
    first = _TOKEN.search(surface)
    word = first.group(0) if first else ""
    if len(word) > 1 and word.isupper():
        return "upper"
    return "title" if word[:1].isupper() else "any"


def _add(index: _Index, surface: str, alias: Alias) -> None:
    node = index.trie
    tokens = _TOKEN.findall(normalize(surface))
    if not tokens:
        return
    for tok in tokens:
        node = node.setdefault(_alias_key(tok), {})
    entries = node.setdefault(_END, [])
    if all(e.name != alias.name or e.case != alias.case for e in entries):
        entries.append(alias)
    if alias.kind == "person":
        index.persons.setdefault(person_key(surface), alias.name)


@lru_cache(maxsize=1)
def _person_surfaces() -> dict[str, tuple[str, ...]]:
    return {rec["name"]: tuple(rec["aliases"]) for rec in load_toml("aliases/officials.toml")["person"]}


def known_people() -> dict[str, tuple[str, ...]]:
    """Every known person of the alias table with the spellings it gives them."""
    return _person_surfaces()


def person_aliases(name: str) -> tuple[str, ...]:
    """The spellings the alias table gives a known person ("Захарова", "Мария Захарова")."""
    return _person_surfaces().get(name, ())


def _entries() -> Iterator[tuple[str, str, list[str]]]:
    """(kind, canonical name, surfaces) for every entry, in priority order."""
    for name, aliases in _person_surfaces().items():
        yield "person", name, [name, *aliases]
    for rec in load_toml("aliases/institutions.toml")["institution"]:
        yield "institution", rec["name"], [rec["name"], *rec["aliases"]]
    for rec in load_toml("aliases/outlets.toml")["outlet"]:
        yield "outlet", rec["name"], [rec["name"], *rec["aliases"]]
    yield from _place_entries()
    groups = load_toml("gazetteer/groups.toml")
    for kind in ("group", "nationality"):
        for rec in groups.get(kind, []):
            yield kind, rec["name"], [rec["name"], *rec["aliases"]]


def _place_entries() -> Iterator[tuple[str, str, list[str]]]:
    for rec in load_toml("gazetteer/places.toml")["place"]:
        # ("match_name = false": the English name is also a given name, "Jordan")
        yield "place", rec["name"], [*([rec["name"]] if rec.get("match_name", True) else []), *rec["aliases"]]
    for rec in load_toml("gazetteer/cities.toml")["place"]:
        yield "place", rec["name"], [rec["name"], *rec["aliases"]]
    for rec in load_json("gazetteer/ru_subjects.json"):
        yield "place", rec["name"], [rec["name"], *_subject_variants(rec), *rec["aliases"],
                                      *rec["ru"], *(v for ru in rec["ru"] for v in ukrainian_forms(ru))]
    yield from _pycountry_countries()


# Russian spellings Ukrainian writes otherwise, in the names of Russia's federal subjects:
# the adjective ending (-ская → -ська, "Воронежская" → "Воронезька", "Оренбургская" →
# "Оренбурзька"), then letters (и → і, ы → и, э → е, ё → ьо); "Белгород" is "Бєлгород",
# in the press often "Білгород"
_UK_ENDINGS = ((r"(?:ж|г)ская\b", "зька"), (r"(?:ж|г)ский\b", "зький"), (r"цкая\b", "цька"),
               (r"цкий\b", "цький"), (r"ская\b", "ська"), (r"ский\b", "ський"), (r"ный\b", "ний"),
               (r"ая\b", "а"))
_UK_SPELLING = str.maketrans({"и": "і", "ы": "и", "э": "е", "ъ": "'", "И": "І", "Э": "Е"})
# Ukrainian keeps "и" in some of these names ("Липецька", "Приморський", "Нижегородська")
_UK_SPELLING_KEPT = str.maketrans({"ы": "и", "э": "е", "ъ": "'", "Э": "Е"})
_UK_WORDS = {"Республика": "Республіка", "Белгород": "Бєлгород"}


def ukrainian_forms(russian: str) -> list[str]:
    """The Ukrainian names of a Russian federal subject, from its Russian name (facts of
    spelling, not a dictionary): "Белгородская область" → "Бєлгородська область",
    "Білгородська область"; "Липецкая область" → "Липецька область" (and "Ліпецька")."""
    forms = []
    for letters in (_UK_SPELLING, _UK_SPELLING_KEPT):
        out = []
        for word in russian.split():
            for pattern, ending in _UK_ENDINGS:
                new = re.sub(pattern, ending, word)
                if new != word:
                    word = new[:len(new) - len(ending)].translate(letters) + ending
                    break
            else:
                word = word.translate(letters)
            out.append(word.replace("ё", "ьо").replace("Ё", "Йо"))
        name = " ".join(out)
        for ru, uk in _UK_WORDS.items():
            name = name.replace(ru.translate(letters), uk).replace(ru, uk)
        forms += [name] + ([name.replace("Бєлгород", "Білгород")] if "Бєлгород" in name else [])
    return [f for f in dict.fromkeys(forms) if f != russian]


def _subject_variants(rec: dict[str, Any]) -> list[str]:
    """The English ways reports write a subject's kind: "Voronezh region", "Perm Territory"."""
    name, kind = rec["name"], rec["kind"]
    for suffix in (" Oblast", " Krai", " Autonomous Okrug"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            extra = ["Territory"] if kind == "krai" else ["Province"] if kind == "oblast" else []
            return [f"{base} {word}" for word in ("region", "Region", "oblast", *extra)]
    return [f"Republic of {name}"] if kind == "republic" else []


def _pycountry_countries() -> Iterator[tuple[str, str, list[str]]]:
    """Every country under its English common name, with its Russian and Ukrainian names
    from pycountry's translations ("Кения", "Кенія"; case forms meet them by stem). A
    country the hand list names keeps that entry's canonical name; names that are also
    given names or common words are left out (they would turn "Jordan" or "Того" into a place)."""
    import pycountry

    places = load_toml("gazetteer/places.toml")
    skip = set(places.get("skip_countries", [])) | set(places.get("skip_country_names", []))
    hand = _hand_places()
    for country in pycountry.countries:
        english = _english_country_names(country)
        if not english or english[0] in skip:
            continue
        name = next((hand[n.lower()] for n in english if n.lower() in hand), english[0])
        translated = [t for t in _translations(english) if t not in skip]
        yield "place", name, [*english, *translated]


def _english_country_names(country) -> list[str]:
    """Common name first; "Palestine, State of" read as "Palestine"; names with a comma
    whose head is shared ("Korea, Republic of") or with brackets are left to the hand list."""
    out = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if value and "(" not in value:
            head = value.split(",")[0] if "," in value else value
            if "," not in value or head in _unique_comma_heads():
                out.append(head)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _unique_comma_heads() -> frozenset[str]:
    import pycountry

    heads = [c.name.split(",")[0] for c in pycountry.countries if "," in c.name]
    return frozenset(h for h in heads if heads.count(h) == 1)


def _translations(english: list[str]) -> list[str]:
    out = []
    for catalogue in _country_catalogues():
        for name in english:
            translated = catalogue.gettext(name)
            if translated != name:
                out.append(translated)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _country_catalogues() -> tuple:
    import gettext

    import pycountry

    return tuple(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                     fallback=True) for lang in ("ru", "uk"))


@lru_cache(maxsize=1)
def _hand_places() -> dict[str, str]:
    """Lower-cased surface → canonical name of the hand-listed places."""
    return {surface.lower(): rec["name"] for rec in load_toml("gazetteer/places.toml")["place"]
            for surface in (rec["name"], *rec["aliases"])}


@lru_cache(maxsize=1)
def _index() -> _Index:
    context = load_toml("aliases/institutions.toml")["context"]
    index = _Index({}, {}, frozenset(), {}, context["default"])
    outlets = set()
    for kind, name, surfaces in _entries():
        alias_by_case: dict[str, Alias] = {}
        for surface in surfaces:
            case = _case_of(surface)
            alias = alias_by_case.setdefault(case, Alias(name, kind, case))
            _add(index, surface, alias)
        index.types.setdefault(name, _TYPES[kind])
        if kind == "outlet":
            outlets.add(name)
    for surface in context["unqualified"]:
        _add(index, surface, Alias(context["default"], "contextual", _case_of(surface)))
    index.outlets = frozenset(outlets)
    return index


# -- scanning ---------------------------------------------------------------------------

class _Tokens(NamedTuple):
    """A text's word tokens as parallel lists (a body has hundreds, made on every scan:
    one tuple per token cost more than the scan itself)."""

    spans: list[tuple[int, int]]
    words: list[str]
    keys: list[tuple[str, ...]]


def _tokens(text: str) -> _Tokens:
    words = _TOKEN.findall(text)
    return _Tokens([m.span() for m in _TOKEN.finditer(text)], words, list(map(token_keys, words)))


def _case_ok(alias: Alias, word: str) -> bool:
    if word.islower() and alias.name in lowercase_names() and CYRILLIC.search(word):
        return True  # "росія", "путін": spelt small on purpose (aliases/lowercase.toml)
    if alias.case == "upper":
        return word.isupper()
    if alias.case == "title":
        return word[:1].isupper()
    return True


@lru_cache(maxsize=1)
def lowercase_names() -> frozenset[str]:
    """The names Ukrainian reporting spells small on purpose ("путін", "росія")."""
    return frozenset(load_toml("aliases/lowercase.toml")["names"])


def _longest(text: str, toks: _Tokens, i: int, check_case: bool) -> tuple[int, Alias] | None:
    """The longest alias starting at token ``i``: (index of its last token, alias)."""
    states, best = [_index().trie], None
    spans, keys = toks.spans, toks.keys
    for j in range(i, len(spans)):
        if j > i and not _GAP.fullmatch(text, spans[j - 1][1], spans[j][0]):
            break
        states = [node[k] for node in states for k in keys[j] if k in node]
        if not states:
            break
        for node in states:
            for alias in node.get(_END, ()):
                if not check_case or _case_ok(alias, toks.words[i]) or (
                        j > i and toks.words[j][:1].isupper() and toks.words[i].islower()
                        and alias.name in _up_to_country()):
                    best = (j, alias)
                    break
    return best


@lru_cache(maxsize=1)
def _up_to_country() -> frozenset[str]:
    return frozenset(load_toml("aliases/lowercase.toml").get("up_to_country", []))


def scan(text: str) -> list[Match]:
    """Every alias and gazetteer name in ``text``, longest match first, left to right."""
    found = list(_TOKEN.finditer(text))
    words = [m.group() for m in found]
    keys = list(map(token_keys, words))
    first = _index().trie.keys()
    out: list[Match] = []
    if all(first.isdisjoint(k) for k in keys):  # most texts' words start no name
        return out
    toks = _Tokens([m.span() for m in found], words, keys)
    i = 0
    while i < len(keys):
        if first.isdisjoint(keys[i]):  # most words start no name
            i += 1
            continue
        hit = _longest(text, toks, i, check_case=True)
        if hit is None:
            i += 1
            continue
        last, alias = hit
        out.append(Match((toks.spans[i][0], toks.spans[last][1]), alias))
        i = last + 1
    return out


# -- look-ups ---------------------------------------------------------------------------

_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"['’]s?$")


def clean_name(name: str) -> str:
    """A surface name without surrounding punctuation, a leading "the" or a trailing "'s"."""
    out = normalize(name).strip(" \t\n.,;:!?\"'()[]")
    out = _POSSESSIVE.sub("", _LEADING_THE.sub("", out))
    return out.strip()


@lru_cache(maxsize=8192)  # the same names are asked for again and again, per sentence
def lookup(name: str) -> Alias | None:
    """The alias entry that ``name`` spells in full, if any (case-insensitive)."""
    # the words re-spaced by single blanks, so gaps inside a bare name always pass
    toks = _tokens(" ".join(_TOKEN.findall(clean_name(name))))
    if not toks.words:
        return None
    hit = _longest(" ".join(toks.words), toks, 0, check_case=False)
    if hit and hit[0] == len(toks.words) - 1:
        return hit[1]
    return None


def known_person(name: str) -> str | None:
    """The canonical name of a person in the alias table that ``name`` spells, in any script."""
    alias = lookup(name)
    if alias and alias.kind == "person":
        return alias.name
    return _index().persons.get(person_key(clean_name(name)))


@lru_cache(maxsize=8192)  # the same names are asked for again and again, per sentence
def canonical_name(name: str) -> str:
    """The canonical name of ``name``: from the alias table or gazetteer, else cleaned."""
    alias = lookup(name)
    if alias:
        return alias.name
    return (known_person(name) or _government(name) or _foreign_ministry(name)
            or _oblast_administration(name) or _commissariat(name) or clean_name(name))


_REGIONAL_ADMINISTRATION = re.compile(r"(?:the\s+)?([A-Z][\w'-]+)\s+(?:Regional|Oblast)\s+(Military|State)\s+"
                                      r"Administration", re.IGNORECASE)


def _oblast_administration(name: str) -> str | None:
    """ "Kherson Regional Military Administration" → "Kherson Oblast Military Administration":
    one name for a Ukrainian oblast's administration, as the entities stage names it (English
    reports call it either)."""
    m = _REGIONAL_ADMINISTRATION.fullmatch(name.strip())
    return f"{m.group(1)[:1].upper()}{m.group(1)[1:]} Oblast {m.group(2).title()} Administration" if m else None


_COMMISSARIAT_OF = re.compile(r"(?:the\s+)?military\s+commissariat\s+of\s+(?:the\s+)?(.+)", re.IGNORECASE)


def _commissariat(name: str) -> str | None:
    """ "Military Commissariat of Astrakhan Oblast" → "Astrakhan Oblast Military
    Commissariat": one name for a place's military commissariat, as the entities stage
    names it (reports and annotators write either)."""
    m = _COMMISSARIAT_OF.fullmatch(name.strip())
    return f"{m.group(1)} Military Commissariat" if m else None


def _government(name: str) -> str | None:
    """ "the Sri Lankan government" → "Government of Sri Lanka": one name for a country's
    government, however a report words it (not an entity of its own: a common noun with a
    nationality adjective, tests/gold/README.md)."""
    m = re.fullmatch(r"(?:the\s+)?(.+?)\s+government", name.strip(), re.IGNORECASE)
    country = _countries_by_demonym().get(m.group(1).casefold()) if m else None
    if country is None:
        return None
    return table_name(f"Government of {country}")


_MFA_OF = re.compile(r"(?:the\s+)?ministry\s+of\s+foreign\s+affairs\s+(?:of\s+(?:the\s+)?(.+)|\((.+)\))",
                     re.IGNORECASE)
_MFA_CYRILLIC = re.compile(r"(?:министерств\w* иностранных дел|мид|міністерств\w* закордонних справ|мзс)"
                           r"(?:\s*\((?:мид|мзс)\))?\s+(\w[\w-]*)", re.IGNORECASE)
_MFA_ADJ = re.compile(r"(?:the\s+)?(.+?)\s+(?:ministry\s+of\s+foreign\s+affairs|foreign\s+ministry)", re.IGNORECASE)


def _foreign_ministry(name: str) -> str | None:
    """ "Ministry of Foreign Affairs of Ukraine", "the Cuban Foreign Ministry" → "Ministry of
    Foreign Affairs (Ukraine)": one name for a country's foreign ministry, as the entities
    stage names it (the table's spelling where it has one)."""
    from recruitwatch.regions.places import country

    m = _MFA_OF.fullmatch(name.strip())
    place = (m.group(1) or m.group(2)) if m else None
    if place is None:
        m = _MFA_ADJ.fullmatch(name.strip())
        place = _countries_by_demonym().get(m.group(1).casefold()) if m else None
    if place is None and (m := _MFA_CYRILLIC.fullmatch(name.strip())):
        # "Министерство иностранных дел (МИД) Индии": the country in the genitive
        alias = lookup(m.group(1))
        place = alias.name if alias is not None and alias.kind == "place" else None
    found = country(place) if place else None
    if found is None:
        return None
    return table_name(f"Ministry of Foreign Affairs ({found.name})")


def table_name(name: str) -> str:
    """``name`` as the alias table spells it, or as it is where the table lacks it (a body
    named by a pattern: "Government of Nepal", "Parliament of Kenya")."""
    alias = lookup(name)
    return alias.name if alias else name


@lru_cache(maxsize=1)
def _countries_by_demonym() -> dict[str, str]:
    data = load_toml("lexicon/claims_embassies.toml")
    return {demonym.casefold(): country for country, demonym in data["demonyms"].items()}


def canonical_type(name: str) -> str | None:
    """PERSON, ORG, PLACE or GROUP when the alias table or gazetteer knows ``name``."""
    alias = lookup(name)
    if alias:
        return alias.type
    return "PERSON" if known_person(name) else None


def find_places(text: str) -> list[tuple[Span, str]]:
    """Gazetteer places in ``text`` as (span, canonical English name)."""
    return [(m.span, m.alias.name) for m in scan(text) if m.alias.kind == "place"]


# a site's domain names an outlet ("72.ru", "ugra-news.ru")
_SITE = re.compile(r"(?:[a-z0-9][a-z0-9-]*\.)+(?:ru|ua|com|net|org|info|media|news|by|kz|su|tv|fm|io|рф)",
                   re.IGNORECASE)


@lru_cache(maxsize=1)
def _outlet_parents() -> dict[str, str]:
    return {rec["name"]: rec["parent"] for rec in load_toml("aliases/outlets.toml")["outlet"] if "parent" in rec}


def publisher_names(outlet: str, parent: bool = True) -> frozenset[str]:
    """The names an outlet publishes under: its own, its canonical name and, with
    ``parent``, its parent's (the BBC for its Russian Service), so that a report never
    relays itself."""
    key = canonical_name(outlet) or outlet
    names = {outlet, key}
    if parent and key in _outlet_parents():
        names.add(_outlet_parents()[key])
    return frozenset(names)


def is_outlet(name: str) -> bool:
    """True for news outlets and agencies of the alias table (RFE/RL, Verstka, ТАСС, ...)
    and for sites named by their domain."""
    return canonical_name(name) in _index().outlets or _SITE.fullmatch(name) is not None


def site_pattern() -> re.Pattern[str]:
    """What a site's domain looks like, for the entity rules."""
    return _SITE
