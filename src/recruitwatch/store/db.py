"""The evidence store: one SQLite file (WAL) with raw bytes, clean text, removed lines,
every extraction with its spans, and full-text search over the cleaned text."""

from __future__ import annotations

import json
import re
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from recruitwatch.model import (
    Claim, Document, Entity, Measure, Published, Quantity, Removed,
)
from recruitwatch.store.schema import migrate
from recruitwatch.store.terms import (
    document_terms,
    has_cyrillic,
    names_a_known,
    query_terms,
    terms_snippet,
    word_forms,
)

DEFAULT_DB = "recruitwatch.db"


class StoreError(Exception):
    """A store that cannot be opened or used; the message says what to do."""


@dataclass(slots=True)
class Hit:
    """One search result; the snippet marks matched words with \x02 … \x03."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    snippet: str
    rank: float


class Store:
    """``Store(path)`` opens (and creates or migrates) a database; ``readonly=True`` never writes."""

    def __init__(self, path: str | Path = DEFAULT_DB, readonly: bool = False):
        self.path = Path(path)
        self.readonly = readonly
        self.conn = _connect(self.path, readonly)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def latest_for_url(self, url: str) -> str | None:
        """The most recently stored document id for ``url`` (to link a new version to)."""
        row = self.conn.execute(
            "SELECT id FROM documents WHERE url = ? ORDER BY rowid DESC LIMIT 1", (url,)
        ).fetchone()
        return row[0] if row else None

    def add(self, doc: Document, raw: bytes) -> bool:
        """Store one document and its raw bytes atomically; False if the id is already there."""
        with self.conn:
            return self._insert(doc, raw)

    def add_many(self, items: Iterable[tuple[Document, bytes]]) -> int:
        """Store several documents in one transaction; returns how many were new."""
        with self.conn:
            return sum(self._insert(doc, raw) for doc, raw in items)

    def _insert(self, doc: Document, raw: bytes) -> bool:
        if self.has(doc.id):
            return False
        if doc.url and doc.version_of is None:
            previous = self.latest_for_url(doc.url)
            doc.version_of = previous
        cur = self.conn.execute(
            "INSERT INTO documents (id, source, url, outlet, title, authors, language,"
            " published_date, published_basis, published_evidence, body, kind, version_of,"
            " duplicate_of, story, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.id, doc.source, doc.url, doc.outlet, doc.title, json.dumps(doc.authors),
             doc.language, doc.published.date, doc.published.basis, doc.published.evidence,
             doc.body, doc.kind, doc.version_of, doc.duplicate_of, doc.story, _now()),
        )
        self._index_terms(cur.lastrowid, doc.title, doc.body, [e.name for e in doc.entities])
        self.conn.execute("INSERT OR REPLACE INTO raw VALUES (?,?,?)", (doc.id, *_pack(raw)))
        self._insert_extractions(doc)
        return True

    def _insert_extractions(self, doc: Document) -> None:
        self.conn.executemany("INSERT INTO removed VALUES (?,?,?,?,?)", _removed_rows(doc))
        self._insert_facts(doc)

    def _insert_facts(self, doc: Document) -> None:
        """The four extraction tables of one document (entities, quantities, claims, measures)."""
        ex = self.conn.executemany
        ex("INSERT INTO entities (doc_id, ord, name, type, mentions, confidence, reviewed)"
           " VALUES (?,?,?,?,?,?,?)",
           [(doc.id, i, e.name, e.type, json.dumps(e.mentions), e.confidence, e.reviewed)
            for i, e in enumerate(doc.entities)])
        ex("INSERT INTO quantities (doc_id, ord, value, high, unit, counts, approx, modality,"
           " start, \"end\", text, confidence, reviewed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
           [(doc.id, i, q.value, q.high, q.unit, q.counts, q.approx, q.modality, q.span[0],
             q.span[1], q.text, q.confidence, q.reviewed) for i, q in enumerate(doc.quantities)])
        ex("INSERT INTO claims (doc_id, ord, speaker, via, stance, hedged, start, \"end\", date,"
           " cue, confidence, reviewed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
           [(doc.id, i, c.speaker, json.dumps(c.via), c.stance, int(c.hedged), c.span[0],
             c.span[1], c.date, c.cue, c.confidence, c.reviewed) for i, c in enumerate(doc.claims)])
        ex("INSERT INTO measures (doc_id, ord, type, groups, places, actor, start, \"end\", date,"
           " quantities, confidence, reviewed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
           [(doc.id, i, m.type, json.dumps(m.groups), json.dumps(m.places), m.actor, m.span[0],
             m.span[1], m.date, json.dumps(m.quantities), m.confidence, m.reviewed)
            for i, m in enumerate(doc.measures)])

    def _index_terms(self, rowid: int, title: str | None, body: str, names: list[str],
                     delete: bool = False) -> None:
        """Index a document's search terms, or (``delete``, given what it was indexed with)
        take them out: the terms index is contentless and keeps no copy to delete from."""
        terms = document_terms(f"{title or ''}\n{body}", names)
        if delete:
            self.conn.execute("INSERT INTO terms_fts (terms_fts, rowid, terms) VALUES ('delete', ?, ?)",
                              (rowid, terms))
        else:
            self.conn.execute("INSERT INTO terms_fts (rowid, terms) VALUES (?, ?)", (rowid, terms))

    def _entity_names(self, doc_id: str) -> list[str]:
        """The names of the entities stored for a document: what its terms are indexed with."""
        return [r[0] for r in self.conn.execute("SELECT name FROM entities WHERE doc_id = ?",
                                                (doc_id,))]

    def replace_facts(self, doc: Document) -> None:
        """Rewrite one stored document's extractions (after a review decision), and its
        search terms, which hold its entity names (a merge renames them); the caller holds
        the transaction."""
        row = self.conn.execute("SELECT rowid, title, body FROM documents WHERE id = ?",
                                (doc.id,)).fetchone()
        self._index_terms(row["rowid"], row["title"], row["body"], self._entity_names(doc.id),
                          delete=True)
        for table in _EXTRACTION_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc.id,))
        self._insert_facts(doc)
        self._index_terms(row["rowid"], row["title"], row["body"], [e.name for e in doc.entities])

    def replace(self, doc: Document) -> None:
        """Re-processing: the stored document ``doc.id`` gets ``doc``'s text, metadata and
        extractions; its id, rowid, raw bytes, versions and story stay. The caller holds
        the transaction."""
        old = self.conn.execute("SELECT rowid, title, body FROM documents WHERE id = ?",
                                (doc.id,)).fetchone()
        if old is None:
            raise StoreError(f"no document {doc.id} to re-process")
        rowid = old["rowid"]
        self.conn.execute("INSERT INTO documents_fts (documents_fts, rowid, title, body)"
                          " VALUES ('delete', ?, ?, ?)", (rowid, old["title"], old["body"]))
        self._index_terms(rowid, old["title"], old["body"], self._entity_names(doc.id), delete=True)
        self.conn.execute(
            "UPDATE documents SET outlet = ?, title = ?, authors = ?, language = ?,"
            " published_date = ?, published_basis = ?, published_evidence = ?, body = ?"
            " WHERE id = ?",
            (doc.outlet, doc.title, json.dumps(doc.authors), doc.language, doc.published.date,
             doc.published.basis, doc.published.evidence, doc.body, doc.id))
        self.conn.execute("INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)",
                          (rowid, doc.title, doc.body))
        self._index_terms(rowid, doc.title, doc.body, [e.name for e in doc.entities])
        self.conn.execute("DELETE FROM removed WHERE doc_id = ?", (doc.id,))
        for table in _EXTRACTION_TABLES:
            self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc.id,))
        self._insert_extractions(doc)

    def record_error(self, source: str, message: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO errors (source, message, at) VALUES (?,?,?)", (source, message, _now())
            )

    def set_story(self, doc_id: str, story: str | None, duplicate_of: str | None) -> None:
        self.conn.execute(
            "UPDATE documents SET story = ?, duplicate_of = ? WHERE id = ?",
            (story, duplicate_of, doc_id),
        )

    # --- reading -----------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        row = self.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return self._document(row) if row else None

    def resolve_id(self, prefix: str) -> str | None:
        """A full id from a unique prefix (users type the first few characters)."""
        rows = self.ids_with_prefix(prefix, limit=2)
        return rows[0] if len(rows) == 1 else None

    def ids_with_prefix(self, prefix: str, limit: int = 10) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
            (prefix, prefix + "~", limit))]

    def raw(self, doc_id: str) -> bytes | None:
        row = self.conn.execute("SELECT encoding, data FROM raw WHERE id = ?", (doc_id,)).fetchone()
        return _unpack(*row) if row else None

    def ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY rowid")]

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        """Every document in insertion order, streamed (memory flat in the store's size)."""
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT * FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, batch)
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document(row)
            last = rows[-1]["rowid"]

    def count(self, table: str = "documents") -> int:
        if table not in {"documents", "removed", "entities", "quantities", "claims", "measures",
                         "errors"}:
            raise ValueError(f"unknown table {table!r}")
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def errors(self) -> list[tuple[str, str, str]]:
        return [tuple(r) for r in self.conn.execute(
            "SELECT source, message, at FROM errors ORDER BY rowid")]

    def versions(self, doc_id: str) -> list[str]:
        """Ids of all stored versions of the same URL as ``doc_id``, oldest first."""
        row = self.conn.execute("SELECT url FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if not row or not row[0]:
            return [doc_id] if row else []
        return [r[0] for r in self.conn.execute(
            "SELECT id FROM documents WHERE url = ? ORDER BY rowid", (row[0],))]

    def search(self, query: str, limit: int = 20, language: str | None = None,
               outlet: str | None = None, since: str | None = None,
               until: str | None = None) -> list[Hit]:
        """Ranked full-text hits (BM25) with highlighted snippets.

        English words are stemmed by the index. Plain Russian and Ukrainian words are
        searched by lemma and stem in the terms index (store/terms.py: "вербуют" finds
        "вербовали", "мобілізації" finds "мобілізація"), and a name that finds nothing is
        searched across scripts through the documents' canonical entities ("Peskov" finds
        "Песков")."""
        terms = query_terms(query)
        if terms and has_cyrillic(query):
            hits = self._search_terms(query, terms, limit, language, outlet, since, until)
            stems = stem_query(query)
            if hits and len(hits) < limit and stems != query:
                # then what only the prefix reaches ("призывом" → призыв*: призывники)
                seen = {h.id for h in hits}
                hits += [h for h in self._search(stems, limit, language, outlet, since, until)
                         if h.id not in seen][:limit - len(hits)]
            if hits:
                return hits
        hits = self._search(query, limit, language, outlet, since, until)
        stems = stem_query(query)
        if not hits and stems != query:
            hits = self._search(stems, limit, language, outlet, since, until)
        if not hits and terms and names_a_known(query):  # "Peskov" for "Песков"
            hits = self._search_terms(query, terms, limit, language, outlet, since, until)
        return hits

    def index_terms(self) -> int:
        """Give search terms to documents stored before the terms index existed (or loaded
        in bulk); a read-only store is left as it is. Returns how many were indexed."""
        if self.readonly:
            return 0
        rows = self.conn.execute(
            "SELECT rowid, id, title, body FROM documents WHERE rowid NOT IN"
            " (SELECT rowid FROM terms_fts)").fetchall()
        with self.conn:
            for row in rows:
                self._index_terms(row["rowid"], row["title"], row["body"],
                                  self._entity_names(row["id"]))
        return len(rows)

    def _search_terms(self, query, terms, limit, language, outlet, since, until) -> list[Hit]:
        self.index_terms()
        sql, args = _search_sql(terms, language, outlet, since, until, table="terms_fts")
        try:
            rows = self.conn.execute(sql + " ORDER BY rank LIMIT ?", (*args, limit)).fetchall()
        except sqlite3.OperationalError:
            return []  # a store made before the terms index, opened read-only: plain search
        forms = {f for w in query.split() for f in word_forms(w)}
        return [Hit(r["id"], r["title"], r["outlet"], r["published_date"], r["language"],
                    terms_snippet(r["body"], forms), r["rank"]) for r in rows]

    def _search(self, query, limit, language, outlet, since, until) -> list[Hit]:
        sql, args = _search_sql(_quote_hyphenated(query), language, outlet, since, until)
        try:
            rows = self.conn.execute(sql + " ORDER BY rank LIMIT ?", (*args, limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {query!r}: {exc}; quote phrases with \"...\"") from exc
        return [Hit(r["id"], r["title"], r["outlet"], r["published_date"], r["language"],
                    r["snippet"], r["rank"]) for r in rows]

    def _document(self, row: sqlite3.Row) -> Document:
        doc_id = row["id"]
        return Document(
            id=doc_id, source=row["source"], body=row["body"], url=row["url"],
            outlet=row["outlet"], title=row["title"], authors=json.loads(row["authors"]),
            language=row["language"],
            published=Published(row["published_date"], row["published_basis"],
                                row["published_evidence"]),
            removed=[Removed(r["text"], r["kind"], r["line"]) for r in self._rows("removed", doc_id)],
            entities=[Entity(r["name"], r["type"], [tuple(m) for m in json.loads(r["mentions"])],
                             r["confidence"], r["reviewed"])
                      for r in self._rows("entities", doc_id)],
            quantities=[Quantity(r["value"], r["unit"], r["counts"], r["approx"], r["modality"],
                                 (r["start"], r["end"]), r["high"], r["text"], r["confidence"],
                                 r["reviewed"])
                        for r in self._rows("quantities", doc_id)],
            claims=[Claim(r["speaker"], json.loads(r["via"]), r["stance"], bool(r["hedged"]),
                          (r["start"], r["end"]), r["date"], r["cue"], r["confidence"],
                          r["reviewed"])
                    for r in self._rows("claims", doc_id)],
            measures=[Measure(r["type"], json.loads(r["groups"]), json.loads(r["places"]),
                              r["actor"], (r["start"], r["end"]), r["date"],
                              json.loads(r["quantities"]), r["confidence"], r["reviewed"])
                      for r in self._rows("measures", doc_id)],
            kind=row["kind"], version_of=row["version_of"], duplicate_of=row["duplicate_of"],
            story=row["story"],
        )

    def _rows(self, table: str, doc_id: str) -> list[sqlite3.Row]:
        return self.conn.execute(
            f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY ord", (doc_id,)).fetchall()


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    if readonly:
        if not path.exists():
            raise StoreError(f"{path}: no such database; run `recruitwatch ingest` first")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        try:
            conn = sqlite3.connect(path, check_same_thread=False)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{path}: cannot open database ({exc}); check the directory exists "
                             "and is writable") from exc
    conn.row_factory = sqlite3.Row
    try:
        if not readonly:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            migrate(conn)
        conn.execute("SELECT count(*) FROM documents").fetchone()
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"{path}: not a recruitwatch database ({exc}); pass another --db") from exc
    return conn


_EXTRACTION_TABLES = ("entities", "quantities", "claims", "measures")


def _removed_rows(doc: Document) -> list[tuple]:
    return [(doc.id, i, r.line, r.kind, r.text) for i, r in enumerate(doc.removed)]


_PLAIN_QUERY = re.compile(r"[\w\s]+")
_HYPHENATED = re.compile(r"(?<![\w\"])\w+(?:-\w+)+(?![\w\"*])")


def _quote_hyphenated(query: str) -> str:
    """ "sign-up bonus" → '"sign-up" bonus': FTS5 reads a bare hyphen as a column filter;
    "700,000" → '"700,000"': and a comma or point inside a number as a syntax error."""
    if '"' in query:
        return query
    query = _HYPHENATED.sub(lambda m: f'"{m.group()}"', query)
    return _GROUPED_NUMBER.sub(lambda m: f'"{m.group()}"', query)


_GROUPED_NUMBER = re.compile(r"(?<![\w\"])\d+(?:[.,]\d+)+(?![\w\"])")


def stem_query(query: str) -> str:
    """Plain words cut to a prefix query (long words lose their last two letters); any
    query with operators, quotes or prefixes is left as the user wrote it."""
    if not _PLAIN_QUERY.fullmatch(query):
        return query
    return " ".join(w[:-2] + "*" if len(w) > 5 else w for w in query.split())


def _search_sql(query, language, outlet, since, until, table="documents_fts") -> tuple[str, list]:
    if table == "terms_fts":  # contentless: the snippet is made from the body in Python
        sql = ("SELECT d.id, d.title, d.outlet, d.published_date, d.language, d.body,"
               " bm25(terms_fts) AS rank FROM terms_fts JOIN documents d ON d.rowid = terms_fts.rowid"
               " WHERE terms_fts MATCH ?")
    else:
        sql = ("SELECT d.id, d.title, d.outlet, d.published_date, d.language, bm25(documents_fts) AS rank,"
               " snippet(documents_fts, 1, char(2), char(3), ' … ', 16) AS snippet"
               " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
               " WHERE documents_fts MATCH ?")
    args: list = [query]
    for clause, value in (("d.language = ?", language), ("lower(d.outlet) = lower(?)", outlet),
                          ("d.published_date >= ?", since), ("d.published_date <= ?", until)):
        if value:
            sql += f" AND {clause}"
            args.append(value)
    return sql, args


def _pack(raw: bytes) -> tuple[str, bytes]:
    packed = zlib.compress(raw, 6)
    return ("zlib", packed) if len(packed) < len(raw) else ("plain", raw)


def _unpack(encoding: str, data: bytes) -> bytes:
    return zlib.decompress(data) if encoding == "zlib" else data


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
