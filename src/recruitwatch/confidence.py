"""How far to trust one extraction: the measured precision of what produced it.

Each extraction is described by a *path*, a list of features from the general to the
particular, all starting with the report's language and size (a brief post, an article, a
long article): then a quantity's unit, modality, whether it says what it counts and whether
its number is written in digits; a claim's kind of speaker, stance, relay, hedge and the
first word of its cue; a measure's type, groups and places; an entity's type, script and
number of mentions. ``data/calibration.json`` (written by
``benchmarks/calibration.py`` from the gold sets) holds, for every prefix of every path seen
there, how many extractions were right and how many there were.

The confidence of an extraction is the precision of its path, each step shrunk toward the
step before it by ``PRIOR`` pseudo-counts: a path seen three times borrows most of its
figure from the rule it refines instead of claiming 0 or 1 from three cases, and a path never
seen gets its parent's figure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from recruitwatch.model import Claim, Document, Entity, Measure, Quantity
from recruitwatch.resources import load_json

PRIOR = 2.0
# Below this, four or more in ten extractions like it were wrong on the gold sets: the
# explorer marks it low, worth checking before it is quoted.
LOW = 0.6
_DIGIT = re.compile(r"\d")
_LATIN = re.compile(r"[A-Za-z]")


def quantity_path(q: Quantity, lang: str) -> list[str]:
    return [lang, q.unit, q.modality, "counts" if q.counts else "no-counts",
            "digits" if _DIGIT.search(q.text) else "words"]


def claim_path(c: Claim, lang: str) -> list[str]:
    speaker = "anonymous" if c.speaker.startswith("anonymous:") else "named"
    return [lang, speaker, c.stance, "via" if c.via else "direct",
            "hedged" if c.hedged else "plain", _first_word(c.cue)]


def _first_word(cue: str) -> str:
    """The cue's first word (its verb or preposition): the rule that fired, not the text."""
    words = cue.casefold().split()
    return words[0][:24] if words else "-"


def measure_path(m: Measure, lang: str) -> list[str]:
    return [lang, m.type, "groups" if m.groups else "no-groups",
            "places" if m.places else "no-places"]


def entity_path(e: Entity, lang: str) -> list[str]:
    return [lang, e.type, "latin" if _LATIN.search(e.name) else "other-script",
            "repeated" if len(e.mentions) > 1 else "once"]


def paths(doc: Document) -> Iterator[tuple[str, int, list[str]]]:
    """(kind, index in the document's list, path) for every extraction of ``doc``."""
    lang = f"{doc.language or 'und'}-{_size(doc.body)}"
    for kind, fn in (("entity", entity_path), ("quantity", quantity_path),
                     ("claim", claim_path), ("measure", measure_path)):
        for i, item in enumerate(doc.extractions(kind)):
            yield kind, i, fn(item, lang)


def _size(body: str) -> str:
    """Long articles are where extraction goes wrong most (more names, nested relays)."""
    return "brief" if len(body) < 1500 else "article" if len(body) < 5000 else "long"


def keys(kind: str, path: list[str]) -> list[str]:
    """The table keys of a path's prefixes, the kind alone first."""
    return ["/".join([kind, *path[:n]]) for n in range(len(path) + 1)]


def tally(labelled: Iterator[tuple]) -> dict[str, list[float]]:
    """A calibration table from (kind, path, right) or (kind, path, right, weight) tuples:
    key → [right, total], each extraction counted by its weight (1 when none)."""
    right: Counter = Counter()
    total: Counter = Counter()
    for kind, path, ok, *weight in labelled:
        w = weight[0] if weight else 1
        for key in keys(kind, path):
            total[key] += w
            right[key] += w * ok
    return {k: [round(right[k], 3), round(total[k], 3)] for k in sorted(total)}


def precision(table: dict[str, list[int]], kind: str, path: list[str]) -> float:
    """The shrunk precision of ``path`` (see the module docstring)."""
    estimate = 0.5
    for key in keys(kind, path):
        if key not in table:
            break
        right, total = table[key]
        estimate = (right + PRIOR * estimate) / (total + PRIOR)
    return round(estimate, 3)


@lru_cache(maxsize=1)
def calibration() -> dict[str, list[int]]:
    """The shipped table; without one every extraction gets 0.5 (nothing measured)."""
    try:
        return load_json("calibration.json")["table"]
    except FileNotFoundError:
        return {}


def assign_confidence(doc: Document, table: dict[str, list[int]] | None = None) -> Document:
    """Set ``confidence`` on every extraction of ``doc`` (in place; returns ``doc``)."""
    table = calibration() if table is None else table
    for kind, i, path in paths(doc):
        doc.extractions(kind)[i].confidence = precision(table, kind, path)
    return doc
