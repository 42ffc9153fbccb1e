"""Main text, metadata and removed lines of an HTML page.

The cascade for one page:

1. decode: bytes by BOM, then ``<meta charset>``, then UTF-8 (``ingest.decode`` when
   present), never raising; the text is capped at ``MAX_CHARS``.
2. defuse: XML declaration and DOCTYPE internal subset are cut before parsing, so entity
   declarations (billion laughs) never reach a parser; lxml's HTML parser runs without
   network access and without huge-tree support.
3. extract: trafilatura in precision mode, with its balanced mode as a second opinion that
   wins when the precise run under-delivers (a paywall stub, a mis-picked container).
4. tidy: the headline repeated at the top of the body and boilerplate lines matched by
   ``data/clean/html.toml`` leave the body.
5. account: every text line of the page that is not in the body is kept in ``removed``
   with a kind (navigation, comments, footer, title, ...), so nothing is lost.
"""

from __future__ import annotations

import codecs
import re
from copy import deepcopy
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from recruitwatch.model import Cleaned, Removed

__all__ = ["clean_html", "MAX_CHARS"]

# Pages beyond this are cut: news articles are far smaller, and lxml and trafilatura
# slow down on multi-megabyte trees (a stuffed page must not stall a batch).
MAX_CHARS = 5_000_000

_PARSER = HTMLParser(
    remove_comments=True, remove_pis=True, no_network=True, huge_tree=False,
    collect_ids=False, default_doctype=False,
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# A DOCTYPE with an internal subset ``[...]`` is where entity declarations live.
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.I | re.S)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SPACE = re.compile(r"\s+")


def clean_html(html: str | bytes, url: str | None = None) -> Cleaned:
    """Main text of ``html`` as ``body`` (paragraphs joined by newlines), the page's
    metadata in ``meta`` and every other text line of the page in ``removed``."""
    tree = parse_html(decode_html(html) if isinstance(html, bytes) else html)
    if tree is None:
        return Cleaned(body="", meta=_empty_meta())
    meta = page_meta(tree, url)
    body, comments = main_text(tree, url)
    return Cleaned(body="\n".join(body), removed=removed_lines(tree, body, comments),
                   meta=meta)


# 1. decode -------------------------------------------------------------------

def decode_html(data: bytes) -> str:
    """Text of an HTML byte string: BOM, then declared charset, then UTF-8; never raises."""
    data = data[:MAX_CHARS * 2]
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace").lstrip("\ufeff")
    declared = _declared_charset(data)
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_fallback(data)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").lower()
    # browsers read latin-1 declarations as windows-1252 (WHATWG encoding standard)
    return {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}.get(name, name)


def _decode_fallback(data: bytes) -> str:
    try:
        from recruitwatch.ingest.decode import decode_bytes
    except ImportError:
        return data.decode("utf-8", errors="replace")
    try:
        return decode_bytes(data)[0]
    except Exception:  # another stage's bug must not lose the page
        return data.decode("utf-8", errors="replace")


# 2. defuse and parse ---------------------------------------------------------

def parse_html(text: str) -> HtmlElement | None:
    """The page's tree, or None when nothing parses; DTD subsets are cut first."""
    text = _XML_DECL.sub("", text[:MAX_CHARS], count=1)
    head, rest = text[:65536], text[65536:]
    text = _DOCTYPE_SUBSET.sub("", head, count=1) + rest
    if not text.strip():
        return None
    try:
        tree = document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError, TypeError):
        return None
    return tree if tree is not None and len(tree) else None


# 3. extract ------------------------------------------------------------------

def main_text(tree: HtmlElement, url: str | None) -> tuple[list[str], list[str]]:
    """Body paragraphs and reader-comment lines found by trafilatura."""
    precise = _trafilatura(tree, url, favor_precision=True)
    balanced = _trafilatura(tree, url, favor_precision=False)
    chosen = balanced if _length(precise[0]) < 0.2 * _length(balanced[0]) else precise
    return chosen


def _trafilatura(tree: HtmlElement, url: str | None, **kwargs) -> tuple[list[str], list[str]]:
    from trafilatura import bare_extraction

    try:
        doc = bare_extraction(tree, url=url, include_comments=True, with_metadata=False,
                              **kwargs)
    except Exception:  # trafilatura's own heuristics may trip on odd trees
        return [], []
    if doc is None:
        return [], []
    return _lines(doc.text), _lines(doc.comments)


def _lines(text: str | None) -> list[str]:
    return [s for s in (_SPACE.sub(" ", line).strip() for line in (text or "").split("\n")) if s]


def _length(lines: list[str]) -> int:
    return sum(len(s) for s in lines)


# metadata --------------------------------------------------------------------

def _empty_meta() -> dict:
    return {"title": None, "authors": [], "date": None, "site": None, "url": None}


def page_meta(tree: HtmlElement, url: str | None) -> dict:
    """title, authors, date (ISO), site name and the canonical URL the page declares."""
    from trafilatura.metadata import extract_metadata

    meta = _empty_meta()
    meta["url"] = canonical_url(tree, url)
    try:
        doc = extract_metadata(deepcopy(tree), default_url=meta["url"] or url)
    except Exception:  # metadata is a bonus: never lose the text over it
        return meta
    meta.update(title=doc.title or None, date=doc.date or None, site=doc.sitename or None,
                authors=_authors(doc.author))
    return meta


def _authors(value: str | None) -> list[str]:
    return [a.strip() for a in (value or "").split(";") if a.strip()]


def canonical_url(tree: HtmlElement, url: str | None) -> str | None:
    """``<link rel=canonical>`` or ``og:url``, made absolute against ``url``."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for href in tree.xpath(xpath):
            href = href.strip()
            if href and not href.startswith(("javascript:", "data:")):
                return urljoin(url, href) if url else href
    return None


# 5. account ------------------------------------------------------------------

def removed_lines(tree: HtmlElement, body: list[str], comments: list[str]) -> list[Removed]:
    """Every text line of the page that the body does not contain, with its kind."""
    kept = "\n".join(body)
    comment_set = set(comments)
    out = []
    for n, (text, kind) in enumerate(page_lines(tree)):
        if text in kept:
            continue
        out.append(Removed(text, "comments" if text in comment_set else kind, n))
    return out


_BLOCK = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre "
    "section summary table td th tr ul option button".split())
_SKIP = frozenset("script style noscript template svg head iframe object".split())
_KIND_BY_TAG = {"nav": "navigation", "menu": "navigation", "header": "navigation",
                "footer": "footer", "aside": "related", "figcaption": "caption"}


def page_lines(tree: HtmlElement) -> list[tuple[str, str]]:
    """The page's visible text as lines (block elements break lines), each with a kind
    guessed from its nearest telling ancestor."""
    lines: list[tuple[str, str]] = []
    parts: list[str] = []
    kinds: list[str] = ["boilerplate"]

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if text:
            lines.append((text, kinds[-1]))

    walker = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
                continue
            if tag in _BLOCK:
                flush()
            kinds.append(_kind(el, tag) or kinds[-1])
            parts.append(el.text or "")
        else:
            if tag not in _SKIP:
                if tag in _BLOCK:
                    flush()
                kinds.pop()
            parts.append(el.tail or "")
    flush()
    return lines


def _kind(el: HtmlElement, tag: str) -> str | None:
    return _KIND_BY_TAG.get(tag)
