"""Payments, comparable: a layer over a document's quantities and measures that says what
each sum offered to recruits is. Nothing here changes the extractions it reads.

For each money quantity offered (modality ``offer``, or counting a payment word):

1. a sum in brackets right after another one is the report's own conversion of it and
   becomes part of that payment, not a payment of its own ("400,000 rubles ($4,900)");
2. its clause is cut at the neighbouring sums, and the cues of ``lexicon/payments.toml``
   nearest the sum decide one-off or monthly, then who pays (federal, regional,
   municipal, employer), the whole sentence and the places in it deciding when the
   clause does not; recipients come from the sentence's cues and the target groups of
   the measures the sum belongs to;
3. the amount in RUB: as stated, else the report's own conversion, else a rate the
   text gives ("at 92 rubles to the dollar"); "up to" kept from the quantity;
4. the federal subjects (or occupied territories) it applies to: the places of its
   sentence, else of the measures it belongs to, else, for a regional payment, of the
   report's first sentence (the headline);
5. the date it takes effect: a "since/from/с" date in its sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from recruitwatch.model import Document, Quantity, Span
from recruitwatch.regions.places import COUNTRY, resolve_mention, resolve_place
from recruitwatch.resources import load_toml
from recruitwatch.text import sentence_spans

__all__ = ["Payment", "payments"]

MONEY = ("RUB", "USD", "EUR")
_AFTER = 60  # characters after a sum whose cues still describe it


@dataclass(slots=True)
class Payment:
    quantity: int  # index of the sum in Document.quantities
    span: Span  # the words of the sum
    text: str
    value: float
    high: float | None
    currency: str
    approx: str
    up_to: bool
    periodicity: str  # one-off | monthly | other
    level: str  # federal | regional | municipal | employer | unknown
    recipients: list[str]
    rub: float | None  # the amount in rubles (the low end of a range)
    rub_high: float | None
    rub_basis: str | None  # stated | report (its own conversion) | rate (a rate it gives)
    regions: list[str] = field(default_factory=list)  # codes of subjects / occupied territories
    effective: str | None = None  # the date it takes effect, where the text gives one
    converted: list[dict[str, Any]] = field(default_factory=list)  # the report's conversions

    def to_record(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class _Lexicon:
    periodicity: dict[str, re.Pattern]
    level: dict[str, re.Pattern]
    level_actors: dict[str, re.Pattern]
    recipients: dict[str, re.Pattern]
    recipient_groups: dict[str, str]
    conversion_gap: re.Pattern
    rates: tuple[re.Pattern, ...]
    currencies: dict[str, str]
    payment_words: re.Pattern
    change_gap: re.Pattern
    generic_regions: re.Pattern


def _alternation(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    data = load_toml("lexicon/payments.toml")
    return _Lexicon(
        periodicity={k: _alternation(v) for k, v in data["periodicity"].items()},
        level={k: _alternation(v) for k, v in data["level"].items()},
        level_actors={k: _alternation(v) for k, v in data["level_actors"].items()},
        recipients={k: _alternation(v) for k, v in data["recipients"].items()},
        recipient_groups=dict(data["recipient_groups"]),
        conversion_gap=re.compile(data["conversion"]["gap"], re.IGNORECASE),
        rates=tuple(re.compile(p, re.IGNORECASE) for p in data["rate"]["patterns"]),
        currencies={k.lower(): v for k, v in data["rate"]["currencies"].items()},
        payment_words=_alternation(data["payment"]["words"]),
        change_gap=re.compile(data["payment"]["change_gap"], re.IGNORECASE),
        generic_regions=_alternation(data["payment"]["generic_regions"]),
    )


def payments(doc: Document) -> list[Payment]:
    """The payments ``doc`` reports, one per offered sum (conversions folded in), in text order."""
    lex = _lexicon()
    money = [i for i, q in enumerate(doc.quantities)
             if q.unit in MONEY and q.reviewed != "rejected"]  # a person said it is no sum
    conversions = _conversions(doc, money, lex)
    sentences = sentence_spans(doc.body)
    out: list[Payment] = []
    for i in money:
        q = doc.quantities[i]
        if i in conversions.values() or not _is_payment(q, lex):
            continue
        sentence = _sentence_of(sentences, q.span[0], len(doc.body))
        partner = doc.quantities[conversions[i]] if i in conversions else None
        pay = _payment(doc, i, sentence, partner, money, sentences, lex)
        if out and _ends_change(doc, out[-1], pay, lex):
            _inherit(pay, out[-1])
        out.append(pay)
    _share_levels(out)
    return out


def _ends_change(doc: Document, prev: Payment, pay: Payment, lex: _Lexicon) -> bool:
    """"from 195,000 to 400,000 rubles": the second sum is the same payment, changed."""
    start = prev.span[1] if not prev.converted else doc.body.find(")", prev.span[1]) + 1
    return bool(lex.change_gap.fullmatch(doc.body[start:pay.span[0]]))


def _inherit(pay: Payment, prev: Payment) -> None:
    pay.periodicity, pay.level, pay.recipients = prev.periodicity, prev.level, list(prev.recipients)
    pay.regions = pay.regions or list(prev.regions)


def _share_levels(out: list[Payment]) -> None:
    """A sum a headline restates without its payer takes the payer the article gives it."""
    known = {(p.currency, p.value): p.level for p in out if p.level != "unknown"}
    for p in out:
        if p.level == "unknown":
            p.level = known.get((p.currency, p.value), "unknown")


def _is_payment(q: Quantity, lex: _Lexicon) -> bool:
    return q.modality == "offer" or bool(lex.payment_words.search(q.counts))


def _conversions(doc: Document, money: list[int], lex: _Lexicon) -> dict[int, int]:
    """Index of a sum → index of the bracketed sum right after it that converts it."""
    out = {}
    for a, b in zip(money, money[1:]):
        qa, qb = doc.quantities[a], doc.quantities[b]
        gap = doc.body[qa.span[1]:qb.span[0]]
        if qa.unit != qb.unit and len(gap) < 40 and lex.conversion_gap.fullmatch(gap):
            out[a] = b
    return out


def _sentence_of(sentences: list[Span], pos: int, n: int) -> Span:
    return next(((s, e) for s, e in sentences if s <= pos < e), (max(0, pos - 200), min(n, pos + 200)))


def _payment(doc: Document, i: int, sentence: Span, partner: Quantity | None, money: list[int],
             sentences: list[Span], lex: _Lexicon) -> Payment:
    q = doc.quantities[i]
    before, after = _clause(doc, i, sentence, money)
    whole = doc.body[sentence[0]:sentence[1]]
    places = _sentence_regions(doc, sentence)
    periodicity = _periodicity(q, before, after, lex)
    level = _level(before, after, whole, places, lex)
    rub, rub_high, basis = _in_rubles(doc, q, partner, lex)
    up_to = q.approx == "at_most"
    generic = bool(lex.generic_regions.search(before))
    regions = [] if generic else _payment_regions(doc, i, places, level, sentences)
    return Payment(
        quantity=i, span=q.span, text=q.text, value=q.value, high=q.high, currency=q.unit,
        approx=q.approx, up_to=up_to, periodicity=periodicity, level=level,
        recipients=_recipients(doc, i, whole, sentence, lex, periodicity), rub=rub,
        rub_high=rub_high, rub_basis=basis, regions=regions,
        effective=_effective(doc, sentence),
        converted=[{"value": partner.value, "currency": partner.unit, "text": partner.text}]
        if partner else [])


def _clause(doc: Document, i: int, sentence: Span, money: list[int]) -> tuple[str, str]:
    """The sentence's words before the sum (from the previous sum on) and after it (to the
    next sum, at most ``_AFTER`` characters), the bracketed conversion skipped."""
    q = doc.quantities[i]
    prev_end = max([doc.quantities[j].span[1] for j in money
                    if doc.quantities[j].span[1] <= q.span[0]] + [sentence[0]])
    nxt = [doc.quantities[j].span[0] for j in money if doc.quantities[j].span[0] > q.span[1] + 12]
    end = min([*nxt, sentence[1], q.span[1] + _AFTER])
    return doc.body[prev_end:q.span[0]], doc.body[q.span[1]:end]


def _before(patterns: dict[str, re.Pattern], before: str) -> tuple[int, str] | None:
    """(distance, key) of the cue that ends nearest before the sum; a longer cue wins a tie
    ("average state wage" is not a wage)."""
    hits = [(len(before) - m.end(), -len(m.group(0)), key)
            for key, pat in patterns.items() for m in pat.finditer(before)]
    return (min(hits)[0], min(hits)[2]) if hits else None


def _after(patterns: dict[str, re.Pattern], after: str) -> str | None:
    hits = [(m.start(), key) for key, pat in patterns.items() for m in [pat.search(after)] if m]
    return min(hits)[1] if hits else None


def _nearest(patterns: dict[str, re.Pattern], before: str, after: str) -> str | None:
    """The key whose cue ends nearest before the sum, else starts nearest after it."""
    hit = _before(patterns, before)
    return hit[1] if hit else _after(patterns, after)


_CLOSE = 30  # a cue this close before the sum speaks for it over the sum's counted words


def _periodicity(q: Quantity, before: str, after: str, lex: _Lexicon) -> str:
    close = _before(lex.periodicity, before)
    own = _before(lex.periodicity, q.counts)
    if close and (close[0] <= _CLOSE or not own):
        found: str | None = close[1]
    else:
        found = own[1] if own else _after(lex.periodicity, after)
    if found:
        return found.replace("_", "-")
    return "one-off" if lex.payment_words.search(q.counts + " " + before[-40:]) else "other"


def _level(before: str, after: str, whole: str, places: list, lex: _Lexicon) -> str:
    found = _nearest(lex.level, before, after) or _nearest(lex.level_actors, before, after)
    if found:
        return found
    if places:
        return "regional"  # "Tatarstan alone now offers 2 million rubles"
    for table in (lex.level, lex.level_actors):
        hits = [key for key, pat in table.items() if pat.search(whole)]
        if hits:
            return hits[0] if len(hits) == 1 else "unknown"
    return "unknown"


def _recipients(doc: Document, i: int, whole: str, sentence: Span, lex: _Lexicon,
                periodicity: str) -> list[str]:
    found = {key for key, pat in lex.recipients.items() if pat.search(whole)}
    for m in doc.measures:
        if i in m.quantities or sentence[0] <= m.span[0] < sentence[1]:
            found.update(lex.recipient_groups[g] for g in m.groups if g in lex.recipient_groups)
    if not found - {"volunteers"} and _foreign_report(doc, lex):
        found = {"foreigners"}  # a report on recruiting foreigners: its sums are offered to them
    if found - {"volunteers"}:
        found.discard("volunteers")  # prisoners who sign up are paid as prisoners
    if not found and periodicity in ("one-off", "monthly"):
        found.add("volunteers")
    return sorted(found)


def _foreign_report(doc: Document, lex: _Lexicon) -> bool:
    """Every measure of the report that names a target group targets foreigners."""
    named = [m for m in doc.measures if m.groups and m.groups != ["general_public"]]
    return bool(named) and all(lex.recipient_groups.get(g) == "foreigners"
                               for m in named for g in m.groups if g != "general_public")


def _in_rubles(doc: Document, q: Quantity, partner: Quantity | None, lex: _Lexicon
               ) -> tuple[float | None, float | None, str | None]:
    if q.unit == "RUB":
        return q.value, q.high, "stated"
    if partner is not None and partner.unit == "RUB":
        return partner.value, partner.high, "report"
    rate = _stated_rate(doc.body, q.unit, lex)
    if rate:
        return q.value * rate, q.high * rate if q.high is not None else None, "rate"
    return None, None, None


def _stated_rate(body: str, currency: str, lex: _Lexicon) -> float | None:
    for pat in lex.rates:
        for m in pat.finditer(body):
            named = m.groupdict().get("currency") or "$"
            code = next((v for k, v in lex.currencies.items() if named.lower().startswith(k)), None)
            if code == currency:
                return float(m.group("rate").replace(",", "."))
    return None


def _sentence_regions(doc: Document, sentence: Span) -> list[str]:
    """Codes of the federal subjects and occupied territories named in the sentence."""
    out = []
    for ent in doc.entities:
        if ent.type != "PLACE":
            continue
        for s, e in ent.mentions:
            # read where it stands: "Moscow wants to avoid a call-up" is the state, no region
            region = resolve_mention(doc.body, s, e, ent.name) if sentence[0] <= s < sentence[1] else None
            if region is not None and region.kind != COUNTRY and region.code not in out:
                out.append(region.code)
    return out


def _payment_regions(doc: Document, i: int, places: list[str], level: str,
                     sentences: list[Span]) -> list[str]:
    if level == "federal":
        return []
    if places:
        return places
    for m in doc.measures:
        if i in m.quantities:
            found = _codes(m.places)
            if found:
                return found
    if level in ("regional", "municipal") and sentences:
        return _sentence_regions(doc, sentences[0])
    return []


def _codes(names: list[str]) -> list[str]:
    out = []
    for name in names:
        region = resolve_place(name)
        if region is not None and region.kind != COUNTRY and region.code not in out:
            out.append(region.code)
    return out


def _effective(doc: Document, sentence: Span) -> str | None:
    from recruitwatch.extract.eventdates import find_dates

    text = doc.body[sentence[0]:sentence[1]]
    for mention in find_dates(text, doc.published, doc.language or "en"):
        if mention.qualifier == "since" and mention.date:
            return mention.date
    return None
