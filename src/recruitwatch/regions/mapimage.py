"""The tile-grid map as a PNG for publication, drawn with matplotlib (the ``chart`` extra)
from the same data as the SVG (``tilemap.cells``): same squares, colours, legend, title
and caption naming the sources. Nothing is fetched: no tiles, no fonts from the network.
"""

from __future__ import annotations

import io
from typing import Any

from recruitwatch.regions.tilemap import CELL, GAP, PAD, caption_lines, map_size

__all__ = ["map_png"]

SCALE_UP = 2  # pixels per SVG unit: sharp enough for print at the SVG's size


def map_png(cells_: list[dict[str, Any]], legend: list[dict[str, Any]], title: str, caption: str) -> bytes:
    """The map as PNG bytes, ``SCALE_UP`` times the SVG's width and height in pixels."""
    try:
        import matplotlib
    except ImportError as exc:  # the base install has no matplotlib
        raise RuntimeError("the PNG map needs matplotlib: pip install 'recruitwatch[chart]'"
                           " (or export the SVG, which needs nothing)") from exc
    matplotlib.use("Agg")  # no display: the image is written to bytes
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyBboxPatch

    width, height, top, legend_y = map_size(cells_, legend, caption)
    dpi = 100
    fig = Figure(figsize=(width * SCALE_UP / dpi, height * SCALE_UP / dpi), dpi=dpi)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)  # SVG coordinates: y grows downwards
    ax.axis("off")
    pt = SCALE_UP * 72 / dpi  # font size in points for one SVG unit
    ax.text(PAD, 22, title, fontsize=16 * pt, fontweight="bold", color="#1c1917", va="baseline")
    for c in cells_:
        x, y = PAD + c["col"] * (CELL + GAP), top + PAD + c["row"] * (CELL + GAP)
        occupied = c["kind"] == "occupied"
        ax.add_patch(FancyBboxPatch((x, y), CELL, CELL, boxstyle="round,pad=0,rounding_size=3",
                                    facecolor=c["fill"], edgecolor="#1c1917" if occupied else "none",
                                    linewidth=1.5 * pt if occupied else 0, linestyle=(0, (4, 2)) if occupied else "-"))
        ax.text(x + CELL / 2, y + CELL / 2 + 4, c["short"], fontsize=11 * pt, color=c["ink"],
                ha="center", va="baseline")
    occ = [c for c in cells_ if c["kind"] == "occupied"]
    if occ:
        ax.text(PAD + min(c["col"] for c in occ) * (CELL + GAP),
                top + PAD + min(c["row"] for c in occ) * (CELL + GAP) - 6,
                "Occupied Ukraine", fontsize=10 * pt, color="#57534e", va="baseline")
    col_w = (width - 2 * PAD) // 3
    for i, item in enumerate(legend):
        lx, ly = PAD + (i % 3) * col_w, legend_y + (i // 3) * 22
        ax.add_patch(FancyBboxPatch((lx, ly), 14, 14, boxstyle="round,pad=0,rounding_size=2",
                                    facecolor=item["fill"], edgecolor="#a8a29e", linewidth=0.5 * pt))
        ax.text(lx + 20, ly + 11, item["text"], fontsize=11 * pt, color="#1c1917", va="baseline")
    for k, line in enumerate(caption_lines(caption, width)):
        ax.text(PAD, height - 14 - 13 * (len(caption_lines(caption, width)) - 1 - k), line,
                fontsize=10 * pt, color="#57534e", va="baseline")
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=dpi, facecolor="#ffffff", metadata={"Software": "recruitwatch"})
    return out.getvalue()
