"""Review mode end to end in Debian's headless Chromium: ten items by keyboard alone, a
modality and a speaker corrected in the form, kept after reload, in the export, in the
linked facts and through re-processing; a cross-origin form post and a tokenless post
refused. A screenshot of the queue goes to artifacts/screenshots/."""

from __future__ import annotations

import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from conftest import BROWSER_MARKS, SHOTS, serving  # noqa: E402

from recruitwatch.ingest_run import ingest  # noqa: E402
from recruitwatch.link import link_all  # noqa: E402
from recruitwatch.options import Options  # noqa: E402
from recruitwatch.review.ledger import all_reviews  # noqa: E402
from recruitwatch.store import Store  # noqa: E402

RULES = Options(use_models=False)
pytestmark = BROWSER_MARKS

# Short reports written for this test, each paraphrasing real reporting (sources named).
REPORTS = [
    # Verstka, 2024: Moscow region districts given monthly plans
    "Moscow region districts were told to find 500 contract soldiers a month, Verstka reported.",
    # Meduza, 2023: Bashkortostan bonus
    "Bashkortostan paid 200,000 rubles to each volunteer, the regional government said.",
    # RFE/RL, 2023: recruiters at a migration centre
    "Recruiters at the Sakharovo migration centre offered 195,000 rubles, RFE/RL reported.",
    # Kommersant, 2024: Moscow raises its bonus
    "Moscow raised its one-off payment to 1,900,000 rubles, the mayor's office said.",
    # The Kyiv Independent, 2024: an intelligence estimate
    "Russia recruits about 30,000 people a month, Ukraine's military intelligence estimated.",
    # Novaya Gazeta Europe, 2024: debt write-off
    "Recruits may write off debts of up to 10,000,000 rubles, the State Duma decided.",
    # Mediazona, 2025: raids on migrants
    "Police handed summonses to at least 80 migrants in Saint Petersburg, local media reported.",
    # Reuters, 2023: a Defence Ministry figure
    "The Defence Ministry said 280,000 people had signed contracts since January.",
]


def _ingest_linked(store: Store, folder, prefix: str, texts: list[str]) -> None:
    """Each text a report file ``<prefix><i>.txt`` in ``folder``, ingested (rules only) and linked."""
    paths = [folder / f"{prefix}{i}.txt" for i in range(len(texts))]
    for path, text in zip(paths, texts):
        path.write_text(text + "\n", encoding="utf-8")
    ingest(store, [str(path) for path in paths], RULES)
    link_all(store)


@pytest.fixture
def served(tmp_path):
    from recruitwatch.web.app import create_app
    from recruitwatch.web.review import ReviewDesk

    db = tmp_path / "review.db"
    with Store(db) as store:
        _ingest_linked(store, tmp_path, "r", REPORTS)
    desk = ReviewDesk(db)
    with serving(create_app(db, warm=False, review=desk)) as base:
        yield base, desk, db, tmp_path


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    ctx.close()
    assert not errors, errors


def test_review_by_keyboard_and_corrections_that_last(page, served):
    base, desk, db, tmp = served
    page.goto(f"{base}/review?token={desk.token}")
    page.wait_for_selector(".rv-item")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "review_queue.png"), full_page=True)

    # ten decisions by keyboard alone: j skips one, c confirms, r rejects
    for n in range(10):
        page.wait_for_selector(".rv-item.rv-current")
        with page.expect_navigation(url="**/review?flash=*"):
            page.keyboard.press("c" if n % 3 else "r")
    with Store(db, readonly=True) as s:
        decided = all_reviews(s)
    assert len(decided) == 10
    assert {r.action for r in decided} == {"confirm", "reject"}

    # correct a quantity's modality and a claim's speaker in the edit form, by keyboard
    page.goto(f"{base}/review?kind=quantity")
    page.wait_for_selector(".rv-item.rv-current")
    page.keyboard.press("e")
    page.locator(".rv-current select[name=f_modality]").select_option("estimate")
    page.locator(".rv-current select[name=f_modality]").press("Enter")
    page.wait_for_selector(".flash")
    page.goto(f"{base}/review?kind=claim")
    page.wait_for_selector(".rv-item.rv-current")
    page.keyboard.press("e")
    page.locator(".rv-current input[name=f_speaker]").fill("Corrected Speaker")
    page.keyboard.press("Enter")
    page.wait_for_selector(".flash")

    page.reload()
    done = page.locator(".rv-done").inner_text()
    assert '"modality": "estimate"' in done and '"speaker": "Corrected Speaker"' in done

    with Store(db) as s:
        rows = [q for d in s.iter_documents() for q in d.quantities if q.reviewed == "corrected"]
        assert [q.modality for q in rows] == ["estimate"]
        claims = [c for d in s.iter_documents() for c in d.claims if c.reviewed == "corrected"]
        assert [c.speaker for c in claims] == ["Corrected Speaker"]
        fact = s.conn.execute("SELECT modality FROM facts WHERE value = ? AND kind = 'quantity'",
                              (rows[0].value,)).fetchone()
        assert fact is not None and fact[0] == "estimate"
        # re-processing keeps them
        summary = ingest(s, [str(tmp / f"r{i}.txt") for i in range(len(REPORTS))], RULES,
                         reprocess=True)
        assert summary.reprocessed == len(REPORTS) and not summary.lost
        again = [q for d in s.iter_documents() for q in d.quantities if q.reviewed == "corrected"]
        assert [q.modality for q in again] == ["estimate"]
        rec = [d.to_record() for d in s.iter_documents()]
        assert any(c["reviewed"] == "corrected" and c["speaker"] == "Corrected Speaker"
                   for r in rec for c in r["claims"])


