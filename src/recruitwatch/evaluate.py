"""Score pipeline output against the annotated gold set (``tests/gold/``).

The gold format is described in ``tests/gold/README.md``. Scoring is split into pure
functions over one gold annotation, its raw text and a ``Document`` so that tests can
score hand-built documents; ``score_corpus`` runs the pipeline and sums the counts.

Fields and how they are matched:

1. cleaning    junk lines (by line index, or by text when a removed line has none)
               and gold article lines kept in the body
2. language    exact code; published: exact "YYYY[-MM[-DD]]" string
3. entities    set of (type, canonical name) per document, names compared through
               ``extract.canon.canonical_name`` when it exists
4. quantities  gold and predicted paired in text order on (value, unit); modality,
               approx and the head word of ``counts`` compared on pairs
5. claims      a gold claim is found when a predicted claim's span contains its anchor;
               speaker, via, stance and hedged compared on found claims
6. measures    set of types and set of groups per document
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from recruitwatch.model import APPROXES, MODALITIES, UNITS, Document, Quantity, Span
from recruitwatch.text import CYRILLIC, normalize, unmarkdown

__all__ = [
    "GoldDoc", "Counts", "load_gold", "score_document", "score_baseline", "figures",
    "annotation_problems", "resolve_gold_file",
]

# Words that end the head of a "counts" phrase ("migrants from Central Asia" -> migrants).
_HEAD_STOP = {
    "of", "from", "in", "on", "per", "for", "who", "that", "to", "with", "at", "by", "as",
    "из", "в", "на", "с", "для", "по", "у", "до", "за", "которые", "от", "к",
    "з", "у", "на", "для", "які", "до",
}


@dataclass(slots=True)
class GoldDoc:
    name: str  # annotation file stem, e.g. "seed_002"
    subset: str  # "seeds", "demo", "dev2", "heldout", "real-dev" or "real-test"
    text: str  # the raw text the annotation indexes
    ann: dict[str, Any]
    url: str | None = None  # the real corpus is fed with its manifest URL, as scrapers export it


@dataclass(slots=True)
class Counts:
    """Integer tallies; ``figures`` turns them into rates. Adding is summing per key."""

    n: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.n.update(other.n)
        self.errors.extend(other.errors)


# ---------------------------------------------------------------- loading


def shared_dir(project_root: Path) -> Path:
    return project_root.resolve().parent / "shared"


def resolve_gold_file(file: str, project_root: Path) -> Path:
    """Seeds and the real corpus are read from ../shared (never copied), our fixtures from
    examples/; the blind held-out fixtures live beside their annotations in tests/gold/."""
    if file.startswith("seeds/"):
        return shared_dir(project_root) / "samples" / file
    if file.startswith("corpus/"):
        return shared_dir(project_root) / file
    if file.startswith("heldout/"):
        return project_root / "tests" / "gold" / file
    return project_root / "examples" / file


ALL_SUBSETS = ("seeds", "demo")  # the documents the "all" column scores
REAL_SUBSETS = ("real-dev", "real-test")  # ../shared/corpus/real, split by its manifest
SUBSETS = (*ALL_SUBSETS, "dev2", "heldout", *REAL_SUBSETS)  # every subset, in column order
BLIND_SUBSETS = ("heldout", "real-test")  # scored in aggregate only, never studied by case


def load_gold(ann_dir: Path, project_root: Path, subsets: Iterable[str] = ALL_SUBSETS
              ) -> list[GoldDoc]:
    docs = []
    for path in sorted(ann_dir.glob("*.json")):
        ann = json.loads(path.read_text(encoding="utf-8"))
        subset = ann.get("subset") or next(
            (s for s in ("seeds", "heldout") if ann["file"].startswith(s + "/")), "demo")
        if subset in subsets:
            text = resolve_gold_file(ann["file"], project_root).read_text(encoding="utf-8")
            url = real_manifest(project_root).get(Path(ann["file"]).name, {}).get("url")
            docs.append(GoldDoc(path.stem, subset, text, ann, url))
    return docs


def real_manifest(project_root: Path) -> dict[str, dict]:
    """The real corpus's manifest by file name (empty when ../shared has no corpus)."""
    path = shared_dir(project_root) / "corpus" / "real" / "manifest.jsonl"
    if not path.exists():
        return {}
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["file"]: row for row in rows}


