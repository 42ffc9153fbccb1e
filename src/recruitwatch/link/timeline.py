"""Timeline: linked facts, measures and denials placed in time.

An event's date is the event date the reports give (a measure's or claim's date); when
none does, the earliest publication date, marked ``basis="published"`` so a reader knows
the event may be older. ``write_chart`` draws the events as a PNG (matplotlib) and as a
standalone HTML page (inline SVG and a table, no scripts from the network).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from recruitwatch.store import Store

__all__ = ["TimelineFilter", "timeline", "write_chart", "write_png", "write_html"]


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    group: str | None = None
    place: str | None = None
    type: str | None = None  # measure type
    speaker: str | None = None  # substring of a source chain or a denial's speaker
    since: str | None = None
    until: str | None = None
    min_mentions: int = 1


def timeline(store: Store, flt: TimelineFilter = TimelineFilter()) -> list[dict[str, Any]]:
    """Events in date order: {date, precision, basis, kind, label, mentions, independent,
    sources, fact}; undated events last."""
    if not store.readonly:
        from recruitwatch.link.facts import link_facts
        link_facts(store)
    events = [_fact_event(dict(r)) for r in store.conn.execute(
        "SELECT * FROM facts WHERE mentions >= ?", (flt.min_mentions,))]
    events += _denial_events(store)
    kept = [e for e in events if _keep(e, flt)]
    return sorted(kept, key=lambda e: (e["date"] is None, e["date"] or "", e["kind"], e["label"]))


def _fact_event(f: dict[str, Any]) -> dict[str, Any]:
    from recruitwatch.link.facts import chain_text

    when = f["first_date"] or f["first_published"]
    return {
        "date": when, "precision": _precision(when), "basis": f["date_basis"] or "published",
        "kind": "measure" if f["kind"] == "measure" else f"figure ({f['modality']})",
        "type": f["type"], "groups": json.loads(f["groups"]), "places": json.loads(f["places"]),
        "label": f["label"], "mentions": f["mentions"], "independent": f["independent"],
        "sources": chain_text(json.loads(f["chain"])), "speakers": [], "fact": f["id"],
    }


def _denial_events(store: Store) -> list[dict[str, Any]]:
    from recruitwatch.link.facts import denials

    by_claim: dict[tuple, dict[str, Any]] = {}
    for d in denials(store):
        key = (d["deny_doc"], d["deny_ord"])
        ev = by_claim.setdefault(key, {
            "date": d["deny_date"] or d["deny_published"],
            "basis": "event" if d["deny_date"] else "published",
            "kind": "denial", "type": None, "groups": [], "places": [],
            "label": f"{d['speaker']} denies: {_short(d['deny_text'])}",
            "mentions": 1, "independent": 1, "speakers": [d["speaker"]],
            "sources": f"{d['speaker']} → {d['deny_outlet'] or '?'}", "fact": None,
            "denies": []})
        ev["denies"].append(f"{d.get('target_who') or '?'} ({d.get('target_outlet') or '?'}, "
                            f"{d.get('target_published_date') or '?'})")
    for ev in by_claim.values():
        ev["precision"] = _precision(ev["date"])
    return list(by_claim.values())


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1] + "…"


def _precision(iso: str | None) -> str | None:
    if not iso:
        return None
    return {4: "year", 7: "month"}.get(len(iso), "day")


def _keep(e: dict[str, Any], flt: TimelineFilter) -> bool:
    if flt.type and e["type"] != flt.type:
        return False
    if flt.group and flt.group not in e["groups"]:
        return False
    if flt.place and flt.place.lower() not in {p.lower() for p in e["places"]}:
        return False
    if flt.speaker and flt.speaker.lower() not in (e["sources"] + " ".join(e["speakers"])).lower():
        return False
    if flt.since and (not e["date"] or e["date"] < flt.since[:len(e["date"])]):
        return False
    return not (flt.until and (not e["date"] or e["date"][:len(flt.until)] > flt.until))


# ---------------------------------------------------------------- charts


def _ordinal(iso: str) -> int:
    """A year sits at its middle, a month at its 15th."""
    parts = [int(p) for p in iso[:10].split("-")]
    if len(parts) == 1:
        return date(parts[0], 7, 1).toordinal()
    if len(parts) == 2:
        return date(parts[0], parts[1], 15).toordinal()
    return date(*parts).toordinal()


def _lanes(events: list[dict[str, Any]]) -> list[str]:
    order = ["denial"]
    for e in events:
        lane = _lane(e)
        if lane not in order:
            order.append(lane)
    return order


def _lane(e: dict[str, Any]) -> str:
    return f"measure: {e['type']}" if e["kind"] == "measure" else e["kind"]


def write_chart(events: list[dict[str, Any]], prefix: str | Path, title: str = "recruitwatch timeline"
                ) -> list[Path]:
    """Write PREFIX.png and PREFIX.html; returns the paths written."""
    prefix = Path(prefix)
    prefix.parent.mkdir(parents=True, exist_ok=True)
    png, page = prefix.with_name(prefix.name + ".png"), prefix.with_name(prefix.name + ".html")
    write_png(events, png, title)
    write_html(events, page, title)
    return [png, page]


def _in_view(events: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Dated events, without stray early outliers (a misread year would squash the rest
    into a corner): those before the 2nd percentile by more than a year are left out."""
    dated = sorted((e for e in events if e["date"]), key=lambda e: _ordinal(e["date"]))
    if len(dated) < 20:
        return dated, 0
    floor = _ordinal(dated[len(dated) // 50]["date"]) - 365
    kept = [e for e in dated if _ordinal(e["date"]) >= floor]
    return kept, len(dated) - len(kept)


def _labelled(e: dict[str, Any], many: bool) -> bool:
    """Label what several reports or sources carry; with many events the rest would only
    hide each other (the HTML page shows every label on hover and in the table)."""
    return not many or e["mentions"] > 1 or e["independent"] > 1 or e["kind"] == "denial"


def write_png(events: list[dict[str, Any]], path: Path, title: str) -> None:
    import matplotlib
    matplotlib.use("Agg")  # no display: charts are written to files
    import matplotlib.pyplot as plt

    dated, hidden = _in_view(events)
    if hidden:
        title += f" ({hidden} earlier outliers not shown)"
    lanes = _lanes(dated)
    many = len(dated) > 40
    fig, ax = plt.subplots(figsize=(12, 1.6 + 0.55 * len(lanes)), dpi=110)
    for e in dated:
        x, y = date.fromordinal(_ordinal(e["date"])), lanes.index(_lane(e))
        size = 30 + 45 * e["independent"]
        color = "#c0392b" if e["kind"] == "denial" else "#2c6fbb"
        face = color if e["basis"] == "event" else "white"
        ax.scatter([x], [y], s=size, c=face, edgecolors=color, linewidths=1.5, zorder=3)
        if _labelled(e, many):
            ax.annotate(_short(e["label"], 38), (x, y), xytext=(6, 6),
                        textcoords="offset points", fontsize=7, rotation=20)
    ax.set_yticks(range(len(lanes)), lanes, fontsize=8)
    ax.set_ylim(-0.7, len(lanes) - 0.3)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(f"{title} — filled: event date, hollow: publication date; size: independent sources",
                 fontsize=9)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def write_html(events: list[dict[str, Any]], path: Path, title: str) -> None:
    page = _PAGE.format(title=html.escape(title), svg=_svg(events), rows=_table_rows(events),
                        n=len(events))
    path.write_text(page, encoding="utf-8")


def _svg(events: list[dict[str, Any]], width: int = 1100) -> str:
    dated, _ = _in_view(events)
    if not dated:
        return "<p>No dated events.</p>"
    lanes, left, lane_h = _lanes(dated), 190, 44
    xs = [_ordinal(e["date"]) for e in dated]
    lo, hi = min(xs) - 15, max(xs) + 15
    height = 40 + lane_h * len(lanes)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'role="img" aria-label="timeline">']
    for i, lane in enumerate(lanes):
        y = 30 + i * lane_h
        parts.append(f'<line x1="{left}" y1="{y}" x2="{width - 10}" y2="{y}" stroke="#ddd"/>'
                     f'<text x="4" y="{y + 4}" font-size="11">{html.escape(lane)}</text>')
    parts += _svg_years(lo, hi, left, width, height)
    for e, x in zip(dated, xs):
        parts.append(_svg_point(e, left + (x - lo) / (hi - lo) * (width - left - 20),
                                30 + lanes.index(_lane(e)) * lane_h))
    return "".join(parts) + "</svg>"


def _svg_years(lo: int, hi: int, left: int, width: int, height: int) -> list[str]:
    out = []
    for year in range(date.fromordinal(lo).year, date.fromordinal(hi).year + 2):
        x0 = date(year, 1, 1).toordinal()
        if lo <= x0 <= hi:
            x = left + (x0 - lo) / (hi - lo) * (width - left - 20)
            out.append(f'<line x1="{x:.1f}" y1="10" x2="{x:.1f}" y2="{height - 10}" stroke="#aaa" '
                       f'stroke-dasharray="3,3"/><text x="{x + 3:.1f}" y="{height - 4}" '
                       f'font-size="11">{year}</text>')
    return out


def _svg_point(e: dict[str, Any], x: float, y: float) -> str:
    color = "#c0392b" if e["kind"] == "denial" else "#2c6fbb"
    fill = color if e["basis"] == "event" else "white"
    tip = html.escape(f"{e['date']} ({e['basis']}) {e['label']} — {e['sources']}")
    r = 4 + 2 * min(e["independent"], 6)
    return (f'<circle cx="{x:.1f}" cy="{y}" r="{r}" fill="{fill}" stroke="{color}" '
            f'stroke-width="2"><title>{tip}</title></circle>')


def _table_rows(events: list[dict[str, Any]]) -> str:
    cells = ("date", "basis", "kind", "label", "mentions", "independent", "sources")
    return "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(str(e.get(c) if e.get(c) is not None else ''))}</td>"
                         for c in cells) + "</tr>" for e in events)


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 1.5em; color: #222; }}
table {{ border-collapse: collapse; font-size: 13px; }}
td, th {{ border-bottom: 1px solid #eee; padding: 3px 8px; text-align: left; vertical-align: top; }}
.legend {{ font-size: 13px; color: #555; }}
</style></head><body>
<h1>{title}</h1>
<p class="legend">{n} events. Filled circles: the reports give an event date; hollow circles:
only the publication date is known. Circle size: independent sources. Hover for sources.</p>
{svg}
<table><thead><tr><th>date</th><th>basis</th><th>kind</th><th>what</th><th>reports</th>
<th>independent</th><th>sources</th></tr></thead>
<tbody>
{rows}
</tbody></table>
</body></html>
"""
