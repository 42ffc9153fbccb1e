"""Publication date of a document, and the date grammar shared with event dates.

The cascade of ``infer_published``:

1. the date in the page's metadata (HTML meta, feed, JSON Lines field), normalised;
2. a date in the URL (``/2023/03/14/``, ``2023-03-14``, ``20230314``);
3. the text itself:
   a. a complete date the report gives for itself ("RFE/RL wrote on March 14, 2023",
      a dateline);
   b. otherwise partial dates ("wrote on March 14", "announced Tuesday", "Oct. 3")
      completed by the year the other clues point to: a relative year next to an event
      of known date ("September last year following the partial mobilization"), a
      relative year next to an explicit one ("elections next year" + "the 2024
      elections"), a span from an event ("nearly seven months into the invasion"), and
      the explicit dates the text looks back on ("since March 1, 2023") or ahead to
      ("by the end of August 2023");
   c. the answer is as precise as the clues: a day, a month or a year.

Lines the cleaner removed (and scrape-time banners such as "Help us reach 25,000 members
by the end of 2025") are never evidence: they were written when the page was fetched,
or belong to other articles.

The grammar is regexes compiled once per language from ``data/dates/<lang>.toml``; it
is far faster than a general date parser and knows which words qualify a date
("since", "by the end of", "in late").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache

from recruitwatch.fastre import guarded
from recruitwatch.model import Published, Removed, Span
from recruitwatch.resources import load_toml
from recruitwatch.text import DATE_FIELD, line_end, sentence_spans

LANGUAGES = ("en", "ru", "uk")
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"
_DAY = r"(?<!\d)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])"


@dataclass(slots=True)
class DateExpr:
    """One date expression in a text, before it is resolved against a publication date."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    rel_year: int | None = None  # offset from the publication year ("last year" = -1)
    rel_day: int | None = None  # offset from the publication day ("yesterday" = -1)
    qualifier: str = ""  # since | by | late | early | mid | on | in | after
    qualifier_text: str = ""  # the words of the qualifier, for evidence
    adjectival: bool = False  # "the 2024 presidential elections": a name, not a time
    future: bool = False  # in a sentence about what is still to come
    forward: bool = False  # a start that looks ahead ("starting in April", "с 1 апреля")
    past: bool = False  # a past-tense event verb in its clause ("began", "начался")
    baseline: bool = False  # what something is compared with ("the largest since 2011")
    reporting: bool = False  # the date of a report ("wrote on March 14")
    sentence: Span = (0, 0)
    valid: bool = True  # False for "February 30": it blocks a shorter reading, then goes

    @property
    def phrase(self) -> str:
        return f"{self.qualifier_text} {self.text}".strip()

    @property
    def explicit(self) -> bool:
        return self.year is not None and self.rel_year is None


# ---------------------------------------------------------------- grammar


@dataclass(slots=True)
class Grammar:
    lang: str
    patterns: list[re.Pattern]
    months: dict[str, int]
    weekdays: dict[str, int]
    rel_years: dict[str, int]
    rel_days: dict[str, int]
    qualifiers: dict[str, str]
    qualifier_re: re.Pattern
    reporting: re.Pattern
    future: re.Pattern
    forward: re.Pattern
    past: re.Pattern
    comparison: re.Pattern
    baseline_before: re.Pattern
    scrape_time: re.Pattern
    digest: re.Pattern  # a digest title whose date is the digest's own
    duration: re.Pattern
    numbers: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    approx: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=None)
def grammar(lang: str) -> Grammar:
    """The compiled date grammar of ``lang`` (English for languages without one)."""
    lang = lang if lang in LANGUAGES else "en"
    data = load_toml(f"dates/{lang}.toml")
    return Grammar(
        lang=lang,
        patterns=_patterns(data, lang),
        months=_forms(data["months"]),
        weekdays=_forms(data["weekdays"]),
        rel_years={k.lower(): v for k, v in data["relative_years"].items()},
        rel_days={k.lower(): v for k, v in data["relative_days"].items()},
        qualifiers={k.lower(): v for k, v in data["qualifiers"].items()},
        qualifier_re=re.compile(rf"(?i)(?<!\w)({_alts(data['qualifiers'])})[\s-]*$"),
        reporting=_any(data["reporting"]),
        future=_any(data["future"]),
        forward=_any(data["forward"]),
        past=_any(data["past"]),
        comparison=_any(data["comparison"]),
        baseline_before=_any(data["baseline_before"]),
        scrape_time=_any(data["scrape_time"]),
        digest=_any(data.get("digest", ["(?!)"])),
        duration=_duration_re(data["durations"]),
        numbers={k.lower(): v for k, v in data["durations"]["numbers"].items()},
        units={k.lower(): v for k, v in data["durations"]["units"].items()},
        approx={k.lower(): v for k, v in data["durations"]["approx"].items()},
    )


