"""Measures: what the text reports being done to recruit, typed from a domain pack.

The code is generic; the subject lives in ``data/domains/<domain>.toml`` (types with cue
words per language, negative phrases, quantity triggers; groups; actor heads). Steps:

1. split the body into sentences (``text.sentence_spans``);
2. per sentence, one pass each of the compiled type, negative and group regexes: a type is
   present when one of its cues lies outside its negative phrases, or (for types with a
   ``quantity`` trigger) a quantity of the right unit and modality sits in a sentence with
   a context word; ``requires_quantity`` types need such a quantity beside the cue;
3. one measure per type and sentence, with the sentence's groups (none when it exempts
   them: "students would not be mobilized"; the pack's default group when a default cue
   is there), its PLACE entities, its quantities (indexes) and
   an actor: the first ORG/PERSON before the cue outside the attribution phrases, else
   "<place> authorities", else the speaker of a claim that reports its own act
   ("its mayor announced"); a source label opening a headline ("UK Defense Ministry: ...")
   is never the actor;
4. a sentence naming groups but no measure gives them to the measures of the nearest
   earlier sentence within ``orphan_window`` ("This decision is bound to affect migrants");
   a measure still without a group takes the report's topic group, named by at least
   ``topic_least`` sentences and more than any other ("They were then issued army cards"
   in a report on Sri Lankans), else the default group where its sentence has a cue;
5. a measure still without an actor takes the actor of the nearest measure of its type
   sharing a group (a headline restates an act its article names the actor of).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from recruitwatch.extract.claims import Attribution, attributions, reports_own_act
from recruitwatch.fastre import Folded, compile_folded, fold, guarded
from recruitwatch.model import Entity, Measure, Quantity
from recruitwatch.resources import load_toml
from recruitwatch.text import sentence_spans

__all__ = ["extract_measures", "measure_types"]


def extract_measures(body: str, lang: str, entities: list[Entity], quantities: list[Quantity],
                     domain: str = "recruitment",
                     attribs: list[Attribution] | None = None) -> list[Measure]:
    """Typed measures of ``body``, one per type and sentence, in text order.

    ``attribs`` are the claims stage's attributions when the caller has them (the pipeline
    does): reading them again cost more than the rest of this stage."""
    home = _pack(domain, lang)
    mentions = sorted((s, e, ent) for ent in entities for s, e in ent.mentions)
    if attribs is None:
        attribs = attributions(body, lang, entities)
    out: list[Measure] = []
    defaults: list[Measure] = []  # measures whose sentence has a default-group cue
    generic: list[Measure] = []  # those whose only such cue is a bare noun for people
    last: tuple[int, list[Measure]] | None = None  # (sentence index, its measures)
    mentioned: Counter[str] = Counter()  # sentences naming each group
    bare: list[Measure] = []  # measures whose sentence names no group, not even a default
    low = fold(body)
    for i, (s, e) in enumerate(sentence_spans(body)):
        text = body[s:e]
        pack = _pack(domain, "en") if lang != "en" and _latin(text) else home
        ctx = _Sentence(body, s, e, mentions, [a for a in attribs if s <= a.claim.span[0] < e])
        folded = low[s:e]
        found = [(t, pos) for t, pos in _types(pack, text, folded, s, quantities)
                 if not (pack.drop_denied and _denied(ctx, pos))]
        exempt = bool(pack.exempt.search(text))
        groups = [] if exempt else _groups(pack, text, folded)
        mentioned.update(groups)
        if not found:
            if groups and last and i - last[0] <= pack.window:
                for m in last[1]:
                    m.groups.extend(g for g in groups if g not in m.groups)
            continue
        made = [_measure(pack, ctx, t, pos, groups, quantities, lang) for t, pos in found]
        if not groups and _has_default(pack, text):
            defaults.extend(made)
            if not pack.default_cues.search(pack.generic_people.sub(" ", text)):
                generic.extend(made)  # only "людей", "граждан": whoever the report is about
        elif not groups and not exempt:
            bare.extend(made)
        out.extend(made)
        last = (i, made)
    # (a bare "людей", "граждан" in a report on foreigners is those foreigners)
    foreign = bool(mentioned) and mentioned.most_common(1)[0][0] in home.foreign_topics
    _topic_group(bare + (generic if foreign and home.default_group not in mentioned else []),
                 mentioned, home.topic)
    # the default group only where no named group reached the measure, not even later
    for m in defaults:
        if not m.groups and home.default_group:
            m.groups.append(home.default_group)
    _shared_actors(out)
    return out


def _topic_group(bare: list[Measure], mentioned: Counter[str], least: int) -> None:
    """The group a report is about (named by at least ``least`` sentences, and by more than
    any other group) is the target of its measures whose sentences name none: "They were
    then issued army cards" in a report on Sri Lankans trafficked into the army."""
    ranked = mentioned.most_common(2) + [("", 0), ("", 0)]
    (top, n), (_, runner_up) = ranked[0], ranked[1]
    if least and n >= least and n > runner_up:
        for m in bare:
            if not m.groups:  # a group named later (orphan_window) came first
                m.groups.append(top)


