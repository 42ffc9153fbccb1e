"""The tile-grid map of Russia's federal subjects and the small charts of the regions
pages, drawn as SVG strings: one square per subject at its place in
``gazetteer/regions.toml``, the occupied Ukrainian territories apart and outlined.

Colours come from a sequential scale of our own (pale yellow to deep blue, lightness
falling at every step, so it reads the same to the common colour-vision deficiencies and
in greyscale); values are put in classes by rank, so one very large bonus does not wash
the rest out. Every string of the data is escaped here: the output is inserted as is.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from recruitwatch.regions.places import occupied_territories, subjects

__all__ = ["SCALE", "bar_chart", "caption_lines", "cells", "classes", "map_size", "map_svg", "payments_chart"]

SCALE = ("#f6efbd", "#c9e3a5", "#8fcb9b", "#52ab98", "#2f7f93", "#2c5282", "#26235e")
NO_DATA = "#e9e6e0"
CELL, GAP, PAD = 40, 4, 8


def classes(values: list[float], n: int = len(SCALE)) -> list[float]:
    """Upper bounds of up to ``n`` classes holding about as many distinct values each."""
    distinct = sorted(set(values))
    if not distinct:
        return []
    k = min(n, len(distinct))
    return [distinct[min(len(distinct) - 1, round((i + 1) * len(distinct) / k) - 1)] for i in range(k)]


def _colour(value: float | None, bounds: list[float]) -> str:
    if value is None:
        return NO_DATA
    step = next((i for i, b in enumerate(bounds) if value <= b), len(bounds) - 1)
    # spread the classes over the whole scale when there are fewer than its colours
    at = round(step * (len(SCALE) - 1) / max(1, len(bounds) - 1)) if len(bounds) > 1 else len(SCALE) - 1
    return SCALE[at]


def _ink(fill: str) -> str:
    r, g, b = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "#1c1917" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#ffffff"


def cells(values: dict[str, float], fmt) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(cells, legend): every subject and occupied territory with its square, colour and
    label; the legend's classes with their colours and ranges."""
    bounds = classes(list(values.values()))
    out = []
    for region in (*subjects(), *occupied_territories()):
        value = values.get(region.code)
        fill = _colour(value, bounds)
        out.append({"code": region.code, "name": region.name, "kind": region.kind,
                    "col": region.tile[0], "row": region.tile[1], "value": value,
                    "text": fmt(value) if value is not None else "nothing reported",
                    "fill": fill, "ink": _ink(fill), "short": region.short})
    legend, low = [], None
    for i, b in enumerate(bounds):
        legend.append({"fill": _colour(b, bounds), "from": low if low is not None else b, "to": b,
                       "text": fmt(b) if low is None or low == b else f"{fmt(low)} – {fmt(b)}"})
        low = next((v for v in sorted(set(values.values())) if v > b), None)
    legend.append({"fill": NO_DATA, "text": "nothing reported"})
    return out, legend


def map_svg(cells_: list[dict[str, Any]], legend: list[dict[str, Any]], title: str,
            caption: str = "", standalone: bool = False, link: str = "/region/{code}") -> str:
    """The tile grid as SVG: each square a link to its region's page, with a label for
    keyboards and screen readers; ``standalone`` adds the XML namespace, a white ground,
    the title and the caption for publication."""
    width, height, top, legend_y = map_size(cells_, legend, caption, standalone)
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group"'
             f' aria-label="{escape(title)}" class="tilemap"'
             + (' xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"' if standalone else "")
             + ' font-family="Helvetica, Arial, sans-serif">']
    if standalone:
        parts.append(f'<rect width="{width}" height="{height}" fill="#ffffff"/>'
                     f'<text x="{PAD}" y="22" font-size="16" font-weight="700" fill="#1c1917">{escape(title)}</text>')
    parts += [_cell_svg(c, top, link) for c in cells_]
    parts.append(_occupied_note(cells_, top))
    parts.append(_legend_svg(legend, legend_y, width))
    lines = caption_lines(caption, width)
    for k, line in enumerate(lines):
        y = height - 14 - CAPTION_LINE * (len(lines) - 1 - k)
        parts.append(f'<text x="{PAD}" y="{y}" font-size="10" fill="#57534e" class="caption">{escape(line)}</text>')
    parts.append("</svg>")
    return "".join(parts)


CAPTION_LINE = 13  # the caption's line height
_CHAR = 5.4  # a caption character's width, roughly, at font size 10


