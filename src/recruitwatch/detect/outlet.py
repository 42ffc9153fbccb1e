"""Which outlet published a document: given, from page metadata, from the URL (its domain,
or the channel of a Telegram post), or from page furniture (a donation appeal, a desk
byline or a channel's "@handle" signature names its outlet)."""

from __future__ import annotations

from collections.abc import Iterable

import re
from functools import lru_cache
from urllib.parse import urlsplit

from recruitwatch.model import Removed
from recruitwatch.resources import load_toml


def infer_outlet(given: str | None, url: str | None, removed: list[Removed]) -> str | None:
    """The outlet's canonical name, or ``given`` as is when it is not a known outlet."""
    if given:
        return _by_name().get(given.casefold(), given.strip())
    if url:
        found = telegram_channel(url) or _outlet_for_domain(urlsplit(url).hostname or "")
        if found:
            return found
    return _outlet_in_furniture(removed)


_TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "telegram.dog"})
_HANDLE = re.compile(r"@?([A-Za-z][A-Za-z0-9_]{3,31})")


def telegram_channel(url: str) -> str | None:
    """The outlet of a post at ``t.me/<channel>/<id>`` (or ``t.me/s/<channel>/<id>``)."""
    handle = telegram_handle(url)
    return channel_outlet(handle) if handle else None


def telegram_handle(url: str) -> str | None:
    """The channel handle of a post's ``t.me`` URL ("mash" in ``t.me/s/mash/58580``)."""
    parts = urlsplit(url if "//" in url else "//" + url)
    if (parts.hostname or "").lower().removeprefix("www.") not in _TELEGRAM_HOSTS:
        return None
    path = [p for p in parts.path.split("/") if p]
    if path[:1] == ["s"]:
        path = path[1:]
    return path[0] if path and _HANDLE.fullmatch(path[0]) else None


def channel_outlet(handle: str) -> str:
    """The outlet a Telegram channel handle belongs to, else the channel as "@handle"."""
    handle = handle.removeprefix("@")
    return _by_channel().get(handle.casefold(), "@" + handle)


def outlet_named_by_domain(url: str | None, names: Iterable[tuple[str, str]]) -> str | None:
    """The one name of ``names`` ((words as written, canonical name) pairs) that spells the
    unknown site's domain: "Daily Mirror" on dailymirror.lk, "Kyiv Independent" on
    kyivindependent.com. A report names its own site so ("told Daily Mirror")."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.") if url else ""
    whole = {name for surface, name in names if surface.casefold().removeprefix("www.") == host}
    if host and len(whole) == 1:
        return whole.pop()  # the domain itself ("источники редакции 161.RU" on 161.ru)
    parts = host.split(".")[:-1]
    if len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
        parts = parts[:-1]  # patrioty.org.ua: the site's own label is before "org"
    label = parts[-1] if parts else ""
    if len(label) < 5:
        return None  # "rt", "bbc": too short to tell a spelling from a coincidence
    found = {name for surface, name in names if _spells(surface, label)}
    return found.pop() if len(found) == 1 else None


_SECOND_LEVEL = frozenset({"com", "org", "net", "co", "gov", "edu", "in", "ac", "info"})


def _spells(surface: str, label: str) -> bool:
    """Whether a name as written spells a domain's label: whole ("Daily Mirror",
    dailymirror), with a case ending ("Politnavigatora", politnavigator), or by its first
    word ("Patrioty Ukrainy", patrioty; "Censor.NET", censor)."""
    folded = surface.casefold()
    joined = re.sub(r"[\W_]+", "", folded)
    first = re.split(r"[\W_]+", folded.strip())[0]
    return joined == label or first == label or (joined.startswith(label) and len(joined) - len(label) <= 2)


def _outlet_for_domain(host: str) -> str | None:
    host = host.lower().removeprefix("www.")
    domains = _by_domain()
    while host:
        if host in domains:
            return domains[host]
        host = host.partition(".")[2]
    return None


def channel_voice(url: str | None, removed: list[Removed]) -> str | None:
    """The person whose own channel a post is on (by its ``t.me`` URL or its "@handle"
    signature), from outlets.toml's [voices]; None for a newsroom's channel."""
    voices = load_toml("outlets.toml").get("voices", {})
    handle = telegram_handle(url) if url else None
    handles = [handle] if handle else [line.text.strip().removeprefix("@") for line in removed
                                       if line.text.strip().startswith("@")
                                       and _HANDLE.fullmatch(line.text.strip())]
    return next((voices[h.casefold()] for h in handles if h and h.casefold() in voices), None)


def _outlet_in_furniture(removed: list[Removed]) -> str | None:
    for line in removed:
        if _HANDLE.fullmatch(line.text.strip()) and line.text.strip().startswith("@"):
            return channel_outlet(line.text.strip())
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
def _by_channel() -> dict[str, str]:
    return {h.casefold(): o["name"] for o in _outlets() for h in o.get("telegram", [])}


@lru_cache(maxsize=1)
def _signatures() -> list[tuple[str, str]]:
    return [(s.casefold(), o["name"]) for o in _outlets() for s in o["signatures"]]