def _shared_actors(measures: list[Measure]) -> None:
    """A measure without an actor takes the actor of the nearest measure of its type that
    targets a group it targets: a headline ("construction workers coerced") restates the
    act its article's sentence names an actor for ("Moscow authorities are threatening")."""
    for m in measures:
        if m.actor is not None:
            continue
        same = [o for o in measures if o is not m and o.type == m.type and o.actor
                and set(o.groups) & set(m.groups)]
        if same:
            m.actor = min(same, key=lambda o: abs(o.span[0] - m.span[0])).actor


def measure_types(domain: str = "recruitment") -> list[str]:
    """The measure types a domain pack defines, in its order."""
    return list(load_toml(f"domains/{domain}.toml")["types"])


# ---------------------------------------------------------------- the pack


@dataclass(frozen=True, slots=True)
class _Trigger:
    units: frozenset[str]
    modalities: frozenset[str]
    beside_cues: bool = False  # the number tells the type even where other types' cues are

    def fits(self, q: Quantity) -> bool:
        return q.unit in self.units and (not self.modalities or q.modality in self.modalities)


@dataclass(frozen=True, slots=True)
class _Pack:
    type_names: tuple[str, ...]
    # one regex per type (cues of different types may overlap: "recruited from prisons"
    # is a recruitment site and, beside a number, an enlistment figure)
    cues: dict[str, Folded]  # run over folded text: see recruitwatch.fastre
    negatives: dict[str, Folded]
    # cues that tell the measure only in a sentence about recruitment ("штраф",
    # "задержали"): a fine or an arrest of anything else is no recruitment measure
    weak: dict[str, Folded]
    by_quantity: dict[str, _Trigger]
    needs_quantity: dict[str, _Trigger]
    group_names: tuple[str, ...]
    any_cue: Folded  # every type's cues, widened: where it finds nothing, no type's cue is there
    groups: Folded  # named groups g<i>
    any_group: Folded  # a wider pattern, folded: where it finds nothing, ``groups`` finds nothing
    context: re.Pattern
    # the words that tie a weak cue to recruitment (a summons, evasion, the call-up): a
    # fine or an arrest near the war alone ("задержали … в зоне СВО") is no measure
    weak_context: re.Pattern
    default_group: str | None
    default_cues: re.Pattern
    generic_people: re.Pattern  # default cues that say nothing of who the people are
    foreign_topics: frozenset[str]  # topic groups those people then belong to
    actor_heads: re.Pattern
    exempt: re.Pattern  # phrases that exempt the sentence's groups
    window: int
    topic: int  # sentences that must name a group for it to be the report's topic
    drop_denied: bool


def _alternation(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True)) or r"(?!)"


