"""One input → its records: sniff the format, undo gzip, hand the stream to its reader.

Steps for each input:

1. open it and read the first 8 KB (kept, and replayed to the reader);
2. empty → error; gzip → look inside (a WARC.gz goes to warcio whole, which reads
   gzip member by member; anything else is decompressed as a stream);
3. the format: by the name (``.jsonl.gz`` → JSON Lines), else by an HTTP Content-Type,
   else by the first bytes;
4. binary bytes (images, NUL-heavy) → error, before any decoding;
5. the reader for the format: one document (text, HTML), or one record per line
   (JSON Lines), item (feeds), response (WARC) or message (a Telegram Desktop export).
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from recruitwatch.ingest.documents import document_record
from recruitwatch.ingest.errors import IngestError, Refused, refusal, too_large
from recruitwatch.ingest.feeds import feed_records
from recruitwatch.ingest.jsonl import jsonl_records
from recruitwatch.ingest.sniff import (
    format_from_head, format_from_name, gunzip_head, is_binary, is_gzip)
from recruitwatch.ingest.sources import Input
from recruitwatch.ingest.streams import TooLarge, read_capped, read_head, replayed
from recruitwatch.ingest.telegram import telegram_records
from recruitwatch.ingest.warc import warc_records
from recruitwatch.model import RawRecord
from recruitwatch.options import Options

BINARY = "binary file, not text or HTML; pass .txt, .html, .jsonl, feed or WARC files"
# Formats read whole into memory, so the size cap applies to the file; JSON Lines and
# WARC are streamed and the cap applies to each line or record instead.
_WHOLE = ("text", "html", "feed", "telegram")
_GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def records_of(inp: Input, options: Options) -> Iterator[RawRecord | IngestError]:
    """Every record of one input; problems come out as ``IngestError`` values."""
    try:
        with inp.open() as raw:
            yield from _records(inp, raw, options)
    except Refused as exc:
        yield refusal(inp.source, exc)
    except _GZIP_ERRORS as exc:
        yield refusal(inp.source, f"truncated or corrupt gzip ({type(exc).__name__}: {exc}); "
                                  "re-download or re-compress the file")
    except OSError as exc:
        yield refusal(inp.source, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - the contract: nothing stops the batch
        yield refusal(inp.source, f"unexpected error ({type(exc).__name__}: {exc}); "
                                  "please report it with the file")


def _records(inp: Input, raw: BinaryIO, options: Options) -> Iterator[RawRecord | IngestError]:
    head = read_head(raw)
    if not head:
        raise Refused("empty file: nothing to ingest")
    stream = replayed(head, raw)
    if not is_gzip(head):
        fmt = _format(inp, head)
        _check_size(fmt, inp.size, options.max_bytes)
        yield from _read(fmt, inp, head, stream, options)
        return
    unzipped = gunzip_head(head)
    fmt = _format(inp, unzipped)
    if fmt == "warc":  # warcio reads gzip itself, member by member, with true offsets
        yield from warc_records(inp.source, stream, options.max_bytes, unzipped)
        return
    _check_size(fmt, inp.size, options.max_bytes)
    inner = gzip.GzipFile(fileobj=stream, mode="rb")
    inner_head = read_head(inner)
    if not inner_head:
        raise Refused("empty file (an empty gzip): nothing to ingest")
    yield from _read(fmt, inp, inner_head, replayed(inner_head, inner), options)


def _format(inp: Input, head: bytes) -> str:
    by_name = format_from_name(inp.name)
    if by_name:
        return by_name
    sniffed = format_from_head(head)
    if inp.hint and sniffed in ("text", "html"):
        return inp.hint
    return sniffed


def _check_size(fmt: str, size: int | None, max_bytes: int) -> None:
    """Refuse a file read whole before reading it, from its size on disk."""
    if fmt in _WHOLE and size is not None and size > max_bytes:
        raise Refused(too_large(max_bytes, size))


def _read(fmt: str, inp: Input, head: bytes, stream: BinaryIO,
          options: Options) -> Iterator[RawRecord | IngestError]:
    if fmt == "warc":
        yield from warc_records(inp.source, stream, options.max_bytes, head)
        return
    if is_binary(head):
        raise Refused(BINARY)
    if fmt == "jsonl":
        yield from jsonl_records(inp.source, stream, options.max_bytes)
        return
    data = _whole(stream, options.max_bytes)
    if fmt == "feed":
        yield from feed_records(inp.source, data)
    elif fmt == "telegram":
        yield from telegram_records(inp.source, data)
    else:
        yield document_record(inp.source, data, fmt, url=inp.url, charset=inp.charset)


def _whole(stream: BinaryIO, max_bytes: int) -> bytes:
    try:
        return read_capped(stream, max_bytes)
    except TooLarge:
        # reached when the size was unknown (stdin, URL) or a gzip expands past the cap
        raise Refused(too_large(max_bytes) + " (after decompression, if compressed)") from None
