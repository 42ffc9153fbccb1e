"""Where alert items are published: a JSON Lines file, a webhook (JSON POST with retries),
and an Atom feed per alert (served by the explorer at ``/alerts/NAME.atom``)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_ATOM = "http://www.w3.org/2005/Atom"
_USER_AGENT = "recruitwatch/0.1 alerts"


@dataclass(frozen=True, slots=True)
class WebhookOptions:
    attempts: int = 3
    backoff: float = 2.0  # seconds before the second attempt, doubled after
    timeout: float = 10.0


def item_record(item: dict[str, Any]) -> dict[str, Any]:
    """An item as published (JSON Lines line, webhook body): what was found, its words,
    the report it came from."""
    keys = ("alert", "id", "key", "label", "words", "context", "fact_id", "doc_id", "url",
            "outlet", "published", "created_at")
    record = {k: item.get(k) for k in keys}
    record["details"] = json.loads(item["details"]) if isinstance(item.get("details"), str) else item.get("details")
    return record


def append_jsonl(path: str | Path, items: list[dict[str, Any]]) -> None:
    """Append items, one JSON object a line; ``OSError`` when the file cannot be written."""
    with open(path, "a", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item_record(item), ensure_ascii=False) + "\n")


def post_webhook(url: str, item: dict[str, Any], options: WebhookOptions = WebhookOptions()
                 ) -> tuple[bool, int, str | None]:
    """POST the item as JSON, retrying on failure: (delivered, attempts made, last error)."""
    body = json.dumps(item_record(item), ensure_ascii=False).encode("utf-8")
    error = None
    for attempt in range(1, options.attempts + 1):
        request = urllib.request.Request(url, data=body, method="POST", headers={
            "Content-Type": "application/json; charset=utf-8", "User-Agent": _USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=options.timeout) as response:
                response.read(65536)
            return True, attempt, None
        except urllib.error.HTTPError as exc:
            exc.close()
            error = f"HTTP {exc.code} {exc.reason}"
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            error = f"cannot connect: {getattr(exc, 'reason', exc)}"
        if attempt < options.attempts:
            time.sleep(options.backoff * 2 ** (attempt - 1))
    return False, options.attempts, error


def atom_feed(alert: dict[str, Any], items: list[dict[str, Any]], base_url: str) -> bytes:
    """An Atom 1.0 feed of an alert's items, newest first; links point into the explorer
    (the fact or the report) and to the report's own address."""
    ET.register_namespace("", _ATOM)
    feed = ET.Element(f"{{{_ATOM}}}feed")
    name = alert["name"]
    _sub(feed, "id", f"urn:recruitwatch:alert:{name}")
    _sub(feed, "title", f"recruitwatch alert: {name}")
    _sub(feed, "subtitle", alert.get("description") or "")
    _sub(feed, "updated", _rfc3339(items[0]["created_at"] if items else alert["created_at"]))
    author = _sub(feed, "author")
    _sub(author, "name", "recruitwatch")
    _sub(feed, "generator", "recruitwatch")
    _link(feed, f"{base_url}/alerts/{name}.atom", "self", "application/atom+xml")
    _link(feed, f"{base_url}/alerts/{name}", "alternate", "text/html")
    for item in items:
        _entry(feed, name, item, base_url)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(feed: ET.Element, name: str, item: dict[str, Any], base_url: str) -> None:
    entry = _sub(feed, "entry")
    _sub(entry, "id", f"urn:recruitwatch:alert:{name}:{item['key']}")
    _sub(entry, "title", item["label"])
    _sub(entry, "updated", _rfc3339(item["created_at"]))
    if item.get("published"):
        _sub(entry, "published", _rfc3339(item["published"]))
    where = f"/fact/{item['fact_id']}" if item.get("fact_id") else (
        f"/doc/{item['doc_id']}" if item.get("doc_id") else f"/alerts/{name}")
    _link(entry, base_url + where, "alternate", "text/html")
    if item.get("url", "") and item["url"].lower().startswith(("http://", "https://")):
        _link(entry, item["url"], "related", None)
    source = " · ".join(x for x in (item.get("outlet"), item.get("published")) if x)
    words = item.get("context") or item.get("words") or ""
    _sub(entry, "summary", f"{words}\n— {source}" if source else words)


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, f"{{{_ATOM}}}{tag}")
    if text is not None:
        el.text = _xml_safe(text)
    return el


def _link(parent: ET.Element, href: str, rel: str, media: str | None) -> None:
    el = ET.SubElement(parent, f"{{{_ATOM}}}link", {"href": href, "rel": rel})
    if media:
        el.set("type", media)


def _xml_safe(text: str) -> str:
    """Characters XML 1.0 cannot hold (control codes in scraped text) dropped."""
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 0x20 and ch not in "\ufffe\uffff")


def _rfc3339(value: str) -> str:
    """A full timestamp for Atom: a bare date gets midnight UTC."""
    if len(value) == 4:
        value += "-01"
    if len(value) == 7:
        value += "-01"
    if len(value) == 10:
        return value + "T00:00:00Z"
    return value.replace("+00:00", "Z")