def gold_record(gold: GoldDoc):
    """The raw record a user would feed: the real corpus as a `{url, text}` JSON line (no
    url where the manifest has none), everything else as a plain text file."""
    from recruitwatch.ingest.jsonl import line_record
    from recruitwatch.model import RawRecord

    if gold.subset in REAL_SUBSETS:
        obj = {"url": gold.url, "text": gold.text} if gold.url else {"text": gold.text}
        return line_record(gold.ann["file"], json.dumps(obj, ensure_ascii=False).encode("utf-8"))
    return RawRecord(source=gold.ann["file"], data=gold.text.encode("utf-8"), kind="text",
                     text=gold.text)


# ---------------------------------------------------------------- name keys


@lru_cache(maxsize=1)
def _canon_function() -> Callable[[str], str] | None:
    try:
        from recruitwatch.extract.canon import canonical_name
    except ImportError:  # another stage not written yet: compare names as written
        return None
    return canonical_name


def name_key(name: str, canon: bool = True, person: bool = False) -> str:
    """A comparison key for a name; ``canon=False`` for raw baseline output, ``person`` for
    a name known to be a person's (a given name alone: "Tatyana"/"Tatiana")."""
    fn = _canon_function() if canon else None
    if fn is not None and not name.startswith("anonymous:"):
        name = fn(name) or name
    if _PERSON_SHAPED.fullmatch(name) or (person and _ONE_NAME.fullmatch(name)):
        return _person_key(name)
    return normalize(name).casefold().strip()


# A private person's name has no canonical English spelling: "Yegor"/"Egor",
# "Tatyana"/"Tatiana", "Noik Eduard"/"Eduard Noik" are one person, compared as the tool
# compares people (canon.person_key: script- and spelling-insensitive), in any order.
def entity_key(etype: str, name: str, canon: bool = True) -> tuple[str, str]:
    """(type, name key) of an entity, as gold and output are compared."""
    return etype, name_key(name, canon, person=etype == "PERSON")


_PERSON_SHAPED = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,3}")
_ONE_NAME = re.compile(r"[A-Z][a-z'’-]+")


def _person_key(name: str) -> str:
    from recruitwatch.extract.canon import person_key

    return "person:" + " ".join(sorted(person_key(name)))


def _stem(word: str) -> str:
    # five letters are enough to equate plural and case forms (soldier/soldiers, солдат/солдатов);
    # a Russian or Ukrainian word of five letters or fewer has its case ending in them, so it
    # loses its last letter ("сумма"/"сумму", "суми"/"суму")
    low = word.casefold()
    if CYRILLIC.match(low) and len(low) <= 5:
        return low[:max(2, len(low) - 1)]
    return low[:5]


# ---------------------------------------------------------------- 1. cleaning


def article_lines(gold: GoldDoc) -> dict[int, str]:
    junk = {j["line"] for j in gold.ann["junk"]}
    return {i: line for i, line in enumerate(gold.text.splitlines())
            if scored_line(line) and i not in junk}


def scored_line(line: str) -> bool:
    """Blank lines and lines without a letter or digit (emoji markers) are neither article
    nor junk: keeping or removing them is not scored."""
    return any(ch.isalnum() for ch in line)


def removed_line_indexes(gold: GoldDoc, doc: Document) -> set[int]:
    """Line indexes the pipeline removed; a removed line without an index is found by text."""
    by_text: dict[str, list[int]] = {}
    for i, line in enumerate(gold.text.splitlines()):
        by_text.setdefault(normalize(line).strip(), []).append(i)
    out = set()
    for r in doc.removed:
        if r.line >= 0:
            out.add(r.line)
        else:
            out.update(by_text.get(normalize(r.text).strip(), []))
    return out


