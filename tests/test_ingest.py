"""Ingest: every input format becomes RawRecord values (inputs built by hand here).

The article snippets are our own short paraphrases of published reporting:
- EN_ARTICLE: Verstka and RFE/RL (2023) on recruitment points in Moscow migration centres.
- RU_ARTICLE: the same reporting, as Russian-language outlets summarised it.
- RU_BONUS: regional sign-up bonuses as reported by Mediazona and Meduza (2023–2024).
"""

from __future__ import annotations

import codecs
import gzip
import http.server
import io
import json
import sys
import threading
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from recruitwatch.ingest import IngestError, count_inputs, iter_records
from recruitwatch.ingest.decode import DecodeError, decode_bytes
from recruitwatch.model import RawRecord
from recruitwatch.options import Options

EN_ARTICLE = ("Russia has opened military recruitment offices inside migration centres in "
              "Moscow, where newly naturalised citizens are urged to sign army contracts.")
RU_ARTICLE = ("В миграционном центре в Москве открыли пункт отбора на военную службу по "
              "контракту, где новым гражданам предлагают подписать контракт с армией.")
RU_BONUS = ("Власти региона пообещали добровольцам единовременную выплату в размере "
            "190 тысяч рублей, сообщает издание.")
RU_SHORT = [
    "Военкомат прислал повестку.",
    "Мигрантам предлагают гражданство за службу в армии.",
    "Губернатор заявил, что регион выполнил план набора добровольцев.",
    "Они знают, что это неправда.",
    "Щедрые выплаты обещают всем, кто подпишет контракт.",
    RU_ARTICLE,
]


def records(inputs, **opts) -> list[RawRecord | IngestError]:
    return list(iter_records([str(i) for i in inputs], Options(**opts)))


def only(items):
    assert len(items) == 1, items
    return items[0]


def same_codec(a: str, b: str) -> bool:
    return codecs.lookup(a).name == codecs.lookup(b).name


def ok(item) -> RawRecord:
    assert isinstance(item, RawRecord), item
    return item


# --- decode -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", RU_SHORT)
@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "mac-cyrillic"])
def test_decode_russian_legacy_encodings_on_short_texts(sentence, encoding):
    text, used = decode_bytes(sentence.encode(encoding))
    assert text == sentence
    assert same_codec(used, encoding)


def test_decode_ukrainian_cp1251():
    sentence = "Мобілізація в Україні триває, повідомляє міністерство оборони."
    assert decode_bytes(sentence.encode("cp1251"))[0] == sentence


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", None), ("utf-16-le", "utf-16-le"),
])
def test_decode_unicode_forms(encoding, expected):
    data = RU_ARTICLE.encode(encoding)
    if encoding == "utf-16-le":  # no BOM: recognised by its zero bytes (English text)
        data = EN_ARTICLE.encode(encoding)
    text, used = decode_bytes(data)
    assert text in (RU_ARTICLE, EN_ARTICLE)
    assert expected is None or used == expected
    assert not text.startswith("\ufeff")


def test_decode_western_legacy_text():
    sentence = "Le ministère a publié un communiqué sur la déclaration du général."
    assert decode_bytes(sentence.encode("cp1252"))[0] == sentence


def test_decode_keeps_utf8_cut_inside_last_character():
    data = RU_ARTICLE[:-1].encode("utf-8")[:-1]  # cut inside the two bytes of "е"
    text, used = decode_bytes(data)
    assert used == "utf-8" and text.startswith("В миграционном")


def test_decode_honours_html_meta_charset_when_clean():
    page = f'<html><head><meta charset="koi8-r"></head><body><p>{RU_BONUS}</p></body></html>'
    text, used = decode_bytes(page.encode("koi8-r"))
    assert same_codec(used, "koi8-r") and RU_BONUS in text


def test_decode_ignores_meta_charset_that_does_not_fit():
    page = f'<html><head><meta charset="utf-8"></head><body><p>{RU_BONUS}</p></body></html>'
    text, used = decode_bytes(page.encode("cp1251"))
    assert same_codec(used, "cp1251") and RU_BONUS in text


def test_decode_refuses_random_bytes():
    noise = bytes((i * 37 + 11) % 128 + 128 for i in range(2000))
    with pytest.raises(DecodeError):
        decode_bytes(noise)


# --- plain text and HTML ------------------------------------------------------------------

