"""`watch` against a web site on 127.0.0.1 that each test starts and stops itself: new items
ingested, an unchanged feed answered 304, a changed page stored as a version, failing
sources (slow, 500, robots.txt, endless body, malformed feed) reported while the others go
on, Telegram previews, sitemaps and URL lists, and a watcher killed mid-round resuming."""

from __future__ import annotations

import json

import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from localsite import LocalSite
from recruitwatch.cli import cli
from recruitwatch.options import Options
from recruitwatch.store import Store
from recruitwatch.watch import SourcesError, load_sources, parse_interval, watch_round
from recruitwatch.watch.config import Source, SourcesFile, WatchOptions

SRC = Path(__file__).resolve().parent.parent / "src"
FAST = WatchOptions(delay=0.0, timeout=1.0, retries=1, backoff=0.01, max_bytes=200_000)
OPTIONS = Options(use_models=False)

# Short reports written for these tests, each paraphrasing real reporting:
ARTICLES = {
    # Meduza / regional media (2024): Sverdlovsk region raised its sign-up payment
    "/news/sverdlovsk-bonus": ("Sverdlovsk raises its sign-up payment", [
        "The Sverdlovsk region raised its one-time payment for volunteers who sign a contract "
        "with the Defence Ministry to 500,000 rubles, the regional governor said on Tuesday.",
        "Officials said the money would be paid within ten days of signing."]),
    # RFE/RL (2023): migrants at the Sakharovo migration centre pressed to sign contracts
    "/news/sakharovo": ("Migrants pressed to sign contracts at a migration centre", [
        "Migrants who came to the Sakharovo migration centre near Moscow for their papers were "
        "handed military registration summons, RFE/RL reported, citing lawyers.",
        "Several men said officers urged them to sign a contract with the army."]),
    # Verstka (2024): bailiffs wrote to debtors offering a debt write-off for a contract
    "/news/debtors": ("Debtors offered a write-off for signing up", [
        "Bailiffs in several regions sent letters to debtors offering to write off debts of up "
        "to 10 million rubles for those who sign a contract, Verstka reported.",
        "The law allowing the write-off was signed in October 2024."]),
    # Mediazona (2023): Kursk region added a regional bonus for contract soldiers
    "/news/kursk-bonus": ("Kursk adds a regional bonus", [
        "The Kursk region will pay contract soldiers an extra 200,000 rubles, the governor "
        "announced, on top of the federal payment of 195,000 rubles.",
        "The payment applies to contracts signed before the end of the year."]),
}


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head><title>{title}</title></head><body><nav>Home | News</nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>Contacts</footer></body></html>")


def rss(site: LocalSite, paths: list[str], updated: dict[str, str] | None = None) -> str:
    items = "".join(
        f"<item><title>{ARTICLES[p][0]}</title><link>{site.url}{p}</link><guid>{p}</guid>"
        f"<pubDate>{(updated or {}).get(p, 'Tue, 05 Mar 2024 10:00:00 GMT')}</pubDate>"
        f"<description>{ARTICLES[p][1][0][:60]}</description></item>" for p in paths)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Outlet</title>'
            f"{items}</channel></rss>")


def serve_articles(site: LocalSite, paths=ARTICLES) -> None:
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    for path in paths:
        site.add(path, page(*ARTICLES[path]), etag=f'"{path}-1"')


def plan(*sources: Source, options: WatchOptions = FAST) -> SourcesFile:
    return SourcesFile(list(sources), options)


def run(store: Store, sources: SourcesFile, messages: list | None = None):
    return watch_round(store, sources, OPTIONS,
                       report=lambda m, problem=True: messages.append(m) if messages is not None and problem else None)


def urls_stored(store: Store) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT url FROM documents ORDER BY rowid")]


@pytest.fixture
def site():
    with LocalSite() as s:
        yield s


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "watch.db") as s:
        yield s


# --- feeds ----------------------------------------------------------------------------------

