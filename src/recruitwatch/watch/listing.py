"""What a source lists: its items, each with a key, a page URL and a stamp that changes
when the item does.

- feed (RSS/Atom): one item per entry; key the guid (else the link); stamp the entry's
  ``updated`` date, else its publication date, else a hash of the entry. The page at the
  link is fetched; the entry's own content is the fallback when robots.txt forbids it.
- sitemap: one item per ``<url>``; stamp its ``lastmod`` (or news publication date); a
  sitemap index is followed to its sitemaps (at most ``sitemap_children``).
- urls: one item per URL (a text file of URLs, one a line, ``#`` comments; or inline).
- telegram: a public channel's web preview; one item per post, its text read from the
  preview (no page fetched), key the post's ``t.me/<channel>/<id>`` link, stamp a hash of
  its text (an edited post is a new version). Older pages (``?before=<id>``) are read
  until a post already seen, so a busy channel between two rounds loses nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from recruitwatch.ingest.documents import decoded
from recruitwatch.ingest.errors import Refused
from recruitwatch.ingest.feeds import feed_items, item_fields, item_record
from recruitwatch.model import RawRecord
from recruitwatch.watch.config import Source
from recruitwatch.watch.http import Fetcher, FetchError

Seen = dict[str, str | None]  # key → stamp of the items already stored (or given up)


def _is_done(seen: Seen, key: str, stamp: str | None) -> bool:
    return key in seen and (stamp is None or seen[key] == stamp)


@dataclass(slots=True)
class Item:
    key: str
    url: str | None
    stamp: str | None = None
    title: str | None = None
    published: str | None = None
    record: RawRecord | None = None  # the content is in the listing itself: nothing to fetch
    fallback: RawRecord | None = None  # the listing's content, if the page may not be fetched


@dataclass(slots=True)
class Listing:
    kind: str
    items: list[Item] = field(default_factory=list)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None


def list_source(fetcher: Fetcher, source: Source, etag: str | None, last_modified: str | None,
                seen: Seen) -> Listing:
    """The items ``source`` lists now; ``not_modified`` when its validators still hold."""
    if source.url is None:
        return Listing("urls", [Item(u, u) for u in dict.fromkeys(source.urls)])
    response = fetcher.fetch(source.url, etag, last_modified)
    if response.status == 304:
        return Listing(source.kind or "?", not_modified=True)
    body = _gunzipped(response.body, fetcher.options.max_bytes)
    kind = source.kind or sniff_kind(body, response.content_type)
    try:
        items = _READERS[kind](fetcher, source, body, seen)
    except Refused as exc:
        raise FetchError(f"{kind}: {exc}") from None
    return Listing(kind, items, etag=response.etag, last_modified=response.last_modified)


def sniff_kind(body: bytes, content_type: str = "") -> str:
    """feed, sitemap or urls, from what the server sent; ``FetchError`` when none fits."""
    head = body.lstrip()[:4096].lower()
    if re.search(rb"<(?:\w+:)?(?:urlset|sitemapindex)\b", head):
        return "sitemap"
    if re.search(rb"<(?:rss|feed|rdf:rdf)\b", head):
        return "feed"
    if head.startswith(b"<") or "html" in content_type.lower():
        if b"tgme_" in body[:200_000]:
            return "telegram"
        raise FetchError("an HTML page, not a feed, sitemap or URL list; give the feed's address"
                         " (look for an RSS link on the site) or set kind")
    if head and all(_is_url(line) for line in _lines(body)):
        return "urls"
    raise FetchError("neither a feed, a sitemap nor a list of URLs (one http(s) address a "
                     "line); check the address or set kind")


# --- feeds -------------------------------------------------------------------------------

def _feed(fetcher: Fetcher, source: Source, body: bytes, seen: Seen) -> list[Item]:
    outlet, entries = feed_items(body)
    if not entries:
        raise Refused("no items or entries; check the address")
    items = []
    for number, entry in enumerate(entries, 1):
        f = item_fields(entry)
        key = f["guid"] or f["link"]
        try:
            own = item_record(f"{source.url}#item={number}", entry, source.outlet or outlet)
            own.url = own.url or key
        except Refused:
            own = None
        if key is None:
            if own is None:
                continue  # nothing to name it by and nothing in it
            key = "sha1:" + hashlib.sha1(ET.tostring(entry)).hexdigest()
        stamp = f["updated"] or f["published"] or hashlib.sha1(ET.tostring(entry)).hexdigest()[:16]
        page = f["link"] if f["link"] and f["link"].startswith(("http://", "https://")) else None
        items.append(Item(key, page, stamp, f["title"], f["published"],
                          record=None if page else own, fallback=own))
    return items


# --- sitemaps ----------------------------------------------------------------------------

def _sitemap(fetcher: Fetcher, source: Source, body: bytes, seen: Seen, depth: int = 0) -> list[Item]:
    root = _xml(body)
    if _local(root.tag) == "sitemapindex":
        if depth:
            raise Refused("index inside an index: give the inner sitemaps as sources")
        items = []
        for loc in _locs(root, "sitemap")[:fetcher.options.sitemap_children]:
            child = fetcher.fetch(loc)
            items += _sitemap(fetcher, source, _gunzipped(child.body, fetcher.options.max_bytes),
                              seen, depth + 1)
        return items
    if _local(root.tag) != "urlset":
        raise Refused(f"the root is <{_local(root.tag)}>, not <urlset> or <sitemapindex>")
    items = []
    for url in (c for c in root if _local(c.tag) == "url"):
        fields_ = {_local(e.tag): (e.text or "").strip() for e in url.iter() if e is not url}
        loc = fields_.get("loc")
        if loc and _is_url(loc):
            stamp = fields_.get("lastmod") or fields_.get("publication_date") or None
            items.append(Item(loc, loc, stamp, fields_.get("title") or None,
                              fields_.get("publication_date") or None))
    return items


def _locs(root: ET.Element, parent: str) -> list[str]:
    return [(e.text or "").strip() for p in root if _local(p.tag) == parent
            for e in p if _local(e.tag) == "loc" and _is_url((e.text or "").strip())]


def _xml(body: bytes) -> ET.Element:
    try:
        return fromstring(body)
    except DefusedXmlException as exc:
        raise Refused(f"refused ({type(exc).__name__}): entity declarations are not allowed") from None
    except ET.ParseError as exc:
        raise Refused(f"malformed XML ({exc}); check that it is complete") from None


# --- URL lists ---------------------------------------------------------------------------

def _urls(fetcher: Fetcher, source: Source, body: bytes, seen: Seen) -> list[Item]:
    urls = [line for line in _lines(body) if _is_url(line)]
    return [Item(u, u) for u in dict.fromkeys([*source.urls, *urls])]


def _lines(body: bytes) -> list[str]:
    try:
        text = decoded(body)
    except Refused:
        return ["(undecodable)"]
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


def _is_url(text: str) -> bool:
    return bool(re.fullmatch(r"https?://\S+", text))


# --- Telegram channel previews -----------------------------------------------------------

def _telegram(fetcher: Fetcher, source: Source, body: bytes, seen: Seen) -> list[Item]:
    posts, title = telegram_posts(body)
    if not posts and b"tgme_" not in body:
        raise Refused("not a channel preview (no posts); use https://t.me/s/<channel>")
    pages = 1
    while posts and pages < fetcher.options.telegram_pages and not any(
            _is_done(seen, p.key, p.stamp) for p in posts):
        try:
            older, _ = telegram_posts(fetcher.fetch(_before(source.url, posts)).body)
        except FetchError:
            if seen:
                raise  # a gap since the last round: fail now, fill it next round
            break  # the first round: older posts are only a backfill
        if not older:
            break
        known = {p.key for p in posts}
        posts = [p for p in older if p.key not in known] + posts
        pages += 1
    for p in posts:
        p.record.outlet = source.outlet or title or p.record.outlet
    return posts


def _before(url: str, posts: list[Item]) -> str:
    oldest = min(int(p.key.rsplit("/", 1)[1]) for p in posts)
    return f"{url.split('?')[0]}?before={oldest}"


def telegram_posts(body: bytes) -> tuple[list[Item], str | None]:
    """The posts of a channel preview page, oldest first, and the channel's title."""
    from lxml import html as lxml_html

    try:  # decoded first: lxml reads bytes without a charset declaration as Latin-1
        page = lxml_html.fromstring(decoded(body))
    except (Refused, ValueError, lxml_html.etree.ParserError):
        return [], None
    title = next(iter(page.xpath('//meta[@property="og:title"]/@content')), None)
    items = []
    for message in page.xpath('//div[@data-post and contains(@class, "tgme_widget_message")]'):
        item = _post(message, title)
        if item is not None:
            items.append(item)
    items.sort(key=lambda i: int(i.key.rsplit("/", 1)[1]))
    return items, title


