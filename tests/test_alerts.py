"""Alerts on hand-built reports: each kind raises once for a new match and never again for
the same fact; items keep their words; the JSON Lines file and the explorer's Atom feed
carry them (the feed parsed back with feedparser); a failing webhook is retried, then
reported, and delivered on a later run."""

from __future__ import annotations

import json
import warnings

import feedparser
import pytest
from click.testing import CliRunner

from conftest import make_document
from localsite import LocalSite
from recruitwatch.alerts import (Alert, AlertError, AlertFilter, add_alert, alert_items,
                                 list_alerts, raise_alerts, remove_alert)
from recruitwatch.alerts.publish import WebhookOptions
from recruitwatch.cli import cli
from recruitwatch.link import link_all
from recruitwatch.model import Claim, Measure, Published, Quantity
from recruitwatch.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore", UserWarning)  # starlette's test client asks for httpx2
    from starlette.testclient import TestClient

from recruitwatch.web.app import create_app  # noqa: E402

FAST_HOOK = WebhookOptions(attempts=3, backoff=0.01, timeout=2)

# Bodies paraphrase real reporting: Verstka and RFE/RL (2023) on the 400,000 contract plan,
# Peskov's denial (TASS, 2023), a lower figure given by officials (RBC, 2023), and regional
# sign-up payments in Kursk and Voronezh (Mediazona, regional media, 2023).
PLAN = ("Russia's regions were told to sign 400,000 contract soldiers in 2023 under a "
        "recruitment plan, the outlet Verstka reported, citing officials.")
DENIAL = "Peskov denied that there was any plan to recruit 400,000 contract soldiers."
LOWER = "Officials said regions must sign 300,000 contract soldiers in 2023."
KURSK = "The Kursk region will pay contract soldiers an extra 200,000 rubles, the governor said."
VORONEZH = "The Voronezh region raised its payment to contract soldiers to 300,000 rubles."


def report(doc_id: str, body: str, outlet: str, published: str, *, value=None, counts="",
           modality="target", unit="people", claim=None, measure=None, url=None):
    """A processed report built by hand: at most one quantity, claim and measure."""
    doc = make_document(doc_id.ljust(32, "0"), body=body, url=url)
    doc.outlet, doc.published = outlet, Published(published, "metadata", published)
    doc.title = body.split(",")[0][:60]
    doc.entities, doc.quantities, doc.claims, doc.measures = [], [], [], []
    if value is not None:
        words = f"{value:,.0f}"
        start = body.find(words)
        doc.quantities = [Quantity(float(value), unit, counts, "exact", modality,
                                   (start, start + len(words) + (7 if unit == "RUB" else 0)), None, words)]
    if claim:
        doc.claims = [Claim(claim[0], [], claim[1], False, (0, len(body)), None, "said")]
    if measure:
        doc.measures = [Measure(measure[0], measure[1], measure[2], None, (0, len(body)), published,
                                [0] if value is not None else [])]
    return doc


def add(store: Store, *docs) -> None:
    for doc in docs:
        store.add(doc, doc.id.encode())
    link_all(store)


def raised(store: Store, **kw) -> list[dict]:
    result = raise_alerts(store, webhook=FAST_HOOK, **kw)
    assert not result.problems, result.problems
    return result.items


def plan_report(doc_id="a1", outlet="Meduza"):
    return report(doc_id, PLAN, outlet, "2023-03-14", value=400000, counts="contract soldiers",
                  claim=("Verstka", "assert"), measure=("quota_or_target", ["general_public"], ["Russia"]))


def bonus(doc_id: str, body: str, place: str, outlet: str, published: str, value: int):
    return report(doc_id, body, outlet, published, value=value, counts="payment", modality="offer",
                  unit="RUB", measure=("cash_incentive", ["general_public"], [place]))


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "alerts.db") as s:
        yield s


# --- each kind fires once ---------------------------------------------------------------------

def test_a_filter_alert_fires_once_per_new_fact_with_its_words(store):
    add_alert(store, Alert("bonuses", target="measures", filters=AlertFilter(type="cash_incentive")))
    add(store, bonus("b1", KURSK, "Kursk", "Mediazona", "2023-06-01", 200000))
    items = raised(store)
    assert [i["label"] for i in items] == ["cash_incentive (general_public) in Kursk"]
    item = items[0]
    assert item["words"] == KURSK and item["outlet"] == "Mediazona" and item["fact_id"]
    assert item["details"]["places"] == ["Kursk"] and item["details"]["independent"] == 1
    assert raised(store) == []
    add(store, bonus("b2", KURSK, "Kursk", "Kommersant", "2023-06-02", 200000))  # the same fact
    assert raised(store) == []
    add(store, bonus("b3", VORONEZH, "Voronezh", "RBC", "2023-06-20", 300000))
    assert [i["details"]["places"] for i in raised(store)] == [["Voronezh"]]
    assert len(alert_items(store, "bonuses")) == 2