def test_new_items_are_ingested_then_an_unchanged_feed_costs_a_304(site, store):
    serve_articles(site)
    paths = list(ARTICLES)[:3]
    site.add("/feed.xml", rss(site, paths), content_type="application/rss+xml", etag='"feed-1"')
    sources = plan(Source("outlet", f"{site.url}/feed.xml", None, outlet="Test Outlet", tags=("t",)))

    first = run(store, sources)
    assert first.listed == 1 and first.ingest.new == 3 and first.failed == 0
    assert sorted(urls_stored(store)) == sorted(f"{site.url}{p}" for p in paths)
    doc = store.get(store.conn.execute("SELECT id FROM documents WHERE url LIKE '%sverdlovsk%'").fetchone()[0])
    assert doc.outlet == "Test Outlet" and "500,000 rubles" in doc.body and "Contacts" not in doc.body

    before = len(site.log)
    second = run(store, sources)
    asked = site.log[before:]
    feed_requests = [r for r in asked if r[1] == "/feed.xml"]
    assert [r[2].get("If-None-Match") for r in feed_requests] == ['"feed-1"']
    assert second.unchanged == 1 and second.ingest.new == 0
    assert not [r for r in asked if r[1].startswith("/news/")], "an unchanged feed re-fetched pages"
    assert store.count() == 3


def test_a_new_item_in_a_changed_feed_fetches_only_that_page(site, store):
    serve_articles(site)
    feed = site.add("/feed.xml", rss(site, ["/news/debtors"]), content_type="application/rss+xml",
                    etag='"feed-1"')
    sources = plan(Source("outlet", f"{site.url}/feed.xml", None))
    run(store, sources)
    feed.body, feed.etag = rss(site, ["/news/debtors", "/news/kursk-bonus"]).encode(), '"feed-2"'
    before = len(site.log)
    summary = run(store, sources)
    pages = [r[1] for r in site.log[before:] if r[1].startswith("/news/")]
    assert pages == ["/news/kursk-bonus"] and summary.ingest.new == 1 and store.count() == 2


def test_a_changed_article_is_stored_as_a_new_version(site, store):
    serve_articles(site)
    path = "/news/sverdlovsk-bonus"
    feed = site.add("/feed.xml", rss(site, [path]), content_type="application/rss+xml", etag='"feed-1"')
    sources = plan(Source("outlet", f"{site.url}/feed.xml", None))
    run(store, sources)
    old_id = store.conn.execute("SELECT id FROM documents").fetchone()[0]

    title, paragraphs = ARTICLES[path]
    site.routes[path].body = page(title, [paragraphs[0].replace("500,000", "550,000"),
                                          paragraphs[1]]).encode()
    site.routes[path].etag = '"article-2"'
    feed.body = rss(site, [path], {path: "Wed, 06 Mar 2024 09:00:00 GMT"}).encode()
    feed.etag = '"feed-2"'
    before = len(site.log)
    summary = run(store, sources)

    article_requests = [r for r in site.log[before:] if r[1] == path]
    assert [r[2].get("If-None-Match") for r in article_requests] == [f'"{path}-1"']
    assert summary.ingest.new == 1 and summary.ingest.versions == 1
    new_id = store.latest_for_url(f"{site.url}{path}")
    assert new_id != old_id and store.get(new_id).version_of == old_id
    assert "550,000" in store.get(new_id).body and store.versions(new_id) == [old_id, new_id]


# --- failures ---------------------------------------------------------------------------------

