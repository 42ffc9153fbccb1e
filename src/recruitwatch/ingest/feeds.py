"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one record per item or entry.

Parsed with defusedxml, so a DTD that declares entities (the "billion laughs" bomb) or
points outside the file is refused before anything is expanded.
"""

from __future__ import annotations

import email.utils
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from recruitwatch.ingest.errors import IngestError, Refused, refusal
from recruitwatch.model import RawRecord

_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")


def feed_records(source: str, data: bytes) -> Iterator[RawRecord | IngestError]:
    """The items of a whole feed held in ``data`` (already size-checked)."""
    root = _parsed(data)
    channel, items = _items(root)
    outlet = _text(_child(channel, "title")) if channel is not None else None
    if not items:
        raise Refused("feed has no items or entries")
    for number, item in enumerate(items, 1):
        where = f"{source}#item={number}"
        try:
            yield _item_record(where, item, outlet)
        except Refused as exc:
            yield refusal(where, exc)


def feed_items(data: bytes) -> tuple[str | None, list[ET.Element]]:
    """The feed's title and its item or entry elements (for the watcher, which fetches each
    item's page); ``Refused`` when the feed is malformed or not a feed."""
    channel, items = _items(_parsed(data))
    return (_text(_child(channel, "title")) if channel is not None else None), items


def item_fields(item: ET.Element) -> dict[str, str | None]:
    """What identifies an item and tells that it changed: link, guid, title and dates."""
    return {"link": _link(item), "guid": _text(_child(item, "guid")) or _text(_child(item, "id")),
            "title": _text(_child(item, "title")),
            "published": _date(_text(_first(item, "pubDate", "published", "date"))),
            "updated": _text(_child(item, "updated"))}


def item_record(source: str, item: ET.Element, outlet: str | None) -> RawRecord:
    """The item's own content as a record; ``Refused`` when it has none."""
    return _item_record(source, item, outlet)


def _parsed(data: bytes) -> ET.Element:
    if not data.strip():
        raise Refused("empty file: nothing to ingest")
    try:
        return fromstring(data)
    except DefusedXmlException as exc:
        raise Refused(f"feed refused: {type(exc).__name__} ({exc}); XML entity and external "
                      "declarations are not allowed (entity bomb?), remove the DTD") from None
    except ET.ParseError as exc:
        raise Refused(f"malformed feed: {exc}; check that it is complete, well-formed XML") from None


def _items(root: ET.Element) -> tuple[ET.Element | None, list[ET.Element]]:
    """(channel or feed element, item/entry elements) for RSS 2.0, RSS 1.0 and Atom."""
    name = _local(root.tag)
    if name == "rss":
        channel = _child(root, "channel")
        return channel, _children(channel, "item") if channel is not None else []
    if name == "feed":
        return root, _children(root, "entry")
    if name == "RDF":
        return _child(root, "channel"), _children(root, "item")
    raise Refused(f"XML whose root is <{name}>, not an RSS or Atom feed; "
                  "pass RSS 2.0, RSS 1.0 or Atom")


def _item_record(source: str, item: ET.Element, outlet: str | None) -> RawRecord:
    content = _first(item, "encoded", "content", "description", "summary")
    if content is None:
        raise Refused("item has no content or description")
    body = _content_markup(content)
    if not body.strip():
        raise Refused("item has an empty content or description")
    kind = "html" if _TAG.search(body) or content.get("type") in ("html", "xhtml") else "text"
    return RawRecord(
        source=source, data=ET.tostring(item, encoding="utf-8"), kind=kind, text=body,
        url=_link(item), title=_text(_child(item, "title")),
        published=_date(_text(_first(item, "pubDate", "published", "date", "updated"))),
        outlet=outlet,
    )


def _content_markup(content: ET.Element) -> str:
    """The content as markup: escaped HTML is already text; Atom xhtml is serialised."""
    if content.get("type") == "xhtml" or len(content):
        inner = "".join(ET.tostring(c, encoding="unicode") for c in content)
        return (content.text or "") + inner
    return content.text or ""


def _link(item: ET.Element) -> str | None:
    for link in _children(item, "link"):
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and _text(link):
            return _text(link)
    guid = _child(item, "guid")
    if guid is not None and guid.get("isPermaLink", "true") == "true":
        value = _text(guid)
        if value and value.startswith(("http://", "https://")):
            return value
    return None


def _date(value: str | None) -> str | None:
    """ISO 8601 for RFC 822 dates (RSS pubDate); other forms are kept as given."""
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError):
        return value


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(parent: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in parent if _local(c.tag) == name]


def _child(parent: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in parent if _local(c.tag) == name), None)


def _first(parent: ET.Element, *names: str) -> ET.Element | None:
    for name in names:
        found = _child(parent, name)
        if found is not None and (found.text or len(found)):
            return found
    return None


def _text(el: ET.Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    return el.text.strip() or None
