-- The speaker filter (`sayso quotes --speaker`, /api/quotes?speaker=) read every quote with
-- LIKE '%…%' on two columns: 10 ms for 40,000 quotes, growing with the library. The words in
-- the text at the speaker join the full-text index, and the filter goes through it.
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, speaker_text, content='quotes', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_text) VALUES (new.id, new.text, new.speaker_name, new.speaker_text);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name, speaker_text)
    VALUES ('delete', old.id, old.text, old.speaker_name, old.speaker_text);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_name, speaker_text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name, speaker_text)
    VALUES ('delete', old.id, old.text, old.speaker_name, old.speaker_text);
    INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_text) VALUES (new.id, new.text, new.speaker_name, new.speaker_text);
END;
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