def score_cleaning(gold: GoldDoc, doc: Document) -> Counts:
    c = Counts()
    scored = _scored_lines(gold.text)
    gold_junk = {j["line"] for j in gold.ann["junk"]} & scored
    pred = removed_line_indexes(gold, doc) & scored
    c.n["junk.tp"] = len(gold_junk & pred)
    c.n["junk.fp"] = len(pred - gold_junk)
    c.n["junk.fn"] = len(gold_junk - pred)
    body_lines = {normalize(unmarkdown(x)).strip() for x in doc.body.splitlines()}
    kept = [i for i, line in article_lines(gold).items()
            if normalize(unmarkdown(line)).strip() in body_lines]
    c.n["article.total"] = len(article_lines(gold))
    c.n["article.kept"] = len(kept)
    lines = gold.text.splitlines()
    c.errors += [f"{gold.name}: junk line {i} kept: {lines[i][:60]!r}" for i in sorted(gold_junk - pred)]
    c.errors += [f"{gold.name}: article line {i} removed: {lines[i][:60]!r}"
                 for i in sorted(set(article_lines(gold)) - set(kept))]
    return c


def _scored_lines(text: str) -> set[int]:
    return {i for i, line in enumerate(text.splitlines()) if scored_line(line)}


# ---------------------------------------------------------------- 2. language and date


def score_language_date(gold: GoldDoc, doc: Document) -> Counts:
    c = Counts()
    c.n["language.total"] = c.n["published.total"] = 1
    c.n["language.correct"] = int(doc.language == gold.ann["language"])
    c.n["published.correct"] = int(doc.published.date == gold.ann["published"])
    if not c.n["language.correct"]:
        c.errors.append(f"{gold.name}: language {doc.language!r} != {gold.ann['language']!r}")
    if not c.n["published.correct"]:
        c.errors.append(f"{gold.name}: published {doc.published.date!r} != {gold.ann['published']!r}")
    return c


# ---------------------------------------------------------------- 3. entities


def score_entities(gold: GoldDoc, doc: Document, canon: bool = True) -> Counts:
    c = Counts()
    want = {entity_key(e["type"], e["canonical"]) for e in gold.ann["entities"]}
    got = {entity_key(e.type, e.name, canon) for e in doc.entities}
    for etype in ("PERSON", "ORG", "PLACE", "GROUP"):
        w = {k for k in want if k[0] == etype}
        g = {k for k in got if k[0] == etype}
        c.n[f"ent.{etype}.tp"] = len(w & g)
        c.n[f"ent.{etype}.fp"] = len(g - w)
        c.n[f"ent.{etype}.fn"] = len(w - g)
        c.errors += [f"{gold.name}: missed {etype} {k[1]!r}" for k in sorted(w - g)]
        c.errors += [f"{gold.name}: spurious {etype} {k[1]!r}" for k in sorted(g - w)]
    return c


# ---------------------------------------------------------------- 4. quantities


def pair_quantities(gold_qs: list[dict], pred_qs: list[Quantity]) -> list[tuple[dict, Quantity]]:
    """Pair gold and predicted quantities in text order on equal value and unit."""
    pool = sorted(pred_qs, key=lambda q: q.span[0])
    pairs = []
    for g in gold_qs:
        for i, p in enumerate(pool):
            if p.unit == g["unit"] and _same_value(p.value, g["value"]):
                pairs.append((g, pool.pop(i)))
                break
    return pairs


def _same_value(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))


