"""The web explorer without a server: every page and its JSON twin, hostile article content
shown as text, the security headers, read-only access and no filesystem paths from URLs."""

from __future__ import annotations

import re
from pathlib import Path
import warnings

import pytest

from recruitwatch.link import link_all
from recruitwatch.model import Claim, Entity, Measure, Quantity
from recruitwatch.store import Store
from conftest import make_document

with warnings.catch_warnings():
    # starlette 1.x asks for httpx2 in its test client; the httpx one still works
    warnings.simplefilter("ignore", UserWarning)
    from starlette.testclient import TestClient

from recruitwatch.web.app import CSP, create_app  # noqa: E402

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ORIGINAL = "b" * 32
COPY = "c" * 32
HOSTILE = "d" * 32
DENIAL = "e" * 32

# Paraphrasing Meduza and RFE/RL reporting (2023) on regional contract quotas.
REPORT = ("Russia's regions were told to sign 400,000 contract soldiers in 2023, the outlet "
          "Verstka reported, citing officials. Migrants in Moscow were offered 195,000 rubles.")


def _doc(doc_id: str, body: str = REPORT, **kw):
    doc = make_document(doc_id, body=body, **kw)
    q1, q2 = body.find("400,000"), body.find("195,000")
    doc.quantities = [Quantity(400000.0, "people", "contract soldiers", "exact", "target",
                               (q1, q1 + 7), None, "400,000")]
    if q2 >= 0:
        doc.quantities.append(Quantity(195000.0, "RUB", "payment", "exact", "offer",
                                       (q2, q2 + 15), None, "195,000 rubles"))
    doc.claims = [Claim("Verstka", [], "assert", False, (0, body.find(".") + 1), "2023-03", "reported")]
    doc.measures = [Measure("quota_or_target", ["general_public"], ["Moscow"], None,
                            (0, body.find(".") + 1), "2023-03", [0])]
    m = body.find("Moscow")
    doc.entities = [Entity("Moscow", "PLACE", [(m, m + 6)] if m >= 0 else [])]
    return doc


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    hostile_body = f"Officials said {SCRIPT} 400,000 soldiers {IMG} were needed in Moscow."
    with Store(path) as store:
        store.add(_doc(ORIGINAL, outlet="Meduza"), b"original")
        store.add(_doc(COPY, outlet="Republisher", title="A copy"), b"copy")
        hostile = _doc(HOSTILE, body=hostile_body, title=f"Title {SCRIPT}", outlet=f"Outlet {IMG}",
                       url="javascript:alert(1)")
        hostile.entities.append(Entity(f"Name {IMG}", "PERSON", [(0, 9)]))
        hostile.claims = [Claim(f"Speaker {SCRIPT}", [f"Relay {IMG}"], "assert", True, (0, 14))]
        store.add(hostile, b"hostile")
        denial = _doc(DENIAL, body="Peskov denied that Moscow set any quota of 400,000 contract soldiers.",
                      outlet="TASS")
        denial.claims = [Claim("Dmitry Peskov", [], "deny", False, (0, 60), "2023-03", "denied")]
        store.add(denial, b"denial")
        link_all(store)
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def _first_fact(client, kind="quantities") -> dict:
    facts = client.get(f"/facts.json?kind={kind}").json()["facts"]
    return next(f for f in facts if f.get("value") == 400000.0) if kind == "quantities" else facts[0]


