-- The quote list in its listing order (newest articles first, text order inside), one row per
-- quote, rebuilt after each ingest: a deep page of the unfiltered list is then a lookup by
-- position, not a walk over every quote before it. A stale order is never used (see list_quotes).
CREATE TABLE quote_order (
    pos INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL
);