def test_failing_sources_are_reported_and_the_others_go_on(site, store):
    serve_articles(site)
    site.add("/feed.xml", rss(site, ["/news/sakharovo"]), content_type="application/rss+xml")
    site.add("/slow.xml", rss(site, ["/news/debtors"]), content_type="application/rss+xml", delay=5)
    site.add("/broken.xml", "", statuses=[500, 500, 500])
    site.add("/private/feed.xml", rss(site, ["/news/kursk-bonus"]), content_type="application/rss+xml")
    site.add("/endless.xml", endless=True, content_type="application/rss+xml")
    site.add("/malformed.xml", '<?xml version="1.0"?><rss><channel><item><title>cut',
             content_type="application/rss+xml")
    names = {"slow": "/slow.xml", "broken": "/broken.xml", "private": "/private/feed.xml",
             "endless": "/endless.xml", "malformed": "/malformed.xml", "good": "/feed.xml"}
    sources = plan(*(Source(n, f"{site.url}{p}", None) for n, p in names.items()),
                   options=replace(FAST, timeout=0.5))
    messages: list[str] = []
    started = time.monotonic()
    summary = run(store, sources, messages)

    assert time.monotonic() - started < 15
    assert urls_stored(store) == [f"{site.url}/news/sakharovo"]
    assert summary.failed == 5 and summary.listed == 1
    said = {n: next((m for m in messages if m.startswith(n + ":")), "") for n in names}
    assert "slow host" in said["slow"] and "after 2 attempts" in said["slow"]
    assert "HTTP 500" in said["broken"] and len(site.requests("/broken.xml")) == 2  # retried once
    assert "robots.txt" in said["private"] and not site.requests("/private/feed.xml")
    assert "200000-byte limit" in said["endless"]
    assert "malformed" in said["malformed"]
    failures = dict(store.conn.execute("SELECT name, failures FROM watch_sources"))
    assert failures == {"slow": 1, "broken": 1, "private": 1, "endless": 1, "malformed": 1, "good": 0}


def test_a_source_that_keeps_failing_rests_and_is_reported(site, store):
    site.add("/robots.txt", "", content_type="text/plain")
    site.add("/gone.xml", "", statuses=[404] * 10)
    sources = plan(Source("gone", f"{site.url}/gone.xml", None), options=replace(FAST, max_failures=2))
    for _ in range(2):
        assert run(store, sources).failed == 1
    asked = len(site.requests("/gone.xml"))
    notes: list[str] = []
    summary = watch_round(store, sources, OPTIONS, report=lambda m, problem=True: notes.append(m))
    assert summary.resting == 1 and summary.failed == 0
    assert len(site.requests("/gone.xml")) == asked == 2  # a 404 is not retried; resting: not asked
    assert any("resting" in n for n in notes)


def test_an_unreadable_page_is_retried_next_round_and_nothing_is_missed(site, store):
    serve_articles(site)
    site.routes["/news/debtors"].statuses = [503, 503]
    site.add("/feed.xml", rss(site, ["/news/debtors", "/news/sakharovo"]),
             content_type="application/rss+xml", etag='"feed-1"')
    sources = plan(Source("outlet", f"{site.url}/feed.xml", None))
    first = run(store, sources)
    assert first.ingest.new == 1 and first.item_failures == 1
    second = run(store, sources)  # the feed's validators were not kept: it is read again
    assert second.listed == 1 and second.ingest.new == 1 and store.count() == 2
    assert run(store, sources).unchanged == 1


def test_requests_to_one_host_are_paced(site, store):
    serve_articles(site)
    site.add("/feed.xml", rss(site, list(ARTICLES)), content_type="application/rss+xml")
    started: list[float] = []
    original = site._serve

    def timed(handler, payload):
        started.append(time.monotonic())
        original(handler, payload)
    site._serve = timed
    run(store, plan(Source("outlet", f"{site.url}/feed.xml", None),
                    options=replace(FAST, delay=0.15, concurrency=4)))
    gaps = [b - a for a, b in zip(started, started[1:])]
    assert len(started) == 6 and min(gaps) >= 0.13


# --- other kinds of sources -----------------------------------------------------------------

