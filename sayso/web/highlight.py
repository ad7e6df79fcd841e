"""An article's text cut into pieces for the page: plain text, and the opening and closing of quote marks.

Quote spans nest (a direct quote inside a mixed one, a speaker inside an
indirect quote) and sometimes cross (two readings of one sentence). HTML
elements must nest, so at every boundary the marks that no longer cover the
next piece are closed and those that go on are reopened: a crossing span is
drawn in several pieces, and only its first piece carries the ``q-<id>``
anchor. Pieces hold plain strings and fixed tag names; the template escapes
every string, so no article text ever reaches the page unescaped.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

__all__ = ["Mark", "Piece", "marked_paragraphs"]

# Outer before inner when two spans start and end together.
_ROLE_ORDER = {"quote": 0, "cue": 1, "speaker": 2}


@dataclass(frozen=True, eq=False)  # compared by identity: one mark is one span on the page
class Mark:
    role: str  # "quote" | "cue" | "speaker"
    start: int
    end: int
    quote: dict[str, Any]  # the quote record the span belongs to

    def order(self) -> tuple[int, int, int, int]:
        return self.start, -self.end, _ROLE_ORDER[self.role], self.quote.get("id") or 0


@dataclass(frozen=True)
class Piece:
    kind: str  # "text" | "open" | "close"
    text: str = ""
    mark: Mark | None = None
    tag: str = "span"  # "mark" for quotes, "a" for a speaker worth a link, else "span"
    first: bool = False  # the first opening of its mark: the one that carries the anchor


def _marks(quotes: list[dict[str, Any]], size: int) -> list[Mark]:
    marks: list[Mark] = []
    seen: set[tuple[str, int, int]] = set()
    for q in quotes:
        for role, start, end in (("quote", q["start"], q["end"]), ("cue", q.get("cue_start"), q.get("cue_end")),
                                 ("speaker", q.get("speaker_start"), q.get("speaker_end"))):
            if start is None or end is None:
                continue
            start, end = max(0, start), min(size, end)  # offsets from another text version must not break the page
            # Two quotes after one "she said" share the speaker and cue: draw them once.
            if start < end and (role, start, end) not in seen:
                seen.add((role, start, end))
                marks.append(Mark(role, start, end, q))
    return sorted(marks, key=Mark.order)


def _paragraph_ranges(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each non-blank paragraph: the same split the plain page makes."""
    position = 0
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            yield position, position + len(paragraph)
        position += len(paragraph) + 2


def _tag(mark: Mark, open_tags: list[str]) -> str:
    if mark.role == "quote":
        return "mark"
    # A known speaker links to their entity page (or a named one to their quotes), unless inside another
    # speaker's link (links cannot nest).
    if mark.role == "speaker" and (mark.quote.get("speaker") or mark.quote.get("speaker_name")) and "a" not in open_tags:
        return "a"
    return "span"


def _pieces(text: str, start: int, end: int, marks: list[Mark], anchored: set[Mark]) -> list[Piece]:
    cuts = sorted({start, end, *(min(end, max(start, p)) for m in marks for p in (m.start, m.end))})
    pieces: list[Piece] = []
    stack: list[tuple[Mark, str]] = []
    for a, b in pairwise(cuts):
        want = [m for m in marks if m.start <= a and b <= m.end]  # in order: outer marks first
        keep = 0
        while keep < min(len(stack), len(want)) and stack[keep][0] is want[keep]:
            keep += 1
        for mark, tag in reversed(stack[keep:]):
            pieces.append(Piece("close", mark=mark, tag=tag))
        stack = stack[:keep]
        for mark in want[keep:]:
            tag = _tag(mark, [t for _, t in stack])
            pieces.append(Piece("open", mark=mark, tag=tag, first=mark not in anchored))
            anchored.add(mark)
            stack.append((mark, tag))
        pieces.append(Piece("text", text[a:b]))
    pieces.extend(Piece("close", mark=mark, tag=tag) for mark, tag in reversed(stack))
    return pieces


def marked_paragraphs(text: str, quotes: list[dict[str, Any]]) -> list[list[Piece]]:
    """The text's paragraphs, each a list of pieces in which every element opened is closed in order."""
    marks = _marks(quotes, len(text))
    anchored: set[Mark] = set()
    return [
        _pieces(text, start, end, [m for m in marks if m.start < end and start < m.end], anchored)
        for start, end in _paragraph_ranges(text)
    ]
