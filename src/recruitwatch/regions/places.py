"""Where a place lies: a Russian federal subject, an occupied Ukrainian territory, or a
foreign country. The facts live in ``data/gazetteer/regions.toml``; names are read the
way the entity gazetteer reads them (``extract.canon``: any script, any case form).

1. the name is looked up as written, then without its leading preposition or word of
   position ("North Korea" before "Korea", "в Башкирии" → "Башкирии");
2. each form is looked up in the entity gazetteer ("в Башкирии" → "Bashkortostan",
   "Уфа" → "Ufa"), else in the extra places of regions.toml, by the same stem keys;
3. its canonical name is placed: a federal subject itself, a town inside one, an
   occupied territory or a place inside it, a Ukrainian-held place, a foreign city,
   or a country;
4. a Cyrillic name still unplaced is matched by its skeleton: Ukrainian spelling folded
   into Russian and the case ending cut ("Алтайського краю" = "Алтайский край",
   "Грозного" = "Грозный", "Олешках" = "Олешки").

``resolve_mention`` reads one mention in its sentence: a capital written as the state
("Moscow sent troops", "asked Moscow to") is the country, a city named among regions
("regions like Kherson and Zaporizhzhia") is the oblast of its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from recruitwatch.extract import canon
from recruitwatch.resources import load_json, load_toml
from recruitwatch.text import CYRILLIC

__all__ = ["Region", "country", "occupied_territories", "resolve_mention", "resolve_place", "subject",
           "subjects"]

SUBJECT, OCCUPIED, COUNTRY, AREA = "subject", "occupied", "country", "region"
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Region:
    kind: str  # subject | occupied | country | region (a larger area: "Siberia", "Central Asia")
    name: str  # official English name of the subject, the territory, or the country
    code: str  # ISO 3166-2 ("RU-BA", "UA-43") or ISO 3166-1 alpha-2 for a country
    tile: tuple[int, int] | None = None  # (column, row) on the tile-grid map
    short: str = ""  # the square's label

    @property
    def label(self) -> str:
        """The form the gold set and exports use: "Republic of Bashkortostan",
        "occupied:Crimea", "country:Kazakhstan"."""
        return self.name if self.kind == SUBJECT else f"{self.kind}:{self.name}"


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_toml("gazetteer/regions.toml")


@lru_cache(maxsize=1)
def subjects() -> tuple[Region, ...]:
    """Russia's federal subjects, in the order of their ISO codes."""
    return tuple(Region(SUBJECT, s["name"], s["code"], tuple(s["tile"]), s["code"][3:])
                 for s in _data()["subject"])


@lru_cache(maxsize=1)
def occupied_territories() -> tuple[Region, ...]:
    return tuple(Region(OCCUPIED, o["name"], o["code"], tuple(o["tile"]), o["short"])
                 for o in _data()["occupied"])


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Region]:
    return {r.code: r for r in (*subjects(), *occupied_territories())}


def subject(code: str) -> Region | None:
    """The federal subject or occupied territory with this code ("RU-BA", "ru-ba")."""
    return _by_code().get(code.upper())


@lru_cache(maxsize=1)
def _placed() -> dict[str, Region]:
    """Canonical place name → where it lies."""
    data, codes = _data(), _by_code()
    out: dict[str, Region] = {}
    for rec in load_json("gazetteer/ru_subjects.json"):
        out[rec["name"]] = codes[rec["code"]]
    for rec in data["subject"]:
        out[rec["name"]] = codes[rec["code"]]
    for name, code in data["within"].items():
        out[name] = codes[code]
    for rec in data["place"]:
        out[rec["name"]] = codes[rec["subject"]] if "subject" in rec else country(rec["country"])
    for rec in data["occupied"]:
        for name in (rec["name"], *rec["places"]):
            out[name] = codes[rec["code"]]
    for name, code in data.get("occupied_aliases", {}).items():
        out[name] = codes[code]
    ukraine = country("Ukraine")
    for name in data["ukraine"]["places"]:
        out.setdefault(name, ukraine)
    for name, state in data["abroad"].items():
        out[name] = country(state)
    return out


@lru_cache(maxsize=4096)
def extra_place(name: str) -> str | None:
    """The canonical name of a town or province of this gazetteer's own list (origin
    countries, occupied territory) that ``name`` spells, in any case form; else None."""
    return next((_extra_names()[k] for k in _keys(name) if k in _extra_names()), None)


