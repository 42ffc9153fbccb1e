"""A polite HTTP fetcher: robots.txt, a per-host pace and concurrency cap, conditional
requests, a deadline and a size cap on every response, and retries with back-off.

One ``Fetcher`` serves one round and is shared by the round's threads: robots.txt is read
once per host per round, and requests to a host start at least ``delay`` seconds apart
(longer when the site's robots.txt asks for a crawl delay).

Robots rules follow RFC 9309: a robots.txt answered 4xx allows everything; one that cannot
be read (5xx, no answer) disallows the host for this round, and it is tried again next round.
"""

from __future__ import annotations

import email.utils
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime, timezone

from recruitwatch.watch.config import WatchOptions

_ROBOTS_AGENT = "recruitwatch"
_MAX_CRAWL_DELAY = 60.0
_MAX_RETRY_AFTER = 120.0
_CHUNK = 1 << 16


class FetchError(Exception):
    """A request that did not give a usable answer; the message says why and what to do."""

    def __init__(self, message: str, retryable: bool = False, status: int | None = None,
                 wait: float | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.status = status
        self.wait = wait  # seconds the server asked us to wait (Retry-After)


class Disallowed(FetchError):
    """robots.txt forbids the address: never retried, and the listing's own text may stand in."""


@dataclass(slots=True)
class Response:
    status: int  # 200, or 304 when the validators sent still hold
    url: str  # after redirects
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass(slots=True)
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    slots: threading.Semaphore | None = None
    next_start: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_error: str | None = None
    crawl_delay: float = 0.0


class Fetcher:
    """``fetch(url, etag, last_modified)`` → ``Response`` or ``FetchError``; thread-safe."""

    def __init__(self, options: WatchOptions = WatchOptions()):
        self.options = options
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()
        self._slots = threading.Semaphore(max(1, options.concurrency))
        self.requests = 0  # every request made, robots.txt and retries included

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        host = self._host(url)
        self._check_robots(host, url)
        attempts = 1 + self.options.retries
        for attempt in range(attempts):
            try:
                return self._request(host, url, etag, last_modified)
            except FetchError as exc:
                if not exc.retryable or attempt == attempts - 1:
                    if exc.retryable and attempts > 1:  # still worth another round
                        raise FetchError(f"{exc} (after {attempts} attempts)", True, exc.status) from None
                    raise
                time.sleep(exc.wait if exc.wait is not None else self.options.backoff * 2 ** attempt)
        raise AssertionError("unreachable")

    # --- robots.txt ---------------------------------------------------------------

    def _check_robots(self, host: _Host, url: str, direct: bool = False) -> None:
        with host.lock:
            if host.robots is None and host.robots_error is None:
                self._read_robots(host, url, direct)
        if host.robots_error:
            raise FetchError(host.robots_error)
        if not host.robots.can_fetch(_ROBOTS_AGENT, url):
            raise Disallowed(f"robots.txt of {_netloc(url)} disallows {urllib.parse.urlsplit(url).path}"
                             " for recruitwatch: not fetched (remove the source, or ask the site)")

    def _read_robots(self, host: _Host, url: str, direct: bool = False) -> None:
        """``direct``: asked while a request holds its slots (a redirect to a new host), so
        read without taking them again."""
        parts = urllib.parse.urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            if direct:
                self._wait_turn(host, locked=True)
                self.requests += 1
                body = _get(robots_url, _headers(self.options.user_agent, None, None), self.options).body
            else:
                body = self._request(host, robots_url, None, None, wait_locked=True).body
            parser.parse(body.decode("utf-8", "replace").splitlines())
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                parser.allow_all = True
            else:
                host.robots_error = (f"robots.txt of {parts.netloc} cannot be read ({exc}); "
                                     "nothing fetched from that host this round (RFC 9309)")
                return
        delay = parser.crawl_delay(_ROBOTS_AGENT)
        host.crawl_delay = min(float(delay), _MAX_CRAWL_DELAY) if delay else 0.0
        host.robots = parser

    # --- one request --------------------------------------------------------------

    def _host(self, url: str) -> _Host:
        key = _netloc(url)
        with self._hosts_lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(slots=threading.Semaphore(max(1, self.options.per_host)))
            return self._hosts[key]

    def _wait_turn(self, host: _Host, locked: bool) -> None:
        """Sleep until this host may be asked again; ``locked``: the caller holds host.lock."""
        if not locked:
            host.lock.acquire()
        try:
            now = time.monotonic()
            start = max(now, host.next_start)
            host.next_start = start + max(self.options.delay, host.crawl_delay)
        finally:
            if not locked:
                host.lock.release()
        if start > now:
            time.sleep(start - now)

    def _request(self, host: _Host, url: str, etag: str | None, last_modified: str | None,
                 wait_locked: bool = False) -> Response:
        with self._slots, host.slots:
            self._wait_turn(host, wait_locked)
            self.requests += 1
            return _get(url, _headers(self.options.user_agent, etag, last_modified), self.options,
                        self._check_redirect)

    def _check_redirect(self, url: str) -> None:
        """A redirect's target obeys its own host's robots.txt before it is followed."""
        self._check_robots(self._host(url), url, direct=True)


def _headers(agent: str, etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {"User-Agent": agent, "Accept-Encoding": "identity"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only after ``check(new_url)`` passes (it raises to refuse)."""

    def __init__(self, check) -> None:
        super().__init__()
        self.check = check

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.check(urllib.parse.urljoin(req.full_url, newurl))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _get(url: str, headers: dict[str, str], options: WatchOptions, check=None) -> Response:
    deadline = time.monotonic() + options.timeout
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(_CheckedRedirects(check)) if check else None
    try:
        with (opener.open(request, timeout=options.timeout) if opener
              else urllib.request.urlopen(request, timeout=options.timeout)) as response:
            body = _read(response, options, deadline)
            return Response(response.status, response.geturl(), body,
                            response.headers.get("Content-Type", ""),
                            response.headers.get("ETag"), response.headers.get("Last-Modified"))
    except urllib.error.HTTPError as exc:
        with exc:
            if exc.code == 304:
                return Response(304, url, etag=exc.headers.get("ETag"),
                                last_modified=exc.headers.get("Last-Modified"))
            raise _http_error(exc) from None
    except (TimeoutError, urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError) or isinstance(exc, TimeoutError):
            raise FetchError(f"no answer within {options.timeout:g} s (slow host); will retry "
                             "next round, or raise [watch] timeout", retryable=True) from None
        raise FetchError(f"cannot connect: {reason}", retryable=True) from None


def _http_error(exc: urllib.error.HTTPError) -> FetchError:
    retryable = exc.code == 429 or exc.code >= 500
    return FetchError(f"HTTP {exc.code} {exc.reason}" + ("" if retryable else "; check the address"),
                      retryable, exc.code, _retry_after(exc.headers.get("Retry-After")))


def _retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (a number or an HTTP date), capped."""
    if not value:
        return None
    if value.strip().isdigit():
        return min(float(value), _MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min((when - datetime.now(timezone.utc)).total_seconds(), _MAX_RETRY_AFTER))


def _read(response, options: WatchOptions, deadline: float) -> bytes:
    """The body, refused past ``max_bytes`` or past the deadline (a host that trickles
    bytes one at a time never trips the socket timeout, so the whole read has a clock)."""
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > options.max_bytes:
        raise FetchError(f"too large ({int(length)} bytes announced, over the {options.max_bytes}-byte "
                         "limit); raise [watch] max_bytes to fetch it")
    buf = bytearray()
    while part := response.read(_CHUNK):
        buf += part
        if len(buf) > options.max_bytes:
            raise FetchError(f"body goes on past the {options.max_bytes}-byte limit (endless or "
                             "huge); cut off, nothing stored; raise [watch] max_bytes if it is real")
        if time.monotonic() > deadline:
            raise FetchError(f"body still arriving after {options.timeout:g} s (slow host); cut off",
                             retryable=True)
    return bytes(buf)


def _netloc(url: str) -> str:
    return urllib.parse.urlsplit(url).netloc.lower()
