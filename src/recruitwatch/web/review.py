"""The explorer's review mode (``recruitwatch serve --review``): the queue in the browser,
keyboard-driven, writing decisions through ``review.ledger``.

A writing page guards itself the way notebook servers do. A random token is printed when
the server starts; the browser opens the printed link once, the token moves into an
HttpOnly, SameSite=Strict cookie, and every review page and write needs it. Every write is
a POST carrying a second random value (the CSRF field the pages embed), from a page of the
same origin (the Origin header, and Sec-Fetch-Site where the browser sends it). Without
``--review`` none of these routes exist and the explorer stays read-only.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from jinja2 import Environment
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from recruitwatch.review import ledger
from recruitwatch.review.core import FIELDS, ReviewError, parse_field
from recruitwatch.store import Store

COOKIE = "recruitwatch_review"
QUEUE_SIZE = 40


class ReviewDesk:
    """One writable store, used under a lock (reviews are one person's clicks, not load)."""

    def __init__(self, db_path: str | Path, token: str | None = None):
        self.token = token or secrets.token_urlsafe(24)
        self.csrf = secrets.token_urlsafe(24)
        self.db_path = Path(db_path)
        self._store: Store | None = None
        self.lock = threading.Lock()

    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db_path)
        return self._store

    def authorized(self, request: Request) -> bool:
        return hmac.compare_digest(request.cookies.get(COOKIE, ""), self.token)

    def same_origin(self, request: Request) -> bool:
        """A browser says where a request comes from in Sec-Fetch-Site; without it, the
        Origin header must be this server's. (The explorer's no-referrer policy makes
        Chromium send ``Origin: null`` on its own form posts, so a null Origin counts
        only with Sec-Fetch-Site: same-origin.)"""
        origin = request.headers.get("origin")
        own = f"{request.url.scheme}://{request.headers.get('host', '')}"
        if origin not in (None, "null") and origin != own:
            return False
        site = request.headers.get("sec-fetch-site")
        if site is not None:
            return site == "same-origin"
        return origin == own

    def page_context(self, request: Request, data: dict[str, Any]) -> dict[str, Any] | None:
        """What an explorer page adds for the person holding the token: the CSRF field its
        forms carry, the message of the last write and, on a linked fact's page, the
        decisions standing on it as a whole (to undo). None for everyone else: the pages
        stay exactly as in the read-only explorer."""
        if not self.authorized(request):
            return None
        out: dict[str, Any] = {"csrf": self.csrf, "batches": [],
                               "flash": request.query_params.get("flash", "")[:300] or None}
        fact = data.get("fact") if data.get("page") == "fact" else None
        if fact and str(fact["id"]).isdigit():
            with self.lock:
                out["batches"] = ledger.fact_batches(self.store(), int(fact["id"]))
        return out


def review_routes(desk: ReviewDesk, env: Environment) -> list[Route]:
    from recruitwatch.web.app import error_page

    def refuse(status: int, message: str) -> Response:
        return error_page(env, message, status)

    async def enter(request: Request) -> Response:
        """``/review?token=…`` once: the token becomes a cookie and leaves the URL."""
        given = request.query_params.get("token", "")
        if given and hmac.compare_digest(given, desk.token):
            resp = RedirectResponse("/review", status_code=303)
            resp.set_cookie(COOKIE, desk.token, httponly=True, samesite="strict", path="/")
            return resp
        if not desk.authorized(request):
            return refuse(403, "review mode needs the link printed when the server started "
                               "(http://127.0.0.1:PORT/review?token=…)")
        kind = request.query_params.get("kind") or None
        with desk.lock:
            items = ledger.queue(desk.store(), QUEUE_SIZE, kind if kind in FIELDS else None)
            done = _batched(ledger.listing(desk.store())[-15:][::-1])
        data = {"page": "review", "queue": [_with_choices(i) for i in items], "done": done,
                "csrf": desk.csrf, "kind": kind, "flash": request.query_params.get("flash")}
        if request.url.path.endswith(".json"):
            return JSONResponse(data)
        html = env.get_template("review.html").render(d=data, nav="review", json_url=None)
        return HTMLResponse(html, headers={"Cache-Control": "no-store"})

    async def checked_form(request: Request) -> dict[str, str] | Response:
        """The posted form, once the token cookie, the origin and the CSRF field are right;
        else the refusal to send."""
        if not desk.authorized(request):
            return refuse(403, "no review token: open the link printed when the server started")
        if not desk.same_origin(request):
            return refuse(403, "refused: a review decision must come from this explorer's own pages")
        form = await _form(request)
        if form is None:
            return refuse(400, "a review form is URL-encoded and under 64 KB")
        if not hmac.compare_digest(str(form.get("csrf", "")), desk.csrf):
            return refuse(403, "refused: the form is stale or foreign (no CSRF token); reload the page")
        return form

    def writing(act):
        """A POST route: the guarded form to ``act(store, form)``, which returns a message
        and where to go back to; the linked facts are rebuilt before the redirect."""
        async def endpoint(request: Request) -> Response:
            form = await checked_form(request)
            if isinstance(form, Response):
                return form
            try:
                with desk.lock:
                    store = desk.store()
                    message, target = act(store, form)
                    ledger.relink(store)
                    location = _location(store, target, message)
            except (ReviewError, ValueError) as exc:
                return refuse(400, str(exc))
            return RedirectResponse(location, status_code=303)
        return endpoint

    return [Route("/review", enter, methods=["GET"]), Route("/review.json", enter, methods=["GET"]),
            Route("/review/decide", writing(_decide), methods=["POST"]),
            Route("/review/fact", writing(_decide_fact), methods=["POST"]),
            Route("/review/merge", writing(_merge), methods=["POST"])]


