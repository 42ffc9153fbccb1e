"""Quantities: the numbers in a report, with what they count and what kind of figure they are.

Steps, in order, for one text (each a single regex pass over it):

1. mask what only looks numeric: page furniture ("1 min read"), phone numbers, times,
   ordinals ("2nd", "3-й"), so offsets stay put but nothing there is read;
2. read every number: digits with thousands grouping ("400,000", "3 000", "1,5 млн"),
   written-out numbers ("two million", "полмиллиона"), vague amounts ("tens of
   thousands", a range), with scale words, currency signs and ranges ("18 to 30");
3. drop what is not a quantity: dates, years, identifiers ("No. 647"), durations,
   hyphenated modifiers ("one-year contract"), model names ("Su-25");
4. attach unit, approximation, what it counts and its modality, from cues in its clause;
5. a converted amount in brackets ("495,000 roubles ($5,130)") takes its original's reading.

All words and cues live in ``data/lexicon/quantities_<lang>.toml`` (with the shared
``quantities_common.toml``); the choices behind them are written down there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from recruitwatch.extract import morph
from recruitwatch.fastre import Folded, compile_folded, first_chars, guarded
from recruitwatch.model import Quantity, Span
from recruitwatch.resources import load_toml
from recruitwatch.text import sentence_spans, statement_spans

__all__ = ["counts_key", "extract_quantities"]

_LANGS = ("en", "ru", "uk")
_MONEY = ("RUB", "USD", "EUR")
_MODALITIES = ("none", "limit", "top", "other", "spent", "held", "achieved", "target", "estimate", "offer", "rate",
               "pace")
_WEAK_PENALTY = 40  # a weak cue ("could", "will") counts as if this many characters further
_WINDOW = 40  # characters before a number searched for approximation or label words
_CHANGE_REACH = 80  # characters before "до" searched for the verb of a change ("збільшили з … до")
_PEOPLE_REACH = 300  # a bare figure this close after a count of people counts people too
_QUOTE_MARKS = re.compile(r"[«»“”„]")
# (a word set in quotes reads as itself: "20 тисяч «молодих» громадян")
_TOKEN = re.compile(r"[ \t\u00a0\u2009\u202f]*[«\"“„]?([^\W\d_][\w'’\-]*)[»\"”]?")
# an opening quote mark before a word: a noun the writer sets in quotes ("30 «волонтерів»")
_SCARE_QUOTE = re.compile(r"[ \t\u00a0]*[«\"“„](?=[^\W\d_])")
_WORDS = re.compile(r"[^\W\d_]+(?:['ʼ’][^\W\d_]+)*")
_CLOSING_QUOTES = frozenset("»”\"")
_QUOTE_OPENED = re.compile(r"[«“„\"][^«»“”„\"]*$")
_FLAGS = re.IGNORECASE
# between a payment noun and its amount: "salary of", "выплата составит", not "bonus and"
_GAP_BREAK = re.compile(r"\d|[.;:!?]|,(?!\s*(?:which|that|who|котор\w+|як\w+))"
                        r"|(?<!\w)(?:and|or|but|while|и|а|или|но|та|і|й)(?!\w)", _FLAGS)
# what does not break that gap: a year ("выплата в 2024 году составит") and a label's colon
# just before the sum ("Sign-up bonus: 400,000 rubles")
_GAP_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)(?:\s*(?:year|году|года|г\.|рік|році|року|р\.))?",
                       _FLAGS)
_GAP_LABEL = re.compile(r":\s*$")
# "tens of thousands of others", "10% of their pay", "10% из них"
_OF = re.compile(r"\s+(?:of|из|з)\s+(?:the\s+|these\s+|those\s+|their\s+|its\s+|all\s+)?", _FLAGS)


@dataclass(slots=True)
class _Reading:
    """One number as read, before it is judged a quantity."""

    start: int
    end: int  # end of the number words, scale and unit
    value: float
    high: float | None = None
    unit: str = "other"
    approx: str = "exact"
    counts: str = ""
    counts_end: int = -1
    kind: str = "digits"  # digits | words | vague | fixed
    scale: float = 1.0  # the scale word's multiplier ("million" = 1e6), 1 when none
    scaled: bool = False
    money_adjective: bool = False
    people: bool = False
    year_like: bool = False
    people_only: bool = False  # a vague plural ("dozens of") kept only when it counts people
    partitive: bool = False  # "140 of them": a part of what the figure before counts
    currency: bool = False  # a sum in a currency with no unit of its own (rupees, hryvnias)


@dataclass(frozen=True, slots=True)
class _Grammar:
    lang: str
    number: re.Pattern
    number_core: re.Pattern
    masks: tuple[re.Pattern, ...]  # passes in order (see _masks)
    words: dict[str, float]
    collective: frozenset[str]  # numerals that count people on their own ("семеро")
    people_only: frozenset[str]  # oblique numerals read only where they count people
    partitive: re.Pattern
    partitive_before: re.Pattern
    part_verb: re.Pattern  # the verb after a part's number, past its auxiliaries (group 1)
    befell: re.Pattern  # English: the words of a verb of what befell people
    dependants: re.Pattern  # a family's children: counted around what happened, never done
    venues: re.Pattern  # places and institutions: where something goes on, no tally of its own
    saying: tuple[str, ...]  # stems of verbs of saying: a clause that says tells no deed
    possessive: re.Pattern  # between a number and its noun ("200 своих граждан")
    multipliers: dict[str, float]
    scales: list[tuple[re.Pattern, float]]
    scale_units: list[tuple[re.Pattern, str]]  # scale words that name their currency ("ляма")
    fixed: list[tuple[re.Pattern, float, str]]  # a set value and its unit ("полмиллиона", "половина" = 50%)
    vague: list[tuple[re.Pattern, float, float, bool]]
    prefix_units: list[tuple[re.Pattern, str]]
    unit_after: re.Pattern
    money_adjective: re.Pattern
    approx_before: re.Pattern
    approx_after: re.Pattern
    range_join: re.Pattern
    range_join_prefixed: re.Pattern
    range_prefix: re.Pattern
    change_before: re.Pattern
    change_after: re.Pattern  # "до 1,5 млн рублей увеличена": the change verb after the figure
    change_from: re.Pattern  # "з 3,1 до": the figure a change starts from
    change_prefix: re.Pattern
    change_by: re.Pattern | None  # "на 100 тыс., до 200 тыс.": the rise before the figure it reaches
    percent_change: tuple[tuple[re.Pattern, str], ...]  # "выросло на 55%": the rise, by its verb
    change_by_alone: re.Pattern  # "на" right before the figure
    label_before: re.Pattern
    month_before: re.Pattern
    month_after: re.Pattern
    duration_after: re.Pattern
    age_before: re.Pattern
    age_after: re.Pattern
    age_bare: re.Pattern | None  # "are over 50": an age when no noun is counted
    people: re.Pattern
    stop: frozenset[str]
    origin: frozenset[str]
    adjective: re.Pattern | None
    done_participle: re.Pattern | None  # "разданных повесток": a count of things done
    payment: re.Pattern
    generic_payment: re.Pattern  # a noun of any sum ("сумма"), which a named payment beats
    payment_after: re.Pattern
    period_after: re.Pattern
    max_modifiers: int
    pay_verb: re.Pattern  # "pays", "предлагает": a verb that hands over the sum after it
    amounts: re.Pattern  # "составит", "will be": a verb of amounting right before the sum
    implied: str  # the payment such a verb names ("payment", "выплата")
    signing_after: re.Pattern  # "1.4 million rubles on signing": a sum paid for a contract
    cues: Folded  # modality cues, run over folded text (see recruitwatch.fastre)
    people_verbs: re.Pattern
    change_sensitive: frozenset[str]
    penalty: re.Pattern
    debt: re.Pattern  # debts: a benefit when written off, else a debt of so much
    write_off: re.Pattern
    budget: re.Pattern  # a budget or a plan that an aggregate sum is set aside in
    charge: re.Pattern | None
    outside: re.Pattern  # an outside counter in the sentence makes a count of people an estimate
    losses: re.Pattern  # what a count of losses counts ("killed", "погибших"): also an estimate
    combat: re.Pattern  # a battle report's enemy put out of action ("ликвидировано"): a tally
    slang: tuple[tuple[re.Pattern, str], ...]  # slang for people counted, in plain words
    tally_period: re.Pattern  # "с начала войны": a count over a span of the war is a tally
    share: str  # what a percentage counts, before its noun ("share", "доля", "частка")
    number_of: re.Pattern  # "the number of", "число": a bare figure counts what they govern
    changed_object: re.Pattern  # "increase its troops by": the thing a change brings to a bare figure
    changed_to: re.Pattern  # "to", "до": where the change brings the figure
    implied_currency: str  # the currency a scaled sum in a money context goes without naming
    money_context: re.Pattern
    money_nouns: frozenset[str]  # the money_context words that say what a sum is
    money_word: str  # what a sum counts when its clause only spends it ("деньги")
    generic: re.Pattern  # a noun that names no one in particular ("человек", "people")
    roles: list[tuple[re.Pattern, str]]  # the verb or noun near such a count → who they are
    groups: list[tuple[re.Pattern, str]]  # the groups a report is about → who such a count is


def extract_quantities(body: str, lang: str) -> list[Quantity]:
    """Every quantity in ``body``, in order of appearance (spans are offsets into ``body``)."""
    g = _grammar(lang if lang in _LANGS else "en")
    text = _masked(body, g)
    readings = _readings(text, g)
    if not readings:
        return []
    sentences = sentence_spans(body)
    cues = _cue_hits(text, g)
    quantities: list[Quantity] = []
    for i, r in enumerate(readings):
        prev = readings[i - 1] if i else None
        nxt = readings[i + 1] if i + 1 < len(readings) else None
        quantities.append(_quantity(body, text, r, prev, nxt, quantities, sentences, cues, g))
    _joined_subjects(text, readings, quantities, g)
    _figures_referred_back(text, sentences, quantities)
    return _echoes_named(quantities)


# "довести эту цифру до N", "raise this figure to N": the figure just given
_THIS_FIGURE = re.compile(r"(?<!\w)(?:эт[уиао]|этот|этого|эти|цю|цей|ця|ці|цього|this|that|these)\s+"
                          r"(?:цифр\w*|числ\w*|показател\w*|показник\w*|кількіст\w*|количеств\w*|figures?|numbers?|totals?)(?!\w)",
                          re.IGNORECASE)
_DEMONSTRATIVES = frozenset({"эту", "эта", "это", "эти", "этот", "цю", "цей", "ця", "ці", "this", "that", "these"})


def _figures_referred_back(text: str, sentences: list[Span], quantities: list[Quantity]) -> None:
    """A figure that "this figure" leads to counts what the figure before it counts, in the
    same unit ("армия набрала 300 тысяч контрактников … эту цифру хотят увеличить до 400 тысяч")."""
    for i in range(1, len(quantities)):
        q = quantities[i]
        if q.counts and q.counts.lower() not in _DEMONSTRATIVES:
            continue
        if not _THIS_FIGURE.search(text, _sentence(sentences, q.span[0], len(text), text)[0], q.span[0]):
            continue
        before = next((p for p in reversed(quantities[:i]) if p.unit == q.unit and p.counts
                       and p.counts.lower() not in _DEMONSTRATIVES), None)
        if before is not None:
            quantities[i] = replace(q, counts=before.counts)


_EN_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "of", "across", "into", "for"})


def _joined_subjects(text: str, readings: list[_Reading], quantities: list[Quantity], g: _Grammar) -> None:
    """ "57 вузов и 13 колледжей запустили кампанию": counts of one kind joined by "and"
    before the verb they share are told as it tells the last (the verb's clause reached
    only that one)."""
    for i in range(len(quantities) - 2, -1, -1):
        q, nxt, r = quantities[i], quantities[i + 1], readings[i]
        if _after_preposition(text, r.start, g):
            continue  # "в 12 регионах и 40 городах прошли рейды": where, no subject
        if (q.modality == "other" and nxt.modality == "achieved" and q.unit == nxt.unit
                and q.unit not in _MONEY and r.counts_end > r.end
                and _LIST_JOIN.fullmatch(text, r.counts_end, readings[i + 1].start)):
            quantities[i] = replace(q, modality=nxt.modality)


def _echoes_named(quantities: list[Quantity]) -> list[Quantity]:
    """A figure given bare ("План — 343 тысячи") counts what the same figure counts where
    the report names it ("план … составляет 343 тысячи контрактников"), in its unit: one
    value named once; a value named as two different things is left bare."""
    named: dict[tuple[float, float | None], dict[tuple[str, str], str]] = {}
    for q in quantities:
        if q.counts and q.value >= 100:
            # "человек" and "человек (призывники)" name one thing: the noun decides
            key = (q.unit, _ROLE_NOTE.sub("", q.counts))
            named.setdefault((q.value, q.high), {}).setdefault(key, q.counts)
    for i, q in enumerate(quantities):
        found = named.get((q.value, q.high), {})
        if not q.counts and len(found) == 1:
            ((unit, _), counts), = found.items()
            if q.unit in (unit, "other"):
                quantities[i] = replace(q, unit=unit, counts=counts)
    return quantities


_PERSONNEL_IN = re.compile(r"[ \t\u00a0]+(?:в|у)[ \t\u00a0]+(личном[ \t\u00a0]+составе|особовому[ \t\u00a0]+складі)(?!\w)",
                           re.IGNORECASE)
_PERSONNEL = re.compile(r"[ \t\u00a0]+(?:личного[ \t\u00a0]+состава|особового[ \t\u00a0]+складу)(?!\w)",
                        re.IGNORECASE)
_ROLE_NOTE = re.compile(r" \([^()]*\)$")  # the role after a count of people (see _quantity)


# --- step 1: masking ---------------------------------------------------------------------

def _masked(body: str, g: _Grammar) -> str:
    """``body`` with look-alike numbers blanked out; same length, so offsets hold."""
    for mask in g.masks:
        body = mask.sub(_blank, body)
    return body


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _masks(patterns: list[str]) -> tuple[re.Pattern, ...]:
    """The masks that may start at any word character (a domain, an e-mail address: no
    guard can help them) as passes of their own, then the rest as one guarded alternation
    (they start with a digit, "+", "(" or a literal word): one alternation of all tried
    every branch at every letter, twice as slow. Blanked text matches no later pass."""
    broad: list[str] = []
    narrow: list[str] = []
    for p in patterns:
        (broad if _broad_start(p) else narrow).append(p)
    passes = [guarded(re.compile(p, _FLAGS)) for p in broad]
    if narrow:
        passes.append(guarded(re.compile("|".join(narrow), _FLAGS)))
    return tuple(passes)


def _broad_start(pattern: str) -> bool:
    chars = first_chars(re.compile(pattern, _FLAGS))
    return chars is None or any(c in chars for c in ("\\w", "\\S", "a-z", "A-Z"))


# --- step 2 and 3: reading numbers and dropping non-quantities -----------------------------

def _readings(text: str, g: _Grammar) -> list[_Reading]:
    read: list[tuple[_Reading, bool]] = []
    pos = 0
    while (m := g.number.search(text, pos)) is not None:
        r = _read(text, m, g)
        pos = max(m.end(), r.end if r else m.end())
        if r is not None:
            read.append((r, _is_quantity(text, r, g)))
    _share_list_unit(text, read)
    _share_partitive(text, read, g)
    return [r for r, kept in read if kept]


# between the members of a list of figures: a comma, "или", "or" and the like
_LIST_JOINER = re.compile(r"\s*(?:,\s*(?:(?:или|либо|и|або|чи|та|і|й|or|and)\s+)?|\s+(?:или|либо|и|або|чи|та|і|й|or|and)\s+)",
                          re.IGNORECASE)


def _share_list_unit(text: str, read: list[tuple[_Reading, bool]]) -> None:
    """ "500, тысячу или две тысячи рублей", "100, 200 или 300 тысяч рублей": bare figures
    listed before a sum are sums in its currency, and take its scale when they are bare
    digits all (a member that is a word, "тысячу", is its own size)."""
    i = 0
    while i < len(read):
        j = i
        while j + 1 < len(read) and _LIST_JOINER.fullmatch(text, read[j][0].end, read[j + 1][0].start):
            j += 1
        last = read[j][0]
        members = [r for r, _ in read[i:j]]
        if (members and last.unit in _MONEY and read[j][1]
                and all(r.unit == "other" and not r.counts and not r.year_like and r.high is None
                        for r in members)):
            scale = last.scale if all(r.kind == "digits" and not r.scaled for r in members) else 1.0
            for k in range(i, j):
                r = read[k][0]
                r.unit, r.value = last.unit, r.value * scale
                r.scaled = r.scaled or scale != 1.0
                read[k] = (r, True)
        i = j + 1


# between the parts of a whole, each told by its own verb: "з яких 40 загинуло, | 95 поранено
# й | 130 …", "of whom 70 were killed and | 174 …"
_PART_CHAIN = re.compile(r"[ \t\u00a0]+((?:[^\W\d_]+[ \t\u00a0]+){0,2}[^\W\d_]+)"
                         r"(?:\s*,\s*(?:(?:и|і|й|та|а|and)\s+)?|\s+(?:и|і|й|та|а|and)\s+)", re.IGNORECASE)


def _share_partitive(text: str, read: list[tuple[_Reading, bool]], g: _Grammar) -> None:
    """"из которых 70 погибли, 174 ранены, 272 дезертировали", "of whom 70 were killed and
    174 wounded": the bare figures after a part, each past the verb of what befell the one
    before, are parts of the same whole."""
    for k in range(1, len(read)):
        prev, r = read[k - 1][0], read[k][0]
        if not (read[k - 1][1] and prev.partitive and not prev.counts) or r.counts or r.unit != "other" \
                or r.kind != "digits" or r.year_like:
            continue
        gap = _PART_CHAIN.fullmatch(text, prev.end, r.start)
        if gap and _befalls(gap.group(1), g):
            r.partitive = True
            read[k] = (r, _is_quantity(text, r, g))


def _befalls(words: str, g: _Grammar) -> bool:
    """Whether ``words`` are a verb of what befell people: a verb or a short participle
    (ru, uk), a past participle (en)."""
    if g.lang not in morph.LANGS:
        return bool(g.befell.fullmatch(words))
    last = words.split()[-1]
    return morph.predicate(last, g.lang) or morph.impersonal_past(last, g.lang) \
        or morph.passive_predicate(last, g.lang)


def _read(text: str, m: re.Match, g: _Grammar) -> _Reading | None:
    """The number at ``m`` with its range, unit and counted phrase, or None if unreadable."""
    r = _number_value(m, g)
    if r is None:
        return None
    _read_compound(text, r, g)
    _read_range(text, r, g)
    _read_unit(text, r, g)
    r.partitive = bool(g.partitive.match(text, r.end))
    if r.unit in ("other", "people", "percent") and not r.money_adjective:
        _read_people_counts(text, r, g)
    if not r.partitive and not r.counts and r.unit == "other":
        # "з яких 40 загинуло": a part named before its number, which names no noun of its own
        r.partitive = bool(g.partitive_before.search(text, max(0, r.start - _PARTITIVE_REACH), r.start))
    word = (m.group("words") or "").lower()
    if r.kind == "words" and r.unit == "other" and word in g.collective:
        # "Семерых доставили в военкомат": a collective numeral counts people on its own;
        # "задержала двоих вербовщиков": the noun of people after it, where there is one
        r.unit, r.people = "people", True
        r.counts = r.counts if r.counts and _animate_head(r.counts, g) else ""
    if r.kind == "words" and r.unit != "people" and word in g.people_only:
        return None  # "по трём степеням", "пятью способами": no count the reports mean
    if r.kind == "words" and r.value == 1 and not r.scaled and r.unit in ("people", "other"):
        # "Одного срочника, Артема, заставляли …", "ни один осужденный", "One such migrant":
        # one person or thing the report goes on to tell of, no figure (tests/gold/README.md)
        return None
    return r


def _number_value(m: re.Match, g: _Grammar) -> _Reading | None:
    start, end = m.span()
    if m.group("fixed"):
        value, unit = _in_place(m, "fixed", g.fixed, (1.0, "other"))
        return _Reading(start, end, value, unit=unit, kind="fixed", scaled=True)
    if m.group("vague"):
        low, high, people_only = _in_place(m, "vague", g.vague, (0.0, 0.0, False))
        return _Reading(start, end, low, high, approx="range", kind="vague", scaled=True,
                        people_only=people_only)
    value = _digits_value(m, g) if m.group("digits") else _words_value(m.group("words"), g)
    if value is None:
        return None
    r = _Reading(start, end, value, kind="digits" if m.group("digits") else "words")
    if m.group("scale"):
        word = m.group("scale").strip()
        r.scale = _lookup(word, g.scales)
        r.value *= r.scale
        r.scaled = True
        # "3 ляма": slang that is a million roubles, currency and all
        r.unit = next((unit for pat, unit in g.scale_units if pat.fullmatch(word)), r.unit)
    if m.group("cur"):
        r.unit = _prefix_unit(m.group("cur"), g)
        r.currency = r.unit == "other"  # "Rs. 1.2 million", "₴500"
    digits = m.group("digits") or ""
    r.year_like = bool(re.fullmatch(r"1[89]\d\d|20\d\d", digits)) and not r.scaled and not m.group("cur")
    return r


_COMPOUND_GAP = re.compile(r"[ \t\u00a0]+(?:и[ \t\u00a0]+|і[ \t\u00a0]+|and[ \t\u00a0]+)?")


def _scale_of(r: _Reading) -> float:
    """The scale a reading carries: its scale word's, or a bare million's own ("миллион сто
    тысяч", "от миллиона рублей до трёх")."""
    return r.value if r.kind == "fixed" and r.value in (1e6, 1e9) else r.scale


def _read_compound(text: str, r: _Reading, g: _Grammar) -> None:
    """"1 млн 600 тысяч рублей", "1 мільйон 300 тисяч": a figure spelt in two scales is one
    figure, the smaller scale's part added to the larger."""
    scale = _scale_of(r)
    if r.kind == "vague" or scale < 1e6:
        return
    gap = _COMPOUND_GAP.match(text, r.end)
    m = g.number_core.match(text, gap.end()) if gap else None
    part = _number_value(m, g) if m and (m.group("digits") or m.group("words")) else None
    if part is None or not part.scaled or part.scale >= scale or part.value >= scale:
        return
    r.value += part.value
    r.end = part.end


def _digits_value(m: re.Match, g: _Grammar) -> float | None:
    s = re.sub(r"[\s\u00a0\u2009\u202f]", "", m.group("digits"))
    decimal_comma = g.lang in ("ru", "uk") and bool(m.group("scale"))
    if "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        grouped = len(parts) > 2 or (len(parts[1]) == 3 and not decimal_comma)
        s = s.replace(",", "") if grouped else s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _words_value(s: str, g: _Grammar) -> float | None:
    total = 0.0
    seen = False
    for w in _WORDS.findall(s.lower()):  # "п'ять" is one word
        if w in g.words:
            total += g.words[w]
            seen = True
        elif w in g.multipliers:
            total = (total or 1) * g.multipliers[w]
            seen = True
    if not seen:
        return 1.0 if s.strip().lower() in ("a", "an") else None
    return total


def _lookup(s: str, table: list[tuple[re.Pattern, float]]) -> float:
    return next((v for pat, v in table if pat.fullmatch(s)), 1.0)


def _in_place(m: re.Match, group: str, table: list[tuple], default: tuple) -> tuple:
    """The values of the row of ``table`` whose pattern matches group ``group`` of ``m``:
    matched in place, not on the group alone, as some patterns look around ("dozens(?= of)",
    "(?<=больше )тысячи")."""
    start, end = m.span(group)
    return next((row[1:] for row in table if (x := row[0].match(m.string, start)) and x.end() == end),
                default)


def _prefix_unit(s: str, g: _Grammar) -> str:
    s = s.strip()
    return next((unit for pat, unit in g.prefix_units if pat.fullmatch(s)), "other")


def _read_range(text: str, r: _Reading, g: _Grammar) -> None:
    """Extend ``r`` over "X to Y", "X-Y", "between X and Y", "от X до Y"."""
    if r.kind == "vague" or (r.kind == "fixed" and _scale_of(r) < 1e6):
        return  # ("от миллиона рублей до трёх": a million reads as a scale)
    before = text[max(0, r.start - _WINDOW):r.start]
    prefixed = g.range_prefix.search(before) is not None
    # "between 45% and 65%": a percent sign may stand on both ends
    pos = r.end + 1 if text.startswith("%", r.end) else r.end
    join = g.range_join.match(text, pos) or (
        g.range_join_prefixed.match(text, pos) if prefixed else None)
    between = g.unit_after.match(text, pos) if join is None and prefixed and g.lang != "en" else None
    if between is not None:  # "от миллиона рублей до трёх": the unit said after the first figure
        join = g.range_join.match(text, between.end())
    if join is None and (aside := _ASIDE.match(text, pos)) and _is_change(before, g):
        # "збільшили з 1 мільйона 200 тисяч (490 тисяч гривень) до 1 мільйона 700 тисяч
        # рублів": a conversion in brackets between the two figures of a change
        join = g.range_join.match(text, aside.end())
    if join is None:
        return
    m = g.number_core.match(text, join.end())
    high = _number_value(m, g) if m else None
    if high is None:
        return
    _read_compound(text, high, g)  # "до 1 мільйона 700 тисяч рублів": the unit after the whole figure
    if r.year_like or high.year_like:
        if r.year_like and high.year_like:  # "2022-2023": swallow the pair, it is dropped later
            r.end = high.end
        return
    dash = re.fullmatch(r"\s*[-–—]\s*", join.group()) is not None
    # "rose from 100 to 200 roubles": two amounts, one unit; but in "rose from 50–100
    # thousand to 1–3 million" the dash joins the first amount's own range
    if not dash and _is_change(before, g):
        _share_unit(text, r, high, g)
        if high.scaled and not r.scaled and high.value / 10 <= r.value * high.scale <= high.value * 10:
            # "выросла с 100 до 500 тысяч рублей", "з 3,1 до 1,9 млн": the first figure is
            # in the second's scale (within a factor of ten of it: "с 500 до 1 млн" is not)
            r.value *= high.scale
            r.scale, r.scaled = high.scale, True
        return
    if not prefixed and g.lang != "en" and not dash:
        return  # Russian "X до Y" without "от" is not a range
    if high.scaled and not r.scaled and r.value < high.value / high.scale:
        r.value *= high.scale
        r.scale, r.scaled = high.scale, True
    scale = _scale_of(r)
    if prefixed and scale > 1 and not high.scaled and r.value < high.value * scale <= r.value * 10:
        # "от 1 млн до 3", "от миллиона рублей до трёх": the second figure in the first's scale
        high.value *= scale
        high.scaled = True
    if high.value <= r.value:
        return
    r.high, r.end, r.approx = high.value, high.end, "range"
    if high.unit != "other" and r.unit == "other":
        r.unit = high.unit
    if between is not None and r.unit == "other":
        r.unit = next(k for k, v in between.groupdict().items() if v)


_ASIDE = re.compile(r"\s*\([^()]{1,60}\)")


def _is_change(before: str, g: _Grammar) -> bool:
    """"rose from X to Y", "выросла со X до Y": a change between two figures, not a range."""
    if not g.change_prefix.search(before):
        return False
    return g.lang != "en" or g.change_before.search(before) is not None


def _share_unit(text: str, r: _Reading, high: _Reading, g: _Grammar) -> None:
    if r.unit != "other":
        return
    m = g.unit_after.match(text, high.end)
    unit = next(k for k, v in m.groupdict().items() if v) if m else high.unit
    if unit != "other":
        r.unit = unit


def _read_unit(text: str, r: _Reading, g: _Grammar) -> None:
    """Currency or percent written after the number; a hyphen makes a money adjective."""
    m = g.money_adjective.match(text, r.end)
    if m:
        r.unit = next(k for k, v in m.groupdict().items() if v)
        r.end, r.money_adjective = m.end(), True
        return
    m = g.unit_after.match(text, r.end)
    if m is None and r.kind == "vague" and (of := _OF.match(text, r.end)):
        m = g.unit_after.match(text, of.end())  # "tens of millions of dollars"
    if m:
        r.unit = next(k for k, v in m.groupdict().items() if v)
        r.end = m.end()
        r.currency = r.unit == "other"  # the "other" units are currencies: a sum


def _read_people_counts(text: str, r: _Reading, g: _Grammar) -> None:
    """The noun phrase after the number ("professional soldiers", "migrants from Central Asia")."""
    if r.partitive:
        return  # "половина из них": what the figure before counts (see _quantity)
    pos = r.end
    if r.kind == "vague" or r.unit == "percent":
        of = _OF.match(text, pos)
        if of:
            pos = of.end()
        elif r.unit == "percent" and g.lang == "en":
            return
    elif possessive := g.possessive.match(text, pos):
        pos = possessive.end()  # "понад 200 його громадян", "200 of its citizens"
    elif text.startswith("+", pos):
        pos += 1  # "500+ добровольцев"
    elif text[pos:pos + 1] in _CLOSING_QUOTES and _QUOTE_OPENED.search(text, max(0, r.start - 12), r.start):
        pos += 1  # 'a force that numbers “about 650 thousand” people': the figure quoted, then its noun
    if scare := _SCARE_QUOTE.match(text, pos):
        pos = scare.end()  # 'по 5 «добровольців»': the noun in quotes is still what it counts
    phrase = _noun_phrase(text, pos, g, loose=r.unit == "percent")
    if phrase and scare and not phrase[2] and not _animate_head(_clean(text[phrase[0]:phrase[1]]), g):
        phrase = None  # a name in quotes ("5 «Газпромов»") is no noun the figure counts
    if phrase is None and (staff := _PERSONNEL_IN.match(text, pos)):
        # "потери за месяц составили N в личном составе": the people are a force's personnel
        r.counts, r.counts_end, r.people = _clean(staff.group(1)), staff.end(), True
        if r.unit == "other":
            r.unit = "people"
        return
    if phrase:
        start, end, people = phrase
        counts = _clean(text[start:end])
        # "600 тысяч поднята разовая выплата гражданам": a payment named before the
        # people it goes to is what the sum counts
        people = people and not _payment_first(counts, g)
        if people and (staff := _PERSONNEL.match(text, end)):
            # "50 человек личного состава": the people counted are a force's personnel
            counts, end = _clean(text[start:staff.end()]), staff.end()
        r.counts, r.counts_end, r.people = counts, end, people
        if people and r.unit == "other":
            r.unit = "people"


def _tokens(text: str, pos: int, limit: int = 6) -> list[tuple[str, int, int]]:
    out = []
    while len(out) < limit and (m := _TOKEN.match(text, pos)) is not None:
        out.append((m.group(1), m.start(1), m.end(1)))
        pos = m.end()
    return out


def _noun_phrase(text: str, pos: int, g: _Grammar, loose: bool = False) -> tuple[int, int, bool] | None:
    """(start, end, counts_people) of the phrase a number quantifies, read from ``pos``."""
    toks = []
    for tok in _tokens(text, pos):
        if (tok[0].lower() in g.stop and not _participle_before_people(text, tok, g)) \
                or g.month_after.fullmatch(tok[0]):
            break
        toks.append(tok)
    if not toks:
        return None
    if _people_participle(toks, g):
        # (its object, not the verb of the clause: "кількість засуджених склала 300 тисяч")
        n = _PARTICIPLE_WORDS if len(toks) > 1 and not morph.finite_verb(toks[1][0], g.lang) else 1
        return toks[0][1], toks[min(len(toks), n) - 1][2], True
    for i, (_, s, _) in enumerate(toks):
        m = g.people.match(text, s)
        if m and not _modifies_next(text, m.start(), _word_end(text, m.end()), g):
            end = _word_end(text, m.end())
            return toks[0][1], _with_origin(text, end, g), True
    head = _head_index(toks, g)
    if head is None and loose:  # "10% of their salary": any first noun will do
        head = 0
    if head is None:
        return None
    return toks[0][1], _with_origin(text, toks[head][2], g), False


def _people_participle(toks: list[tuple[str, int, int]], g: _Grammar) -> bool:
    """Russian and Ukrainian: a participle with no noun of its own names the people counted
    ("210 тыс. подписавших контракты", "18 тыс. присоединившихся к ним"); before a noun it
    qualifies that noun ("1000 поступивших заявлений", "500 завербованих ув'язнених")."""
    if g.adjective is None or not morph.plural_participle(toks[0][0], g.lang):
        return False
    return len(toks) < 2 or not morph.genitive_plural_nominal(toks[1][0], g.lang)


_PARTICIPLE_WORDS = 2  # a participle and its object: "подписавших контракты", "получивших гражданство"


def _participle_before_people(text: str, tok: tuple[str, int, int], g: _Grammar) -> bool:
    """English only: a participle right before a people noun modifies it ("50,000 recruited
    convicts", "500 wounded soldiers"); before anything else it is the verb ("300 signed
    contracts")."""
    return (g.adjective is None and tok[0].lower().endswith("ed")
            and text[tok[2]:tok[2] + 1] == " " and bool(g.people.match(text, tok[2] + 1)))


def _modifies_next(text: str, start: int, end: int, g: _Grammar) -> bool:
    """English only: a people word followed by a plural noun is its modifier ("Ukrainian
    regions"), and so is one followed by another people word ("Russian servicemen"). A
    demonym in the singular before any word is one too: a figure counts "Sri Lankans", so
    "16 Sri Lankan retired military personnel" counts the personnel."""
    if g.adjective is not None:
        return False
    nxt = _tokens(text, end, 1)
    if not nxt or nxt[0][1] != end + 1 or nxt[0][0].lower() in g.stop:
        return False
    if _SINGULAR_DEMONYM.fullmatch(text, start, end) and nxt[0][0].islower():
        return True
    return _head_index(nxt, g) == 0 or bool(g.people.match(text, nxt[0][1]))


# a capitalised people word in "-an" ("Russian", "Sri Lankan", "North Korean"), never a plural
_SINGULAR_DEMONYM = re.compile(r"[A-Z][\w\s]*an")


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isalnum() or text[pos] in "-'’"):
        pos += 1
    return pos