PAGES = ["/search", "/search?q=contract", "/search?q=soldiers&place=Moscow&modality=target",
         "/facts", "/facts?kind=measures", "/timeline", "/timeline?type=quota_or_target",
         "/stories", f"/doc/{ORIGINAL}", f"/doc/{HOSTILE}", "/entity?name=Moscow", "/entities",
         "/entities?type=PLACE&q=mos"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_and_its_json_twin(client, path):
    page = client.get(path)
    base, _, query = path.partition("?")
    twin = client.get(base + ".json" + (f"?{query}" if query else ""))
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert twin.status_code == 200 and twin.headers["content-type"] == "application/json"
    assert twin.json()["page"] in page.text  # the body class names the view the data came from


def test_the_html_is_built_from_the_json(client):
    data = client.get("/search.json?q=contract").json()
    html = client.get("/search?q=contract").text
    assert {h["id"] for h in data["hits"]} == {ORIGINAL, COPY, DENIAL}
    for hit in data["hits"]:
        assert f'href="/doc/{hit["id"]}"' in html


def test_search_filters_narrow_the_hits(client):
    hits = client.get("/search.json?q=soldiers&outlet=TASS").json()["hits"]
    assert [h["id"] for h in hits] == [DENIAL]
    hits = client.get("/search.json?speaker=Dmitry+Peskov").json()["hits"]
    assert [h["id"] for h in hits] == [DENIAL]
    assert client.get("/search.json?q=soldiers&since=2030").json()["hits"] == []


def test_a_bad_query_says_how_to_fix_it(client):
    data = client.get('/search.json?q="unbalanced').json()
    assert data["hits"] == [] and "quote phrases" in data["error"]


def test_fact_list_counts_sources_and_independent_sources(client):
    fact = _first_fact(client)
    # the original and its republication are one independent source; the hostile report and
    # the denial carry the same figure; linking decides how many of them join the fact
    assert fact["sources"] >= 2 and fact["independent"] < fact["sources"]
    assert fact["modality"] == "target" and fact["first_published"] == "2023-03-14"


def test_fact_page_leads_to_the_highlighted_words(client):
    fact = _first_fact(client)
    data = client.get(f"/fact/{fact['id']}.json").json()["fact"]
    mention = next(m for m in data["mentions"] if m["doc_id"] == ORIGINAL)
    assert mention["context"]["words"] == "400,000"
    page = client.get(f"/fact/{fact['id']}").text
    link = f'/doc/{ORIGINAL}?focus={mention["ref"]}#{mention["ref"]}'
    assert link in page
    doc = client.get(link.split("#")[0]).text
    focused = re.findall(r'<span class="seg [^"]*focus">([^<]*)</span>', doc)
    assert focused == ["400,000"]
    assert f'id="{mention["ref"]}"' in doc and 'class="tag tag-quantities">target<' in doc


def test_document_page_folds_removed_lines_and_labels_kinds(client):
    data = client.get(f"/doc/{ORIGINAL}.json").json()
    assert data["document"]["removed"] == [{"text": "Read more", "kind": "read_more"}]
    kinds = {k for s in data["segments"] for k in s["kinds"]}
    assert kinds == {"quantities", "claims", "measures", "entities"}
    assert "".join(s["text"] for s in data["segments"]) == REPORT
    html = client.get(f"/doc/{ORIGINAL}").text
    assert '<details class="removed">' in html and "read more</span>" in html
    assert 'class="tag tag-measures">quota or target<' in html


def test_story_page_shows_original_and_copy(client):
    story = client.get(f"/doc/{COPY}.json").json()["document"]["story"]
    data = client.get(f"/story/{story}.json").json()
    assert {m["id"] for m in data["members"]} >= {ORIGINAL, COPY}
    assert data["original"]["duplicate_of"] is None
    assert client.get(f"/story/{story}").status_code == 200


def test_entity_page_lists_facts_about_a_place(client):
    data = client.get("/entity.json?name=Moscow").json()
    assert data["type"] == "PLACE" and data["document_count"] == 4
    assert {m["doc_id"] for m in data["measures"]} >= {ORIGINAL, COPY}
    assert any(q["value"] == 195000.0 for q in data["quantities"])


def test_timeline_series_counts_a_story_once(client):
    data = client.get("/timeline.json").json()
    assert data["series"]["months"] == ["2023-03"]
    # four reports, but the original and its copy are one story
    assert data["series"]["types"]["quota_or_target"] == [3]
    assert len(data["events"]) == 4


# --- hostile content -----------------------------------------------------------------------------

@pytest.mark.parametrize("path", [f"/doc/{HOSTILE}", "/search?q=officials", "/search",
                                  f"/entity?name=Name {IMG}", "/facts", "/entities"])
def test_hostile_content_is_shown_as_text(client, path):
    html = client.get(path).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "onerror=alert(1)>" not in html


def test_hostile_content_appears_escaped(client):
    html = client.get(f"/doc/{HOSTILE}").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html  # a report's javascript: URL is not a link


def test_hostile_fact_page_is_escaped(client):
    fact = _first_fact(client)
    html = client.get(f"/fact/{fact['id']}").text
    assert "<script>alert" not in html and "<img src=x" not in html


def test_json_twin_carries_the_raw_text(client):
    data = client.get(f"/doc/{HOSTILE}.json").json()
    assert data["document"]["title"] == f"Title {SCRIPT}"


# --- safety --------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/search", f"/doc/{ORIGINAL}.json", "/static/style.css",
                                  "/no-such-page", f"/doc/{'f' * 32}"])
