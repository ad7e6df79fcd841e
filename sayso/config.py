"""Settings: defaults < config file < environment (SAYSO_*) < flags.

This module is the only reader of environment variables. The config file is
TOML: ``$SAYSO_CONFIG`` if set, else ``./sayso.toml`` if present; its keys are
the field names of :class:`Settings`.
"""
from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError

__all__ = ["Settings", "load_settings"]

_ENV_PREFIX = "SAYSO_"


@dataclass(frozen=True)
class Settings:
    db: str = "sayso.db"
    outlets_file: str | None = None  # extra rows for the outlet table (CSV, same columns)
    max_file_bytes: int = 20_000_000  # one text/HTML document; JSONL/CSV exports are streamed
    max_fetch_bytes: int = 10_000_000
    fetch_timeout: float = 15.0
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "sayso/0.1 (news attribution research tool; +https://github.com/sayso/sayso)"
    near_duplicate_threshold: float = 0.8
    nlp_model: str | None = None
    quotes: bool = True  # run the quote stage on ingest (SAYSO_QUOTES=0 or `ingest --no-quotes` to skip)
    ingest_token: str | None = None  # enables POST /api/ingest for callers that send it

    def __post_init__(self) -> None:
        checks = [
            (0 < self.near_duplicate_threshold <= 1, "near_duplicate_threshold must be above 0 and at most 1"),
            (self.max_redirects >= 0, "max_redirects must be 0 or more"),
            (self.max_file_bytes > 0, "max_file_bytes must be positive"),
            (self.max_fetch_bytes > 0, "max_fetch_bytes must be positive"),
            (self.fetch_timeout > 0, "fetch_timeout must be positive"),
        ]
        for ok, message in checks:
            if not ok:
                raise ConfigError(f"bad setting: {message}")

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


def _coerce(name: str, kind: Any, value: Any) -> Any:
    kind = str(kind)
    try:
        if "bool" in kind:
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off", ""}:
                return False
            raise ValueError(value)
        if "int" in kind:
            return int(value)
        if "float" in kind:
            return float(value)
        return None if value is None else str(value)
    except (TypeError, ValueError):
        raise ConfigError(f"setting {name!r} has a bad value {value!r}: expected {kind}") from None


def load_settings(
    flags: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: str | Path | None = None,
) -> Settings:
    """Build the effective settings; ``flags`` with value None are ignored."""
    env = os.environ if env is None else env
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}

    path = config_file or env.get(_ENV_PREFIX + "CONFIG")
    if path is None and Path("sayso.toml").is_file():
        path = "sayso.toml"
    if path is not None:
        try:
            with open(path, "rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError(f"config file {path} does not exist") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        for key, value in data.items():
            if key not in known:
                raise ConfigError(f"config file {path}: unknown setting {key!r}")
            values[key] = _coerce(key, known[key], value)

    for name, kind in known.items():
        raw = env.get(_ENV_PREFIX + name.upper())
        if raw is not None:
            values[name] = _coerce(name, kind, raw)

    for name, value in (flags or {}).items():
        if value is not None:
            values[name] = _coerce(name, known[name], value)
    return Settings(**values)
