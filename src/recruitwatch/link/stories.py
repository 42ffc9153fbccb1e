"""Stories: near-duplicate and re-published documents grouped together.

1. Each document's cleaned body becomes a set of word 4-gram shingles.
2. A MinHash signature (datasketch) of the shingles is cut into bands; each band hashes to
   one key kept in the store's ``lsh`` table, so finding candidates is an index look-up and
   the time to add a document stays flat as the store grows.
3. Candidates sharing a band key are verified on the exact shingles: containment (shared
   shingles over the smaller set) must reach ``LinkOptions.containment``. Containment, not
   Jaccard, because a rewrite that trims half the sentences is still the same story.
4. Retellings: a report another outlet rewrote in its own words shares few shingles. A
   document with no match in step 3 looks up the documents that name one of its rare
   people (named in few documents of the store); it joins one whose distinctive words overlap enough, whose numbers agree, and
   whose publication date (when both have one) is within ``retell_days``. Look-alike
   reports of different events (a spring and an autumn call-up decree) share words and a
   figure but not their dates.
5. A document joins the story of its best match (stories it bridges are merged); the
   original is the earliest published member, then the fullest; the others are its
   ``duplicate_of``.
"""

from __future__ import annotations

import hashlib
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
    retell_overlap: float = 0.2  # share of the shorter text's distinctive stems in common
    retell_rare: int = 3  # a person named in at most this many documents is rare
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
    for i, rowid in enumerate(pending):
        with store.conn:
            stats.joined += _link_one(store, rowid, opts)
        stats.linked += 1
        if progress and i % 100 == 0:
            progress(i, len(pending))
    stats.stories = store.conn.execute(
        "SELECT count(*) FROM (SELECT story FROM documents WHERE story IS NOT NULL"
        " GROUP BY story HAVING count(*) > 1)").fetchone()[0]
    return stats


def _link_one(store: Store, rowid: int, opts: LinkOptions) -> bool:
    body, doc_id = store.conn.execute(
        "SELECT body, id FROM documents WHERE rowid = ?", (rowid,)).fetchone()
    sh = shingles(body, opts.shingle)
    keys = band_keys(sh, opts) if sh else []
    matches = _verified_matches(store, rowid, sh, keys, opts) or _retellings(store, rowid, opts)
    stories = {_story_of(store, r) for r, _ in matches}
    story = _largest(store, stories) if matches else doc_id
    joined = [doc_id] + [m for s in stories - {story} for m in _members(store, s)]
    if len(stories) > 1:
        store.conn.execute(
            f"UPDATE documents SET story = ? WHERE story IN ({','.join('?' * len(stories))})",
            (story, *stories))
    store.conn.execute("UPDATE documents SET story = ? WHERE rowid = ?", (story, rowid))
    store.conn.executemany("INSERT INTO lsh (key, doc) VALUES (?, ?)", [(k, rowid) for k in keys])
    store.conn.execute("INSERT OR IGNORE INTO linked (doc) VALUES (?)", (rowid,))
    _set_original(store, story, joined)
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
    body = _body(store, rowid)
    out = []
    for cand in candidates:
        other = _body(store, cand)
        score = containment(sh, _shingles_cached(other, opts.shingle))
        if score >= threshold and numbers_agree(body, other, opts.numbers):
            out.append((cand, score))
    return out


def _retellings(store: Store, rowid: int, opts: LinkOptions) -> list[tuple[int, float]]:
    """Linked documents that retell this one (step 4 of the module's cascade)."""
    doc_id, body, published = store.conn.execute(
        "SELECT id, body, published_date FROM documents WHERE rowid = ?", (rowid,)).fetchone()
    out = []
    for cand in _anchored_candidates(store, doc_id, opts):
        other, other_date = store.conn.execute(
            "SELECT body, published_date FROM documents WHERE rowid = ?", (cand,)).fetchone()
        score = stem_overlap(body, other)
        if (score >= opts.retell_overlap and numbers_agree(body, other, opts.numbers)
                and _close_in_time(published, other_date, opts.retell_days)):
            out.append((cand, score))
    return out


def _anchored_candidates(store: Store, doc_id: str, opts: LinkOptions) -> list[int]:
    """Linked documents naming a rare person of ``doc_id`` (named in few documents of the
    store). Figures are no anchor: the same sums and quotas recur in reports of different
    events (a region's bonus in the ads and in a ministry's update on them)."""
    people = [r[0] for r in store.conn.execute(
        "SELECT DISTINCT name FROM entities WHERE doc_id = ? AND type = 'PERSON'", (doc_id,))]
    found: dict[int, None] = {}
    for name in people:
        rows = _linked_rows(store, name, doc_id, opts.retell_rare + 1)
        if len(rows) < opts.retell_rare:  # the name is in this document too
            found.update(dict.fromkeys(rows))
    return list(found)[:opts.max_candidates]


