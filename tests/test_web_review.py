"""The explorer's review mode: token, CSRF and same-origin guards; decisions through forms."""

from __future__ import annotations

import re
import warnings

import pytest

with warnings.catch_warnings():
    # starlette 1.x asks for httpx2 in its test client; the httpx one still works
    warnings.simplefilter("ignore", UserWarning)
    from starlette.testclient import TestClient

from recruitwatch.ingest_run import ingest
from recruitwatch.options import Options
from recruitwatch.review.ledger import all_reviews
from recruitwatch.store import Store
from recruitwatch.web.app import create_app
from recruitwatch.web.review import COOKIE, ReviewDesk

# Written for this test, paraphrasing Verstka (2024) on Moscow region recruitment plans.
REPORT = ("Moscow region districts were told to find 500 contract soldiers a month, Verstka "
          "reported.\nThe region raised its sign-up payment to 1.5 million rubles.\n"
          "<script>alert(1)</script> stayed in one quoted post.\n")
ORIGIN = "http://testserver"


@pytest.fixture
def db(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    with Store(tmp_path / "r.db") as s:
        ingest(s, [str(tmp_path / "a.txt")], Options(use_models=False))
    return tmp_path / "r.db"


def _client(db):
    desk = ReviewDesk(db, token="t0ken")
    client = TestClient(create_app(db, warm=False, review=desk), follow_redirects=False)
    return client, desk


def _first_item(client) -> str:
    return client.get("/review.json").json()["queue"][0]["item"]


def test_review_pages_need_the_token_and_it_moves_to_a_cookie(db):
    client, desk = _client(db)
    assert client.get("/review").status_code == 403
    assert client.get("/review?token=wrong").status_code == 403
    resp = client.get("/review?token=t0ken")
    assert resp.status_code == 303 and resp.headers["location"] == "/review"
    assert "httponly" in resp.headers["set-cookie"].lower()
    assert "samesite=strict" in resp.headers["set-cookie"].lower()
    page = client.get("/review")
    assert page.status_code == 200 and "Review queue" in page.text
    assert "<script>alert(1)</script>" not in page.text  # report text stays inert


def test_a_correction_by_form_is_stored_and_served(db):
    client, desk = _client(db)
    client.cookies.set(COOKIE, "t0ken")
    queue = client.get("/review.json").json()["queue"]
    item = next(i for i in queue if i["kind"] == "quantity")
    resp = client.post("/review/decide", headers={"origin": ORIGIN}, data={
        "csrf": desk.csrf, "item": item["item"], "action": "correct", "f_modality": "estimate",
        "f_value": str(item["fields"]["value"]), "reviewer": "ana"})
    assert resp.status_code == 303, resp.text
    with Store(db, readonly=True) as s:
        (r,) = all_reviews(s)
        assert (r.action, r.fields, r.reviewer) == ("correct", {"modality": "estimate"}, "ana")
        doc = next(s.iter_documents())
        assert "estimate" in [q.modality for q in doc.quantities if q.reviewed == "corrected"]
    assert item["item"] not in [i["item"] for i in client.get("/review.json").json()["queue"]]


@pytest.mark.parametrize("headers,fields,cookie", [
    ({"origin": "http://evil.example"}, {}, True),  # a cross-origin form post
    ({}, {}, True),  # no Origin at all
    ({"origin": ORIGIN}, {"csrf": "stale"}, True),  # a foreign or stale form
    ({"origin": ORIGIN}, {}, False),  # no token cookie
    ({"origin": ORIGIN, "sec-fetch-site": "cross-site"}, {}, True),
])
def test_foreign_or_tokenless_posts_are_refused_and_nothing_is_written(db, headers, fields, cookie):
    client, desk = _client(db)
    if cookie:
        client.cookies.set(COOKIE, "t0ken")
    item = _client_item(db)
    data = {"csrf": desk.csrf, "item": item, "action": "reject", **fields}
    resp = client.post("/review/decide", headers=headers, data=data)
    assert resp.status_code == 403
    with Store(db, readonly=True) as s:
        assert all_reviews(s) == []


def _client_item(db) -> str:
    client, _ = _client(db)
    client.cookies.set(COOKIE, "t0ken")
    return _first_item(client)


def test_the_read_only_explorer_has_no_writing_route(db):
    client = TestClient(create_app(db, warm=False), follow_redirects=False)
    assert client.get("/review").status_code == 404
    assert client.post("/review/decide", data={"action": "reject"}).status_code in (404, 405)


def test_undo_from_the_page(db):
    client, desk = _client(db)
    client.cookies.set(COOKIE, "t0ken")
    item = _first_item(client)
    client.post("/review/decide", headers={"origin": ORIGIN},
                data={"csrf": desk.csrf, "item": item, "action": "reject"})
    page = client.get("/review").text
    review_id = re.search(r'name="review" value="(\d+)"', page).group(1)
    resp = client.post("/review/decide", headers={"origin": ORIGIN},
                       data={"csrf": desk.csrf, "review": review_id, "action": "undo"})
    assert resp.status_code == 303
    with Store(db, readonly=True) as s:
        assert all_reviews(s)[0].undone_at is not None


def test_an_untouched_form_field_reads_back_as_the_same_value():
    from recruitwatch.review.core import parse_field
    from recruitwatch.web.review import _with_choices

    for value in (1234567.0, 1900000.0, 0.25, 195000.0):
        item = {"kind": "quantity", "fields": {"value": value, "high": None, "unit": "RUB",
                                               "counts": "bonus", "approx": "exact",
                                               "modality": "offer"}}
        text = next(r["text"] for r in _with_choices(item)["rows"] if r["name"] == "value")
        assert parse_field("quantity", "value", text) == value