def _forms(groups: list[list[str]]) -> dict[str, int]:
    return {form.lower().rstrip("."): i + 1 for i, forms in enumerate(groups) for form in forms}


def _alts(words) -> str:
    # longest first, so that "by the end of" wins over "by"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _any(regexes: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{r})" for r in regexes) or r"(?!x)x", re.I)


def _names(groups: list[list[str]], full_only: bool = False) -> str:
    forms = []
    for group in groups:
        for i, form in enumerate(group[:1] if full_only else group):
            # abbreviations (all forms after the full name, when short) may take a dot
            forms.append(re.escape(form) + (r"\.?" if i and len(form) <= 4 else ""))
    return "|".join(sorted(forms, key=len, reverse=True))


def _patterns(data, lang: str) -> list[re.Pattern]:
    flags = 0 if data["case_sensitive_names"] else re.IGNORECASE
    mon, wd = _names(data["months"]), _names(data["weekdays"])
    full_mon = _names(data["months"], full_only=True)
    rel = f"(?i:{_alts(data['relative_years'])})"
    reld = f"(?i:{_alts(data['relative_days'])})"
    yw = f"(?:\\s*(?i:{_alts(data['year_words'])})(?!\\w))?" if data["year_words"] else ""
    of = r"(?:of\s+)?" if lang == "en" else ""  # "14th of March", "March of 2023"
    sources = [
        r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",
        # "10.07.2024", and with hyphens, as Indian sites write it ("Created: 10-07-2024")
        rf"(?<![\d.-])(?P<d>[0-3]?\d)(?P<sep>[.-])(?P<m>[01]?\d)(?P=sep){_YEAR}{yw}",
        rf"(?<!\w)(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon})\s+{_DAY}(?:,?\s+{_YEAR}{yw})?",
        rf"(?<!\w)(?:(?P<wd>{wd}),?\s+)?{_DAY}\s+{of}(?P<mon>{mon})(?!\w)(?:,?\s+{_YEAR}{yw})?",
        rf"(?<!\w)(?P<mon>{mon})\s+{of}(?:{_YEAR}{yw}|(?P<rel>{rel}))",
        rf"(?<!\w)(?P<mon>{full_mon})(?!\w)",
        rf"(?<![\w$€£.,]){_YEAR}{yw}",
        rf"(?<!\w)(?P<wd>{wd})(?!\w)",
        rf"(?<!\w)(?P<rel>{rel})(?!\w)",
        rf"(?<!\w)(?P<reld>{reld})(?!\w)",
    ]
    # most positions of a text can start no date: the guard rejects them at once
    return [guarded(re.compile(s, flags)) for s in sources]


def _duration_re(data) -> re.Pattern:
    return re.compile(
        rf"(?i)(?<!\w)(?:(?P<approx>{_alts(data['approx'])})\s+)?"
        rf"(?P<n>\d{{1,3}}|{_alts(data['numbers'])})\s+(?P<unit>{_alts(data['units'])})\s+"
        rf"(?:{_alts(data['linkers'])})\s+"
    )


# ---------------------------------------------------------------- scanning


def scan_dates(text: str, lang: str, sentences: list[Span] | None = None) -> list[DateExpr]:
    """Every date expression in ``text``, left to right, overlapping matches resolved
    in favour of the longest. The caller must not change them: a body's scan is kept for
    the next caller (the publication date and the event dates both read it)."""
    if sentences is None:
        return list(_scan_text(text, lang))
    return _scan(text, lang, sentences)


