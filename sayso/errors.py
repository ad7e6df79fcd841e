"""sayso's exception tree. Every message says what went wrong and what to do.

    SaysoError
    ├── ConfigError          a setting or flag has a bad value
    ├── InputError           one input cannot be ingested (the batch goes on)
    │   ├── DecodeError      binary, empty, or undecodable bytes
    │   ├── TooLargeError    over the size cap
    │   ├── ExtractError     no article text could be found
    │   └── FetchError       a URL could not be fetched
    │       └── BlockedURLError   refused: scheme or private address
    ├── StoreError           the library file cannot be opened or written
    └── NotFoundError        an article (or other record) does not exist
"""
from __future__ import annotations

__all__ = [
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
]


class SaysoError(Exception):
    """Base of every error sayso raises on purpose."""


class ConfigError(SaysoError):
    pass


class InputError(SaysoError):
    """One input cannot be ingested; the message is the reason, short."""

    code: str | None = None  # machine-readable kind, for faces that add advice


class DecodeError(InputError):
    pass


class TooLargeError(InputError):
    pass


class ExtractError(InputError):
    pass


class FetchError(InputError):
    pass


class BlockedURLError(FetchError):
    code = "blocked_url"


class StoreError(SaysoError):
    pass


class NotFoundError(SaysoError):
    pass
