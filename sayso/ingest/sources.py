"""Inputs to Documents: files, folders, ``-`` for stdin, JSONL/CSV exports, URLs and feeds.

``iter_documents`` yields a Document per article found, or a Problem per input
(or row, or feed entry) that cannot be read, so one bad input never stops a batch.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import BinaryIO, Iterator, Mapping, Sequence

from ..config import Settings
from ..errors import ConfigError, InputError, TooLargeError
from ..model import Document, Problem
from .decode import decode_bytes
from .extract import looks_like_html
from .feeds import feed_documents, looks_like_feed
from .fetch import Fetcher

__all__ = ["iter_documents", "FIELDS", "parse_column_overrides", "FILE_TYPES"]

FILE_TYPES = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json",
    ".csv": "csv", ".tsv": "tsv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
# Column names recognised in JSONL/CSV exports, compared case- and punctuation-insensitively.
FIELDS: dict[str, tuple[str, ...]] = {
    "content": ("text", "content", "body", "article_content", "article_text", "full_text", "fulltext",
                "maintext", "article", "story", "article_body", "body_text", "content_text"),
    "title": ("title", "headline", "article_title", "heading"),
    "url": ("url", "link", "canonical_url", "source_url", "article_url", "href", "permalink"),
    "published": ("date", "published", "published_at", "pubdate", "pub_date", "publish_date", "published_date",
                  "date_published", "datetime", "publication_date", "created_at"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "sitename", "media", "newspaper",
               "source_name", "publication", "domain"),
    "author": ("author", "authors", "byline", "writer"),
    "language": ("language", "lang"),
}
_TABULAR_CAP_FACTOR = 50  # an export holds many articles: allow 50 documents' worth of bytes


def _printable(name: str) -> str:
    """A file name that can be stored and shown: undecodable bytes become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.strip().lower()).strip("_")


def parse_column_overrides(pairs: Sequence[str]) -> dict[str, str]:
    """'text=body_html' style flags to {field: column}; 'text' is accepted for 'content'."""
    result = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field = {"text": "content", "date": "published", "source": "outlet"}.get(field.strip(), field.strip())
        if not sep or field not in FIELDS or not column.strip():
            raise ConfigError(
                f"bad --column {pair!r}: write FIELD=COLUMN with FIELD one of text, title, url, date, outlet, author, language"
            )
        result[field] = column.strip()
    return result


def _column_map(keys: Sequence[str], overrides: Mapping[str, str]) -> dict[str, str]:
    by_norm = {_norm(k): k for k in keys}
    mapping = {}
    for field, names in FIELDS.items():
        if field in overrides:
            wanted = _norm(overrides[field])
            if wanted in by_norm:
                mapping[field] = by_norm[wanted]
            continue
        for name in names:
            if name in by_norm:
                mapping[field] = by_norm[name]
                break
    return mapping


def _row_document(row: Mapping[str, object], mapping: Mapping[str, str], source: str) -> Document | Problem:
    def get(field: str) -> str | None:
        column = mapping.get(field)
        value = row.get(column) if column else None
        if value is None or isinstance(value, (dict, list)):
            return None
        text = str(value).strip()
        return text or None

    content = get("content")
    if not content:
        known = ", ".join(FIELDS["content"][:4])
        return Problem(source, f"no text: the row has no value in a text column ({known}…; map one with --column text=NAME)")
    url, outlet = get("url"), get("outlet")
    if outlet and not url and outlet.startswith(("http://", "https://")):
        url = outlet  # a "source" column holding the article's address
    return Document(
        source=source,
        content=content,
        format="html" if looks_like_html(content) else "text",
        url=url,
        title=get("title"),
        outlet=outlet,
        published=get("published"),
        author=get("author"),
        language=get("language"),
    )


def _looks_like_csv(text: str) -> bool:
    """A header line naming a text column, split by one delimiter: an export on stdin."""
    header = text.lstrip().split("\n", 1)[0]
    for delimiter in (",", ";", "\t", "|"):
        names = [_norm(n.strip('"')) for n in header.split(delimiter)]
        if len(names) >= 2 and set(names) & set(FIELDS["content"]):
            return True
    return False