def test_a_cross_origin_form_and_a_tokenless_post_are_refused(page, served, tmp_path):
    base, desk, db, _ = served
    page.goto(f"{base}/review?token={desk.token}")
    item = page.locator(".rv-item").first.get_attribute("data-item")
    evil = tmp_path / "evil.html"
    evil.write_text(f"""<form id=f method=post action="{base}/review/decide">
      <input name=csrf value="{desk.csrf}"><input name=item value="{item}">
      <input name=action value=reject></form><script>document.getElementById('f').submit()</script>""")
    page.goto(evil.as_uri())
    page.wait_for_load_state("load")
    assert "refused" in page.content() or "403" in page.content() or "review token" in page.content()
    with Store(db, readonly=True) as s:
        assert all_reviews(s) == []
    req = urllib.request.Request(f"{base}/review/decide", method="POST",
                                 data=f"csrf={desk.csrf}&item={item}&action=reject".encode(),
                                 headers={"Origin": base,
                                          "Content-Type": "application/x-www-form-urlencoded"})
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=5)
    assert exc.value.code == 403
    with Store(db, readonly=True) as s:
        assert all_reviews(s) == []


# Two more reports of one figure, paraphrasing RFE/RL and The Kyiv Independent (March 2023).
SAME_FIGURE = [
    "Russia's Defence Ministry plans to sign contracts with 400,000 soldiers this year, "
    "RFE/RL reported.",
    "The Defence Ministry aims to recruit 400,000 soldiers on contract this year, "
    "The Kyiv Independent said in Moscow.",
]


@pytest.fixture
def served_fact(tmp_path):
    from recruitwatch.web.app import create_app
    from recruitwatch.web.review import ReviewDesk

    db = tmp_path / "fact.db"
    with Store(db) as store:
        _ingest_linked(store, tmp_path, "s", SAME_FIGURE)
        fact = store.conn.execute("SELECT id FROM facts WHERE value = 400000").fetchone()[0]
    desk = ReviewDesk(db)
    with serving(create_app(db, warm=False, review=desk)) as base:
        yield base, desk, db, fact


def test_a_whole_fact_confirmed_and_undone_and_two_names_merged_in_the_browser(page, served_fact):
    base, desk, db, fact = served_fact
    page.goto(f"{base}/review?token={desk.token}")
    page.goto(f"{base}/fact/{fact}")
    assert "0 of 2 mentions" in page.locator(".facts-meta").inner_text()
    page.fill(".rv-fact-form input[name=tags]", "quota")
    with page.expect_navigation(url="**/fact/*?flash=*"):
        page.click("text=Confirm all 2 mentions")
    assert "2 of 2 mentions" in page.locator(".facts-meta").inner_text()
    assert page.locator(".mention .badge.rv-confirmed").count() == 2
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "review_fact.png"), full_page=True)
    with Store(db, readonly=True) as s:
        made = all_reviews(s)
    assert [(r.action, r.tags) for r in made] == [("confirm", ["quota"])] * 2
    with page.expect_navigation(url="**/fact/*?flash=*"):
        page.click(".rv-batch button")
    assert "0 of 2 mentions" in page.locator(".facts-meta").inner_text()
    with Store(db, readonly=True) as s:
        assert all(r.undone_at for r in all_reviews(s))

    page.goto(f"{base}/entity?name=Moscow")
    page.fill(".rv-merge input[name=into]", "Moskva")
    with page.expect_navigation(url="**/entity?name=Moskva*"):
        page.click(".rv-merge button")
    assert "Moscow is now Moskva" in page.locator(".flash").inner_text()