def _head_index(toks: list[tuple[str, int, int]], g: _Grammar) -> int | None:
    """The head noun of a phrase that is not about people: English plurals, Russian adjectives."""
    if g.adjective is not None:
        for i, (w, _, _) in enumerate(toks[:4]):
            if not g.adjective.search(w.lower()) or _noun_in_ij(w, g):
                # "429,5 млн списано": a verb after a figure ends its phrase unheaded, and so
                # does an adverb or a predicative ("їм 100-150 тисяч потрібно")
                return None if morph.predicate(w, g.lang) or morph.function_word(w, g.lang) else i
        return None
    for i, (w, _, _) in enumerate(toks[:4]):
        lw = w.lower()
        if lw.endswith("s") and not lw.endswith(("ss", "us", "is", "'s", "’s")):
            return i
    return None


def _noun_in_ij(word: str, g: _Grammar) -> bool:
    """Ukrainian: a noun whose genitive plural ends as an adjective does ("14 нових дивізій",
    "армій"), by the dictionary."""
    low = word.lower()
    return g.lang == "uk" and low.endswith("ій") and morph.noun(low, "uk") and not morph.adjective(low, "uk")


def _with_origin(text: str, end: int, g: _Grammar) -> int:
    """Extend a phrase over "from Central Asia" / "из Средней Азии" (capitalised names only)."""
    toks = _tokens(text, end, 5)
    if not toks or toks[0][0].lower() not in g.origin:
        return end
    names = [t for t in _take_while(toks[1:], lambda t: t[0][:1].isupper())]
    return names[-1][2] if names else end


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")


