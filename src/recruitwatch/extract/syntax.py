"""Dependency parses of the sentences that carry a reporting cue (Russian and Ukrainian).

The claims stage asks two questions of a parse: which phrase is the subject of a reporting
verb ("заявил представитель ГУР Юсов" → "представитель ГУР Юсов"), and whether a phrase a
rule picked is a nominal at all ("однако", "если раньше" are not speakers). natasha's
news syntax model answers both; it is trained on Russian and reads Ukrainian well enough
for subjects. Only cue sentences are parsed, so the cost stays small.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from recruitwatch.extract.nlp import get_natasha_syntax
from recruitwatch.model import Span

__all__ = ["Parse", "Token", "parse"]

NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_NOT_NOMINAL = frozenset({"ADV", "SCONJ", "CCONJ", "ADP", "INTJ", "VERB", "AUX"})
_SUBJECT_RELS = frozenset({"nsubj", "nsubj:pass"})
_GERUND = ("в", "вши", "вшись")  # "заявив", "зазначивши": done before the main verb's time
# what belongs to a subject phrase: its modifiers, names and appositions, not clauses
_PHRASE_RELS = frozenset({"nmod", "amod", "appos", "flat", "flat:name", "flat:foreign", "det",
                          "case", "compound", "conj", "cc", "nummod", "fixed", "punct"})


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # offsets in the parsed text
    end: int
    text: str
    head: int  # index of the head token, -1 for the root
    rel: str
    pos: str


MAX_PARSE_CHARS = 3000  # a longer clause (a run-on list, a table) is left to the rules


@dataclass(frozen=True, slots=True)
class Parse:
    tokens: tuple[Token, ...]
    complete: bool = True  # False when the text was too long to parse: the parse knows nothing

    def at(self, start: int, end: int) -> int | None:
        """The index of the first token overlapping ``[start, end)``."""
        return next((i for i, t in enumerate(self.tokens) if t.start < end and start < t.end),
                    None)

    def children(self, i: int) -> list[int]:
        return [j for j, t in enumerate(self.tokens) if t.head == i]

    def subject(self, verb: int) -> Span | None:
        """The subject phrase of the token ``verb`` (a conjoined verb shares its head's:
        "признаётся, что …, однако считает" → the subject of "признаётся")."""
        for _ in range(3):
            subj = next((j for j in self.children(verb) if self.tokens[j].rel in _SUBJECT_RELS),
                        None)
            if subj is not None:
                return self._nominal_subject(subj)
            tok = self.tokens[verb]
            # (and a perfective gerund its head's: "Петров оскорбил соседа, заявив: …")
            if tok.head < 0 or not (tok.rel == "conj" or (tok.rel == "advcl" and tok.text.lower().endswith(_GERUND))):
                return None
            verb = tok.head
        return None

    def _nominal_subject(self, subj: int) -> Span | None:
        """A subject that names someone: a noun, a name or a pronoun; for a quantifier
        ("Один из мигрантов"), the noun it picks from; an adverb ("Там заявили") none."""
        tok = self.tokens[subj]
        if tok.pos in _NOT_NOMINAL:
            return None
        if tok.pos in ("NUM", "DET"):
            of = next((j for j in self.children(subj) if self.tokens[j].rel == "nmod"
                       and self.tokens[j].pos in NOMINAL), None)
            if of is not None:  # the noun itself, without its preposition ("из")
                return self.tokens[of].start, self.phrase(of)[1]
        # the tagger's parts of speech for Ukrainian are rough ("представник" PART): the
        # rest is taken as a nominal
        return self.phrase(subj)

    def locative_source(self, verb: int) -> Span | None:
        """ "…, сообщили в правительстве области": the institution where an impersonal
        reporting verb was said, an oblique "в/у" phrase after the verb."""
        for j in self.children(verb):
            tok = self.tokens[j]
            if j > verb and tok.rel == "obl" and tok.pos in NOMINAL and any(
                    self.tokens[c].rel == "case" and self.tokens[c].text.lower() in ("в", "во", "у")
                    for c in self.children(j)):
                return self.phrase(j)
        return None

    def phrase(self, head: int) -> Span:
        """The span of ``head`` with its nominal dependents (no relative or other clauses)."""
        keep, todo = {head}, [head]
        while todo:
            for j in self.children(todo.pop()):
                if self.tokens[j].rel in _PHRASE_RELS and j not in keep:
                    keep.add(j)
                    todo.append(j)
        words = sorted(i for i in keep if self.tokens[i].pos != "PUNCT")
        # a subject phrase is contiguous: stop at the first gap next to the head
        lo = hi = head
        while lo - 1 in keep or (lo - 1 >= 0 and self.tokens[lo - 1].pos == "PUNCT"
                                 and lo - 2 in keep and self.tokens[lo - 1].text in "«»\"'"):
            lo -= 1
        while hi + 1 in keep:
            hi += 1
        lo = max(lo, words[0])
        hi = min(hi, words[-1])
        return self.tokens[lo].start, self.tokens[hi].end

    def has_nominal(self, start: int, end: int) -> bool:
        """Whether a noun, name or pronoun lies in ``[start, end)`` (True when unparsed). A
        capitalised word of another script, which the tagger leaves untagged ("X"), is a
        name too: "повідомляє The Insider"."""
        return not self.complete or any(
            t.pos in NOMINAL or (t.pos == "X" and t.text[:1].isupper() and _latin(t.text))
            for t in self.tokens if t.start < end and start < t.end)


def _latin(word: str) -> bool:
    return all("a" <= c <= "z" for c in word.lower() if c.isalpha())


@lru_cache(maxsize=256)
def parse(text: str) -> Parse:
    """The dependency parse of one sentence (cached: a sentence's clauses share it)."""
    if len(text) > MAX_PARSE_CHARS:
        return Parse((), complete=False)
    from natasha import Doc

    syntax = get_natasha_syntax()
    doc = Doc(text)
    doc.segment(syntax.segmenter)
    doc.parse_syntax(syntax.parser)
    doc.tag_morph(syntax.morph_tagger)
    index = {tok.id: i for i, tok in enumerate(doc.tokens)}
    return Parse(tuple(Token(t.start, t.stop, t.text, index.get(t.head_id, -1), t.rel or "",
                             t.pos or "") for t in doc.tokens))
