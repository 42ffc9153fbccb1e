"""The sources file and the watcher's settings.

A sources file is TOML: an optional ``[watch]`` table of settings, then one
``[[source]]`` table per source::

    [watch]
    delay = 2.0                      # seconds between two requests to one host

    [[source]]
    name = "meduza-en"               # optional: the state is kept under this name
    url = "https://meduza.io/rss/en/all"
    outlet = "Meduza"                # optional: the outlet of every report from it
    language = "en"                  # optional: used when a report's language cannot be told
    tags = ["independent", "english"]

``kind`` is ``feed`` (RSS/Atom), ``sitemap`` (a news sitemap or a sitemap index),
``urls`` (a text file of URLs, one a line, or an inline ``urls = [...]`` list) or
``telegram`` (a public channel's web preview, ``https://t.me/s/<channel>``); when left
out it is read from the URL (t.me) or from what the server answers.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

KINDS = ("feed", "sitemap", "urls", "telegram")
_USER_AGENT = "recruitwatch/0.1 (+https://github.com/recruitwatch; polite watcher)"
_TELEGRAM = re.compile(r"^https?://(?:www\.)?(?:t\.me|telegram\.me)/(?:s/)?([A-Za-z0-9_]{4,})/?$")


class SourcesError(ValueError):
    """A sources file that cannot be used; the message names the file, the place and the fix."""


@dataclass(frozen=True, slots=True)
class WatchOptions:
    """How politely and how hard the watcher fetches (the ``[watch]`` table)."""

    delay: float = 1.0  # seconds between the starts of two requests to one host
    per_host: int = 1  # requests in flight to one host
    concurrency: int = 4  # requests in flight overall
    timeout: float = 20.0  # seconds for a whole response: connect, wait and read
    max_bytes: int = 10 * 1024 * 1024  # a larger body is cut off and refused
    retries: int = 2  # more attempts after a timeout, a dropped connection, a 429 or a 5xx
    backoff: float = 2.0  # seconds before the first retry, doubled for each next one
    max_failures: int = 3  # failed rounds in a row before a source is rested
    rest: float = 3600.0  # seconds a failing source rests, doubled per further failure (≤ 1 day)
    item_attempts: int = 3  # rounds an item's page is tried before it is given up and reported
    telegram_pages: int = 3  # preview pages read back to the last post seen
    sitemap_children: int = 20  # sitemaps of a sitemap index read
    user_agent: str = _USER_AGENT


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    url: str | None
    kind: str | None  # None: decided by what the server answers
    outlet: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()  # an inline list of pages (kind "urls" without a url)


@dataclass(frozen=True, slots=True)
class SourcesFile:
    sources: list[Source]
    options: WatchOptions = field(default_factory=WatchOptions)


def load_sources(path: str | Path) -> SourcesFile:
    """The sources and settings of a TOML file; ``SourcesError`` says what is wrong where."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesError(f"{path}: cannot read ({exc.strerror}); check the path") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML ({exc}); see examples/sources.toml") from None
    unknown = set(data) - {"watch", "source"}
    if unknown:
        raise SourcesError(f"{path}: unknown table(s) {', '.join(sorted(unknown))}; "
                           "use [watch] and [[source]]")
    entries = data.get("source")
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{path}: no [[source]] tables; add at least one source with a url")
    sources = [_source(path, i, entry) for i, entry in enumerate(entries, 1)]
    names = [s.name for s in sources]
    if len(set(names)) != len(names):
        twice = sorted({n for n in names if names.count(n) > 1})
        raise SourcesError(f"{path}: source name(s) used twice: {', '.join(twice)}; "
                           "give each source its own name")
    return SourcesFile(sources, _options(path, data.get("watch", {})))


def _options(path: Path, table: object) -> WatchOptions:
    if not isinstance(table, dict):
        raise SourcesError(f"{path}: [watch] must be a table of settings")
    known = {f.name: f.type for f in fields(WatchOptions)}
    values = {}
    for key, value in table.items():
        if key not in known:
            raise SourcesError(f"{path}: [watch] has no setting {key!r}; known: {', '.join(known)}")
        default = getattr(WatchOptions(), key)
        if isinstance(default, str) != isinstance(value, str) or isinstance(value, bool) or (
                isinstance(value, (int, float)) and value < 0):
            raise SourcesError(f"{path}: [watch] {key} = {value!r}: expected a "
                               f"{'text' if isinstance(default, str) else 'number ≥ 0'}")
        values[key] = type(default)(value)
    return replace(WatchOptions(), **values)


def _source(path: Path, number: int, entry: object) -> Source:
    where = f"{path}: source {number}"
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: must be a table")
    unknown = set(entry) - {"name", "url", "kind", "outlet", "language", "tags", "urls"}
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}; known: name, "
                           "url, kind, outlet, language, tags, urls")
    url, urls = entry.get("url"), entry.get("urls", [])
    if url is not None and not (isinstance(url, str) and url.lower().startswith(("http://", "https://"))):
        raise SourcesError(f"{where}: url {url!r} is not an http(s) address")
    if not isinstance(urls, list) or not all(isinstance(u, str) and u.startswith(("http://", "https://"))
                                             for u in urls):
        raise SourcesError(f"{where}: urls must be a list of http(s) addresses")
    if not url and not urls:
        raise SourcesError(f"{where}: give a url (feed, sitemap, URL list or t.me/s/<channel>) "
                           "or a urls = [...] list")
    kind = entry.get("kind") or _kind_from(url, urls)
    if kind is not None and kind not in KINDS:
        raise SourcesError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    if kind == "telegram":
        if not url:
            raise SourcesError(f"{where}: a telegram source needs url = \"https://t.me/s/<channel>\"")
        url = telegram_preview(url) or url  # a mirror or a test server keeps its own address
    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise SourcesError(f"{where}: tags must be a list of words")
    name = entry.get("name") or url or f"urls-{number}"
    return Source(str(name), url, kind, _text(where, entry, "outlet"), _text(where, entry, "language"),
                  tuple(tags), tuple(urls))


def _kind_from(url: str | None, urls: list[str]) -> str | None:
    if url is None and urls:
        return "urls"
    return "telegram" if url and _TELEGRAM.match(url) else None


def telegram_preview(url: str) -> str | None:
    """``https://t.me/s/<channel>`` for any link to a public channel, None otherwise."""
    m = _TELEGRAM.match(url)
    return f"https://t.me/s/{m.group(1)}" if m else None


def _text(where: str, entry: dict, key: str) -> str | None:
    value = entry.get(key)
    if value is not None and not (isinstance(value, str) and value.strip()):
        raise SourcesError(f"{where}: {key} must be a non-empty text")
    return value.strip() if value else None