_VERB_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)")
_WORDS_BEFORE = re.compile(r"([^\W\d_]+)\s+(?:([^\W\d_]+)\s+)?$")


def _acting(text: str, r: _Reading, g: _Grammar) -> bool:
    """Whether what a figure counts is the subject of a finite verb right after it (one
    adverb between): "п'ять регіонів раніше знизили"."""
    if g.lang not in morph.LANGS or r.counts_end <= r.end:
        return False
    if _after_preposition(text, r.start, g):
        return False  # "громадяни із 36 країн воюють": the verb is the people's
    m = _VERB_AFTER.match(text, r.counts_end)
    words = m.group(0).split() if m else []
    prev = _WORDS_BEFORE.search(text, max(0, r.start - 50), r.start)
    # ("До кампанії долучилися щонайменше 16 університетів": the verb before its subject;
    # a finite verb that is no noun as well: "444 администрации сел" counts villages)
    return any(w.islower() and morph.finite_verb(w, g.lang) is not None and not morph.cases(w, g.lang)
               for w in words + ([x for x in prev.groups() if x] if prev else []))


def _after_preposition(text: str, pos: int, g: _Grammar) -> bool:
    """Whether the word right before ``pos`` is a preposition ("із 36 країн", "in 12
    regions"): what follows is where or whence, no subject."""
    before = _preposition_before(text, pos)
    if not before:
        return False
    if g.lang in morph.LANGS:
        return morph.function_word(before, g.lang) == "PREP"
    return before in _EN_PLACE_PREPOSITIONS


def _preposition_before(text: str, pos: int) -> str:
    """The short word right before ``pos`` ("з" in "з 37 країн"), lowercased; "" if none."""
    m = _LAST_WORD.search(text, max(0, pos - 8), pos)
    return m.group(1).lower() if m else ""


def _take_while(items, pred):
    out = []
    for item in items:
        if not pred(item):
            break
        out.append(item)
    return out


def _is_quantity(text: str, r: _Reading, g: _Grammar) -> bool:
    """Judge a reading: drop dates, years, identifiers, durations, modifiers and bare words."""
    before = text[max(0, r.start - _WINDOW):r.start]
    after = text[r.end:r.end + _WINDOW]
    if (g.label_before.search(before) and not r.scaled) or _is_date(before, after, r, g):
        return False  # a scale word never follows an identifier: "в части прибыли 250 тыс."
    if _attached(text, r) or _PHONE_TAIL.match(text, r.end):
        return False  # "8 800 100-00-00": a telephone number
    if _is_age(text[max(0, r.start - 2 * _WINDOW):r.start], text, r, g):
        return False
    if g.duration_after.match(text, r.end) or g.age_after.match(text, r.end):
        return False
    if r.year_like and r.unit == "other" and not r.people:
        return False
    if r.kind == "words" and g.lang == "en" and re.search(r"(?<!\w)the\s+$", before, re.IGNORECASE):
        return False  # "the two outlets", "the four annexed regions": named before, not counted
    return _has_substance(before, after, r, g)


_PHONE_TAIL = re.compile(r"[-\u2011\u2013 ]?\d{2,3}[-\u2011\u2013]\d{2}(?:[-\u2011\u2013]\d{2})?(?!\d)")


def _is_date(before: str, after: str, r: _Reading, g: _Grammar) -> bool:
    if r.kind != "digits" or r.scaled or r.unit != "other" or r.value > 31 or r.high:
        return False
    return bool(g.month_before.search(before) or g.month_after.match(after))


def _attached(text: str, r: _Reading) -> bool:
    """A number glued to a word or code: "28-point", "5G", "1/3", not "495,000-rouble"."""
    if r.money_adjective or r.end >= len(text):
        return False
    nxt = text[r.end]
    if nxt == "-" and r.end + 1 < len(text) and text[r.end + 1].isalpha():
        return not text.startswith("-plus", r.end)
    if nxt == "/" and r.end + 1 < len(text) and text[r.end + 1].isdigit():
        return True
    return nxt.isalpha() and r.unit not in ("percent", *_MONEY)


def _is_age(before: str, text: str, r: _Reading, g: _Grammar) -> bool:
    """An age ("aged 18 to 30", "up to 65 years old"): a bound on who serves, not a count."""
    if r.unit != "other" or r.kind != "digits" or r.scaled or r.value > 120:
        return False
    return bool(g.age_before.search(before) or g.age_after.match(text, r.end)
                or (not r.counts and g.age_bare is not None and g.age_bare.search(before)))


def _has_substance(before: str, after: str, r: _Reading, g: _Grammar) -> bool:
    """Keep numbers with a unit, scale, counted phrase or approximation; words need more."""
    if r.kind == "vague" and r.people_only:
        return r.people
    if r.unit != "other" or r.kind in ("vague", "fixed") or r.partitive:
        return True
    if r.kind == "words":
        # "три уголовных дела", "в двух компаниях": a number word counting a noun (not "one")
        return r.scaled or r.people or (r.value >= 2 and bool(r.counts))
    # a bare "20,000" is a figure; a bare "24" is too often a name ("France 24") or a day
    grouped = r.value >= 1000 and not r.year_like
    return bool(r.scaled or r.counts or grouped or g.approx_before.search(before)
                or (not r.year_like and _dash_item(before, after))
                or (not r.year_like and _befell(after, 0, g) is not None))


def _befell(text: str, pos: int, g: _Grammar, part: bool = False) -> str | None:
    """Russian and Ukrainian: what befell those a number counts, the verb right after it at
    ``pos`` with no subject of its own ("95 поранено й 130 дезертувало"), else None. A part
    of a whole ("из которых 70 погибли", "of whom 70 were killed") is the subject of any
    verb after it."""
    if part:
        if of := g.partitive.match(text, pos):
            pos = of.end()  # "восьмеро з них загинули"
        m = g.part_verb.match(text, pos)
        return m.group(1) if m and _befalls(m.group(1), g) else None
    m = _NEXT_WORD.match(text, pos)
    return m.group(1) if m and g.lang in morph.LANGS and morph.impersonal_past(m.group(1), g.lang) else None


_PARTITIVE_REACH = 20  # characters before a number searched for "з яких", "из которых"
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")


# an item of a list after a dash, on its own up to a comma or the end ("у Луганській
# області — 4 650, у Запорізькій — 560, у Херсонській — 478.")
_DASH_BEFORE = re.compile(r"[^\W\d][ \t\u00a0]*[—–][ \t\u00a0]*$")
_ITEM_END = re.compile(r"[ \t\u00a0]*(?:[,;.)]|$)", re.MULTILINE)


def _dash_item(before: str, after: str) -> bool:
    """Whether a figure with ``before`` and ``after`` around it is such an item."""
    return _DASH_BEFORE.search(before) is not None and _ITEM_END.match(after) is not None


# --- step 4: unit, approximation, counts, modality ----------------------------------------

_CHANGE_TO = re.compile(r"\s*(?:до|to)\s*", _FLAGS)  # "з 2,5 млн | до | 1,2 млн"
_CHANGE_FROM = re.compile(r"(?<!\w)(?:з|із|с|со|from)\s+$", _FLAGS)
_LIST_LINE = 100  # characters of a list's line of sums at most ("У Курській області - з 2 млн до 900 тисяч.")
_LIST_REACH = 200  # characters back to the sum of the line before


def _continues_sums(text: str, last: Quantity, r: _Reading, sentence: Span) -> bool:
    """Whether ``r`` goes on with the sums before it: the second figure of a change from
    ``last`` ("з 2,5 млн до 1,2 млн"), or a change in a short line of a list of them."""
    if last.span[0] >= sentence[0] and _CHANGE_TO.fullmatch(text, last.span[1], r.start):
        return True
    return (sentence[1] - sentence[0] <= _LIST_LINE and r.start - last.span[1] <= _LIST_REACH
            and _CHANGE_FROM.search(text, max(sentence[0], r.start - 6), r.start) is not None
            and _CHANGE_TO.match(text, r.end) is not None)


_PART_OPENING = re.compile(r"\W*(?:из\s+них|из\s+которых|з\s+них|із\s+них|з\s+яких|of\s+them|of\s+which)\W*",
                           _FLAGS)
_LIST_JOIN = re.compile(r"\s*(?:,|,?\s+(?:и|і|й|та|and))\s+")


