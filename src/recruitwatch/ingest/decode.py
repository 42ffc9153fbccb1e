"""Raw bytes → text, with the encoding that was used.

Order of evidence, strongest first:

1. a byte-order mark (UTF-8, UTF-16, UTF-32);
2. UTF-16 without a BOM, recognised by its pattern of zero bytes (checked before UTF-8,
   since ASCII in UTF-16 is valid UTF-8 full of NULs);
3. valid UTF-8 (legacy text is practically never valid UTF-8 by accident);
4. for HTML, a ``<meta charset>`` that decodes the bytes cleanly;
5. the Cyrillic code pages (cp1251, koi8-r, mac-cyrillic, …) scored by how Russian the
   result reads, because general detectors confuse them on short texts;
6. charset-normalizer for everything else (Latin, Greek, …).

``decode_bytes`` raises ``DecodeError`` when nothing fits; readers turn it into an
``IngestError``.
"""

from __future__ import annotations

import codecs
import math
import re
from functools import lru_cache

from recruitwatch.resources import load_toml

__all__ = ["DecodeError", "decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                  "us-ascii": "cp1252", "ascii": "cp1252", "x-cp1251": "cp1251"}
_SAMPLE = 32768
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


class DecodeError(ValueError):
    """No encoding decodes the bytes into plausible text."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; return the text (BOM removed) and the Python codec name used."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace"), name
    for guess in (_utf16_without_bom, _utf8, _declared_html_charset, _cyrillic, _detected):
        found = guess(data)
        if found is not None:
            return found
    raise DecodeError("bytes fit no known text encoding")


def _utf8(data: bytes) -> tuple[str, str] | None:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        # A UTF-8 text cut inside its last character (a size cap, a truncated
        # download) is still UTF-8: keep it, with the broken tail replaced.
        if len(data) - exc.start < 4 and exc.start > 0:
            return data.decode("utf-8", errors="replace"), "utf-8"
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    sample = data[:4096]
    if len(sample) < 8 or sample.count(0) < len(sample) // 4:
        return None
    even_zeros = sample[0::2].count(0) / len(sample[0::2])
    odd_zeros = sample[1::2].count(0) / len(sample[1::2])
    for zeros, other, name in ((odd_zeros, even_zeros, "utf-16-le"),
                               (even_zeros, odd_zeros, "utf-16-be")):
        if zeros > 0.3 and other < 0.05:
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                return None
    return None


def _declared_html_charset(data: bytes) -> tuple[str, str] | None:
    """The ``<meta charset>`` of an HTML page, honoured when it decodes cleanly."""
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(_LABEL_ALIASES.get(label, label)).name
    except LookupError:
        return None
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        return None


def _cyrillic(data: bytes) -> tuple[str, str] | None:
    """The best Cyrillic code page when the high bytes read as Russian/Ukrainian letters.

    Scored on the first 32 KB (plenty to decide, and the scoring loop is slow Python);
    the winner must then decode the whole text.
    """
    settings = _settings()
    sample = data[:_SAMPLE]
    scored = []
    for rank, name in enumerate(settings["candidates"]):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        prior = settings["prior"].get(name, 0.0)
        scored.append((_russianness(text) + prior, -rank, name, text))
    scored.sort(reverse=True)  # best score first; on a tie, the earlier candidate
    if not scored or _letter_share(scored[0][3]) < settings["accept"]["min_letter_share"]:
        return None
    for _, _, name, _ in scored:
        try:
            return data.decode(name), codecs.lookup(name).name
        except UnicodeDecodeError:
            continue
    return None


def _russianness(text: str) -> float:
    """Log-likelihood-like score of ``text`` as Russian/Ukrainian prose."""
    logp, penalty = _tables()
    score = 0.0
    prev = ""
    punctuation = _settings()["accept"]["punctuation"]
    for ch in text:
        if ch < "\x80":
            if prev and _CYRILLIC.match(prev) and _LATIN.match(ch):
                score -= penalty["mixed_script"]
        elif ch.lower() in logp:
            score += logp[ch.lower()]
            if ch.isupper() and prev.islower():
                score -= penalty["mixed_case"]
            if prev and _LATIN.match(prev):
                score -= penalty["mixed_script"]
        elif ch not in punctuation:
            score -= penalty["stray"]
        prev = ch
    return score


def _letter_share(text: str) -> float:
    high = [ch for ch in text if ch >= "\x80"]
    if not high:
        return 0.0
    logp, _ = _tables()
    letters = sum(1 for ch in high if ch.lower() in logp)
    mixed = len(re.findall(r"[\u0400-\u04ff][A-Za-z]|[A-Za-z][\u0400-\u04ff]", text))
    return (letters - 2 * mixed) / len(high)


def _detected(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes  # imported late: it is slow to import

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    # Short Western texts fit many Latin code pages equally well; windows-1252 is by far
    # the most common of them, so it wins a tie.
    for match in matches:
        tied = (match.percent_chaos, match.percent_coherence) == (
            best.percent_chaos, best.percent_coherence)
        if tied and "cp1252" in match.could_be_from_charset:
            best = match
            break
    return str(best), codecs.lookup(best.encoding).name


@lru_cache(maxsize=1)
def _settings() -> dict:
    return load_toml("ingest/cyrillic.toml")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], dict[str, float]]:
    settings = _settings()
    total = sum(settings["frequency"].values())
    # log-probability relative to a uniform letter, so common letters score above zero
    uniform = 1 / len(settings["frequency"])
    logp = {ch: math.log((f / total) / uniform) for ch, f in settings["frequency"].items()}
    return logp, settings["penalty"]
