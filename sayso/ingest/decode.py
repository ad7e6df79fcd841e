"""Bytes to text: refuse binaries, detect legacy encodings, never guess silently wrong."""
from __future__ import annotations

import codecs
import re

import charset_normalizer

from ..errors import DecodeError

__all__ = ["decode_bytes"]

# Magic numbers of formats people drop into a folder of articles by mistake:
# naming the format is a clearer error than "binary file".
_MAGIC = [
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x7fELF", "a program"),
]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def _try(data: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(data: bytes, encoding: str | None = None, declared: str | None = None) -> str:
    """Decode the bytes of one input, or raise DecodeError saying why not.

    ``encoding`` is the user's word and is obeyed strictly. Otherwise, in order:
    a byte-order mark; UTF-8 when the bytes are valid UTF-8 (servers often
    declare latin-1 for UTF-8 pages, never the other way round); the charset the
    server or the page's <meta> declares, when it decodes; windows-1252 for text
    that is mostly ASCII (the WHATWG default for Western pages: statistical
    detection misreads short English texts with a few accents); then detection.
    """
    if not data.strip():
        raise DecodeError("empty: nothing to ingest")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"binary file: this is {what}, not text, HTML, JSONL, CSV or a feed")
    if encoding:
        try:
            return data.decode(encoding)
        except LookupError:
            raise DecodeError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    # NUL bytes never occur in text in a single-byte encoding or UTF-8.
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file: contains NUL bytes (not text, HTML, JSONL, CSV or a feed)")
    if (text := _try(data, "utf-8")) is not None:
        return text
    meta = _META_CHARSET.search(data[:4096])
    for hint in (declared, meta.group(1).decode("ascii") if meta else None):
        if hint and hint.lower().replace("_", "-") not in ("utf-8", "utf8") and (text := _try(data, hint)) is not None:
            return text
    sample = data[:100_000]
    if sum(byte < 0x80 for byte in sample) >= 0.9 * len(sample) and (text := _try(data, "cp1252")) is not None:
        return text
    best = charset_normalizer.from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise DecodeError("cannot tell the text encoding: pass --encoding NAME")
    try:
        return data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(
            f"looks like {best.encoding} but does not decode as it: pass --encoding NAME"
        ) from None
