"""Search terms that understand Russian and Ukrainian inflection and cross scripts.

The full-text index stems English only. Russian and Ukrainian inflect far more, so each
document also gets a row of *terms* in the ``terms_fts`` table:

1. every Cyrillic word as its dictionary lemma (natasha's Russian dictionary: "вербуют",
   "вербовали" → вербовать) and as a suffix-stripped stem (``canon.stem``: "мобілізації",
   "мобілізація" → мобілізаці), so Ukrainian, which the Russian dictionary does not know,
   still meets its own forms;
2. every Latin word in lower case;
3. the canonical names of the document's entities, so "Peskov" finds "Песков" and "Пєсков".

A query is turned into terms the same way, each word an OR of its forms, the words ANDed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from recruitwatch.extract import canon
from recruitwatch.text import CYRILLIC

__all__ = [
    "document_terms",
    "has_cyrillic",
    "names_a_known",
    "query_terms",
    "terms_snippet",
    "word_forms",
]

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_SNIPPET_WORDS = 16


def document_terms(body: str, names: Iterable[str] = ()) -> str:
    """The terms row of a document: word forms of its body, then its entities' names."""
    out: list[str] = []
    for m in _WORD.finditer(body):
        out.extend(word_forms(m.group()))
    for name in names:
        out.extend(w.lower() for w in _WORD.findall(name))
    return " ".join(out)


def query_terms(query: str) -> str | None:
    """An FTS5 query over the terms table for plain words, None for anything else (phrases,
    operators, prefixes are left to the main index)."""
    words = _WORD.findall(query)
    if not words or _WORD.sub("", query).strip():
        return None
    groups = []
    for word in words:
        forms = set(word_forms(word)) | set(_name_forms(word))
        groups.append("(" + " OR ".join(f'"{f}"' for f in sorted(forms)) + ")")
    return " AND ".join(groups)


@lru_cache(maxsize=1 << 16)
def word_forms(word: str) -> tuple[str, ...]:
    """The terms one word stands for: lemma and stem (Cyrillic), the word (Latin)."""
    low = word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'")
    if not CYRILLIC.search(low):
        return (low,)
    forms = {canon.stem(low).replace("~", ""), _lemma(low)}
    return tuple(sorted(f for f in forms if f))


def has_cyrillic(text: str) -> bool:
    return CYRILLIC.search(text) is not None


def names_a_known(query: str) -> bool:
    """Whether a plain query names a known person, body or place ("Peskov")."""
    return any(_alias(w) for w in _WORD.findall(query))


def terms_snippet(body: str, forms: set[str]) -> str:
    """About 16 words of ``body`` around the first word whose forms were searched, the
    matched words marked with \x02 … \x03 as the full-text snippets mark them."""
    words = list(_WORD.finditer(body))
    hit = [i for i, m in enumerate(words) if set(word_forms(m.group())) & forms]
    if not words:
        return ""
    first = hit[0] if hit else 0
    lo = max(0, first - _SNIPPET_WORDS // 2)
    hi = min(len(words), lo + _SNIPPET_WORDS)
    marked, pos, out = set(hit), words[lo].start(), []
    for i in range(lo, hi):
        m = words[i]
        out.append(body[pos:m.start()])
        out.append(f"\x02{m.group()}\x03" if i in marked else m.group())
        pos = m.end()
    text = re.sub(r"\s+", " ", "".join(out)).strip()
    return ("… " if lo else "") + text + (" …" if hi < len(words) else "")


def _alias(word: str) -> canon.Alias | None:
    return canon.lookup(word.capitalize()) or canon.lookup(word)


def _name_forms(word: str) -> list[str]:
    """A name's canonical spelling, so that a query crosses scripts ("Песков" → peskov)."""
    alias = _alias(word)
    if alias is None:
        return []
    return [w.lower() for w in _WORD.findall(alias.name)][-1:]


def _lemma(word: str) -> str:
    parses = _morph_vocab().parse(word)
    return parses[0].normal.replace("ё", "е") if parses else word


@lru_cache(maxsize=1)
def _morph_vocab():
    """natasha's Russian dictionary alone (pymorphy's), not its neural models: cheap to load,
    so search terms need no model even under --no-models."""
    from natasha import MorphVocab

    return MorphVocab()
