"""Faster matching of the lexicon regexes: folded case and a first-character guard.

Two things make Python's ``re`` slow on the large alternations the lexicons compile to,
and both are avoided here without changing what matches.

Case. ``re`` takes about twice as long to run an alternation of cue phrases with
``IGNORECASE`` as without it. The lexicon regexes are written in lower case, so they can
run case-sensitively over lower-cased text instead: ``fold`` lower-cases a text keeping
every offset (so spans found in the folded text are spans of the original), and
``compile_folded`` lower-cases a pattern's literals, leaving escapes and group names
alone. A pattern with a case-sensitive part (``(?-i:[A-Z])``) cannot be folded;
``compile_folded`` then returns the ordinary ``IGNORECASE`` regex, and ``Folded`` picks
the right text for it.

Start. ``re`` tries every alternative at every position of the text. ``guarded`` puts a
look-ahead for the characters a match can start with before the pattern (read off the
parsed pattern), so a position no alternative can start at costs one test: the mask of
page furniture, whose alternatives all start with a digit, "(" or "+", runs 8x faster.
A pattern whose first characters cannot be read off (it may match the empty string, or
starts with "." or a negated class) is left as it is.
"""

from __future__ import annotations

import re
import re._constants as _c  # the parsed form of a pattern; private, so any surprise
import re._parser as _parser  # there leaves the pattern unguarded (see first_chars)
from dataclasses import dataclass

__all__ = ["Folded", "compile_folded", "first_chars", "fold", "fold_pattern", "guarded"]

# the one character whose lower case is longer than itself: İ → i̇
_LONGER = {"\u0130": "i"}


def fold(text: str) -> str:
    """``text`` in lower case, with the same length and offsets."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(_LONGER.get(c, c.lower()[:1] or c) for c in text)


def fold_pattern(source: str) -> str | None:
    """``source`` with its literals in lower case, or None when it has a case-sensitive part."""
    if "(?-i" in source or "\\N{" in source:
        return None
    out, i, n = [], 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            out.append(source[i:i + 2])  # an escape keeps its case: \W is not \w
            i += 2
        elif source.startswith(("(?P<", "(?P="), i):
            end = source.index(">" if source[i + 3] == "<" else ")", i)
            out.append(source[i:end + 1])  # a group name keeps its case
            i = end + 1
        else:
            out.append(c.lower())
            i += 1
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Folded:
    """A case-insensitive regex and whether it runs over folded text."""

    regex: re.Pattern
    folded: bool

    def text(self, text: str, low: str | None = None) -> str:
        """The text to run ``regex`` over (the same offsets as ``text``); ``low`` is
        ``text`` already folded, when the caller folded a whole body once."""
        if not self.folded:
            return text
        return fold(text) if low is None else low

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None,
                 low: str | None = None):
        return self.regex.finditer(self.text(text, low), pos,
                                   len(text) if endpos is None else endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.regex.search(self.text(text), pos, len(text) if endpos is None else endpos)


def compile_folded(source: str, flags: int = 0) -> Folded:
    """``source`` compiled for folded text, or with ``IGNORECASE`` when it cannot be folded."""
    low = fold_pattern(source)
    if low is None:
        return Folded(re.compile(source, flags | re.IGNORECASE), False)
    return Folded(re.compile(low, flags), True)


# ---------------------------------------------------------------- first-character guard

_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))


class _Unknown(Exception):
    """The pattern's first characters cannot be read off safely."""


def _char(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]^\\" else "\\" + chr(code)


def _class_items(items) -> list[str]:
    out = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(_char(av))
        elif op is _c.RANGE:
            out.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _c.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:  # a negated class, a case-folded range: unknown
            raise _Unknown
    return out


def _first(seq, flags: int) -> tuple[list[str], bool]:
    """The class items a match of ``seq`` can start with, and whether it can be empty."""
    out: list[str] = []
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # \b, a look-behind or look-ahead: the next item starts the match
        if op is _c.LITERAL:
            return out + [_char(av)], False
        if op is _c.IN:
            return out + _class_items(av), False
        if op is _c.BRANCH:
            empty = False
            for alt in av[1]:
                items, alt_empty = _first(alt, flags)
                out += items
                empty = empty or alt_empty
            if not empty:
                return out, False
        elif op is _c.SUBPATTERN:
            _group, add, _del, sub = av
            if add & re.IGNORECASE and not flags & re.IGNORECASE:
                raise _Unknown  # (?i:...) in a case-sensitive pattern
            items, empty = _first(sub, flags)
            out += items
            if not empty:
                return out, False
        elif op in _REPEATS:
            low, _high, sub = av
            items, empty = _first(sub, flags)
            out += items
            if low and not empty:
                return out, False
        else:  # ".", a negated literal, a back-reference, a conditional
            raise _Unknown
    return out, True


def first_chars(pattern: re.Pattern) -> str | None:
    """A character class every match of ``pattern`` starts with, or None if unknown."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        items, empty = _first(list(parsed), pattern.flags)
    except (_Unknown, AttributeError, TypeError, ValueError):
        return None
    if empty or not items:
        return None
    return "[" + "".join(dict.fromkeys(items)) + "]"


def guarded(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with a look-ahead for its first characters in front, when they are known."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern
    try:
        return re.compile(f"(?={chars})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # an inline global flag ("(?i)...") must stay at the start
        return pattern
