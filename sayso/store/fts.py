"""Users' search words as safe FTS5 expressions (articles and quotes alike)."""
from __future__ import annotations

import re

from ..errors import ConfigError

__all__ = ["fts_query", "check_query", "speaker_query"]

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(query: str) -> str:
    """A user's search words as a safe FTS5 expression.

    Words are quoted so punctuation (al-Moallem, U.S.) can never be read as
    FTS5 syntax; "quoted phrases", a trailing * for prefixes and the operators
    OR, AND, NOT keep their meaning.
    """
    parts: list[str] = []
    query = re.sub(r"[\x00-\x1f\x7f]", " ", query)  # FTS5 strings end at a NUL
    for m in _TOKEN.finditer(query):
        phrase, word = m.group(1), m.group(2)
        if phrase is not None:
            if phrase.strip():
                parts.append('"' + phrase.replace('"', "") + '"')
            continue
        if word in ("OR", "AND", "NOT"):
            if parts and parts[-1] not in ("OR", "AND", "NOT"):
                parts.append(word)
            continue
        prefix = word.endswith("*") and len(word) > 1
        core = word.rstrip("*").replace('"', "")
        if not re.search(r"\w", core):
            continue
        parts.append('"' + core + '"' + ("*" if prefix else ""))
    while parts and parts[-1] in ("OR", "AND", "NOT"):
        parts.pop()
    return " ".join(parts)


def check_query(query: str) -> None:
    if re.match(r"\s*NOT\b", query):
        raise ConfigError("a search cannot start with NOT: name what to find first, e.g. 'ceasefire NOT corridor'")


def speaker_query(name: str) -> str:
    """A speaker filter as an FTS5 expression: every word of ``name`` starts a word of the speaker's name or words."""
    words = re.findall(r"\w+", name)
    # particles ("al" in al-Hamdani, "de") match a word start in half the names: the other words decide
    words = [w for w in words if len(w) > 2] or words
    if not words:
        return '""'  # no word, no speaker: matches nothing
    return "{speaker_name speaker_text} : (" + " ".join(f'"{w}"*' for w in words) + ")"