def _quantity(body: str, text: str, r: _Reading, prev: _Reading | None, nxt: _Reading | None,
              done: list[Quantity], sentences: list[Span], cues: list[tuple[int, int, str, bool]],
              g: _Grammar) -> Quantity:
    sentence = _sentence(sentences, r.start, len(text), text)
    if prev is not None and done and _is_conversion(text, prev, r):
        first = done[-1]
        return _make(body, r, first.counts, _approx(text, r, sentence[0], g), first.modality)
    approx = _approx(text, r, sentence[0], g)
    if (approx == "exact" and prev is not None and done and done[-1].span[0] == prev.start
            and done[-1].approx in ("at_least", "about") and prev.counts_end > 0 and r.counts_end > 0
            and _LIST_JOIN.fullmatch(text, prev.counts_end, r.start)):
        # "минимум два генерала, 10 полковников и 14 майоров": the bound covers the list
        approx = done[-1].approx
    segment = (max(sentence[0], prev.end if prev else 0), min(sentence[1], nxt.start if nxt else len(text)))
    last = done[-1] if done else None
    counts, paid = _counts(text, r, segment, g, sentence)
    if not counts and (r.unit in _MONEY or r.currency) and (subject := _amount_subject(text, r, sentence, g)):
        counts = subject[0]  # "Расходы на оборону составят 13,5 трлн рублей": the spending
    if not counts and g.lang in morph.LANGS and (named := _DASH_NOUN.match(text, r.end)) \
            and (morph.person_noun(named.group(1).split()[-1], g.lang, number=False)
                 or (g.people is not None and g.people.search(named.group(1)))):
        counts = named.group(1)  # "21 % – добровольцы": who the figure counts, after a dash
    written_off = False
    if paid == "debt":
        # "спишут долги до 10 млн рублей" offers a benefit (up to its cap); "с долгами на 250
        # млн" is only a debt so large
        near = (max(sentence[0], r.start - 80), min(sentence[1], r.end + 60))
        paid = "offer" if g.write_off.search(text, *near) else ""
        # (a cap read as a limit stays the benefit's only when the sum counts the debt)
        written_off = paid == "offer" and bool(counts) and bool(g.debt.search(counts))
    whole = None  # the figure a part is of ("140 из них")
    if r.partitive and not counts and last is not None and r.start - last.span[1] < _PEOPLE_REACH:
        whole = last
        if last.unit != "people" and g.losses.search(text, sentence[0], sentence[1]):
            # "17 тысяч граждан из 120 стран, не менее трёх тысяч из них были убиты": the
            # killed are of the people counted, not of the countries counted last (the
            # loss told before the figure too: "уже загинули 2 тисячі з них")
            whole = next((q for q in reversed(done) if q.unit == "people"
                          and (q.span[0] >= sentence[0] or r.start - q.span[1] < _PEOPLE_REACH)), last)
        # "…900 мигрантов, из них 120 подписали контракт"; what befell the whole
        # ("громадян (завербовані)") is not what befell the part ("12 із них загинули")
        counts = _ROLE_NOTE.sub("", whole.counts)
        r.unit = whole.unit if r.unit == "other" else r.unit
        r.people = r.unit == "people"
    if (r.unit in _MONEY and not counts and last and last.unit in _MONEY
            and last.span[0] >= sentence[0] and not _names_own_thing(text, r, g)):
        # "штраф до 30 тысяч рублей вместо прежних 3 000 рублей": the same kind of sum as before
        counts = last.counts
        paid = _paid_as(last, "")
    if (r.unit == "other" and not counts and not r.currency
            and (r.scaled or _dash_item(text[max(0, r.start - 4):r.start], text[r.end:r.end + 4]))
            and last and last.unit == "people" and last.counts and last.span[0] >= sentence[0]):
        # "150 тысяч человек, в 2024 году — 147 тысяч", "у Херсонській — 478": the same kind
        # of count as before
        counts, r.unit, r.people = last.counts, "people", True
    if (r.unit == "other" and not counts and not r.currency and r.scaled and last and last.unit in _MONEY
            and (((last.span[0] >= sentence[0] or _PART_OPENING.fullmatch(text, sentence[0], r.start))
                  and (last.counts or not g.money_context.search(text, segment[0], segment[1])))
                 or _continues_sums(text, last, r, sentence))):
        # a sum in the currency of the sum before it, in its sentence or in the one its part
        # opens ("по 300 тысяч рублей, в Тульской области — по 450 тысяч", "… 40 млн руб. Из
        # них 25 млн …"), or the second of a change and a short line of a list of such
        # changes ("У Бурятії бонус знизили з 1,2 млн до 800 тисяч рублів. У Тюменській
        # області - з 2,5 млн до 1,2 млн."): it counts what the sum before it counts, unless
        # its own part names a payment past that sum ("премію підняли до 2 млн рублів, а
        # виплату збільшили з 1 до 1,2 млн")
        own = _payment_before(text, r, max(segment[0], last.span[1]), g)
        r.unit, counts = last.unit, own or last.counts
        paid = _paid_as(last, paid)
    if r.unit in ("other", "people") and not r.currency and not counts and not r.counts:
        governed = (_number_of(text, r, sentence, g) or _changed_object(text, r, sentence, g)
                    or _amount_subject(text, r, sentence, g))
        if governed:  # "the number of prisoners in Russia fell by 20,000"
            counts, people = governed
            if people:
                r.unit, r.people = "people", True
    # (what the number counts may itself be the payment: "600 тысяч поднята разовая
    # выплата гражданам" is roubles, not citizens)
    # (a sum in a money context may also be written out in full with no noun after it:
    # "выплачивают 2 750 000")
    money = (r.unit == "other" and not r.currency and g.implied_currency
             and (r.scaled or (r.value >= _BARE_SUM and not r.counts))
             and (not r.counts or _payment_first(r.counts, g))
             and g.money_context.search(text, segment[0], segment[1]))
    if money:
        # "стоимостью 3,7 миллиона": roubles go without saying, or the currency of the sums
        # named before it
        r.unit = next((q.unit for q in reversed(done) if q.unit in _MONEY), g.implied_currency)
        if not counts:  # what the sum is: its value, the damage, the bribe; the payment
            # its sentence or paragraph names ("В мае в регионе предлагали только 405 тысяч"
            # after the region's payment); else money
            counts = (money.group() if money.group().lower() in g.money_nouns else
                      _specific_payment(text, r, sentence, g)
                      or _payment_in_paragraph(text, r, sentence, g, specific=True) or g.money_word)
        if not paid and _named_before(g.penalty, text, r, segment):
            paid = "limit"  # "штраф до 30к": a fine is a legal bound
    elif r.unit == "other" and not r.currency and not r.counts and _counts_people(text, r, segment, last, g):
        r.unit = "people"
    elif r.unit == "other" and not r.currency and not counts and (noun := _people_before_relative(text, r, segment, g)):
        # "переселенцев, которых в июне было 150 тысяч": the people a relative pronoun
        # before the bare figure points back to
        r.unit, counts = "people", noun
    elif r.unit == "other" and not r.currency and counts and _animate_head(counts, g):
        r.unit, r.people = "people", True  # "170 оккупантов", "чотирьох підлітків", "два источника"
    if (r.unit == "people" and not counts and last is not None and last.unit == "people" and last.counts
            and last.span[0] >= sentence[0] and r.start - last.span[1] < _PEOPLE_REACH
            and _ELIDED_JOIN.search(text, last.span[1], r.start)):
        # "lost 40,000 soldiers this year and over 700,000 since the invasion", "призвали 20 тысяч человек
        # весной и ещё 15 тысяч осенью": a second count that names no noun counts the first's
        counts = _ROLE_NOTE.sub("", last.counts)
        elided = last  # and is told as the first, unless a verb of its own says otherwise
    else:
        elided = None
    # "Призвано будет 160 тысяч человек": a count of "people" counts conscripts; `counts`
    # keeps the text's own noun (tests/gold/README.md), the role tells what was done to whom
    if r.unit == "people" and counts and g.generic.search(counts) and (named := _named_by_amount(text, r, sentence, g)):
        counts = named  # "призыв граждан в количестве 134 500 человек" counts citizens
    elif r.unit == "people" and counts and g.generic.search(counts) and (amount := _amount_of(text, r, sentence, g)):
        counts = amount  # "численность потерь … в 1500 человек" counts the losses
    role = _role(text, r, segment, g) if r.unit == "people" and counts and g.generic.search(counts) else None
    if r.unit == "people" and counts and role is None:
        # "около 400 всушников": a slang noun, with who they are in plain words
        role = next((plain for rx, plain in g.slang if rx.match(counts)), None)
    if (r.unit == "percent" and not counts and last is not None and last.unit == "percent"
            and (lead := _list_lead(text, r.start)) is not None and lead == _list_lead(text, last.span[0])):
        # "• … — до 85%" under "• … — до 95% сотрудников": a share of the same
        counts = last.counts.removeprefix(g.share).strip() if g.share else last.counts
    change = _percent_change(text, r, g, last, sentence) if r.unit == "percent" else None
    if change:
        counts = change  # "выросло на 55%": the rise, not a share of anything
    elif r.unit == "percent" and g.share and not counts.lower().startswith(g.share):
        counts = f"{g.share} {counts}".strip()  # "23% (of the dead)" counts a share
    # a count in words (cases, companies, officials) takes the cues of its own clause only:
    # "со ссылкой на двух чиновников" is no part of the plan the sentence reports
    if r.kind == "words" and r.unit in ("other", "people") and r.counts:
        segment = wide = _clause(text, r, segment)
    else:
        wide = sentence
    modality = _modality(r, paid, cues, segment, wide, _list_lead(text, r.start))
    if written_off and modality == "limit":
        modality = "offer"  # a law writing loans off up to a cap: the top of a benefit
    if modality == "offer" and r.unit in _MONEY and r.value >= _AGGREGATE[r.unit]:
        # "заложили на единовременные выплаты 90 млрд рублей": billions are what a budget
        # sets aside or a region spent, offered to no one
        modality = ("target" if g.budget.search(text, sentence[0], sentence[1])
                    else "achieved" if _done_in_clause(text, r, segment, g) else "other")
    if (modality == "offer" and r.unit not in _MONEY and not r.currency
            and (r.unit == "people" or not g.payment.search(counts or ""))):
        # "Не менш ніж сім регіонів скоротили премії вербувальникам": a count of regions or
        # people is no sum on offer, whatever payment its sentence names
        modality = "other"
    if whole is not None and modality == "other":
        modality = whole.modality  # a part of a tally is told as the tally is
    if modality == "other" and r.people and g.adjective is not None and counts \
            and morph.done_participle(counts.split()[0], g.lang):
        modality = "achieved"  # "более 210 тыс. подписавших контракты": those who did
    if (modality == "limit" and r.unit not in _MONEY and r.unit != "percent"
            and not _has_cue(cues, wide, "limit") and _done_in_clause(text, r, segment, g)):
        # "в рамках закона … прекращено 2 670 производств": a law named far off bounds no
        # count the clause tells as done
        modality = "achieved"
    if modality == "target" and r.unit not in _MONEY and _done_before_target_nouns(text, r, cues, segment, g):
        # "16 вузов разместили объявления о наборе": a noun of recruitment after the verb
        # names the topic; the perfective past tells the count as done (not "указ о призыве
        # 160 тысяч", where the noun governs the number)
        modality = "achieved"
    if (modality == "other" and last is not None and last.span[0] >= sentence[0]
            and last.modality != "other" and _same_noun(counts, last.counts)):
        # "прошло 52 облавы, а всего за осень – 97 облав": the same count again, with no
        # verb of its own, is told as the first
        modality = last.modality
    worth = _WORTH.search(text, max(sentence[0], r.start - 25), r.start) if r.unit in _MONEY else None
    if worth and last is not None and last.span[0] >= sentence[0] and last.unit not in _MONEY:
        # "прекращено 1 480 производств на сумму 95 млн рублей": what the things counted
        # before are worth is told as they are, and the sum counts their sum
        modality, counts = last.modality, _WORTH_NOUN.search(worth.group()).group()
    if (modality == "other" and r.unit not in _MONEY and (r.unit != "percent" or _share_of_people(counts, g))
            and not g.dependants.search(counts or "") and _done_in_clause(text, r, segment, g)
            and (_tracked(role or counts) or not _has_cue(cues, _clause(text, r, segment), "other"))):
        # "поставили на учёт 499 мигрантов", "проверили почти 250 граждан", "посетили
        # колонии в четырёх регионах": a count the report tells as done. Not a family's
        # children ("оставила шестерых детей": the circumstance, not the deed), nor people
        # a story's own event befell (an "other" cue: "погибли 24 человека"), unless they are
        # a group the evidence tracks ("задержаны 244 иностранца")
        modality = "achieved"
    if (modality == "estimate" and r.unit == "people" and not _has_cue(cues, wide, "estimate")
            and _done_in_clause(text, r, segment, g)):
        # "likely, up to N prisoners were drawn in last month": a hedge ("ймовірно",
        # "вероятно") leaves a deed told as done; the claim is hedged (study set nu)
        modality = "achieved"
    if elided is not None and not any(not weak for _, _, _, weak in _cues_in(
            cues, (elided.span[1], max(r.end, _clause(text, r, segment)[1])))):
        # (its own verb may follow it: "… бойцов, 9029 находятся там")
        modality = elided.modality
    if (modality in ("other", "estimate") and r.unit == "other" and counts and g.done_participle is not None
            and g.done_participle.match(counts.split()[0])):
        # "разданных повесток составляет около 3000", "виданих повісток": things the report
        # counts as handed out, a deed's tally
        modality = "achieved"
    if (modality == "other" and r.unit == "people" and approx == "about" and not g.dependants.search(counts or "")
            and not _has_cue(cues, _clause(text, r, segment), "other")):
        # "близько 50 тисяч чоловіків", "around 4,500": people counted roughly, with no verb
        # to tell what was done or befell them ("около 40 человек уехали"), are someone's
        # reckoning of how many there are
        modality = "estimate"
    if modality in ("achieved", "other") and (
            (r.unit == "people" and (_outside_count(text, sentence, g) or g.losses.search(counts or "")
                                     or g.combat.search(counts or "")  # "імена 16 774 ліквідованих"
                                     or _loss_tally(text, r, segment, g, approx) or _combat_tally(text, r, segment, g)
                                     # "з яких 40 загинуло, 95 поранено": losses numbered first, a tally's
                                     or g.losses.fullmatch(_befell(text, r.end, g, r.partitive) or "")))
            or (r.unit == "percent" and g.losses.search(text, segment[0], segment[1]))):
        modality = "estimate"  # a tally of losses, or a share of one
    if (modality in ("achieved", "estimate") and r.unit == "people" and g.dependants.match(counts or "")
            and not g.losses.search(text, segment[0], segment[1])):
        # "Многодетная мать пятерых детей ушла на фронт", "I have two children": her children
        # are who the story counts around its deed, never its count nor a force (the lexicon's
        # dependants; a tally of the killed stays one)
        modality = "other"
    if (r.unit == "other" and modality != "other" and last is not None and last.unit == "people"
            and last.span[0] >= sentence[0] and _preposition_before(text, r.start) in g.origin):
        # "близько 150 іноземців з 20 країн", "recruits from 20 regions": where the people
        # counted come from, told of them, not a count of its own
        modality = "other"
    if (r.unit == "other" and modality in ("achieved", "estimate", "limit") and g.venues.match(counts or "")
            and not _acting(text, r, g)):
        # "зафиксировали в 70 вузах", "вовлечены 29 органов власти", "visa-free to 117
        # countries": places and institutions where something goes on, told of it (not
        # "п'ять регіонів знизили виплату": bodies that did it)
        modality = "other"
    if (modality == "other" and r.unit == "people" and prev is not None and done and done[-1].span[0] == prev.start
            and done[-1].unit == "people" and done[-1].modality == "achieved" and prev.counts_end > 0
            and _LIST_JOIN.fullmatch(text, prev.counts_end, r.start)):
        # "detained three officers and five others": the list's deed covers it all
        modality = "achieved"
    if role is None and modality == "estimate" and r.unit == "people" and counts and not g.losses.search(counts):
        # "визнало загибель 312 російських військових": a tally of losses says what befell
        # the soldiers it counts (killed, wounded, captured), as a count of "people" does
        role = _loss_role(text, r, segment, g)
    if role:
        counts = f"{counts} ({role})"  # "человек (призывники)": who the people are, by what befell them
    return _make(body, r, counts, approx, modality, g.lang)


