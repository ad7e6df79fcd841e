"""The quote tables of the SQLite store: writing an article's quotes, listing and searching them."""
from __future__ import annotations

import sqlite3
from typing import Any, Sequence

from ..errors import StoreError
from ..model import Article, Quote, SearchHit
from .base import QuoteFilter
from .fts import check_query, fts_query, speaker_query
from .sql import LIST_ORDER, article_clauses

__all__ = ["QuoteTables"]

_QUOTE_COLUMNS = ("id", "start", "end", "kind", "cue_start", "cue_end", "speaker_start", "speaker_end",
                  "speaker_name", "medium", "speaker")
_SELECT = ", ".join(f'q."{c}"' for c in _QUOTE_COLUMNS)
# The order of every quote list: newest articles first (undated last), text order inside.
_LISTING = f"{LIST_ORDER}, q.start"  # the articles' list order, then text order
# What a quote list shows beside each quote, read in the same query.
_ARTICLE_COLUMNS = "q.article_id, q.text, q.cue, q.speaker_text, a.title, a.outlet, a.published"


def _quote(row: sqlite3.Row) -> Quote:
    return Quote(**{c: row[c] for c in _QUOTE_COLUMNS})


class QuoteTables:
    """Mixed into SQLiteStore; uses its ``_db`` and ``fts`` helpers."""

    _db: sqlite3.Connection

    def write_quotes(self, article_id: int, text: str, quotes: Sequence[Quote]) -> None:
        """Replace the quotes of one article (inside the caller's transaction)."""
        self._db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        self._db.executemany(
            'INSERT INTO quotes (article_id, start, "end", kind, cue_start, cue_end, speaker_start, speaker_end,'
            " speaker_name, speaker_found, medium, speaker, text, cue, speaker_text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article_id, q.start, q.end, q.kind, q.cue_start, q.cue_end, q.speaker_start, q.speaker_end,
                 q.speaker_name, q.speaker_name, q.medium, q.speaker, q.text_in(text), q.cue_in(text),
                 q.speaker_text_in(text))
                for q in quotes
            ],
        )
        self._db.execute(
            "UPDATE articles SET quotes_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", (article_id,)
        )

    def quotes_done(self, article_id: int) -> bool:
        row = self._db.execute("SELECT quotes_at FROM articles WHERE id = ?", (article_id,)).fetchone()
        return bool(row and row[0])

    def article_quotes(self, article_ids: Sequence[int]) -> dict[int, tuple[Quote, ...]]:
        out: dict[int, list[Quote]] = {i: [] for i in article_ids}
        if not article_ids:
            return {}
        marks = ", ".join("?" for _ in article_ids)
        rows = self._db.execute(
            f"SELECT q.article_id, {_SELECT} FROM quotes q WHERE q.article_id IN ({marks}) ORDER BY q.article_id, q.start, q.id",
            list(article_ids),
        ).fetchall()
        for row in rows:
            out[row["article_id"]].append(_quote(row))
        return {k: tuple(v) for k, v in out.items()}

    def with_quotes(self, articles: list[Article]) -> list[Article]:
        found = self.article_quotes([a.id for a in articles if a.id is not None])
        return [a.replace(quotes=found.get(a.id, ())) for a in articles]

    @staticmethod
    def _quote_where(where: QuoteFilter) -> tuple[str, list[Any]]:
        clauses, params = article_clauses(where)
        if where.speaker:
            # a name matches the resolved speaker or the words in the text ("Lavrov" finds "Sergey Lavrov",
            # "Lavr" too): every word of it, as the start of a word, through the full-text index
            clauses.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
            params.append(speaker_query(where.speaker))
        if where.article is not None:
            clauses.append("q.article_id = ?")
            params.append(where.article)
        if where.kind:
            clauses.append("q.kind = ?")
            params.append(where.kind)
        if where.speaker_entity is not None:
            clauses.append("q.speaker = ?")
            params.append(where.speaker_entity)
        return (" AND ".join(clauses) or "1"), params

    def _quote_search(self, where: QuoteFilter, search: str | None) -> tuple[str, list[Any]]:
        sql, params = self._quote_where(where)
        if search:
            check_query(search)
            sql += " AND q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)"
            expression = fts_query(search)
            params.append(f"{{text speaker_name}} : ({expression})" if expression else '""')
        return sql, params

    def list_quotes(self, where: QuoteFilter, search: str | None = None) -> list[dict[str, Any]]:
        """Quotes with their article's title, outlet and date: newest articles first, text order inside."""
        sql, params = self._quote_search(where, search)
        # Left to itself SQLite reads the quotes first and sorts them all (20-150 ms on 40,000 quotes); walking
        # the articles in listing order (an index) and each one's quotes stops after one page (under 5 ms).
        # Only a rarely quoted speaker's few quotes are cheaper to fetch by speaker and sort.
        rare = where.speaker_entity is not None and self._db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM quotes WHERE speaker = ? LIMIT 500)", (where.speaker_entity,)
        ).fetchone()[0] < 500
        tables = "quotes q JOIN articles a" if rare else "articles a CROSS JOIN quotes q"
        rows = self._ordered_page(where) if sql == "1" and not search else None
        if rows is None:
            try:
                # the page's ids first, from the indexes alone; then only those rows are read in full
                ids = [r[0] for r in self._db.execute(
                    f"SELECT q.id FROM {tables} ON a.id = q.article_id WHERE {sql} ORDER BY {_LISTING} LIMIT ? OFFSET ?",
                    [*params, where.limit, where.offset],
                )]
            except sqlite3.OperationalError as exc:
                raise StoreError(f"cannot search the quotes for {search!r}: {exc}") from None
            rows = self._quote_rows(ids)
        listing = [
            {"quote": _quote(r), "article": r["article_id"], "text": r["text"], "cue": r["cue"],
             "speaker_text": r["speaker_text"], "title": r["title"], "outlet": r["outlet"], "published": r["published"]}
            for r in rows
        ]
        if search and listing:
            marked = self._highlighted_quotes(search, [row["quote"].id for row in listing])
            for row in listing:
                row["highlighted"] = marked.get(row["quote"].id, row["text"])
        return listing

    def _quote_rows(self, ids: Sequence[int]) -> list[sqlite3.Row]:
        """The listing rows of these quotes, in this order; quotes gone meanwhile are left out."""
        found = {r["id"]: r for r in self._db.execute(
            f"SELECT {_SELECT}, {_ARTICLE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id"
            f" WHERE q.id IN ({', '.join('?' for _ in ids)})", list(ids),
        )} if ids else {}
        return [found[i] for i in ids if i in found]

    def _ordered_page(self, where: QuoteFilter) -> list[sqlite3.Row] | None:
        """A page of the unfiltered list by position in ``quote_order``; None when the order is stale."""
        total = self._db.execute("SELECT max(pos) FROM quote_order").fetchone()[0]
        if not total:
            return None  # quotes came or went since the order was built (a trigger emptied it): walk instead
        rows = self._db.execute(
            f"SELECT {_SELECT}, {_ARTICLE_COLUMNS} FROM quote_order o JOIN quotes q ON q.id = o.quote_id"
            " JOIN articles a ON a.id = q.article_id WHERE o.pos > ? ORDER BY o.pos LIMIT ?",
            (where.offset, where.limit),
        ).fetchall()
        expected = max(0, min(where.limit, total - where.offset))
        return rows if len(rows) == expected else None  # a quote of the order is gone: stale

    def rebuild_quote_order(self) -> None:
        """Write the listing order of every quote (inside the caller's transaction)."""
        self._db.execute("DELETE FROM quote_order")
        self._db.execute(
            "INSERT INTO quote_order (quote_id) SELECT q.id FROM articles a CROSS JOIN quotes q"
            f" ON a.id = q.article_id ORDER BY {_LISTING}"
        )

    def _highlighted_quotes(self, search: str, ids: Sequence[int]) -> dict[int, str]:
        """The text of these quotes with the search's matches between SearchHit's HIGHLIGHT marks.

        Only the page's quotes are highlighted: FTS5 looks each rowid up (``rowid IN``) instead of
        highlighting every match of the search.
        """
        expression = fts_query(search)
        if not expression or not ids:
            return {}
        start, end = SearchHit.HIGHLIGHT_START, SearchHit.HIGHLIGHT_END
        marks = ", ".join("?" for _ in ids)
        try:
            rows = self._db.execute(
                f"SELECT rowid, highlight(quotes_fts, 0, ?, ?) FROM quotes_fts"
                f" WHERE quotes_fts MATCH ? AND rowid IN ({marks})",
                [start, end, expression, *ids],
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search the quotes for {search!r}: {exc}") from None
        return {r[0]: r[1] for r in rows}

    def count_quotes(self, where: QuoteFilter, search: str | None = None) -> int:
        sql, params = self._quote_search(where, search)
        # Every quote has its article (a foreign key, cascading): join only to filter on the article's
        # outlet or date. Counting a quote index alone is some fifty times faster than the join.
        join = " JOIN articles a ON a.id = q.article_id" if where.outlet or where.since or where.until else ""
        return self._db.execute(f"SELECT count(*) FROM quotes q{join} WHERE {sql}", params).fetchone()[0]

    def quote_timeline(self, speaker_entity: int) -> list[tuple[str | None, str | None, int]]:
        """(published, outlet, quotes) of one speaker entity, oldest first; undated articles as published None."""
        rows = self._db.execute(
            "SELECT a.published, a.outlet, count(*) FROM quotes q JOIN articles a ON a.id = q.article_id"
            " WHERE q.speaker = ? GROUP BY a.published, a.outlet ORDER BY a.published IS NULL, a.published, a.outlet",
            (speaker_entity,),
        ).fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def speaker_counts(self, limit: int = 10) -> list[tuple[str, int]]:
        """The most quoted speakers: (name, quotes), most first."""
        rows = self._db.execute(
            "SELECT speaker_name, count(*) AS n FROM quotes WHERE speaker_name IS NOT NULL"
            " GROUP BY speaker_name COLLATE NOCASE ORDER BY n DESC, speaker_name LIMIT ?",
            (limit,),
        ).fetchall()
        return [(r[0], r[1]) for r in rows]
