"""Fact queries over the store: quantities, claims and measures with their evidence words."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from recruitwatch.store.db import Store

FACT_KINDS = ("quantities", "claims", "measures")
_WINDOW = 160  # characters either side of a fact's words fetched to show its sentence


@dataclass(frozen=True, slots=True)
class FactFilter:
    type: str | None = None  # measure type
    group: str | None = None  # measure target group
    place: str | None = None  # measure place (canonical name)
    speaker: str | None = None  # claim speaker (substring, case-insensitive)
    modality: str | None = None  # quantity modality
    unit: str | None = None  # quantity unit
    since: str | None = None  # event date, else publication date, ISO prefix
    until: str | None = None
    language: str | None = None
    outlet: str | None = None
    min_confidence: float | None = None  # calibrated confidence at least this
    reviewed: str | None = None  # confirmed | corrected | rejected | none
    source_tag: str | None = None  # only documents a watched source with this tag brought in
    limit: int | None = None


def live(alias: str = "") -> str:
    """The SQL test that an extraction stands: a person did not reject it. Rejected items
    stay in their tables (the export carries them, marked) and out of every list and fact."""
    return f"{alias + '.' if alias else ''}reviewed IS NOT 'rejected'"


_SELECT = {
    "quantities": "f.value, f.high, f.unit, f.counts, f.approx, f.modality, f.text",
    "claims": "f.speaker, f.via, f.stance, f.hedged, f.date, f.cue",
    "measures": "f.type, f.groups, f.places, f.actor, f.date, f.quantities",
}


def query_facts(store: Store, kind: str, flt: FactFilter = FactFilter()) -> list[dict[str, Any]]:
    """Rows of one fact kind matching ``flt``, each with document metadata and evidence."""
    if kind not in FACT_KINDS:
        raise ValueError(f"unknown fact kind {kind!r}: use one of {', '.join(FACT_KINDS)}")
    where, args = _where(kind, flt)
    sql = (f"SELECT f.doc_id, f.ord, f.start, f.\"end\", {_SELECT[kind]}, f.confidence,"
           " f.reviewed, d.outlet, d.title,"
           " d.published_date, d.language, substr(d.body, f.start + 1, f.\"end\" - f.start) AS evidence,"
           f" max(f.start - {_WINDOW}, 0) AS ctx_start,"
           f" substr(d.body, max(f.start - {_WINDOW}, 0) + 1, f.\"end\" - f.start + {2 * _WINDOW}) AS context"
           f" FROM {kind} f JOIN documents d ON d.id = f.doc_id"
           f" WHERE {' AND '.join(where) or '1'} ORDER BY d.published_date, d.rowid, f.ord")
    if flt.limit:
        sql += f" LIMIT {int(flt.limit)}"
    letter = kind[0]
    return [{"item": f"{r['doc_id'][:12]}:{letter}{r['ord']}", **_decode(dict(r))}
            for r in store.conn.execute(sql, args)]


class Where:
    """AND-ed SQL conditions and their arguments, built from optional filter values: a
    condition whose value is missing is left out. Shared by the fact queries here and the
    web explorer's list, fact and timeline pages."""

    def __init__(self, *clauses: str):
        self.clauses: list[str] = list(clauses)
        self.args: list[Any] = []

    def add(self, clause: str, *values: Any) -> None:
        self.clauses.append(clause)
        self.args.extend(values)

    def eq(self, column: str, value: Any) -> None:
        if value:
            self.add(f"{column} = ?", value)

    def has(self, json_list: str, value: Any, nocase: bool = False) -> None:
        """``value`` is among the items of the JSON list in column ``json_list``."""
        if value:
            test = "lower(value) = lower(?)" if nocase else "value = ?"
            self.add(f"EXISTS (SELECT 1 FROM json_each({json_list}) WHERE {test})", value)

    def dates(self, expr: str, since: str | None, until: str | None) -> None:
        """``expr`` (an ISO date of any precision) on or after ``since``, and on or before
        ``until`` compared at ``until``'s precision ("2023-03" takes all of March)."""
        if since:
            self.add(f"{expr} >= ?", since)
        if until:
            self.add(f"substr({expr}, 1, length(?)) <= ?", until, until)

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) or "1"


def _where(kind: str, flt: FactFilter) -> tuple[list[str], list[Any]]:
    w = Where()
    if kind == "measures":
        w.eq("f.type", flt.type)
        w.has("f.groups", flt.group)
        w.has("f.places", flt.place, nocase=True)
    if kind == "claims" and flt.speaker:
        w.add("lower(f.speaker) LIKE ?", f"%{flt.speaker.lower()}%")
    if kind == "quantities":
        w.eq("f.modality", flt.modality)
        w.eq("f.unit", flt.unit)
    w.dates("COALESCE(f.date, d.published_date)" if kind != "quantities" else "d.published_date",
            flt.since, flt.until)
    w.eq("d.language", flt.language)
    if flt.min_confidence is not None:
        w.add("f.confidence >= ?", flt.min_confidence)
    if flt.reviewed == "none":
        w.add("f.reviewed IS NULL")
    elif flt.reviewed:
        w.eq("f.reviewed", flt.reviewed)
    if flt.reviewed != "rejected":  # what a person rejected is no fact, unless asked for
        w.add(live("f"))
    if flt.outlet:
        w.add("lower(d.outlet) = lower(?)", flt.outlet)
    if flt.source_tag:  # the tags of SOURCES.toml, kept by `watch` in watch_sources
        w.add("d.id IN (SELECT i.doc_id FROM watch_items i JOIN watch_sources s ON s.name = i.source,"
              " json_each(s.tags) t WHERE t.value = ?)", flt.source_tag)
    return w.clauses, w.args


def _sentence_context(row: dict[str, Any]) -> str:
    """The sentence (or line) around the fact's words, from the fetched window."""
    text, start = row.pop("context"), row.pop("ctx_start")
    a, b = row["start"] - start, row["end"] - start
    left = max(text.rfind(". ", 0, a) + 2, text.rfind("\n", 0, a) + 1, 0)
    ends = [i for i in (text.find(". ", b), text.find("\n", b)) if i >= 0]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    row["context"] = _sentence_context(row)
    for key in ("via", "groups", "places", "quantities"):
        if key in row and isinstance(row[key], str):
            row[key] = json.loads(row[key])
    if "hedged" in row:
        row["hedged"] = bool(row["hedged"])
    return row
