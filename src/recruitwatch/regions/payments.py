"""Payments, comparable: a layer over a document's quantities and measures that says what
each sum offered to recruits is. Nothing here changes the extractions it reads.

For each sum of money (in RUB, USD, EUR, or a currency its counted words name: "600,000
Sri Lankan Rupees") that is offered (modality ``offer``), counts a payment word, or has a
payment word in its clause ("выплата ... составляет от 50 до 100 тысяч рублей", "200,000
rubles a month"), up to what one person may be paid:

1. a sum in brackets right after another one is the report's own conversion of it and
   becomes part of that payment, not a payment of its own ("400,000 rubles ($4,900)");
2. its clause is cut at the neighbouring sums, and the cues of ``lexicon/payments.toml``
   nearest the sum decide one-off or monthly, then who pays (federal, regional,
   municipal, employer), the cues of the sentence nearer this sum than any other and the
   places in it deciding when the clause does not, then the report's lead (its first
   sentences: "ЧВК Вагнера завербовала...", "the Defense Ministry steps up its push"),
   where a monthly pay is never a region's; recipients are the sentence's cues nearest
   this sum, else the target groups of the measures the sum belongs to;
3. the amount in RUB: as stated, else the report's own conversion, else a rate the
   text gives ("at 92 rubles to the dollar"); "up to" kept from the quantity;
4. the federal subjects (or occupied territories) it applies to: the places of its
   sentence, else of the measures it belongs to, else, for a regional payment, of the
   report's first sentence (the headline);
5. the date it takes effect: a "since/from/с" date in its sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from recruitwatch.model import Document, Quantity, Span
from recruitwatch.regions.places import COUNTRY, resolve_mention, resolve_place
from recruitwatch.resources import load_toml
from recruitwatch.text import sentence_spans

__all__ = ["Payment", "names_currency", "payments"]

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
    currency_names: dict[str, re.Pattern]
    cue_modalities: frozenset[str]
    monthly_after: re.Pattern
    max_rub: float
    scale: dict[str, float]


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
        currency_names={k: _alternation(v) for k, v in data["currency_names"].items()},
        cue_modalities=frozenset(data["payment"]["cue_modalities"]),
        monthly_after=re.compile(data["payment"]["monthly_after"], re.IGNORECASE),
        max_rub=float(data["payment"]["max_rub"]),
        scale={k: float(v) for k, v in data["payment"]["rough_rub"].items()},
    )


def payments(doc: Document) -> list[Payment]:
    """The payments ``doc`` reports, one per offered sum (conversions folded in), in text order."""
    lex = _lexicon()
    currency = {i: c for i, q in enumerate(doc.quantities)
                if q.reviewed != "rejected" and (c := _currency(q, lex))}  # rejected: no sum, a person said
    money = sorted(currency)
    conversions = _conversions(doc, money, currency, lex)
    sentences = sentence_spans(doc.body)
    out: list[Payment] = []
    for i in money:
        q = doc.quantities[i]
        sentence = _sentence_of(sentences, q.span[0], len(doc.body))
        if i in conversions.values() or not _is_payment(doc, i, sentence, money, lex):
            continue
        partner = doc.quantities[conversions[i]] if i in conversions else None
        pay = _payment(doc, i, currency[i], sentence, partner, money, sentences, lex)
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


def _currency(q: Quantity, lex: _Lexicon) -> str | None:
    """RUB, USD, EUR as the quantity says, else the currency its words name ("600,000 Sri
    Lankan Rupees") or, in older extractions, its counted words."""
    if q.unit in MONEY:
        return q.unit
    return (names_currency(q.text) or names_currency(q.counts)) if q.unit == "other" else None


def names_currency(counts: str) -> str | None:
    """The currency counted words name ("Sri Lankan Rupees" → "LKR"), if any."""
    return next((code for code, pat in _lexicon().currency_names.items() if pat.search(counts)), None)


def _is_payment(doc: Document, i: int, sentence: Span, money: list[int], lex: _Lexicon) -> bool:
    """Offered, or counting a payment word; else a sum one person may be paid with a payment
    word in its clause (a budget of billions is no payment)."""
    q = doc.quantities[i]
    if q.modality == "offer" or lex.payment_words.search(q.counts):
        return True
    if q.modality not in lex.cue_modalities or (q.high or q.value) * lex.scale.get(q.unit, 1.0) > lex.max_rub:
        return False
    before, after = _clause(doc, i, sentence, money)
    near = before[-_CUE_BEFORE:] + " " + after[:_CUE_AFTER]
    return bool(lex.payment_words.search(near) or lex.monthly_after.match(after)
                or any(p.search(near) for p in lex.periodicity.values()))


_CUE_BEFORE, _CUE_AFTER = 100, 45  # characters around a sum whose payment words make it one


def _conversions(doc: Document, money: list[int], currency: dict[int, str], lex: _Lexicon) -> dict[int, int]:
    """Index of a sum → index of the bracketed sum right after it that converts it."""
    out = {}
    for a, b in zip(money, money[1:]):
        qa, qb = doc.quantities[a], doc.quantities[b]
        gap = doc.body[qa.span[1]:qb.span[0]]
        if currency[a] != currency[b] and len(gap) < 40 and lex.conversion_gap.fullmatch(gap):
            out[a] = b
    return out


def _sentence_of(sentences: list[Span], pos: int, n: int) -> Span:
    return next(((s, e) for s, e in sentences if s <= pos < e), (max(0, pos - 200), min(n, pos + 200)))


def _payment(doc: Document, i: int, currency: str, sentence: Span, partner: Quantity | None,
             money: list[int], sentences: list[Span], lex: _Lexicon) -> Payment:
    q = doc.quantities[i]
    before, after = _clause(doc, i, sentence, money)
    own = _own_text(doc, i, sentence, money)
    places = _sentence_regions(doc, sentence)
    periodicity = _periodicity(q, before, after, lex)
    level = _level(before, after, own, places, periodicity, lex)
    if level == "unknown":
        level = _lead_level(doc, sentences, periodicity, lex)
    rub, rub_high, basis = _in_rubles(doc, q, currency, partner, lex)
    up_to = q.approx == "at_most"
    generic = bool(lex.generic_regions.search(before))
    regions = [] if generic else _payment_regions(doc, i, places, level, sentences)
    return Payment(
        quantity=i, span=q.span, text=q.text, value=q.value, high=q.high, currency=currency,
        approx=q.approx, up_to=up_to, periodicity=periodicity, level=level,
        recipients=_recipients(doc, i, own, sentence, sentences, lex), rub=rub,
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
    if prev_end > sentence[0]:
        # "... a month, and the families of the killed get 5 million"
        prev_end = _split(doc.body, prev_end, q.span[0]) if _CLAUSE_BREAK.search(doc.body, prev_end, q.span[0]) else prev_end
    nxt = [doc.quantities[j].span[0] for j in money if doc.quantities[j].span[0] > q.span[1] + 12]
    end = min([*nxt, sentence[1], q.span[1] + _AFTER])
    return doc.body[prev_end:q.span[0]], doc.body[q.span[1]:end]


def _own_text(doc: Document, i: int, sentence: Span, money: list[int]) -> str:
    """The sentence's words that belong to this sum, the other sums' words blanked: the words
    between two sums are split where a new clause starts (", and", ", а", ";"), else halfway.
    In "with the federal 400,000 rubles a recruit now gets 1.4 million" the word "federal"
    is the first sum's."""
    sums = sorted(doc.quantities[j].span for j in money if sentence[0] <= doc.quantities[j].span[0] < sentence[1])
    k = sums.index(doc.quantities[i].span)
    start = _split(doc.body, sums[k - 1][1], sums[k][0]) if k else sentence[0]
    end = _split(doc.body, sums[k][1], sums[k + 1][0]) if k + 1 < len(sums) else sentence[1]
    text = doc.body[sentence[0]:sentence[1]]
    a, b = start - sentence[0], end - sentence[0]
    return _blank(text[:a]) + text[a:b] + _blank(text[b:])


def _split(body: str, a_end: int, b_start: int) -> int:
    """Where the words of the next sum begin between two sums: after the first clause break
    ("в месяц, а | семьям погибших — 5 миллионов")."""
    found = _CLAUSE_BREAK.search(body, a_end, b_start)
    return found.end() if found else (a_end + b_start) // 2


_CLAUSE_BREAK = re.compile(r",\s*(?:and|while|but|whereas|а|и|но|та|і|й|а также)\s|;|\s[—–]\s")


def _blank(text: str) -> str:
    return re.sub(r"\S", "\x00", text)


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
    return "one-off" if lex.payment_words.search(q.counts + " " + before[-_CUE_BEFORE:]) else "other"


def _lead_level(doc: Document, sentences: list[Span], periodicity: str, lex: _Lexicon) -> str:
    """Who pays by the report's lead (its first sentences), when one payer alone is named
    there; a monthly pay is the state's or an employer's, never read as a region's."""
    lead = sentences[:_LEAD]
    if not lead:
        return "unknown"
    span = (lead[0][0], lead[-1][1])
    ranked = _lead_votes(doc.body[span[0]:span[1]])
    if not ranked and _sentence_regions(doc, span):
        ranked = [("regional", 1)]
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return "unknown"
    kind = ranked[0][0]
    return "unknown" if periodicity == "monthly" and kind in ("regional", "municipal") else kind


_LEAD = 2  # sentences: the headline and the lead


@lru_cache(maxsize=1024)
def _lead_votes(lead: str) -> list[tuple[str, int]]:
    """The two payers a report's lead names most (read once per report, not per sum)."""
    lex = _lexicon()
    text = lex.generic_regions.sub(" ", lead)  # "in some regions" names no payer
    votes = Counter(key for table in (lex.level, lex.level_actors) for key, pat in table.items()
                    for _ in pat.finditer(text))
    return votes.most_common(2)


def _level(before: str, after: str, whole: str, places: list, periodicity: str, lex: _Lexicon) -> str:
    found = _nearest(lex.level, before, after) or _nearest(lex.level_actors, before, after)
    if found:
        return found
    if places and periodicity != "monthly":
        return "regional"  # "Tatarstan alone now offers 2 million rubles"; monthly pay is no region's
    for table in (lex.level, lex.level_actors):
        hits = [key for key, pat in table.items() if pat.search(whole)]
        if hits:
            return hits[0] if len(hits) == 1 else "unknown"
    return "unknown"


def _recipients(doc: Document, i: int, own: str, sentence: Span, sentences: list[Span],
                lex: _Lexicon) -> list[str]:
    """The recipients its own words name ("семьям погибших — 5 миллионов"), else the target
    groups of its measures."""
    found = {key for key, pat in lex.recipients.items() if pat.search(own)}
    if not found - {"volunteers"}:
        for m in doc.measures:
            if i in m.quantities or sentence[0] <= m.span[0] < sentence[1]:
                found.update(lex.recipient_groups[g] for g in m.groups if g in lex.recipient_groups)
    if not found - {"volunteers"}:
        found |= _previous_recipients(doc, sentence, lex)
    if not found - {"volunteers"} and _foreign_report(doc, sentences, lex):
        found = {"foreigners"}  # a report on recruiting foreigners: its sums are offered to them
    if found - {"volunteers"}:
        found.discard("volunteers")  # prisoners who sign up are paid as prisoners
    if not found:
        found.add("volunteers")
    return sorted(found)


def _previous_recipients(doc: Document, sentence: Span, lex: _Lexicon) -> set[str]:
    """The recipients of the sentence before, when it speaks of payments: "a list of one-off
    payments to servicemen wounded ... Fighters will get up to 3 million rubles"."""
    head = doc.body[max(0, sentence[0] - 400):sentence[0]].rstrip()
    cut = max(head.rfind(". ", 0, len(head) - 1), head.rfind("\n", 0, len(head) - 1))
    prev = head[cut + 1:]
    if not lex.payment_words.search(prev):
        return set()
    return {key for key, pat in lex.recipients.items() if pat.search(prev)} - {"volunteers"}


def _foreign_report(doc: Document, sentences: list[Span], lex: _Lexicon) -> bool:
    """Most measures of the report that name a target group target foreigners, or its lead
    names foreigners ("more than 1,400 citizens of 36 African countries fight for Russia")."""
    lead = sentences[:_LEAD]
    if lead and lex.recipients["foreigners"].search(doc.body[lead[0][0]:lead[-1][1]]):
        return True
    named = [m for m in doc.measures if set(m.groups) - {"general_public"}]
    foreign = sum(any(lex.recipient_groups.get(g) == "foreigners" for g in m.groups) for m in named)
    return foreign > len(named) - foreign


def _in_rubles(doc: Document, q: Quantity, currency: str, partner: Quantity | None, lex: _Lexicon
               ) -> tuple[float | None, float | None, str | None]:
    if currency == "RUB":
        return q.value, q.high, "stated"
    if partner is not None and partner.unit == "RUB":
        return partner.value, partner.high, "report"
    rate = _stated_rate(doc.body, currency, lex)
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
