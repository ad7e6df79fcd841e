"""The medium of a statement: the outlet it was given to (``told Interfax``).

Journalists name the channel in a handful of shapes: ``told X``, ``told X's
correspondent``, ``in an interview with (the newspaper) X``, ``speaking to X``,
``(quoted by X)``, ``as transmitted by the agency X``. An audience (``told
reporters``, ``a briefing``) is not a medium.
"""
from __future__ import annotations

import re

from .lexicon import MEDIA_NOUNS, NOT_MEDIA

__all__ = ["find_medium"]

_MEDIA = "|".join(sorted(MEDIA_NOUNS | {"news agency", "tv channel", "TV channel", "news channel"}, key=len, reverse=True))
# the outlet's name: capitalised words (Al-Sham Al-Youm, the QazAqparat news agency, «Severnaya Gazeta»)
_NAME = r"(?:«[^»]{2,60}»|\"[^\"]{2,60}\"|“[^”]{2,60}”|[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|al-\w+|de|of))*)"
_PATTERNS = [
    re.compile(
        rf"\b(?:told|telling|tells|tell)\s+(?:the\s+)?(?:(?:{_MEDIA})\s+)?(?P<name>{_NAME})(?:\s+(?:{_MEDIA}))?",
    ),
    re.compile(
        rf"\b(?:in\s+(?:an?\s+|the\s+same\s+|his\s+|her\s+)?(?:exclusive\s+|recent\s+|televised\s+|written\s+)?"
        rf"(?:interview|conversation|comments?|remarks?)\s+(?:with|to|for|on)|speaking\s+(?:to|with)|quoted\s+by|cited\s+by|"
        rf"transmitted\s+by|wrote\s+in|writing\s+in|in\s+an\s+article\s+(?:in|for)|in\s+an\s+op-ed\s+(?:in|for))\s+"
        rf"(?:the\s+)?(?:(?:[a-z]+\s+)?(?:{_MEDIA})\s+)?(?P<name>{_NAME})",
    ),
]
_TRAIL = re.compile(r"(?:['’]s?|\s+(?:On|In|That|The|As|At|On|Last|This|News))$")


def _clean(name: str) -> str | None:
    name = name.strip().strip("«»\"“”")
    name = _TRAIL.sub("", name).strip()
    if not name or name.lower() in NOT_MEDIA or len(name) > 60:
        return None
    return name


def find_medium(doc, cue: tuple[int, int]) -> str | None:
    """The outlet named in the sentence of the cue at characters ``cue``, if any."""
    try:
        span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    except (ValueError, IndexError):
        span = None
    if span is None or len(span) == 0:
        return None
    sent = span[0].sent
    text = sent.text
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start = sent.start_char + m.start("name")
            token = doc.char_span(start, start + 1, alignment_mode="expand")
            if token is not None and len(token) and token[0].ent_type_ in ("PERSON", "PER"):
                continue  # "told Lavrov" is an interlocutor, not a medium
            name = _clean(m.group("name"))
            if name:
                return name
    return None