# a word with its Ukrainian apostrophe ("ув’язнені" is one word, not "ув" and "язнені")
_WORD = re.compile(r"[\w-]+(?:'[\w-]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})


def counts_head(phrase: str) -> str:
    """The head word of a "counts" phrase. English puts it last, before a preposition or
    clause ("professional soldiers in Russia"); Russian and Ukrainian put adjectives before
    it and genitives after it ("российские чиновники", "защитники Копайгородского",
    "сторона обвинения"): the first word that is not an adjective."""
    words = _WORD.findall(phrase.translate(_APOSTROPHES))
    head = ""
    for w in words:
        if w.casefold() in _HEAD_STOP and head:
            break
        # English: a participle after the noun qualifies it ("Sri Lankans recruited",
        # "others arrested", "sum paid to the agent"): the noun before it is the head
        if head and not CYRILLIC.match(w) and _POSTNOMINAL.fullmatch(w.casefold()):
            break
        if CYRILLIC.match(w) and head and not _ADJECTIVE.search(head.casefold()):
            break
        head = w
    return head


_POSTNOMINAL = re.compile(r"[a-z]{3,}ed|paid|sent|held|taken|killed|wounded|affected|sought|lost|caught|given|brought")
# adjective and participle endings (ru, uk) and the possessives that open a description
_ADJECTIVE = re.compile(r"(?:ые|ие|ый|ий|ая|яя|ое|ее|ых|их|ой|ого|его|ому|ему|ым|им|ій|ні|кі|ві|ова|ова|ське|ська)$|"
                        r"^(?:его|её|ее|их|её|його|її|їх|один|одна|одно|некоторые|деякі)$")


def head_matches(gold_counts: str, pred_counts: str) -> bool:
    head = counts_head(gold_counts)
    return bool(head) and any(_same_word(head, w) for w in _WORD.findall(pred_counts.translate(_APOSTROPHES)))


def _same_word(gold: str, pred: str) -> bool:
    """One word in two forms: the same first letters (soldier/soldiers), or, in Russian and
    Ukrainian, a dictionary form in common where a vowel comes and goes ("бойцы"/"бойцов",
    "особи"/"осіб", "жінки"/"жінок")."""
    if _stem(gold) == _stem(pred):
        return True
    if not (CYRILLIC.match(gold) and CYRILLIC.match(pred)):
        return False
    from recruitwatch.extract.morph import lemmas

    return bool(lemmas(gold.casefold()) & lemmas(pred.casefold()))


def score_quantities(gold: GoldDoc, doc: Document) -> Counts:
    c = Counts()
    gold_qs = gold.ann["quantities"]
    pairs = pair_quantities(gold_qs, doc.quantities)
    c.n["q.tp"] = len(pairs)
    c.n["q.fp"] = len(doc.quantities) - len(pairs)
    c.n["q.fn"] = len(gold_qs) - len(pairs)
    for g, p in pairs:
        checks = quantity_checks(g, p)
        c.n["q.modality"] += checks["modality"]
        c.n["q.approx"] += checks["approx"]
        c.n["q.head"] += checks["counts"]
        c.errors += _quantity_field_errors(gold.name, g, p, checks)
    matched = {id(g) for g, _ in pairs}
    c.errors += [f"{gold.name}: missed quantity {g['text']!r}" for g in gold_qs if id(g) not in matched]
    used = {id(p) for _, p in pairs}
    body = doc.body
    c.errors += [f"{gold.name}: spurious quantity {body[p.span[0]:p.span[1]]!r} = {p.value} {p.unit}"
                 for p in doc.quantities if id(p) not in used]
    return c


def quantity_checks(g: dict, p: Quantity) -> dict[str, bool]:
    """Which fields of a paired quantity agree with the gold (``counts`` by its head word)."""
    return {"modality": p.modality == g["modality"], "approx": p.approx == g["approx"],
            "counts": head_matches(g["counts"], p.counts)}


def _quantity_field_errors(name: str, g: dict, p: Quantity, checks: dict[str, bool]) -> list[str]:
    out = [f"{name}: {g['text']!r} {f} {getattr(p, f)!r} != {g[f]!r}"
           for f in ("modality", "approx") if not checks[f]]
    if not checks["counts"]:
        out.append(f"{name}: {g['text']!r} counts {p.counts!r} lacks head {counts_head(g['counts'])!r}")
    return out


# ---------------------------------------------------------------- 5. claims


def anchor_span(body: str, anchor: str) -> tuple[int, int] | None:
    """Where ``anchor`` occurs in ``body``, tolerant of quote, dash and space variants."""
    m = _anchor_regex(anchor).search(body)
    return (m.start(), m.end()) if m else None


def _anchor_regex(anchor: str) -> re.Pattern:
    classes = {" ": r"\s+", "'": "['‘’`]", '"': '["“”«»„]', "-": "[-‐–—−]"}
    parts = [classes.get(ch, re.escape(ch)) for ch in normalize(unmarkdown(anchor)).strip()]
    return re.compile("".join(parts), re.IGNORECASE)


def speaker_matches(gold_speaker: str, pred_speaker: str) -> bool:
    """Named speakers compare by canonical key; anonymous ones by their description's head."""
    if gold_speaker.startswith("anonymous:"):
        if not pred_speaker.startswith("anonymous:"):
            return False
        # the head as for "counts": "source in the regional government" is a source
        description = gold_speaker.removeprefix("anonymous:").split(",")[0]
        # one of a group is described by the group: "один из осужденных" is a convict
        description = _ONE_OF.sub("", description)
        head = counts_head(description) or gold_speaker.split()[-1]
        return any(_same_word(head, w) for w in pred_speaker.split()[1:])
    # (a name that differs in case only is one name: "Na mestakh", "Na Mestakh")
    return name_key(gold_speaker) == name_key(pred_speaker) or (
        normalize(gold_speaker).casefold() == normalize(pred_speaker).casefold())


# "один из", "одна з", "one of the" (ru, uk, en)
_ONE_OF = re.compile(r"^\s*(?:один|одна|одно|одне|одного|одной|однієї|одну|one)\s+(?:из|изо|з|із|зі|of)\s+(?:the\s+)?",
                     re.IGNORECASE)


def pair_claims(gold: GoldDoc, doc: Document) -> list[tuple[dict, Any]]:
    """Each gold claim with a distinct predicted claim containing its anchor (same speaker first)."""
    pairs, used = [], set()
    for g in gold.ann["claims"]:
        span = anchor_span(doc.body, g["anchor"])
        if span is None:
            continue
        cands = [p for p in doc.claims
                 if id(p) not in used and p.span[0] <= span[0] and p.span[1] >= span[1]]
        cands.sort(key=lambda p: not speaker_matches(g["speaker"], p.speaker))
        if cands:
            used.add(id(cands[0]))
            pairs.append((g, cands[0]))
    return pairs


def claim_checks(g: dict, p) -> dict[str, bool]:
    """Which fields of a paired claim agree with the gold."""
    return {
        "speaker": speaker_matches(g["speaker"], p.speaker),
        "via": [name_key(v) for v in p.via] == [name_key(v) for v in g["via"]],
        "stance": p.stance == g["stance"],
        "hedged": bool(p.hedged) == bool(g["hedged"]),
    }


def score_claims(gold: GoldDoc, doc: Document) -> Counts:
    c = Counts()
    pairs = pair_claims(gold, doc)
    c.n["claims.total"] = len(gold.ann["claims"])
    c.n["claims.found"] = len(pairs)
    for g, p in pairs:
        for key, ok in claim_checks(g, p).items():
            c.n[f"claims.{key}"] += ok
            if not ok:
                c.errors.append(f"{gold.name}: claim {g['anchor']!r} {key}: got "
                                f"{getattr(p, key)!r}, want {g[key]!r}")
    found = {id(g) for g, _ in pairs}
    c.errors += [f"{gold.name}: no claim contains {g['anchor']!r} ({g['speaker']})"
                 for g in gold.ann["claims"] if id(g) not in found]
    return c


# ---------------------------------------------------------------- 6. measures


def score_measures(gold: GoldDoc, doc: Document) -> Counts:
    """Measures scored twice: per document (the set of types and groups it reports) and per
    mention: each gold measure is paired with a predicted one of the same type whose span
    holds its anchor (a miss is a false negative). The gold names each distinct measure once,
    so an unpaired prediction of a type the document's gold has is a restatement (a headline,
    a later sentence), counted apart as redundant; one of any other type is a false positive."""
    c = Counts()
    for key, want, got in (
        ("types", {m["type"] for m in gold.ann["measures"]}, {m.type for m in doc.measures}),
        ("groups", {g for m in gold.ann["measures"] for g in m["groups"]},
         {g for m in doc.measures for g in m.groups}),
    ):
        c.n[f"m.{key}.tp"] = len(want & got)
        c.n[f"m.{key}.fp"] = len(got - want)
        c.n[f"m.{key}.fn"] = len(want - got)
        c.errors += [f"{gold.name}: missed measure {key[:-1]} {x!r}" for x in sorted(want - got)]
        c.errors += [f"{gold.name}: spurious measure {key[:-1]} {x!r}" for x in sorted(got - want)]
    c.add(_score_measure_mentions(gold, doc))
    return c


def pair_measures(gold: GoldDoc, doc: Document) -> list[tuple[dict, Span | None, int | None]]:
    """Each gold measure with where its anchor is and the index of a distinct predicted
    measure of its type whose span overlaps the anchor (None when there is none)."""
    out, used = [], set()
    for g in gold.ann["measures"]:
        span = anchor_span(doc.body, g["anchor"])
        match = None if span is None else next(
            (i for i, p in enumerate(doc.measures) if i not in used and p.type == g["type"]
             and p.span[0] < span[1] and span[0] < p.span[1]), None)
        if match is not None:
            used.add(match)
        out.append((g, span, match))
    return out


def _score_measure_mentions(gold: GoldDoc, doc: Document) -> Counts:
    c = Counts()
    used: set[int] = set()
    for g, _, match in pair_measures(gold, doc):
        if match is None:
            c.n["mm.fn"] += 1
            c.errors.append(f"{gold.name}: no {g['type']} measure at {g['anchor']!r}")
            continue
        used.add(match)
        c.n["mm.tp"] += 1
        want, got = set(g["groups"]), set(doc.measures[match].groups)
        c.n["mmg.tp"] += len(want & got)
        c.n["mmg.fp"] += len(got - want)
        c.n["mmg.fn"] += len(want - got)
    gold_types = {g["type"] for g in gold.ann["measures"]}
    for i, p in enumerate(doc.measures):
        if i in used:
            continue
        if p.type in gold_types:
            c.n["mm.redundant"] += 1
            continue
        c.n["mm.fp"] += 1
        c.errors.append(f"{gold.name}: spurious {p.type} measure at "
                        f"{doc.body[p.span[0]:p.span[1]][:60]!r}")
    return c


# ---------------------------------------------------------------- per extraction


def verdicts(gold: GoldDoc, doc: Document) -> dict[str, list[bool]]:
    """Whether each extraction of ``doc`` is right by the gold, one flag per item of each
    kind, in the document's order: the labels confidence is calibrated on.

    An entity is right when its (type, canonical name) is in the gold; a quantity when it
    pairs with a gold one (value and unit) and has its modality; a claim when it pairs with a
    gold claim and has its speaker and stance; a measure when it is paired at its words, or
    restates a type the gold has (see ``score_measures``)."""
    want = {entity_key(e["type"], e["canonical"]) for e in gold.ann["entities"]}
    entities = [entity_key(e.type, e.name) in want for e in doc.entities]
    paired = {id(p): g for g, p in pair_quantities(gold.ann["quantities"], doc.quantities)}
    quantities = [id(q) in paired and quantity_checks(paired[id(q)], q)["modality"]
                  for q in doc.quantities]
    claimed = {id(p): claim_checks(g, p) for g, p in pair_claims(gold, doc)}
    claims = [id(c) in claimed and claimed[id(c)]["stance"] and claimed[id(c)]["speaker"]
              for c in doc.claims]
    gold_types = {g["type"] for g in gold.ann["measures"]}
    measures = [m.type in gold_types for m in doc.measures]
    return {"entity": entities, "quantity": quantities, "claim": claims, "measure": measures}


# ---------------------------------------------------------------- all fields


def score_document(gold: GoldDoc, doc: Document) -> Counts:
    total = Counts()
    for fn in (score_cleaning, score_language_date, score_entities, score_quantities,
               score_claims, score_measures):
        total.add(fn(gold, doc))
    return total


def score_baseline(gold: GoldDoc, doc: Document) -> Counts:
    """Baseline documents carry raw names, so they are not canonicalised before comparing."""
    total = Counts()
    total.add(score_entities(gold, doc, canon=False))
    total.add(score_quantities(gold, doc))
    return total


def _prf(n: Counter, prefix: str) -> dict[str, float]:
    tp, fp, fn = n[f"{prefix}.tp"], n[f"{prefix}.fp"], n[f"{prefix}.fn"]
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _rate(num: int, den: int) -> float:
    # nothing to judge counts as failure, so a floor cannot pass on an empty match set
    return round(num / den, 4) if den else 0.0


def figures(c: Counts) -> dict[str, float]:
    """Flat ``field.metric`` rates from summed counts (the names floors.toml uses)."""
    n = c.n
    out: dict[str, float] = {}
    for prefix, name in (("junk", "cleaning.junk_"), ("q", "quantities."),
                         ("m.types", "measures.doc_type_"), ("m.groups", "measures.doc_groups_"),
                         ("mm", "measures.type_"), ("mmg", "measures.groups_")):
        out.update({f"{name}{k}": v for k, v in _prf(n, prefix).items()})
    for etype in ("PERSON", "ORG", "PLACE", "GROUP"):
        out.update({f"entities.{etype}.{k}": v for k, v in _prf(n, f"ent.{etype}").items()})
    out.update({f"entities.{k}": v for k, v in _prf(_entity_totals(n), "ent").items()})
    out["cleaning.article_kept"] = _rate(n["article.kept"], n["article.total"])
    out["language.accuracy"] = _rate(n["language.correct"], n["language.total"])
    out["published.accuracy"] = _rate(n["published.correct"], n["published.total"])
    for key in ("modality", "approx", "head"):
        out[f"quantities.{key}_accuracy"] = _rate(n[f"q.{key}"], n["q.tp"])
    # the right modality and head over every gold quantity: finding more can only raise
    # them (the accuracies above are over the quantities found)
    for key in ("modality", "head"):
        out[f"quantities.{key}_found"] = _rate(n[f"q.{key}"], n["q.tp"] + n["q.fn"])
    out["measures.redundant_share"] = _rate(
        n["mm.redundant"], n["mm.tp"] + n["mm.fp"] + n["mm.redundant"])
    out["claims.found"] = _rate(n["claims.found"], n["claims.total"])
    # the right speaker over every gold claim: unlike speaker accuracy (over the claims
    # found), finding more claims can only raise it
    out["claims.speaker_found"] = _rate(n["claims.speaker"], n["claims.total"])
    for key in ("speaker", "via", "stance", "hedged"):
        out[f"claims.{key}_accuracy"] = _rate(n[f"claims.{key}"], n["claims.found"])
    return {k: out[k] for k in sorted(out) if _present(k, n)}


def _entity_totals(n: Counter) -> Counter:
    tot = Counter()
    for etype in ("PERSON", "ORG", "PLACE", "GROUP"):
        for k in ("tp", "fp", "fn"):
            tot[f"ent.{k}"] += n[f"ent.{etype}.{k}"]
    return tot


def _present(key: str, n: Counter) -> bool:
    """Leave out figures whose field was not scored (the baseline scores only some)."""
    field_keys = {"cleaning": "article.total", "language": "language.total",
                  "published": "published.total", "claims": "claims.total",
                  "measures": "m.types.tp", "entities": "ent.PERSON.tp", "quantities": "q.tp"}
    return field_keys[key.split(".")[0]] in n


# ---------------------------------------------------------------- gold checks


_ALLOWED = {"unit": UNITS, "modality": MODALITIES, "approx": APPROXES}


def annotation_problems(gold: GoldDoc) -> list[str]:
    """What in an annotation does not fit its text (run by a fast test on every gold file)."""
    ann, lines = gold.ann, gold.text.splitlines()
    body = normalize("\n".join(article_lines(gold).values()))
    out = [f"{gold.name}: junk line {j['line']} is blank or out of range" for j in ann["junk"]
           if j["line"] >= len(lines) or not lines[j["line"]].strip()]
    out += [f"{gold.name}: entity {e['text']!r} not in article text" for e in ann["entities"]
            if normalize(e["text"]) not in body]
    out += [f"{gold.name}: quantity {q['text']!r} not in article text" for q in ann["quantities"]
            if normalize(q["text"]) not in body]
    out += [f"{gold.name}: quantity {q['text']!r} has a {key} outside the contract: {q[key]!r}"
            for q in ann["quantities"] for key, allowed in _ALLOWED.items() if q[key] not in allowed]
    for item in ann["claims"] + ann["measures"]:
        if anchor_span("\n".join(article_lines(gold).values()), item["anchor"]) is None:
            out.append(f"{gold.name}: anchor {item['anchor']!r} not in article text")
        if len(item["anchor"].split()) > 8:
            out.append(f"{gold.name}: anchor {item['anchor']!r} longer than 8 words")
    return out


# ---------------------------------------------------------------- running


def score_corpus(golds: list[GoldDoc], options=None) -> dict[str, Counts]:
    """Run the pipeline on every gold document; counts per subset and for "all".

    "all" is seeds + demo only: the held-out set and later development batches ("dev2")
    are scored in their own columns, so that adding them does not move the figures and
    floors recorded for "all"."""
    from recruitwatch.options import Options
    from recruitwatch.pipeline import process

    options = options or Options()
    out: dict[str, Counts] = {}
    for gold in golds:
        counts = score_document(gold, process(gold_record(gold), options))
        for key in (gold.subset, "all") if gold.subset in ALL_SUBSETS else (gold.subset,):
            out.setdefault(key, Counts()).add(counts)
    return out


def score_baseline_corpus(golds: list[GoldDoc], spacy_model: str) -> Counts:
    """Raw spaCy entities and every number token as a quantity, on the uncleaned text."""
    import spacy

    nlp = spacy.load(spacy_model)
    total = Counts()
    for gold in golds:
        total.add(score_baseline(gold, baseline_document(gold.text, nlp)))
    return total


_SPACY_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE",
                "FAC": "PLACE", "NORP": "GROUP"}
_NUMBER = re.compile(r"\d+(?:[ ,.\u00a0\u202f]\d{3})*(?:[.,]\d+)?")


def baseline_document(text: str, nlp) -> Document:
    from recruitwatch.model import Entity

    ents: dict[tuple[str, str], Entity] = {}
    for ent in nlp(text).ents:
        if ent.label_ in _SPACY_TYPES:
            key = (_SPACY_TYPES[ent.label_], ent.text)
            ents.setdefault(key, Entity(ent.text, key[0])).mentions.append((ent.start_char, ent.end_char))
    return Document(id="baseline", source="baseline", body=text, entities=list(ents.values()),
                    quantities=[_baseline_quantity(m) for m in _NUMBER.finditer(text)])


def _baseline_quantity(m: re.Match) -> Quantity:
    # "people" is the commonest gold unit, so the baseline is not handicapped on units
    digits = re.sub(r"[ ,\u00a0\u202f]", "", m.group())
    return Quantity(value=float(digits), unit="people", counts="", approx="exact",
                    modality="other", span=(m.start(), m.end()), text=m.group())
