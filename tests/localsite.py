"""A small web site on 127.0.0.1 for the watcher and webhook tests, started and stopped by
the test itself: routes with bodies, ETags, delays, status sequences or an endless body;
every request logged; a request budget, so a runaway client cannot make a test spin."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None  # answer 304 when If-None-Match carries it
    delay: float = 0.0  # seconds before answering (a slow host)
    statuses: list[int] = field(default_factory=list)  # answered in turn, then 200
    endless: bool = False  # a body that never ends (cut at 50 MB, or at shutdown)
    hold: threading.Event | None = None  # set when requested, then wait for release
    location: str | None = None  # sent with a 3xx status: where the page moved
    release: threading.Event | None = None


class LocalSite:
    MAX_REQUESTS = 400

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, str, dict[str, str], bytes]] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):
                site._serve(self, b"")

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                site._serve(self, self.rfile.read(length))

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = False  # joined at close: no thread outlives the test
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05})

    def __enter__(self) -> LocalSite:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        for route in self.routes.values():
            if route.release:
                route.release.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=10)

    def add(self, path: str, body: bytes | str = b"", **kw) -> Route:
        route = Route(body.encode("utf-8") if isinstance(body, str) else body, **kw)
        self.routes[path] = route
        return route

    def requests(self, path: str | None = None, method: str = "GET") -> list[tuple]:
        return [r for r in self.log if r[0] == method and (path is None or r[1] == path)]

    def _serve(self, handler: BaseHTTPRequestHandler, payload: bytes) -> None:
        with self._lock:
            self.log.append((handler.command, handler.path, dict(handler.headers), payload))
            over = len(self.log) > self.MAX_REQUESTS
            route = self.routes.get(handler.path)
            status = route.statuses.pop(0) if route and route.statuses else 200
        try:
            if over:
                return self._send(handler, 503, b"request budget spent")
            if route is None:
                return self._send(handler, 404, b"not found")
            if route.hold and not route.hold.is_set():
                route.hold.set()
                route.release.wait(20)
            if route.delay and self.stopping.wait(route.delay):
                return
            if route.etag and handler.headers.get("If-None-Match") == route.etag:
                return self._send(handler, 304, b"", route)
            if route.endless:
                return self._endless(handler, route)
            self._send(handler, status, route.body if status == 200 else b"failure", route)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up: what a capped or timed-out client does

    def _send(self, handler, status: int, body: bytes, route: Route | None = None) -> None:
        handler.send_response(status)
        if route is not None and route.etag:
            handler.send_header("ETag", route.etag)
        if route is not None and route.location and 300 <= status < 400:
            handler.send_header("Location", route.location)
        if status != 304:
            handler.send_header("Content-Type", route.content_type if route else "text/plain")
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if status != 304:
            handler.wfile.write(body)

    def _endless(self, handler, route: Route) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", route.content_type)
        handler.end_headers()
        chunk = b"<p>" + b"more " * 2000 + b"</p>\n"
        deadline = time.monotonic() + 20
        sent = 0
        while sent < 50_000_000 and not self.stopping.is_set() and time.monotonic() < deadline:
            handler.wfile.write(chunk)
            sent += len(chunk)