def _changed_object(text: str, r: _Reading, sentence: Span, g: _Grammar) -> tuple[str, bool] | None:
    """What a change brings to, or by, a bare figure ("raise its forces by 150,000",
    "нарастить группировку до 690 тысяч"), and whether it is people."""
    m = g.changed_object.search(text, max(sentence[0], r.start - _NUMBER_OF_REACH), r.start)
    if m is None or not (m.group("to") or g.changed_to.match(text, r.start)):
        return None  # ("до 690 тысяч": the bound read as the figure's own)
    return _governed_phrase(text, m.start("np"), m.end("np"), g)


def _governed_phrase(text: str, start: int, limit: int, g: _Grammar) -> tuple[str, bool] | None:
    """The noun phrase read from ``start`` when it ends by ``limit``, and whether it is people."""
    phrase = _noun_phrase(text, start, g)
    if phrase is None or phrase[1] > limit:
        return None
    return _clean(text[phrase[0]:phrase[1]]), phrase[2]


# "граждан в количестве", "рекрутів у кількості": the officialese that puts what is counted
# before the number and a bare "человек" after it
_IN_AMOUNT = re.compile(r"[ \t\u00a0]+(?:в|у)[ \t\u00a0]+(?:количестве|кількості)[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+)?$",
                        re.IGNORECASE)


def _named_by_amount(text: str, r: _Reading, sentence: Span, g: _Grammar) -> str | None:
    """The people a count's "в количестве" follows, where the count's own noun is a bare
    "человек": the nearest noun for people before it in its sentence, past the phrases that
    qualify them ("призыв граждан …, не пребывающих в запасе, в количестве 150 000
    человек")."""
    if g.lang not in morph.LANGS:
        return None
    m = _IN_AMOUNT.search(text, max(sentence[0], r.start - 40), r.start)
    if m is None:
        return None
    words = _WORDS.findall(text, sentence[0], m.start())
    return next((w for w in reversed(words) if w[:1].islower() and morph.person_noun(w, g.lang, number=False)), None)


_NUMBER_OF_REACH = 120  # characters back from a bare figure to "the number of"
_DIGIT = re.compile(r"\d")


def _number_of(text: str, r: _Reading, sentence: Span, g: _Grammar) -> tuple[str, bool] | None:
    """What "the number of …" or "число …" governs, in a bare figure's clause before it with
    no other figure between ("London puts the number of Russians killed at
    500,000", "Кількість ув'язнених зменшилася до 266 тисяч"), and whether it is people."""
    last = _number_of_before(text, r, sentence, g)
    return _governed_phrase(text, last.end(), r.start, g) if last else None


def _number_of_before(text: str, r: _Reading, sentence: Span, g: _Grammar) -> re.Match | None:
    """The last "the number of"/"число" in the figure's sentence before it, with no other
    figure, colon or semicolon between."""
    last = None
    for m in g.number_of.finditer(text, max(sentence[0], r.start - _NUMBER_OF_REACH), r.start):
        last = m
    if last is None or any(ch in text[last.end():r.start] for ch in ";:") \
            or _DIGIT.search(text, last.end(), r.start):
        return None
    return last


# a verb of amounting right before a figure, and the bound words it may take ("потери
# превышают 700 тысяч", "расходы составят около 13 трлн", "втрати сягнули понад 700 тисяч")
_AMOUNT_VERB = re.compile(
    r"(?<!\w)(?:состав(?:ит|ят|ляет|ляют|ил|ила|ило|или)|превыша(?:ет|ют|л|ла|ло|ли)|превыс(?:ит|ят|ил|ила|ило|или)"
    r"|достиг(?:ает|ают|нет|нут|ли|ла|ло)?|станов(?:ить|лять|итиме|ила|ило|ив|или)|склад(?:е|уть|ає|ають)|склал[аои]?"
    r"|перевищ(?:ує|ують|ив|ила|ило|или)|сяга(?:є|ють)|сягну(?:в|ла|ло|ли))"
    r"(?:[ \t\u00a0]+(?:около|порядка|более|свыше|почти|почти что|примерно|приблизно|близько|понад|майже|більше|до))?[ \t\u00a0]+$",
    re.IGNORECASE)
_SUBJECT_CLAUSE_BREAK = re.compile(r"[,;:()«»\"—–]")
_PREPOSITION_WORDS = frozenset({"в", "во", "на", "по", "за", "из", "от", "для", "у", "к", "с", "со", "о", "об", "при",
                                "до", "після", "з", "із", "зі", "від", "про", "через", "під", "над"})


def _amount_subject(text: str, r: _Reading, sentence: Span, g: _Grammar) -> tuple[str, bool] | None:
    """ "потери России превышают 700 тысяч", "Расходы на оборону составят 13,5 трлн рублей":
    a figure right after a verb of amounting counts the subject of its clause, the first
    noun in the nominative there that no preposition governs (Russian and Ukrainian)."""
    if g.lang not in morph.LANGS:
        return None
    verb = _AMOUNT_VERB.search(text, max(sentence[0], r.start - 60), r.start)
    if verb is None:
        return None
    breaks = [m.end() for m in _SUBJECT_CLAUSE_BREAK.finditer(text, sentence[0], verb.start())]
    lo = breaks[-1] if breaks else sentence[0]
    words = list(_WORDS.finditer(text, lo, verb.start()))
    for i, w in enumerate(words):
        word = w.group()
        if i and words[i - 1].group().lower() in _PREPOSITION_WORDS:
            continue
        if morph.noun(word, g.lang) and "nomn" in morph.cases(word, g.lang) and not morph.adjective(word, g.lang):
            people = bool(g.people is not None and g.people.fullmatch(word)) or morph.person_noun(word, g.lang, number=False)
            return _clean(word), people
    return None


_AMONG = re.compile(r"(?<!\w)(?:в|у|во|до|из|із|з)[ \t\u00a0]+$", re.IGNORECASE)


def _amount_of(text: str, r: _Reading, sentence: Span, g: _Grammar) -> str | None:
    """ "численность потерь России … в 1500 человек", "число украинских потерь приближается
    к 23 000 человек": the amount a bare "человек" fills and what it is of, when the
    sentence names them before the figure with no other figure between."""
    last = _number_of_before(text, r, sentence, g)
    if last is None or _AMONG.search(text, sentence[0], last.start()):
        return None  # (not "входит в число регионов": among them)
    governed = _governed_phrase(text, last.end(), r.start, g)
    return f"{last.group()} {governed[0]}" if governed else last.group()


# a dash after a figure, then the people it counts, ending the clause ("21 % – добровольцы.")
_DASH_NOUN = re.compile(r"[ \t\u00a0]*[—–-][ \t\u00a0]*([^\W\d_]+(?:[ \t\u00a0]+[^\W\d_]+)?)[ \t\u00a0]*(?=[.;!?\n]|$)")
# a joiner right before a second count ("… and over", ", а ещё", "і майже"), or a comma
# alone ("бойцов, 9029 находятся там")
_ELIDED_JOIN = re.compile(r"(?:,\s*|\s+)(?:and|и|і|й|та|а|or|или|або)\s+(?:\w+\s+){0,2}$|,[ \t\u00a0]*$",
                          re.IGNORECASE)

_AGGREGATE = {"RUB": 1e9, "USD": 1e7, "EUR": 1e7}  # a sum this large is no one's payment
_BARE_SUM = 10_000  # a figure written out this large in a money context, with no noun: a sum


# a sum that says what the things counted before it are worth
_WORTH = re.compile(r"(?:на (?:общую |загальну )?сум[му]у?|worth|totall?ing|with a total value of)\s*$", re.IGNORECASE)


def _done_before_target_nouns(text: str, r: _Reading, cues: list[tuple[int, int, str, bool]],
                              segment: Span, g: _Grammar) -> bool:
    """Whether every cue of a target in the number's clause is a noun after it ("наборе",
    "призыва"), with a verb of what was done between the number and the first of them."""
    if g.lang not in morph.LANGS:
        return False
    clause = _clause(text, r, segment)
    found = [(a, b) for a, b, m, weak in _cues_in(cues, clause) if m == "target"]
    end = max(r.end, r.counts_end)
    if not found or found[0][0] < end or not all(morph.noun(text[a:b].split()[0], g.lang) for a, b in found):
        return False
    return _done_between(text, end, found[0][0], g)


_WORTH_NOUN = re.compile(r"сум[мау]*у?|worth|total\w*|value", re.IGNORECASE)


def _same_noun(a: str, b: str) -> bool:
    """Whether two counted phrases have the same first word, in any of its case forms
    ("облавы", "облав")."""
    wa, wb = _WORDS.search(a or ""), _WORDS.search(b or "")
    if not wa or not wb:
        return False
    x, y = wa.group().lower(), wb.group().lower()
    return x == y or bool(morph.lemmas(x) & morph.lemmas(y))


@lru_cache(maxsize=1)
def _counts_table() -> tuple[tuple[str, tuple[str, ...]], ...]:
    data = load_toml("linking/counts.toml")
    return tuple((key, tuple(stems)) for key, stems in data["keys"].items())


@lru_cache(maxsize=4096)
def counts_key(counts: str) -> str | None:
    """One key for what a quantity counts, across languages (data/linking/counts.toml: the
    groups recruitment reports track, by stem); None when it names none of them. Facts
    link figures on it."""
    text = counts.lower().replace("ё", "е")
    words = re.findall(r"[\w'-]+", text)
    for key, stems in _counts_table():
        if any(w.startswith(s) for w in words for s in stems if " " not in s):
            return key
        if any(" " in s and s in text for s in stems):
            return key
    return None


_ROLE_BEFORE = 80  # characters before a count of people where its verb may stand
_ROLE_AFTER = 50  # and after its noun ("160 тысяч человек были призваны")
_GROUP_BEFORE = 300  # characters before it in its paragraph where its group may be named


def _role(text: str, r: _Reading, segment: Span, g: _Grammar) -> str | None:
    """Who a count of "people" are, by the verb or noun of its clause nearest to it: "Призвано
    будет 160 тысяч человек" counts conscripts, "гибель 1800 человек" the killed."""
    best = None
    for _, role, (a, b) in _role_words(text, r, segment, g):
        if best is None or b - a < best[0]:
            best = (b - a, role)
    if best is None:
        # "Вербуют заключённых … Счёт идёт на сотни: около 400 человек": no verb or noun of
        # its own clause, so the group named last before it in the paragraph
        start = max(text.rfind("\n\n", 0, r.start) + 1, r.start - _GROUP_BEFORE)
        found = [(m.end(), role) for pattern, role in g.groups for m in pattern.finditer(text, start, r.start)]
        return max(found)[1] if found else None
    return best[1]


def _role_words(text: str, r: _Reading, segment: Span, g: _Grammar) -> Iterator[tuple[re.Match, str, Span]]:
    """Each word of the count's clause near it that tells who its people are (the lexicon's
    roles), with the role and the span between it and the count; not the count's own words."""
    clause = _clause(text, r, segment)
    after = r.counts_end if r.counts_end > r.end else r.end
    for pattern, role in g.roles:
        for m in pattern.finditer(text, max(clause[0], r.start - _ROLE_BEFORE),
                                  min(clause[1], after + _ROLE_AFTER)):
            if not r.start <= m.start() < after:
                yield m, role, ((m.end(), r.start) if m.end() <= r.start else (after, m.start()))


_FIGURE_BEFORE = re.compile(r"\d\s*(?:were\s+|был[иао]?\s+|бул[иао]?\s+)?$")
_EITHER = re.compile(r"\s*(?:,|or|and|или|и|або|чи|і|й|та)\s+", re.IGNORECASE)


def _loss_role(text: str, r: _Reading, segment: Span, g: _Grammar) -> str | None:
    """What befell the soldiers a tally of losses counts, by the nearest loss word of its
    clause with no other figure between ("загибель 312 … і поранення 1240"). None where
    two are joined ("the number of Russians killed or wounded"): the tally is of both."""
    found = []
    for m, role, (a, b) in _role_words(text, r, segment, g):
        if not g.losses.match(role):
            continue
        if b == r.start and _FIGURE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "170 wounded and 270 deserted": the word is the figure's before it
        if a <= b and not any(c.isdigit() for c in text[a:b]):
            found.append((b - a, m.start(), m.end(), role))
    if not found:
        return None
    _, start, end, role = min(found)
    if any(_EITHER.fullmatch(text, min(end, y), max(start, x)) for _, x, y, other in found if other != role):
        return None
    return role


def _share_of_people(counts: str, g: _Grammar) -> bool:
    """Whether a percentage is a share of people ("частка робітників"): "відправили на
    війну 40% робітників" tells a deed done to them, as a count of them would."""
    if not g.share or g.lang not in morph.LANGS or not (counts or "").lower().startswith(g.share):
        return False
    rest = counts[len(g.share):].split()
    return bool(rest) and morph.person_noun(rest[0].lower(), g.lang, number=False)


def _tracked(counts: str) -> bool:
    """Whether a counted noun names a group recruitment reports track (soldiers, the
    mobilized, conscripts, prisoners, foreigners)."""
    return counts_key(counts) is not None