def test_every_response_has_the_csp(client, path):
    headers = client.get(path).headers
    assert headers["content-security-policy"] == CSP
    assert "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert headers["x-content-type-options"] == "nosniff"


def test_pages_use_no_inline_script(client):
    for path in ("/search", "/timeline", f"/doc/{ORIGINAL}"):
        html = client.get(path).text
        for tag in re.findall(r"<script[^>]*>", html):
            assert "src=" in tag or 'type="application/json"' in tag
        assert " onclick=" not in html and " onload=" not in html


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_writes_are_refused(client, method):
    assert getattr(client, method)("/search").status_code == 405
    assert getattr(client, method)(f"/doc/{ORIGINAL}").status_code == 405


def test_the_store_is_opened_read_only(client, db):
    store = client.app.state.explorer.store()
    assert store.readonly
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        store.conn.execute("DELETE FROM documents")


def test_a_read_only_store_must_exist(tmp_path):
    from recruitwatch.store import StoreError
    with pytest.raises(StoreError, match="no such database"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("path", [
    "/static/../../etc/passwd", "/static/..%2f..%2fetc%2fpasswd", "/static/%2e%2e/app.py",
    "/doc/..%2f..%2fetc%2fpasswd", "/doc/..%2f..%2fetc%2fpasswd.json", "/static/app.py",
    "/static/uPlot.LICENSE.txt", "/story/..%2fetc", "/fact/..%2f..%2fetc%2fpasswd",
    "/static/", "/etc/passwd", "/entity?name=../../etc/passwd",
])
def test_no_url_reaches_the_filesystem(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "root:" not in r.text and "import " not in r.text


def test_static_files_are_served_by_name(client):
    assert client.get("/static/uPlot.iife.min.js").status_code == 200
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


def test_serve_binds_to_loopback_by_default(monkeypatch, db):
    from click.testing import CliRunner

    import uvicorn

    from recruitwatch.cli import cli

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw))
    result = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8080
    CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0", "--port", "9000"])
    assert seen["host"] == "0.0.0.0" and seen["port"] == 9000


def test_unknown_ids_are_404_in_both_forms(client):
    for path in (f"/doc/{'f' * 32}", "/fact/999999", "/fact/q-" + "f" * 32 + "-0",
                 "/entity?name=Nobody", f"/story/{'f' * 32}"):
        assert client.get(path).status_code == 404
        base, _, query = path.partition("?")
        twin = client.get(base + ".json" + (f"?{query}" if query else ""))
        assert twin.status_code == 404 and "error" in twin.json()


@pytest.mark.parametrize("params", [{}, {"type": "quota_or_target"}, {"group": "general_public"},
                                    {"place": "Moscow"}, {"outlet": "TASS"}, {"language": "en"},
                                    {"since": "2023-03"}, {"until": "2023-02"}, {"place": "Nowhere"}])
def test_timeline_index_agrees_with_sql(db, params):
    from recruitwatch.web import views
    from recruitwatch.web.timeline_index import build_index

    with Store(db, readonly=True) as store:
        fast = views.timeline_view(store, params, {}, build_index(store))
        slow = views.timeline_view(store, params, {}, None)
    assert fast == slow


