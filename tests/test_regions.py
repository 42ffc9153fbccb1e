"""Regions: places placed in federal subjects, payments read from offered sums, the
per-region table, the `regions` command and the explorer's map and region pages."""

from __future__ import annotations

import json
import warnings

import pytest
from click.testing import CliRunner
from conftest import make_document

from recruitwatch.cli import cli
from recruitwatch.model import Entity, Measure, Published, Quantity
from recruitwatch.regions import Filter, payments, region_table, resolve_place
from recruitwatch.regions.places import occupied_territories, subjects
from recruitwatch.regions.tilemap import SCALE, classes
from recruitwatch.store import Store


@pytest.mark.parametrize("written,label", [
    ("в Башкирии", "Republic of Bashkortostan"), ("Bashkortostan", "Republic of Bashkortostan"),
    ("Уфа", "Republic of Bashkortostan"), ("Уфе", "Republic of Bashkortostan"),
    ("Свердловской области", "Sverdlovsk Oblast"), ("Verkhnyaya Pyshma", "Sverdlovsk Oblast"),
    ("Подмосковье", "Moscow Oblast"), ("Москве", "Moscow"), ("ХМАО", "Khanty-Mansi Autonomous Okrug"),
    ("Республика Саха (Якутия)", "Sakha (Yakutia) Republic"), ("Твери", "Tver Oblast"),
    ("Крыму", "occupied:Crimea"), ("ДНР", "occupied:Donetsk Oblast"), ("Мариуполе", "occupied:Donetsk Oblast"),
    ("Sevastopol", "occupied:Sevastopol"), ("Харьковской области", "country:Ukraine"),
    ("Tashkent", "country:Uzbekistan"), ("Непала", "country:Nepal"), ("Syrian Arab Republic", "country:Syria"),
])
def test_places_resolve_to_subjects_occupied_territories_or_countries(written, label):
    assert resolve_place(written).label == label


def test_larger_areas_are_regions_and_no_place_is_none():
    assert resolve_place("southern Siberia").label == "region:Siberia"
    assert resolve_place("Африці").label == "region:Africa"
    assert resolve_place("the regional administration") is None


def test_every_subject_has_its_own_square_and_occupied_ones_are_not_subjects():
    regions = (*subjects(), *occupied_territories())
    assert len(subjects()) == 83
    assert len({r.tile for r in regions}) == len(regions)
    assert {r.kind for r in occupied_territories()} == {"occupied"}
    assert not {r.name for r in subjects()} & {"Crimea", "Sevastopol", "Donetsk Oblast"}


def _doc(body: str, money: list[tuple[str, float, str, str, str]], places=(), measures=()):
    quantities = []
    for words, value, unit, counts, approx in money:
        at = body.index(words)
        quantities.append(Quantity(value, unit, counts, approx, "offer", (at, at + len(words)), None, words))
    ents = [Entity(name, "PLACE", [(body.index(word), body.index(word) + len(word))]) for word, name in places]
    return make_document("b" * 32, body=body, quantities=quantities, entities=ents, claims=[],
                         measures=list(measures), language="en",
                         published=Published("2024-08-15", "metadata", None))


def test_a_regional_one_off_payment_with_its_conversion_folded_in():
    body = "Tatarstan raised its one-off regional payment to 2 million rubles ($22,000) from March 1."
    doc = _doc(body, [("2 million rubles", 2e6, "RUB", "payment", "exact"), ("$22,000", 22000, "USD", "", "exact")],
               places=[("Tatarstan", "Tatarstan")])
    [p] = payments(doc)
    assert (p.periodicity, p.level, p.recipients, p.rub, p.rub_basis) == ("one-off", "regional", ["volunteers"], 2e6, "stated")
    assert p.regions == ["RU-TA"] and p.converted[0]["currency"] == "USD"
    assert p.effective == "2025-03-01" or p.effective.startswith("20")


def test_federal_change_monthly_salary_prisoners_and_up_to():
    body = ("Putin's decree raised the federal one-off payment from 195,000 to 400,000 rubles. "
            "Convicts who sign up are promised a salary of up to 200,000 rubles a month.")
    doc = _doc(body, [("195,000", 195000, "RUB", "payment", "exact"), ("400,000 rubles", 4e5, "RUB", "payment", "exact"),
                      ("200,000 rubles", 2e5, "RUB", "salary", "at_most")])
    first, second, salary = payments(doc)
    assert (first.level, first.periodicity) == (second.level, second.periodicity) == ("federal", "one-off")
    assert (salary.periodicity, salary.recipients, salary.up_to) == ("monthly", ["prisoners"], True)