def _done_in_clause(text: str, r: _Reading, segment: Span, g: _Grammar) -> bool:
    """Whether the number's clause has a Russian or Ukrainian verb of what was done (a
    perfective past, or a perfective passive participle)."""
    if g.lang not in morph.LANGS:
        return False
    return _done_between(text, *_clause(text, r, segment), g)


def _done_between(text: str, a: int, b: int, g: _Grammar) -> bool:
    """Whether ``text[a:b]`` holds a verb of what was done (a perfective past or passive
    participle), not one of saying."""
    words = list(_WORDS.finditer(text, a, b))
    # (not a verb that governs an infinitive: "предложил увеличить" proposed what is to be done,
    # nor one of amounting: "кількість засуджених склала 300 тисяч" tells a size, no deed)
    return any(morph.done(w.group(), g.lang) and not w.group().lower().startswith(g.saying)
               and not g.amounts.fullmatch(w.group() + " ")  # (the pattern closes on a space)
               and not (i + 1 < len(words) and morph.infinitive(words[i + 1].group(), g.lang)
                        and words[i + 1].group().lower() not in _SERVE)
               for i, w in enumerate(words))


# infinitives of going off to serve: "уехали служить", "пішли воювати" tell a deed done
_SERVE = frozenset({"служить", "воевать", "служити", "воювати"})


def _clause(text: str, r: _Reading, within: Span, opening: str = ",;:(", closing: str = ",;:)") -> Span:
    """The clause of a number: between the punctuation marks around it, inside ``within``
    (not a dash: "В каждом вузе — не менее трёх студентов" is one clause). Other marks
    bound a larger part: ";:" alone keeps commas and brackets inside."""
    before = max((text.rfind(ch, within[0], r.start) for ch in opening), default=-1)
    after = [i for i in (text.find(ch, r.end, within[1]) for ch in closing) if i >= 0]
    end = min(after, default=within[1])
    if "," in closing and text.startswith(",", end) and (aside := _ONE_WORD_ASIDE.match(text, end)):
        # "Понад сто громадян Кенії, ймовірно, приєдналися до армії": a one-word aside between
        # commas does not end the clause
        end = min([i for i in (text.find(ch, aside.end(), within[1]) for ch in closing) if i >= 0],
                  default=within[1])
    return (max(within[0], before + 1), end)


_ONE_WORD_ASIDE = re.compile(r",[ \t\u00a0]*[^\W\d_]+[ \t\u00a0]*,")


def _loss_tally(text: str, r: _Reading, segment: Span, g: _Grammar, approx: str) -> bool:
    """ "подтвердить гибель 16 551 добровольца": a noun of loss governs the number, so it is
    a tally; a verb ("погибли 24 человека", "killed 24") reports an event, not a count,
    unless the figure is large or hedged; a verb after the counted noun makes a tally when
    the figure is hedged, told in the perfect, or large with the participle alone."""
    m = g.losses.search(text, max(segment[0], r.start - 25), r.start)
    # a count over a span of the war ("від початку війни загинули 102 мешканці") is a
    # tally, whatever its size
    period = g.tally_period.search(text, segment[0], segment[1]) is not None
    if not m:
        # or after the counted noun: "at least 59 Sri Lankans have been killed", "four
        # men fighting for Russia's army have been killed"
        tail = max(r.end, r.counts_end)
        after = g.losses.search(text, tail, min(segment[1], tail + _LOSS_AFTER))
        if after is None or g.losses.search(text, r.end, tail):
            return False
        # a tally told in the perfect ("five Nepalis have died in service"), or a large
        # one by the participle alone ("the names of 9,000 soldiers killed"): a count kept,
        # not an event ("24 people died in the strike")
        between = _TALLY_TENSE.fullmatch(text, tail, after.start())
        if between is None and after.start() - tail > _LOSS_NEXT:
            return (approx != "exact" or period) and _TALLY_TENSE_BEFORE.search(text, tail, after.start()) is not None
        return approx != "exact" or period or bool(between and (between.group(1) or r.value >= 1000))
    # a verb reports an event ("погибли 24 человека") unless the figure is a tally's: large
    # or hedged ("погибли не менее 120 тысяч военных")
    return morph.noun(m.group(), g.lang) or r.value >= 1000 or approx != "exact" or period


def _combat_tally(text: str, r: _Reading, segment: Span, g: _Grammar) -> bool:
    """ "ликвидировано до 20 человек", "ВСУ потеряли за сутки на разных направлениях до 1515
    военнослужащих", "двое взяты в плен": a battle report's count of the enemy put out of
    action, by a verb before the figure in its clause or right after the counted noun."""
    before = g.combat.search(text, max(segment[0], r.start - _COMBAT_BEFORE), r.start)
    if before is not None and not _CLAUSE_BREAK.search(text, before.end(), r.start):
        return True
    tail = max(r.end, r.counts_end)
    return g.combat.search(text, tail, min(segment[1], tail + _LOSS_NEXT)) is not None


_COMBAT_BEFORE = 70  # characters from a battle report's verb to its figure
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s+(?:а|но|и|і|та|але|and|but)\s")


_LOSS_NEXT = 30  # characters from the counted noun to a verb of loss that is its own
_LOSS_AFTER = 60  # past a participle's phrase, when the verb is in the perfect


# what stands between a counted noun and a verb of loss that tallies: nothing (a participle),
# or the perfect ("have died", "had been killed")
_PERFECT = r"(?:have|has|had)\s+(?:been\s+)?"
_TALLY_TENSE = re.compile(rf"\s+({_PERFECT})?", re.IGNORECASE)
_TALLY_TENSE_BEFORE = re.compile(rf"\s{_PERFECT}$", re.IGNORECASE)  # the perfect right before the verb


_ITEM = re.compile(r"[^\w\s«\"(]|\d+[.)]\s")  # a list item opens with a bullet, a dash or "1."


def _list_lead(text: str, pos: int) -> Span | None:
    """The line a list item at ``pos`` hangs from: the nearest line above, past the other
    items, that ends with a colon ("Для остальных организаций установят лимит:")."""
    start = text.rfind("\n", 0, pos) + 1
    if not _is_item(text, start):
        return None
    for _ in range(20):
        if start == 0:
            return None
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            continue
        if line.rstrip("*_ ").endswith(":"):
            return start, end
        if not _is_item(text, start):
            return None
    return None


_INDENT = re.compile(r"[ \t]*")


def _is_item(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is a list item (indented or not: " • …"), or an
    item with no mark that goes on from a lead in small letters ("Розмір винагороди
    залежить від категорії:\n\nза мігранта — 80,4 тис. рублів;")."""
    at = _INDENT.match(text, line_start).end()
    return bool(_ITEM.match(text, at)) or text[at:at + 1].islower()


def _outside_count(text: str, sentence: Span, g: _Grammar) -> bool:
    """A sentence whose figure comes from an outside counter (an independent outlet's tally of
    the dead, a rights group's count of recruited prisoners): what it counts was not
    officially reported, so the number is an estimate however its verb reads ("had died",
    "were recruited")."""
    return g.outside.search(text, sentence[0], sentence[1]) is not None


def _names_own_thing(text: str, r: _Reading, g: _Grammar) -> bool:
    """"a $3bn budget": the amount is followed by its own noun, so it is not the same sum."""
    tok = _tokens(text, r.end, 1)
    return bool(tok) and tok[0][1] == r.end + 1 and tok[0][0].lower() not in g.stop


def _counts_people(text: str, r: _Reading, segment: Span, last: Quantity | None, g: _Grammar) -> bool:
    """A bare figure counts people when its clause recruits or sends ("82,000 had been sent")
    or when the figure just before it counted people ("...300,000 reservists ... 82,000")."""
    if g.people_verbs.search(text, segment[0], segment[1]):
        return True
    return last is not None and last.unit == "people" and last.span[1] >= r.start - _PEOPLE_REACH


_RELATIVE_GENITIVE = re.compile(r"(?<!\w)(?:которых|яких)(?!\w)", re.IGNORECASE)
_WORD_BEFORE_COMMA = re.compile(r"([^\W\d_]+)\s*,\s*$")


def _people_before_relative(text: str, r: _Reading, segment: Span, g: _Grammar) -> str | None:
    """The people noun a genitive relative pronoun opening the figure's clause points back
    to ("переселенцы, которых … было 150 тысяч", "мігрантів, яких … близько 300"), or None."""
    if g.lang not in morph.LANGS:
        return None
    rel = None
    for m in _RELATIVE_GENITIVE.finditer(text, max(0, segment[0] - 2), r.start):
        rel = m
    if rel is None:
        return None
    before = _WORD_BEFORE_COMMA.search(text, max(0, rel.start() - 40), rel.start())
    word = before.group(1) if before else ""
    return word if word and morph.person_noun(word, g.lang, number=False) else None


def _animate_head(counts: str, g: _Grammar) -> bool:
    """Whether the noun a figure counts names people, by the dictionary's animacy (Russian
    and Ukrainian): the first noun of the phrase, the adjectives before it skipped."""
    if g.lang not in morph.LANGS:
        return False
    for w in _WORDS.finditer(counts):
        if morph.noun(w.group(), g.lang):
            return morph.person_noun(w.group(), g.lang, number=False)
    return False


def _make(body: str, r: _Reading, counts: str, approx: str, modality: str,
          lang: str = "") -> Quantity:
    value = _tidy(r.value)
    counts = neutral_words(counts, lang) if lang else counts
    high = None if r.high is None else _tidy(r.high)
    if counts and _QUOTE_MARKS.search(counts):
        counts = _QUOTE_MARKS.sub("", counts)  # ("«молодих» громадян": the words, not their marks)
    return Quantity(value=value, unit=r.unit, counts=counts, approx=approx, modality=modality,
                    span=(r.start, r.end), high=high, text=body[r.start:r.end])


def _tidy(value: float) -> int | float:
    """A value as written: "2,03 мільярда" is 2030000000, not the float product's
    2029999999.9999998; a whole number is an int."""
    value = float(f"{value:.12g}")
    return int(value) if value.is_integer() else value


def neutral_words(phrase: str, lang: str) -> str:
    """``phrase`` with slurs for groups of people put in neutral words
    ("2 млн кацапів" counts росіяни, not the slur); data/lexicon/slurs.toml."""
    table = _slurs().get(lang)
    if not table or not phrase:
        return phrase
    return table[0].sub(lambda m: table[1][_slur_key(m.group(0), table[1])], phrase)


def _slur_key(word: str, words: dict[str, str]) -> str:
    low = word.lower()
    return max((k for k in words if low.startswith(k)), key=len)


@lru_cache(maxsize=1)
def _slurs() -> dict[str, tuple[re.Pattern, dict[str, str]]]:
    out = {}
    for lang, words in load_toml("lexicon/slurs.toml").items():
        stems = sorted(words, key=len, reverse=True)
        out[lang] = (re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, stems)) + r")\w{0,3}(?!\w)",
                                re.IGNORECASE), words)  # a case ending, not "оркестр"
    return out


def _sentence(sentences: list[Span], pos: int, n: int, text: str) -> Span:
    """The sentence around ``pos``; inside a quotation of several sentences, which the
    splitter keeps whole with its speaker, the quoted sentence itself ("«Понад 20 тисяч на
    місяць залучаються. … Мобілізація планово триває»": the plan is another sentence's)."""
    i = bisect.bisect_right(sentences, (pos, n + 1)) - 1
    if not (i >= 0 and sentences[i][0] <= pos < sentences[i][1]):
        return (max(0, pos - 200), min(n, pos + 200))
    whole = sentences[i]
    if not _QUOTE_MARK.search(text, whole[0], whole[1]):
        return whole
    return next((sp for sp in statement_spans(text, *whole) if sp[0] <= pos < sp[1]), whole)


_QUOTE_MARK = re.compile(r"[«\"“„]")


def _is_conversion(text: str, prev: _Reading, r: _Reading) -> bool:
    """"495,000 roubles ($5,130)": a money amount in brackets right after another one."""
    if prev.unit not in _MONEY or r.unit not in _MONEY:
        return False
    gap = text[prev.end:r.start]
    return bool(re.fullmatch(r"\s*[(\[]\s*(?:\w+\.?\s+)?~?\s*", gap)) and len(gap) < 25


def _approx(text: str, r: _Reading, floor: int, g: _Grammar) -> str:
    if r.approx == "range":
        return "range"
    lo = max(floor, r.start - _WINDOW)
    m = (g.approx_before.search(text, lo, r.start) or g.approx_after.match(text, r.end)
         or (g.approx_after.match(text, r.counts_end) if r.counts_end > 0 else None))  # "12,000 men or more"
    if m is None:
        return "exact"
    kind = next(k for k, v in m.groupdict().items() if v)
    if (m.start() < r.start and m.group().strip().lower() in g.change_sensitive
            and (g.change_before.search(text, max(0, m.start() - _CHANGE_REACH), m.start())
                 or g.change_after.match(text, r.end)
                 or (g.lang != "en" and g.change_from.search(text, max(0, m.start() - _WINDOW), m.start()))
                 or (g.change_by is not None and g.change_by.search(text, max(0, m.start() - _CHANGE_REACH), m.start())))):
        # "выросла до 400 тысяч", "rose from 100", "До 1,5 млн рублей увеличена выплата",
        # "на 50 тыс. — из городского бюджета, до 150 тыс.": the figures of a change
        return "exact"
    return kind


def _payment_first(counts: str, g: _Grammar) -> bool:
    """Whether a payment noun comes in ``counts`` before any noun for people."""
    pay = g.payment.search(counts)
    people = g.people.search(counts) if g.people is not None else None
    return pay is not None and (people is None or pay.start() < people.start())


def _paid_as(last: Quantity, default: str) -> str:
    """The kind of sum the sum before was, where it was a payment or a limit."""
    return last.modality if last.modality in ("offer", "limit") else default


_NAMED_BEFORE = 80  # characters before a sum where a fine or a debt names what it is


def _named_before(rx: re.Pattern, text: str, r: _Reading, segment: Span) -> bool:
    """Whether ``rx`` (fines, debts) stands in the sum's segment just before it."""
    return rx.search(text, max(segment[0], r.start - _NAMED_BEFORE), r.start) is not None


