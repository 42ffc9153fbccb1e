"""Dates of the events a report describes, resolved against its publication date.

"on Tuesday" is the last Tuesday on or before publication; "Oct. 3" is in the year of
publication unless that would put it after publication (then the year before), except
in a sentence about what is still to come ("will start on April 1"). Each date is given
at the precision the text and the publication date allow: "2023-10-03", "2023-10",
"2023". The grammar is the one ``detect.dates`` reads publication dates with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from recruitwatch.detect.dates import DateExpr, scan_dates
from recruitwatch.model import Document, Published, Span
from recruitwatch.text import sentence_spans

__all__ = ["DateMention", "attach_dates", "find_dates"]

# kinds of mention a claim is most likely dated by: the day something was said
_CLAIM_PREFERENCE = ("report", "on", "in", "", "late", "early", "mid", "after", "since", "by")


@dataclass(slots=True)
class DateMention:
    span: Span
    date: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when nothing anchors it
    text: str
    qualifier: str = ""  # since | by | late | early | mid | on | in | after | "name" | ""
    reporting: bool = False  # the date of a report or statement ("said on Sunday")


@dataclass(frozen=True, slots=True)
class _Pub:
    """A publication date split into parts; month and day may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, published: Published | None) -> _Pub:
        parts = [int(p) for p in (published.date or "").split("-") if p] if published else []
        return cls(*parts[:3])

    @property
    def date(self) -> dt.date | None:
        return dt.date(self.year, self.month, self.day) if self.day else None

    def truncated(self) -> str | None:
        """The publication date itself at its own precision."""
        parts = [p for p in (self.year, self.month, self.day) if p]
        return "-".join(f"{p:02d}" if i else f"{p:04d}" for i, p in enumerate(parts)) or None


def find_dates(body: str, published: Published, lang: str) -> list[DateMention]:
    """Every date mention in ``body``, with its ISO date resolved against ``published``."""
    pub = _Pub.of(published)
    return [_mention(e, pub) for e in scan_dates(body, lang)]


def _mention(e: DateExpr, pub: _Pub) -> DateMention:
    qualifier = "name" if e.adjectival else e.qualifier
    return DateMention((e.start, e.end), resolve(e, pub), e.text, qualifier, e.reporting)


def resolve(e: DateExpr, pub: _Pub) -> str | None:
    """The ISO date of ``e`` at the precision known, given the publication date."""
    if e.rel_day is not None:
        return _relative_day(e, pub)
    if e.rel_year is not None:
        return _iso(pub.year + e.rel_year, e.month) if pub.year else None
    if e.year is not None:
        return _iso(e.year, e.month, e.day)
    if e.month is not None:
        return _month_day(e, pub)
    if e.weekday is not None:
        return _weekday(e, pub)
    return None


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def _relative_day(e: DateExpr, pub: _Pub) -> str | None:
    if pub.date is None:
        return pub.truncated()
    return (pub.date + dt.timedelta(days=e.rel_day)).isoformat()


def _month_day(e: DateExpr, pub: _Pub) -> str | None:
    if pub.year is None:
        return None
    year = pub.year
    if pub.month and not e.future and (e.month, e.day or 1) > (pub.month, pub.day or 31):
        year -= 1  # "on Oct. 3" in a report of March 2024 is October 2023
    if e.day and e.month == 2 and e.day == 29 and not _leap(year):
        return _iso(year, 2)
    return _iso(year, e.month, e.day)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _weekday(e: DateExpr, pub: _Pub) -> str | None:
    if pub.date is None:
        return pub.truncated()  # within a week of publication: its month or year
    if e.future:  # "will vote on Tuesday": the next one after publication
        ahead = (e.weekday - pub.date.weekday() - 1) % 7 + 1
        return (pub.date + dt.timedelta(days=ahead)).isoformat()
    back = (pub.date.weekday() - e.weekday) % 7
    return (pub.date - dt.timedelta(days=back)).isoformat()


def attach_dates(doc: Document) -> None:
    """Give claims and measures that have no date the date mentioned in their sentence."""
    mentions = [m for m in find_dates(doc.body, doc.published, doc.language or "en")
                if m.date and m.qualifier != "name"]
    if not mentions:
        return
    sentences = sentence_spans(doc.body)
    for claim in doc.claims:
        if claim.date is None:
            claim.date = _date_for(claim.span, mentions, sentences, prefer_reports=True)
    for measure in doc.measures:
        if measure.date is None:
            measure.date = _date_for(measure.span, mentions, sentences, prefer_reports=False)


def _date_for(span: Span, mentions: list[DateMention], sentences: list[Span],
              prefer_reports: bool) -> str | None:
    """The date of the mention inside ``span``, else the nearest in the same sentence."""
    scope = [s for s in sentences if s[0] < span[1] and span[0] < s[1]]
    scope = scope or [s for s in sentences if s[0] <= span[0] <= s[1]]
    candidates = [m for m in mentions if any(a <= m.span[0] < b for a, b in scope)]
    if not candidates:
        return None
    inside = [m for m in candidates if span[0] <= m.span[0] and m.span[1] <= span[1]]
    pool = inside or candidates
    return min(pool, key=lambda m: (_rank(m) if prefer_reports else 0, _distance(span, m.span))).date


def _rank(m: DateMention) -> int:
    kind = "report" if m.reporting else m.qualifier
    return _CLAIM_PREFERENCE.index(kind) if kind in _CLAIM_PREFERENCE else len(_CLAIM_PREFERENCE)


def _distance(span: Span, other: Span) -> int:
    if other[1] <= span[0]:
        return span[0] - other[1]
    if other[0] >= span[1]:
        return other[0] - span[1]
    return 0
