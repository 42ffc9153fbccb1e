"""An in-memory columnar index of measures for the timeline, so a filtered monthly count
over 100,000 reports is a few array operations, not a scan and a join in SQLite.

Built once from the store (a few seconds at 100,000 documents) and rebuilt when documents
are added. Rows are kept newest first, so the latest events matching a filter are the first
matching rows. numpy comes with spaCy, a base dependency; it is imported here only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from recruitwatch.store import Store
from recruitwatch.store.queries import live


@dataclass
class _Codes:
    """Values of one column as small integers."""

    values: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def code(self, value: str | None) -> int:
        value = value or ""
        if value not in self.index:
            self.index[value] = len(self.values)
            self.values.append(value)
        return self.index[value]


@dataclass
class TimelineIndex:
    version: tuple
    types: _Codes
    day: Any  # YYYYMMDD as int, missing month/day as 00; -1 when undated
    type_id: Any
    language: Any
    outlet: Any
    story: Any
    doc_rowid: Any
    ord: Any
    groups: dict[str, Any]  # group -> row numbers
    places: dict[str, Any]
    langs: _Codes
    outlets: _Codes
    cell: Any = None  # per row: its (story, month, type) cell
    cell_month: Any = None  # per cell: months since year 0, -1 when the month is unknown
    cell_type: Any = None

    def matching(self, flt: dict[str, str]):
        """A boolean mask of the rows the filters keep."""
        import numpy as np

        mask = np.ones(len(self.day), dtype=bool)
        for column, codes, key in ((self.language, self.langs, "language"),
                                   (self.outlet, self.outlets, "outlet"),
                                   (self.type_id, self.types, "type")):
            if flt.get(key):
                mask &= column == codes.index.get(flt[key], -2)
        for inverted, key in ((self.groups, "group"), (self.places, "place")):
            if flt.get(key):
                keep = np.zeros(len(self.day), dtype=bool)
                keep[inverted.get(flt[key], np.empty(0, dtype=np.int64))] = True
                mask &= keep
        if flt.get("since"):
            mask &= self.day >= day_number(flt["since"])
        if flt.get("until"):
            mask &= (self.day <= day_number(flt["until"], end=True)) & (self.day >= 0)
        return mask

    def series(self, mask) -> dict[str, Any]:
        """Counts per month and type, a story's copies counted once: each row belongs to one
        (story, month, type) cell, and a cell counts once if any of its rows is kept."""
        import numpy as np

        seen = np.zeros(len(self.cell_month), dtype=bool)
        seen[self.cell[mask]] = True
        seen &= self.cell_month >= 0  # a month is known
        month_no, type_no = self.cell_month[seen], self.cell_type[seen]
        if not len(month_no):
            return {"months": [], "types": {}}
        ntypes = len(self.types.values)
        first = int(month_no.min())
        counts = np.bincount((month_no - first) * ntypes + type_no,
                             minlength=(int(month_no.max()) - first + 1) * ntypes)
        grid = counts.reshape(-1, ntypes)
        axis = [f"{(first + i) // 12:04d}-{(first + i) % 12 + 1:02d}" for i in range(grid.shape[0])]
        types = {self.types.values[t]: grid[:, t].tolist() for t in range(ntypes) if grid[:, t].any()}
        return {"months": axis, "types": dict(sorted(types.items(), key=lambda kv: -sum(kv[1])))}

    def latest(self, mask, n: int) -> list[tuple[int, int]]:
        """(document rowid, measure ord) of the first ``n`` matching rows, newest first."""
        import numpy as np

        rows = np.flatnonzero(mask)[:n]
        return [(int(self.doc_rowid[i]), int(self.ord[i])) for i in rows]


def day_number(iso: str, end: bool = False) -> int:
    """2024-03-05 -> 20240305; 2024-03 -> 20240300 (or 20240399 as an upper bound)."""
    parts = [int(p) for p in iso[:10].split("-")] + [None, None]
    y, m, d = parts[0], parts[1], parts[2]
    if end:
        return y * 10000 + (m if m is not None else 99) * 100 + (d if d is not None else 99)
    return y * 10000 + (m or 0) * 100 + (d or 0)


def store_version(store: Store) -> tuple:
    # rowids only grow: a new maximum means documents were added (O(1), unlike count(*));
    # a review recorded or undone changes what stands
    return (store.conn.execute("SELECT max(rowid) FROM documents").fetchone()[0],
            *store.conn.execute("SELECT max(id), count(undone_at) FROM reviews").fetchone())


def build_index(store: Store) -> TimelineIndex:
    import numpy as np

    version = store_version(store)
    types, langs, outlets, stories = _Codes(), _Codes(), _Codes(), _Codes()
    cols: dict[str, list[int]] = {k: [] for k in ("day", "type", "lang", "outlet", "story", "doc", "ord")}
    groups: dict[str, list[int]] = {}
    places: dict[str, list[int]] = {}
    rows = store.conn.execute(
        "SELECT m.type, m.groups, m.places, COALESCE(m.date, d.published_date) AS date, d.language,"
        " d.outlet, COALESCE(d.story, d.id) AS story, d.rowid AS doc, m.ord FROM measures m"
        f" JOIN documents d ON d.id = m.doc_id WHERE {live('m')} ORDER BY date DESC, d.rowid DESC, m.ord")
    for i, r in enumerate(rows):
        date = r["date"]
        cols["day"].append(day_number(date) if date and date[:4].isdigit() else -1)
        cols["type"].append(types.code(r["type"]))
        cols["lang"].append(langs.code(r["language"]))
        cols["outlet"].append(outlets.code(r["outlet"]))
        cols["story"].append(stories.code(r["story"]))
        cols["doc"].append(r["doc"])
        cols["ord"].append(r["ord"])
        for g in json.loads(r["groups"]):
            groups.setdefault(g, []).append(i)
        for p in json.loads(r["places"]):
            places.setdefault(p, []).append(i)

    def arr(values: list[int], dtype=np.int32):
        return np.asarray(values, dtype=dtype)

    cells: dict[tuple[int, int, int], int] = {}
    cell = [cells.setdefault((st, _month_no(d), t), len(cells))
            for st, d, t in zip(cols["story"], cols["day"], cols["type"])]

    return TimelineIndex(
        version=version, types=types, day=arr(cols["day"]), type_id=arr(cols["type"]),
        language=arr(cols["lang"]), outlet=arr(cols["outlet"]), story=arr(cols["story"]),
        doc_rowid=arr(cols["doc"], np.int64), ord=arr(cols["ord"]),
        groups={k: arr(v, np.int64) for k, v in groups.items()},
        places={k: arr(v, np.int64) for k, v in places.items()}, langs=langs, outlets=outlets,
        cell=arr(cell), cell_month=arr([k[1] for k in cells]), cell_type=arr([k[2] for k in cells]))


def _month_no(day: int) -> int:
    month = day % 10000 // 100
    return (day // 10000) * 12 + month - 1 if day >= 0 and month else -1
