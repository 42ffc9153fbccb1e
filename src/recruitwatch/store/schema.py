"""The SQLite schema, as an ordered list of migrations.

``PRAGMA user_version`` records how many migrations a database has had; opening a store
applies the missing ones in order, each in its own transaction.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: documents, raw bytes, removed lines, extractions, errors, full-text search
    """
    CREATE TABLE documents (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT,
        outlet TEXT,
        title TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        language TEXT,
        published_date TEXT,
        published_basis TEXT,
        published_evidence TEXT,
        body TEXT NOT NULL,
        kind TEXT NOT NULL,
        version_of TEXT,
        duplicate_of TEXT,
        story TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_url ON documents(url);
    CREATE INDEX documents_published ON documents(published_date);
    CREATE INDEX documents_story ON documents(story);
    CREATE TABLE raw (
        id TEXT PRIMARY KEY,
        encoding TEXT NOT NULL,          -- 'zlib' or 'plain'
        data BLOB NOT NULL
    );
    CREATE TABLE removed (
        doc_id TEXT NOT NULL, ord INTEGER NOT NULL, line INTEGER, kind TEXT NOT NULL,
        text TEXT NOT NULL, PRIMARY KEY (doc_id, ord)
    );
    CREATE TABLE entities (
        doc_id TEXT NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL,
        mentions TEXT NOT NULL, PRIMARY KEY (doc_id, ord)
    );
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE quantities (
        doc_id TEXT NOT NULL, ord INTEGER NOT NULL, value REAL NOT NULL, high REAL,
        unit TEXT NOT NULL, counts TEXT NOT NULL, approx TEXT NOT NULL, modality TEXT NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        PRIMARY KEY (doc_id, ord)
    );
    CREATE INDEX quantities_modality ON quantities(modality);
    CREATE TABLE claims (
        doc_id TEXT NOT NULL, ord INTEGER NOT NULL, speaker TEXT NOT NULL, via TEXT NOT NULL,
        stance TEXT NOT NULL, hedged INTEGER NOT NULL, start INTEGER NOT NULL,
        "end" INTEGER NOT NULL, date TEXT, cue TEXT NOT NULL, PRIMARY KEY (doc_id, ord)
    );
    CREATE INDEX claims_speaker ON claims(speaker);
    CREATE TABLE measures (
        doc_id TEXT NOT NULL, ord INTEGER NOT NULL, type TEXT NOT NULL, groups TEXT NOT NULL,
        places TEXT NOT NULL, actor TEXT, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        date TEXT, quantities TEXT NOT NULL, PRIMARY KEY (doc_id, ord)
    );
    CREATE INDEX measures_type ON measures(type);
    CREATE TABLE errors (
        rowid INTEGER PRIMARY KEY, source TEXT NOT NULL, message TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, content='documents', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
    END;
    """,
    # 2: story linking: MinHash LSH band keys per document, and which documents are linked
    """
    CREATE TABLE lsh (key INTEGER NOT NULL, doc INTEGER NOT NULL);
    CREATE INDEX lsh_key ON lsh(key);
    CREATE TABLE linked (doc INTEGER PRIMARY KEY);
    """,
    # 3: fact linking: facts across documents, their mentions, candidate keys, disputes
    """
    CREATE TABLE facts (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,              -- 'quantity' or 'measure'
        label TEXT NOT NULL,
        unit TEXT, value REAL, high REAL, modality TEXT, counts_key TEXT,
        type TEXT, groups TEXT NOT NULL DEFAULT '[]', places TEXT NOT NULL DEFAULT '[]',
        first_date TEXT, last_date TEXT, date_basis TEXT,
        first_published TEXT, last_published TEXT,
        mentions INTEGER NOT NULL DEFAULT 0,
        independent INTEGER NOT NULL DEFAULT 0,
        chain TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX facts_counts ON facts(counts_key, unit);
    CREATE INDEX facts_type ON facts(type);
    CREATE TABLE fact_keys (key TEXT NOT NULL, fact_id INTEGER NOT NULL,
        PRIMARY KEY (key, fact_id)) WITHOUT ROWID;
    CREATE TABLE fact_mentions (
        fact_id INTEGER NOT NULL, doc_id TEXT NOT NULL, kind TEXT NOT NULL, ord INTEGER NOT NULL,
        date TEXT, date_basis TEXT, published TEXT, origin TEXT, via TEXT NOT NULL DEFAULT '[]',
        outlet TEXT, cites TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (kind, doc_id, ord)
    );
    CREATE INDEX fact_mentions_fact ON fact_mentions(fact_id);
    CREATE INDEX fact_mentions_doc ON fact_mentions(doc_id);
    CREATE TABLE fact_linked (doc INTEGER PRIMARY KEY);
    CREATE TABLE claim_topics (topic TEXT NOT NULL, stance TEXT NOT NULL, doc_id TEXT NOT NULL,
        ord INTEGER NOT NULL, PRIMARY KEY (topic, stance, doc_id, ord)) WITHOUT ROWID;
    CREATE TABLE disputes (
        kind TEXT NOT NULL,              -- 'denial'
        deny_doc TEXT NOT NULL, deny_ord INTEGER NOT NULL,
        target_doc TEXT NOT NULL, target_kind TEXT NOT NULL, target_ord INTEGER NOT NULL,
        topics TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (deny_doc, deny_ord, target_doc, target_kind, target_ord)
    );
    """,
    # 4: indexes for the filters search, facts and the web explorer apply
    """
    CREATE INDEX documents_outlet_date ON documents(outlet, published_date);
    CREATE INDEX documents_language_date ON documents(language, published_date);
    CREATE INDEX claims_speaker_doc ON claims(speaker, doc_id);
    CREATE INDEX quantities_modality_doc ON quantities(modality, doc_id);
    CREATE INDEX measures_type_doc ON measures(type, doc_id);
    """,
    # 5: full-text search stems English words (soldier finds soldiers, recruit recruiting)
    """
    DROP TRIGGER documents_ai;
    DROP TRIGGER documents_ad;
    DROP TABLE documents_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, content='documents', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
    END;
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
    """,
    # 6: a story's original (its member with no duplicate_of) found without reading the story
    """
    CREATE INDEX documents_story_original ON documents(story, duplicate_of);
    """,
    # 7: search terms that understand Russian and Ukrainian inflection and cross scripts
    # (store/terms.py): one row per document, same rowid, filled by Python on insert
    """
    CREATE VIRTUAL TABLE terms_fts USING fts5(terms, content='', tokenize='unicode61 remove_diacritics 2');
    """,
    # 8: review. Every extraction carries its calibrated confidence and the review state a
    # person gave it; reviews are kept apart, anchored to the document and its exact words,
    # with the extractor's own output for a reviewed document beside them (review/)
    """
    ALTER TABLE entities ADD COLUMN confidence REAL;
    ALTER TABLE entities ADD COLUMN reviewed TEXT;
    ALTER TABLE quantities ADD COLUMN confidence REAL;
    ALTER TABLE quantities ADD COLUMN reviewed TEXT;
    ALTER TABLE claims ADD COLUMN confidence REAL;
    ALTER TABLE claims ADD COLUMN reviewed TEXT;
    ALTER TABLE measures ADD COLUMN confidence REAL;
    ALTER TABLE measures ADD COLUMN reviewed TEXT;
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL,            -- '' for a store-wide decision (an entity merge)
        kind TEXT NOT NULL,              -- quantity | claim | measure | entity
        action TEXT NOT NULL,            -- confirm | reject | correct | add | note | merge
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        words TEXT NOT NULL,             -- the exact words the decision is about
        before TEXT NOT NULL DEFAULT '', -- a few characters either side, to find them again
        after TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL DEFAULT '{}',   -- the person's values (correct, add, merge)
        machine TEXT,                    -- the extractor's values at these words, or NULL
        note TEXT, tags TEXT NOT NULL DEFAULT '[]',
        reviewer TEXT NOT NULL, at TEXT NOT NULL,
        undone_at TEXT,                  -- undo keeps the row
        lost_at TEXT                     -- its words are no longer in the document
    );
    CREATE INDEX reviews_doc ON reviews(doc_id, kind);
    CREATE TABLE machine (doc_id TEXT PRIMARY KEY, record TEXT NOT NULL);
    """,
    # 9: watching sources and alerts (watch/, alerts/): what each source and item was when
    # last seen, so a killed watcher resumes; saved alerts and the items they raised
    """
    CREATE TABLE watch_sources (
        name TEXT PRIMARY KEY, url TEXT, kind TEXT NOT NULL, tags TEXT NOT NULL DEFAULT '[]',
        etag TEXT, last_modified TEXT,   -- validators of the listing, saved once all its items are in
        failures INTEGER NOT NULL DEFAULT 0, last_error TEXT, last_ok TEXT, next_try TEXT
    );
    CREATE TABLE watch_items (
        source TEXT NOT NULL, key TEXT NOT NULL, url TEXT, stamp TEXT,
        done INTEGER NOT NULL DEFAULT 0, doc_id TEXT, etag TEXT, last_modified TEXT,
        failures INTEGER NOT NULL DEFAULT 0, error TEXT, seen_at TEXT NOT NULL,
        PRIMARY KEY (source, key)
    ) WITHOUT ROWID;
    CREATE TABLE alerts (
        name TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,
        filters TEXT NOT NULL DEFAULT '{}', jsonl TEXT, webhook TEXT, created_at TEXT NOT NULL
    );
    CREATE TABLE alert_items (
        id INTEGER PRIMARY KEY, alert TEXT NOT NULL, key TEXT NOT NULL,
        baseline INTEGER NOT NULL DEFAULT 0,   -- matched when the alert was added: never raised
        fact_id INTEGER, doc_id TEXT, label TEXT NOT NULL, words TEXT, context TEXT, url TEXT,
        outlet TEXT, published TEXT, details TEXT NOT NULL DEFAULT '{}', created_at TEXT NOT NULL,
        jsonl_done INTEGER NOT NULL DEFAULT 0, webhook_status TEXT,
        webhook_attempts INTEGER NOT NULL DEFAULT 0, webhook_error TEXT,
        UNIQUE (alert, key)
    );
    CREATE INDEX alert_items_alert ON alert_items(alert, baseline, id);
    """,
    # 10: decisions made together (a linked fact confirmed or rejected as a whole: one
    # decision per mention) share a batch, so one undo takes them all back
    """
    ALTER TABLE reviews ADD COLUMN batch TEXT;
    CREATE INDEX reviews_batch ON reviews(batch) WHERE batch IS NOT NULL;
    """,
    # 11: stories also join retellings (link/stories.py), which are not copies: the copies
    # of one report are kept as their own group, so a fact's independent sources stay apart
    # (NULL in stores linked before: their stories held copies only); retellings are found
    # through the reports giving a figure
    """
    ALTER TABLE documents ADD COLUMN copy_group TEXT;
    CREATE INDEX documents_copy_group ON documents(copy_group);
    CREATE INDEX quantities_value ON quantities(value, doc_id);
    """,
]


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this database has not had yet; return the schema version."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"database schema version {version} is newer than this recruitwatch "
            f"({len(MIGRATIONS)}): upgrade recruitwatch to open it"
        )
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")
    return len(MIGRATIONS)
