"""Storage behind a narrow interface. Nothing outside this package writes SQL."""
from .base import ArticleFilter, EntityFilter, QuoteFilter, Store
from .sqlite import SQLiteStore

__all__ = ["Store", "ArticleFilter", "QuoteFilter", "EntityFilter", "SQLiteStore", "open_store"]


def open_store(location: str, read_only: bool = False) -> Store:
    """The store for a library location: a file path opens (or creates) an SQLite library."""
    return SQLiteStore(location, read_only=read_only)
