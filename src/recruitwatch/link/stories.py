"""Stories: near-duplicate and re-published documents grouped together.

1. Each document's cleaned body becomes a set of word 4-gram shingles.
2. A MinHash signature (datasketch) of the shingles is cut into bands; each band hashes to
   one key kept in the store's ``lsh`` table, so finding candidates is an index look-up and
   the time to add a document stays flat as the store grows.
3. Candidates sharing a band key are verified on the exact shingles: containment (shared
   shingles over the smaller set) must reach ``LinkOptions.containment``. Containment, not
   Jaccard, because a rewrite that trims half the sentences is still the same story.
4. Retellings: a report another outlet rewrote in its own words, or in another language,
   shares few shingles but keeps the story's canonical names (people, organisations,
   places: one name in any language) and its figures' values. A document with no match in
   step 3 looks up the documents sharing one of its names or figures that is not common in
   the store. It joins one when
   - each report's lead (its first few names and figures) is among what they share: a
     report that mentions the other's subject in passing tells another story;
   - their figures agree: each gives the figure the other opens with, and the shorter
     keeps most of its figures in the other (this spring's call-up report names last
     spring's total too, but leads with its own);
   - its publication date is close to every dated member of the candidate's story
     (``retell_days``, or the month or year when one date is coarser): look-alike reports
     of different events share words and figures but not their dates;
   - and they share a figure and one more name or figure, or three names one of which is a
     person's (a body and the places it reports on are a beat that tells many stories); in
     one language, one shared name or figure and enough distinctive stems in common
     (``retell_overlap``) will also do.
5. A document joins the story of its best match (stories it bridges are merged). Copies
   (steps 3, and rewrites sharing a linked fact: ``join_rewrites``) also form a copy
   group, whose original is its earliest published member, then the fullest; the others
   are its ``duplicate_of``. A retelling is its outlet's own report: it joins the story
   but is no one's duplicate, and a fact it gives is an independent source.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from dataclasses import dataclass
from functools import lru_cache

from datasketch import MinHash

from recruitwatch.store import Store

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class LinkOptions:
    shingle: int = 4
    bands: int = 24
    rows: int = 3  # bands * rows permutations; threshold ≈ (1/bands) ** (1/rows) ≈ 0.35
    containment: float = 0.5
    rewrite_containment: float = 0.35  # for candidates that already share a linked fact
    numbers: float = 0.5  # share of the shorter report's numbers the other must have
    max_candidates: int = 50  # verify at most this many candidates per document
    retell_overlap: float = 0.4  # share of the shorter text's distinctive stems in common
    retell_rare: int = 3  # a feature in at most this many documents is never common
    retell_common: float = 0.2  # ... else in more than this share of the store it is
    retell_shared: int = 2  # names and figures in common (one of them a figure) that make
    # a retelling in any language
    retell_lead: int = 3  # the first features of a report, one of which a retelling shares
    retell_days: int = 10  # a retelling is published within this many days of its source


@dataclass(slots=True)
class StoryStats:
    linked: int = 0
    joined: int = 0  # documents that joined an existing story
    stories: int = 0  # stories with more than one member, after linking


def shingles(text: str, size: int = 4) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def containment(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def band_keys(sh: set[str], opts: LinkOptions) -> list[int]:
    """One signed 64-bit key per band of the MinHash signature of ``sh``."""
    num_perm = opts.bands * opts.rows
    permutations, scheme = _permutations(num_perm)
    m = MinHash(num_perm=num_perm, seed=_SEED, permutations=permutations, scheme=scheme)
    m.update_batch(s.encode("utf-8") for s in sh)
    values = m.hashvalues
    keys = []
    for band in range(opts.bands):
        chunk = values[band * opts.rows:(band + 1) * opts.rows].tobytes()
        digest = hashlib.blake2b(struct.pack("<I", band) + chunk, digest_size=8).digest()
        keys.append(struct.unpack("<q", digest)[0])
    return keys


_SEED = 1


@lru_cache(maxsize=4)
def _permutations(num_perm: int):
    """The seeded permutations, drawn once: drawing them was a third of the cost per document."""
    template = MinHash(num_perm=num_perm, seed=_SEED)
    return template.permutations, template.scheme


def link_stories(store: Store, opts: LinkOptions = LinkOptions(), progress=None) -> StoryStats:
    """Link every document not linked yet; earlier links are kept (incremental)."""
    stats = StoryStats()
    pending = [r[0] for r in store.conn.execute(
        "SELECT rowid FROM documents WHERE rowid NOT IN (SELECT doc FROM linked) ORDER BY rowid")]
    total = store.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    for i, rowid in enumerate(pending):
        with store.conn:
            stats.joined += _link_one(store, rowid, opts, total)
        stats.linked += 1
        if progress and i % 100 == 0:
            progress(i, len(pending))
    stats.stories = store.conn.execute(
        "SELECT count(*) FROM (SELECT story FROM documents WHERE story IS NOT NULL"
        " GROUP BY story HAVING count(*) > 1)").fetchone()[0]
    return stats


def _link_one(store: Store, rowid: int, opts: LinkOptions, total: int) -> bool:
    body, doc_id = store.conn.execute(
        "SELECT body, id FROM documents WHERE rowid = ?", (rowid,)).fetchone()
    sh = shingles(body, opts.shingle)
    keys = band_keys(sh, opts) if sh else []
    copies = _verified_matches(store, rowid, sh, keys, opts)
    matches = copies or _retellings(store, rowid, opts, total)
    group, copied = _merge_copies(store, rowid, [r for r, _ in copies])
    stories = {_story_of(store, r) for r, _ in matches}
    story = _largest(store, stories) if matches else doc_id
    if len(stories) > 1:
        store.conn.execute(
            f"UPDATE documents SET story = ? WHERE story IN ({','.join('?' * len(stories))})",
            (story, *stories))
    store.conn.execute("UPDATE documents SET story = ? WHERE rowid = ?", (story, rowid))
    store.conn.executemany("INSERT INTO lsh (key, doc) VALUES (?, ?)", [(k, rowid) for k in keys])
    store.conn.execute("INSERT OR IGNORE INTO linked (doc) VALUES (?)", (rowid,))
    _set_original(store, group, copied)
    return bool(matches)


def _verified_matches(store: Store, rowid: int, sh: set[str], keys: list[int],
                      opts: LinkOptions) -> list[tuple[int, float]]:
    if not keys:
        return []
    marks = ",".join("?" * len(keys))
    candidates = [r[0] for r in store.conn.execute(
        f"SELECT doc, count(*) AS n FROM lsh WHERE key IN ({marks}) AND doc != ?"
        f" GROUP BY doc ORDER BY n DESC LIMIT ?", (*keys, rowid, opts.max_candidates))]
    return _verify(store, rowid, sh, candidates, opts.containment, opts)


def _verify(store: Store, rowid: int, sh: set[str], candidates: list[int], threshold: float,
            opts: LinkOptions) -> list[tuple[int, float]]:
    doc_id, body = store.conn.execute(
        "SELECT id, body FROM documents WHERE rowid = ?", (rowid,)).fetchone()
    mine: set[str] | None = None  # its places, read once, when a candidate first needs them
    out = []
    for cand in candidates:
        other_id, other = store.conn.execute(
            "SELECT id, body FROM documents WHERE rowid = ?", (cand,)).fetchone()
        score = containment(sh, _shingles_cached(other, opts.shingle))
        if score < threshold or not numbers_agree(body, other, opts.numbers):
            continue
        if mine is None:
            mine = _places(store, doc_id, _WIDE_PLACES)
        if not _places_differ(mine, _places(store, other_id, _WIDE_PLACES)):
            out.append((cand, score))
    return out


# places too wide to tell two regional look-alikes apart when a copy is checked
_WIDE_PLACES = {("name", "Russia"), ("name", "Ukraine")}


def _retellings(store: Store, rowid: int, opts: LinkOptions,
                total: int) -> list[tuple[int, float]]:
    """Linked documents that retell this one (step 4 of the module's cascade); ``total``
    is the number of documents in the store."""
    doc_id, body, lang, published = store.conn.execute(
        "SELECT id, body, language, published_date FROM documents WHERE rowid = ?",
        (rowid,)).fetchone()
    mine = _signature(store, doc_id)
    common = _common_features(store, mine, opts, total)
    my_places: set[str] | None = None  # read once, when a candidate first needs them
    out = []
    for cand in _anchored_candidates(store, doc_id, mine, common, opts):
        other_id, other, other_lang, story = store.conn.execute(
            "SELECT id, body, language, coalesce(story, id) FROM documents WHERE rowid = ?",
            (cand,)).fetchone()
        theirs = _signature(store, other_id)
        shared = _shared(mine, theirs, common)
        if not (shared & mine.lead(common, opts.retell_lead)
                and shared & theirs.lead(common, opts.retell_lead)):
            continue  # one report mentions in passing what the other is about
        if not _figures_agree(mine, theirs, opts.numbers):
            continue
        if not all(_close_in_time(published, d, opts.retell_days) for d in _date_span(store, story)):
            continue
        if _retold(shared, opts):
            out.append((cand, float(len(shared))))
            continue
        score = stem_overlap(body, other) if lang == other_lang else 0.0
        if score < opts.retell_overlap or not numbers_agree(body, other, opts.numbers):
            continue
        if my_places is None:
            my_places = _places(store, doc_id, common)
        if not _places_differ(my_places, _places(store, other_id, common)):
            out.append((cand, score))
    return out


@dataclass(frozen=True, slots=True)
class _Signature:
    """What a retelling keeps in any language: canonical names and the figures' values,
    in the order the report first gives them."""

    order: tuple[tuple[str, object], ...]  # ("name", "Verstka"), ("person", "Dmitry Peskov"), ("figure", 400000.0)

    @property
    def figures(self) -> set[float]:
        return {key for kind, key in self.order if kind == "figure"}

    def lead(self, common: set[tuple[str, object]], size: int) -> set[tuple[str, object]]:
        """The first features the report gives that are not common: what it is about."""
        return set([f for f in self.order if f not in common][:size])

    def first_figure(self) -> float | None:
        return next((key for kind, key in self.order if kind == "figure"), None)


_NAMED = ("PERSON", "ORG", "PLACE")


def _signature(store: Store, doc_id: str) -> _Signature:
    first: dict[tuple[str, object], int] = {}
    for name, mentions, type_ in store.conn.execute(
            f"SELECT name, mentions, type FROM entities WHERE doc_id = ? AND type IN {_NAMED}", (doc_id,)):
        at = min((m[0] for m in json.loads(mentions)), default=0)
        key = ("person" if type_ == "PERSON" else "name", name)
        first[key] = min(at, first.get(key, at))
    # a count under ten (five regions, two years) is in every other report
    for value, start in store.conn.execute(
            "SELECT value, start FROM quantities WHERE doc_id = ? AND value >= 10", (doc_id,)):
        first[("figure", value)] = min(start, first.get(("figure", value), start))
    return _Signature(tuple(sorted(first, key=lambda f: (first[f], str(f[1])))))


def _frequency(store: Store, feature: tuple[str, object], limit: int) -> int:
    """Documents naming the name or giving the figure, counted up to ``limit``."""
    kind, key = feature
    sql = ("SELECT DISTINCT doc_id FROM entities WHERE name = ?" if kind in ("name", "person")
           else "SELECT DISTINCT doc_id FROM quantities WHERE value = ?")
    return store.conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", (key, limit)).fetchone()[0]


def _common_features(store: Store, sig: _Signature, opts: LinkOptions,
                     total: int) -> set[tuple[str, object]]:
    """Features too common in the store to tell one story from another ("Russia", the
    president, the federal bonus): in more than ``retell_common`` of the documents (more
    than ``retell_rare`` in a small store, more than ``max_candidates`` in a large one)."""
    cap = max(opts.retell_rare, min(int(total * opts.retell_common), opts.max_candidates))
    return {f for f in sig.order if _frequency(store, f, cap + 1) > cap}


def _shared(a: _Signature, b: _Signature, common: set[tuple[str, object]]) -> set[tuple[str, object]]:
    return set(a.order) & set(b.order) - common


def _retold(shared: set[tuple[str, object]], opts: LinkOptions) -> bool:
    """Enough names and figures in common to be one story in any language: names alone
    can be one actor twice (an official and the body he heads), so they need one more, and
    a person among them."""
    figures = sum(kind == "figure" for kind, _ in shared)
    if figures == 0 and not any(kind == "person" for kind, _ in shared):
        # a body and the places it reports on ("National Resistance Center", "Zaporizhzhia
        # Oblast") are a beat that tells many stories: a person or a figure must be shared too
        return False
    return len(shared) >= opts.retell_shared + (figures == 0)


def _figures_agree(a: _Signature, b: _Signature, share: float) -> bool:
    """Reports of one story keep most of the shorter one's figures, and each gives the
    figure the other leads with: this spring's call-up report names last spring's total
    too, but leads with its own."""
    if not a.figures or not b.figures:
        return True
    return (a.first_figure() in b.figures and b.first_figure() in a.figures
            and len(a.figures & b.figures) / min(len(a.figures), len(b.figures)) >= share)


def _anchored_candidates(store: Store, doc_id: str, sig: _Signature,
                         common: set[tuple[str, object]], opts: LinkOptions) -> list[int]:
    """Linked documents sharing a name or a figure of ``doc_id`` that is not common in the
    store, in the order the report gives them (its lead first)."""
    found: dict[int, None] = {}
    anchors = [f for f in sig.order if f not in common]
    for kind, key in anchors:
        sql = ("SELECT DISTINCT d.rowid FROM entities t JOIN documents d ON d.id = t.doc_id"
               " JOIN linked l ON l.doc = d.rowid WHERE t.name = ? AND t.doc_id != ? LIMIT ?"
               if kind in ("name", "person") else
               "SELECT DISTINCT d.rowid FROM quantities q JOIN documents d ON d.id = q.doc_id"
               " JOIN linked l ON l.doc = d.rowid WHERE q.value = ? AND q.doc_id != ? LIMIT ?")
        found.update(dict.fromkeys(r[0] for r in store.conn.execute(
            sql, (key, doc_id, opts.max_candidates))))
        if len(found) >= opts.max_candidates:
            break
    return list(found)[:opts.max_candidates]


def _places(store: Store, doc_id: str, common: set[tuple[str, object]]) -> set[str]:
    """The places a document names, but those common in the store."""
    return {name for (name,) in store.conn.execute(
        "SELECT name FROM entities WHERE doc_id = ? AND type = 'PLACE'", (doc_id,))
        if ("name", name) not in common}


def _places_differ(a: set[str], b: set[str]) -> bool:
    """Look-alikes of one template ("В Курской области выплату увеличили …", "В
    Белгородской области …") share words and even sums, not their places: two reports that
    each name a place (not one common in the store) and none in common tell two events."""
    return bool(a and b and not a & b)


def _date_span(store: Store, story: str) -> tuple[str | None, str | None]:
    """The earliest and latest publication dates of a story's members."""
    return store.conn.execute(
        "SELECT min(published_date), max(published_date) FROM documents"
        " WHERE story = ? OR (id = ? AND story IS NULL)", (story, story)).fetchone()


_DISTINCT = re.compile(r"[^\W\d_]{6,}")


def stem_overlap(a: str, b: str) -> float:
    """Share of the shorter text's distinctive stems (six-letter prefixes of words of six
    letters or more: "ходатайство"/"ходатайств", "mobilisation"/"mobilised") found in the other."""
    sa = {w.lower()[:6] for w in _DISTINCT.findall(a)}
    sb = {w.lower()[:6] for w in _DISTINCT.findall(b)}
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def _close_in_time(a: str | None, b: str | None, days: int) -> bool:
    """Dates more than ``days`` apart are different events. Coarser dates are compared at
    the coarser one's precision: months more than one apart, or years more than one apart,
    are different events too; a missing date decides nothing."""
    import datetime as dt

    if not a or not b:
        return True
    if len(a) >= 10 and len(b) >= 10:
        return abs(dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days <= days
    if len(a) >= 7 and len(b) >= 7:
        months = lambda d: int(d[:4]) * 12 + int(d[5:7])  # noqa: E731
        return abs(months(a) - months(b)) <= 1
    return abs(int(a[:4]) - int(b[:4])) <= 1


def _body(store: Store, rowid: int) -> str:
    return store.conn.execute("SELECT body FROM documents WHERE rowid = ?", (rowid,)).fetchone()[0]


_NUMBER = re.compile(r"\d+(?:[,.\u00a0\u202f ]\d{3})*")


def numbers(text: str) -> set[str]:
    return {re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text)}


def numbers_agree(a: str, b: str, share: float = 0.5) -> bool:
    """Look-alikes (one template, another region, date and sum) share words, not numbers;
    a republication or rewrite keeps most of the shorter report's numbers."""
    na, nb = numbers(a), numbers(b)
    if not na or not nb:
        return True
    return len(na & nb) / min(len(na), len(nb)) >= share


def join_rewrites(store: Store, rowid: int, candidates: list[int],
                  opts: LinkOptions = LinkOptions()) -> bool:
    """Join the story of a candidate found by another index (documents sharing a linked
    fact) when the texts still overlap at ``rewrite_containment``: heavy rewrites fall
    below the MinHash band threshold but keep their facts."""
    sh = set(_shingles_cached(_body(store, rowid), opts.shingle))
    mine = _story_of(store, rowid)
    own = _copies_of(store, rowid)
    matches = [m for m in _verify(store, rowid, sh, candidates, opts.rewrite_containment, opts)
               if _copies_of(store, m[0]) != own]
    if not matches:
        return False
    group, copied = _merge_copies(store, rowid, [r for r, _ in matches])
    stories = {mine, *(_story_of(store, r) for r, _ in matches)}
    story = _largest(store, stories)
    for s in stories - {story}:
        store.conn.execute("UPDATE documents SET story = ? WHERE story = ? OR id = ?", (story, s, s))
    _set_original(store, group, copied)
    return True


def _copies_of(store: Store, rowid: int) -> str:
    """The copy group of a document: the report its words were copied from and its other
    copies (a store linked before copy groups were kept: its story, which held copies)."""
    return store.conn.execute("SELECT coalesce(copy_group, story, id) FROM documents WHERE rowid = ?",
                              (rowid,)).fetchone()[0]


def _merge_copies(store: Store, rowid: int, copies: list[int]) -> tuple[str, list[str]]:
    """Put ``rowid`` in one copy group with ``copies`` (merging their groups), or in a group
    of its own; returns the group and the ids that just joined it. A retelling shares a
    story, not a copy group: it is its outlet's own report, no one's duplicate, and its
    figures are an independent source (link/facts.py)."""
    doc_id = store.conn.execute("SELECT id FROM documents WHERE rowid = ?", (rowid,)).fetchone()[0]
    groups = {_copies_of(store, r) for r in copies}
    if not groups:
        store.conn.execute("UPDATE documents SET copy_group = id WHERE rowid = ?", (rowid,))
        return doc_id, [doc_id]
    group = _largest(store, groups, "copy_group")
    others = sorted(groups - {group})
    marks = ",".join("?" * len(others))
    moved = [r[0] for r in store.conn.execute(
        f"SELECT id FROM documents WHERE copy_group IN ({marks})"
        f" OR (copy_group IS NULL AND coalesce(story, id) IN ({marks}))", (*others, *others))
        ] if others else []
    store.conn.execute(
        "UPDATE documents SET copy_group = ? WHERE copy_group IS NULL AND coalesce(story, id) = ?",
        (group, group))  # a store linked before copy groups: its story was the group
    if others:
        store.conn.execute(
            f"UPDATE documents SET copy_group = ? WHERE copy_group IN ({marks})"
            f" OR (copy_group IS NULL AND coalesce(story, id) IN ({marks}))",
            (group, *others, *others))
    store.conn.execute("UPDATE documents SET copy_group = ? WHERE rowid = ?", (group, rowid))
    return group, [doc_id, *moved]


@lru_cache(maxsize=2048)
def _shingles_cached(body: str, size: int) -> frozenset[str]:
    return frozenset(shingles(body, size))


def _story_of(store: Store, rowid: int) -> str:
    row = store.conn.execute("SELECT story, id FROM documents WHERE rowid = ?", (rowid,)).fetchone()
    return row[0] or row[1]


_MAX_PARAMS = 900  # host parameters per statement, well under any SQLite build's limit


def _largest(store: Store, keys: set[str], column: str = "story") -> str:
    """The story (or copy group) the others merge into: the largest, so a merge moves the
    fewest rows (its id names no member in particular: its original is worked out apart)."""
    return max(sorted(keys), key=lambda k: _size(store, k, column))


def _size(store: Store, key: str, column: str = "story") -> int:
    # counted on the column's index alone; a document not linked yet is a story of one
    n = store.conn.execute(f"SELECT count(*) FROM documents WHERE {column} = ?", (key,)).fetchone()[0]
    return max(n, 1)


def _set_original(store: Store, group: str, joined: list[str]) -> None:
    """The original of a copy group is its earliest published member (undated last), then
    the one with the longest body; the group's other members are its ``duplicate_of``.

    Only the documents that just ``joined`` can displace the group's original, and while
    it stands only they need pointing at it: the cost of a join grows with the joiners,
    not with the group (a wire story re-published thousands of times made every join
    rewrite every member before)."""
    new = set(joined)
    standing = [r[0] for r in store.conn.execute(
        "SELECT id FROM documents WHERE copy_group = ? AND duplicate_of IS NULL", (group,))
        if r[0] not in new]
    ids = [*new, *standing]
    order = "ORDER BY published_date IS NULL, published_date, length(body) DESC, rowid LIMIT 1"
    if len(ids) > _MAX_PARAMS:  # two large groups merged: read the whole group
        original = store.conn.execute(
            f"SELECT id FROM documents WHERE copy_group = ? {order}", (group,)).fetchone()[0]
    else:
        original = store.conn.execute(
            f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(ids))}) {order}",
            ids).fetchone()[0]
    store.conn.execute("UPDATE documents SET duplicate_of = NULL WHERE id = ?", (original,))
    if standing == [original]:  # the original stands: point the joiners at it
        moved = [i for i in new if i != original]
        store.conn.executemany("UPDATE documents SET duplicate_of = ? WHERE id = ?",
                               [(original, i) for i in moved])
        return
    store.conn.execute("UPDATE documents SET duplicate_of = ? WHERE copy_group = ? AND id != ?"
                       " AND duplicate_of IS NOT ?", (original, group, original, original))


# a story's members, its original first: copies last; the earliest published, then the
# fullest, of the others (several outlets' own reports of one event are each no copy)
MEMBER_ORDER = ("duplicate_of IS NOT NULL, published_date IS NULL, published_date,"
                " length(body) DESC, rowid")


def story_groups(store: Store, min_size: int = 2) -> list[dict]:
    """Stories with at least ``min_size`` members: the earliest original first, then the
    other reports (copies have a ``duplicate_of``; retellings, other outlets' own reports
    of the event, have none)."""
    out = []
    for story, n in store.conn.execute(
            "SELECT story, count(*) FROM documents WHERE story IS NOT NULL GROUP BY story"
            " HAVING count(*) >= ? ORDER BY count(*) DESC, story", (min_size,)):
        rows = store.conn.execute(
            "SELECT id, title, outlet, published_date, duplicate_of FROM documents"
            f" WHERE story = ? ORDER BY {MEMBER_ORDER}", (story,))
        members = [dict(r) for r in rows]
        out.append({"story": story, "size": n, "original": members[0]["id"], "members": members})
    return out
