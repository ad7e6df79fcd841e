"""sayso: who said what, about whom, when — and who reported it, in which words.

    >>> import sayso
    >>> with sayso.open("sayso.db") as library:
    ...     library.ingest(["articles/"])
    ...     hits = library.search("ceasefire Geneva")

Names are imported on first use, so `import sayso` (and the CLI's start) stays light.
"""
from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "open": ("services", "open_library"),
    "open_library": ("services", "open_library"),
    "Library": ("services", "Library"),
    "load_nlp": ("nlp.load", "load_nlp"),
    "Settings": ("config", "Settings"),
    "load_settings": ("config", "load_settings"),
    "Article": ("model", "Article"),
    "Entity": ("model", "Entity"),
    "Mention": ("model", "Mention"),
    "Quote": ("model", "Quote"),
    "Document": ("model", "Document"),
    "IngestSummary": ("model", "IngestSummary"),
    "Problem": ("model", "Problem"),
    "SearchHit": ("model", "SearchHit"),
    "SaysoError": ("errors", "SaysoError"),
    "ConfigError": ("errors", "ConfigError"),
    "InputError": ("errors", "InputError"),
    "DecodeError": ("errors", "DecodeError"),
    "TooLargeError": ("errors", "TooLargeError"),
    "ExtractError": ("errors", "ExtractError"),
    "FetchError": ("errors", "FetchError"),
    "BlockedURLError": ("errors", "BlockedURLError"),
    "StoreError": ("errors", "StoreError"),
    "NotFoundError": ("errors", "NotFoundError"),
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    try:
        module, attribute = _EXPORTS[name]
    except KeyError:
        raise AttributeError(f"module 'sayso' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
