"""Bad input: each problem is one clear IngestError, and the rest of the batch goes on.

Article snippets are our own paraphrases (see tests/test_ingest.py for their sources).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import tracemalloc

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from recruitwatch.ingest import IngestError, iter_records
from recruitwatch.model import RawRecord
from recruitwatch.options import Options

EN = ("Recruiters in Moscow migration centres urge newly naturalised citizens to sign "
      "army contracts, according to reporting by independent outlets.")
RU = "Власти региона обещают добровольцам выплату в 190 тысяч рублей за подписание контракта."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4


def run(inputs, **opts) -> list[RawRecord | IngestError]:
    return list(iter_records([str(i) for i in inputs], Options(**opts)))


def one_error(inputs, **opts) -> IngestError:
    out = run(inputs, **opts)
    assert len(out) == 1 and isinstance(out[0], IngestError), out
    return out[0]


def kinds(out) -> list[str]:
    return ["ok" if isinstance(o, RawRecord) else "error" for o in out]


def test_error_is_one_line_naming_the_file(tmp_path):
    path = tmp_path / "img.png"
    path.write_bytes(PNG)
    err = one_error([path])
    assert err.source == str(path)
    assert err.message.startswith(f"{path}: ") and "\n" not in err.message
    assert str(err) == err.message


def test_no_such_file():
    err = one_error(["/nonexistent/dir/report.txt"])
    assert "no such file" in err.message and err.source == "/nonexistent/dir/report.txt"


@pytest.mark.parametrize("name,data", [
    ("photo.png", PNG),
    ("photo.txt", PNG),  # the name lies; the bytes decide
    ("blob.bin", b"\x00\x01\x02\x03" * 500),
    ("page.html", b"<html>" + b"\x00" * 300 + b"</html>"),
    ("doc.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n"),
    ("lines.jsonl", b"\x00\xff" * 300),
    ("photo.txt.gz", gzip.compress(PNG)),
])
def test_binary_files(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert "binary file, not text or HTML" in one_error([path]).message


@pytest.mark.parametrize("name,data", [
    ("empty.txt", b""),
    ("empty.html", b""),
    ("blank.txt", b"  \n\r\n\t "),
    ("empty.jsonl", b""),
    ("empty.xml", b""),
    ("empty.txt.gz", gzip.compress(b"")),
    ("empty", b""),
])
def test_empty_files(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert "empty" in one_error([path]).message


def test_blank_jsonl_yields_nothing_quietly(tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_text("\n\n\n")
    assert run([path]) == []


@pytest.mark.parametrize("name", ["big.txt", "big.html", "big.xml", "big"])
def test_file_over_max_bytes(tmp_path, name):
    path = tmp_path / name
    path.write_text(EN * 20)
    err = one_error([path], max_bytes=1000)
    assert f"{len(EN) * 20} bytes, over the 1000-byte limit" in err.message
    assert "raise max_bytes" in err.message


def test_200_mb_file_refused_from_its_size_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.write(EN.encode())
        fh.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        err = one_error([path])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "209715200 bytes, over the 52428800-byte limit" in err.message
    assert peak < 2 * 1024 * 1024


def test_gzip_expanding_past_max_bytes(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(EN.encode() * 2000))  # small on disk, large inside
    assert path.stat().st_size < 5000
    err = one_error([path], max_bytes=5000)
    assert "over the 5000-byte limit" in err.message and "decompression" in err.message


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes((i * 37 + 11) % 128 + 128 for i in range(3000)))
    err = one_error([path])
    assert "no known text encoding" in err.message and "UTF-8" in err.message


def test_invalid_utf8_in_jsonl_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(json.dumps({"text": EN}).encode() + b'\n{"text": "caf\xe9"}\n')
    good, bad = run([path])
    assert isinstance(good, RawRecord)
    assert bad.message.startswith(f"{path}:2: invalid UTF-8")


def test_truncated_gzip(tmp_path):
    data = gzip.compress((RU + "\n").encode() * 200)
    path = tmp_path / "cut.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    err = one_error([path])
    assert "truncated or corrupt gzip" in err.message and "re-download" in err.message


def test_truncated_jsonl_gz_keeps_lines_read_so_far(tmp_path):
    lines = "".join(json.dumps({"text": f"{EN} {i}", "n": "x" * (i * 37 % 50)}) + "\n"
                    for i in range(3000))
    data = gzip.compress(lines.encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(data[: len(data) * 2 // 3])
    out = run([path])
    assert kinds(out)[-1] == "error" and set(kinds(out)[:-1]) == {"ok"}
    assert len(out) > 100
    assert "truncated or corrupt gzip" in out[-1].message


def test_corrupt_gzip_header(tmp_path):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage that is not deflate" * 10)
    assert "gzip" in one_error([path]).message


def warc(n: int, gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for i in range(n):
        body = f"<html><body><p>{EN} Page {i}.</p></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            f"https://example.org/{i}", "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


@pytest.mark.parametrize("gz", [True, False])
@pytest.mark.parametrize("cut", [-100, -1, 0.45, 0.55])
def test_truncated_warc_keeps_records_read_so_far(tmp_path, gz, cut):
    data = warc(4, gz)
    end = int(len(data) * cut) if isinstance(cut, float) else len(data) + cut
    if not gz and cut == -1:
        end = len(data) - 5  # the last byte is a blank line after the record: cut into it
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(data[:end])
    out = run([path])
    assert kinds(out)[-1] == "error", out
    assert set(kinds(out)[:-1]) <= {"ok"} and len(out) >= 2
    assert "truncated or corrupt" in out[-1].message
    assert [r.url for r in out[:-1]] == [f"https://example.org/{i}" for i in range(len(out) - 1)]


def test_complete_warc_has_no_error(tmp_path):
    for gz in (True, False):
        path = tmp_path / f"ok{gz}.warc"
        path.write_bytes(warc(3, gz))
        assert kinds(run([path])) == ["ok"] * 3


def test_not_a_warc(tmp_path):
    path = tmp_path / "fake.warc"
    path.write_text("this is not an archive at all\n")
    assert "not a WARC file" in one_error([path]).message


@pytest.mark.parametrize("feed,problem", [
    ("<rss><channel><item><title>Cut", "malformed feed"),
    ("<?xml version='1.0'?><rss><channel><item></channel></rss>", "malformed feed"),
    ("<?xml version='1.0'?><catalog><book>x</book></catalog>", "not an RSS or Atom feed"),
    ("<rss><channel><title>Empty</title></channel></rss>", "no items"),
    ("not xml at all < & >", "malformed feed"),
])
def test_malformed_feeds(tmp_path, feed, problem):
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    err = one_error([path])
    assert problem in err.message


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss><channel><item><description>&lol9;</description></item></channel></rss>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss><channel><item><description>&xxe;</description></item></channel></rss>"""


