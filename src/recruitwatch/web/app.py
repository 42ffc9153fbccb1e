"""The local web explorer: a read-only Starlette app over one store.

Every page is one view (``views.py``) returning a dict; ``/path`` renders it with a Jinja2
template, ``/path.json`` returns it as is, so the HTML never knows more than the JSON.
Article text is untrusted: templates autoescape, a strict Content-Security-Policy forbids
inline script, the store is opened read-only, and static files are served from memory by
name, so no part of a URL ever becomes a filesystem path.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from recruitwatch.confidence import LOW
from recruitwatch.store import Store
from recruitwatch.web import alert_views, views

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CACHE_SIZE = 512
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".svg": "image/svg+xml"}


class Explorer:
    """One read-only store per worker thread (sqlite connections are not shared), and the
    filter menus cached until the database changes."""

    def __init__(self, db_path: str | Path):
        self.db_path = Path(db_path)
        Store(self.db_path, readonly=True).close()  # fail at start, with the store's message
        self._local = threading.local()
        self._index = None
        self._index_lock = threading.Lock()
        self._regions = None
        self._regions_lock = threading.Lock()
        self._cache: dict[tuple, Any] = {}
        self._cache_version: tuple | None = None

    def store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = Store(self.db_path, readonly=True)
            store.conn.execute("PRAGMA query_only = 1")  # a second lock on read-only
            self._local.store = store
        return store

    def facets(self) -> dict[str, list[str]]:
        return self.cached(("facets",), lambda: views.facet_values_from(self.indexes()))

    def timeline_index(self):
        """The in-memory measures index, rebuilt when documents were added since."""
        return self.indexes()[1]

    def indexes(self):
        """The in-memory document and measure indexes (doc_index.py, timeline_index.py),
        rebuilt when documents were added since they were built."""
        from recruitwatch.web.doc_index import build_doc_index
        from recruitwatch.web.timeline_index import build_index, store_version

        with self._index_lock:
            store = self.store()
            if self._index is None or self._index[1].version != store_version(store):
                self._index = (build_doc_index(store), build_index(store))
            return self._index

    def regions(self):
        """The in-memory regional index (regions/index.py), rebuilt when documents were added."""
        from recruitwatch.regions.index import build
        from recruitwatch.web.timeline_index import store_version

        with self._regions_lock:
            store = self.store()
            version = store_version(store)
            if self._regions is None or self._regions.version != version:
                self._regions = build(store, version)
            return self._regions

    def cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """Results of whole-store aggregates (timeline, fact lists, filter menus), kept until
        the database changes: a store being ingested into shows new data on the next request."""
        store = self.store()
        version = (store.conn.execute("PRAGMA data_version").fetchone()[0],
                   store.conn.execute("SELECT max(rowid) FROM documents").fetchone()[0])
        if self._cache_version != version:
            self._cache, self._cache_version = {}, version
        if key not in self._cache:
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = compute()
        return self._cache[key]


def create_app(db_path: str | Path, warm: bool = True, review=None) -> Starlette:
    """The explorer over the store at ``db_path`` (opened read-only). ``warm`` builds the
    timeline and regional indexes in the background, so the first visits do not wait.
    ``review``: a ``web.review.ReviewDesk`` adds the review pages, the only writing routes."""
    explorer = Explorer(db_path)
    if warm:  # the regional index too: on a large store it takes the longest to read
        threading.Thread(target=lambda: (explorer.indexes(), explorer.regions()), daemon=True).start()
    env = _environment()
    static = _static_files()

    def page(path: str, template: str, view: Callable[[Explorer, Request], dict]) -> list[Route]:
        async def json_endpoint(request: Request) -> Response:
            return _guarded(lambda: JSONResponse(view(explorer, request)), env, True)

        async def html_endpoint(request: Request) -> Response:
            return _guarded(lambda: _html(env, template, view(explorer, request), request, review),
                            env, False)

        return [Route(path + ".json", json_endpoint, methods=["GET"]),
                Route(path, html_endpoint, methods=["GET"])]

    async def static_file(request: Request) -> Response:
        item = static.get(request.path_params["name"])
        if item is None:
            return _not_found(env, "no such file", False)
        body, media = item
        return Response(body, media_type=media, headers={"Cache-Control": "max-age=3600"})

    async def favicon(request: Request) -> Response:
        return RedirectResponse("/static/favicon.svg", status_code=301)

    async def home(request: Request) -> Response:
        return RedirectResponse("/search", status_code=302)

    async def alert_feed(request: Request) -> Response:
        from recruitwatch.web.alert_views import alert_atom

        base = str(request.base_url).rstrip("/")
        return _guarded(lambda: Response(alert_atom(explorer.store(), request.path_params["name"], base),
                                         media_type="application/atom+xml; charset=utf-8"), env, False)

    async def regions_svg(request: Request) -> Response:
        from recruitwatch.web import regions_views

        data = regions_views.regions_view(explorer.regions(), _params(request))
        return Response(regions_views.standalone_svg(data), media_type="image/svg+xml",
                        headers={"Content-Disposition": 'inline; filename="recruitwatch-regions.svg"'})

    async def regions_png(request: Request) -> Response:
        from recruitwatch.web import regions_views

        data = regions_views.regions_view(explorer.regions(), _params(request))
        png = await run_in_threadpool(regions_views.standalone_png, data)  # matplotlib takes ~0.3 s
        return Response(png, media_type="image/png",
                        headers={"Content-Disposition": 'inline; filename="recruitwatch-regions.png"'})

    routes = [Route("/", home, methods=["GET"]), Route("/favicon.ico", favicon, methods=["GET"]),
              Route("/static/{name}", static_file, methods=["GET"]),
              Route("/alerts/{name}.atom", alert_feed, methods=["GET"]),
              Route("/regions.svg", regions_svg, methods=["GET"]),
              Route("/regions.png", regions_png, methods=["GET"])]
    for path, template, view in PAGES:
        routes += page(path, template, view)
    if review is not None:
        from recruitwatch.web.review import review_routes
        routes += review_routes(review, env)
    app = Starlette(routes=routes, exception_handlers={404: _handler(env, 404), 405: _handler(env, 405)})
    app.add_middleware(_SecurityHeaders)
    app.state.explorer = explorer
    return app


# --- pages ------------------------------------------------------------------------------------

def _params(request: Request) -> dict[str, str]:
    return {k: v for k, v in request.query_params.items()}


PAGES: list[tuple[str, str, Callable[[Explorer, Request], dict]]] = [
    ("/search", "search.html",
     lambda e, r: views.search_view(e.store(), _params(r), e.facets(), e.indexes())),
    ("/facts", "facts.html",
     lambda e, r: e.cached(("facts", r.url.query), lambda: views.facts_view(e.store(), _params(r), e.facets()))),
    ("/fact/{fact_id}", "fact.html",
     lambda e, r: views.fact_view(e.store(), r.path_params["fact_id"])),
    ("/doc/{doc_id}", "document.html",
     lambda e, r: views.document_view(e.store(), r.path_params["doc_id"], r.query_params.get("focus"))),
    ("/stories", "stories.html",
     lambda e, r: views.stories_view(e.store(), _params(r))),
    ("/story/{story}", "story.html",
     lambda e, r: views.story_view(e.store(), r.path_params["story"])),
    ("/entities", "entities.html",
     lambda e, r: e.cached(("entities", r.url.query), lambda: views.entities_view(e.store(), _params(r)))),
    ("/entity", "entity.html",
     lambda e, r: views.entity_view(e.store(), _params(r), index=e.indexes())),
    ("/timeline", "timeline.html",
     lambda e, r: views.timeline_view(e.store(), _params(r), e.facets(), e.timeline_index())),
    ("/alerts", "alerts.html", lambda e, r: alert_views.alerts_view(e.store())),
    ("/alerts/{name}", "alert.html", lambda e, r: alert_views.alert_view(e.store(), r.path_params["name"])),
    ("/regions", "regions.html",
     lambda e, r: e.cached(("regions", r.url.query),
                           lambda: _regions_views().regions_view(e.regions(), _params(r)))),
    ("/region/{code}", "region.html",
     lambda e, r: _regions_views().region_view(e.store(), e.regions(), r.path_params["code"], _params(r))),
]


def _regions_views():
    from recruitwatch.web import regions_views

    return regions_views


def _guarded(make: Callable[[], Response], env: Environment, as_json: bool) -> Response:
    try:
        return make()
    except views.NotFound as exc:
        return _not_found(env, str(exc), as_json)


def _html(env: Environment, template: str, data: dict, request: Request,
          review=None) -> HTMLResponse:
    """The page from its data; in review mode, for the token's holder, with what its
    review forms need (``rv``), and never stored by a cache (it holds the CSRF field)."""
    query = urlencode([(k, v) for k, v in request.query_params.multi_items() if k != "flash"])
    json_url = request.url.path + ".json" + (f"?{query}" if query else "")
    rv = review.page_context(request, data) if review is not None else None
    html = env.get_template(template).render(d=data, json_url=json_url, nav=data["page"], rv=rv)
    return HTMLResponse(html, headers={"Cache-Control": "no-store"} if rv else None)


def _not_found(env: Environment, message: str, as_json: bool) -> Response:
    if as_json:
        return JSONResponse({"error": message}, status_code=404)
    return error_page(env, message, 404)


def error_page(env: Environment, message: str, status: int) -> HTMLResponse:
    html = env.get_template("error.html").render(message=message, status=status, nav="",
                                                 json_url=None)
    return HTMLResponse(html, status_code=status)


def _handler(env: Environment, status: int):
    async def handle(request: Request, exc: Exception) -> Response:
        message = {404: "no such page", 405: "this explorer is read-only: only GET"}[status]
        if request.url.path.endswith(".json"):
            return JSONResponse({"error": message}, status_code=status)
        return error_page(env, message, status)
    return handle


class _SecurityHeaders:
    """Adds the CSP and friends to every response, errors included."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- templates and static files ---------------------------------------------------------------

def _environment() -> Environment:
    env = Environment(loader=PackageLoader("recruitwatch.web", "templates"),
                      autoescape=select_autoescape(["html"], default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = _num
    env.filters["short"] = lambda s: (s or "")[:10]
    env.filters["label"] = lambda s: (s or "").replace("_", " ")
    env.filters["safe_href"] = _safe_href
    env.globals["qs"] = _qs
    env.globals["low_confidence"] = LOW
    from recruitwatch.web import regions_views

    env.globals["tilemap"] = regions_views.map_markup
    env.globals["origins_chart"] = regions_views.origins_markup
    env.globals["payments_chart"] = regions_views.payments_markup
    return env


def _num(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) else str(value)


def _safe_href(url: str | None) -> str | None:
    """Only http(s) links leave the page: a report's ``javascript:`` URL stays text."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _qs(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v})


def _static_files() -> dict[str, tuple[bytes, str]]:
    """The bundled CSS and JS, read once into memory; served by exact name only."""
    root = resources.files("recruitwatch.web") / "static"
    out = {}
    for item in root.iterdir():
        suffix = Path(item.name).suffix
        if item.is_file() and suffix in STATIC_TYPES:
            out[item.name] = (item.read_bytes(), STATIC_TYPES[suffix])
    return out
