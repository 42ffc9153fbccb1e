"""Which outlet published a document: given, from page metadata, from the URL's domain, or
from page furniture (a donation appeal or desk byline names its outlet)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from recruitwatch.model import Removed
from recruitwatch.resources import load_toml


def infer_outlet(given: str | None, url: str | None, removed: list[Removed]) -> str | None:
    """The outlet's canonical name, or ``given`` as is when it is not a known outlet."""
    if given:
        return _by_name().get(given.casefold(), given.strip())
    if url:
        found = _outlet_for_domain(urlsplit(url).hostname or "")
        if found:
            return found
    return _outlet_in_furniture(removed)


def _outlet_for_domain(host: str) -> str | None:
    host = host.lower().removeprefix("www.")
    domains = _by_domain()
    while host:
        if host in domains:
            return domains[host]
        host = host.partition(".")[2]
    return None


def _outlet_in_furniture(removed: list[Removed]) -> str | None:
    for line in removed:
        folded = line.text.casefold()
        for signature, name in _signatures():
            if signature in folded:
                return name
    return None


@lru_cache(maxsize=1)
def _outlets() -> list[dict]:
    return load_toml("outlets.toml")["outlet"]


@lru_cache(maxsize=1)
def _by_name() -> dict[str, str]:
    return {o["name"].casefold(): o["name"] for o in _outlets()}


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, str]:
    return {d: o["name"] for o in _outlets() for d in o["domains"]}


@lru_cache(maxsize=1)
def _signatures() -> list[tuple[str, str]]:
    return [(s.casefold(), o["name"]) for o in _outlets() for s in o["signatures"]]
