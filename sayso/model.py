"""The one data model of sayso: frozen dataclasses shared by every stage.

An :class:`Article` owns its cleaned ``text``; every annotation added by later
stages is a span of character offsets into that text, never a loose copy.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

__all__ = ["Document", "Article", "Quote", "Mention", "Entity", "Problem", "IngestSummary", "SearchHit", "Fingerprint"]

QUOTE_KINDS = ("direct", "indirect", "mixed")
ENTITY_KINDS = ("PERSON", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class Document:
    """One raw input before cleaning: the bytes-turned-text of a file, row, page or feed entry.

    ``meta`` carries what the source itself said about the document (a JSONL
    column, a feed entry's date, the page's URL); cleaning may fill the rest.
    """

    source: str
    content: str
    format: str = "text"  # "text" or "html"
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    language: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Quote:
    """One reported statement: what was said (``start``/``end``), how, by whom.

    Every span is a pair of character offsets into the owning article's text;
    only the resolved ``speaker_name``, ``medium`` and ``speaker`` (an entity id,
    once entities exist) are not spans. Cue and speaker spans are ``None`` for a
    quote-only paragraph that continues the previous speaker's words.
    """

    start: int
    end: int
    kind: str  # "direct" | "indirect" | "mixed"
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None  # resolved: "Sergey Lavrov" where the text says "the minister"
    medium: str | None = None  # the outlet the statement was given to, e.g. "Interfax"
    speaker: int | None = None  # entity id
    id: int | None = None

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def cue_in(self, text: str) -> str | None:
        return None if self.cue_start is None else text[self.cue_start : self.cue_end]

    def speaker_text_in(self, text: str) -> str | None:
        return None if self.speaker_start is None else text[self.speaker_start : self.speaker_end]

    def replace(self, **changes: Any) -> Quote:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Mention:
    """A name in an article (``start``/``end``), of ``kind``, and the entity it was resolved to.

    ``name`` is set where the words in the text are not the name itself: a
    quote's speaker written "the minister" is a mention of "Sergey Lavrov".
    """

    start: int
    end: int
    kind: str  # "PERSON" | "ORG" | "LOC" | "MISC"
    name: str | None = None
    role: str | None = None  # the office the article gives the name here: "Iran's envoy for Syria"
    entity: int | None = None
    id: int | None = None

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]


@dataclass(frozen=True)
class Entity:
    """One real person, organisation or place, across articles, outlets and spellings."""

    id: int
    name: str
    kind: str
    aliases: tuple[tuple[str, str], ...] = ()  # (name as written, why it is this entity)
    mentions: int = 0
    quotes: int = 0
    articles: int = 0
    external_ids: tuple[str, ...] = ()  # e.g. "wikidata:Q123", from `sayso entities import`


@dataclass(frozen=True)
class Article:
    """A cleaned article: the unit every later stage reads and annotates."""

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # "YYYY-MM-DD", only when the date is known in full
    published_partial: str | None = None  # "--MM-DD" when the year could not be proven
    place: str | None = None
    language: str | None = None
    author: str | None = None
    dateline: str | None = None
    agency: str | None = None  # the wire or agency a dateline names, e.g. "Reuters" in a Daily Sabah story
    removed: tuple[str, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)
    id: int | None = None
    duplicate_of: int | None = None
    quotes: tuple[Quote, ...] = ()  # filled by the NLP stage (sayso.nlp.stage)
    mentions: tuple[Mention, ...] = ()  # filled by the NLP stage

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class Fingerprint:
    """What duplicate detection keeps of an article (see ``sayso.ingest.dedup``)."""

    key: str  # exact identity of (outlet, title, text)
    signature: bytes  # MinHash values, uint64
    bands: tuple[int, ...]  # one LSH key per band, as signed 64-bit integers


@dataclass(frozen=True)
class Problem:
    """One input that could not be (fully) ingested, reported as one line."""

    source: str
    reason: str
    fatal: bool = True  # False: a warning, the input was still ingested
    code: str | None = None  # a machine-readable kind where a face adds advice, e.g. "blocked_url"

    def __str__(self) -> str:
        word = "error" if self.fatal else "warning"
        return f"{word}: {self.source}: {self.reason}"


@dataclass
class IngestSummary:
    """What one ingest run did; printed as the closing line of `sayso ingest`."""

    new: int = 0
    unchanged: int = 0
    duplicates: int = 0  # stored, marked duplicate_of an earlier article
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    interrupted: bool = False
    article_ids: list[int] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for p in self.problems if p.fatal)

    def skip_reasons(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for p in self.problems:
            if p.fatal:
                key = p.reason.split(":")[0]
                counts[key] = counts.get(key, 0) + 1
        return counts

    def line(self) -> str:
        parts = [f"{self.new} new", f"{self.unchanged} unchanged", f"{self.duplicates} near-duplicates"]
        text = ", ".join(parts) + f", {self.skipped} skipped"
        reasons = self.skip_reasons()
        if reasons:
            text += " (" + ", ".join(f"{n} {r}" for r, n in sorted(reasons.items())) + ")"
        if self.interrupted:
            text += "; interrupted: re-run the same command to finish"
        return text

    def as_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "skip_reasons": self.skip_reasons(),
            "problems": [
                {"source": p.source, "reason": p.reason, "fatal": p.fatal, "code": p.code} for p in self.problems
            ],
            "interrupted": self.interrupted,
            "article_ids": self.article_ids,
        }


@dataclass(frozen=True)
class SearchHit:
    """One article matching a search, with a snippet whose matches sit between HIGHLIGHT marks."""

    article: Article
    snippet: str
    rank: float

    HIGHLIGHT_START = "\x02"
    HIGHLIGHT_END = "\x03"

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, highlighted) pieces, for any face to render safely."""
        return split_highlights(self.snippet)


def split_highlights(marked: str) -> list[tuple[str, bool]]:
    """Text with matches between SearchHit's HIGHLIGHT marks as (text, highlighted) pieces, empty ones left out."""
    parts: list[tuple[str, bool]] = []
    for i, chunk in enumerate(marked.split(SearchHit.HIGHLIGHT_START)):
        if i == 0:
            parts.append((chunk, False))
            continue
        match, _, rest = chunk.partition(SearchHit.HIGHLIGHT_END)
        parts.append((match, True))
        parts.append((rest, False))
    return [(text, mark) for text, mark in parts if text]
