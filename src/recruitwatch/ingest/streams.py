"""Small stream helpers: look at the first bytes without losing them, read with a cap."""

from __future__ import annotations

import io
from typing import BinaryIO

HEAD_SIZE = 8192
CHUNK = 1 << 16


class TooLarge(Exception):
    """More bytes than the cap allows."""


def read_head(stream: BinaryIO, size: int = HEAD_SIZE) -> bytes:
    """Up to ``size`` first bytes; loops because pipes and sockets return short reads."""
    parts, got = [], 0
    while got < size:
        part = stream.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def replayed(head: bytes, rest: BinaryIO) -> io.BufferedReader:
    """A buffered stream that yields ``head`` and then the rest of ``rest``."""
    return io.BufferedReader(_Replay(head, rest), buffer_size=CHUNK)


class _Replay(io.RawIOBase):
    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head.nbytes:
            n = min(len(buffer), self._head.nbytes)
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_capped(stream: BinaryIO, cap: int) -> bytes:
    """All of ``stream``, or ``TooLarge`` as soon as it passes ``cap`` bytes."""
    buf = bytearray()
    while True:
        part = stream.read(min(CHUNK, cap + 1 - len(buf)))
        if not part:
            return bytes(buf)
        buf += part
        if len(buf) > cap:
            raise TooLarge(cap)


class Counting(io.RawIOBase):
    """Counts the bytes read through it (to see whether a WARC ended where it should)."""

    def __init__(self, inner: BinaryIO):
        self._inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}".replace(".0 ", " ")
        n /= 1024
    return f"{n} GB"
