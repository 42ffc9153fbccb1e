"""Process records on several local processes, models loaded once per worker.

Batches are submitted with a bounded number in flight, so memory stays flat whatever the
number of inputs, and results come back in input order.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from recruitwatch.iterutil import chunks
from recruitwatch.model import Document, RawRecord
from recruitwatch.options import Options

_OPTIONS: Options | None = None


def process_parallel(records: Iterable[RawRecord], options: Options, batch_size: int,
                     workers: int) -> Iterator[tuple[RawRecord, Document | Exception]]:
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                             initargs=(options,)) as pool:
        pending: deque = deque()
        for chunk in chunks(records, batch_size):
            pending.append(pool.submit(_work, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _init(options: Options) -> None:
    global _OPTIONS  # one worker process, one options object: set once at start-up
    _OPTIONS = options


def _work(chunk: list[RawRecord]) -> list[tuple[RawRecord, Document | Exception]]:
    from recruitwatch.pipeline import process_many

    out = []
    for raw, result in process_many(chunk, _OPTIONS or Options(), len(chunk)):
        if isinstance(result, Exception):  # exceptions may not pickle: keep their words
            result = RuntimeError(f"{type(result).__name__}: {result}")
        out.append((raw, result))
    return out
