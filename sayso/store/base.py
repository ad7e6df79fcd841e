"""The store interface every backend implements (SQLite now, PostgreSQL later)."""
from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Iterator, Protocol, Sequence

from ..model import Article, Entity, Fingerprint, Mention, Quote, SearchHit

__all__ = ["Store", "ArticleFilter", "QuoteFilter", "EntityFilter", "Candidate"]


@dataclass(frozen=True)
class ArticleFilter:
    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class QuoteFilter:
    speaker: str | None = None  # part of the resolved name or of the words in the text
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    article: int | None = None
    kind: str | None = None
    limit: int = 50
    offset: int = 0
    speaker_entity: int | None = None  # the speaker's entity id


@dataclass(frozen=True)
class EntityFilter:
    kind: str | None = None
    search: str | None = None  # part of the name or of an alias
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class Candidate:
    """A stored article that may be a near-duplicate of a new one."""

    id: int
    duplicate_of: int | None
    signature: bytes


class Store(Protocol):
    path: str
    schema_version: int

    def transaction(self) -> AbstractContextManager[None]:
        """Commit what the block wrote, or roll all of it back."""

    def find_key(self, key: str) -> tuple[int, str] | None:
        """(id, source) of the article with this exact key."""

    def near_candidates(self, bands: Sequence[int]) -> list[Candidate]: ...

    def add_article(self, article: Article, fingerprint: Fingerprint, quotes_done: bool = False) -> int:
        """Store one article atomically (all of it or nothing) and return its id; with its quotes if ``quotes_done``."""

    def get_article(self, article_id: int) -> Article | None: ...

    def list_articles(self, where: ArticleFilter) -> list[Article]: ...

    def list_summaries(self, where: ArticleFilter) -> list[dict[str, Any]]:
        """Like list_articles, as summary records (export field names) without texts."""

    def count_articles(self, where: ArticleFilter) -> int: ...

    def search(self, query: str, where: ArticleFilter) -> list[SearchHit]: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def count_all(self) -> int: ...

    def outlet_counts(self) -> dict[str, int]: ...

    def stats(self) -> dict[str, Any]: ...

    def date_counts(self) -> list[tuple[str, int]]: ...

    def write_quotes(self, article_id: int, text: str, quotes: Sequence[Quote]) -> None:
        """Replace one article's quotes (inside the caller's transaction) and mark the stage as run."""

    def quotes_done(self, article_id: int) -> bool: ...

    def list_quotes(self, where: QuoteFilter, search: str | None = None) -> list[dict[str, Any]]: ...

    def count_quotes(self, where: QuoteFilter, search: str | None = None) -> int: ...

    def speaker_counts(self, limit: int = 10) -> list[tuple[str, int]]: ...

    def rebuild_quote_order(self) -> None:
        """Write the quotes' listing order (inside the caller's transaction), for fast deep pages."""

    def quote_timeline(self, speaker_entity: int) -> list[tuple[str | None, str | None, int]]:
        """(published, outlet, quotes) of one speaker entity, oldest first."""

    def data_version(self) -> int:
        """A number that changes whenever another connection commits: the key of anything cached from the library."""

    def has_unresolved(self) -> bool:
        """Whether some mention has no entity yet (new articles since the last resolution)."""

    def write_mentions(self, article_id: int, text: str, mentions: Sequence[Mention]) -> None:
        """Replace one article's named mentions (inside the caller's transaction)."""

    def all_mentions(self) -> list[Any]: ...

    def quote_speakers(self) -> list[Any]: ...

    def corrections(self) -> list[Any]: ...

    def add_correction(self, action: str, kind: str, a: str, b: str, kind_b: str | None = None,
                       external_ids: str | None = None) -> None: ...

    def replace_entities(self, entities: Sequence[Entity], assignment: dict[int, int],
                         speakers: dict[int, int | None]) -> None:
        """Write a whole entity resolution (inside the caller's transaction)."""

    def list_entities(self, where: EntityFilter) -> list[Entity]: ...

    def count_entities(self, where: EntityFilter) -> int: ...

    def get_entity(self, entity_id: int) -> Entity | None: ...

    def find_entities(self, name: str) -> list[Entity]: ...

    def entity_outlets(self, entity_id: int) -> list[tuple[str, int, int]]: ...

    def entity_roles(self, entity_id: int) -> list[tuple[str, int, str | None]]: ...

    def co_mentions(self, entity_id: int, limit: int = 10) -> list[tuple[Entity, int]]: ...

    def entity_mentions(self) -> list[Any]: ...

    def article_mentions(self, article_id: int) -> tuple[Mention, ...]: ...

    def close(self) -> None: ...
