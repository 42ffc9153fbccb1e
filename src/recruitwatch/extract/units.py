"""Military formations named in Russian and Ukrainian ("25-я общевойсковая армия",
"71-го гвардійського мотострілецького полку") and their English names.

The models seldom tag a numbered formation as an organisation; reports on recruitment
name the units new recruits are sent to, so the rules find them: an ordinal number, the
qualifiers English puts before the noun (Guards, Separate, Motor Rifle), the formation
noun, and what follows it ("морской пехоты"). A Russian army named by its number alone
takes its full name from the table of combined arms armies (data/aliases/units.toml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from recruitwatch.resources import load_toml

__all__ = ["is_formation", "unit_mentions"]


@dataclass(frozen=True, slots=True)
class _Table:
    pattern: re.Pattern
    nouns: dict[str, str]
    qualifiers: dict[str, str]
    after: dict[str, str]
    armies: dict[int, str]
    initials: re.Pattern  # the ordinals before a formation's initials, a list of them too
    initial_names: dict[str, str]


def unit_mentions(body: str) -> list[tuple[int, int, str]]:
    """(start, end, English name) of every numbered formation in ``body``."""
    t = _table()
    out = []
    for m in t.pattern.finditer(body):
        number = int(m.group("n"))
        words = m.group("q").split() if m.group("q") else []
        qualifiers = [q for w in words if (q := _stem_value(t.qualifiers, w))]
        noun = _stem_value(t.nouns, m.group("noun"))
        if noun is None or len(qualifiers) != len(words) or (noun == "Battalion" and not qualifiers):
            continue  # (a bare "3-й батальон" names no unit anyone could look up)
        tail = next((v for k, v in t.after.items() if m.group("after") and m.group("after").lower() == k), None)
        if noun == "Army" and not qualifiers and number in t.armies and not tail:
            name = t.armies[number]  # "25-я армия": Russia's 25th Combined Arms Army
        else:
            name = " ".join([_ordinal(number), *dict.fromkeys(qualifiers), *([tail] if tail else []), noun])
        out.append((m.start(), m.end(), name))
    for m in t.initials.finditer(body):
        # "24-й, 47-й и 93-й ОМБр": each ordinal of the list is a brigade of its own
        name = t.initial_names[m.group("abbr")]
        for n in _ORDINAL.finditer(body, m.start(), m.start("abbr")):
            end = m.end() if n.end() == m.start("gap") else n.end()
            out.append((n.start(), end, f"{_ordinal(int(n.group(1)))} {name}"))
    return sorted(out)


_ORDINAL_END = r"[-‑–][а-яіїєґ]{1,3}"  # the ending after an ordinal's digits: "25-я", "71-го"
_ORDINAL = re.compile(rf"(\d{{1,3}}){_ORDINAL_END}(?!\w)")


_FORMATION = re.compile(r"\d+(?:st|nd|rd|th) ")


def is_formation(name: str) -> bool:
    """Whether a canonical name is a numbered formation's ("71st Regiment")."""
    return bool(_FORMATION.match(name))


def _stem_value(table: dict[str, str], word: str) -> str | None:
    low = word.lower()
    return next((v for k, v in table.items() if low.startswith(k)), None)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = load_toml("aliases/units.toml")
    stems = lambda keys: "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))  # noqa: E731
    word = rf"(?:{stems(data['qualifiers'])})[\w-]*"
    pattern = re.compile(
        rf"(?<![\w-])(?P<n>\d{{1,3}}){_ORDINAL_END}\s+"  # an ordinal: "25-я", "71-го"
        rf"(?P<q>(?:{word}\s+){{0,3}})"
        rf"(?P<noun>(?:{stems(data['nouns'])})\w*)"
        rf"(?:\s+(?P<after>{stems(data['after'])}))?(?!\w)",
        re.IGNORECASE)
    ordinal = rf"\d{{1,3}}{_ORDINAL_END}"
    initials = re.compile(
        rf"(?<![\w-]){ordinal}(?:(?:,[ \t]*|[ \t]+(?:и|і|та|й)[ \t]+){ordinal})*(?P<gap>[ \t]+)"
        rf"(?P<abbr>{stems(data['initials'])})(?!\w)")
    return _Table(pattern, data["nouns"], data["qualifiers"], data["after"],
                  {int(k): v for k, v in data["russian_armies"].items()}, initials, data["initials"])