@lru_cache(maxsize=8)
def _scan_text(text: str, lang: str) -> tuple[DateExpr, ...]:
    return tuple(_scan(text, lang, None))


def _scan(text: str, lang: str, sentences: list[Span] | None) -> list[DateExpr]:
    g = grammar(lang)
    sentences = sentence_spans(text) if sentences is None else sentences
    found = []
    for pattern in g.patterns:
        for m in pattern.finditer(text):
            expr = _expr(m, g, text)
            if expr is not None:
                found.append(expr)
    exprs = [e for e in _non_overlapping(found) if e.valid]
    for expr in exprs:
        _add_context(expr, text, g, sentences)
    return exprs


def _non_overlapping(exprs: list[DateExpr]) -> list[DateExpr]:
    kept, last_end = [], -1
    for e in sorted(exprs, key=lambda e: (e.start, -(e.end - e.start))):
        if e.start >= last_end:
            kept.append(e)
            last_end = e.end
    return kept


def _expr(m: re.Match, g: Grammar, text: str) -> DateExpr | None:
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    expr = DateExpr(m.start(), m.end(), m.group(0))
    if "y" in groups:
        expr.year = int(groups["y"])
    if "m" in groups:
        expr.month = int(groups["m"])
    if "mon" in groups:
        expr.month = g.months.get(groups["mon"].lower().rstrip("."))
    if "d" in groups:
        expr.day = int(groups["d"])
    if "wd" in groups:
        expr.weekday = g.weekdays[groups["wd"].lower()] - 1
    if "rel" in groups:
        expr.rel_year = g.rel_years[_squash(groups["rel"])]
    if "reld" in groups:
        expr.rel_day = g.rel_days[groups["reld"].lower()]
    _add_qualifier(expr, text, g)
    return expr if _plausible(expr, groups, text) else None


def _valid(expr: DateExpr) -> bool:
    if expr.month is not None and not 1 <= expr.month <= 12:
        return False
    return expr.day is None or _valid_day(expr)


def _squash(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower())


def _add_qualifier(expr: DateExpr, text: str, g: Grammar) -> None:
    m = g.qualifier_re.search(text, max(0, expr.start - 40), expr.start)
    if m:
        expr.qualifier_text = m.group(1)
        expr.qualifier = g.qualifiers[_squash(m.group(1))]


def _plausible(expr: DateExpr, groups: dict, text: str) -> bool:
    if not _valid(expr):
        expr.valid = False
        return True
    bare = set(groups) <= {"mon"} or set(groups) <= {"y"}
    if set(groups) == {"y"} and _RANGE_AFTER.match(text, expr.end):
        return False  # "from 2000 to 3000 roubles" counts money, not years
    if bare and not expr.qualifier and not _year_word_follows(groups, expr):
        # "the 2024 presidential elections": a year used as a name of something
        expr.adjectival = set(groups) == {"y"} and _is_adjectival(expr, text)
        return expr.adjectival
    return True


_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|to|до|по)\s*\d", re.I)


def _valid_day(expr: DateExpr) -> bool:
    last = calendar.monthrange(expr.year or 2024, expr.month)[1]  # 2024: Feb 29 exists
    return 1 <= expr.day <= last


def _year_word_follows(groups: dict, expr: DateExpr) -> bool:
    return "y" in groups and not expr.text.rstrip(".").endswith(groups["y"])


def _is_adjectival(expr: DateExpr, text: str) -> bool:
    before = text[max(0, expr.start - 8):expr.start].lower()
    after = text[expr.end:expr.end + 3]
    return bool(re.search(r"(?:the|its|a|an|their)\s+$", before)) and bool(
        re.match(r"\s+[^\W\d]", after))


def _add_context(expr: DateExpr, text: str, g: Grammar, sentences: list[Span]) -> None:
    sent = next((s for s in sentences if s[0] <= expr.start < s[1]), (expr.start, expr.end))
    expr.sentence = sent
    # "X will open a centre, its mayor announced Tuesday": a future verb only makes the
    # date future when no reporting verb stands between them
    verbs = list(g.reporting.finditer(text, sent[0], expr.start))
    since = verbs[-1].end() if verbs else sent[0]
    expr.future = bool(g.future.search(text, since, expr.start)) or _future_after(expr, text, g)
    expr.reporting = not expr.future and _near_reporting_verb(expr, text, g, verbs)
    before = text[max(sent[0], expr.start - 60):expr.start]
    expr.forward = bool(g.forward.search(before))
    expr.past = bool(g.past.search(text, since, _clause_end(expr, text, g)))
    expr.baseline = bool(g.baseline_before.search(before)) or (
        expr.qualifier == "since" and bool(g.comparison.search(text, sent[0], sent[1])))