def test_timeline_index_agrees_with_sql_over_years(tmp_path):
    """Many months, stories, groups and places: the generated store of the latency benchmark."""
    import importlib.util

    from recruitwatch.web import views
    from recruitwatch.web.timeline_index import build_index

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "web_latency.py"
    spec = importlib.util.spec_from_file_location("web_latency", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.build_store(tmp_path / "gen.db", 400)
    with Store(tmp_path / "gen.db", readonly=True) as store:
        index = build_index(store)
        for params in ({}, {"type": "coercion"}, {"group": "migrants", "since": "2024"},
                       {"place": "Tuva", "until": "2023-06"}, {"outlet": "Meduza", "language": "ru"}):
            fast = views.timeline_view(store, params, {}, index)
            slow = views.timeline_view(store, params, {}, None)
            assert fast["series"] == slow["series"], params
            assert [(e["doc_id"], e["ord"]) for e in fast["events"]] == \
                [(e["doc_id"], e["ord"]) for e in slow["events"]], params
        assert len(fast["series"]["months"]) > 1


def test_indexed_search_agrees_with_sql(tmp_path):
    """Filtered search answered from the in-memory indexes returns what SQL returns."""
    import importlib.util

    from recruitwatch.web import views
    from recruitwatch.web.doc_index import build_doc_index
    from recruitwatch.web.timeline_index import build_index

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "web_latency.py"
    spec = importlib.util.spec_from_file_location("web_latency", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.build_store(tmp_path / "gen.db", 400)
    with Store(tmp_path / "gen.db", readonly=True) as store:
        index = (build_doc_index(store), build_index(store))
        for params in ({"type": "coercion"}, {"group": "migrants", "place": "Moscow", "since": "2024"},
                       {"speaker": "Dmitry Peskov", "modality": "target"}, {"outlet": "Meduza"},
                       {"language": "uk", "until": "2023-06"}, {"type": "summons", "page": "2"}, {"outlet": "Nope"},
                       {"q": "migrants", "outlet": "TASS"}, {"q": "rubles", "type": "summons"}):
            fast = views.search_view(store, params, {}, index)
            slow = views.search_view(store, params, {}, None)
            assert [h["id"] for h in fast["hits"]] == [h["id"] for h in slow["hits"]], params
            assert fast["hits"] == slow["hits"] and fast["more"] == slow["more"], params
        for name in ("Moscow", "Vladimir Putin", "Tuva", "Nobody"):
            try:
                fast = views.entity_view(store, {"name": name}, index=index)
            except views.NotFound:
                assert name == "Nobody"
                continue
            assert fast == views.entity_view(store, {"name": name}), name
        # too many matches to rank: newest stored first, walked a chunk at a time
        saved = views.RANK_LIMIT, views.CHUNK
        views.RANK_LIMIT, views.CHUNK = 5, 7
        try:
            for params in ({"q": "migrants", "outlet": "TASS"}, {"q": "rubles", "type": "summons"},
                           {"q": "rubles", "language": "en", "page": "2"}):
                fast = views.search_view(store, params, {}, index)
                slow = views.search_view(store, params, {}, None)
                assert fast["hits"] and not fast["ranked"], params
                assert fast["hits"] == slow["hits"] and fast["more"] == slow["more"], params
        finally:
            views.RANK_LIMIT, views.CHUNK = saved


def test_fact_page_sets_denials_against_the_fact(client):
    fact = _first_fact(client)
    data = client.get(f"/fact/{fact['id']}.json").json()["fact"]
    assert [(d["doc_id"], d["stance"]) for d in data["disputes"]] == [(DENIAL, "deny")]
    html = client.get(f"/fact/{fact['id']}").text
    assert html.count('class="badge deny">denies<') >= 2  # in the mentions and under disputes


# --- evidence words on fact pages --------------------------------------------------------------

# Paraphrasing RFE/RL's Russian service (March 2023) on the 400,000 contract-soldier plan:
# the figures sit past the headline, on later lines, among Cyrillic text.
RU_BODY = ("Минобороны планирует набрать 400 тысяч контрактников\n"
           "С 1 апреля министерство начнёт новую кампанию и рассчитывает заключить контракты "
           "с 400 тысячами человек, сообщает «Радио Свобода» со ссылкой на региональные СМИ.\n\n"
           "Ранее ведомство говорило о 300 000 новых военных — «это — только начало».\n"
           "Военкоматы получили планы.")
# The same plan in English, as The Moscow Times put it, the figure deep in the third line.
EN_BODY = ("Kremlin wants 400,000 new soldiers\n"
           "The plan — first reported by regional media — was discussed in January.\n"
           "Officials said the ministry hopes to sign up 400,000 men by autumn, roughly "
           "300,000 more than last year’s call-up.")


def _figures(doc, pairs):
    out = []
    for words, value in pairs:
        at = doc.body.find(words, doc.body.find("\n"))  # the mention past the headline
        out.append(Quantity(value, "people", "contract soldiers", "exact", "target",
                            (at, at + len(words)), None, words))
    return out


@pytest.fixture(scope="module")
def offsets_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("offsets") / "offsets.db"
    ru = make_document("1" * 32, body=RU_BODY, language="ru", outlet=None, claims=[],
                       entities=[], measures=[])
    ru.quantities = _figures(ru, [("400 тысячами", 400000.0), ("300 000", 300000.0)])
    en = make_document("2" * 32, body=EN_BODY, outlet=None, claims=[], entities=[], measures=[])
    en.quantities = _figures(en, [("400,000 men", 400000.0), ("300,000", 300000.0)])
    with Store(path) as store:
        store.add(ru, b"ru offsets")
        store.add(en, b"en offsets")
    return path


@pytest.mark.parametrize("linked", [False, True])
def test_fact_page_marks_exactly_the_words_of_every_mention(offsets_db, tmp_path, linked):
    """The marked words are body[start:end] for every mention, however far into a
    multi-line, non-ASCII body they sit (QA: '<mark>с 400 тысяча</mark>ми', 't 300,0|00')."""
    import shutil

    from recruitwatch.web import views

    path = offsets_db
    if linked:
        path = tmp_path / "linked.db"
        shutil.copy(offsets_db, path)
        with Store(path) as store:
            link_all(store)
    with Store(path, readonly=True) as store:
        bodies = {r["id"]: r["body"] for r in store.conn.execute("SELECT id, body FROM documents")}
        spans = {(r["doc_id"], r["ord"]): (r["start"], r["end"])
                 for r in store.conn.execute('SELECT doc_id, ord, start, "end" FROM quantities')}
        facts = views.facts_view(store, {}, {})["facts"]
        seen = 0
        for f in facts:
            for m in views.fact_view(store, f["id"])["fact"]["mentions"]:
                start, end = spans[(m["doc_id"], m["ord"])]
                body = bodies[m["doc_id"]]
                assert m["context"]["words"] == body[start:end]
                ctx = m["context"]
                assert body.find(ctx["before"].lstrip("… ") + ctx["words"] + ctx["after"].rstrip(" …")) >= 0
                seen += 1
    assert seen == 4
    with TestClient(create_app(path, warm=False)) as c:
        fact = c.get("/facts.json").json()["facts"][0]
        html = c.get(f"/fact/{fact['id']}").text
        marked = re.findall(r'<mark class="hl-quantities">([^<]*)</mark>', html)
        assert marked and set(marked) <= {"400 тысячами", "400,000 men", "300 000", "300,000"}


# --- source labels -------------------------------------------------------------------------------

# Paraphrasing Verstka and RFE/RL (2023): a report without an outlet whose figure is carried by
# an unnamed source, one whose figure nobody is named for, and one with an outlet.
SOURCES_BODY = ("Regions must sign 400,000 contract soldiers\n"
                "Regions were told to sign 400,000 contract soldiers this year, officials in "
                "three regional administrations said.")
ANON, BARE, NAMED = "3" * 32, "4" * 32, "5" * 32


@pytest.fixture(scope="module")
def sources_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("sources") / "sources.db"
    line = SOURCES_BODY.index("\n") + 1
    docs = []
    for doc_id, outlet, title in ((ANON, None, "Regions must sign 400,000"),
                                  (BARE, None, "Quota of 400,000 contract soldiers"),
                                  (NAMED, "Verstka", "Quota for the regions")):
        doc = make_document(doc_id, body=SOURCES_BODY, outlet=outlet, title=title,
                            claims=[], entities=[], measures=[])
        at = SOURCES_BODY.find("400,000", line)
        doc.quantities = [Quantity(400000.0, "people", "contract soldiers", "exact", "target",
                                   (at, at + 7), None, "400,000")]
        docs.append(doc)
    docs[0].claims = [Claim("anonymous: officials in three regional administrations", [],
                            "assert", False, (line, len(SOURCES_BODY)), None, "said")]
    with Store(path) as store:
        for i, doc in enumerate(docs):
            store.add(doc, bytes([i]) * 3)
        link_all(store)
    return path


def test_sources_are_named_never_a_bare_report_id(sources_db):
    with TestClient(create_app(sources_db, warm=False)) as c:
        fact = c.get("/facts.json").json()["facts"][0]
        data = c.get(f"/fact/{fact['id']}.json").json()["fact"]
        html = c.get(f"/fact/{fact['id']}").text
    labels = [m["speaker"] for m in data["mentions"]] + [ch["origin"] for ch in data["chain"]]
    assert not any(label and label.startswith("doc:") for label in labels)
    speakers = {m["doc_id"]: m["speaker"] for m in data["mentions"]}
    assert speakers == {ANON: "anonymous: officials in three regional administrations",
                        BARE: None, NAMED: "Verstka"}
    # the unnamed source is its report, linked and called by its title
    assert f'href="/doc/{BARE}">unnamed source in “Quota of 400,000 contract soldiers”' in html
    # the chain's origin, which the linker named by its first report, is that report's
    # source, and is not repeated among the relays
    assert [(ch["origin"], ch["origin_doc"], ch["relays"]) for ch in data["chain"]] == \
        [("anonymous: officials in three regional administrations", ANON, ["Verstka"])]
    # no label shows an id: neither "doc:…" nor a bare hex prefix
    shown = re.findall(r'class="who[^"]*"[^>]*>([^<]*)<', html)
    assert shown and not any(re.search(r"doc:|\b[0-9a-f]{8,}\b", s) for s in shown)


# --- filter menus --------------------------------------------------------------------------------

def test_speaker_menu_leaves_out_one_off_noise(tmp_path):
    """Speakers quoted twice or known as names make the menu, most quoted first; one-off
    phrases the extractor took for speakers ('Tuesday', 'anonymous: but she') do not."""
    from recruitwatch.web import views
    from recruitwatch.web.doc_index import build_doc_index
    from recruitwatch.web.timeline_index import build_index

    path = tmp_path / "speakers.db"
    said = [["Dmitry Peskov", "Tuesday", "Verstka"], ["Dmitry Peskov", "anonymous: but she"],
            ["Dmitry Peskov", "anonymous: officials", "Ten"], ["anonymous: officials", "Moscow"]]
    with Store(path) as store:
        for i, speakers in enumerate(said):
            doc = make_document(f"{i + 6:032x}", outlet="Verstka" if i == 0 else "TASS")
            doc.claims = [Claim(s, [], "assert", False, (0, 10), None, "said") for s in speakers]
            store.add(doc, bytes([i]) * 4)
    with Store(path, readonly=True) as store:
        menu = views.facet_values_from((build_doc_index(store), build_index(store)))["speaker"]
        assert menu == views.facet_values(store)["speaker"]
    # Peskov 3 claims, officials 2; Moscow (an entity) and Verstka (an outlet) once each
    assert menu == ["Dmitry Peskov", "anonymous: officials", "Moscow", "Verstka"]


# --- names index ---------------------------------------------------------------------------------

def test_entities_index_counts_reports_and_links_each_name(client):
    data = client.get("/entities.json").json()
    rows = {e["name"]: e for e in data["entities"]}
    assert rows["Moscow"] == {"name": "Moscow", "type": "PLACE", "reports": 4, "mentions": 4}
    assert rows[f"Name {IMG}"]["type"] == "PERSON"
    assert data["entities"][0]["name"] == "Moscow"  # most named first
    assert data["types"] == {"PERSON": 1, "ORG": 0, "PLACE": 1, "GROUP": 0}
    html = client.get("/entities").text
    assert '<a href="/entity?name=Moscow">Moscow</a>' in html
    assert 'href="/entities" aria-current="page">Names<' in html  # in the navigation
    assert re.search(r'<nav>.*<a href="/entities"[^>]*>Names</a>.*</nav>', client.get("/search").text,
                     re.S)


def test_entities_index_filters_by_kind_and_words(client):
    assert [e["name"] for e in client.get("/entities.json?type=person").json()["entities"]] == \
        [f"Name {IMG}"]
    assert [e["name"] for e in client.get("/entities.json?q=MOS").json()["entities"]] == ["Moscow"]
    assert client.get("/entities.json?type=ORG").json()["entities"] == []
    assert "No name matches" in client.get("/entities?q=nobody").text


# --- timeline colours ----------------------------------------------------------------------------

# Machado, Oliveira & Fernandes (2009) matrices for full protanopia and deuteranopia, on linear RGB.
CVD = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanope": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                  (-0.003882, -0.048116, 1.051998)),
    "deuteranope": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                    (-0.011820, 0.042940, 0.968881)),
}


