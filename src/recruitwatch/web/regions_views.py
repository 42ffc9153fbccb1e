"""The explorer's regions pages as data (``/regions``, ``/region/<code>``): like the views
of ``views.py``, each returns the dict that is both the ``.json`` twin and all its HTML
template sees. The SVG drawings are made from these dicts (``drawings``)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup

from recruitwatch.regions import tilemap
from recruitwatch.regions.index import METRICS, Filter, RegionIndex
from recruitwatch.regions.places import subject
from recruitwatch.resources import domain_names
from recruitwatch.store import Store
from recruitwatch.store.queries import live
from recruitwatch.web.views import NotFound, clean_filters

METRIC_LABELS = {"payment": "Latest regional one-off payment (rubles)",
                 "measures": "Reports of measures", "coercion": "Reports of coercion"}


def _filter(flt: dict[str, str]) -> Filter:
    return Filter(flt.get("since"), flt.get("until"), flt.get("type"), flt.get("group"))


def _facets() -> dict[str, list[str]]:
    return {"type": domain_names("types"), "group": domain_names("groups")}


def _metric_title(metric: str, flt: dict[str, str]) -> str:
    title = METRIC_LABELS[metric]
    if metric == "measures" and flt.get("type"):
        title += f": {flt['type'].replace('_', ' ')}"
    if flt.get("group"):
        title += f", targeting {flt['group'].replace('_', ' ')}"
    window = " – ".join(x for x in (flt.get("since"), flt.get("until")) if x)
    return f"{title} ({window})" if window else title


def regions_view(index: RegionIndex, params: dict[str, str]) -> dict[str, Any]:
    """The map's data: every square with its value, the legend, the table and the origins."""
    flt = {k: v for k, v in clean_filters(params).items() if k in ("since", "until", "type", "group")}
    metric = params.get("metric") if params.get("metric") in METRICS else "payment"
    f = _filter(flt)
    values = index.map_values(metric, f)
    fmt = value_label(metric)
    cells, legend = tilemap.cells(values, fmt)
    table = index.table(f)
    return {"page": "regions", "metric": metric, "metrics": [[m, METRIC_LABELS[m]] for m in METRICS],
            "title": _metric_title(metric, flt), "filters": flt, "facets": _facets(),
            "cells": cells, "legend": legend, "regions": table, "origins": index.origins_chart(f),
            "caption": _caption(index, f, metric)}


def value_label(metric: str):
    """How a square's value reads in the legend: "1,900,000 ₽", "1 report", "3 reports"."""
    if metric == "payment":
        return lambda v: f"{v:,.0f} ₽"
    return lambda v: f"{v:,.0f} report" + ("" if v == 1 else "s")


def _caption(index: RegionIndex, f: Filter, metric: str) -> str:
    """Who the map's figures come from: the outlets (else titles) of the reports behind its
    squares: the latest payments, or the measures counted."""
    if metric == "payment":
        sources = [r.source for r in index.latest_payments(f).values()]
    else:
        kept = Filter(f.since, f.until, "coercion", f.group) if metric == "coercion" else f
        sources = index.measure_sources(kept)
    names = sorted({s.outlet or _short_title(s.title) for s in sources} - {""})
    shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
    today = dt.date.today().isoformat()
    sources = f"Sources: {shown}. " if shown else ""
    return f"{sources}Counted by recruitwatch from news reports, {today}."


def _short_title(title: str | None, limit: int = 40) -> str:
    """A report with no outlet, named by its title, cut at a word and quoted."""
    if not title:
        return ""
    if len(title) > limit:
        title = title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return f"“{title}”"


def region_view(store: Store, index: RegionIndex, code: str, params: dict[str, str]) -> dict[str, Any]:
    """One region: its payments over time, measures, claims and denials, and sources."""
    region = subject(code)
    if region is None:
        raise NotFound(f"no federal subject or occupied territory with the code {code!r}")
    flt = {k: v for k, v in clean_filters(params).items() if k in ("since", "until", "type", "group")}
    data = index.region(region.code, _filter(flt))
    for p in data["payments"]:
        p["href"] = f"/doc/{p['doc_id']}?focus=quantities-{p['quantity']}#quantities-{p['quantity']}"
    for m in data["measure_rows"]:
        m["href"] = f"/doc/{m['doc_id']}?focus=measures-{m['ord']}#measures-{m['ord']}"
    docs = _sources(data)
    return {"page": "region", "region": {"code": region.code, "name": region.name, "kind": region.kind},
            "filters": flt, "facets": _facets(), **data, "claims": _claims(store, [d["doc_id"] for d in docs]),
            "source_list": docs}


def _sources(data: dict[str, Any]) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for item in (*data["payments"], *data["measure_rows"], *data["quotas"]):
        seen.setdefault(item["doc_id"], {k: item[k] for k in ("doc_id", "outlet", "title", "published")})
    return sorted(seen.values(), key=lambda d: d["published"] or "", reverse=True)


def _claims(store: Store, doc_ids: list[str], limit: int = 60) -> list[dict[str, Any]]:
    """The claims and denials of the region's reports, denials first."""
    if not doc_ids:
        return []
    marks = ",".join("?" * len(doc_ids[:500]))
    rows = store.conn.execute(
        f"SELECT c.doc_id, c.ord, c.speaker, c.stance, c.hedged, c.date, d.outlet, d.published_date,"
        f" substr(d.body, c.start + 1, min(c.\"end\" - c.start, 400)) AS words FROM claims c"
        f" JOIN documents d ON d.id = c.doc_id WHERE c.doc_id IN ({marks}) AND {live('c')}"
        f" ORDER BY c.stance = 'deny' DESC, d.published_date DESC LIMIT ?", (*doc_ids[:500], limit))
    return [{**dict(r), "hedged": bool(r["hedged"]),
             "href": f"/doc/{r['doc_id']}?focus=claims-{r['ord']}#claims-{r['ord']}"} for r in rows]


# --- drawings (HTML only; the .json twin carries the data they are drawn from) ----------------

def map_markup(d: dict[str, Any]) -> Markup:
    """The map; each square opens its region's page in the same time window and filters."""
    query = urlencode(d["filters"]).replace("{", "{{").replace("}", "}}")
    return Markup(tilemap.map_svg(d["cells"], d["legend"], d["title"],
                                  link="/region/{code}" + (f"?{query}" if query else "")))


def origins_markup(d: dict[str, Any]) -> Markup:
    return Markup(tilemap.bar_chart(d["origins"][:15], "country", "sources",
                                    "Origin countries of recruited foreigners: reports naming each"))


def payments_markup(d: dict[str, Any]) -> Markup:
    return Markup(tilemap.payments_chart(d["payments"], f"Payments in {d['region']['name']} over time"))


def standalone_svg(d: dict[str, Any]) -> str:
    """The map for publication: title, legend and a caption naming the sources."""
    return tilemap.map_svg(d["cells"], d["legend"], d["title"], caption=d["caption"], standalone=True)


def standalone_png(d: dict[str, Any]) -> bytes:
    """The same map as a PNG (matplotlib, the ``chart`` extra)."""
    from recruitwatch.regions.mapimage import map_png

    return map_png(d["cells"], d["legend"], d["title"], d["caption"])
