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


# Two reports of one figure, paraphrasing RFE/RL and The Kyiv Independent (March 2023) on
# the Defence Ministry's plan to sign 400,000 contract soldiers.
SAME_FIGURE = [
    "Russia's Defence Ministry plans to sign contracts with 400,000 soldiers this year, "
    "RFE/RL reported.\n",
    "The Defence Ministry aims to recruit 400,000 soldiers on contract this year, "
    "The Kyiv Independent said in Moscow.\n",
]


@pytest.fixture
def linked_db(tmp_path):
    from recruitwatch.link import link_all

    for i, text in enumerate(SAME_FIGURE):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    with Store(tmp_path / "f.db") as s:
        ingest(s, [str(tmp_path / f"{i}.txt") for i in range(len(SAME_FIGURE))],
               Options(use_models=False))
        link_all(s)
    return tmp_path / "f.db"


def _fact_page(client) -> tuple[str, str]:
    """The 400,000 fact's id and its page."""
    fact = next(f for f in client.get("/facts.json").json()["facts"] if f["value"] == 400000)
    return fact["id"], client.get(f"/fact/{fact['id']}").text


def _post(client, path, desk, **data):
    return client.post(path, headers={"origin": ORIGIN}, data={"csrf": desk.csrf, **data})


def test_a_whole_fact_is_confirmed_from_its_page_and_undone_there(linked_db):
    client, desk = _client(linked_db)
    client.cookies.set(COOKIE, "t0ken")
    fact_id, page = _fact_page(client)
    assert 'action="/review/fact"' in page and "Confirm all 2 mentions" in page
    resp = _post(client, "/review/fact", desk, fact=fact_id, action="confirm",
                 note="both checked", tags="quota, defence ministry")
    assert resp.status_code == 303 and resp.headers["location"].startswith("/fact/")
    with Store(linked_db, readonly=True) as s:
        made = all_reviews(s)
    assert [r.action for r in made] == ["confirm", "confirm"]
    assert len({r.doc_id for r in made}) == 2 and len({r.batch for r in made}) == 1
    assert made[0].tags == ["quota", "defence ministry"] and made[0].note == "both checked"
    page = client.get(resp.headers["location"]).text
    assert "2 of 2 mentions" in page and page.count('rv-confirmed">confirmed<') == 2
    assert "whole fact confirmed" in page  # the message of the write
    batch = re.search(r'name="batch" value="([^"]+)"', page).group(1)
    fact_id = resp.headers["location"].split("/")[2].split("?")[0]
    resp = _post(client, "/review/decide", desk, batch=batch, fact=fact_id, action="undo")
    assert resp.status_code == 303
    with Store(linked_db, readonly=True) as s:
        assert all(r.undone_at for r in all_reviews(s))
        assert {q.reviewed for d in s.iter_documents() for q in d.quantities} == {None}
    page = client.get(resp.headers["location"]).text
    assert "0 of 2 mentions" in page and 'name="batch"' not in page


def test_a_whole_fact_rejected_leaves_the_facts_and_is_undone_from_the_queue_page(linked_db):
    client, desk = _client(linked_db)
    client.cookies.set(COOKIE, "t0ken")
    with client:  # one server thread, as uvicorn runs it: the facts list's cache follows writes
        _reject_and_undo(client, desk)


def _reject_and_undo(client, desk):
    fact_id, _ = _fact_page(client)
    resp = _post(client, "/review/fact", desk, fact=fact_id, action="reject")
    assert resp.status_code == 303 and resp.headers["location"].startswith("/review?")
    assert 400000 not in [f["value"] for f in client.get("/facts.json").json()["facts"]]
    page = client.get("/review").text
    assert "reject the whole fact, 2 mentions" in page and "Undo all 2" in page
    batch = re.search(r'name="batch" value="([^"]+)"', page).group(1)
    assert _post(client, "/review/decide", desk, batch=batch, action="undo").status_code == 303
    assert 400000 in [f["value"] for f in client.get("/facts.json").json()["facts"]]


def test_one_mention_is_decided_from_the_fact_page_and_comes_back_to_it(linked_db):
    client, desk = _client(linked_db)
    client.cookies.set(COOKIE, "t0ken")
    _, page = _fact_page(client)
    item = re.search(r'name="item" value="([^"]+)"><input type="hidden" name="back" value="fact"',
                     page).group(1)
    resp = _post(client, "/review/decide", desk, item=item, action="confirm", back="fact")
    assert resp.status_code == 303 and resp.headers["location"].startswith("/fact/")
    assert "1 of 2 mentions" in client.get(resp.headers["location"]).text


