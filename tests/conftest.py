"""Shared fixtures: hand-built documents, paths to the shared data beside the repo, and
for the browser tests an app served on 127.0.0.1 and Debian's headless Chromium."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from recruitwatch.model import Claim, Document, Entity, Measure, Published, Quantity, Removed

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "samples" / "seeds"

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "artifacts" / "screenshots"
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@contextmanager
def serving(app) -> Iterator[str]:
    """``app`` served by uvicorn on a free port of 127.0.0.1 in a thread until the block
    ends; yields its base URL."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium, headless, once per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def make_document(doc_id: str = "a" * 32, body: str | None = None, **kw) -> Document:
    """A processed document built by hand: one of each extraction, spans into the body."""
    body = body or ("Moscow plans to recruit 400,000 soldiers, RFE/RL reported. "
                    "Peskov denied the plan.")
    q_start = body.find("400,000")
    doc = Document(
        id=doc_id, source="hand", body=body, url=kw.pop("url", None), outlet="Test Outlet",
        title="A test report", authors=["A. Writer"], language="en",
        published=Published("2023-03-14", "text", "on March 14"),
        removed=[Removed("Read more", "read_more", 3)],
        entities=[Entity("Moscow", "PLACE", [(0, 6)])],
        quantities=[Quantity(400000.0, "people", "soldiers", "exact", "target",
                             (q_start, q_start + 7), None, "400,000")] if q_start >= 0 else [],
        claims=[Claim("RFE/RL", [], "assert", False, (0, 10), None, "reported")],
        measures=[Measure("quota_or_target", ["general_public"], ["Moscow"], "Moscow", (0, 10),
                          "2023-03", [0])],
    )
    for key, value in kw.items():
        setattr(doc, key, value)
    return doc


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/samples/seeds is not beside the repository")
    return SEEDS


def ents(body: str, *specs: tuple[str, str, str]) -> list[Entity]:
    """Entities for (surface, canonical name, type), one mention per occurrence."""
    out: dict[tuple[str, str], Entity] = {}
    for surface, name, etype in specs:
        start = body.find(surface)
        assert start >= 0, surface
        while start >= 0:
            out.setdefault((name, etype), Entity(name, etype)).mentions.append(
                (start, start + len(surface)))
            start = body.find(surface, start + 1)
    return list(out.values())