def test_what_matched_before_the_alert_is_known_unless_asked_for(store):
    add(store, bonus("b1", KURSK, "Kursk", "Mediazona", "2023-06-01", 200000))
    assert add_alert(store, Alert("kursk", target="measures", filters=AlertFilter(place="kursk"))) == 1
    assert add_alert(store, Alert("kursk-all", target="measures", filters=AlertFilter(place="Kursk")),
                     include_existing=True) == 0
    items = raised(store)
    assert [i["alert"] for i in items] == ["kursk-all"]
    assert {a["name"]: a["items"] for a in list_alerts(store)} == {"kursk": 0, "kursk-all": 1}


def test_a_fact_is_raised_when_it_reaches_the_independent_sources_asked_for(store):
    add_alert(store, Alert("confirmed", target="quantities",
                           filters=AlertFilter(modality="target", min_value=100000, min_sources=2)))
    add(store, plan_report("a1", "Meduza"))
    assert raised(store) == []  # one source only
    add(store, report("a2", "Regions must sign 400,000 contract soldiers this year, the paper "
                      "learned from its own sources.", "Kommersant", "2023-03-20",
                      value=400000, counts="contract soldiers"))
    items = raised(store)
    assert len(items) == 1 and items[0]["details"]["independent"] == 2
    assert items[0]["words"] == "400,000" and items[0]["outlet"] == "Kommersant"
    assert raised(store) == []


def test_a_new_denial_of_a_known_assertion(store):
    add(store, plan_report())
    add_alert(store, Alert("denials", "denial", "claims"))
    add(store, report("d1", DENIAL, "TASS", "2023-03-16", claim=("Dmitry Peskov", "deny")))
    items = raised(store)
    assert [i["label"] for i in items] == ["Dmitry Peskov denies"]
    denied = items[0]["details"]["denies"]
    assert denied and denied[0]["words"] == PLAN and denied[0]["outlet"] == "Meduza"
    assert items[0]["words"] == DENIAL
    assert raised(store) == []


def test_a_new_figure_in_conflict_with_a_known_one(store):
    add(store, plan_report())
    add_alert(store, Alert("figures", "conflict", "quantities"))
    assert raised(store) == []
    add(store, report("c1", LOWER, "RBC", "2023-04-01", value=300000, counts="contract soldiers"))
    items = raised(store)
    assert len(items) == 1 and items[0]["words"] == "300,000"
    assert [k["value"] for k in items[0]["details"]["conflicts_with"]] == [400000.0]
    assert raised(store) == []


def test_the_first_report_of_a_measure_type_in_a_place(store):
    add_alert(store, Alert("first", "first_measure", "measures", AlertFilter(type="cash_incentive")))
    add(store, bonus("b1", KURSK, "Kursk", "Mediazona", "2023-06-01", 200000))
    assert [i["label"] for i in raised(store)] == ["first report of cash_incentive in Kursk"]
    # Kursk again, months later (a new fact, not a first): nothing
    add(store, bonus("b2", KURSK.replace("200,000", "250,000"), "Kursk", "RBC", "2024-01-10", 250000))
    assert raised(store) == []
    add(store, bonus("b3", VORONEZH, "Voronezh", "RBC", "2023-06-20", 300000))
    assert [i["label"] for i in raised(store)] == ["first report of cash_incentive in Voronezh"]


def test_search_words_in_russian_find_new_reports_once_per_address(store):
    add_alert(store, Alert("migrants", filters=AlertFilter(query="вербовка мигрантов")))
    # paraphrasing Mediazona (2023) on recruiters at a Moscow migration centre
    body = "В миграционном центре в Сахарово идет вербовка мигранта на контракт, пишут юристы."
    add(store, report("r1", body, "Mediazona", "2023-08-01", url="https://example.org/a"))
    items = raised(store)
    assert [i["key"] for i in items] == ["url:https://example.org/a"]
    add(store, report("r2", body + " Обновлено.", "Mediazona", "2023-08-02", url="https://example.org/a"))
    assert raised(store) == []  # a new version of the same address