# --- what each form does ---------------------------------------------------------------------

Target = tuple  # ("review",) | ("fact" | "doc", doc_id, kind, ord) | ("entity", name)


def _decide(store: Store, form: dict[str, str]) -> tuple[str, Target]:
    """One mention: confirm, reject, correct, note (with tags), or undo a decision or a
    batch of decisions made together."""
    action = str(form.get("action", ""))
    if action == "undo":
        return _undo(store, form)
    item = str(form.get("item", ""))
    if form.get("only") == "note":
        action = "note"
    fields = _changed_fields(store, item, form) if action == "correct" else None
    if action == "correct" and not fields:
        action = "confirm"  # nothing changed: the values were right
    note, tags = str(form.get("note", "")).strip() or None, _tags(form)
    if action == "note" and not (note or tags):
        raise ReviewError("a note needs some text or a tag")
    r = ledger.decide(store, item, action, fields, note, tags, reviewer=_reviewer(form))
    return f"{r.action} {r.kind} saved", _back(store, form, item)


def _undo(store: Store, form: dict[str, str]) -> tuple[str, Target]:
    if not form.get("batch"):
        r = ledger.undo(store, int(str(form.get("review", "0"))))
        return f"review {r.id} undone", ("review",)
    fact = str(form.get("fact", ""))
    members = ledger.fact_members(store, int(fact)) if fact.isdigit() else []
    undone = ledger.undo_batch(store, str(form["batch"]))
    target = ("fact", *members[0]) if members else ("review",)
    return f"{undone[0].action} of the whole fact undone ({len(undone)} decisions)", target


def _decide_fact(store: Store, form: dict[str, str]) -> tuple[str, Target]:
    """A linked fact as a whole: one decision per mention."""
    fact, action = str(form.get("fact", "")), str(form.get("action", ""))
    if not fact.isdigit():
        raise ReviewError("no fact given: use the buttons of a fact's page")
    members = ledger.fact_members(store, int(fact))
    made = ledger.decide_fact(store, int(fact), action, str(form.get("note", "")).strip() or None,
                              _tags(form), reviewer=_reviewer(form))
    if not made:
        return f"every mention was {action}ed already: nothing recorded", ("fact", *members[0])
    message = (f"whole fact {action}ed: {len(made)} decision{'s' if len(made) != 1 else ''}, "
               "one per mention")
    if action == "reject":  # the fact is gone; its undo is in the review page's list
        return message + " (undo it under Latest decisions)", ("review",)
    return message, ("fact", *members[0])


def _merge(store: Store, form: dict[str, str]) -> tuple[str, Target]:
    """Entity NAME is INTO everywhere (``review merge NAME INTO``)."""
    name, into = str(form.get("name", "")).strip(), str(form.get("into", "")).strip()
    if not name or not into:
        raise ReviewError("a merge needs the name and the name it is (merge NAME into INTO)")
    if name == into:
        raise ReviewError(f"{name!r} is already {into!r}: type the other spelling to merge into")
    n = ledger.merge(store, name[:200], into[:200], reviewer=_reviewer(form))
    message = f"{name} is now {into} in {n} report{'s' if n != 1 else ''}"
    return message, ("entity", into) if form.get("back") == "entity" else ("review",)


