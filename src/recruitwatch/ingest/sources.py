"""Where inputs come from: files, directories, stdin and http(s) URLs.

Each input becomes an ``Input`` that opens lazily, so a directory of a million files is
walked one file at a time and nothing is read before its turn.
"""

from __future__ import annotations

import io
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from typing import BinaryIO

from recruitwatch.ingest.errors import IngestError, Refused, refusal, too_large
from recruitwatch.ingest.streams import TooLarge, read_capped
from recruitwatch.options import Options
from recruitwatch.resources import load_toml

_USER_AGENT = "recruitwatch/0.1 (+https://github.com/recruitwatch)"
# Content types that decide the format when the URL has no telling extension.
_CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/warc": "warc", "application/x-ndjson": "jsonl", "application/jsonl": "jsonl",
}


@dataclass(frozen=True, slots=True)
class Input:
    source: str  # what records and errors are named after
    name: str  # what the format is guessed from (path, or URL path)
    open: Callable[[], AbstractContextManager[BinaryIO]]
    size: int | None = None  # bytes on disk, when known without reading
    url: str | None = None
    hint: str | None = None  # format from an HTTP Content-Type
    charset: str | None = None  # charset from an HTTP Content-Type


def iter_inputs(inputs: list[str], options: Options) -> Iterator[Input | IngestError]:
    """Each argument expanded: directories walked (sorted, hidden names skipped)."""
    for arg in inputs:
        if arg == "-":
            yield Input("stdin", "", lambda: nullcontext(sys.stdin.buffer))
        elif arg.lower().startswith(("http://", "https://")):
            yield _fetched(arg, options)
        else:
            yield from _paths(arg)


def _paths(arg: str) -> Iterator[Input | IngestError]:
    if os.path.isdir(arg):
        yield from _walk(arg)
    elif os.path.exists(arg):
        yield _file(arg)
    else:
        yield refusal(arg, "no such file or directory; check the path")


def _walk(top: str) -> Iterator[Input | IngestError]:
    for path in walk_files(top):
        yield _file(path)


def walk_files(top: str) -> Iterator[str]:
    """Files under ``top`` in sorted order, without hidden names or web page assets.

    A saved web page comes with its stylesheets, scripts, images and fonts; they are
    never articles, so a directory walk passes them by (named explicitly, they are read
    and refused like any other input).
    """
    skipped = tuple(_skipped_extensions())
    for root, dirs, files in os.walk(top):
        # sorted in place so os.walk descends in order; hidden folders are not entered
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and not name.lower().endswith(skipped):
                yield os.path.join(root, name)


def _skipped_extensions() -> list[str]:
    return load_toml("ingest/formats.toml")["skip_in_directories"]


def _file(path: str) -> Input | IngestError:
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        return refusal(path, f"cannot read: {exc.strerror}")
    return Input(path, path, lambda: open(path, "rb"), size=size)


def _fetched(url: str, options: Options) -> Input | IngestError:
    """The whole body of ``url`` (capped at ``max_bytes``), or an error saying why not."""
    try:
        data, final_url, content_type = fetch(url, options)
    except Refused as exc:
        return refusal(url, exc)
    return fetched_input(url, data, final_url, content_type)


def fetched_input(source: str, data: bytes, final_url: str, content_type: str) -> Input:
    """An input over a body already fetched (here, or by the watcher's polite fetcher)."""
    mime, _, params = content_type.partition(";")
    path = urllib.parse.urlsplit(final_url).path
    return Input(source, path, lambda: nullcontext(io.BytesIO(data)), size=len(data),
                 url=final_url, hint=_CONTENT_TYPES.get(mime.strip().lower()),
                 charset=_charset(params))


def fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    """(body, final URL after redirects, Content-Type); ``Refused`` on any failure."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=options.url_timeout) as response:
            _check_length(response.headers.get("Content-Length"), options.max_bytes)
            data = read_capped(response, options.max_bytes)
            return data, response.geturl(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise Refused(f"HTTP {exc.code} {exc.reason}; check the address") from None
    except TooLarge:
        raise Refused(too_large(options.max_bytes)) from None
    except TimeoutError:
        raise Refused(f"no answer within {options.url_timeout:g} s; "
                      "try again later or raise the URL timeout") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError):
            raise Refused(f"no answer within {options.url_timeout:g} s; "
                          "try again later or raise the URL timeout") from None
        raise Refused(f"cannot fetch: {reason}; check the address and the network") from None


def _check_length(header: str | None, max_bytes: int) -> None:
    if header and header.strip().isdigit() and int(header) > max_bytes:
        raise Refused(too_large(max_bytes, int(header)))


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
