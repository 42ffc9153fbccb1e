"""Saved alerts: what to look for (the ``facts`` and ``search`` filters, or a built-in kind)
and where to publish what is found (a JSON Lines file, a webhook)."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone

# Built-in kinds beside the plain filter match ("match"):
KINDS = {
    "match": "facts or reports matching the filters",
    "denial": "a new denial of a known assertion or measure",
    "conflict": "a new figure in conflict with a known one for the same counted thing",
    "first_measure": "the first report of a measure type in a place",
}
# What a "match" alert watches: linked facts (quantities, measures), claims, or reports.
TARGETS = ("quantities", "measures", "claims", "documents")
NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


class AlertError(ValueError):
    """An alert that cannot be saved or found; the message says what to do."""


@dataclass(frozen=True, slots=True)
class AlertFilter:
    query: str | None = None  # search words (full-text, Russian and Ukrainian by lemma)
    type: str | None = None  # measure type
    group: str | None = None  # target group
    place: str | None = None  # place (canonical name)
    modality: str | None = None  # quantity modality
    speaker: str | None = None  # claim speaker, denier, or a name on a fact's source chain
    unit: str | None = None  # quantity unit
    min_value: float | None = None  # quantities at least this large
    min_sources: int | None = None  # facts with at least this many independent sources

    def given(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True, slots=True)
class Alert:
    name: str
    kind: str = "match"
    target: str = "documents"
    filters: AlertFilter = field(default_factory=AlertFilter)
    jsonl: str | None = None  # JSON Lines file to append items to (default: beside the store)
    webhook: str | None = None  # http(s) URL that gets each item as a JSON POST
    created_at: str | None = None

    def describe(self) -> str:
        what = KINDS[self.kind] if self.kind != "match" else f"{self.target} matching"
        flt = ", ".join(f"{k}={v}" for k, v in self.filters.given().items())
        return f"{what}" + (f" ({flt})" if flt else "")

    def row(self) -> tuple:
        return (self.name, self.kind, self.target, json.dumps(self.filters.given(), ensure_ascii=False),
                self.jsonl, self.webhook, self.created_at or _now())

    @classmethod
    def from_row(cls, row) -> Alert:
        known = {f.name for f in fields(AlertFilter)}
        flt = AlertFilter(**{k: v for k, v in json.loads(row["filters"]).items() if k in known})
        return cls(row["name"], row["kind"], row["target"], flt, row["jsonl"], row["webhook"],
                   row["created_at"])


def target_for(kind: str, flt: AlertFilter, target: str | None) -> str:
    """What a match alert watches when not told: measures for type/group/place, quantities
    for modality/unit/value, claims for a speaker, else reports."""
    if target:
        return target
    if kind in ("denial",):
        return "claims"
    if kind == "conflict":
        return "quantities"
    if kind == "first_measure" or flt.type or flt.group or flt.place:
        return "measures"
    if flt.modality or flt.unit or flt.min_value is not None:
        return "quantities"
    if flt.min_sources is not None:
        return "quantities"
    return "claims" if flt.speaker else "documents"


def check(alert: Alert) -> None:
    """Refuse an alert whose parts do not fit together, saying how to fix it."""
    if not NAME.fullmatch(alert.name):
        raise AlertError(f"alert name {alert.name!r}: use letters, digits, '-', '_' or '.' "
                         "(it becomes part of the feed's address /alerts/NAME.atom)")
    if alert.kind not in KINDS:
        raise AlertError(f"unknown alert kind {alert.kind!r}: use one of {', '.join(KINDS)}")
    if alert.target not in TARGETS:
        raise AlertError(f"unknown target {alert.target!r}: use one of {', '.join(TARGETS)}")
    f = alert.filters
    fixed = {"denial": "claims", "conflict": "quantities", "first_measure": "measures"}
    if alert.kind in fixed and alert.target != fixed[alert.kind]:
        raise AlertError(f"a {alert.kind} alert watches {fixed[alert.kind]}; leave --on out")
    misplaced = {
        "quantities": ("type", "group", "place"), "measures": ("modality", "unit", "min_value"),
        "claims": ("type", "group", "place", "modality", "unit", "min_value", "min_sources"),
        "documents": ("type", "group", "place", "modality", "unit", "min_value", "min_sources",
                      "speaker"),
    }[alert.target]
    wrong = [k for k in misplaced if getattr(f, k) is not None]
    if wrong:
        raise AlertError(f"an alert on {alert.target} cannot filter by "
                         f"{', '.join(w.replace('_', '-') for w in wrong)}: choose another --on "
                         "(quantities, measures, claims, documents) or drop the filter")
    if alert.kind == "match" and not f.given():
        raise AlertError("an alert with no filter would raise every new fact: give --query or "
                         "another filter, or a built-in --kind")
    if alert.webhook and not alert.webhook.lower().startswith(("http://", "https://")):
        raise AlertError(f"webhook {alert.webhook!r} is not an http(s) address")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