def test_text_file_becomes_one_record(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(RU_ARTICLE.encode("cp1251"))
    rec = ok(only(records([path])))
    assert rec.kind == "text" and rec.text == RU_ARTICLE
    assert rec.source == str(path) and rec.data == path.read_bytes()


def test_same_bytes_same_id(tmp_path):
    (tmp_path / "a.txt").write_text(EN_ARTICLE)
    (tmp_path / "b.txt").write_text(EN_ARTICLE)
    a, b = records([tmp_path])
    assert a.id == b.id


def test_html_file_is_html_and_decoded_from_meta(tmp_path):
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; '
            f'charset=windows-1251"><title>Набор</title></head><body><p>{RU_BONUS}</p></body></html>')
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1251"))
    rec = ok(only(records([path])))
    assert rec.kind == "html" and RU_BONUS in rec.text


def test_malformed_html_is_not_an_error(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(f"<html><body><div><p>{EN_ARTICLE}<b>unclosed <i>tags</div", "utf-8")
    assert ok(only(records([path]))).kind == "html"


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "page").write_text(f"<!DOCTYPE html><html><body><p>{EN_ARTICLE}</p></body></html>")
    (tmp_path / "note.dat").write_text(EN_ARTICLE)
    kinds = {r.source.rsplit("/", 1)[-1]: r.kind for r in records([tmp_path])}
    assert kinds == {"note.dat": "text", "page": "html"}


def test_gzipped_text_has_the_id_of_its_content(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(RU_ARTICLE.encode("koi8-r")))
    (tmp_path / "b.txt").write_bytes(RU_ARTICLE.encode("koi8-r"))
    a, b = records([tmp_path])
    assert a.text == RU_ARTICLE and a.id == b.id


