-- A quote's speaker_name shows its entity's name once entities are resolved; what the quote stage
-- found is kept apart in speaker_found, so that every later resolution starts from the article's
-- own reading (a split puts a quote back under the name its article gave).
ALTER TABLE quotes ADD COLUMN speaker_found TEXT;
UPDATE quotes SET speaker_found = speaker_name;

-- Any quote written or removed makes the stored listing order stale: forget it until the next rebuild.
CREATE TRIGGER quote_order_stale_insert AFTER INSERT ON quotes BEGIN
    DELETE FROM quote_order;
END;
CREATE TRIGGER quote_order_stale_delete AFTER DELETE ON quotes BEGIN
    DELETE FROM quote_order;
END;
