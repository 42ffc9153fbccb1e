"""Access to the data files under ``recruitwatch/data`` (lexicons, gazetteer, domain packs)."""

from __future__ import annotations

import json
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any

_ROOT = resources.files("recruitwatch") / "data"


@lru_cache(maxsize=None)
def load_toml(relpath: str) -> dict[str, Any]:
    """Parse ``data/<relpath>`` once per process; an unknown path raises FileNotFoundError."""
    with (_ROOT / relpath).open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=None)
def load_json(relpath: str) -> Any:
    with (_ROOT / relpath).open("r", encoding="utf-8") as fh:
        return json.load(fh)


def domain_names(section: str, domain: str | None = None) -> list[str]:
    """The names of one section of a domain pack ("types", "groups"), sorted; the default
    pack is the one ``Options`` names."""
    if domain is None:
        from recruitwatch.options import Options
        domain = Options().domain
    return sorted(load_toml(f"domains/{domain}.toml")[section])


def data_path(relpath: str):
    return _ROOT / relpath