@pytest.mark.parametrize("feed", [BILLION_LAUGHS, EXTERNAL])
@pytest.mark.timeout(10)  # expanding the bomb would take far longer than this
def test_entity_bomb_and_external_entity_refused(tmp_path, feed):
    path = tmp_path / "evil.rss"
    path.write_text(feed)
    err = one_error([path])
    assert "feed refused" in err.message and "entity" in err.message.lower()
    assert "root:" not in err.message  # nothing of /etc/passwd leaks into the message


def test_sniffed_entity_bomb_from_stdin(monkeypatch):
    class Stdin:
        buffer = io.BytesIO(BILLION_LAUGHS.encode())

    monkeypatch.setattr(sys, "stdin", Stdin())
    assert "feed refused" in one_error(["-"]).message


def test_html_without_text(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Title only</title><script>var x = '<p>no</p>';</script>"
                    "<style>p { color: red }</style></head><body> <img src='a.png'> "
                    "<!-- a comment --> &nbsp; </body></html>")
    assert "HTML has no text" in one_error([path]).message


def test_malformed_html_with_text_is_fine(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(f"<html><body><p>{EN}<div><span>unclosed <<>> </td></html")
    assert kinds(run([path])) == ["ok"]


def test_unreadable_file(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = tmp_path / "locked.txt"
    path.write_text(EN)
    path.chmod(0)
    assert "cannot read" in one_error([path]).message


def test_batch_goes_on_past_every_kind_of_bad_input(tmp_path):
    good = tmp_path / "z_good.txt"
    good.write_text(RU)
    (tmp_path / "a.dat").write_bytes(PNG)
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.rss").write_text(BILLION_LAUGHS)
    data = gzip.compress(EN.encode() * 50)
    (tmp_path / "d.txt.gz").write_bytes(data[:20])
    (tmp_path / "e.warc.gz").write_bytes(warc(2, True)[:-30])
    (tmp_path / "f.html").write_text("<html><body></body></html>")
    out = run([tmp_path, "/no/such/input.txt", good])
    assert kinds(out) == ["error"] * 4 + ["ok", "error", "error", "ok", "error", "ok"]
    assert all(isinstance(o, (RawRecord, IngestError)) for o in out)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_cut_anywhere_gives_a_prefix_and_an_error(tmp_path, gz):
    data = warc(3, gz)
    path = tmp_path / "x.warc"
    path.write_bytes(data)
    offsets = [int(r.source.rsplit("=", 1)[1]) for r in run([path])]
    ends = set(offsets[1:]) | {len(data)}
    urls = [f"https://example.org/{i}" for i in range(3)]
    for end in range(1, len(data), 7):
        path.write_bytes(data[:end])
        out = run([path])
        got = [o.url for o in out if isinstance(o, RawRecord)]
        assert got == urls[: len(got)], end
        # cut exactly between records (or in the blank lines that close one) is a whole file
        whole = any(0 <= e - end <= (0 if gz else 4) for e in ends)
        assert out and (kinds(out)[-1] == "error") != whole, (end, out)