# the clause a date opens: up to a comma, a colon, a dash, "that"/"что"/"що" or a
# relative clause ("passed a bill under which summonses will...")
_CLAUSE_END = re.compile(
    r"[,;:—–]|\s-\s|(?<!\w)(?:that|which|who|что|который\w*|где|що|який\w*|яка|яке|які|де)(?!\w)",
    re.I)


def _future_after(expr: DateExpr, text: str, g: Grammar) -> bool:
    # "С 1 апреля Минобороны начнёт набор": the future verb follows the date. Only in the
    # date's own clause, and only for dates without a year (an explicit year needs no tense)
    if expr.explicit:
        return False
    end = _clause_end(expr, text, g)
    past = g.past.search(text, expr.end, end)  # "on Tuesday passed a bill ... will"
    return bool(g.future.search(text, expr.end, past.start() if past else end))


def _clause_end(expr: DateExpr, text: str, g: Grammar) -> int:
    """Where the clause after ``expr`` ends: punctuation, "that", or a reporting verb."""
    end = expr.sentence[1]
    stops = [m.start() for m in (_CLAUSE_END.search(text, expr.end, end),
                                 g.reporting.search(text, expr.end, end)) if m]
    return min(stops, default=end)


def _near_reporting_verb(expr: DateExpr, text: str, g: Grammar, before: list[re.Match]) -> bool:
    # "wrote in its latest report on July 11" before the date; "14 марта сообщило
    # Минобороны" and "On Tuesday, the mayor announced" after it
    if expr.qualifier not in ("", "on", "in"):  # "dated Oct. 3, says" is not a report date
        return False
    if before and before[-1].end() >= expr.start - len(expr.qualifier_text) - 30:
        return True
    return bool(g.reporting.search(text, expr.end, min(expr.sentence[1], expr.end + 30)))


# ---------------------------------------------------------------- metadata and URL


_ISO = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)(?:[-/.]?(?P<m>[01]\d)(?:[-/.]?(?P<d>[0-3]\d))?)?(?!\d)")


def normalize_date(value: str, lang: str = "en") -> str | None:
    """An ISO date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") for a date as metadata writes it:
    ISO 8601 with or without time, RFC 2822 (feeds), or words ("March 14, 2023")."""
    if not value or not value.strip():
        return None
    m = _ISO.match(value)
    if m:
        return _iso_from_parts(int(m["y"]), _int(m["m"]), _int(m["d"]))
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for code in dict.fromkeys((lang, *LANGUAGES)):
        for expr in scan_dates(value, code, sentences=[(0, len(value))]):
            if expr.explicit and expr.month:
                return _iso_from_parts(expr.year, expr.month, expr.day)
    return None


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _iso_from_parts(year: int, month: int | None, day: int | None) -> str | None:
    try:
        if month and day:
            return dt.date(year, month, day).isoformat()
        if month:
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        return f"{year:04d}"
    except ValueError:
        return None


_URL_DATES = [
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$|\.|-|_)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.](?P<m>[01]\d)[-_.](?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<d>[0-3]\d)[-_.](?P<m>[01]\d)[-_.](?P<y>(?:19|20)\d\d)(?!\d)"),
    # the day first in the path ("/politics/15/05/2023/…")
    re.compile(r"/(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>(?:19|20)\d\d)(?=/|$)"),
    re.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/"),
    # the day first in one word of eight digits ("…-11022024-495812")
    re.compile(r"(?<=[-_/])(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d\d)(?=[-_/.]|$)"),
]


