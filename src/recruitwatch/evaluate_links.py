"""Score linking across documents (stories, facts, denials) against ``tests/gold/links.json``.

1. Every gold document (annotation names and the ``documents`` of links.json) runs through
   the pipeline into a fresh store, which is then linked (``link.link_all``).
2. Stories: pairs of documents in one gold story against pairs in one predicted story.
3. Facts: a gold mention is (document, quantity text); it is found as the predicted
   quantities of that document whose words match. Pairs are counted across documents:
   gold pairs share a fact key; predicted pairs share a linked fact. A predicted link from
   a gold mention to a quantity with another key, or with none, is a false pair.
4. Denials: gold (deny document, assert document) pairs against the store's disputes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from recruitwatch.evaluate import resolve_gold_file
from recruitwatch.store import Store

__all__ = ["LinkGold", "load_links", "build_store", "score_links", "score_gold_links", "prf"]


@dataclass(slots=True)
class LinkGold:
    texts: dict[str, tuple[str, str]]  # name -> (gold file, raw text)
    stories: list[list[str]]
    facts: dict[str, list[tuple[str, str]]]  # key -> [(name, quantity text)]
    denials: list[dict[str, Any]]


def load_links(links_path: Path, project_root: Path) -> LinkGold:
    data = json.loads(links_path.read_text(encoding="utf-8"))
    ann_dir = links_path.parent / "annotations"
    names = {n for group in data["stories"] for n in group}
    texts = {}
    for name in sorted(names):
        file = (data["documents"][name]["file"] if name in data["documents"]
                else json.loads((ann_dir / f"{name}.json").read_text(encoding="utf-8"))["file"])
        texts[name] = (file, resolve_gold_file(file, project_root).read_text(encoding="utf-8"))
    facts = {k: [tuple(m) for m in v] for k, v in data["facts"].items()}
    return LinkGold(texts, data["stories"], facts, data.get("denials", []))


def build_store(gold: LinkGold, store: Store, options=None) -> dict[str, str]:
    """Process and store every gold document, link the store; returns name -> doc id."""
    from recruitwatch.link import link_all
    from recruitwatch.options import Options
    from recruitwatch.pipeline import process_text

    options = options or Options()
    ids = {}
    for name, (file, text) in gold.texts.items():
        doc = process_text(text, options, source=file)
        store.add(doc, text.encode("utf-8"))
        ids[name] = doc.id
    link_all(store)
    return ids


def score_gold_links(links_path: Path, project_root: Path, options=None) -> dict[str, Any]:
    """Load the link gold, build a temporary store from it and score it."""
    import tempfile

    gold = load_links(links_path, project_root)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "links.db") as store:
        return score_links(gold, store, build_store(gold, store, options))


def prf(pred: set, gold: set) -> dict[str, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "pred_pairs": len(pred), "gold_pairs": len(gold), "true_pairs": tp}


def score_links(gold: LinkGold, store: Store, ids: dict[str, str]) -> dict[str, Any]:
    stories_pred, stories_gold = story_pairs(store, ids), gold_story_pairs(gold)
    facts_pred, facts_gold, misses = fact_pairs(gold, store, ids)
    out = {"stories": prf(stories_pred, stories_gold), "facts": prf(facts_pred, facts_gold),
           "denials": prf(denial_pairs(store, ids), gold_denial_pairs(gold))}
    out["errors"] = {
        "stories_false": sorted(map(sorted, stories_pred - stories_gold)),
        "stories_missed": sorted(map(sorted, stories_gold - stories_pred)),
        "facts_false": sorted(map(_pair_text, facts_pred - facts_gold)),
        "facts_missed": sorted(map(_pair_text, facts_gold - facts_pred)),
        "fact_mentions_not_found": misses,
    }
    return out


def _pair_text(pair: frozenset) -> str:
    return " ~ ".join(sorted(f"{n}:{label}" for n, label in pair))


# ---------------------------------------------------------------- stories


def gold_story_pairs(gold: LinkGold) -> set[frozenset]:
    return {frozenset(p) for group in gold.stories for p in combinations(sorted(group), 2)}


def story_pairs(store: Store, ids: dict[str, str]) -> set[frozenset]:
    name_of = {v: k for k, v in ids.items()}
    by_story: dict[str, list[str]] = {}
    for doc_id, story in store.conn.execute("SELECT id, story FROM documents"):
        if doc_id in name_of:
            by_story.setdefault(story or doc_id, []).append(name_of[doc_id])
    return {frozenset(p) for names in by_story.values() for p in combinations(sorted(names), 2)}


# ---------------------------------------------------------------- facts


def _fold(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f,.]", "", text.casefold())


def gold_fact_pairs(gold: LinkGold) -> set[frozenset]:
    pairs = set()
    for key, mentions in gold.facts.items():
        for (a, _), (b, _) in combinations(mentions, 2):
            if a != b:
                pairs.add(frozenset({(a, key), (b, key)}))
    return pairs


def fact_pairs(gold: LinkGold, store: Store, ids: dict[str, str]
               ) -> tuple[set[frozenset], set[frozenset], list[str]]:
    """Predicted and gold cross-document pairs of (name, fact key or quantity label)."""
    labels, misses = _mention_labels(gold, store, ids)
    name_of = {v: k for k, v in ids.items()}
    members: dict[int, list[tuple[str, str]]] = {}
    for fact_id, doc_id, ord_ in store.conn.execute(
            "SELECT fact_id, doc_id, ord FROM fact_mentions WHERE kind = 'quantity'"):
        if doc_id in name_of:
            name = name_of[doc_id]
            members.setdefault(fact_id, []).append((name, labels.get((name, ord_), f"#{ord_}")))
    pred = set()
    for mentions in members.values():
        for a, b in combinations(set(mentions), 2):
            # only links that touch a gold mention are scored: the rest is not annotated
            if a[0] != b[0] and (not a[1].startswith("#") or not b[1].startswith("#")):
                pred.add(frozenset({a, b}))
    return pred, gold_fact_pairs(gold), misses


def _mention_labels(gold: LinkGold, store: Store, ids: dict[str, str]
                    ) -> tuple[dict[tuple[str, int], str], list[str]]:
    """(name, quantity ord) -> gold fact key, for the predicted quantities that match."""
    labels: dict[tuple[str, int], str] = {}
    misses = []
    for key, mentions in gold.facts.items():
        for name, text in mentions:
            found = _matching_quantities(store, ids[name], text)
            misses += [] if found else [f"{name}: {text!r}"]
            labels.update({(name, o): key for o in found})
    return labels, misses


def _matching_quantities(store: Store, doc_id: str, text: str) -> list[int]:
    want = _fold(text)
    rows = store.conn.execute("SELECT ord, text FROM quantities WHERE doc_id = ?", (doc_id,))
    return [o for o, t in rows if t and (_fold(t) in want or want in _fold(t))]


# ---------------------------------------------------------------- denials


def gold_denial_pairs(gold: LinkGold) -> set[frozenset]:
    return {frozenset({d["deny"], a}) for d in gold.denials for a in d["asserts"]}


def denial_pairs(store: Store, ids: dict[str, str]) -> set[frozenset]:
    name_of = {v: k for k, v in ids.items()}
    return {frozenset({name_of[a], name_of[b]}) for a, b in store.conn.execute(
        "SELECT deny_doc, target_doc FROM disputes") if a in name_of and b in name_of and a != b}


# ---------------------------------------------------------------- the real corpus


def real_story_gold(project_root: Path) -> tuple[dict[str, dict], set[frozenset]]:
    """The real corpus's manifest rows and its story pairs (``same_story_as``)."""
    from recruitwatch.evaluate import real_manifest

    rows = real_manifest(project_root)
    pairs = {frozenset((name, row["same_story_as"])) for name, row in rows.items()
             if row.get("same_story_as")}
    return rows, pairs