def test_a_foreign_sum_converted_by_the_report_or_by_its_rate():
    body = "Recruits from Nepal were promised $2,000 (about 180,000 rubles) a month, at 90 rubles to the dollar."
    doc = _doc(body, [("$2,000", 2000, "USD", "salary", "exact"), ("180,000 rubles", 180000, "RUB", "", "about")],
               measures=[Measure("cash_incentive", ["foreign_citizens"], ["Nepal"], None, (0, len(body)), None, [0])])
    [p] = payments(doc)
    assert (p.rub, p.rub_basis, p.recipients) == (180000, "report", ["foreigners"])
    rated = _doc("They were promised $2,000 a month, at 90 rubles to the dollar.",
                 [("$2,000", 2000, "USD", "salary", "exact")])
    assert payments(rated)[0].rub == 180000 and payments(rated)[0].rub_basis == "rate"


def _store(tmp_path):
    db = tmp_path / "regions.db"
    reports = [
        ("1", "Kursk region raises its one-off regional payment to 800,000 rubles.", "Kursk region",
         "Kursk Oblast", "800,000 rubles", 8e5, "2024-09-09", "The Kyiv Independent", "cash_incentive"),
        ("2", "Kursk region paid a one-off regional payment of 500,000 rubles.", "Kursk region",
         "Kursk Oblast", "500,000 rubles", 5e5, "2024-03-01", "Meduza", "cash_incentive"),
        ("3", "Police in Ufa detained migrants and handed them summonses.", "Ufa", "Ufa",
         None, None, "2025-01-10", "Mediazona", "coercion"),
    ]
    with Store(db) as store:
        for n, body, word, place, money, value, date, outlet, mtype in reports:
            at = body.index(word)
            qs = [Quantity(value, "RUB", "payment", "exact", "offer", (body.index(money), body.index(money) + len(money)),
                           None, money)] if money else []
            doc = make_document(n * 32, body=body, outlet=outlet, quantities=qs, claims=[],
                                entities=[Entity(place, "PLACE", [(at, at + len(word))])],
                                measures=[Measure(mtype, ["migrants"] if mtype == "coercion" else ["general_public"],
                                                  [place], None, (0, len(body)), date[:7], list(range(len(qs))))],
                                published=Published(date, "metadata", None))
            doc.story = doc.id
            store.add(doc, body.encode())
    return db


def test_region_table_latest_payment_history_and_window(tmp_path):
    with Store(_store(tmp_path), readonly=True) as store:
        rows = {r["name"]: r for r in region_table(store)}
        kursk = rows["Kursk Oblast"]
        assert kursk["latest_payment"]["rub"] == 8e5 and kursk["latest_payment"]["outlet"] == "The Kyiv Independent"
        assert [p["rub"] for p in kursk["payment_history"]] == [8e5, 5e5]
        assert kursk["sources"] == 2 and kursk["measures"] == {"cash_incentive": 2}
        assert rows["Republic of Bashkortostan"]["groups"] == {"migrants": 1}
        early = {r["name"]: r for r in region_table(store, Filter(until="2024-06"))}
        assert early["Kursk Oblast"]["latest_payment"]["rub"] == 5e5
        assert set(early) == {"Kursk Oblast"}
        assert [r["name"] for r in region_table(store, Filter(type="coercion"))] == ["Republic of Bashkortostan"]