@pytest.mark.parametrize("path,data", [
    ("/review/fact", {"fact": "1", "action": "reject"}),
    ("/review/merge", {"name": "Moscow", "into": "Moskva"}),
    ("/review/decide", {"batch": "fact 1 x", "action": "undo"}),
])
@pytest.mark.parametrize("headers,fields,cookie", [
    ({"origin": "http://evil.example"}, {}, True),  # a cross-origin form post
    ({"origin": ORIGIN, "sec-fetch-site": "cross-site"}, {}, True),
    ({"origin": ORIGIN}, {"csrf": "stale"}, True),  # a foreign or stale form
    ({"origin": ORIGIN}, {}, False),  # no token cookie
])
def test_fact_merge_and_batch_posts_are_guarded_like_the_others(linked_db, path, data, headers,
                                                                fields, cookie):
    client, desk = _client(linked_db)
    if cookie:
        client.cookies.set(COOKIE, "t0ken")
    if path == "/review/fact":
        data = {**data, "fact": _fact_page(client)[0]}
    resp = client.post(path, headers=headers, data={"csrf": desk.csrf, **data, **fields})
    assert resp.status_code == 403
    with Store(linked_db, readonly=True) as s:
        assert all_reviews(s) == []


def test_without_the_token_the_pages_carry_no_review_form(linked_db):
    reader = TestClient(create_app(linked_db, warm=False), follow_redirects=False)
    client, desk = _client(linked_db)  # review mode, but no cookie
    for c in (reader, client):
        fact_id, page = _fact_page(c)
        doc = c.get(f"/doc/{c.get(f'/fact/{fact_id}.json').json()['fact']['mentions'][0]['doc_id']}").text
        for html in (page, doc, c.get("/entity?name=Moscow").text):
            assert "/review/" not in html and desk.csrf not in html and "Review</a>" not in html


def test_tags_and_a_note_alone_from_the_queue_form(db):
    client, desk = _client(db)
    client.cookies.set(COOKIE, "t0ken")
    item = _first_item(client)
    page = client.get("/review").text
    assert 'name="tags"' in page and 'name="only" value="note"' in page
    resp = _post(client, "/review/decide", desk, item=item, action="correct", only="note",
                 note="ask the editor", tags="quota, Moscow region ,quota")
    assert resp.status_code == 303
    with Store(db, readonly=True) as s:
        (r,) = all_reviews(s)
    assert (r.action, r.note, r.tags) == ("note", "ask the editor", ["quota", "Moscow region"])
    page = client.get("/review").text
    assert "“ask the editor”" in page and ">Moscow region</span>" in page
    assert item in page  # a note decides nothing: the item stays in the queue
    assert _post(client, "/review/decide", desk, item=item, action="correct", only="note",
                 note="", tags="").status_code == 400


def test_two_names_merged_from_the_entity_page_and_undone(linked_db):
    client, desk = _client(linked_db)
    client.cookies.set(COOKIE, "t0ken")
    page = client.get("/entity?name=Moscow").text
    assert 'action="/review/merge"' in page
    resp = _post(client, "/review/merge", desk, name="Moscow", into="Moskva", back="entity")
    assert resp.status_code == 303
    assert resp.headers["location"].startswith("/entity?name=Moskva")
    assert client.get("/entity?name=Moscow").status_code == 404
    assert "Moskva is now" not in client.get(resp.headers["location"]).text
    assert "Moscow is now Moskva in 1 report" in client.get(resp.headers["location"]).text
    with Store(linked_db, readonly=True) as s:
        (r,) = all_reviews(s)
        assert (r.action, r.words, r.fields) == ("merge", "Moscow", {"into": "Moskva"})
    page = client.get("/review").text
    assert "merge “Moscow” into “Moskva”" in page
    review_id = re.search(r'name="review" value="(\d+)"', page).group(1)
    assert _post(client, "/review/decide", desk, review=review_id, action="undo").status_code == 303
    assert client.get("/entity?name=Moscow").status_code == 200
    for bad in ({"name": "Moscow", "into": ""}, {"name": "Moscow", "into": "Moscow"},
                {"name": "Nowhere", "into": "Moscow"}):
        assert _post(client, "/review/merge", desk, **bad).status_code == 400


def test_a_report_page_decides_its_own_extractions_and_says_so(db):
    client, desk = _client(db)
    client.cookies.set(COOKIE, "t0ken")
    doc_id = client.get("/search.json").json()["hits"][0]["id"]
    page = client.get(f"/doc/{doc_id}").text
    numbers = page.split("<h2>Numbers</h2>")[1].split("</section>")[0]
    item = re.search(r'name="item" value="([^"]+:q0)"', numbers).group(1)
    resp = _post(client, "/review/decide", desk, item=item, action="reject", back="doc")
    assert resp.status_code == 303 and resp.headers["location"].startswith(f"/doc/{doc_id}?")
    first = client.get(resp.headers["location"]).text.split("<h2>Numbers</h2>")[1].split("</li>")[0]
    assert "is-rejected" in first and 'rv-rejected">rejected<' in first
    assert 'value="reject"' not in first and 'value="confirm"' in first  # no second rejection