def _lab(hex_colour: str, vision: str) -> tuple[float, float, float]:
    """CIELAB (D65) of a colour as seen with ``vision``."""
    srgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    rgb = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in srgb]
    rgb = [min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in CVD[vision]]
    xyz = [sum(m * c for m, c in zip(row, rgb)) / w for row, w in zip(
        ((0.4124, 0.3576, 0.1805), (0.2126, 0.7152, 0.0722), (0.0193, 0.1192, 0.9505)),
        (0.95047, 1.0, 1.08883))]
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def test_each_measure_type_has_its_own_colour_blind_safe_colour(client):
    """QA: 'summons' and 'enlistment figure' were nearly the same purple. Every pair of the
    eleven types stays apart in normal, protanope and deuteranope vision."""
    from itertools import combinations
    from math import dist

    from recruitwatch.extract.measures import measure_types
    from recruitwatch.web.views import MEASURE_COLOURS

    assert set(MEASURE_COLOURS) == set(measure_types()) and len(MEASURE_COLOURS) == 11
    for vision in CVD:
        for (a, ca), (b, cb) in combinations(MEASURE_COLOURS.items(), 2):
            assert dist(_lab(ca, vision), _lab(cb, vision)) > 20, (a, b, vision)
    assert client.get("/timeline.json").json()["colours"] == MEASURE_COLOURS
    assert 'id="timeline-colours">{"' in client.get("/timeline").text