def _linked_rows(store: Store, name: str, doc_id: str, limit: int) -> list[int]:
    return [r[0] for r in store.conn.execute(
        "SELECT DISTINCT d.rowid FROM entities t JOIN documents d ON d.id = t.doc_id"
        " JOIN linked l ON l.doc = d.rowid WHERE t.name = ? AND t.doc_id != ? LIMIT ?",
        (name, doc_id, limit))]


_DISTINCT = re.compile(r"[^\W\d_]{6,}")


def stem_overlap(a: str, b: str) -> float:
    """Share of the shorter text's distinctive stems (six-letter prefixes of words of six
    letters or more: "ходатайство"/"ходатайств", "mobilisation"/"mobilised") found in the other."""
    sa = {w.lower()[:6] for w in _DISTINCT.findall(a)}
    sb = {w.lower()[:6] for w in _DISTINCT.findall(b)}
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


def _close_in_time(a: str | None, b: str | None, days: int) -> bool:
    """Dates to the day more than ``days`` apart are different events; a missing or
    coarser date decides nothing."""
    import datetime as dt

    if not a or not b or len(a) < 10 or len(b) < 10:
        return True
    gap = abs(dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10]))
    return gap.days <= days


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
    matches = [m for m in _verify(store, rowid, sh, candidates, opts.rewrite_containment, opts)
               if _story_of(store, m[0]) != mine]
    if not matches:
        return False
    stories = {mine, *(_story_of(store, r) for r, _ in matches)}
    story = _largest(store, stories)
    old = stories - {story}
    joined = [m for s in old for m in _members(store, s)]
    for s in old:
        store.conn.execute("UPDATE documents SET story = ? WHERE story = ? OR id = ?", (story, s, s))
    _set_original(store, story, joined)
    return True


@lru_cache(maxsize=2048)
def _shingles_cached(body: str, size: int) -> frozenset[str]:
    return frozenset(shingles(body, size))


def _story_of(store: Store, rowid: int) -> str:
    row = store.conn.execute("SELECT story, id FROM documents WHERE rowid = ?", (rowid,)).fetchone()
    return row[0] or row[1]


_MAX_PARAMS = 900  # host parameters per statement, well under any SQLite build's limit


def _largest(store: Store, stories: set[str]) -> str:
    """The story the others merge into: the largest, so a merge moves the fewest rows
    (a story's id names no member in particular: its original is worked out apart)."""
    return max(sorted(stories), key=lambda s: _size(store, s))


def _size(store: Store, story: str) -> int:
    # counted on the story index alone; a document not linked yet is a story of one
    n = store.conn.execute("SELECT count(*) FROM documents WHERE story = ?", (story,)).fetchone()[0]
    return max(n, 1)


def _members(store: Store, story: str) -> list[str]:
    """Ids of a story's documents (a document not linked yet is its own story)."""
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM documents WHERE story = ? OR (id = ? AND story IS NULL)", (story, story))]


def _set_original(store: Store, story: str, joined: list[str]) -> None:
    """Earliest published member is the original (undated last), then the longest body.

    Only the documents that just ``joined`` can displace the story's original, and while
    it stands only they need pointing at it: the cost of a join grows with the joiners,
    not with the story (a wire story re-published thousands of times made every join
    rewrite every member before)."""
    new = set(joined)
    standing = [r[0] for r in store.conn.execute(
        "SELECT id FROM documents WHERE story = ? AND duplicate_of IS NULL", (story,))
        if r[0] not in new]
    ids = [*new, *standing]
    order = "ORDER BY published_date IS NULL, published_date, length(body) DESC, rowid LIMIT 1"
    if len(ids) > _MAX_PARAMS:  # two large stories merged: read the whole story
        original = store.conn.execute(
            f"SELECT id FROM documents WHERE story = ? {order}", (story,)).fetchone()[0]
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
    store.conn.execute("UPDATE documents SET duplicate_of = ? WHERE story = ? AND id != ?"
                       " AND duplicate_of IS NOT ?", (original, story, original, original))


def story_groups(store: Store, min_size: int = 2) -> list[dict]:
    """Stories with at least ``min_size`` members: the original first, then the copies."""
    out = []
    for story, n in store.conn.execute(
            "SELECT story, count(*) FROM documents WHERE story IS NOT NULL GROUP BY story"
            " HAVING count(*) >= ? ORDER BY count(*) DESC, story", (min_size,)):
        rows = store.conn.execute(
            "SELECT id, title, outlet, published_date, duplicate_of FROM documents"
            " WHERE story = ? ORDER BY duplicate_of IS NOT NULL, published_date, rowid", (story,))
        members = [dict(r) for r in rows]
        out.append({"story": story, "size": n, "original": members[0]["id"], "members": members})
    return out
