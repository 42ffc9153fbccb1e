"""Regions: where recruitment happens, how much is paid, and to whom.

``resolve_place`` places a name in a federal subject, an occupied territory or a country;
``payments`` reads what each offered sum of a document is; ``region_table`` sums a store
up per region (``index.py``); ``tilemap`` draws the tile-grid map.
"""

from __future__ import annotations

from typing import Any

from recruitwatch.regions.index import Filter
from recruitwatch.regions.payments import Payment, payments
from recruitwatch.regions.places import Region, resolve_place

__all__ = ["Filter", "Payment", "Region", "flat_rows", "payment_rows", "payments", "region_table",
           "resolve_place", "write_map"]


def region_table(store, flt: Filter = Filter()) -> list[dict[str, Any]]:
    """One row per region the store's reports name, most independent sources first."""
    from recruitwatch.regions.index import build

    return build(store).table(flt)


def write_map(store, path, metric: str = "payment", flt: Filter = Filter()) -> str:
    """The tile-grid map for publication, written to ``path`` as SVG or PNG (by its suffix;
    PNG needs the ``chart`` extra), with its title, legend and a caption naming the sources.
    Returns the caption."""
    from pathlib import Path

    from recruitwatch.regions.index import build
    from recruitwatch.web import regions_views

    path = Path(path)
    params = {"metric": metric, **{k: v for k, v in (("since", flt.since), ("until", flt.until),
                                                     ("type", flt.type), ("group", flt.group)) if v}}
    data = regions_views.regions_view(build(store), params)
    if path.suffix.lower() == ".png":
        path.write_bytes(regions_views.standalone_png(data))
    else:
        path.write_text(regions_views.standalone_svg(data), encoding="utf-8")
    return data["caption"]


def flat_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The table's rows with one value per column, for a terminal table or CSV."""
    return [_flat(r) for r in rows]


def payment_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every regional one-off payment of the table, newest first per region, with its source."""
    return [{"region": r["name"], "rub": p["rub"], "up_to": p["up_to"], "date": p["date"],
             "effective": p["effective"], "source": _source(p), "words": p["text"]}
            for r in rows for p in r["payment_history"]]


def _flat(r: dict[str, Any]) -> dict[str, Any]:
    latest = r["latest_payment"] or {}
    return {
        "region": r["name"],
        "code": r["code"],
        "latest_payment_rub": latest.get("rub"),
        "up_to": latest.get("up_to"),
        "date": latest.get("date"),
        "source": _source(latest) if latest else None,
        "words": latest.get("text"),
        "history": "; ".join(f"{p['rub']:,.0f} ({p['date'] or 'undated'}, {_source(p)})"
                             for p in r["payment_history"][1:]),
        "measures": ", ".join(f"{t} {n}" for t, n in r["measures"].items()),
        "groups": ", ".join(f"{g} {n}" for g, n in r["groups"].items()),
        "quotas": "; ".join(f"{q['text']} ({q['date'] or 'undated'}, {_source(q)})" for q in r["quotas"]),
        "sources": r["sources"],
    }


def _source(row: dict[str, Any]) -> str:
    """Who reported it: the outlet, else the report's title, and the report's id."""
    name = row.get("outlet") or (row.get("title") or "")[:60] or "report"
    return f"{name} [{row['doc_id'][:8]}]"
