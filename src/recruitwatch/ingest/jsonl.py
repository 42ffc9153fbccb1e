"""JSON Lines: one article per line, ``text`` or ``html`` plus optional metadata."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import BinaryIO

from recruitwatch.ingest.errors import IngestError, Refused
from recruitwatch.ingest.streams import CHUNK
from recruitwatch.model import RawRecord

_OPTIONAL = ("url", "title", "published", "outlet")


def jsonl_records(source: str, stream: BinaryIO,
                  max_bytes: int) -> Iterator[RawRecord | IngestError]:
    """One record per non-blank line; a bad line is an error and the next lines go on."""
    for number, line in _lines(stream, max_bytes):
        where = f"{source}#line={number}"
        try:
            if line is None:
                raise Refused(f"line longer than the {max_bytes}-byte limit; "
                              "split the article or raise max_bytes")
            yield line_record(where, line)
        except Refused as exc:
            yield IngestError(where, f"{source}:{number}: {exc}")


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes without the line end); None for a line over ``max_bytes``."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield number, None
            continue
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        line = line.rstrip(b"\r\n")
        if line.strip():
            yield number, line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        part = stream.readline(CHUNK)
        if not part or part.endswith(b"\n"):
            return


def line_record(source: str, line: bytes) -> RawRecord:
    """The record for one JSON line, or ``Refused`` saying what is wrong with it."""
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise Refused(f"invalid UTF-8 at byte {exc.start}; JSON Lines must be UTF-8") from None
    except ValueError as exc:
        raise Refused(f"invalid JSON ({exc}); each line must be one JSON object") from None
    if not isinstance(obj, dict):
        raise Refused(f"a JSON {type(obj).__name__}, not an object; "
                      'each line must be an object like {"text": ...}')
    kind, text = _body(obj)
    meta = {key: _optional_str(obj, key) for key in _OPTIONAL}
    return RawRecord(source=source, data=line, kind=kind, text=text, **meta)


def _body(obj: dict) -> tuple[str, str]:
    # "text" first: when a line has both, the text is the publisher's own article body
    for key, kind in (("text", "text"), ("html", "html")):
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            raise Refused(f'"{key}" is a {type(value).__name__}, not a string')
        if value.strip():
            return kind, value
    if "text" in obj or "html" in obj:
        raise Refused('"text"/"html" is empty: nothing to ingest')
    keys = ", ".join(sorted(obj)[:8]) or "none"
    raise Refused(f'no "text" or "html" field (keys: {keys}); add one of them')


def _optional_str(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    if isinstance(value, int | float) and key == "published":
        raise Refused('"published" is a number; give a date string like "2023-03-14"')
    raise Refused(f'"{key}" is a {type(value).__name__}, not a string')
