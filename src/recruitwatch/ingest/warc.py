"""WARC and WARC.gz: one record per successful HTML or plain-text response.

Read record by record with warcio, so a multi-gigabyte archive never sits in memory.
warcio stops quietly when a file is cut short, so we check for ourselves: each record
must declare its length and hold that many bytes, the last gzip member must reach its
end, and no bytes may be left over after the last complete record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from recruitwatch.ingest.documents import document_record
from recruitwatch.ingest.errors import IngestError, Refused, refusal
from recruitwatch.ingest.streams import CHUNK, Counting
from recruitwatch.model import RawRecord

_KINDS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}
_TRUNCATED = "WARC is truncated or corrupt after the records read so far"


def warc_records(source: str, stream: BinaryIO, max_bytes: int,
                 head: bytes) -> Iterator[RawRecord | IngestError]:
    """Records of the HTML/text responses; then one error if the archive ends early.

    ``head`` is the first (decompressed) bytes, to refuse what is not an archive at all:
    warcio would read arbitrary text as an ARC file.
    """
    if not head.startswith((b"WARC/", b"filedesc://")):
        raise Refused("not a WARC file (it does not start with 'WARC/'); "
                      "check the file or give it another extension")
    counted = Counting(stream)
    archive = _Archive(counted)
    try:
        for record in archive:
            payload = _payload(record, max_bytes)
            short = _drained_short(record)
            # only now: warcio finds a record's offset by reading to its end
            where = f"{source}#offset={archive.get_record_offset()}"
            if short:
                yield refusal(where, f"{_TRUNCATED} (record cut short); re-download the file")
                return
            found = _found(where, record, payload)
            if found is not None:
                yield found
    except Exception as exc:  # noqa: BLE001 - warcio raises many types on broken input
        yield refusal(source, f"{_TRUNCATED} ({type(exc).__name__}: {exc}); re-download the file")
        return
    if archive.gzip_ended_early or _bytes_left_over(archive, counted.count):
        yield refusal(source, f"{_TRUNCATED} (incomplete gzip member or header); "
                              "re-download the file")


class _Archive(ArchiveIterator):
    """Notes, before warcio closes it, whether the last gzip member ended properly."""

    gzip_ended_early = False

    def close(self):
        decompressor = self.reader.decompressor if self.reader else None
        if decompressor is not None:
            self.gzip_ended_early = not getattr(decompressor, "eof", True)
        super().close()


def _payload(record, max_bytes: int) -> tuple[str, str | None, bytes] | Exception | None:
    """(kind, charset, bytes) of an article record; None for other records (images,
    redirects, metadata); the exception when this one record cannot be read."""
    kind, charset = _kind_and_charset(record)
    if kind is None:
        return None
    if record.length and record.length > max_bytes:
        return Refused(f"record of {record.length} bytes is over the {max_bytes}-byte limit")
    try:
        data = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # noqa: BLE001 - e.g. a broken Content-Encoding
        return Refused(f"unreadable record ({type(exc).__name__}: {exc})")
    if len(data) > max_bytes:
        return Refused(f"record payload is over the {max_bytes}-byte limit")
    return kind, charset, data


def _found(where: str, record, payload) -> RawRecord | IngestError | None:
    if payload is None:
        return None
    if isinstance(payload, Exception):
        return refusal(where, payload)
    kind, charset, data = payload
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        return document_record(where, data, kind, url=url, charset=charset)
    except Refused as exc:
        return refusal(where, exc)


def _kind_and_charset(record) -> tuple[str | None, str | None]:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or not headers.get_statuscode().startswith("2"):
            return None, None  # redirects, errors, non-HTTP responses
        content_type = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None, None
    mime, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return _KINDS.get(mime.strip().lower()), charset


def _drained_short(record) -> bool:
    """Read the rest of the record; True when the file ended before its declared length.

    A WARC record always declares its Content-Length; without one, the file ended
    inside the record's header block.
    """
    raw = record.raw_stream
    while raw.read(CHUNK):
        pass
    if record.format == "warc" and record.rec_headers.get_header("Content-Length") is None:
        return True
    return getattr(raw, "limit", 0) > 0


def _bytes_left_over(archive: ArchiveIterator, consumed: int) -> bool:
    if archive.member_info is None:
        return consumed > 0  # not one complete record: not a WARC, or cut in the first
    offset, length = archive.member_info
    # an uncompressed WARC may end with the blank lines after its last record
    return consumed - (offset + length) > 4