def _bounded(alternatives: str) -> re.Pattern:
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _bounded_folded(alternatives: str) -> Folded:
    return compile_folded(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _named(prefix: str, table: dict[str, list[str]]) -> Folded:
    """One alternation naming each entry of ``table`` by its index, guarded and run over
    folded text (see recruitwatch.fastre): a pass over every sentence."""
    parts = [f"(?P<{prefix}{i}>{_alternation(p)})" for i, p in enumerate(table.values()) if p]
    folded = _bounded_folded("|".join(parts) or r"(?!)")
    return Folded(guarded(folded.regex), folded.folded)


def _any_of(table: dict[str, list[str]]) -> Folded:
    """The entries of ``table`` with their case-sensitive parts made insensitive ("(?-i:[A-Z])"
    matches any letter): a wider pattern that can run over folded text, twice as fast, to
    skip the sentences where the exact one cannot match. (No case-sensitive part of the
    tables sits inside a negative look-ahead, where widening would narrow.)"""
    alternatives = "|".join(_alternation(p) for p in table.values() if p).replace("(?-i:", "(?:")
    folded = _bounded_folded(alternatives or r"(?!)")
    return Folded(guarded(folded.regex), folded.folded)


def _per_lang(section: dict[str, Any], key: str, lang: str) -> list[str]:
    """``section[key][lang]``, falling back to English for a language the pack lacks."""
    table = section.get(key) or {}
    return list(table.get(lang, table.get("en", [])))


@lru_cache(maxsize=None)
def _pack(domain: str, lang: str) -> _Pack:
    data = load_toml(f"domains/{domain}.toml")
    types: dict[str, Any] = data["types"]
    cue_table = {t: _per_lang(spec, "cues", lang) for t, spec in types.items()}
    neg_table = {t: _per_lang(spec, "negative", lang) for t, spec in types.items()}
    weak_table = {t: _per_lang(spec, "weak", lang) for t, spec in types.items()}
    group_table = {g: spec.get(lang, spec.get("en", [])) for g, spec in data["groups"].items()}
    return _Pack(
        type_names=tuple(types),
        cues={t: _bounded_folded(_alternation(p)) for t, p in cue_table.items() if p},
        negatives={t: _bounded_folded(_alternation(p)) for t, p in neg_table.items() if p},
        weak={t: _bounded_folded(_alternation(p)) for t, p in weak_table.items() if p},
        any_cue=_any_of({t: cue_table[t] + weak_table[t] for t in types}),
        by_quantity={t: _trigger(s["quantity"]) for t, s in types.items() if "quantity" in s},
        needs_quantity={t: _trigger(s["requires_quantity"]) for t, s in types.items()
                        if "requires_quantity" in s},
        group_names=tuple(group_table),
        groups=_named("g", group_table),
        any_group=_any_of(group_table),
        context=_bounded(_alternation(_per_lang(data, "context", lang))),
        weak_context=_bounded(_alternation(_per_lang(data, "weak_context", lang)
                                           or _per_lang(data, "context", lang))),
        default_group=data.get("default_group"),
        default_cues=_bounded(_alternation(_per_lang(data, "default_group_cues", lang))),
        generic_people=_bounded(_alternation(_per_lang(data, "generic_people", lang))),
        foreign_topics=frozenset(data.get("foreign_topics", [])),
        actor_heads=_bounded(_alternation(_per_lang(data, "actor", lang))),
        exempt=_bounded(_alternation(_per_lang(data, "exempt", lang))),
        window=int(data.get("orphan_window", 0)),
        topic=int(data.get("topic_least", 0)),
        drop_denied=bool(data.get("drop_denied", False)),
    )


def _trigger(spec: dict[str, list[str]]) -> _Trigger:
    return _Trigger(frozenset(spec.get("units", [])), frozenset(spec.get("modalities", [])),
                    bool(spec.get("beside_cues", False)))


# ---------------------------------------------------------------- one sentence


def _types(pack: _Pack, text: str, low: str, offset: int,
           quantities: list[Quantity]) -> list[tuple[str, int]]:
    """(type, body offset of its first cue) for each type present in the sentence
    (``low`` is the sentence folded, for the cue regexes)."""
    first: dict[str, int] = {}
    about_army: bool | None = None  # whether a context word is in the sentence, read once
    # (half the sentences of a report name no measure: one wide pass rules them out)
    cued = pack.any_cue.regex.search(pack.any_cue.text(text, low)) is not None
    for t, strong in pack.cues.items() if cued else ():
        neg = pack.negatives.get(t)
        blocked: list[tuple[int, int]] | None = None  # read only once a cue is found
        for rx in (strong, pack.weak.get(t)):
            if rx is None or t in first:
                continue
            for m in rx.finditer(text, low=low):
                if blocked is None:
                    blocked = [n.span() for n in neg.finditer(text, low=low)] if neg else []
                if any(a <= m.start() < b for a, b in blocked):
                    continue
                if rx is not strong:  # a weak cue, read only once one is found
                    if about_army is None:
                        about_army = bool(pack.weak_context.search(text))
                    if not about_army:
                        break
                first[t] = offset + m.start()
                break
    inside = [q for q in quantities if offset <= q.span[0] < offset + len(text)]
    # a number alone marks a type only where no cue named one ("ordered the mobilisation
    # of 300,000 reservists" is a mobilization, not also a quota), unless its type says
    # the number tells it anyway (a sum on offer beside a contract's cue)
    cued = bool(first)
    if inside and pack.context.search(text):
        for t, trig in pack.by_quantity.items():
            if t in first or (cued and not trig.beside_cues):
                continue
            hit = next((q for q in inside if trig.fits(q)), None)
            if hit:
                first[t] = hit.span[0]
    for t, trig in pack.needs_quantity.items():
        if t in first and not any(trig.fits(q) for q in inside):
            del first[t]
    return sorted(first.items(), key=lambda kv: kv[1])


def _latin(text: str) -> bool:
    """Whether a sentence is written in Latin letters (an English translation under a
    Ukrainian post), so that the English cues read it."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(c < "\u0250" for c in letters)
    return len(letters) >= 20 and latin >= 0.8 * len(letters)


def _groups(pack: _Pack, text: str, low: str | None = None) -> list[str]:
    if pack.any_group.regex.search(pack.any_group.text(text, low)) is None:
        return []
    names = [pack.group_names[int((m.lastgroup or "g0")[1:])]
             for m in pack.groups.finditer(text, low=low)]
    return list(dict.fromkeys(names))


def _has_default(pack: _Pack, text: str) -> bool:
    return bool(pack.default_group and pack.default_cues.search(text))


def _denied(ctx: _Sentence, pos: int) -> bool:
    """Whether the cue lies in a claim that denies it ("Peskov denied plans for a second wave")."""
    return any(a.claim.stance == "deny" and a.claim.span[0] <= pos < a.claim.span[1]
               for a in ctx.attribs)


@dataclass(frozen=True, slots=True)
class _Sentence:
    body: str
    start: int
    end: int
    mentions: list[tuple[int, int, Entity]]
    attribs: list[Attribution]

    def entities(self, types: tuple[str, ...]) -> list[tuple[int, int, Entity]]:
        return [m for m in self.mentions
                if self.start <= m[0] and m[1] <= self.end and m[2].type in types]


def _measure(pack: _Pack, ctx: _Sentence, mtype: str, cue: int, groups: list[str],
             quantities: list[Quantity], lang: str) -> Measure:
    # a place inside the attribution names the source's country ("Estonia's intelligence
    # chief said"), not where the measure happens
    phrases = [p for a in ctx.attribs for p in a.phrases]
    places = list(dict.fromkeys(
        ent.name for s, e, ent in ctx.entities(("PLACE",))
        if not any(a <= s and e <= b for a, b in phrases)))
    qs = [i for i, q in enumerate(quantities) if ctx.start <= q.span[0] < ctx.end]
    return Measure(mtype, list(groups), places, _actor(pack, ctx, cue, lang),
                   (ctx.start, ctx.end), None, qs)


def _actor(pack: _Pack, ctx: _Sentence, cue: int, lang: str) -> str | None:
    """Who does it: the subject before the cue, not the reporter that attributes it."""
    phrases = [p for a in ctx.attribs for p in a.phrases]
    for s, e, ent in ctx.entities(("ORG", "PERSON")):
        if s < cue and not any(a <= s and e <= b for a, b in phrases) and not _source_label(ctx, s, e):
            return ent.name
    place_actor = _place_authority(pack, ctx, cue)
    if place_actor:
        return place_actor
    own = [a.claim.speaker for a in ctx.attribs if reports_own_act(a.claim.cue, lang)]
    return own[0] if own else None


def _source_label(ctx: _Sentence, s: int, e: int) -> bool:
    """ "UK Defense Ministry: Moscow construction workers coerced ...": a name opening the
    sentence before a colon is the headline's source, not who does the act."""
    return not ctx.body[ctx.start:s].strip(" \"'“«") and bool(_LABEL_END.match(ctx.body, e))


_LABEL_END = re.compile(r"[ \t]*:")


def _place_authority(pack: _Pack, ctx: _Sentence, cue: int) -> str | None:
    """ "Moscow authorities", "The Moscow government": the place's government acts."""
    for _, e, ent in ctx.entities(("PLACE",)):
        if e > cue:
            break
        m = _POSSESSIVE_GAP.match(ctx.body, e)
        head = pack.actor_heads.match(ctx.body, m.end()) if m else None
        if head:
            return f"{ent.name} {head.group().lower()}"
    return None


# between a place and the head it qualifies: a space, or "'s" and a space
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")
