"""What format an input is in: by its name, else by its first bytes."""

from __future__ import annotations

import codecs
import json
import zlib
from functools import lru_cache

from recruitwatch.resources import load_toml

FORMATS = ("text", "html", "jsonl", "feed", "warc", "telegram")
GZIP_MAGIC = b"\x1f\x8b"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def format_from_name(name: str) -> str | None:
    """The format a file name promises (``a.jsonl.gz`` → ``jsonl``), or None."""
    lower = strip_gz(name.lower())
    best = None
    for ext, fmt in _formats()["extensions"].items():
        if lower.endswith(ext) and (best is None or len(ext) > len(best[0])):
            best = (ext, fmt)
    return best[1] if best else None


def strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def gunzip_head(head: bytes) -> bytes:
    """As much of the decompressed start of a gzip stream as ``head`` yields."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 65536)
    except zlib.error:
        return b""


def is_binary(head: bytes) -> bool:
    """True for known binary formats and for bytes full of NULs or control codes.

    UTF-16/32 text has NULs too, so a BOM or a regular zero pattern excuses them.
    """
    if head.startswith(_UTF16_BOMS + _UTF32_BOMS):
        return False
    if any(head.startswith(magic) for magic in _magics()):
        return True
    sample = head[:8192]
    if not sample:
        return False
    if sample.count(0) and not _looks_utf16(sample):
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 and b != 27)
    return controls / len(sample) > 0.05


def _looks_utf16(sample: bytes) -> bool:
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return False
    return (odd.count(0) / len(odd) > 0.3 and even.count(0) / len(even) < 0.05) or (
        even.count(0) / len(even) > 0.3 and odd.count(0) / len(odd) < 0.05)


def format_from_head(head: bytes) -> str:
    """The format of (decompressed) bytes whose name says nothing: warc, feed, jsonl, telegram,
    html, text."""
    if head.startswith(b"WARC/"):
        return "warc"
    start = _ascii_start(head)
    if start.startswith("{") and _first_line_is_object(head):
        return "jsonl"
    if start.startswith("{") and b'"messages"' in head:
        return "telegram"  # a Telegram Desktop export (result.json), one pretty-printed object
    markers = _formats()
    if start.startswith("<?xml") or start.startswith("<rss") or start.startswith("<feed"):
        if any(m in start for m in markers["feed_markers"]):
            return "feed"
    if any(m in start for m in markers["html_markers"]):
        return "html"
    if start.startswith("<?xml"):
        return "feed"  # XML that is not HTML: try it as a feed, which explains any failure
    return "text"


def _ascii_start(head: bytes) -> str:
    """The first bytes as lower-case text, BOM and leading space removed (for markers only)."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                      (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(name, errors="ignore").lstrip().lower()
    return head.decode("latin-1").lstrip().lower()


def _first_line_is_object(head: bytes) -> bool:
    line = head.lstrip(codecs.BOM_UTF8 + b" \t\r\n").split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        # a first line longer than the head cannot be parsed here; trust the brace
        return b"\n" not in head


@lru_cache(maxsize=1)
def _formats() -> dict:
    return load_toml("ingest/formats.toml")


@lru_cache(maxsize=1)
def _magics() -> tuple[bytes, ...]:
    return tuple(bytes.fromhex(h) for h in _formats()["binary_magic"].values())