@lru_cache(maxsize=1)
def _extra_names() -> dict[tuple[str, ...], str]:
    """Stem keys of the extra places' spellings → canonical name."""
    out: dict[tuple[str, ...], str] = {}
    for rec in _data()["place"]:
        for surface in (rec["name"], *rec["aliases"]):
            out[_key(surface)] = rec["name"]
    for rec in _data()["subject"]:
        out[_key(rec["name"])] = rec["name"]
    return out


def _keys(text: str) -> list[tuple[str, ...]]:
    """Every stem key the words may stand for (case forms, Ukrainian alternations), up to
    three words."""
    import itertools

    words = _TOKEN.findall(canon.clean_name(text))
    if not words or len(words) > 3:
        return [_key(text)]
    return [tuple(k) for k in itertools.product(*(canon.token_keys(w) for w in words))]


def _key(text: str) -> tuple[str, ...]:
    return tuple(canon.stem(t) for t in _TOKEN.findall(canon.clean_name(text)))


@lru_cache(maxsize=1 << 14)
def resolve_place(name: str) -> Region | None:
    """Where the place ``name`` (any script, any case form, canonical or as written) lies;
    None for what is no place or no single country ("Africa", "Central Asia"). A leading
    preposition ("в Башкирии") and a bracketed alternative ("Саха (Якутия)") are read past."""
    forms = _forms(name)
    for form in forms:
        found = _resolve(form)
        if found is not None:
            return found
    for form in forms:
        found = _skeletons().get(_skeleton(form))
        if found is not None:
            return found
    return None


_BRACKETS = re.compile(r"\s*[(\[]([^)\]]*)[)\]]\s*")


def _forms(name: str) -> list[str]:
    """The name as written, then with each leading preposition or word of position dropped
    in turn ("North Korea" is a country before "Korea" is tried), then a bracketed
    alternative apart."""
    words = name.split()
    forms = [" ".join(words)]
    while len(words) > 1 and words[0].lower() in _prepositions():
        words = words[1:]
        forms.append(" ".join(words))
    inner = _BRACKETS.search(forms[-1])
    if inner:
        forms += [_BRACKETS.sub(" ", forms[-1]).strip(), inner.group(1)]
    return forms


@lru_cache(maxsize=1)
def _areas() -> dict[tuple[str, ...], str]:
    return {_key(surface): name for name, surfaces in _data()["areas"].items() for surface in surfaces}


@lru_cache(maxsize=1)
def _prepositions() -> frozenset[str]:
    return frozenset(_data()["prepositions"])


def _resolve(name: str) -> Region | None:
    area = next((_areas()[k] for k in _keys(name) if k in _areas()), None)
    if area is not None:
        return Region(AREA, area, "")
    alias = canon.lookup(name)
    if alias is not None and alias.kind == "place":
        canonical = alias.name
    else:
        canonical = next((_extra_names()[k] for k in _keys(name) if k in _extra_names()),
                         canon.clean_name(name))
    placed = _placed().get(canonical)
    if placed is not None:
        return placed
    return country(canonical)


# -- skeletons: Cyrillic names matched across Ukrainian and Russian spelling and case ---------

# Ukrainian letters read as their Russian counterparts, soft signs and apostrophes dropped
# ("Алтайського" and "Алтайского", "Бурятії" and "Бурятии" meet).
_FOLD = str.maketrans({"ы": "и", "і": "и", "ї": "и", "є": "е", "э": "е", "ё": "е", "ь": None,
                       "ъ": None, "'": None, "’": None, "ʼ": None})
_VOWELS = "аеиоуюяй"
_SKELETON_MIN = 4  # a shorter skeleton ("кр" of "край" aside) names too many places


def _skeleton(name: str) -> tuple[str, ...] | None:
    """The name's words folded and cut to their bare stems; None for a name with no
    Cyrillic word long enough to tell places apart."""
    words = _TOKEN.findall(name.lower())
    if not words or len(words) > 4 or not CYRILLIC.search(name):
        return None
    out = tuple(_bare(w) for w in words)
    return out if max(len(w) for w in out) >= _SKELETON_MIN else None


