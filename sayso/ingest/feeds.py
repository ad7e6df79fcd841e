"""RSS and Atom feeds through feedparser: each entry becomes a Document.

An entry's page is fetched when it links to one; when that fails and the
feed carries the entry's text itself, that text is used and a warning says so.
"""
from __future__ import annotations

from typing import Callable, Iterator

import feedparser

from ..errors import InputError
from ..model import Document, Problem

__all__ = ["looks_like_feed", "feed_documents"]

_MIN_FEED_TEXT_WORDS = 40


def looks_like_feed(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith("<?xml") and any(tag in text[:8192].lower() for tag in ("<rss", "<feed", "<rdf:rdf")) or (
        head.startswith("<rss") or head.startswith("<feed")
    )


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    best = max(contents, key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def feed_documents(
    content: str | bytes,
    source: str,
    fetch_page: Callable[[str, dict], Document],
) -> Iterator[Document | Problem]:
    """The entries of one feed; ``fetch_page(url, entry_meta)`` returns the entry's page as a Document."""
    parsed = feedparser.parse(content)
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
        published = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published")
        meta = {
            "feed": source,
            "feed_title": channel.get("title"),
            "entry_id": entry.get("id"),
            "entry_summary": entry.get("summary"),
        }
        fields = dict(
            title=entry.get("title"),
            published=published,
            author=entry.get("author"),
            language=language,
            outlet=channel.get("title"),
        )
        text = _entry_text(entry)
        if link and link.startswith(("http://", "https://")):
            try:
                page = fetch_page(link, {k: v for k, v in meta.items() if v})
            except InputError as exc:
                if len(text.split()) >= _MIN_FEED_TEXT_WORDS:
                    yield Problem(link, f"page not fetched ({exc}); used the feed's own text", fatal=False)
                    yield Document(source=link, content=text, format="html", url=link, meta=meta, **fields)
                else:
                    yield Problem(link, str(exc))
                continue
            yield Document(
                source=page.source,
                content=page.content,
                format=page.format,
                url=page.url or link,
                title=page.title or fields["title"],
                published=page.published or fields["published"],
                author=page.author or fields["author"],
                language=page.language or language,
                outlet=page.outlet,
                meta={**meta, **page.meta},
            )
        elif text.strip():
            yield Document(source=f"{source}#entry={number}", content=text, format="html", url=link, meta=meta, **fields)
        else:
            yield Problem(f"{source}#entry={number}", "feed entry has neither a link nor any text")