def _post(message, title: str | None) -> Item | None:
    post = message.get("data-post", "")
    if not re.fullmatch(r"[A-Za-z0-9_]+/\d+", post):
        return None
    texts = message.xpath('.//div[contains(@class, "tgme_widget_message_text")]')
    if not texts:
        return None  # a photo, video or file alone: nothing to read
    text = _post_text(texts[-1])
    if not text.strip():
        return None
    origin = message.xpath('.//*[contains(@class, "tgme_widget_message_forwarded_from_name")]')
    if origin and origin[0].text_content().strip():
        text = f"Forwarded from {origin[0].text_content().strip()}\n{text}"
    when = next(iter(message.xpath('.//time/@datetime')), None)
    url = f"https://t.me/{post}"
    # the same JSON shape as a Telegram Desktop export's message (ingest/telegram.py)
    data = json.dumps({"url": url, "date": when, "text": text}, ensure_ascii=False,
                      sort_keys=True).encode("utf-8")
    record = RawRecord(source=url, data=data, kind="text", text=text, url=url,
                       published=when[:10] if when else None, outlet=title)
    return Item(url, None, hashlib.sha1(text.encode("utf-8")).hexdigest()[:16], None,
                record.published, record=record)


def _post_text(element) -> str:
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    return element.text_content().strip()


# --- helpers -----------------------------------------------------------------------------

def _gunzipped(body: bytes, cap: int) -> bytes:
    if not body.startswith(b"\x1f\x8b"):
        return body
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as fh:
            data = fh.read(cap + 1)
    except (OSError, EOFError) as exc:
        raise FetchError(f"truncated or corrupt gzip ({exc})") from None
    if len(data) > cap:
        raise FetchError(f"expands past the {cap}-byte limit; refused")
    return data


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_READERS = {"feed": _feed, "sitemap": _sitemap, "urls": _urls, "telegram": _telegram}