def test_utf16_with_bom_file(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(RU_ARTICLE.encode("utf-16"))
    assert ok(only(records([path]))).text == RU_ARTICLE


# --- directories ----------------------------------------------------------------------------

def test_directory_is_walked_sorted_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(EN_ARTICLE + " two")
    (tmp_path / "b" / "1.txt").write_text(EN_ARTICLE + " one")
    (tmp_path / "a.txt").write_text(EN_ARTICLE)
    (tmp_path / ".hidden.txt").write_text("secret")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("object")
    names = [r.source[len(str(tmp_path)) + 1:] for r in records([tmp_path])]
    assert names == ["a.txt", "b/1.txt", "b/2.txt"]


def test_iter_records_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{EN_ARTICLE} {i}")
    it = iter_records([str(tmp_path)], Options())
    first = next(it)
    (tmp_path / "2.txt").unlink()  # removed after the walk started: an error, not a crash
    rest = list(it)
    assert first.source.endswith("0.txt")
    assert isinstance(rest[-1], IngestError)


# --- JSON Lines --------------------------------------------------------------------------------

def test_jsonl_lines_become_records(tmp_path):
    lines = [
        {"text": RU_ARTICLE, "url": "https://example.org/ru/1", "title": "Пункт отбора",
         "published": "2023-06-21", "outlet": "Example"},
        {"html": f"<p>{EN_ARTICLE}</p>", "url": "https://example.org/en/1"},
    ]
    raw = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    path = tmp_path / "batch.jsonl"
    path.write_text("\ufeff" + raw, "utf-8")
    first, second = records([path])
    assert (first.kind, first.text, first.url, first.title, first.published, first.outlet) == (
        "text", RU_ARTICLE, "https://example.org/ru/1", "Пункт отбора", "2023-06-21", "Example")
    assert first.source == f"{path}#line=1"
    assert first.data == json.dumps(lines[0], ensure_ascii=False).encode()
    assert (second.kind, second.source) == ("html", f"{path}#line=2")


def test_jsonl_bad_lines_are_errors_and_the_rest_goes_on(tmp_path):
    path = tmp_path / "mixed.ndjson"
    path.write_bytes(b"\n".join([
        json.dumps({"text": EN_ARTICLE}).encode(),
        b"{not json",
        b"[1, 2]",
        b"",
        json.dumps({"body": EN_ARTICLE}).encode(),
        json.dumps({"text": 5}).encode(),
        json.dumps({"text": EN_ARTICLE, "url": ["x"]}).encode(),
        b'{"text": "\xff\xfe broken"}',
        json.dumps({"text": RU_BONUS}, ensure_ascii=False).encode(),
    ]))
    out = records([path])
    assert [isinstance(o, RawRecord) for o in out] == [True] + [False] * 6 + [True]
    errors = [o for o in out if isinstance(o, IngestError)]
    assert [e.source.rsplit("=", 1)[1] for e in errors] == ["2", "3", "5", "6", "7", "8"]
    assert f"{path}:2: invalid JSON" in errors[0].message
    assert "not an object" in errors[1].message
    assert 'no "text" or "html" field (keys: body)' in errors[2].message
    assert '"text" is a int' in errors[3].message
    assert '"url" is a list' in errors[4].message
    assert "invalid UTF-8" in errors[5].message
    assert out[-1].source == f"{path}#line=9"


def test_jsonl_line_over_max_bytes_is_skipped(tmp_path):
    path = tmp_path / "big.jsonl"
    big = json.dumps({"text": "x" * 5000})
    path.write_text("\n".join([json.dumps({"text": EN_ARTICLE}), big,
                               json.dumps({"text": RU_BONUS})]))
    out = records([path], max_bytes=1000)
    assert [type(o).__name__ for o in out] == ["RawRecord", "IngestError", "RawRecord"]
    assert "line longer than the 1000-byte limit" in out[1].message


def test_jsonl_gz(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(f'{json.dumps({"text": EN_ARTICLE})}\n'.encode() * 3))
    out = records([path])
    assert [r.source for r in out] == [f"{path}#line={n}" for n in (1, 2, 3)]


# --- feeds -------------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Пример новостей</title><link>https://example.org/</link>
<item><title>Пункт отбора</title><link>https://example.org/news/1</link>
<pubDate>Wed, 21 Jun 2023 10:00:00 +0300</pubDate>
<description>Краткое описание</description>
<content:encoded><![CDATA[<p>{RU_ARTICLE}</p>]]></content:encoded></item>
<item><title>Выплаты</title><guid>https://example.org/news/2</guid>
<description>{RU_BONUS}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Recruitment in migration centres</title>
<link rel="self" href="https://example.org/api/1"/>
<link rel="alternate" href="https://example.org/en/1"/>
<updated>2023-06-22T08:00:00Z</updated><published>2023-06-21T08:00:00Z</published>
<content type="html">&lt;p&gt;{EN_ARTICLE}&lt;/p&gt;</content></entry>
<entry><title>Xhtml entry</title><link href="https://example.org/en/2"/>
<updated>2023-06-23T08:00:00Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{EN_ARTICLE}</p></div></content>
</entry></feed>"""

RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Old Feed</title></channel>
<item><title>One</title><link>https://example.org/rdf/1</link><dc:date>2023-06-20</dc:date>
<description>{EN_ARTICLE}</description></item></rdf:RDF>"""


def test_rss_items_become_records(tmp_path):
    path = tmp_path / "news.rss"
    path.write_bytes(RSS.encode("cp1251"))
    first, second = records([path])
    assert first.source == f"{path}#item=1" and second.source == f"{path}#item=2"
    assert (first.kind, first.url, first.title, first.outlet) == (
        "html", "https://example.org/news/1", "Пункт отбора", "Пример новостей")
    assert RU_ARTICLE in first.text
    assert first.published == "2023-06-21T10:00:00+03:00"
    assert (second.kind, second.text, second.url) == ("text", RU_BONUS, "https://example.org/news/2")
    assert first.id != second.id


def test_atom_entries_become_records(tmp_path):
    path = tmp_path / "wire.atom"
    path.write_text(ATOM, "utf-8")
    first, second = records([path])
    assert (first.kind, first.url, first.published, first.outlet) == (
        "html", "https://example.org/en/1", "2023-06-21T08:00:00Z", "Example Wire")
    assert first.text == f"<p>{EN_ARTICLE}</p>"
    assert second.kind == "html" and EN_ARTICLE in second.text
    assert second.published == "2023-06-23T08:00:00Z"


def test_rdf_feed_and_sniffed_feed(tmp_path):
    path = tmp_path / "feed"  # no extension: sniffed from <?xml … <rdf:RDF
    path.write_text(RDF)
    rec = ok(only(records([path])))
    assert (rec.url, rec.published, rec.outlet, rec.kind) == (
        "https://example.org/rdf/1", "2023-06-20", "Old Feed", "text")


def test_feed_item_without_content_is_an_error_others_go_on(tmp_path):
    path = tmp_path / "f.xml"
    path.write_text(f"<rss><channel><item><title>Only a title</title></item>"
                    f"<item><description>{EN_ARTICLE}</description></item></channel></rss>")
    err, rec = records([path])
    assert isinstance(err, IngestError) and err.source == f"{path}#item=1"
    assert "no content or description" in err.message
    assert ok(rec).source == f"{path}#item=2"


# --- WARC ----------------------------------------------------------------------------------------

def warc_bytes(pages, gz=True) -> bytes:
    """A WARC with a warcinfo record, then one response per (url, content_type, body, status)."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for url, ctype, body, status in pages:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


PAGES = [
    ("https://example.org/ru", "text/html; charset=windows-1251",
     f"<html><body><p>{RU_ARTICLE}</p></body></html>".encode("cp1251"), "200 OK"),
    ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "200 OK"),
    ("https://example.org/old", "text/html", b"<p>Moved</p>", "301 Moved Permanently"),
    ("https://example.org/en", "text/html", f"<p>{EN_ARTICLE}</p>".encode(), "200 OK"),
    ("https://example.org/robots.txt", "text/plain", b"User-agent: *\nDisallow:\n", "200 OK"),
]


@pytest.mark.parametrize("gz,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_warc_html_and_text_responses(tmp_path, gz, name):
    path = tmp_path / name
    path.write_bytes(warc_bytes(PAGES, gz=gz))
    out = records([path])
    assert all(isinstance(o, RawRecord) for o in out), out
    assert [(r.kind, r.url) for r in out] == [
        ("html", "https://example.org/ru"), ("html", "https://example.org/en"),
        ("text", "https://example.org/robots.txt")]
    assert RU_ARTICLE in out[0].text
    offsets = [int(r.source.rsplit("#offset=", 1)[1]) for r in out]
    assert offsets == sorted(offsets) and offsets[0] > 0
    data = path.read_bytes()
    if not gz:  # the offset points at the record's own header
        assert data[offsets[0]:].startswith(b"WARC/1.0")


def test_warc_sniffed_without_extension(tmp_path):
    path = tmp_path / "archive.bin.gz"
    path.write_bytes(warc_bytes(PAGES[:1]))
    assert ok(only(records([path]))).url == "https://example.org/ru"


def test_warc_record_over_max_bytes_is_an_error_others_go_on(tmp_path):
    big = ("https://example.org/big", "text/html", b"<p>" + b"word " * 400 + b"</p>", "200 OK")
    path = tmp_path / "c.warc.gz"
    path.write_bytes(warc_bytes([big, PAGES[3]]))
    err, rec = records([path], max_bytes=1000)
    assert "over the 1000-byte limit" in err.message and "#offset=" in err.source
    assert ok(rec).url == "https://example.org/en"


# --- stdin ---------------------------------------------------------------------------------------

class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize("data,kind", [
    (RU_ARTICLE.encode("koi8-r"), "text"),
    (f"<html><body><p>{EN_ARTICLE}</p></body></html>".encode(), "html"),
])
def test_stdin_single_document(monkeypatch, data, kind):
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    rec = ok(only(records(["-"])))
    assert (rec.source, rec.kind, rec.data) == ("stdin", kind, data)


def test_stdin_sniffs_jsonl_feed_and_gzip(monkeypatch):
    jsonl = f'{json.dumps({"text": EN_ARTICLE})}\n{json.dumps({"text": RU_BONUS})}\n'.encode()
    monkeypatch.setattr(sys, "stdin", FakeStdin(gzip.compress(jsonl)))
    assert [r.source for r in records(["-"])] == ["stdin#line=1", "stdin#line=2"]
    monkeypatch.setattr(sys, "stdin", FakeStdin(ATOM.encode()))
    assert [r.source for r in records(["-"])] == ["stdin#item=1", "stdin#item=2"]
    monkeypatch.setattr(sys, "stdin", FakeStdin(warc_bytes(PAGES[:1])))
    assert ok(only(records(["-"]))).source.startswith("stdin#offset=")


def test_stdin_over_max_bytes(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(EN_ARTICLE.encode() * 20))
    err = only(records(["-"], max_bytes=500))
    assert isinstance(err, IngestError) and "over the 500-byte limit" in err.message


# --- URLs (a local server; never the network) -------------------------------------------------

ROUTES = {
    "/article": ("text/html; charset=koi8-r",
                 f"<html><body><p>{RU_ARTICLE}</p></body></html>".encode("koi8-r")),
    "/feed": ("application/rss+xml", RSS.encode("cp1251")),
    "/news/page.txt": ("text/plain", EN_ARTICLE.encode()),
    "/big": ("text/html", b"<p>" + b"x" * 5000 + b"</p>"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server API
        if self.path == "/slow":
            time.sleep(30.0)
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        if self.path == "/unsized":  # no Content-Length: the cap must stop the read
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"y" * 1000)
            return
        if self.path not in ROUTES:
            self.send_error(404, "Not Found")
            return
        ctype, body = ROUTES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the client hanging up at the size cap is expected


@pytest.fixture(scope="module")
def server():
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html_with_http_charset(server):
    rec = ok(only(records([f"{server}/article"])))
    assert (rec.source, rec.url, rec.kind) == (f"{server}/article", f"{server}/article", "html")
    assert RU_ARTICLE in rec.text


def test_url_redirect_keeps_source_and_records_final_url(server):
    rec = ok(only(records([f"{server}/redirect"])))
    assert rec.source == f"{server}/redirect" and rec.url == f"{server}/article"


def test_url_feed_and_text(server):
    feed = records([f"{server}/feed"])
    assert [r.source for r in feed] == [f"{server}/feed#item=1", f"{server}/feed#item=2"]
    text = ok(only(records([f"{server}/news/page.txt"])))
    assert text.kind == "text" and text.text == EN_ARTICLE


@pytest.mark.parametrize("path,message", [
    ("/missing", "HTTP 404"),
    ("/big", "5007 bytes, over the 1000-byte limit"),
    ("/unsized", "over the 1000-byte limit"),
])
def test_url_errors(server, path, message):
    err = only(records([f"{server}{path}"], max_bytes=1000))
    assert isinstance(err, IngestError) and message in err.message
    assert err.message.startswith(f"{server}{path}: ")


@pytest.mark.timeout(10)  # the server sleeps longer than this: only the client timeout ends it
def test_url_timeout(server):
    err = only(records([f"{server}/slow"], url_timeout=0.2))
    assert isinstance(err, IngestError) and "no answer within 0.2 s" in err.message


def test_url_unreachable_is_an_error():
    err = only(records(["http://127.0.0.1:9/nothing"], url_timeout=1))
    assert isinstance(err, IngestError) and "cannot fetch" in err.message


# --- count_inputs --------------------------------------------------------------------------------

def test_count_inputs(tmp_path):
    (tmp_path / "a.txt").write_text(EN_ARTICLE)
    (tmp_path / "b.html").write_text(f"<p>{EN_ARTICLE}</p>")
    (tmp_path / "c.jsonl").write_text('{"text": "a"}\n{"text": "b"}\n{"text": "c"}')
    (tmp_path / ".hidden").write_text("x")
    assert count_inputs([str(tmp_path)]) == 5
    assert count_inputs([str(tmp_path / "a.txt"), "-"]) is None
    (tmp_path / "d.warc.gz").write_bytes(b"")
    assert count_inputs([str(tmp_path)]) is None


def test_directory_walk_passes_page_assets_by(tmp_path):
    (tmp_path / "page.html").write_text(f"<p>{EN_ARTICLE}</p>")
    assets = tmp_path / "page_files"
    assets.mkdir()
    (assets / "style.css").write_text("p { color: red }")
    (assets / "app.js").write_text("var x = 1;")
    (assets / "logo.PNG").write_bytes(b"\x89PNG\r\n\x1a\n")
    (assets / "inline.html").write_text(f"<p>{RU_ARTICLE}</p>")
    assert [r.source[len(str(tmp_path)) + 1:] for r in records([tmp_path])] == [
        "page.html", "page_files/inline.html"]
    assert count_inputs([str(tmp_path)]) == 2
    # named explicitly, an asset is read (and refused for what it is)
    assert isinstance(only(records([assets / "logo.PNG"])), IngestError)


def test_public_api_is_small_and_complete():
    import recruitwatch.ingest as ingest

    assert sorted(ingest.__all__) == ["IngestError", "count_inputs", "iter_records"]
    assert all(hasattr(ingest, name) for name in ingest.__all__)


def test_count_inputs_gzipped_documents_and_containers(tmp_path):
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(b"<p>x</p>"))
    assert count_inputs([str(tmp_path)]) == 1
    assert count_inputs([str(tmp_path / "x.jsonl.gz")]) is None
    assert count_inputs([str(tmp_path / "x.rss")]) is None


# --- memory: containers are streamed ------------------------------------------------------------

def first_record_peak(path) -> tuple[RawRecord, int]:
    import tracemalloc

    tracemalloc.start()
    try:
        first = next(iter_records([str(path)], Options()))
        return first, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_jsonl_is_streamed_line_by_line(tmp_path):
    path = tmp_path / "many.jsonl"
    line = json.dumps({"text": EN_ARTICLE * 10}) + "\n"
    with open(path, "w") as fh:
        fh.writelines(line for _ in range(8000))  # about 13 MB
    first, peak = first_record_peak(path)
    assert ok(first).source.endswith("#line=1")
    assert peak < 2 * 1024 * 1024


def test_warc_is_read_record_by_record(tmp_path):
    page = ("https://example.org/p", "text/html", f"<p>{EN_ARTICLE * 100}</p>".encode(), "200 OK")
    path = tmp_path / "many.warc.gz"
    path.write_bytes(warc_bytes([page] * 600, gz=True))
    first, peak = first_record_peak(path)
    assert ok(first).url == "https://example.org/p"
    assert peak < 2 * 1024 * 1024
