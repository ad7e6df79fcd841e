-- Entities: the named mentions of every article, resolved across articles.
-- Mentions are spans into their article's text (`text` a copy for lists);
-- entities, their aliases and the quotes' speaker ids are rebuilt from the
-- mentions and the corrections by every resolution, so corrections live apart.
CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    name TEXT,                     -- the name meant where the text says "the minister"
    role TEXT,                     -- the office the article gives it here: "Russia's deputy foreign minister"
    text TEXT NOT NULL,
    entity_id INTEGER
);
CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    mentions INTEGER NOT NULL DEFAULT 0,
    quotes INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_rank ON entities(quotes DESC, mentions DESC);
CREATE INDEX quotes_speaker_entity ON quotes(speaker);

CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);

-- what users decided: `sayso entities import`, `sayso entity merge`, `sayso entity split`
CREATE TABLE entity_corrections (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('alias', 'merge', 'split')),
    kind TEXT NOT NULL,
    a TEXT NOT NULL,               -- alias: the name as written; merge: one name; split: the entity's name
    b TEXT NOT NULL,               -- alias: the canonical name; merge: the other name; split: the alias to split off
    kind_b TEXT,                   -- merge: the other name's kind
    external_ids TEXT,             -- alias: space-separated "source:id"
    created TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- the NLP stage now finds mentions too: re-ingesting an article runs it again
UPDATE articles SET quotes_at = NULL;