def date_from_url(url: str) -> tuple[str, str] | None:
    """A date in the path or query of ``url`` and the part of the URL it came from."""
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.I)
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            iso = _iso_from_parts(int(m["y"]), int(m["m"]), _int(m.groupdict().get("d")))
            if iso and m["y"] <= str(dt.date.today().year + 1):
                return iso, m.group(0)
    return _timestamp_in_url(path)


# a Unix time in seconds as a whole path segment or query value ("/news/1690000000/",
# "?ts=1690000000"): ten digits from 2011 (13…) to 2027 (17…), never part of a longer number
_URL_TIMESTAMP = re.compile(r"(?:/|=)(?P<t>1[3-7]\d{8})(?=/|$|[.?&#_-])")


def _timestamp_in_url(path: str) -> tuple[str, str] | None:
    m = _URL_TIMESTAMP.search(path)
    if not m:
        return None
    when = dt.datetime.fromtimestamp(int(m["t"]), tz=dt.timezone.utc).date()
    return (when.isoformat(), m["t"]) if when <= dt.date.today() else None


# ---------------------------------------------------------------- the cascade


def infer_published(
    body: str, removed: list[Removed], meta_date: str | None, url: str | None, lang: str
) -> Published:
    """The publication date of a document with its basis and the words that support it."""
    if meta_date:
        iso = normalize_date(meta_date, lang)
        if iso:
            return Published(iso, "metadata", meta_date.strip())
    found = date_from_url(url) if url else None
    if found:
        # (the page's own date, read only where it may decide: a month or a number in the URL)
        own = (_labelled_date(body, removed) or _from_dateline(removed, lang)
               if len(found[0]) < 10 or found[1].isdigit() else None)
        # a month in the URL, the day in the page's own date of that month ("/2026/03/",
        # "date 2026-03-02"): the fuller date
        if len(found[0]) < 10 and own and own.date and own.date.startswith(found[0]):
            return own
        if found[1].isdigit() and own and own.date and len(own.date) == 10 and own.date != found[0]:
            # a number in the path read as a Unix time ("khpg.org/1608812828") that the
            # page's own dated line contradicts ("25.09.2023") is an article's id
            return own
        return Published(found[0], "url", found[1])
    return (_labelled_date(body, removed) or _from_dateline(removed, lang)
            or published_from_text(body, removed, lang))


def _labelled_date(body: str, removed: list[Removed]) -> Published | None:
    """The scraper's date field at the head of the text, or of its first line when the
    cleaner removed that line (the field glued to a banner: "date 2026-02-27 Реклама …")."""
    first = next((r for r in removed if r.line == 0), None)
    m = DATE_FIELD.match(body) or (DATE_FIELD.match(first.text) if first else None)
    if not m:
        return None
    y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["y2"], m["m2"], m["d2"])
    iso = _iso_from_parts(int(y), int(mo), int(d) if d else None)
    return Published(iso, "text", m.group(0).strip()) if iso else None


_LABEL_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)")


def _from_dateline(removed: list[Removed], lang: str) -> Published | None:
    """The page's own date stamp: a line the cleaner removed as a dateline, or a byline
    that carries the date ("Текст: …, 3 березня 2023, 09:15"). Unlike other removed lines
    (feed items, banners) it speaks for the article it stands above."""
    for r in removed:
        if r.kind not in ("dateline", "byline"):
            continue
        # a section label glued to the date ("Новости11 апреля, 2023") is set apart
        for e in scan_dates(_LABEL_GLUED.sub(" ", r.text), lang):
            if e.explicit and e.year and e.month:
                return Published(_iso(e), "text", f"dateline: {r.text.strip()}")
    return None


# ---------------------------------------------------------------- dates from the text


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: dt.date
    names: re.Pattern  # the event itself ("the partial mobilization")
    periods: re.Pattern  # also the period it opened ("the war"), after "N months into"

    @property
    def label(self) -> str:
        return self.id.replace("_", " ")


@lru_cache(maxsize=1)
def events() -> tuple[Event, ...]:
    """Events of known date that relative clues are measured from (data/dates/events.toml)."""
    out = []
    for e in load_toml("dates/events.toml")["event"]:
        names = "|".join(f"(?:{r})" for r in e["names"])
        periods = "|".join(f"(?:{r})" for r in e["names"] + e["spans"])
        out.append(Event(e["id"], dt.date.fromisoformat(e["date"]), re.compile(names, re.I),
                         re.compile(rf"(?:the\s+|so-called\s+)?(?:{periods})", re.I)))
    return tuple(out)


