"""RSS and Atom feeds through feedparser: each entry becomes a Document.

An entry's page is fetched when it links to one; when that fails and the
feed carries the entry's text itself, that text is used and a warning says so.
"""
from __future__ import annotations

import time
from typing import Callable, Iterator

import feedparser

from ..errors import InputError
from ..model import Document, Problem
from .extract import looks_like_html

__all__ = ["looks_like_feed", "feed_documents"]

_MIN_FEED_TEXT_WORDS = 40


def looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    if head.startswith("<?xml"):
        return any(tag in text[:8192].lower() for tag in ("<rss", "<feed", "<rdf:rdf"))
    return head.startswith(("<rss", "<feed", "<rdf:rdf"))


def _iso(value: object) -> str | None:
    """feedparser's struct_time as an ISO string (what the rest of sayso reads)."""
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%dT%H:%M:%S", value)
    return str(value) if value else None


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    best = max(contents, key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def feed_documents(
    content: str | bytes,
    source: str,
    fetch_page: Callable[[str, dict], Document],
    base_url: str | None = None,
) -> Iterator[Document | Problem]:
    """The entries of one feed; ``fetch_page(url, entry_meta)`` returns the entry's page as a Document.

    The page's own title, date and author win; the entry's fill what the page lacks.
    """
    headers = {"content-location": base_url} if base_url else None  # resolves relative entry links
    parsed = feedparser.parse(content, response_headers=headers)
    entries = parsed.get("entries", [])
    if not entries:
        reason = parsed.get("bozo_exception")
        detail = f": {reason}" if reason else ""
        yield Problem(source, f"malformed feed: no entries could be read{detail}")
        return
    if parsed.get("bozo"):
        yield Problem(source, f"feed is not well formed ({parsed.get('bozo_exception')}); read what could be read", fatal=False)
    channel = parsed.get("feed", {})
    language = (channel.get("language") or "")[:2].lower() or None
    for number, entry in enumerate(entries, start=1):
        link = entry.get("link")
        published = _iso(entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published"))
        meta = {
            "feed": source,
            "feed_title": channel.get("title"),
            "entry_id": entry.get("id"),
            "entry_title": entry.get("title"),
            "entry_published": published,
            "entry_author": entry.get("author"),
        }
        meta = {key: value for key, value in meta.items() if value}
        fields = dict(
            title=entry.get("title"),
            published=published,
            author=entry.get("author"),
            language=language,
            outlet=channel.get("title"),
        )
        text = _entry_text(entry)
        text_format = "html" if looks_like_html(text) else "text"
        if link and link.startswith(("http://", "https://")):
            try:
                page = fetch_page(link, {k: v for k, v in meta.items() if v})
            except InputError as exc:
                if len(text.split()) >= _MIN_FEED_TEXT_WORDS:
                    yield Problem(link, f"page not fetched ({exc}); used the feed's own text", fatal=False)
                    yield Document(source=link, content=text, format=text_format, url=link, meta=meta, **fields)
                else:
                    yield Problem(link, str(exc), code=exc.code)
                continue
            # The page's metadata comes from extraction; the entry's only fills gaps (see extract_html).
            yield Document(
                source=page.source, content=page.content, format=page.format, url=page.url or link,
                language=page.language or language, meta={**meta, **page.meta},
            )
        elif text.strip():
            yield Document(source=f"{source}#entry={number}", content=text, format=text_format, url=link, meta=meta, **fields)
        else:
            yield Problem(f"{source}#entry={number}", "feed entry has neither a link nor any text")