def map_size(cells_: list[dict[str, Any]], legend: list[dict[str, Any]], caption: str,
             standalone: bool = True) -> tuple[int, int, int, int]:
    """(width, height, top of the grid, top of the legend) of the map, the SVG's and the PNG's."""
    cols = max(c["col"] for c in cells_) + 1
    rows = max(c["row"] for c in cells_) + 1
    top = 34 if standalone else 0
    width = PAD * 2 + cols * (CELL + GAP)
    legend_y = top + PAD + rows * (CELL + GAP) + 10
    lines = len(caption_lines(caption, width))
    height = legend_y + 22 * ((len(legend) + 2) // 3) + (27 + CAPTION_LINE * lines if lines else 10)
    return width, height, top, legend_y


def caption_lines(caption: str, width: int) -> list[str]:
    """The caption broken into lines that fit the map's width (SVG text does not wrap)."""
    import textwrap

    return textwrap.wrap(caption, max(20, int((width - 2 * PAD) / _CHAR))) if caption else []


def _cell_svg(c: dict[str, Any], top: int, link: str) -> str:
    x, y = PAD + c["col"] * (CELL + GAP), top + PAD + c["row"] * (CELL + GAP)
    occupied = c["kind"] == "occupied"
    label = f'{c["name"]}{" (occupied Ukrainian territory)" if occupied else ""}: {c["text"]}'
    stroke = ' stroke="#1c1917" stroke-width="1.5" stroke-dasharray="4 2"' if occupied else ""
    href = escape(link.format(code=c["code"]))
    return (f'<a href="{href}" class="tile" aria-label="{escape(label)}">'
            f'<title>{escape(label)}</title>'
            f'<rect x="{x}" y="{y}" width="{CELL}" height="{CELL}" rx="3" fill="{c["fill"]}"{stroke}/>'
            f'<text x="{x + CELL / 2}" y="{y + CELL / 2 + 4}" text-anchor="middle" font-size="11"'
            f' fill="{c["ink"]}">{escape(c["short"])}</text></a>')


def _occupied_note(cells_: list[dict[str, Any]], top: int) -> str:
    occ = [c for c in cells_ if c["kind"] == "occupied"]
    if not occ:
        return ""
    x = PAD + min(c["col"] for c in occ) * (CELL + GAP)
    y = top + PAD + min(c["row"] for c in occ) * (CELL + GAP) - 6
    return (f'<text x="{x}" y="{y}" font-size="10" fill="#57534e">Occupied Ukraine</text>')


def _legend_svg(legend: list[dict[str, Any]], y: int, width: int) -> str:
    out, col_w = [], (width - 2 * PAD) // 3
    for i, item in enumerate(legend):
        lx, ly = PAD + (i % 3) * col_w, y + (i // 3) * 22
        out.append(f'<rect x="{lx}" y="{ly}" width="14" height="14" rx="2" fill="{item["fill"]}"'
                   ' stroke="#a8a29e" stroke-width="0.5"/>'
                   f'<text x="{lx + 20}" y="{ly + 11}" font-size="11" fill="#1c1917">{escape(item["text"])}</text>')
    return "".join(out)


def bar_chart(rows: list[dict[str, Any]], label: str, value: str, title: str) -> str:
    """Horizontal bars, one per row, longest first, each labelled with its value."""
    if not rows:
        return ""
    top = max(r[value] for r in rows) or 1
    width, bar_x, h = 560, 170, 22
    parts = [f'<svg viewBox="0 0 {width} {len(rows) * h + 8}" width="{width}" height="{len(rows) * h + 8}"'
             f' role="img" aria-label="{escape(title)}" class="bars" font-family="Helvetica, Arial, sans-serif">']
    for i, r in enumerate(rows):
        y, w = 4 + i * h, max(2, (width - bar_x - 50) * r[value] / top)
        parts.append(f'<text x="{bar_x - 8}" y="{y + 14}" text-anchor="end" font-size="12" fill="#1c1917">'
                     f'{escape(str(r[label]))}</text><rect x="{bar_x}" y="{y + 2}" width="{w:.1f}" height="{h - 6}"'
                     f' fill="{SCALE[5]}"/><text x="{bar_x + w + 6:.1f}" y="{y + 14}" font-size="12"'
                     f' fill="#1c1917">{r[value]}</text>')
    parts.append("</svg>")
    return "".join(parts)


def payments_chart(points: list[dict[str, Any]], title: str) -> str:
    """Payments in rubles over time: a dot per payment (regional one-off filled, others
    hollow), each a link to the words it came from."""
    dated = [p for p in points if p.get("rub") is not None and _day(p.get("date"))]
    if not dated:
        return ""
    width, height, left, bottom = 640, 240, 80, 30
    days = [_day(p["date"]) for p in dated]
    lo, hi = min(days), max(days)
    if hi == lo:  # one date: put it in the middle
        lo, hi = lo - 30, hi + 30
    span = hi - lo
    top_value = max(p["rub"] for p in dated) * 1.1
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group"'
             f' aria-label="{escape(title)}" class="payments-chart" font-family="Helvetica, Arial, sans-serif">',
             f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#a8a29e"/>',
             f'<line x1="{left}" y1="10" x2="{left}" y2="{height - bottom}" stroke="#a8a29e"/>']
    for frac in (0, 0.5, 1):
        v, y = top_value * frac, height - bottom - (height - bottom - 10) * frac
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" fill="#57534e">'
                     f'{v / 1e6:.1f}M ₽</text>')
    first, last = min(days), max(days)
    for d, text in {(first, dated[days.index(first)]["date"]), (last, dated[days.index(last)]["date"])}:
        x = left + 10 + (width - left - 30) * (d - lo) / span
        parts.append(f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle" font-size="11"'
                     f' fill="#57534e">{escape(text[:10])}</text>')
    for p, d in zip(dated, days):
        x = left + 10 + (width - left - 30) * (d - lo) / span
        y = height - bottom - (height - bottom - 10) * p["rub"] / top_value
        main = p["level"] == "regional" and p["periodicity"] == "one-off"
        label = f'{p["rub"]:,.0f} rubles, {p["periodicity"]}, {p["level"]}, {p["date"]}'
        parts.append(f'<a href="{escape(p["href"])}" class="point" aria-label="{escape(label)}"><title>'
                     f'{escape(label)}</title><circle cx="{x:.1f}" cy="{y:.1f}" r="6" stroke="{SCALE[5]}"'
                     f' stroke-width="2" fill="{SCALE[5] if main else "#ffffff"}"/></a>')
    parts.append("</svg>")
    return "".join(parts)


def _day(date: str | None) -> int | None:
    if not date:
        return None
    parts = [int(p) for p in date.split("-")[:3]]
    while len(parts) < 3:
        parts.append(1 if len(parts) else 1)
    try:
        return dt.date(*parts).toordinal()
    except ValueError:
        return None