@pytest.fixture
def trust_db(tmp_path):
    """Two reports of one figure: one extraction unsure and unchecked, one a person
    confirmed; a measure a person rejected."""
    path = tmp_path / "trust.db"
    with Store(path) as store:
        unsure = _doc(ORIGINAL, outlet="Meduza")
        unsure.quantities[0].confidence = 0.42
        unsure.claims[0].confidence = 0.87
        unsure.measures[0].reviewed = "rejected"
        sure = _doc(COPY, outlet="Republisher")
        sure.quantities[0].confidence = 0.93
        sure.quantities[0].reviewed = "confirmed"
        store.add(unsure, b"unsure")
        store.add(sure, b"sure")
        link_all(store)
    return path


def test_document_page_shows_each_extractions_confidence_and_review(trust_db):
    client = TestClient(create_app(trust_db, warm=False))
    page = client.get(f"/doc/{ORIGINAL}").text
    numbers = page.split("<h2>Numbers</h2>")[1].split("</section>")[0]
    assert re.search(r'class="conf conf-low"[^>]*>0\.42 low<', numbers)
    claims = page.split("<h2>Who says so</h2>")[1].split("</section>")[0]
    assert re.search(r'class="conf"[^>]*>0\.87<', claims)
    measures = page.split("<h2>Measures</h2>")[1].split("</section>")[0]
    assert "is-rejected" in measures and ">rejected</span>" in measures
    confirmed = client.get(f"/doc/{COPY}").text.split("<h2>Numbers</h2>")[1]
    assert 'class="badge rv-confirmed">confirmed<' in confirmed.split("</li>")[0]
    assert ">0.93<" in confirmed.split("</li>")[0]


def test_fact_page_shows_how_far_each_mention_was_checked(trust_db):
    client = TestClient(create_app(trust_db, warm=False))
    facts = client.get("/facts.json").json()["facts"]
    fact = next(f for f in facts if f["value"] == 400000.0)
    data = client.get(f"/fact/{fact['id']}.json").json()["fact"]
    by_doc = {m["doc_id"]: (m["confidence"], m["reviewed"]) for m in data["mentions"]}
    assert by_doc == {ORIGINAL: (0.42, None), COPY: (0.93, "confirmed")}
    assert data["review"] == {"confirmed": 1, "corrected": 0, "unreviewed": 1, "lowest": 0.42}
    page = client.get(f"/fact/{fact['id']}").text
    assert re.search(r"Checked by a person</dt><dd>1 of 2 mentions<", page)
    mentions = page.split("<h2>Every mention</h2>")[1]
    assert re.search(r'conf conf-low"[^>]*>0\.42 low<', mentions)
    assert 'rv-confirmed">confirmed<' in mentions
