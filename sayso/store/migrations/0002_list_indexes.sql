-- Lists and counts must not read article texts: an index in the exact order
-- `articles` lists (dated first, newest first) and one for duplicate counts.
CREATE INDEX articles_listing ON articles(published IS NULL, published DESC, id DESC);
CREATE INDEX articles_outlet_listing ON articles(outlet COLLATE NOCASE, published IS NULL, published DESC, id DESC);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
