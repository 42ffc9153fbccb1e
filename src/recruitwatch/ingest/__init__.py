"""Ingest: every input format in, ``RawRecord`` values out, errors as values.

``iter_records(inputs, options)`` takes file paths, directories (walked recursively in
sorted order, hidden names skipped), ``-`` for stdin and http(s) URLs, and yields a
``RawRecord`` per document or an ``IngestError`` per problem; nothing it meets in the
input stops the batch. Formats: plain text, HTML, JSON Lines, RSS/Atom feeds, WARC and
WARC.gz, and any of them gzipped. Everything is streamed: one file at a time, one line
or WARC record at a time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from recruitwatch.ingest.errors import IngestError
from recruitwatch.ingest.reader import records_of
from recruitwatch.ingest.sniff import format_from_name
from recruitwatch.ingest.sources import iter_inputs, walk_files
from recruitwatch.ingest.streams import CHUNK
from recruitwatch.model import RawRecord
from recruitwatch.options import Options

__all__ = ["IngestError", "count_inputs", "iter_records"]


def iter_records(inputs: list[str], options: Options = Options()) -> Iterator[RawRecord | IngestError]:
    """Each record of each input, in order; bad inputs come out as ``IngestError``."""
    for item in iter_inputs(inputs, options):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from records_of(item, options)


def count_inputs(inputs: list[str]) -> int | None:
    """A cheap estimate of how many records ``inputs`` hold, for a progress bar.

    Single documents count one each and uncompressed JSON Lines one per line; None when
    any input cannot be counted cheaply (stdin, URLs, feeds, WARC, gzipped JSON Lines).
    """
    total = 0
    for arg in inputs:
        if arg == "-" or arg.lower().startswith(("http://", "https://")):
            return None
        for path in _files(arg):
            count = _count_file(path)
            if count is None:
                return None
            total += count
    return total


def _files(arg: str) -> Iterator[str]:
    if os.path.isdir(arg):
        yield from walk_files(arg)
    else:
        yield arg


def _count_file(path: str) -> int | None:
    fmt = format_from_name(path)
    if fmt in ("feed", "warc") or (fmt == "jsonl" and path.lower().endswith(".gz")):
        return None
    if fmt != "jsonl":
        return 1  # one document, or one error (a sniffed container counts one too)
    try:
        return _line_count(path)
    except OSError:
        return 1


def _line_count(path: str) -> int:
    count, last = 0, b"\n"
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK * 16):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (last != b"\n")