def _counts(text: str, r: _Reading, segment: Span, g: _Grammar, sentence: Span) -> tuple[str, str]:
    """What the number counts, and for money what kind of sum it is: "offer" for a payment,
    "limit" for a fine, debt or cap, "" when no payment is named."""
    if r.unit not in _MONEY and not r.currency:
        return r.counts, ""
    # (a paying verb or "on signing" makes the sum a payment unnamed only where its sentence
    # and paragraph name none: "cut signing bonuses …, now paying just 400,000 rubles")
    phrase = (_payment_after(text, r, g) or _payment_before(text, r, segment[0], g)
              or _payment_subject(text, r, sentence, g) or _payment_in_sentence(text, r, sentence, g) or _payment_in_paragraph(text, r, sentence, g)
              or _payment_paid(text, r, segment[0], g) or _payment_on_signing(text, r, g))
    if not phrase:
        return "", ""
    if g.generic_payment.fullmatch(phrase.split()[-1]):
        # "порядок выплат изменили: 2 млн рублей станет наибольшей суммой": the sum
        # counts the payment its sentence names
        # ("выплату подняли … Ранее сумма была 50 тыс. руб.": or the one
        # its paragraph named before)
        phrase = (_specific_payment(text, r, sentence, g)
                  or _payment_in_paragraph(text, r, sentence, g, specific=True) or phrase)
    period = g.period_after.match(text, r.end)
    if period and period.group(1).lower() not in phrase.lower():
        phrase = f"{phrase} {_clean(period.group(1))}"
    fined = g.penalty.search(phrase) or _named_before(g.penalty, text, r, segment)
    if not fined and g.charge is not None and g.charge.search(phrase):
        return phrase, "charge"  # "a fee of 1.2 million rupees" the agent took: paid, not offered
    if not fined and (g.debt.search(phrase) or _named_before(g.debt, text, r, segment)):
        return phrase, "debt"
    return phrase, "limit" if fined else "offer"


def _payment_after(text: str, r: _Reading, g: _Grammar) -> str:
    """"a 195,000-rouble bonus", "500,000 roubles in bonuses", "100 000 рублей выплаты"."""
    m = g.payment_after.match(text, r.end)
    if m is None or any(w.lower() in g.stop for w in m.group("noun").split()[:-1]):
        return ""
    return _clean(m.group("noun"))


def _payment_before(text: str, r: _Reading, floor: int, g: _Grammar) -> str:
    """"a beginning salary of 190,000 roubles": the nearest payment noun before the number."""
    found = _last_payment(text, max(floor, r.start - 80), r.start, floor, g)
    if found is None or _breaks(text[found[0].end():r.start]):
        return ""
    return _payment_phrase(text, found, g)


def _last_payment(text: str, lo: int, hi: int, floor: int, g: _Grammar) -> tuple[re.Match, int] | None:
    """The last payment noun in ``text[lo:hi]``, ``lo`` moved back to its word's start (not
    past ``floor``), and that start: "единовременная выплата", not "новременная выплата"."""
    while lo > floor and text[lo - 1].isalpha():
        lo -= 1
    last = None
    for m in g.payment.finditer(text, lo, hi):
        last = m
    return (last, lo) if last is not None else None


def _payment_phrase(text: str, found: tuple[re.Match, int], g: _Grammar) -> str:
    """The payment noun ``_last_payment`` found, with the modifiers before it."""
    m, lo = found
    return _clean(text[_modifiers_start(text, lo, m.start(), g):m.end()])


def _payment_paid(text: str, r: _Reading, floor: int, g: _Grammar) -> str:
    """"Moscow pays recruits 1.9 million rubles", "область предлагает 2,5 млн рублей": no
    payment noun, but a paying or offering verb a few words before the sum names one."""
    if not g.implied:
        return ""
    last = None
    for m in g.pay_verb.finditer(text, max(floor, r.start - _WINDOW), r.start):
        last = m
    if last is None:
        return ""
    gap = text[last.end():r.start]
    if _breaks(gap) or len(gap.split()) > 3:
        return ""
    return g.implied


def _payment_on_signing(text: str, r: _Reading, g: _Grammar) -> str:
    """"До 1,4 млн рублей при подписании", "3 million rubles on signing": no payment noun,
    but the words after the sum say what it is paid for."""
    return g.implied if g.implied and g.signing_after.match(text, r.end) else ""


_SUBJECT_REACH = 90  # characters from a payment noun to the verb it is the subject of


def _payment_subject(text: str, r: _Reading, sentence: Span, g: _Grammar) -> str:
    """ "единовременная выплата для заключивших контракт …, составит 3 000 000 рублей": a
    sum right after a verb of amounting counts the payment named last before the verb, in
    its part of the sentence (where another payment named after it would not count)."""
    verb = g.amounts.search(text, max(sentence[0], r.start - 40), r.start)
    if verb is None:
        return ""
    lo = max(_clause(text, r, sentence, opening=";:", closing=";:")[0], verb.start() - _SUBJECT_REACH)
    found = _last_payment(text, lo, verb.start(), sentence[0], g)
    if found is None or any(ch in text[found[0].end():verb.start()] for ch in ".!?;:"):
        return ""
    return _payment_phrase(text, found, g)


def _payment_in_sentence(text: str, r: _Reading, sentence: Span, g: _Grammar) -> str:
    """"Подняли до 3 млн рублей (более $31 тыс.) выплаты подписавшим контракт": a sum
    with no payment word beside it is the payment its sentence names, the nearest one,
    when that part of the sentence (up to a semicolon or colon) names a single kind of
    payment (two kinds leave it unsaid)."""
    lo, hi = _clause(text, r, sentence, opening=";:", closing=";:")
    found = _specific_first([m for m in g.payment.finditer(text, lo, hi)
                             if not (m.start() < r.end and r.start < m.end())], g)
    if not _one_kind(found):
        return ""
    best = min(found, key=lambda m: r.start - m.end() if m.end() <= r.start else m.start() - r.end)
    return _clean(best.group())


def _specific_payment(text: str, r: _Reading, sentence: Span, g: _Grammar) -> str:
    """The one kind of payment other than a bare sum that the sentence names, if one."""
    found = _without_generic(g.payment.finditer(text, sentence[0], sentence[1]), g)
    if not _one_kind(found):
        return ""
    return _clean(found[0].group())


def _without_generic(found: Iterable[re.Match], g: _Grammar) -> list[re.Match]:
    """The payment words found other than the bare "sum" words ("сумма")."""
    return [m for m in found if not g.generic_payment.fullmatch(m.group())]


def _specific_first(found: list[re.Match], g: _Grammar) -> list[re.Match]:
    """The payment words found without the bare "sum" words, when any other is there: "сумма
    региональной выплаты" names one kind of payment, the "выплата"."""
    return _without_generic(found, g) or found


def _one_kind(found: list[re.Match]) -> bool:
    """Whether payment words were found and all name one kind of payment (by their first
    letters: "выплаты" and "выплат" are one kind, "выплаты" and "премии" two)."""
    return bool(found) and len({m.group().lower()[:5] for m in found}) == 1


_PARAGRAPH_BACK = 300  # characters back in its paragraph where a sum finds its payment


def _payment_in_paragraph(text: str, r: _Reading, sentence: Span, g: _Grammar, specific: bool = False) -> str:
    """"Регион выплачивает контрактникам 1,5 млн рублей. Теперь к ним добавят по 900
    тысяч рублей": a sum whose sentence names no payment is the payment the sentences
    before it in its paragraph name, when they name one kind only (``specific``: one kind
    other than a bare sum)."""
    lead = _list_lead(text, r.start)
    # (a list item's paragraph is the list's lead line: "Тепер ці виплати впали: • … — з 3,6 млн",
    # and of the lead, the sentence that opens the list: "… система виплат діяла в кожному
    # третьому регіоні. Розмір винагороди залежить від категорії:")
    if lead:
        start, end = _last_sentence(text, lead), lead[1]
    else:
        start, end = max(text.rfind("\n", 0, r.start) + 1, r.start - _PARAGRAPH_BACK), sentence[0]
    found = list(g.payment.finditer(text, start, end)) if start < end else []
    if specific:
        found = _without_generic(found, g)
    if (not found and not lead and start == text.rfind("\n", 0, r.start) + 1
            and (g.generic_payment.search(text, sentence[0], sentence[1])
                 or g.pay_verb.search(text, sentence[0], r.start))):
        # none in a paragraph of a sentence or two, as news posts set them apart, whose
        # sum is a bare "сумма" or one paid or offered: the paragraph before ("… разовой
        # выплаты за контракт … \n\nБольше всех платит область — 800 тысяч рублей"; not
        # "Ущерб составил 900 тысяч рублей")
        end = len(text[:start].rstrip())
        start = max(text.rfind("\n", 0, end) + 1, end - _PARAGRAPH_BACK)
        found = list(g.payment.finditer(text, start, end)) if start < end else []
        found = _without_generic(found, g) if specific else found
    if not _one_kind(found):
        return ""
    return _clean(found[-1].group())


_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[^\W\d_])")


def _last_sentence(text: str, line: Span) -> int:
    """Where the last sentence of ``line`` starts."""
    ends = list(_SENTENCE_END.finditer(text, *line))
    return ends[-1].end() if ends else line[0]


def _breaks(gap: str) -> bool:
    """Whether the words between a payment word and a sum keep the two apart."""
    return _GAP_BREAK.search(_GAP_LABEL.sub(" ", _GAP_YEAR.sub(" ", gap))) is not None


def _modifiers_start(text: str, lo: int, pos: int, g: _Grammar) -> int:
    """Walk back over up to ``max_modifiers`` words that are not stop words."""
    words = list(re.finditer(r"[^\W\d_][\w\-'’]*", text[lo:pos]))  # "finder's fee"
    start = pos
    for w in reversed(words[-g.max_modifiers:]):
        gap = text[lo + w.end():start]
        if w.group().lower() in g.stop or gap.strip():
            break
        if g.adjective is not None and not g.adjective.search(w.group().lower()):
            break  # Russian modifiers are adjectives: "единовременная выплата", not "грозит штраф"
        if w.group()[:1].isupper() and _LOCATIVE_BEFORE.search(text, lo, lo + w.start()):
            break  # "У Татарстані бонус": a place, not what kind of bonus
        start = lo + w.start()
    return start


_LOCATIVE_BEFORE = re.compile(r"(?<!\w)(?:в|у|во|на|in)\s+$", re.IGNORECASE)


def _modality(r: _Reading, paid: str, cues: list[tuple[int, int, str, bool]],
              segment: Span, sentence: Span, lead: Span | None = None) -> str:
    window = segment
    best = _nearest_cue(r, cues, segment)
    if best is None:
        window, best = sentence, _nearest_cue(r, cues, sentence)
    if best is None and lead is not None:
        # "Установят лимит на число сотрудников, которым …:" over "– до 95%": the list's
        # lead says, by its first cue (its head; what follows qualifies it)
        window, best = lead, next((m for _, _, m, weak in _cues_in(cues, lead) if not weak), None)
    if best == "pace":
        # "За рік Росія набирає 400 тисяч": what it recruits is told as done; "щомісяця
        # набирає 30 тисяч", at a rate, is the pace of recruiting (below)
        best = "rate" if _has_cue(cues, window, "rate") else "achieved"
    if best == "rate":
        # "must send 30 to 50 a month" is a quota; "about 30,000 a month join" and "estimate
        # the pace of recruitment at 25,000 a month" are estimates
        quota = _has_cue(cues, window, "target") and not _has_cue(cues, window, "estimate")
        best = "target" if quota else "estimate"
    if best == "held":
        # "полиция задержала 10 человек": the people detained are a count of what was done;
        # "задержали …, кинул на 45 млн рублей": a sum beside the detention is not
        best = "achieved" if r.unit == "people" else "other"
    if best == "spent" or (r.unit in _MONEY and _has_cue(cues, (segment[0], r.start), "spent")):
        return "achieved"  # "потратили на выплаты 216 млн рублей", "списано 429,5 млн": paid out
    if best == "top":
        # "2 млн рублей станет максимальной суммой выплат": the top of a payment (or of a
        # debt written off) is offered; the top of an age or a fine bounds it
        best = "offer" if paid == "offer" else "limit"
    if paid == "charge":  # what the recruit pays is offered to no one
        return best if best not in (None, "offer") else "other"
    if paid:  # a named payment is on offer unless a cap is the nearest cue
        return "limit" if "limit" in (best, paid) else "offer"
    return best or "other"


def _nearest_cue(r: _Reading, cues: list[tuple[int, int, str, bool]], window: Span) -> str | None:
    best, best_dist = None, 10**9
    money = r.unit in _MONEY
    for start, end, modality, weak in _cues_in(cues, window):
        if (r.start <= start < r.end) or (money and modality == "rate"):
            continue
        if r.end < start and end <= r.counts_end and modality == "other":
            continue  # "45% of actual deaths": the counted noun, not how the figure is reported
        dist = r.start - end if end <= r.start else start - max(r.end, r.counts_end)
        dist = max(dist, 0) + (_WEAK_PENALTY if weak else 0)
        if dist < best_dist:
            best, best_dist = modality, dist
    return best


def _has_cue(cues: list[tuple[int, int, str, bool]], window: Span, modality: str) -> bool:
    """Whether a strong cue of ``modality`` lies inside ``window``."""
    return any(m == modality and not weak for _, _, m, weak in _cues_in(cues, window))


def _cues_in(cues: list[tuple[int, int, str, bool]], window: Span
             ) -> Iterator[tuple[int, int, str, bool]]:
    """The cues (sorted by start) that lie wholly inside ``window``."""
    for cue in cues[bisect.bisect_left(cues, (window[0], -1, "", False)):]:
        if cue[0] >= window[1]:
            return
        if cue[1] <= window[1]:
            yield cue


def _cue_hits(text: str, g: _Grammar) -> list[tuple[int, int, str, bool]]:
    hits = []
    for m in g.cues.finditer(text):
        name = m.lastgroup or ""
        if name == "none_first":
            continue  # words that hold a cue's word but are none ("за весь осенний призыв")
        hits.append((m.start(), m.end(), name.removesuffix("_weak").removesuffix("_first"),
                     name.endswith("_weak")))
    return hits


_CHANGE_VERB_REACH = 60  # characters before the figure: the verb, two words, "на", a hedge


def _percent_change(text: str, r: _Reading, g: _Grammar, last: Quantity | None,
                    sentence: Span) -> str | None:
    """The rise or the fall a percentage is, from the verb of change before "на" ("вырос
    на 55%", "сократились почти на 36%"), or from the change just before it in the sentence
    that it goes on from ("зросла на 70%, а для молодших - на 270%")."""
    before = text[max(0, r.start - _CHANGE_VERB_REACH):r.start]
    noun = next((noun for rx, noun in g.percent_change if rx.search(before)), None)
    if noun is None and last is not None and last.unit == "percent" and last.span[0] >= sentence[0] \
            and g.change_by_alone.search(before) \
            and any(last.counts == n for _, n in g.percent_change):
        noun = last.counts
    return noun


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" ,")


# --- the grammar, built once per language from the lexicon files ---------------------------

