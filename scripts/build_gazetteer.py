"""Build ``data/gazetteer/ru_subjects.json`` from pycountry's ISO 3166-2:RU.

pycountry gives the codes, ISO romanised names and kinds, and a Russian name for some
subjects. The English (Wikipedia-style) names, English variants and missing Russian names
are added by hand in the JSON file; re-running this script keeps those hand-added fields
and only refreshes what comes from pycountry.

    .venv/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import gettext
import json
import re
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/recruitwatch/data/gazetteer/ru_subjects.json"
_KIND = {
    "Republic": "republic", "Administrative region": "oblast",
    "Administrative territory": "krai", "Autonomous district": "autonomous_okrug",
    "Autonomous region": "autonomous_oblast", "Autonomous city": "federal_city",
}


def guessed_name(iso_name: str, kind: str) -> str:
    """A first English guess ("Voronezhskaya oblast'" → "Voronezh Oblast"), fixed by hand."""
    base = iso_name.replace("'", "")
    if kind == "republic":
        return re.sub(r",? ?Respublika$|skaya Respublika$", "", base).strip()
    m = re.match(r"(\w[\w-]*?)(?:skaya|skiy|aya|iy) (oblast|kray)", base)
    if m:
        return f"{m.group(1)} {'Krai' if m.group(2) == 'kray' else 'Oblast'}"
    return base


def subjects() -> list[dict]:
    ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
    rows = []
    for sub in sorted(pycountry.subdivisions.get(country_code="RU"), key=lambda s: s.code):
        kind = _KIND.get(sub.type, sub.type.lower())
        ru_name = ru.gettext(sub.name)
        rows.append({
            "code": sub.code, "iso_name": sub.name, "kind": kind,
            "name": guessed_name(sub.name, kind), "aliases": [],
            "ru": [ru_name] if ru_name != sub.name else [],
        })
    return rows


def merged(fresh: list[dict], old: list[dict]) -> list[dict]:
    """Fresh pycountry fields, with the hand-edited name, aliases and ru kept."""
    by_code = {row["code"]: row for row in old}
    for row in fresh:
        prev = by_code.get(row["code"])
        if prev:
            row["name"] = prev.get("name", row["name"])
            row["aliases"] = prev.get("aliases", [])
            row["ru"] = prev.get("ru") or row["ru"]
    return fresh


def main() -> None:
    old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else []
    rows = merged(subjects(), old)
    OUT.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} subjects to {OUT}")


if __name__ == "__main__":
    main()