def test_regions_command_prints_payments_with_their_sources(tmp_path):
    db = _store(tmp_path)
    out = CliRunner().invoke(cli, ["regions", "--db", str(db), "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = json.loads(out.output)
    assert rows[0]["latest_payment"]["doc_id"] == "1" * 32
    table = CliRunner().invoke(cli, ["regions", "--db", str(db)], env={"COLUMNS": "200"})
    assert "800,000" in table.output and "The Kyiv Independent" in table.output and "Meduza" in table.output
    csv_out = CliRunner().invoke(cli, ["regions", "--db", str(db), "--format", "csv", "--since", "2025"])
    assert csv_out.output.splitlines()[1].startswith("Republic of Bashkortostan,RU-BA")
    bad = CliRunner().invoke(cli, ["regions", "--db", str(db), "--type", "bribes"])
    assert bad.exit_code == 2


def test_classes_split_values_by_rank_and_the_scale_darkens():
    assert classes([1, 2, 3, 1000], n=2) == [2, 1000]
    lightness = [sum(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in SCALE]
    assert lightness == sorted(lightness, reverse=True)


@pytest.fixture
def client(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from recruitwatch.web.app import create_app

    return TestClient(create_app(_store(tmp_path), warm=False))


def test_map_page_its_json_twin_and_the_standalone_svg(client):
    data = client.get("/regions.json?metric=payment").json()
    kursk = next(c for c in data["cells"] if c["code"] == "RU-KRS")
    assert kursk["value"] == 8e5 and kursk["fill"] != next(c for c in data["cells"] if c["code"] == "RU-MOW")["fill"]
    html = client.get("/regions").text
    assert 'href="/region/RU-KRS"' in html and 'aria-label="Kursk Oblast: 800,000 ₽"' in html
    assert " style=" not in html and "<script>" not in html  # CSP: no inline style or script
    coercion = client.get("/regions.json?metric=coercion").json()
    assert {c["code"]: c["value"] for c in coercion["cells"] if c["value"]} == {"RU-BA": 1}
    svg = client.get("/regions.svg")
    assert svg.headers["content-type"].startswith("image/svg+xml")
    assert 'xmlns="http://www.w3.org/2000/svg"' in svg.text and "Sources: The Kyiv Independent" in svg.text


def test_region_page_lists_payments_with_links_to_their_words(client):
    data = client.get("/region/RU-KRS.json").json()
    assert [p["rub"] for p in data["payments"]] == [8e5, 5e5]
    assert data["payments"][0]["href"] == f"/doc/{'1' * 32}?focus=quantities-0#quantities-0"
    assert "payments-chart" in client.get("/region/RU-KRS").text
    assert client.get("/region/RU-XX").status_code == 404
    assert client.get("/region/UA-43.json").json()["region"]["kind"] == "occupied"


@pytest.mark.parametrize("written,label", [
    ("North Korea", "country:North Korea"), ("South Africa", "country:South Africa"),
    ("Central Asia", "region:Central Asia"), ("southern Siberia", "region:Siberia"),
    ("Алтайського краю", "Altai Krai"), ("у Бурятії", "Republic of Buryatia"), ("из Грозного", "Chechen Republic"),
    ("Олешках", "occupied:Kherson Oblast"), ("Красноперекопском", "occupied:Crimea"),
    ("Кримському півострову", "occupied:Crimea"), ("Котельниках", "Moscow Oblast"),
    ("Jaffna", "country:Sri Lanka"), ("Pokhara", "country:Nepal"), ("Santiago de Cuba", "country:Cuba"),
    ("Ферганы", "country:Uzbekistan"), ("Хатлонской области", "country:Tajikistan"),
])
def test_foreign_towns_occupied_towns_and_ukrainian_spellings_are_placed(written, label):
    assert resolve_place(written).label == label


def test_skeletons_keep_peoples_and_nominatives_in_ov_apart():
    assert resolve_place("Бурятов") is None  # the people, not the republic
    assert resolve_place("Ростове").label == "Rostov Oblast"  # "-ов" ends the name, it is not cut


@pytest.mark.parametrize("sentence,words,label", [
    ("Kathmandu had asked Moscow to send them home.", "Moscow", "country:Russia"),
    ("Moscow intends to enlist 400,000 professional soldiers.", "Moscow", "country:Russia"),
    ("Analysts say Moscow likely wants to avoid a second round of mobilization.", "Moscow", "country:Russia"),
    ("A NATO official said Moscow's reliance on cash payments was growing.", "Moscow", "country:Russia"),
    ("Нью-Делі вимагає від Москви відпустити всіх індійців.", "Москви", "country:Russia"),
    ("Posters in Moscow advertise a monthly income.", "Moscow", "Moscow"),
    ("Moscow Mayor Sergey Sobyanin introduced the bonus.", "Moscow", "Moscow"),
    ("Moscow pays recruits 1.9 million rubles.", "Moscow", "Moscow"),
    ("Moscow, Russia's largest city, sent few men.", "Moscow", "Moscow"),
    ("They were deployed in regions like Donetsk, Luhansk, Kherson, and Zaporizhzhia.", "Kherson",
     "occupied:Kherson Oblast"),
    ("He was born in Kherson.", "Kherson", "country:Ukraine"),
])
def test_a_mention_is_read_in_its_sentence(sentence, words, label):
    from recruitwatch.regions.places import resolve_mention

    at = sentence.index(words)
    assert resolve_mention(sentence, at, at + len(words)).label == label


def test_the_state_called_moscow_makes_no_regional_payment():
    body = ("Moscow wants to avoid a call-up and offers 200,000 rubles a month to contract soldiers. "
            "In Moscow, the city pays a bonus of 1.9 million rubles.")
    doc = _doc(body, [("200,000 rubles", 200000, "RUB", "salary", "exact"),
                      ("1.9 million rubles", 1.9e6, "RUB", "bonus", "exact")],
               places=[("Moscow", "Moscow")])
    doc.entities[0].mentions.append((body.index("In Moscow") + 3, body.index("In Moscow") + 9))
    state, city = payments(doc)
    assert state.regions == [] and state.periodicity == "monthly"
    assert city.regions == ["RU-MOW"] and city.level in ("regional", "municipal")


def _with(doc, k: int, **changes):
    """The document with quantity ``k`` changed (modality, unit, counts as another extractor gave them)."""
    import dataclasses

    doc.quantities[k] = dataclasses.replace(doc.quantities[k], **changes)
    return doc


def test_each_sum_takes_the_recipients_its_own_words_name():
    body = "Prisoners were paid 100,000 rubles a month, and the families of those killed got 5 million rubles."
    doc = _doc(body, [("100,000 rubles", 1e5, "RUB", "", "exact"), ("5 million rubles", 5e6, "RUB", "", "exact")],
               measures=[Measure("cash_incentive", ["prisoners"], [], None, (0, len(body)), None, [0, 1])])
    monthly, death = payments(doc)
    assert (monthly.recipients, monthly.periodicity) == (["prisoners"], "monthly")
    assert (death.recipients, death.periodicity) == (["families"], "one-off")


def test_a_payer_word_belongs_to_the_nearest_sum_and_the_lead_names_the_payer():
    body = ("Sverdlovsk Oblast raises its sign-up bonus. The governor said the regional bonus grows. "
            "Together with the federal payment of 400,000 rubles a recruit now gets 1.4 million rubles on signing.")
    doc = _doc(body, [("400,000 rubles", 4e5, "RUB", "payment", "exact"),
                      ("1.4 million rubles", 1.4e6, "RUB", "", "exact")],
               places=[("Sverdlovsk Oblast", "Sverdlovsk Oblast")])
    federal, total = payments(doc)
    assert federal.level == "federal"
    assert total.level == "regional"  # "federal" is the first sum's word; the lead names the region


def test_a_monthly_pay_is_never_read_as_the_region_of_its_sentence():
    body = ("Billboards appear as the Defense Ministry steps up its push to sign up contract soldiers. "
            "Posters in Moscow advertise a monthly income from 204,000 rubles.")
    doc = _doc(body, [("204,000 rubles", 204000, "RUB", "income", "at_least")], places=[("Moscow", "Moscow")])
    (pay,) = payments(doc)
    assert (pay.periodicity, pay.level, pay.regions) == ("monthly", "federal", [])


def test_a_foreign_ministry_or_government_in_the_lead_pays_nothing():
    body = ("Kenya's government says its citizens were lured, the UK Ministry of Defence said. "
            "Agencies promised pay of $1,500 a month.")
    (pay,) = payments(_doc(body, [("$1,500", 1500, "USD", "pay", "exact")]))
    assert (pay.periodicity, pay.level) == ("monthly", "unknown")


def test_a_sum_with_a_payment_word_in_its_clause_is_a_payment_but_a_budget_is_not():
    body = ("The average regional payment rose by 40%, though in poor regions it still amounts to "
            "50,000 rubles. The region spent 12 billion rubles on payments.")
    doc = _doc(body, [("50,000 rubles", 5e4, "RUB", "", "exact"), ("12 billion rubles", 1.2e10, "RUB", "", "exact")])
    doc = _with(_with(doc, 0, modality="achieved"), 1, modality="achieved")
    (pay,) = payments(doc)
    assert (pay.text, pay.periodicity) == ("50,000 rubles", "one-off")


def test_a_currency_the_counted_words_name_is_kept():
    body = "Each victim had allegedly received 600,000 Sri Lankan Rupees as a one-month salary."
    doc = _with(_doc(body, [("600,000", 6e5, "RUB", "Sri Lankan Rupees", "exact")]), 0, unit="other",
                modality="achieved")
    (pay,) = payments(doc)
    assert (pay.currency, pay.periodicity, pay.rub) == ("LKR", "monthly", None)


def test_a_change_over_years_is_one_payment():
    body = "Regional one-off payments grew from 50,000 rubles in 2023 to 1 million rubles now."
    doc = _doc(body, [("50,000 rubles", 5e4, "RUB", "payments", "exact"),
                      ("1 million rubles", 1e6, "RUB", "", "exact")])
    assert [p.level for p in payments(doc)] == ["regional", "regional"]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _svg_size(svg: str) -> tuple[int, int]:
    import re

    m = re.search(r'<svg viewBox="0 0 (\d+) (\d+)"', svg)
    return int(m.group(1)), int(m.group(2))


def test_the_map_exports_as_png_twice_the_svg_size_with_the_sources_named(client):
    pytest.importorskip("matplotlib")
    from PIL import Image  # matplotlib's own dependency
    import io

    svg = client.get("/regions.svg?metric=payment").text
    png = client.get("/regions.png?metric=payment")
    assert png.headers["content-type"] == "image/png"
    width, height = _svg_size(svg)
    assert _png_size(png.content) == (2 * width, 2 * height)
    assert "Sources:" in svg and "The Kyiv Independent" in svg
    image = Image.open(io.BytesIO(png.content)).convert("RGB")
    kursk = next(c for c in client.get("/regions.json?metric=payment").json()["cells"] if c["code"] == "RU-KRS")
    x = 2 * (8 + kursk["col"] * 44 + 6)  # inside the square, clear of its label
    y = 2 * (34 + 8 + kursk["row"] * 44 + 6)
    assert "#%02x%02x%02x" % image.getpixel((x, y)) == kursk["fill"]  # colours follow the metric
    assert 'href="/regions.png?metric=payment"' in client.get("/regions?metric=payment").text


def test_the_caption_names_the_sources_of_every_metric_and_wraps_to_the_map(client):
    svg = client.get("/regions.svg?metric=coercion").text
    assert "Sources: Mediazona." in svg and "Kyiv" not in svg  # the coercion report's outlet alone
    width, _ = _svg_size(svg)
    from recruitwatch.regions.tilemap import caption_lines

    lines = caption_lines("Sources: " + ", ".join(f"Outlet number {i}" for i in range(30)) + ".", width)
    assert len(lines) > 1 and all(len(line) * 5.4 <= width - 16 for line in lines)


def test_regions_command_writes_the_map_as_png_or_svg(tmp_path):
    pytest.importorskip("matplotlib")
    db = _store(tmp_path)
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    out = CliRunner().invoke(cli, ["regions", "--db", str(db), "--map", str(png), "--metric", "measures"])
    assert out.exit_code == 0, out.output
    CliRunner().invoke(cli, ["regions", "--db", str(db), "--map", str(svg)])
    assert _png_size(png.read_bytes())[0] == 2 * _svg_size(svg.read_text(encoding="utf-8"))[0]
    assert "Sources: " in svg.read_text(encoding="utf-8")
    bad = CliRunner().invoke(cli, ["regions", "--db", str(db), "--map", str(tmp_path / "map.gif")])
    assert bad.exit_code == 2 and ".svg or .png" in bad.output


def test_the_map_legend_counts_one_report_in_the_singular():
    from recruitwatch.regions import tilemap
    from recruitwatch.web.regions_views import value_label

    _, legend = tilemap.cells({"RU-MOW": 1.0, "RU-SPE": 3.0}, value_label("measures"))
    texts = [item["text"] for item in legend]
    assert "1 report" in texts and "1 reports" not in texts


def test_the_region_columns_keep_a_roughly_dated_row_as_the_row_filter_does():
    # "2024" may fall on or after March 2024: the measure list and the map agree
    from recruitwatch.regions.index import Filter, MeasureRow, Source, _Columns

    src = Source("d1", "s1", "Meduza", None, None)
    dates = ["2024", "2024-02", "2024-02-20", "2024-03", "2024-05-01", "2025", None]
    rows = [MeasureRow("RU-KRS", "cash_incentive", (), d, src, i) for i, d in enumerate(dates)]
    cols = _Columns.of(rows, {"s1": 0})
    for flt in (Filter(since="2024-03"), Filter(until="2024-02"), Filter(since="2024-02-21", until="2024")):
        want = [r.date for r in rows if flt.dated(r.date)]
        assert [r.date for r, keep in zip(rows, cols.mask(flt)) if keep] == want, flt
