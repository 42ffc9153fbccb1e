"""Dates of the events a report describes, resolved against its publication date.

"on Tuesday" is the last Tuesday on or before publication; "Oct. 3" is in the year of
publication unless that would put it after publication (then the year before), except
when it looks ahead: a sentence about what is still to come ("will start on April 1",
"С 1 апреля Минобороны начнёт"), a forward start ("starting in April") or a date within
a few months after publication, when no past-tense verb ties it to the past. Each date
is given at the precision the text and the publication date allow: "2023-10-03",
"2023-10", "2023". The grammar is the one ``detect.dates`` reads publication dates with.

Some years are not the time of an event and never date a claim or measure: a comparison
baseline ("the largest draft since 2011", "than in 2022") and a year named only as
history, far before the report ("the unit, formed in 2011, recruits").
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

# a date without a year this close after publication is taken to be still to come
_AHEAD_MONTHS = 3
# a bare year this far before publication, named in passing, is history, not the event
_HISTORY_YEARS = 3
# mentions that never date a claim or measure
_NOT_EVENTS = ("name", "baseline", "history")


@dataclass(slots=True)
class DateMention:
    span: Span
    date: str | None  # "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None when nothing anchors it
    text: str
    # since | by | late | early | mid | on | in | after | dated | "" as written, or what
    # the year is instead of an event's time: name | baseline | history
    qualifier: str = ""
    reporting: bool = False  # the date of a report or statement ("said on Sunday")
    ahead: bool = False  # resolved after publication: a plan, not a past event


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
    date = resolve(e, pub)
    return DateMention((e.start, e.end), date, e.text, _qualifier(e, pub), e.reporting,
                       _after(date, pub))


def _qualifier(e: DateExpr, pub: _Pub) -> str:
    if e.adjectival:
        return "name"
    if e.baseline:
        return "baseline"
    if _is_history(e, pub):
        return "history"
    return e.qualifier


def _is_history(e: DateExpr, pub: _Pub) -> bool:
    # "since 2011" in a report of 2023 names the past, it does not date what the report
    # tells; "in 2011 the army was reformed" tells of 2011 itself (a past verb), so stays
    if e.year is None or e.month is not None or e.rel_year is not None or pub.year is None:
        return False
    if e.year >= pub.year - _HISTORY_YEARS:
        return False
    return e.qualifier == "since" or not e.past


def _after(date: str | None, pub: _Pub) -> bool:
    own = pub.truncated()
    return bool(date and own) and date[:len(own)] > own


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
    if pub.month and (e.month, e.day or 1) > (pub.month, pub.day or 31) and not _ahead(e, pub):
        year -= 1  # "on Oct. 3" in a report of March 2024 is October 2023
    if e.day and e.month == 2 and e.day == 29 and not _leap(year):
        return _iso(year, 2)
    return _iso(year, e.month, e.day)


def _ahead(e: DateExpr, pub: _Pub) -> bool:
    """Whether a month (and day) after the publication day lies ahead of it, in the same
    year, rather than in the year before."""
    if e.future:
        return True
    if e.past or e.reporting or e.qualifier == "dated":  # a document bears a past date
        return False
    months_ahead = e.month - pub.month - ((e.day or 1) < (pub.day or 1))
    return e.forward or months_ahead < _AHEAD_MONTHS


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
                if m.date and m.qualifier not in _NOT_EVENTS]
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
    rank = _rank if prefer_reports else _measure_rank
    return min(pool, key=lambda m: (rank(m), _distance(span, m.span))).date


def _measure_rank(m: DateMention) -> int:
    # "in place since March 1, 2023, officials said on Tuesday": a past start, like a
    # deadline, is the measure's background; a date "on"/"in" is nearer its event. A start
    # still to come ("с 1 апреля начнёт, сообщили вчера") is the measure's own date,
    # before the report's; between a start and an end ("с 1 августа по 31 декабря") the
    # nearer wins.
    if m.ahead:
        return -1
    return int(m.qualifier in ("by", "since"))


def _rank(m: DateMention) -> int:
    kind = "report" if m.reporting else m.qualifier
    return _CLAIM_PREFERENCE.index(kind) if kind in _CLAIM_PREFERENCE else len(_CLAIM_PREFERENCE)


def _distance(span: Span, other: Span) -> int:
    if other[1] <= span[0]:
        return span[0] - other[1]
    if other[0] >= span[1]:
        return other[0] - span[1]
    return 0