def test_a_news_sitemap_and_a_url_list(site, store):
    serve_articles(site)
    site.add("/sitemap.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>{site.url}/news/kursk-bonus</loc><news:news><news:publication_date>2023-11-02</news:publication_date>
<news:title>Kursk adds a regional bonus</news:title></news:news></url>
</urlset>""", content_type="application/xml")
    site.add("/list.txt", f"# pages to follow\n{site.url}/news/debtors\n\n{site.url}/news/sakharovo\n",
             content_type="text/plain")
    summary = run(store, plan(Source("map", f"{site.url}/sitemap.xml", None),
                              Source("list", f"{site.url}/list.txt", None),
                              Source("inline", None, "urls", urls=(f"{site.url}/news/sverdlovsk-bonus",))))
    assert summary.failed == 0 and summary.ingest.new == 4
    kinds = dict(store.conn.execute("SELECT name, kind FROM watch_sources"))
    assert kinds == {"map": "sitemap", "list": "urls", "inline": "urls"}


# Posts paraphrasing Telegram news channels (Astra, 2024) on recruitment of migrants.
TELEGRAM_PAGE = """<html><head><meta property="og:title" content="Test Channel"></head><body>
<div class="tgme_widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="testchannel/41">
 <div class="tgme_widget_message_text js-message_text" dir="auto">В Москве мигрантам, получившим гражданство, вручили повестки.<br/>Об этом сообщает Astra.</div>
 <a class="tgme_widget_message_date" href="https://t.me/testchannel/41"><time datetime="2024-05-02T08:15:00+00:00">08:15</time></a>
</div></div>
<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="testchannel/42">
 <div class="tgme_widget_message_photo_wrap"></div>
 <a class="tgme_widget_message_date" href="https://t.me/testchannel/42"><time datetime="2024-05-02T09:00:00+00:00">09:00</time></a>
</div></div>
<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="testchannel/43">
 <div class="tgme_widget_message_forwarded_from">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/other">Other Channel</a></div>
 <div class="tgme_widget_message_text js-message_text">Власти региона подняли выплату добровольцам до 400 тысяч рублей.</div>
 <a class="tgme_widget_message_date" href="https://t.me/testchannel/43"><time datetime="2024-05-03T10:00:00+00:00">10:00</time></a>
</div></div>
</body></html>"""


def test_a_telegram_channel_preview_is_a_source_like_a_feed(site, store):
    site.add("/robots.txt", "", content_type="text/plain")
    preview = site.add("/s/testchannel", TELEGRAM_PAGE)
    sources = plan(Source("tg", f"{site.url}/s/testchannel", "telegram", language="ru"))
    summary = run(store, sources)
    assert summary.ingest.new == 2  # the photo-only post has no text: not an empty report
    docs = {d.url: d for d in store.iter_documents()}
    assert set(docs) == {"https://t.me/testchannel/41", "https://t.me/testchannel/43"}
    assert docs["https://t.me/testchannel/41"].outlet == "Test Channel"
    assert docs["https://t.me/testchannel/41"].published.date == "2024-05-02"
    forwarded = docs["https://t.me/testchannel/43"]
    assert [(r.text, r.kind) for r in forwarded.removed] == [("Forwarded from Other Channel", "forwarded")]
    assert forwarded.body.startswith("Власти региона")
    # an edited post is a new version; the unchanged one is not fetched or stored again
    preview.body = TELEGRAM_PAGE.replace("400 тысяч", "450 тысяч").encode()
    again = run(store, sources)
    assert again.ingest.new == 1 and again.ingest.versions == 1
    assert len(store.versions(store.latest_for_url("https://t.me/testchannel/43"))) == 2


def test_a_busy_channel_is_read_back_to_the_last_post_seen(site, store):
    site.add("/robots.txt", "", content_type="text/plain")
    site.add("/s/testchannel", TELEGRAM_PAGE)
    older = TELEGRAM_PAGE.replace("testchannel/41", "testchannel/31").replace(
        "testchannel/43", "testchannel/33").replace("В Москве", "В Подмосковье")
    site.add("/s/testchannel?before=41", older)
    site.add("/s/testchannel?before=31", "<html><body></body></html>")
    summary = run(store, plan(Source("tg", f"{site.url}/s/testchannel", "telegram")))
    assert summary.ingest.new == 4
    assert {u.rsplit("/", 1)[1] for u in urls_stored(store)} == {"31", "33", "41", "43"}


# --- a watcher killed mid-round ---------------------------------------------------------------

def test_a_watcher_killed_mid_round_resumes_without_loss_or_duplicates(site, tmp_path):
    serve_articles(site)
    paths = list(ARTICLES)
    site.add("/feed.xml", rss(site, paths), content_type="application/rss+xml", etag='"feed-1"')
    hold, release = threading.Event(), threading.Event()
    site.routes[paths[2]].hold, site.routes[paths[2]].release = hold, release
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[watch]\ndelay = 0\nconcurrency = 1\ntimeout = 30\n\n'
                       f'[[source]]\nname = "outlet"\nurl = "{site.url}/feed.xml"\n', encoding="utf-8")
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "recruitwatch", "watch", str(sources), "--once", "--db", str(db),
               "--no-models", "-q"]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert hold.wait(120), "the watcher never reached the third page"
        proc.kill()
    finally:
        proc.wait(30)
        release.set()
    with Store(db) as store:
        assert store.count() < len(paths)
        summary = run(store, load_sources(sources))
        stored = urls_stored(store)
    assert summary.failed == 0
    assert sorted(stored) == sorted(f"{site.url}{p}" for p in paths)  # each once, none missing


# --- the sources file and the command ---------------------------------------------------------

def test_sources_file_errors_name_the_place_and_the_fix(tmp_path):
    cases = {
        "[[source]]\nurl = 'ftp://x'\n": "not an http(s) address",
        "[[source]]\noutlet = 'X'\n": "give a url",
        "[[source]]\nurl = 'https://a.example/feed'\nkinds = 'feed'\n": "unknown key(s) kinds",
        "[[source]]\nurl = 'https://a.example/feed'\nkind = 'atom'\n": "kind 'atom' is not one of",
        "[watch]\ndelay = 'slow'\n[[source]]\nurl = 'https://a.example/f'\n": "expected a number",
        "[[source]]\nurl = 'https://a.example/f'\n[[source]]\nurl = 'https://a.example/f'\n": "used twice",
        "[[source]\n": "not valid TOML",
        "": "no [[source]] tables",
    }
    for i, (text, expected) in enumerate(cases.items()):
        path = tmp_path / f"s{i}.toml"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(SourcesError, match=re.escape(expected)):
            load_sources(path)


def test_the_sources_file_reads_kinds_and_settings(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text("[watch]\ndelay = 3\n\n[[source]]\nurl = 'https://t.me/meduzalive'\n"
                    "outlet = 'Meduza'\ntags = ['telegram']\n\n[[source]]\nname = 'list'\n"
                    "urls = ['https://a.example/1']\n", encoding="utf-8")
    loaded = load_sources(path)
    assert loaded.options.delay == 3.0 and loaded.options.timeout == WatchOptions().timeout
    tg, urls = loaded.sources
    assert (tg.kind, tg.url, tg.outlet, tg.tags) == ("telegram", "https://t.me/s/meduzalive", "Meduza",
                                                     ("telegram",))
    assert (urls.name, urls.kind, urls.urls) == ("list", "urls", ("https://a.example/1",))


def test_intervals():
    assert parse_interval("30m") == 1800 and parse_interval("1h30m") == 5400
    assert parse_interval("90s") == 90 and parse_interval("5") == 300
    with pytest.raises(ValueError):
        parse_interval("soon")


def test_watch_once_on_the_command_line(site, tmp_path):
    serve_articles(site)
    site.add("/feed.xml", rss(site, ["/news/kursk-bonus"]), content_type="application/rss+xml")
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[watch]\ndelay = 0\n[[source]]\nname = "outlet"\nurl = "{site.url}/feed.xml"\n'
                       f'[[source]]\nname = "down"\nurl = "{site.url}/missing.xml"\n', encoding="utf-8")
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(cli, ["watch", str(sources), "--once", "--db", db, "--no-models"])
    assert result.exit_code == 0, result.output
    assert "2 sources: 1 read, 0 unchanged (304), 1 failed" in result.output
    assert "1 documents stored" in result.output
    assert "down: HTTP 404" in result.output
    bad = CliRunner().invoke(cli, ["watch", str(sources), "--every", "soon", "--db", db])
    assert bad.exit_code == 2 and "not an interval" in bad.output





def test_facts_from_the_sources_of_one_tag(site, tmp_path):
    serve_articles(site)
    site.add("/a.xml", rss(site, ["/news/kursk-bonus"]), content_type="application/rss+xml")
    site.add("/b.xml", rss(site, ["/news/debtors"]), content_type="application/rss+xml")
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[watch]\ndelay = 0\n[[source]]\nname = "regional"\nurl = "{site.url}/a.xml"\n'
        f'tags = ["regions"]\n[[source]]\nname = "national"\nurl = "{site.url}/b.xml"\n'
        f'tags = ["debts"]\n', encoding="utf-8")
    db = str(tmp_path / "tags.db")
    assert CliRunner().invoke(cli, ["watch", str(sources), "--once", "--db", db, "--no-models"]).exit_code == 0
    def titles(*args):
        out = CliRunner().invoke(cli, ["facts", "quantities", "--db", db, "--format", "json", *args])
        assert out.exit_code == 0, out.output
        return {r["title"] for r in json.loads(out.output)}
    assert titles("--source-tag", "regions") == {"Kursk adds a regional bonus"}
    assert titles("--source-tag", "debts") == {"Debtors offered a write-off for signing up"}
    assert titles("--source-tag", "nothing") == set()
    assert len(titles()) == 2


def test_the_example_sources_file_loads():
    example = load_sources(Path(__file__).resolve().parent.parent / "examples" / "sources.toml")
    assert {s.kind for s in example.sources} >= {"telegram", "sitemap", "urls"}
    assert all(s.url or s.urls for s in example.sources)


def test_a_sitemap_index_is_followed_to_its_gzipped_sitemaps(site, store):
    import gzip

    serve_articles(site)
    inner = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f"<url><loc>{site.url}/news/debtors</loc><lastmod>2024-10-20</lastmod></url></urlset>")
    site.add("/sitemap-1.xml.gz", gzip.compress(inner.encode()), content_type="application/gzip")
    site.add("/sitemap.xml", f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/'
             f'schemas/sitemap/0.9"><sitemap><loc>{site.url}/sitemap-1.xml.gz</loc></sitemap>'
             f"</sitemapindex>", content_type="application/xml")
    summary = run(store, plan(Source("index", f"{site.url}/sitemap.xml", None)))
    assert summary.failed == 0 and urls_stored(store) == [f"{site.url}/news/debtors"]
    assert store.conn.execute("SELECT stamp FROM watch_items").fetchone()[0] == "2024-10-20"


def test_a_redirect_obeys_the_robots_txt_of_where_it_leads(site):
    from recruitwatch.watch.http import Disallowed, Fetcher

    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/moved", statuses=[302], location=site.url + "/private/page.html")
    site.add("/private/page.html", "<p>not to be read</p>")
    site.add("/old", statuses=[301], location=site.url + "/new.html")
    site.add("/new.html", "<p>moved here</p>")
    fetcher = Fetcher()
    with pytest.raises(Disallowed):
        fetcher.fetch(site.url + "/moved")
    assert not site.requests("/private/page.html")
    assert fetcher.fetch(site.url + "/old").body == b"<p>moved here</p>"
