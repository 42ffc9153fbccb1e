"""Masking the names of private individuals on export.

A person is public when the alias table knows them (officials, commanders, public
figures); any other PERSON entity is treated as a private individual quoted in a report
(a migrant telling his story) and masked. Masks keep the length of the name, so every
span into the body stays valid.
"""

from __future__ import annotations

from dataclasses import replace

from recruitwatch.extract.canon import known_person
from recruitwatch.model import Document, Entity

MASK = "█"


def private_persons(doc: Document) -> list[Entity]:
    return [e for e in doc.entities if e.type == "PERSON" and known_person(e.name) is None]


def redact_private(doc: Document) -> Document:
    """A copy of ``doc`` with private persons' mentions masked in the body and their names
    replaced in entities and claims."""
    private = private_persons(doc)
    if not private:
        return doc
    body = list(doc.body)
    labels: dict[str, str] = {}
    for n, entity in enumerate(private, start=1):
        labels[entity.name] = f"[private person {n}]"
        for start, end in entity.mentions:
            body[start:end] = [c if c.isspace() else MASK for c in body[start:end]]
    entities = [replace(e, name=labels.get(e.name, e.name)) for e in doc.entities]
    claims = [replace(c, speaker=labels.get(c.speaker, c.speaker),
                      via=[labels.get(v, v) for v in c.via]) for c in doc.claims]
    measures = [replace(m, actor=labels.get(m.actor, m.actor)) for m in doc.measures]
    return replace(doc, body="".join(body), entities=entities, claims=claims, measures=measures)