# --- publishing -------------------------------------------------------------------------------

def test_items_go_to_the_jsonl_file_and_an_atom_feed_that_parses(store, tmp_path):
    add_alert(store, Alert("bonuses", target="measures", filters=AlertFilter(type="cash_incentive")))
    hostile = bonus("h1", VORONEZH, "Voronezh", "<script>alert(1)</script>", "2023-06-20", 300000)
    add(store, bonus("b1", KURSK, "Kursk", "Mediazona", "2023-06-01", 200000), hostile)
    items = raised(store)
    lines = [json.loads(x) for x in (tmp_path / "alerts.alerts.jsonl").read_text("utf-8").splitlines()]
    assert [(x["alert"], x["label"], x["words"]) for x in lines] == [
        ("bonuses", i["label"], i["words"]) for i in items]
    assert raised(store) == [] and len((tmp_path / "alerts.alerts.jsonl").read_text().splitlines()) == 2

    with TestClient(create_app(store.path, warm=False)) as client:
        response = client.get("/alerts/bonuses.atom")
        assert response.status_code == 200 and response.headers["content-type"].startswith(
            "application/atom+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.feed.title == "recruitwatch alert: bonuses"
        assert sorted(e.title for e in feed.entries) == sorted(i["label"] for i in items)
        entry = next(e for e in feed.entries if "Kursk" in e.title)
        assert entry.link.endswith(f"/fact/{next(i['fact_id'] for i in items if 'Kursk' in i['label'])}")
        assert KURSK in entry.summary
        listing = client.get("/alerts.json").json()
        assert [(a["name"], a["items"]) for a in listing["alerts"]] == [("bonuses", 2)]
        page = client.get("/alerts/bonuses")
        assert page.status_code == 200 and "<script>alert(1)" not in page.text
        assert "&lt;script&gt;" in page.text and 'href="/alerts/bonuses.atom"' in page.text
        assert client.get("/alerts/bonuses.json").json()["items"][0]["label"]
        assert client.get("/alerts/nothing.atom").status_code == 404
        assert client.post("/alerts/bonuses.atom").status_code == 405


def test_a_failing_webhook_is_retried_then_reported_and_delivered_later(store):
    with LocalSite() as site:
        hook = site.add("/hook", b"ok", statuses=[500, 500, 500])
        add_alert(store, Alert("bonuses", target="measures", filters=AlertFilter(type="cash_incentive"),
                               webhook=f"{site.url}/hook"))
        add(store, bonus("b1", KURSK, "Kursk", "Mediazona", "2023-06-01", 200000))
        result = raise_alerts(store, webhook=FAST_HOOK)
        assert len(result.items) == 1
        assert result.problems == [f"alert bonuses: webhook {site.url}/hook failed after 3 attempts "
                                   "(HTTP 500 Internal Server Error); 1 item kept, tried again after "
                                   "the next round"]
        posts = site.requests("/hook", "POST")
        assert len(posts) == 3 and json.loads(posts[0][3])["label"] == result.items[0]["label"]
        assert posts[0][2]["Content-Type"].startswith("application/json")
        status = store.conn.execute("SELECT webhook_status, webhook_attempts FROM alert_items"
                                    " WHERE baseline = 0").fetchone()
        assert tuple(status) == ("failed", 3)

        hook.statuses = [503]  # back, after one more hiccup
        again = raise_alerts(store, webhook=FAST_HOOK)
        assert again.items == [] and again.problems == []
        assert len(site.requests("/hook", "POST")) == 5
        status = store.conn.execute("SELECT webhook_status, webhook_attempts FROM alert_items"
                                    " WHERE baseline = 0").fetchone()
        assert tuple(status) == ("sent", 5)
        assert raise_alerts(store, webhook=FAST_HOOK).problems == []
        assert len(site.requests("/hook", "POST")) == 5  # delivered once: never sent again


# --- saving, listing, removing ----------------------------------------------------------------

def test_alerts_that_cannot_work_are_refused_with_the_fix(store):
    cases = [
        (Alert("has space", filters=AlertFilter(query="x")), "use letters, digits"),
        (Alert("x", target="documents", filters=AlertFilter(type="summons")), "cannot filter by type"),
        (Alert("x", target="claims", filters=AlertFilter(min_value=5)), "cannot filter by min-value"),
        (Alert("x"), "no filter"),
        (Alert("x", "denial", "measures"), "watches claims"),
        (Alert("x", filters=AlertFilter(query="x"), webhook="ftp://h"), r"not an http\(s\) address"),
    ]
    for alert, message in cases:
        with pytest.raises(AlertError, match=message):
            add_alert(store, alert)
    add_alert(store, Alert("x", filters=AlertFilter(query="x")))
    with pytest.raises(AlertError, match="exists"):
        add_alert(store, Alert("x", filters=AlertFilter(query="y")))
    assert remove_alert(store, "x") == 0 and list_alerts(store) == []
    with pytest.raises(AlertError, match="no alert named"):
        remove_alert(store, "x")


def flat(result) -> str:
    """Command output with rich's line wrapping undone."""
    return " ".join(result.output.split())


def test_alerts_on_the_command_line(tmp_path):
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    with Store(db) as store:
        add(store, bonus("b1", KURSK, "Kursk", "Mediazona", "2023-06-01", 200000))
    added = runner.invoke(cli, ["alerts", "add", "bonuses", "--type", "cash_incentive", "--db", db])
    assert added.exit_code == 0, added.output
    assert "measures matching (type=cash_incentive); 1 current matches left as known" in flat(added)
    bad = runner.invoke(cli, ["alerts", "add", "b2", "--type", "bribes", "--db", db])
    assert bad.exit_code == 2 and "'bribes' is not one of" in bad.output
    wrong = runner.invoke(cli, ["alerts", "add", "b3", "--on", "documents", "--place", "Kursk", "--db", db])
    assert wrong.exit_code == 1 and "cannot filter by place" in wrong.output
    with Store(db) as store:
        add(store, bonus("b3", VORONEZH, "Voronezh", "RBC", "2023-06-20", 300000))
    run = runner.invoke(cli, ["alerts", "run", "--db", db])
    assert "alert bonuses: cash_incentive (general_public) in Voronezh" in flat(run)
    assert VORONEZH in flat(run)
    listed = runner.invoke(cli, ["alerts", "list", "--db", db])
    assert "bonuses" in listed.output and "1 items" in flat(listed)
    shown = runner.invoke(cli, ["alerts", "show", "bonuses", "--json", "--db", db])
    assert [i["details"]["places"] for i in json.loads(shown.output)] == [["Voronezh"]]
    removed = runner.invoke(cli, ["alerts", "remove", "bonuses", "--db", db])
    assert removed.exit_code == 0 and "removed with its 1 items" in flat(removed)
    assert runner.invoke(cli, ["alerts", "show", "bonuses", "--db", db]).exit_code == 1


def test_ingest_raises_and_prints_new_alert_items(tmp_path):
    db = str(tmp_path / "ingest.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["alerts", "add", "debts", "--query", "debtors", "--db", db]).exit_code == 0
    # paraphrasing Verstka (2024) on bailiffs' letters to debtors
    text = tmp_path / "debtors.txt"
    text.write_text("Bailiffs sent letters to debtors offering to write off their debts if they "
                    "sign a contract with the army, Verstka reported.\n", encoding="utf-8")
    result = runner.invoke(cli, ["ingest", str(text), "--db", db, "--no-models"])
    assert result.exit_code == 0, result.output
    assert "alert debts:" in flat(result) and "Bailiffs sent letters" in flat(result)
    again = runner.invoke(cli, ["ingest", str(text), "--db", db, "--no-models"])
    assert "alert debts" not in again.output
    assert len((tmp_path / "ingest.alerts.jsonl").read_text().splitlines()) == 1


def test_a_review_that_links_facts_again_raises_nothing_again(store):
    """A decision takes its document's facts apart and the next link rebuilds them under
    new row ids: the same facts, so no alert raises them a second time."""
    from recruitwatch.review import ledger

    add_alert(store, Alert("bonuses", target="measures", filters=AlertFilter(type="cash_incentive")))
    add_alert(store, Alert("figures", "conflict", "quantities"))
    add(store, plan_report(), bonus("b1", KURSK, "Kursk", "Mediazona", "2023-06-01", 200000))
    add(store, report("c1", LOWER, "RBC", "2023-04-01", value=300000, counts="contract soldiers"))
    assert len(raised(store)) == 2
    plan_fact = "SELECT id FROM facts WHERE value = 400000"
    before = store.conn.execute(plan_fact).fetchone()[0]
    ledger.decide(store, ledger.ref("a1".ljust(32, "0"), "quantity", 0), "confirm", reviewer="ana")
    ledger.relink(store)
    assert store.conn.execute(plan_fact).fetchone()[0] != before  # linked again, a new row
    assert raised(store) == []