def _bare(word: str) -> str:
    if not CYRILLIC.search(word):
        return word
    w = word.translate(_FOLD)
    for end in _endings():
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            break
    return w.rstrip(_VOWELS) or w


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    """Case endings of Russian and Ukrainian nouns and adjectives (folded), longest first."""
    return tuple(sorted(_data()["skeleton_endings"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _skeletons() -> dict[tuple[str, ...], Region]:
    """Skeleton of every Russian and Ukrainian spelling the gazetteers give → its region; a
    skeleton two regions share is left out."""
    out: dict[tuple[str, ...], Region] = {}
    clash: set[tuple[str, ...]] = set()
    for surface, region in _cyrillic_surfaces():
        key = _skeleton(surface)
        if key is None or region is None:
            continue
        if out.setdefault(key, region) != region:
            clash.add(key)
    return {k: v for k, v in out.items() if k not in clash}


def _cyrillic_surfaces():
    """(spelling, region) of the subjects, the extra places and the entity gazetteer's places."""
    from recruitwatch.resources import load_toml as toml

    for rec in load_json("gazetteer/ru_subjects.json"):
        for surface in rec["ru"]:
            yield surface, _by_code()[rec["code"]]
    for rec in _data()["place"]:
        for surface in rec["aliases"]:
            yield surface, _placed()[rec["name"]]
    for path in ("gazetteer/places.toml", "gazetteer/cities.toml"):
        for rec in toml(path)["place"]:
            region = _placed().get(rec["name"]) or country(rec["name"])
            for surface in rec.get("aliases", []):
                yield surface, region


# -- one mention read in its sentence ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Context:
    capitals: dict[str, str]  # code of a capital's subject → the country it stands for
    state_after: re.Pattern  # what follows a capital written as the state
    state_before: re.Pattern  # what precedes it
    city: re.Pattern  # words of its sentence that keep it the city
    located: re.Pattern  # a preposition of place right before it: the city
    region_list: re.Pattern  # words before a place that call it a region


@lru_cache(maxsize=1)
def _context() -> _Context:
    data = _data()["mention"]
    either = lambda patterns: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)  # noqa: E731
    return _Context(dict(data["capitals"]), either(data["state_after"]), either(data["state_before"]),
                    either(data["city"]), either(data["located"]), either(data["region_list"]))


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def resolve_mention(text: str, start: int, end: int, name: str | None = None) -> Region | None:
    """Where the place written at ``text[start:end]`` lies, read in its sentence: "Moscow"
    is the country when the sentence makes it the state that acts ("Moscow intends to
    enlist", "had asked Moscow to"), and a city named in a list of regions ("regions like
    Donetsk, Kherson") is the oblast of that name. ``name`` is its canonical name, if known."""
    region = resolve_place(name or text[start:end])
    if region is None:
        return None
    before, after = _sentence_around(text, start, end)
    ctx = _context()
    if region.code in ctx.capitals and _as_state(before, after, ctx):
        return country(ctx.capitals[region.code])
    if ctx.region_list.search(before):
        oblast = resolve_place(f"{name or text[start:end]} Oblast")
        if oblast is not None and oblast.kind in (SUBJECT, OCCUPIED):
            return oblast
    return region


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    head = text[max(0, start - 200):start]
    cut = [m.end() for m in _SENTENCE_END.finditer(head)]
    tail = text[end:end + 200]
    stop = _SENTENCE_END.search(tail)
    return head[cut[-1] if cut else 0:], tail[:stop.start() if stop else len(tail)]


def _as_state(before: str, after: str, ctx: _Context) -> bool:
    if ctx.located.search(before) or ctx.city.search(before + " " + after):
        return False
    return bool(ctx.state_after.match(after) or ctx.state_before.search(before))


@lru_cache(maxsize=512)
def country(name: str) -> Region | None:
    """The country ``name`` names (English common or ISO name), as a Region."""
    import pycountry

    if not name:
        return None
    code = _data()["country_codes"].get(name, name)
    try:
        found = pycountry.countries.lookup(code)
    except LookupError:
        return None
    return Region(COUNTRY, _COMMON.get(found.alpha_2) or getattr(found, "common_name", None)
                  or found.name, found.alpha_2)


# English names where ISO's is a long form nobody writes
_COMMON = {"RU": "Russia", "KP": "North Korea", "KR": "South Korea", "IR": "Iran", "SY": "Syria",
           "VN": "Vietnam", "CD": "Democratic Republic of the Congo", "LA": "Laos",
           "MD": "Moldova", "TZ": "Tanzania", "VE": "Venezuela", "BO": "Bolivia",
           "TR": "Turkey"}
