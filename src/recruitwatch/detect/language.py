"""Language of a document: lingua, restricted to the languages in use.

Restricting lingua to the few languages a corpus holds is both faster and more
accurate than letting it choose among seventy-five (Ukrainian is not mistaken for
Bulgarian, English headlines not for Latin). A few common Latin-script languages stand
beside them as decoys, so a German or Portuguese page is called what it is instead of
"en" (and is not fed to the English models).
"""

from __future__ import annotations

import re
from functools import lru_cache

UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"
SAMPLE_CHARS = 500  # lingua's cost grows with length; 500 characters decide an article (the
# 249 cleaned texts of the gold, demo and HTML benchmark get the same language from 300 as
# from 1,000)
MIN_LETTERS = 3  # below this there is nothing to decide on
DECOYS = ("de", "es", "fr", "it", "nl", "pl", "pt", "tr")


def detect_language(text: str, languages=("en", "ru", "uk")) -> str:
    """The ISO 639-1 code of the language of ``text``, or ``"und"`` when it cannot be told."""
    detector = _detector(_codes(languages))  # a bad code fails even on empty text
    sample = _sample(text)
    if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
        return UNDETERMINED
    clear = _clear_case(sample, _codes(languages))
    if clear is not None:
        return clear
    found = detector.detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else UNDETERMINED


# The clear cases skip lingua (a millisecond a document, the most of this stage): English
# prose is full of words no other Latin-script language writes; Russian and Ukrainian each
# have letters the other lacks. Anything less clear-cut is lingua's to decide.
_ENGLISH_WORDS = frozenset(
    "the of and to that for with as by from it he said are were has have be this which who "
    "their its will would been after they his her".split())
_LATIN_WORD = re.compile(r"[A-Za-z']+")
CLEAR_WORDS = 20  # words of a sample, at the least, for a clear case
CLEAR_ENGLISH_SHARE = 0.2  # of them English function words (English prose: 0.13-0.35)
CLEAR_LETTERS = 3  # letters only Russian (ы э ъ ё) or only Ukrainian (і ї є ґ) writes
_RUSSIAN_ONLY = frozenset("ыэъё")
_UKRAINIAN_ONLY = frozenset("іїєґ")


def _clear_case(sample: str, codes: tuple[str, ...]) -> str | None:
    """ "en", "ru" or "uk" where the sample leaves no doubt (and the language is allowed),
    else None."""
    letters = [ch for ch in sample.lower() if ch.isalpha()]
    latin = sum(ch < "\u0250" for ch in letters)
    if "en" in codes and latin >= 0.98 * len(letters):
        words = _LATIN_WORD.findall(sample)
        english = sum(w.lower() in _ENGLISH_WORDS for w in words)
        if len(words) >= CLEAR_WORDS and english >= CLEAR_ENGLISH_SHARE * len(words):
            return "en"
        return None
    if latin > 0.02 * len(letters) or len(letters) < 5 * CLEAR_WORDS:
        return None
    russian = sum(ch in _RUSSIAN_ONLY for ch in letters)
    ukrainian = sum(ch in _UKRAINIAN_ONLY for ch in letters)
    if russian >= CLEAR_LETTERS and not ukrainian and "ru" in codes:
        return "ru"
    if ukrainian >= CLEAR_LETTERS and not russian and "uk" in codes:
        return "uk"
    return None


def _sample(text: str) -> str:
    """The first ``SAMPLE_CHARS`` characters of ``text``, cut at a word boundary."""
    text = text.strip()
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", 0, SAMPLE_CHARS)
    return text[: cut if cut > 0 else SAMPLE_CHARS]


def _codes(languages) -> tuple[str, ...]:
    # one cached detector per language *set*, whatever the order or case it is given in
    codes = {code.strip().lower() for code in languages}
    if not codes:
        raise ValueError("detect_language needs at least one language code, e.g. ('en', 'ru')")
    if len(codes) > 1:
        codes |= set(DECOYS)
    return tuple(sorted(codes))


@lru_cache(maxsize=8)
def _detector(codes: tuple[str, ...]):
    # imported here so that importing the package does not load lingua
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    isos = [_iso(IsoCode639_1, code) for code in codes]
    if len(isos) == 1:
        # lingua refuses to build a detector for fewer than two languages
        return _SingleLanguage(isos[0])
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


def _iso(enum, code: str):
    try:
        return enum.from_str(code)
    except ValueError:
        raise ValueError(
            f"unknown language code {code!r}: use ISO 639-1 codes such as 'en', 'ru', 'uk'"
        ) from None


class _SingleLanguage:
    """Stands in for a detector when only one language is allowed: it is always that one."""

    def __init__(self, iso) -> None:
        self.iso = iso

    def detect_language_of(self, text: str):
        from lingua import Language

        return Language.from_iso_code_639_1(self.iso)
