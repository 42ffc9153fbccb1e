"""The timeline: linked facts, measures and denials in time, with charts."""

import json

import pytest
from click.testing import CliRunner

from recruitwatch.cli import cli
from recruitwatch.link.timeline import TimelineFilter, timeline, write_chart
from recruitwatch.model import Claim, Measure, Published, Quantity
from recruitwatch.store import Store
from conftest import make_document


def add(store, n, body, date, quantities=(), measures=(), claims=(), outlet="Outlet"):
    doc = make_document(f"{n:032d}", body=body, outlet=outlet,
                        published=Published(date, "text", None), quantities=list(quantities),
                        measures=list(measures), claims=list(claims))
    store.add(doc, doc.id.encode())


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.db") as s:
        bonus = "Moscow pays <b>1.9 million</b> rubles to migrants who sign."
        start = bonus.index("1.9 million")
        add(s, 1, bonus, "2024-08-15", outlet="DW",
            quantities=[Quantity(1900000, "RUB", "payment", "exact", "offer", (start, start + 11))],
            measures=[Measure("cash_incentive", ["migrants"], ["Moscow"], None, (0, len(bonus)),
                              "2024-08", [0])])
        summons = "Summonses were handed out in Crimea."
        add(s, 2, summons, "2023-03-14",
            measures=[Measure("summons", ["reservists"], ["Crimea"], None, (0, len(summons)))])
        denial = "Peskov denied a second wave of mobilization."
        add(s, 3, denial, "2023-03-16",
            claims=[Claim("Dmitry Peskov", [], "deny", False, (0, len(denial)), "2023-03-15")])
        claim = "A covert second wave of mobilization has begun, activists said."
        add(s, 4, claim, "2023-03-10",
            claims=[Claim("anonymous: activists", [], "assert", True, (0, len(claim)))])
        yield s


def test_events_in_date_order_with_basis_and_precision(store):
    events = timeline(store)
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    summons = next(e for e in events if e["type"] == "summons")
    assert summons["basis"] == "published" and summons["precision"] == "day"
    bonus = next(e for e in events if e["type"] == "cash_incentive")
    assert bonus["date"] == "2024-08" and bonus["basis"] == "event"
    assert bonus["precision"] == "month"
    denial = next(e for e in events if e["kind"] == "denial")
    assert denial["date"] == "2023-03-15" and denial["basis"] == "event"
    assert denial["speakers"] == ["Dmitry Peskov"] and denial["denies"]


@pytest.mark.parametrize("flt,kinds", [
    (TimelineFilter(type="summons"), {"measure"}),
    (TimelineFilter(place="moscow"), {"measure", "figure (offer)"}),
    (TimelineFilter(group="migrants"), {"measure", "figure (offer)"}),
    (TimelineFilter(speaker="peskov"), {"denial"}),
    (TimelineFilter(since="2024"), {"measure", "figure (offer)"}),
    (TimelineFilter(until="2023-03"), {"measure", "denial"}),
])
def test_filters(store, flt, kinds):
    assert {e["kind"] for e in timeline(store, flt)} == kinds


def test_chart_png_and_standalone_html(store, tmp_path):
    png, page = write_chart(timeline(store), tmp_path / "charts" / "tl")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "<table>" in html and "cash_incentive" in html
    assert "<b>" not in html  # report text is escaped
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<script" not in html


def test_chart_without_dated_events(tmp_path):
    _, page = write_chart([], tmp_path / "empty")
    assert "No dated events" in page.read_text(encoding="utf-8")


def test_timeline_command_prints_and_writes_charts(store, tmp_path):
    db = str(store.path)
    store.close()
    prefix = tmp_path / "out"
    result = CliRunner().invoke(cli, ["timeline", "--db", db, "--type", "cash_incentive",
                                      "--chart", str(prefix)])
    assert result.exit_code == 0, result.output
    assert "2024-08" in result.output and "cash_incentive" in result.output
    assert (tmp_path / "out.png").exists() and (tmp_path / "out.html").exists()
    result = CliRunner().invoke(cli, ["timeline", "--db", db, "--format", "json",
                                      "--speaker", "peskov"])
    [event] = json.loads(result.output)
    assert event["kind"] == "denial"


def test_facts_linked_command(store):
    db = str(store.path)
    store.close()
    result = CliRunner().invoke(cli, ["facts", "quantities", "--linked", "--db", db,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    [row] = json.loads(result.output)
    assert row["mentions"] == 1 and row["independent"] == 1 and row["sources"] == "DW"