def _back(store: Store, form: dict[str, str], item: str) -> Target:
    """Where a decision on one mention returns: the fact or document page it was made on
    (``back``), else the queue."""
    back = form.get("back")
    if back not in ("fact", "doc"):
        return ("review",)
    return (back, *ledger.parse_ref(store, item))


_PLURAL = {"quantity": "quantities", "claim": "claims", "measure": "measures",
           "entity": "entities"}


def _location(store: Store, target: Target, message: str) -> str:
    """The page to go back to, found after the re-link (a fact's number changes when its
    reports are reviewed, so it is found again by one of its mentions)."""
    where, *rest = target
    if where == "entity":
        return f"/entity?{urlencode({'name': rest[0], 'flash': message})}"
    if where in ("fact", "doc"):
        doc_id, kind, ord_ = rest
        fact = ledger.fact_of(store, doc_id, kind, ord_) if where == "fact" else None
        if fact is not None:
            return f"/fact/{fact}?{urlencode({'flash': message})}"
        ref = f"{_PLURAL[kind]}-{ord_}"
        return f"/doc/{doc_id}?{urlencode({'focus': ref, 'flash': message})}#{ref}"
    return f"/review?{urlencode({'flash': message})}"


MAX_TAGS, MAX_TAG = 10, 40


def _tags(form) -> list[str]:
    """Tags typed comma-separated, as ``review note --tag`` takes them one by one."""
    out: list[str] = []
    for tag in str(form.get("tags", "")).split(","):
        tag = " ".join(tag.split())[:MAX_TAG]
        if tag and tag not in out:
            out.append(tag)
    return out[:MAX_TAGS]


def _batched(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The latest decisions, those made together (a whole fact) as one entry."""
    out: list[dict[str, Any]] = []
    for r in rows:
        if r.get("batch") and out and out[-1].get("batch") == r["batch"]:
            out[-1]["members"].append(r)
            continue
        out.append({**r, "members": [r]})
    return out


MAX_FORM = 64 * 1024


async def _form(request: Request) -> dict[str, str] | None:
    """The posted form, URL-encoded (what the review pages send), size-capped."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM:
            return None
    return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def _reviewer(form) -> str:
    return str(form.get("reviewer", "")).strip()[:80] or ledger.reviewer_name()


_EMPTY = {"high": None, "actor": None, "via": [], "groups": [], "places": []}


def _changed_fields(store: Store, item: str, form) -> dict[str, Any]:
    """The fields whose submitted value differs from the item's current one."""
    from recruitwatch.review.core import item_fields
    from recruitwatch.review.score import same

    doc_id, kind, ord_ = ledger.parse_ref(store, item)
    current = item_fields(kind, store.get(doc_id).extractions(kind)[ord_])
    out = {}
    for name in FIELDS[kind]:
        raw = form.get(f"f_{name}")
        if raw is None:
            continue
        if str(raw).strip():
            value = parse_field(kind, name, str(raw))
        elif name in _EMPTY:
            value = _EMPTY[name]
        else:
            continue  # a required field left empty keeps its value
        if not same(value, current.get(name)):
            out[name] = value
    return out


def _number(value: float) -> str:
    """A number as a form shows it and reads it back unchanged (no exponent, no rounding)."""
    return str(int(value)) if value.is_integer() else repr(value)


def _with_choices(item: dict[str, Any]) -> dict[str, Any]:
    """Each field with its current value as text and the values it admits (for a select)."""
    from recruitwatch.resources import domain_names

    rows = []
    for name, rule in FIELDS[item["kind"]].items():
        value = item["fields"].get(name)
        text = ", ".join(value) if isinstance(value, list) else "" if value is None else (
            str(value).lower() if isinstance(value, bool) else
            _number(value) if isinstance(value, float) else str(value))
        choices = list(rule) if isinstance(rule, tuple) else (
            domain_names("types") if rule == "types" else
            ["true", "false"] if rule == "bool" else None)
        rows.append({"name": name, "text": text, "choices": choices})
    return {**item, "rows": rows}
