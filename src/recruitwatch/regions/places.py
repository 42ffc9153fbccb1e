"""Where a place lies: a Russian federal subject, an occupied Ukrainian territory, or a
foreign country. The facts live in ``data/gazetteer/regions.toml``; names are read the
way the entity gazetteer reads them (``extract.canon``: any script, any case form).

1. the name is looked up in the entity gazetteer ("в Башкирии" → "Bashkortostan",
   "Уфа" → "Ufa"), else in the extra places of regions.toml, by the same stem keys;
2. its canonical name is placed: a federal subject itself, a town inside one, an
   occupied territory or a place inside it, a Ukrainian-held place, a foreign city,
   or a country.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from recruitwatch.extract import canon
from recruitwatch.resources import load_json, load_toml

__all__ = ["Region", "country", "occupied_territories", "resolve_place", "subject", "subjects"]

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
        out[rec["name"]] = codes[rec["subject"]]
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
    for form in _forms(name):
        found = _resolve(form)
        if found is not None:
            return found
    return None


_BRACKETS = re.compile(r"\s*[(\[]([^)\]]*)[)\]]\s*")


def _forms(name: str) -> list[str]:
    words = name.split()
    while len(words) > 1 and words[0].lower() in _prepositions():
        words = words[1:]
    name = " ".join(words)
    forms = [name]
    inner = _BRACKETS.search(name)
    if inner:
        forms += [_BRACKETS.sub(" ", name).strip(), inner.group(1)]
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
           "MD": "Moldova", "TZ": "Tanzania", "VE": "Venezuela", "BO": "Bolivia"}
