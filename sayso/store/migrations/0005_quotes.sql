-- Quotes: who said what, as spans of character offsets into their article's text.
-- `text`, `cue` and `speaker_text` are copies of those spans, kept so that search
-- (FTS5 over quote text and speaker) and lists never re-read whole articles.
ALTER TABLE articles ADD COLUMN quotes_at TEXT;  -- when the quote stage last ran (NULL: never)
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_name TEXT,                     -- resolved: "Sergey Lavrov" where the text says "the minister"
    medium TEXT,
    speaker INTEGER,                       -- entity id, once entities exist
    text TEXT NOT NULL,
    cue TEXT,
    speaker_text TEXT
);
CREATE INDEX quotes_article ON quotes(article_id, start);
CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, content='quotes', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_name ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name) VALUES ('delete', old.id, old.text, old.speaker_name);
    INSERT INTO quotes_fts(rowid, text, speaker_name) VALUES (new.id, new.text, new.speaker_name);
END;
