"""sayso: who said what, about whom, when — and who reported it, in which words.

    >>> import sayso
    >>> with sayso.open("sayso.db") as library:
    ...     library.ingest(["articles/"])
    ...     hits = library.search("ceasefire Geneva")
"""
from .config import Settings, load_settings
from .errors import (
    BlockedURLError,
    ConfigError,
    DecodeError,
    ExtractError,
    FetchError,
    InputError,
    NotFoundError,
    SaysoError,
    StoreError,
    TooLargeError,
)
from .model import Article, Document, IngestSummary, Problem, SearchHit
from .services import Library, open_library

__version__ = "0.1.0"

open = open_library  # noqa: A001 - sayso.open(path) reads like the rest of the API

__all__ = [
    "open",
    "open_library",
    "Library",
    "Settings",
    "load_settings",
    "Article",
    "Document",
    "IngestSummary",
    "Problem",
    "SearchHit",
    "SaysoError",
    "ConfigError",
    "InputError",
    "DecodeError",
    "TooLargeError",
    "ExtractError",
    "FetchError",
    "BlockedURLError",
    "StoreError",
    "NotFoundError",
    "__version__",
]
