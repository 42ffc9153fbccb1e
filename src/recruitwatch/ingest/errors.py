"""Ingest errors are values: one per bad input (or bad line, item, record), never raised."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IngestError:
    """An input that could not become a record.

    ``source`` has the same form as ``RawRecord.source`` (path, URL, ``stdin``,
    ``path#line=N``…); ``message`` is one line naming the input, the problem and,
    where there is one, the fix.
    """

    source: str
    message: str

    def __str__(self) -> str:
        return self.message


class Refused(Exception):
    """Raised inside a reader to give up on one input; turned into an ``IngestError``."""


def refusal(source: str, problem: object) -> IngestError:
    """The error for ``source``; ``problem`` is the text after ``source: `` in the message."""
    return IngestError(source, f"{source}: {problem}")


def too_large(max_bytes: int, size: int | None = None) -> str:
    told = f"{size} bytes, " if size is not None else ""
    return f"too large ({told}over the {max_bytes}-byte limit); raise max_bytes to ingest it"
