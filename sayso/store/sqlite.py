"""The embedded default store: one SQLite file, WAL, FTS5, numbered migrations."""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..errors import StoreError
from ..export import SUMMARY_FIELDS
from ..model import Article, Fingerprint, SearchHit
from .base import ArticleFilter, Candidate
from .fts import check_query, fts_query
from .sql import LIST_ORDER, article_clauses
from .sqlite_entities import EntityTables
from .sqlite_quotes import QuoteTables

__all__ = ["SQLiteStore"]

# Columns read as they are; `removed` and `meta` are JSON and decoded on the way out.
_PLAIN = ("id", "source", "url", "title", "outlet", "published", "published_partial", "place", "language", "author",
          "dateline", "agency", "text", "duplicate_of")
_COLUMNS = ", ".join((*_PLAIN, "removed", "meta"))
# Lists go dated first, newest first; migration 2 indexes exactly this order.
def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one by one (triggers with their inner semicolons whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer
            buffer = ""
    if buffer.strip() and not all(line.strip().startswith("--") or not line.strip() for line in buffer.splitlines()):
        raise StoreError("a migration script ends in the middle of a statement")


class SQLiteStore(QuoteTables, EntityTables):
    """One connection to one library file. ``read_only`` opens it for reading alone (the server's way)."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = str(path)
        self.read_only = read_only
        if Path(self.path).is_dir():
            raise StoreError(f"{self.path} is a folder: give the path of a library file, e.g. {Path(self.path) / 'sayso.db'}")
        try:
            if read_only:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            else:
                if self.path != ":memory:":
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            self._db.execute("PRAGMA busy_timeout=10000")
            if read_only:
                self._check_schema()
                return
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open the library {self.path}: {exc} (is it a sayso library?)") from None
        except OSError as exc:
            raise StoreError(f"cannot open the library {self.path}: {exc.strerror}") from None

    # -- schema ------------------------------------------------------------
    @staticmethod
    def _scripts() -> list:
        folder = resources.files("sayso.store").joinpath("migrations")
        return sorted((int(e.name.split("_")[0]), e) for e in folder.iterdir() if e.name.endswith(".sql"))

    def _check_schema(self) -> None:
        """Read-only opening: refuse what is not a sayso library; upgrade an older one first."""
        latest = self._scripts()[-1][0]
        if self.schema_version == 0:
            raise StoreError(f"{self.path} is not a sayso library")
        if self.schema_version < latest:
            # A library written by an older sayso: upgrading it is the one write a reader makes.
            SQLiteStore(self.path).close()
        if self.schema_version > latest:
            raise StoreError(f"the library {self.path} was written by a newer sayso (schema {self.schema_version}):"
                             " upgrade sayso")

    def _migrate(self) -> None:
        """Apply the numbered scripts not yet applied, all under one write lock.

        Reading the version inside the lock means two processes creating the
        same new library cannot both apply the first script.
        """
        scripts = self._scripts()
        latest = scripts[-1][0]
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot open the library {self.path} for writing: {exc}") from None
        try:
            current = self.schema_version
            if current > latest:
                raise StoreError(
                    f"the library {self.path} was written by a newer sayso (schema {current}): upgrade sayso"
                )
            if current == 0 and self._db.execute(
                "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            ).fetchone()[0]:
                raise StoreError(f"{self.path} is an SQLite file of another program, not a sayso library")
            for version, entry in scripts:
                if version > current:
                    for statement in _statements(entry.read_text(encoding="utf-8")):
                        self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version = {version}")
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    # -- writing -----------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot write to the library {self.path}: {exc} (is another sayso writing to it?"
                             " try again when it is done)") from None
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot commit to the library {self.path}: {exc}") from None

    def find_key(self, key: str) -> tuple[int, str] | None:
        row = self._db.execute("SELECT id, source FROM articles WHERE key = ?", (key,)).fetchone()
        return (row["id"], row["source"]) if row else None

    def near_candidates(self, bands: Sequence[int]) -> list[Candidate]:
        if not bands:
            return []
        clauses = " OR ".join("(b.band = ? AND b.hash = ?)" for _ in bands)
        params = [v for i, h in enumerate(bands) for v in (i, h)]
        rows = self._db.execute(
            "SELECT DISTINCT a.id, a.duplicate_of, s.signature FROM article_bands b"
            " JOIN articles a ON a.id = b.article_id JOIN article_signatures s ON s.article_id = a.id"
            f" WHERE {clauses} ORDER BY a.id",
            params,
        ).fetchall()
        return [Candidate(r["id"], r["duplicate_of"], r["signature"]) for r in rows]

    def add_article(self, article: Article, fingerprint: Fingerprint, quotes_done: bool = False) -> int:
        self._db.execute("SAVEPOINT add_article")
        try:
            cur = self._db.execute(
                "INSERT INTO articles (key, source, url, title, outlet, published, published_partial, place,"
                " language, author, dateline, agency, text, removed, meta, duplicate_of)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    fingerprint.key, article.source, article.url, article.title, article.outlet, article.published,
                    article.published_partial, article.place, article.language, article.author, article.dateline,
                    article.agency, article.text, json.dumps(list(article.removed), ensure_ascii=False),
                    json.dumps(dict(article.meta), ensure_ascii=False, default=str), article.duplicate_of,
                ),
            )
            article_id = cur.lastrowid
            self._db.execute(
                "INSERT INTO article_signatures (article_id, signature) VALUES (?, ?)",
                (article_id, fingerprint.signature),
            )
            self._db.executemany(
                "INSERT INTO article_bands (band, hash, article_id) VALUES (?, ?, ?)",
                [(band, value, article_id) for band, value in enumerate(fingerprint.bands)],
            )
            if quotes_done:
                self.write_mentions(article_id, article.text, article.mentions)
                self.write_quotes(article_id, article.text, article.quotes)
        except BaseException as exc:
            self._db.execute("ROLLBACK TO add_article")
            self._db.execute("RELEASE add_article")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot write to the library {self.path}: {exc}") from None
            raise
        self._db.execute("RELEASE add_article")
        return article_id

    # -- reading -----------------------------------------------------------
    @staticmethod
    def _article(row: sqlite3.Row) -> Article:
        return Article(
            **{name: row[name] for name in _PLAIN},
            removed=tuple(json.loads(row["removed"])),
            meta=json.loads(row["meta"]),
        )

    @staticmethod
    def _where(where: ArticleFilter, alias: str = "a") -> tuple[str, list[Any]]:
        clauses, params = article_clauses(where, alias)
        return (" AND ".join(clauses) or "1"), params

    def get_article(self, article_id: int) -> Article | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row:
            return None
        return self.with_quotes([self._article(row)])[0].replace(mentions=self.article_mentions(article_id))

    def list_articles(self, where: ArticleFilter) -> list[Article]:
        sql, params = self._where(where)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM articles a WHERE {sql}"
            f" ORDER BY {LIST_ORDER} LIMIT ? OFFSET ?",
            [*params, where.limit, where.offset],
        ).fetchall()
        return [self._article(r) for r in rows]

    def list_summaries(self, where: ArticleFilter) -> list[dict[str, Any]]:
        """The rows of a list page without their texts: what lists show, read cheaply."""
        sql, params = self._where(where)
        columns = ", ".join(f"a.{name}" for name in SUMMARY_FIELDS)
        rows = self._db.execute(
            f"SELECT {columns} FROM articles a WHERE {sql}"
            f" ORDER BY {LIST_ORDER} LIMIT ? OFFSET ?",
            [*params, where.limit, where.offset],
        ).fetchall()
        return [dict(row) for row in rows]

    def count_articles(self, where: ArticleFilter) -> int:
        sql, params = self._where(where)
        return self._db.execute(f"SELECT count(*) FROM articles a WHERE {sql}", params).fetchone()[0]

    def search(self, query: str, where: ArticleFilter) -> list[SearchHit]:
        check_query(query)
        expression = fts_query(query)
        if not expression:
            return []
        start, end = SearchHit.HIGHLIGHT_START, SearchHit.HIGHLIGHT_END
        sql, params = self._where(where)
        # Rank and cut inside FTS5 first, then join only the page of hits.
        restrict = "" if sql == "1" else f" AND rowid IN (SELECT a.id FROM articles a WHERE {sql})"
        try:
            rows = self._db.execute(
                f"SELECT {', '.join('a.' + c.strip() for c in _COLUMNS.split(','))}, f.snippet, f.rank FROM ("
                f" SELECT rowid, rank, snippet(articles_fts, 1, '{start}', '{end}', '…', 24) AS snippet"
                f" FROM articles_fts WHERE articles_fts MATCH ?{restrict} ORDER BY rank LIMIT ? OFFSET ?"
                ") f JOIN articles a ON a.id = f.rowid ORDER BY f.rank",
                [expression, *params, where.limit, where.offset],
            ).fetchall()
        except sqlite3.OperationalError as exc:
            raise StoreError(f"cannot search for {query!r}: {exc}") from None
        return [SearchHit(self._article(r), r["snippet"], r["rank"]) for r in rows]

    def iter_articles(self) -> Iterator[Article]:
        last = 0
        while True:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM articles WHERE id > ? ORDER BY id LIMIT 500", (last,)
            ).fetchall()
            if not rows:
                return
            yield from self.with_quotes([self._article(row) for row in rows])
            last = rows[-1]["id"]

    def _outlet_rows(self) -> list[sqlite3.Row]:
        return self._db.execute(
            "SELECT outlet, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC, outlet"
        ).fetchall()

    def outlet_counts(self) -> dict[str, int]:
        """Articles per known outlet, most first (the outlet index answers it alone)."""
        return {r["outlet"]: r["n"] for r in self._outlet_rows() if r["outlet"] is not None}

    def count_all(self) -> int:
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def stats(self) -> dict[str, Any]:
        db = self._db
        total, duplicates = db.execute(
            "SELECT count(*), count(duplicate_of) FROM articles"
        ).fetchone()
        first, last, dated = db.execute(
            "SELECT min(published), max(published), count(published) FROM articles"
        ).fetchone()
        outlets = self._outlet_rows()
        return {
            "articles": total,
            "duplicates": duplicates,
            "dated": dated,
            "first_published": first,
            "last_published": last,
            "outlets": {r["outlet"]: r["n"] for r in outlets if r["outlet"] is not None},
            "without_outlet": sum(r["n"] for r in outlets if r["outlet"] is None),
            "schema_version": self.schema_version,
        }

    def date_counts(self) -> list[tuple[str, int]]:
        """(YYYY-MM-DD, articles published that day), oldest first."""
        rows = self._db.execute(
            "SELECT published, count(*) FROM articles WHERE published IS NOT NULL GROUP BY published ORDER BY published"
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def data_version(self) -> int:
        return self._db.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self._db.close()
