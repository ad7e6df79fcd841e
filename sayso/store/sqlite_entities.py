"""The entity tables of the SQLite store: mentions, resolved entities, aliases and corrections."""
from __future__ import annotations

import sqlite3
from typing import Any, Sequence

from ..model import Entity, Mention
from .base import EntityFilter

__all__ = ["EntityTables"]


class EntityTables:
    """Mixed into SQLiteStore; uses its ``_db``."""

    _db: sqlite3.Connection

    # -- writing -----------------------------------------------------------
    def write_mentions(self, article_id: int, text: str, mentions: Sequence[Mention]) -> None:
        """Replace the mentions of one article (inside the caller's transaction)."""
        self._db.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        self._db.executemany(
            'INSERT INTO mentions (article_id, start, "end", kind, name, role, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(article_id, m.start, m.end, m.kind, m.name, m.role, m.text_in(text)) for m in mentions],
        )

    def add_correction(self, action: str, kind: str, a: str, b: str, kind_b: str | None = None,
                       external_ids: str | None = None) -> None:
        self._db.execute(
            "INSERT INTO entity_corrections (action, kind, a, b, kind_b, external_ids) VALUES (?, ?, ?, ?, ?, ?)",
            (action, kind, a, b, kind_b, external_ids),
        )

    def replace_entities(self, entities: Sequence[Entity], assignment: dict[int, int],
                         speakers: dict[int, int | None]) -> None:
        """Write a whole resolution (inside the caller's transaction): entities, aliases, mention and speaker links.

        Counts are computed here from the links, so they can never disagree with them.
        """
        db = self._db
        db.execute("DELETE FROM entity_aliases")
        db.execute("DELETE FROM entities")
        db.executemany("INSERT INTO entities (id, name, kind) VALUES (?, ?, ?)",
                       [(e.id, e.name, e.kind) for e in entities])
        db.executemany("INSERT INTO entity_aliases (entity_id, alias, reason) VALUES (?, ?, ?)",
                       [(e.id, alias, reason) for e in entities for alias, reason in e.aliases])
        db.execute("CREATE TEMP TABLE IF NOT EXISTS _links (mention INTEGER PRIMARY KEY, entity INTEGER)")
        db.execute("DELETE FROM _links")
        db.executemany("INSERT INTO _links VALUES (?, ?)", assignment.items())
        db.execute("UPDATE mentions SET entity_id = (SELECT entity FROM _links WHERE mention = mentions.id)")
        db.execute("UPDATE quotes SET speaker = NULL WHERE speaker IS NOT NULL")
        db.executemany("UPDATE quotes SET speaker = ? WHERE id = ?",
                       [(entity, quote) for quote, entity in speakers.items() if entity is not None])
        # a quote's speaker is called by its entity's name, one spelling across articles and outlets
        # ("Velid el-Haddad" in one, "Walid al-Haddad" in another); places and MISC keep the article's words
        named = ("coalesce((SELECT e.name FROM entities e WHERE e.id = quotes.speaker AND e.kind IN ('PERSON', 'ORG')),"
                 " speaker_found, speaker_name)")
        db.execute(f"UPDATE quotes SET speaker_name = {named} WHERE speaker_name IS NOT {named}")
        db.execute(
            "UPDATE entities SET"
            " mentions = (SELECT count(*) FROM mentions WHERE entity_id = entities.id),"
            " articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = entities.id),"
            " quotes = (SELECT count(*) FROM quotes WHERE speaker = entities.id)"
        )
        db.execute("DROP TABLE _links")

    # -- reading for resolution --------------------------------------------
    def has_unresolved(self) -> bool:
        return self._db.execute("SELECT 1 FROM mentions WHERE entity_id IS NULL LIMIT 1").fetchone() is not None

    def all_mentions(self) -> list[sqlite3.Row]:
        """Every mention, article by article in text order: id, article_id, start, end, kind, name, role, text, entity_id."""
        return self._db.execute(
            'SELECT id, article_id, start, "end", kind, name, role, text, entity_id FROM mentions'
            " ORDER BY article_id, start, id"
        ).fetchall()

    def quote_speakers(self) -> list[sqlite3.Row]:
        """id, article_id, speaker_start, speaker_end, speaker_name of every quote with a speaker."""
        return self._db.execute(
            "SELECT id, article_id, speaker_start, speaker_end, coalesce(speaker_found, speaker_name) AS speaker_name"
            " FROM quotes WHERE coalesce(speaker_found, speaker_name) IS NOT NULL"
        ).fetchall()

    def corrections(self) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM entity_corrections ORDER BY id").fetchall()

    # -- reading -----------------------------------------------------------
    def _entities(self, rows: Sequence[sqlite3.Row]) -> list[Entity]:
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        marks = ", ".join("?" for _ in ids)
        aliases: dict[int, list[tuple[str, str]]] = {i: [] for i in ids}
        for r in self._db.execute(
            f"SELECT entity_id, alias, reason FROM entity_aliases WHERE entity_id IN ({marks}) ORDER BY alias", ids
        ):
            aliases[r[0]].append((r[1], r[2]))
        external = self._external_ids([(r["name"], r["kind"]) for r in rows])
        return [
            Entity(r["id"], r["name"], r["kind"], tuple(aliases[r["id"]]), r["mentions"], r["quotes"], r["articles"],
                   external_ids=tuple(external.get((r["name"].lower(), r["kind"]), ())))
            for r in rows
        ]

    def _external_ids(self, names: list[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
        out: dict[tuple[str, str], list[str]] = {}
        rows = self._db.execute(
            "SELECT kind, b, external_ids FROM entity_corrections WHERE action = 'alias' AND external_ids IS NOT NULL"
        ).fetchall()
        wanted = {(n.lower(), k) for n, k in names}
        for r in rows:
            key = (r["b"].lower(), r["kind"])
            if key in wanted:
                for ext in r["external_ids"].split():
                    if ext not in out.setdefault(key, []):
                        out[key].append(ext)
        return out

    def list_entities(self, where: EntityFilter) -> list[Entity]:
        """Entities ranked by quotes, then mentions; ``search`` matches names and aliases."""
        sql, params = self._entity_where(where)
        rows = self._db.execute(
            f"SELECT * FROM entities e WHERE {sql} ORDER BY e.quotes DESC, e.mentions DESC, e.name, e.id LIMIT ? OFFSET ?",
            [*params, where.limit, where.offset],
        ).fetchall()
        return self._entities(rows)

    def count_entities(self, where: EntityFilter) -> int:
        sql, params = self._entity_where(where)
        return self._db.execute(f"SELECT count(*) FROM entities e WHERE {sql}", params).fetchone()[0]

    @staticmethod
    def _entity_where(where: EntityFilter) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if where.kind:
            clauses.append("e.kind = ?")
            params.append(where.kind)
        if where.search:
            pattern = "%" + where.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(e.name LIKE ? ESCAPE '\\' OR e.id IN"
                           " (SELECT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\'))")
            params += [pattern, pattern]
        return (" AND ".join(clauses) or "1"), params

    def get_entity(self, entity_id: int) -> Entity | None:
        rows = self._db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchall()
        found = self._entities(rows)
        return found[0] if found else None

    def find_entities(self, name: str) -> list[Entity]:
        """Entities whose name or one of whose aliases is ``name`` (any case), most quoted first."""
        rows = self._db.execute(
            "SELECT * FROM entities WHERE name = ? COLLATE NOCASE OR id IN"
            " (SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE)"
            " ORDER BY quotes DESC, mentions DESC, id",
            (name, name),
        ).fetchall()
        return self._entities(rows)

    def entity_outlets(self, entity_id: int) -> list[tuple[str, int, int]]:
        """(outlet, articles mentioning, quotes) for one entity, most quotes first."""
        # Quotes are counted per outlet once and joined, not counted again for every outlet: for a
        # speaker quoted thousands of times in hundreds of outlets that took seconds (benchmarks/api.py).
        rows = self._db.execute(
            "SELECT mo.outlet, mo.n, coalesce(said.n, 0) FROM"
            " (SELECT a.outlet AS outlet, count(DISTINCT m.article_id) AS n FROM mentions m"
            "  JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ? GROUP BY a.outlet) mo"
            " LEFT JOIN (SELECT qa.outlet AS outlet, count(*) AS n FROM quotes q"
            "  JOIN articles qa ON qa.id = q.article_id WHERE q.speaker = ? GROUP BY qa.outlet) said"
            " ON said.outlet IS mo.outlet"
            " ORDER BY 3 DESC, 2 DESC, mo.outlet",
            (entity_id, entity_id),
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def co_mentions(self, entity_id: int, limit: int = 10) -> list[tuple[Entity, int]]:
        """Entities named in the same articles, with the number of shared articles, most first."""
        rows = self._db.execute(
            "SELECT other.entity_id AS id, count(DISTINCT other.article_id) AS n FROM mentions m"
            " JOIN mentions other ON other.article_id = m.article_id AND other.entity_id != m.entity_id"
            " WHERE m.entity_id = ? GROUP BY other.entity_id ORDER BY n DESC, other.entity_id LIMIT ?",
            (entity_id, limit),
        ).fetchall()
        entities = {e.id: e for e in self._entities(self._db.execute(
            f"SELECT * FROM entities WHERE id IN ({', '.join('?' for _ in rows)})", [r['id'] for r in rows]
        ).fetchall())} if rows else {}
        return [(entities[r["id"]], r["n"]) for r in rows if r["id"] in entities]

    def entity_mentions(self) -> list[sqlite3.Row]:
        """entity_id, article_id, start, end, text of every resolved mention, entity by entity in article order."""
        return self._db.execute(
            'SELECT entity_id, article_id, start, "end", text FROM mentions WHERE entity_id IS NOT NULL'
            " ORDER BY entity_id, article_id, start"
        ).fetchall()

    def article_mentions(self, article_id: int) -> tuple[Mention, ...]:
        rows = self._db.execute(
            'SELECT id, start, "end", kind, name, role, entity_id FROM mentions WHERE article_id = ? ORDER BY start, id',
            (article_id,),
        ).fetchall()
        return tuple(Mention(r["start"], r["end"], r["kind"], r["name"], r["role"], r["entity_id"], r["id"])
                     for r in rows)

    def entity_roles(self, entity_id: int) -> list[tuple[str, int, str | None]]:
        """(role, article, published) facts of one entity, oldest first: an office over time."""
        rows = self._db.execute(
            "SELECT m.role, m.article_id, a.published FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.entity_id = ? AND m.role IS NOT NULL ORDER BY a.published IS NULL, a.published, m.article_id",
            (entity_id,),
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]
