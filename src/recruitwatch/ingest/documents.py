"""One document per input: a plain-text or HTML file, page or stdin."""

from __future__ import annotations

import codecs
import html
import re

from recruitwatch.ingest.decode import DecodeError, decode_bytes
from recruitwatch.ingest.errors import Refused
from recruitwatch.model import RawRecord

# What a browser would not show: the head, scripts, styles, comments, then every tag.
_INVISIBLE = re.compile(
    r"<!--.*?-->|<(head|script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")

UNDECODABLE = ("bytes fit no known text encoding (invalid bytes?); "
               "convert the file to UTF-8, e.g. with iconv")


def document_record(source: str, data: bytes, kind: str, url: str | None = None,
                    charset: str | None = None) -> RawRecord:
    """A record for one whole document, or ``Refused`` when it holds no text."""
    if not data.strip():
        raise Refused("empty file: nothing to ingest")
    text = decoded(data, charset)
    if kind == "html" and not html_has_text(text):
        raise Refused("HTML has no text (only markup, scripts or an empty body)")
    if kind == "text" and not text.strip():
        raise Refused("empty file: only white space")
    return RawRecord(source=source, data=data, kind=kind, text=text, url=url)


def decoded(data: bytes, charset: str | None = None) -> str:
    """The text of ``data``; a declared ``charset`` (HTTP, WARC) wins when it decodes cleanly."""
    if charset:
        try:
            return data.decode(codecs.lookup(charset).name).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown label: detect instead
    try:
        return decode_bytes(data)[0]
    except DecodeError:
        raise Refused(UNDECODABLE) from None


def html_has_text(markup: str) -> bool:
    """Whether an HTML page has any visible text (malformed markup is fine)."""
    visible = _TAG.sub(" ", _INVISIBLE.sub(" ", markup))
    return bool(html.unescape(visible).strip())