class _Reader:
    def __init__(self, settings: Settings, columns: Mapping[str, str], encoding: str | None, stdin: BinaryIO | None):
        self.settings = settings
        self.columns = columns
        self.encoding = encoding
        self.stdin = stdin
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self.settings)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    # -- one input ---------------------------------------------------------
    def documents(self, item: str) -> Iterator[Document | Problem]:
        try:
            if item == "-":
                yield from self._stdin()
            elif re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", item):
                yield from self._url(item)
            else:
                yield from self._path(Path(item), item)
        except InputError as exc:
            yield Problem(item, str(exc), code=exc.code)

    def _stdin(self) -> Iterator[Document | Problem]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        data = stream.read(self.settings.max_file_bytes * _TABULAR_CAP_FACTOR + 1)
        yield from self._from_bytes("-", data, kind=None)

    def _url(self, url: str) -> Iterator[Document | Problem]:
        page = self.fetcher.fetch(url)
        kind = "feed" if page.is_feed_type else None
        yield from self._from_bytes(url, page.content, kind=kind, url=page.url, charset=page.charset)

    def _path(self, path: Path, given: str) -> Iterator[Document | Problem]:
        if path.is_dir():
            yield from self._folder(path)
            return
        if not path.exists():
            raise InputError("no such file or folder")
        if not path.is_file():
            raise InputError("not a regular file (a device, pipe or socket): not read")
        kind = FILE_TYPES.get(path.suffix.lower())
        try:
            cap = self.settings.max_file_bytes * (_TABULAR_CAP_FACTOR if kind in ("jsonl", "json", "csv", "tsv") else 1)
            with open(path, "rb") as fh:
                data = fh.read(cap + 1)  # never trust st_size: /proc files and growing files lie
            if len(data) > cap:
                raise TooLargeError(f"too large: over {cap:,} bytes (raise max_file_bytes)")
        except PermissionError:
            raise InputError("cannot read: permission denied") from None
        except IsADirectoryError:
            raise InputError("is a folder") from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}") from None
        yield from self._from_bytes(given, data, kind=kind)

    def _folder(self, folder: Path) -> Iterator[Document | Problem]:
        for root, dirs, files in os.walk(folder, onerror=None):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or Path(name).suffix.lower() not in FILE_TYPES:
                    continue
                path = Path(root) / name
                if not path.is_file():  # pipes and sockets in a folder would block or fail: pass them by
                    continue
                given = _printable(str(path))
                try:
                    yield from self._path(path, given)
                except InputError as exc:
                    yield Problem(given, str(exc))

    # -- by format -----------------------------------------------------------
    def _from_bytes(
        self, source: str, data: bytes, kind: str | None, url: str | None = None, charset: str | None = None
    ) -> Iterator[Document | Problem]:
        text = decode_bytes(data, self.encoding, declared=charset)
        if kind is None or kind == "feed" and not looks_like_feed(text):
            kind = self._sniff(text)
        if kind == "feed":
            yield from feed_documents(text, source, self._fetch_entry_page, base_url=url)
        elif kind == "jsonl":
            yield from self._jsonl(source, text)
        elif kind == "json":
            yield from self._json(source, text)
        elif kind in ("csv", "tsv"):
            yield from self._csv(source, text, "\t" if kind == "tsv" else None)
        else:
            yield Document(source=source, content=text, format=kind, url=url)

    @staticmethod
    def _sniff(text: str) -> str:
        if looks_like_feed(text):
            return "feed"
        if looks_like_html(text):
            return "html"
        first = text.lstrip()[:1]
        if first == "{":
            return "jsonl"
        if first == "[":
            return "json"
        return "csv" if _looks_like_csv(text) else "text"

    def _fetch_entry_page(self, url: str, meta: dict) -> Document:
        page = self.fetcher.fetch(url)
        text = decode_bytes(page.content, self.encoding, declared=page.charset)
        return Document(source=url, content=text, format="html" if looks_like_html(text) else "text", url=page.url, meta=meta)

    def _jsonl(self, source: str, text: str) -> Iterator[Document | Problem]:
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{source}#line={number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Problem(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
                continue
            if not isinstance(record, dict):
                yield Problem(where, "not a JSON object")
                continue
            yield _row_document(record, _column_map(list(record), self.columns), where)

    def _json(self, source: str, text: str) -> Iterator[Document | Problem]:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Problem(source, f"invalid JSON: {exc.msg} at line {exc.lineno}")
            return
        if isinstance(data, dict):
            # {"articles": [...]} and similar wrappers: the one list of objects inside
            lists = [v for v in data.values() if isinstance(v, list) and v and all(isinstance(i, dict) for i in v)]
            data = lists[0] if len(lists) == 1 else [data]
        records = data if isinstance(data, list) else [data]
        for number, record in enumerate(records, start=1):
            where = f"{source}#item={number}"
            if not isinstance(record, dict):
                yield Problem(where, "not a JSON object")
                continue
            yield _row_document(record, _column_map(list(record), self.columns), where)

    def _csv(self, source: str, text: str, delimiter: str | None) -> Iterator[Document | Problem]:
        if delimiter is None:
            try:
                delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|").delimiter
            except csv.Error:
                delimiter = ","
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        mapping = _column_map(reader.fieldnames or [], self.columns)
        if "content" not in mapping:
            yield Problem(source, f"no text column among {', '.join(reader.fieldnames or [])}: map one with --column text=NAME")
            return
        number = 0
        while True:
            number += 1
            where = f"{source}#row={number}"
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield Problem(where, f"broken CSV row: {exc}")
                continue
            yield _row_document(row, mapping, where)


def iter_documents(
    inputs: Sequence[str],
    settings: Settings,
    *,
    columns: Mapping[str, str] | None = None,
    encoding: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Problem]:
    """Every Document (or Problem) found in ``inputs``, in order."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = _Reader(settings, columns or {}, encoding, stdin)
    try:
        for item in inputs:
            yield from reader.documents(item)
    finally:
        reader.close()