@dataclass(slots=True)
class _Window:
    """When a clue puts the publication: around ``estimate``, between ``lo`` and ``hi``."""

    estimate: dt.date
    lo: dt.date
    hi: dt.date
    evidence: str


def published_from_text(body: str, removed: list[Removed], lang: str) -> Published:
    """Step 3 of the cascade: the publication date the text itself supports."""
    g = grammar(lang)
    ignored = _ignored_spans(body, removed, g)
    exprs = [e for e in scan_dates(body, lang) if not _inside(e.start, ignored)]
    stated = _stated_date(exprs, body) or _digest_date(exprs, body, g)
    if stated is not None:
        return Published(_iso(stated), "text", stated.phrase)
    window = _window_from_event(body, g, ignored)
    ref = _reference(exprs)
    year, year_evidence = _year(body, exprs, window, ref)
    if year is None:
        return Published()
    date, ref_evidence = _date_in_year(year, ref, window, exprs)
    evidence = " + ".join(dict.fromkeys(x for x in (ref_evidence, *year_evidence) if x))
    return Published(date, "inferred", evidence or None)


def _ignored_spans(body: str, removed: list[Removed], g: Grammar) -> list[Span]:
    """Spans of ``body`` that are no evidence: lines the cleaner removed (when the caller
    passed the whole page) and scrape-time banners."""
    spans = []
    for r in removed:
        needle = r.text.strip()
        pos = body.find(needle) if len(needle) > 2 else -1
        while pos >= 0:
            spans.append((pos, pos + len(needle)))
            pos = body.find(needle, pos + len(needle))
    # the lines that hold a banner's words (no pattern crosses a line: one pass over the body)
    lines: list[Span] = []
    for m in g.scrape_time.finditer(body):
        line = (body.rfind("\n", 0, m.start()) + 1, line_end(body, m.end()))
        if not lines or lines[-1] != line:
            lines.append(line)
    return spans + lines


def _inside(offset: int, spans: list[Span]) -> bool:
    return any(a <= offset < b for a, b in spans)


def _iso(e: DateExpr) -> str | None:
    return _iso_from_parts(e.year, e.month, e.day) if e.year else None


def _stated_date(exprs: list[DateExpr], body: str) -> DateExpr | None:
    """A complete date the report gives for itself: reported on it, or a dateline."""
    for e in exprs:
        if e.explicit and e.month and e.day and (e.reporting or _is_dateline(e, body) or _timestamped(e, body)):
            return e
    return None


def _digest_date(exprs: list[DateExpr], body: str, g: Grammar) -> DateExpr | None:
    """The full date in a digest's title line ("Сводка по мобилизации за 11–12 февраля 2024")."""
    first = body.split("\n", 1)[0]
    if not g.digest.search(first):
        return None
    return next((e for e in exprs if e.start < len(first) and e.explicit and e.year and e.month
                 and e.day), None)


_CLOCK_AFTER = re.compile(r"[,\s]+(?:в\s+|о\s+|at\s+)?\d{1,2}:\d{2}(?!\d)")


def _timestamped(e: DateExpr, body: str) -> bool:
    """A full date with its clock time near the top ("Ексклюзив 12.03.2025 09:40
    Укрінформ …"): the page's own time stamp, glued into a line by the scrape."""
    return e.start < 300 and bool(e.year) and _CLOCK_AFTER.match(body, e.end) is not None


def _is_dateline(e: DateExpr, body: str) -> bool:
    line = body[body.rfind("\n", 0, e.start) + 1:line_end(body, e.end)]
    # the date and a place or a time at most ("MOSCOW, March 14, 2023", "March 14, 2023 10:42
    # am"); a date inside a short sentence ("Putin signed the decree of 5 March 2022") is none
    rest = line.replace(e.text, " ")
    return e.start < 300 and len(line.strip()) <= len(e.text) + 25 and not re.search(
        r"[^\W\d_]{3,}\s+[^\W\d_]{3,}\s+[^\W\d_]{2,}", rest)


