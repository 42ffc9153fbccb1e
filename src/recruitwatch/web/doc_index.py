"""An in-memory index of documents for filtered search: which reports have a claim by a
speaker, a number of a modality, a measure of a type for a group in a place, from an outlet,
in a language, in a date range, with the reports kept newest first.

SQLite answers these filters by walking the date index and probing each report, which is
fast for common values and slow (a quarter of a second at 100,000 reports) for rare ones;
here every filter is a boolean mask over an array. Measure filters reuse the timeline index,
so type, group and place must hold for one and the same measure, as in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recruitwatch.store import Store
from recruitwatch.web.timeline_index import TimelineIndex, day_number, store_version


@dataclass
class DocIndex:
    version: tuple
    rowids: Any  # document rowids, newest published first (undated last), then newest stored
    position: Any  # rowid -> place in ``rowids``
    day: Any  # per position, YYYYMMDD as int, -1 undated
    outlet: dict[str, Any]  # value -> bool mask per position
    language: dict[str, Any]
    speaker: dict[str, Any]  # speaker -> positions
    modality: dict[str, Any]
    entity: dict[str, Any]  # canonical name -> positions of the reports naming it, newest first

    def naming(self, name: str, n: int) -> tuple[int, list[int]]:
        """How many reports name ``name``, and the rowids of the newest ``n`` of them."""
        positions = self.entity.get(name)
        if positions is None:
            return 0, []
        return len(positions), [int(r) for r in self.rowids[positions[:n]]]

    def mask(self, flt: dict[str, str], measures: TimelineIndex):
        import numpy as np

        n = len(self.rowids)
        mask = np.ones(n, dtype=bool)
        for table, key in ((self.outlet, "outlet"), (self.language, "language")):
            if flt.get(key):
                mask &= table.get(flt[key], np.zeros(n, dtype=bool))
        for inverted, key in ((self.speaker, "speaker"), (self.modality, "modality")):
            if flt.get(key):
                keep = np.zeros(n, dtype=bool)
                keep[inverted.get(flt[key], np.empty(0, dtype=np.int64))] = True
                mask &= keep
        if any(flt.get(k) for k in ("type", "group", "place")):
            rows = measures.matching({k: flt[k] for k in ("type", "group", "place") if flt.get(k)})
            keep = np.zeros(n, dtype=bool)
            keep[self.position[measures.doc_rowid[rows]]] = True
            mask &= keep
        if flt.get("since"):
            mask &= self.day >= day_number(flt["since"])
        if flt.get("until"):
            mask &= (self.day <= day_number(flt["until"], end=True)) & (self.day >= 0)
        return mask

    def page(self, mask, offset: int, n: int) -> list[int]:
        """Document rowids of one page of the matching reports, newest first."""
        import numpy as np

        return [int(r) for r in self.rowids[np.flatnonzero(mask)[offset:offset + n]]]

    def restrict(self, mask, rowids: list[int]) -> list[int]:
        """The given rowids (full-text matches) that the mask keeps."""
        import numpy as np

        ids = np.asarray(rowids, dtype=np.int64)
        if not len(ids):
            return []
        return [int(r) for r in ids[mask[self.position[ids]]]]


def build_doc_index(store: Store) -> DocIndex:
    import numpy as np

    version = store_version(store)
    rows = store.conn.execute(
        "SELECT rowid, published_date, outlet, language FROM documents"
        " ORDER BY published_date IS NULL, published_date DESC, rowid DESC").fetchall()
    rowids = np.asarray([r[0] for r in rows], dtype=np.int64)
    position = np.zeros(int(rowids.max()) + 1 if len(rowids) else 1, dtype=np.int64)
    position[rowids] = np.arange(len(rowids))
    day = np.asarray([day_number(r[1]) if r[1] and r[1][:4].isdigit() else -1 for r in rows],
                     dtype=np.int32)
    return DocIndex(version, rowids, position, day,
                    _masks([r[2] for r in rows]), _masks([r[3] for r in rows]),
                    _inverted(store, position, "claims", "speaker"),
                    _inverted(store, position, "quantities", "modality"),
                    {k: np.unique(v) for k, v in _inverted(store, position, "entities", "name").items()})


def _masks(values: list[str | None]) -> dict[str, Any]:
    import numpy as np

    arr = np.asarray([v or "" for v in values], dtype=object)
    return {v: arr == v for v in set(arr.tolist()) if v}


def _inverted(store: Store, position, table: str, column: str) -> dict[str, Any]:
    import numpy as np

    out: dict[str, list[int]] = {}
    for value, rowid in store.conn.execute(
            f"SELECT f.{column}, d.rowid FROM {table} f JOIN documents d ON d.id = f.doc_id"):
        out.setdefault(value, []).append(rowid)
    return {k: position[np.asarray(v, dtype=np.int64)] for k, v in out.items()}