@lru_cache(maxsize=None)
def _grammar(lang: str) -> _Grammar:
    common = load_toml("lexicon/quantities_common.toml")
    lex = load_toml(f"lexicon/quantities_{lang}.toml")
    core = _number_core(lang, common, lex)
    return _Grammar(
        lang=lang,
        number=re.compile(r"(?<![\w.\-/])" + core, _FLAGS),
        number_core=re.compile(core, _FLAGS),
        masks=_masks(common["not_quantity"]["masks"]),
        words={k.lower(): float(v) for k, v in lex["numbers"]["words"].items()},
        collective=frozenset(w.lower() for w in lex["numbers"].get("collective", [])),
        people_only=frozenset(w.lower() for w in lex["numbers"].get("people_only", [])),
        partitive=re.compile(lex["people"].get("partitive", "(?!)"), _FLAGS),
        # "з яких 40 загинуло", "из которых 120 подписали": the part named before its number
        partitive_before=re.compile(r"(?<!\w)" + lex["people"].get("partitive_before", "(?!)") + r"[ \t\u00a0]+$", _FLAGS),
        part_verb=re.compile(r"[ \t\u00a0]+(?:(?:" + _alt(lex["people"].get("auxiliaries", ["(?!)"]))
                             + r")[ \t\u00a0]+)*([^\W\d_]+)", _FLAGS),
        befell=re.compile(r"(?:(?:" + _alt(lex["people"].get("auxiliaries", ["(?!)"])) + r")\s+)*(?:[a-z]+(?:ed|en)|"
                          + _alt(lex["people"].get("befell", ["(?!)"])) + ")", _FLAGS),
        saying=tuple(lex["modality"].get("saying", [])),
        dependants=re.compile(r"(?<!\w)" + _alt(lex["people"].get("dependants", ["(?!)"])), _FLAGS),
        venues=re.compile(r"(?:\w+\s+)*?" + _alt(lex["people"].get("venues", ["(?!)"])), _FLAGS),
        possessive=re.compile(r"[ \t\u00a0]+" + _alt(lex["people"].get("possessives", ["(?!)"])) + r"(?=[ \t\u00a0])",
                              _FLAGS),
        multipliers={k.lower(): float(v) for k, v in lex["numbers"]["multipliers"].items()},
        scales=[(re.compile(s["pattern"], _FLAGS), float(s["value"])) for s in lex["scales"]],
        scale_units=[(re.compile(s["pattern"], _FLAGS), s["unit"]) for s in lex["scales"] if s.get("unit")],
        fixed=[(re.compile(s["pattern"], _FLAGS), float(s["value"]), s.get("unit", "other"))
               for s in lex.get("fixed", [])],
        vague=[(re.compile(s["pattern"], _FLAGS), float(s["value"]), float(s["high"]),
                bool(s.get("people_only"))) for s in lex.get("vague", [])],
        prefix_units=[(re.compile(p, _FLAGS), unit)
                      for unit, pats in common["currency_prefix"].items() for p in pats],
        unit_after=re.compile(r"[ \t\u00a0\u2009\u202f]*" + _named(_units(common, lex)) + r"(?!\w)", _FLAGS),
        money_adjective=re.compile(r"-" + _named(lex["skip"]["money_adjectives"]) + r"(?!\w)", _FLAGS),
        approx_before=re.compile(r"(?<!\w)" + _named(lex["approx"]) + lex.get("approx_options", {}).get("tail", "")
                                 + r"\s*$", _FLAGS),
        approx_after=re.compile(r"\s*" + _named(lex["approx_after"]) + r"(?!\w)", _FLAGS),
        range_join=re.compile(lex["range"]["join"], _FLAGS),
        range_join_prefixed=re.compile(lex["range"]["join_with_prefix"], _FLAGS),
        range_prefix=re.compile(r"(?<!\w)" + lex["range"]["prefix"] + r"\s+\S*\s*$", _FLAGS),
        change_before=re.compile(_words(lex["range"]["change"]) + r"[^.;]{0,70}$", _FLAGS),
        change_after=re.compile(r"[^.;:,!?]{0,30}?(?<!\w)" + _words(lex["range"]["change"]), _FLAGS),
        # "з 3,1 до 1,9 млн": the figure a change starts from, right before its "до"
        change_from=re.compile(r"(?<!\w)" + lex["range"]["change_prefix"] + r"[ \t\u00a0]+\d[\d \u00a0.,]*"
                               r"(?:[ \t\u00a0]*[^\W\d_]+\.?)?[ \t\u00a0]+$", _FLAGS),
        change_prefix=re.compile(r"(?<!\w)" + lex["range"]["change_prefix"] + r"[ \t\u00a0]+$", _FLAGS),
        # "на 50 тыс. — из городского бюджета, до 150 тыс.": a rise by one figure to the next
        change_by=re.compile(r"(?<!\w)" + lex["range"]["change_by"] + r"[ \t\u00a0]+\d"
                             r"(?:[^.;!?\n]|\.(?=[ \t\u00a0]*[a-zа-яёіїєґ—–,-])){0,50}$", _FLAGS)
        if "change_by" in lex["range"] else None,
        percent_change=tuple(
            (re.compile(_words(c["verbs"]) + r"(?:[ \t\u00a0]+[^\W\d_]+){0,4}?[ \t\u00a0]+" + lex["range"]["change_by"]
                        + r"[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+)?$", _FLAGS), c["noun"])
            for c in lex["range"].get("percent_change", [])),
        change_by_alone=re.compile(r"(?<!\w)" + lex["range"].get("change_by", "(?!)") + r"[ \t\u00a0]+$", _FLAGS),
        label_before=re.compile(r"(?<![\w.])" + _alt(lex["skip"]["labels"]) + r"[ \t\u00a0]*$", _FLAGS),
        month_before=re.compile(_words(lex["skip"]["months"]) + r"[ \t\u00a0]*$", _FLAGS),
        month_after=re.compile(r"[ \t\u00a0]*(?:of[ \t]+)?" + _words(lex["skip"]["months"]), _FLAGS),
        duration_after=re.compile(r"[ \t\u00a0\u2009\u202f]*-?" + _alt(lex["skip"]["durations"]) + r"(?!\w)", _FLAGS),
        # "aged 18", "aged over 40", "aged up to 50": up to two words between cue and age
        age_before=re.compile(_words(lex["age"]["before"]) + r"[ \t\u00a0]*(?:\S+[ \t]+){0,2}$", _FLAGS),
        age_after=re.compile(r"[ \t\u00a0]*-?" + _alt(lex["age"]["after"]) + r"(?!\w)", _FLAGS),
        age_bare=(re.compile(_words(lex["age"]["before_bare"]) + r"[ \t\u00a0]*$", _FLAGS)
                  if lex["age"].get("before_bare") else None),
        people=_people_pattern(lang, lex),
        stop=frozenset(w.lower() for w in lex["people"]["stop"]),
        origin=frozenset(w.lower() for w in lex["people"]["origin"]),
        adjective=re.compile(lex["people"]["adjective_endings"]) if "adjective_endings" in lex["people"] else None,
        done_participle=re.compile(lex["people"]["done_participle"], re.IGNORECASE) if "done_participle" in lex["people"] else None,
        payment=re.compile(_words(lex["payment"]["nouns"]), _FLAGS),
        generic_payment=re.compile(_alt(lex["payment"].get("generic", ["(?!)"])), _FLAGS),
        payment_after=_payment_after_pattern(lang, lex),
        period_after=re.compile(r"[ \t\u00a0]*(" + _alt(lex["payment"]["period"]) + r")(?!\w)", _FLAGS),
        max_modifiers=int(lex["payment"].get("max_modifiers", 3)),
        pay_verb=re.compile(_words(lex["payment"].get("verbs", [])), _FLAGS),
        amounts=re.compile(r"(?<!\w)" + _alt(lex["payment"].get("amounts", ["(?!)"]))
                           + r"[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+)?$", _FLAGS),
        implied=lex["payment"].get("implied", ""),
        signing_after=re.compile(r"[ \t\u00a0]*" + _alt(lex["payment"].get("signing_after", ["(?!)"])) + r"(?!\w)",
                                 _FLAGS),
        cues=_cue_pattern(lex["modality"]),
        people_verbs=re.compile(_words(lex["people"]["verbs"]), _FLAGS),
        change_sensitive=frozenset(lex.get("approx_options", {}).get("change_sensitive", [])),
        penalty=re.compile(_words(lex["payment"]["penalty"]), _FLAGS),
        debt=re.compile(_words(lex["payment"]["debt"]), _FLAGS),
        write_off=re.compile(_words(lex["payment"]["write_off"]), _FLAGS),
        budget=re.compile(_words(lex["payment"]["budget"]), _FLAGS),
        charge=re.compile(_words(lex["payment"]["charge"]), _FLAGS) if lex["payment"].get("charge") else None,
        outside=re.compile(_words(lex["outside_count"]["cues"]), _FLAGS),
        losses=re.compile(_words(lex["outside_count"].get("losses", ["(?!)"])), _FLAGS),
        combat=re.compile(_words(lex["outside_count"].get("combat", ["(?!)"])), _FLAGS),
        slang=tuple((re.compile(k, _FLAGS), v) for k, v in lex["people"].get("slang", {}).items()),
        tally_period=re.compile(_words(lex["outside_count"].get("tally_period", ["(?!)"])), _FLAGS),
        share=lex["people"].get("share", ""),
        number_of=re.compile(_words(lex["people"].get("number_of", ["(?!)"])), _FLAGS),
        changed_object=re.compile(
            _words(lex["range"]["change"]) + r"[ \t\u00a0]+(?:" + _alt(lex["range"].get("changed_determiners", ["(?!)"]))
            + r"[ \t\u00a0]+)?(?P<np>(?:[^\W\d_][\w'’-]*[ \t\u00a0]+){1,3}?)(?P<to>" + lex["range"].get("changed_to", "(?!)")
            + r"[ \t\u00a0]+(?:[^\W\d_]+[ \t\u00a0]+){0,2})?$", _FLAGS),
        changed_to=re.compile(lex["range"].get("changed_to", "(?!)") + r"(?!\w)", _FLAGS),
        implied_currency=lex.get("implied_currency", {}).get("unit", ""),
        money_context=re.compile(_words(lex.get("implied_currency", {}).get("cues", ["(?!)"])), _FLAGS),
        money_nouns=frozenset(lex.get("implied_currency", {}).get("nouns", [])),
        money_word=lex.get("implied_currency", {}).get("money", ""),
        generic=re.compile(r"(?:" + _alt(lex.get("roles", {}).get("generic", ["(?!)"])) + r")$", _FLAGS),
        roles=[(re.compile(_words([p]), _FLAGS), role)
               for p, role in lex.get("roles", {}).get("cues", {}).items()],
        groups=[(re.compile(_words([p]), _FLAGS), role)
                for p, role in lex.get("roles", {}).get("groups", {}).items()],
    )


def _number_core(lang: str, common: dict, lex: dict) -> str:
    sep = common["group_separators"]
    if lang in common["space_group_languages"]:
        sep = sep[:-1] + " ]"
    dec = r"(?:,\d+)?" if lang in ("ru", "uk") else r"(?:\.\d+)?"
    digits = rf"\d{{1,3}}(?:{sep}\d{{3}})+(?!\d){dec}|\d+(?:[.,]\d+)?"
    words = _word_number_pattern(lex)
    scale = _scale_pattern(lex)
    cur = _alt([p for pats in common["currency_prefix"].values() for p in pats])
    fixed = _alt([s["pattern"] for s in lex.get("fixed", [])]) or "(?!)"
    vague = _alt([s["pattern"] for s in lex.get("vague", [])]) or "(?!)"
    return (rf"(?:(?P<fixed>{fixed})(?!\w)|(?P<vague>{vague})(?!\w)"
            rf"|(?P<cur>{cur})?(?:(?P<digits>{digits})|(?P<words>{words}))(?P<scale>{scale})?(?![^\W\d_]))")


def _word_number_pattern(lex: dict) -> str:
    nums = lex["numbers"]
    vocab = sorted([*nums["words"], *nums["multipliers"]], key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in vocab) + r")(?!\w)"
    scales = "|".join(s["pattern"] for s in lex["scales"])
    parts = [rf"{word}(?:(?:{nums['joiners']}){word})*"]
    if nums.get("article"):
        parts.insert(0, rf"{nums['article']}(?=\s+(?:{'|'.join(nums['multipliers']) or '(?!)'}|{scales})\b)")
    return "|".join(parts)


def _scale_pattern(lex: dict) -> str:
    """Scale words after a number; the one-letter ones ("5m", "$3k") must touch the digits."""
    spaced = "|".join(s["pattern"] for s in lex["scales"] if not s.get("attached"))
    attached = "|".join(s["pattern"] for s in lex["scales"] if s.get("attached")) or "(?!)"
    return rf"(?:{attached}|[ \t\u00a0\u2009\u202f]*(?:{spaced}))(?!\w)"


def _units(common: dict, lex: dict) -> dict[str, list[str]]:
    units = {k: list(v) for k, v in lex["units"].items()}
    for unit, pats in common["currency_suffix"].items():
        units.setdefault(unit, []).extend(pats)
    return units


def _people_pattern(lang: str, lex: dict) -> re.Pattern:
    nouns = _alt(lex["people"]["nouns"])
    # Russian and Ukrainian nouns are stems (inflection follows); English ones are whole words
    return re.compile(nouns if lang in ("ru", "uk") else nouns + r"(?!\w)", _FLAGS)


def _payment_after_pattern(lang: str, lex: dict) -> re.Pattern:
    lead = r"[ \t]+(?:in|as|of|for)[ \t]+(?:an?[ \t]+|the[ \t]+|their[ \t]+)?" if lang == "en" else r"(?!)"
    mods = r"(?:[^\W\d_][\w\-]*[ \t]+){0,2}?"  # the nearest noun: "рублей долгов | по кредитам"
    nouns = _alt(lex["payment"]["nouns"])
    return re.compile(rf"(?:(?P<lead>{lead})|[ \t]+)(?P<noun>{mods}{nouns})(?!\w)", _FLAGS)


def _cue_pattern(modality: dict[str, list[str]]) -> Folded:
    # every strong cue before any weak one: at one position the alternation takes the first
    # that matches, so "would get" (offer) must be tried before the bare "would" (weak target);
    # a "_first" cue is a phrase that holds another modality's word ("Призвано будет"), tried
    # before all
    keys = ([f"{name}_first" for name in _MODALITIES] + [name for name in _MODALITIES]
            + [f"{name}_weak" for name in _MODALITIES])
    groups = [f"(?P<{key}>{'|'.join(modality[key])})" for key in keys if modality.get(key)]
    return compile_folded(r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)")


def _named(table: dict[str, list[str] | str]) -> str:
    parts = []
    for name, pats in table.items():
        body = pats if isinstance(pats, str) else "|".join(pats)
        if body:
            parts.append(f"(?P<{name}>{body})")
    return "(?:" + "|".join(parts) + ")"


def _alt(pats: list[str]) -> str:
    return "(?:" + "|".join(pats) + ")" if pats else ""


def _words(pats: list[str]) -> str:
    return r"(?<!\w)" + _alt(pats) + r"(?!\w)"