def _reference(exprs: list[DateExpr]) -> DateExpr | None:
    """The first date of a report: "wrote on March 14", "announced Tuesday"."""
    for e in exprs:
        if e.reporting and e.rel_year is None and (e.day or e.weekday is not None):
            return e
    return None


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _window_from_event(body: str, g: Grammar, ignored: list[Span]) -> _Window | None:
    """Where "nearly seven months into the invasion" puts the time of writing."""
    for m in g.duration.finditer(body):
        if _inside(m.start(), ignored):
            continue
        for event in events():
            hit = event.periods.match(body, m.end())
            if hit:
                return _duration_window(m, g, event, body[m.start():hit.end()])
    return None


def _duration_window(m: re.Match, g: Grammar, event: Event, words: str) -> _Window:
    n = int(m["n"]) if m["n"].isdigit() else g.numbers[_squash(m["n"])]
    unit = g.units[m["unit"].lower()]
    estimate = add_period(event.date, n, unit)
    half = dt.timedelta(days=max(1, _UNIT_DAYS[unit] // 2))
    lo, hi = {
        "under": (estimate - half, estimate),  # "nearly seven months": not quite there
        "over": (estimate, estimate + 2 * half),
    }.get(g.approx.get(_squash(m["approx"] or ""), "about"), (estimate - half, estimate + half))
    return _Window(estimate, lo, hi, f"{words} ({event.label} {event.date.isoformat()})")


def add_period(date: dt.date, n: int, unit: str) -> dt.date:
    """``date`` plus ``n`` days, weeks, months or years (month ends clamp: Jan 31 + 1 month
    is Feb 28)."""
    if unit in ("day", "week"):
        return date + dt.timedelta(days=n * _UNIT_DAYS[unit])
    months = n * (12 if unit == "year" else 1)
    year, month0 = divmod(date.month - 1 + months, 12)
    year += date.year
    return dt.date(year, month0 + 1, min(date.day, calendar.monthrange(year, month0 + 1)[1]))


def _year(body: str, exprs: list[DateExpr], window: _Window | None,
          ref: DateExpr | None) -> tuple[int | None, list[str]]:
    """The year of publication and the words it rests on, strongest clue first."""
    if window is not None:
        return window.estimate.year, [window.evidence]
    clue = _anchored_year(body, exprs) or _linked_year(body, exprs)
    if clue:
        return clue
    return _year_from_bounds(exprs, _subject(ref, exprs), reported=ref is not None)


def _anchored_year(body: str, exprs: list[DateExpr]) -> tuple[int, list[str]] | None:
    # "in September last year following the so-called partial mobilization" → 2022 + 1
    for e in exprs:
        if e.rel_year is None:
            continue
        sentence = body[e.sentence[0]:e.sentence[1]]
        for event in events():
            if event.names.search(sentence):
                return event.date.year - e.rel_year, [f"{e.text} ({event.label} {event.date:%Y-%m})"]
    return None


def _linked_year(body: str, exprs: list[DateExpr]) -> tuple[int, list[str]] | None:
    # "presidential elections next year" + "the 2024 presidential elections" → 2023. The
    # shared word must be rare in the text: the article's topic ("Sri Lanka" throughout)
    # or a word of the beat ("війська") links nothing
    years = [e for e in exprs if e.explicit and e.month is None]
    counts = None
    for e in exprs:
        if not e.rel_year:
            continue
        for y in years:
            shared = _stems(_words_near(body, e)) & _stems(_words_near(body, y))
            if shared:
                counts = counts or Counter(w[:5].lower() for w in _WORD.findall(body) if len(w) >= 5)
                shared = {w for w in shared if counts[w] <= 2}
            if shared:
                return y.year - e.rel_year, [_context(body, e, shared), _context(body, y, shared)]
    return None


_WORD = re.compile(r"[^\W\d_]+")


def _words_near(body: str, e: DateExpr, n: int = 2) -> tuple[list[str], list[str]]:
    before = _WORD.findall(body, e.sentence[0], e.start)[-n:]
    after = _WORD.findall(body, e.end, e.sentence[1])[:n]
    return before, after


def _stems(sides: tuple[list[str], list[str]]) -> set[str]:
    # five letters: "elections"/"election", "выборы"/"выборов"; short words are stopwords
    return {w[:5].lower() for side in sides for w in side if len(w) >= 5}


def _context(body: str, e: DateExpr, stems: set[str]) -> str:
    before, after = _words_near(body, e)
    if _stems((before, [])) & stems:
        return " ".join([*before, e.text])
    return " ".join([e.text, *after])


def _subject(ref: DateExpr | None, exprs: list[DateExpr]) -> tuple[int, int] | None:
    """The month and day whose year is sought: the report's own, else its latest event's."""
    if ref is not None and ref.month and ref.day:
        return ref.month, ref.day
    partial = _latest_partial(exprs)
    return (partial.month, partial.day) if partial else None


def _latest_partial(exprs: list[DateExpr]) -> DateExpr | None:
    # a day and month without a year ("dated Oct. 3") is recent: writers give the year
    # for anything further back
    partial = [e for e in exprs if e.year is None and e.rel_year is None and e.month and e.day
               and not e.future and e.qualifier in ("", "on", "in", "dated")]
    return max(partial, key=lambda e: (e.month, e.day), default=None)


def _year_from_bounds(exprs: list[DateExpr], subject: tuple[int, int] | None,
                      reported: bool = False) -> tuple[int | None, list[str]]:
    """The year the explicit dates allow: after what the text looks back on ("since
    March 1, 2023"), before what it looks ahead to ("by the end of August 2023")."""
    known = [e for e in exprs if e.explicit and not e.adjectival]
    ahead = [e for e in known if e.future or e.qualifier == "by"]
    back = [e for e in known if e not in ahead]
    low = max(back, key=_start_of, default=None)
    high = min(ahead, key=_end_of, default=None)
    y_low = y_high = None
    if low is not None:
        start = _start_of(low)
        y_low = start.year + (subject is not None and subject < (start.month, start.day))
    if high is not None:
        end = _end_of(high)
        y_high = end.year - (subject is not None and subject > (end.month, end.day))
    if y_high is not None and y_low is not None and y_high > y_low and high.month is None:
        # after 2025 and before 2027 ("у 2025 році …", "до 2027 року": money budgeted until
        # then): a bare year looked ahead to may be years away, so the bounds name no year
        return None, []
    if y_high is not None and (y_low is None or y_high >= y_low) and (
            subject is not None or reported or y_low is not None):
        return y_high, [high.phrase]
    if y_low is not None and (subject is not None or reported):
        return y_low, [low.phrase]
    # a lower bound alone, with no day or report date of the text's own to place after it,
    # dates what the text looks back on: a post that mentions "a decree of 5 March 2022"
    # may be of any later year
    return None, []


def _start_of(e: DateExpr) -> dt.date:
    return dt.date(e.year, e.month or 1, e.day or 1)


def _end_of(e: DateExpr) -> dt.date:
    month = e.month or 12
    return dt.date(e.year, month, e.day or calendar.monthrange(e.year, month)[1])


def _date_in_year(year: int, ref: DateExpr | None, window: _Window | None,
                  exprs: list[DateExpr]) -> tuple[str, str]:
    """The publication date within ``year`` as precisely as the clues allow."""
    if ref is not None and ref.month and ref.day:
        iso = _iso_from_parts(year, ref.month, ref.day)
        if iso:
            return iso, ref.phrase
    if window is not None:
        if ref is not None and ref.weekday is not None:
            return _weekday_in(window, ref.weekday).isoformat(), ref.phrase
        narrow = (window.hi - window.lo).days <= 31
        return (f"{window.estimate:%Y-%m}" if narrow else str(year)), ""
    partial = _latest_partial(exprs)
    if partial is not None:
        return f"{year:04d}-{partial.month:02d}", partial.phrase
    return f"{year:04d}", ""


def _weekday_in(window: _Window, weekday: int) -> dt.date:
    """The day of ``weekday`` nearest the estimate, preferring days inside the window."""
    days = [window.estimate + dt.timedelta(days=k) for k in range(-7, 8)]
    days = [d for d in days if d.weekday() == weekday]
    inside = [d for d in days if window.lo <= d <= window.hi] or days
    return min(inside, key=lambda d: (abs((d - window.estimate).days), d))
