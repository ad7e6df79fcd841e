-- Articles, their full-text index and their near-duplicate fingerprints.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,              -- exact identity of (outlet, title, text)
    source TEXT NOT NULL,                  -- path or URL exactly as given
    url TEXT,
    title TEXT,
    outlet TEXT,
    published TEXT,                        -- YYYY-MM-DD
    published_partial TEXT,                -- --MM-DD when the year is unproven
    place TEXT,
    language TEXT,
    author TEXT,
    dateline TEXT,
    agency TEXT,
    text TEXT NOT NULL,
    removed TEXT NOT NULL DEFAULT '[]',    -- JSON list of removed lines
    meta TEXT NOT NULL DEFAULT '{}',       -- JSON object
    duplicate_of INTEGER REFERENCES articles(id),
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

CREATE TABLE article_signatures (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_bands_lookup ON article_bands(band, hash);
