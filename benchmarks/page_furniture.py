"""Page furniture of real sites: plain-text cleaning scored on the 181 real pages of the
article-extraction benchmark (../shared/benchmarks/article-extraction-benchmark).

Each page is turned into the text a scraper that keeps every visible line would save
(one line per block element, scripts and styles dropped). A line is article text when
its words stand in the page's gold body (most of its 4-word shingles; a short line must be
a paragraph of the body, a subheading), else page furniture: navigation, share bars, captions, credits, related
headlines, footers. ``recruitwatch.clean.text.clean_text`` then runs on the page text,
and the lines it removes are scored against that labelling (lines without a letter or
digit are not scored), as the gold scorer scores junk on the annotated sets.

    .venv/bin/python -P benchmarks/page_furniture.py [--limit N] [--json OUT] [--show N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BENCH = ROOT.parent / "shared" / "benchmarks" / "article-extraction-benchmark"
_WORD = re.compile(r"\w+")
_BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "ul",
    "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "blockquote", "table",
    "tr", "td", "th", "br", "form", "button", "label", "dt", "dd", "pre", "time", "title",
})
_DROP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "head", "select"})


def page_text(html: str) -> str:
    """The visible text of a page, one line per block element."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return ""
    parts: list[str] = []
    _walk(root, parts)
    lines = (re.sub(r"\s+", " ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(el, parts: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else None
    if tag is None or tag in _DROP:  # comments and processing instructions too
        parts.append("\n")
    else:
        if tag in _BLOCKS:
            parts.append("\n")
        parts.append(el.text or "")
        for child in el:
            _walk(child, parts)
        if tag in _BLOCKS:
            parts.append("\n")
    parts.append(el.tail or "")


def labels(text: str, gold: str) -> dict[int, bool]:
    """Line index → True for article text, False for furniture (scored lines only)."""
    gold_tokens = [w.lower() for w in _WORD.findall(gold)]
    grams = {tuple(gold_tokens[i:i + 4]) for i in range(len(gold_tokens) - 3)}
    # a short line is article text only as a paragraph of its own in the gold body (a
    # subheading): "United States" inside a sentence says nothing of a menu entry
    paragraphs = {" ".join(w.lower() for w in _WORD.findall(p)) for p in gold.split("\n")}
    out = {}
    for i, line in enumerate(text.splitlines()):
        words = [w.lower() for w in _WORD.findall(line)]
        if not any(ch.isalnum() for ch in line) or not words:
            continue
        if len(words) < 4:
            out[i] = " ".join(words) in paragraphs
            continue
        mine = [tuple(words[k:k + 4]) for k in range(len(words) - 3)]
        out[i] = sum(g in grams for g in mine) >= 0.8 * len(mine)
    return out


def score_page(text: str, gold: str) -> dict[str, int]:
    from recruitwatch.clean.text import clean_text

    want = labels(text, gold)
    removed = {r.line for r in clean_text(text, "en").removed}
    n = {"tp": 0, "fp": 0, "fn": 0, "kept": 0, "article": 0}
    for i, is_article in want.items():
        if is_article:
            n["article"] += 1
            n["kept"] += i not in removed
            n["fp"] += i in removed
        else:
            n["tp"] += i in removed
            n["fn"] += i not in removed
    return n


def run(bench: Path, limit: int | None = None, show: int = 0) -> dict[str, float]:
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    total = {"tp": 0, "fp": 0, "fn": 0, "kept": 0, "article": 0}
    missed: list[str] = []
    for key in sorted(truth)[:limit]:
        html = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()).decode(
            "utf-8", "replace")
        text = page_text(html)
        counts = score_page(text, truth[key]["articleBody"])
        for k, v in counts.items():
            total[k] += v
        if show:
            missed += _kept_furniture(text, truth[key]["articleBody"])
    p = total["tp"] / (total["tp"] + total["fp"]) if total["tp"] + total["fp"] else 1.0
    r = total["tp"] / (total["tp"] + total["fn"]) if total["tp"] + total["fn"] else 1.0
    out = {"pages": min(len(truth), limit or len(truth)), "junk_precision": round(p, 4),
           "junk_recall": round(r, 4), "junk_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
           "article_kept": round(total["kept"] / total["article"], 4) if total["article"] else 1.0}
    if show:
        out["kept_furniture"] = missed[:show]
    return out


def _kept_furniture(text: str, gold: str) -> list[str]:
    from recruitwatch.clean.text import clean_text

    removed = {r.line: r.kind for r in clean_text(text, "en").removed}
    lines = text.splitlines()
    out = [lines[i][:100] for i, art in labels(text, gold).items() if not art and i not in removed]
    return out + [f"ARTICLE REMOVED ({removed[i]}): {lines[i][:90]}"
                  for i, art in labels(text, gold).items() if art and i in removed]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--json", metavar="OUT")
    ap.add_argument("--show", type=int, default=0, help="list N furniture lines kept")
    args = ap.parse_args(argv)
    if not (args.bench / "ground-truth.json").exists():
        print(f"error: no ground-truth.json in {args.bench}; pass --bench DIR", file=sys.stderr)
        return 1
    result = run(args.bench, args.limit, args.show)
    for key, value in result.items():
        if key != "kept_furniture":
            print(f"{key:<16} {value}")
    for line in result.get("kept_furniture", []):
        print(f"  kept: {line}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