def score_real_stories(project_root: Path, options=None) -> dict[str, Any]:
    """Story pairs over the whole real corpus, fed as `{url, text}` JSON lines: recall of
    the manifest's pairs and precision over every pair the linker made (the corpus's other
    files are each their own story)."""
    import tempfile

    from recruitwatch.evaluate import GoldDoc, gold_record, shared_dir
    from recruitwatch.link import link_all
    from recruitwatch.options import Options
    from recruitwatch.pipeline import process

    rows, gold = real_story_gold(project_root)
    if not rows:
        return {}
    options = options or Options()
    folder = shared_dir(project_root) / "corpus" / "real"
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "real.db") as store:
        ids = {}
        for name, row in sorted(rows.items()):
            text = (folder / name).read_text(encoding="utf-8")
            raw = gold_record(GoldDoc(name, "real-" + row["split"], text,
                                      {"file": f"corpus/real/{name}"}, row.get("url")))
            store.add(process(raw, options), raw.data)
            ids[name] = raw.id
        link_all(store)
        pred = story_pairs(store, ids)
    split = {name: row["split"] for name, row in rows.items()}
    out = {"all": prf(pred, gold)}
    for part in ("dev", "test"):
        # a pair belongs to a split when both files do; real-test pairs are only counted
        mine = {p for p in pred | gold if all(split[n] == part for n in p)}
        out[part] = prf(pred & mine, gold & mine)
    out["errors"] = {"dev_false": sorted(map(sorted, {p for p in pred - gold
                                                       if all(split[n] == "dev" for n in p)})),
                     "dev_missed": sorted(map(sorted, {p for p in gold - pred
                                                        if all(split[n] == "dev" for n in p)}))}
    return out
