"""Masking the names of private individuals on export.

A person is public when the alias table knows them (officials, commanders, public
figures) or when a role stands next to a mention of their name ("Vice Admiral ...",
"..., who heads the NGO", "губернатор ..."): roles are data (data/redact.toml). Any other
PERSON is treated as a private individual quoted in a report (a migrant telling his story):
every occurrence of each part of the name is masked, not only the mentions the entity
stage found. Masks keep the length of the name, so every span into the body stays valid.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from recruitwatch.extract.canon import known_person
from recruitwatch.model import Document, Entity
from recruitwatch.resources import load_toml

MASK = "█"
_MIN_PART = 3  # name parts shorter than this (initials) are not searched on their own


def private_persons(doc: Document) -> list[Entity]:
    return [e for e in doc.entities
            if e.type == "PERSON" and known_person(e.name) is None and not _has_role(doc.body, e)]


def redact_private(doc: Document) -> Document:
    """A copy of ``doc`` with private persons masked in the body and their names replaced
    in entities, claims and measures."""
    private = private_persons(doc)
    if not private:
        return doc
    body = list(doc.body)
    labels: dict[str, str] = {}
    for n, entity in enumerate(private, start=1):
        labels[entity.name] = f"[private person {n}]"
        for start, end in _name_spans(doc.body, entity):
            body[start:end] = [c if c.isspace() else MASK for c in body[start:end]]
    entities = [replace(e, name=labels.get(e.name, e.name)) for e in doc.entities]
    claims = [replace(c, speaker=labels.get(c.speaker, c.speaker),
                      via=[labels.get(v, v) for v in c.via]) for c in doc.claims]
    measures = [replace(m, actor=labels.get(m.actor, m.actor)) for m in doc.measures]
    return replace(doc, body="".join(body), entities=entities, claims=claims, measures=measures)


def _name_spans(body: str, entity: Entity) -> list[tuple[int, int]]:
    """The entity's mentions plus every other occurrence of its name parts (and their
    inflected forms: a part is matched as a word prefix)."""
    words = {w for start, end in entity.mentions for w in re.findall(r"\w+", body[start:end])}
    words |= set(re.findall(r"\w+", entity.name))
    parts = sorted((w for w in words if len(w) >= _MIN_PART and w[0].isupper()), key=len, reverse=True)
    spans = list(entity.mentions)
    if parts:
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, parts)) + r")\w*")
        spans += [m.span() for m in pattern.finditer(body)]
    return spans


def _has_role(body: str, entity: Entity) -> bool:
    roles, window = _roles()
    for start, end in entity.mentions:
        before = re.split(r"[.!?\n]", body[max(0, start - window):start])[-1]
        after = re.split(r"[.!?\n]", body[end:end + window])[0]
        if roles.search(before + " " + after):  # within the mention's own sentence
            return True
    return False


@lru_cache(maxsize=1)
def _roles() -> tuple[re.Pattern, int]:
    data = load_toml("redact.toml")
    words = sorted({w for lang in data["roles"].values() for w in lang}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")", re.IGNORECASE), data["window"]
