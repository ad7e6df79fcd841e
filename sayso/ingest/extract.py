"""HTML to text and metadata, through trafilatura."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

import trafilatura

from ..errors import ExtractError
from ..model import Document

__all__ = ["extract_html", "looks_like_html"]

_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I | re.S)
_TAGS = re.compile(r"</?(?:p|div|span|a|br|article|h[1-6])\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_TAGS.findall(head)) >= 3


def extract_html(doc: Document) -> Document:
    """The main text of an HTML document with its metadata; fields already set in ``doc`` win."""
    html = doc.content
    try:
        result = trafilatura.bare_extraction(
            html,
            url=doc.url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # Don't let htmldate guess from copyright lines or URLs alone: a wrong date is worse than none.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        result = result.as_dict() if result is not None else None
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken input
        result = None
        failure = f"{type(exc).__name__}"
    else:
        failure = "no main text found"
    text = (result or {}).get("text") or ""
    if not text.strip():
        # Fall back to all visible text: cleaning still removes the furniture.
        text = trafilatura.html2txt(html) or ""
        if len(text.split()) < 30:
            raise ExtractError(f"no article text in the HTML ({failure})")
        result = result or {}
    lang = _LANG.search(html[:4096])
    meta = dict(doc.meta)
    url = result.get("url") or doc.url  # the canonical URL names the article best
    site = result.get("sitename")
    if site and url and site.casefold().removeprefix("www.") in (urlsplit(url).netloc.casefold().removeprefix("www."), ""):
        site = None  # trafilatura's fallback is the host name: let the outlet table read the domain instead
    if site:
        meta.setdefault("site_name", site)
    return Document(
        source=doc.source,
        content=text,
        format="text",
        url=url,
        title=doc.title or result.get("title") or meta.get("entry_title"),
        outlet=doc.outlet or site,
        published=doc.published or result.get("date") or meta.get("entry_published"),
        author=doc.author or result.get("author") or meta.get("entry_author"),
        language=doc.language or (lang.group(1).lower() if lang else None),
        meta=meta,
    )
