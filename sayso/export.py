"""Export records (DESIGN.md): JSON Lines and CSV. Field names are a contract: extend, never rename."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from .errors import ConfigError
from .model import Article, Quote

__all__ = ["article_record", "article_summary", "quote_record", "quote_listing", "write_export", "FORMATS", "ARTICLE_FIELDS"]

FORMATS = ("jsonl", "csv")
ARTICLE_FIELDS = (
    "type", "id", "source", "url", "title", "outlet", "published", "place", "language", "text", "removed",
    "duplicate_of",
    # extensions beyond the DESIGN.md record
    "published_partial", "author", "dateline", "agency",
)


def article_record(article: Article) -> dict[str, Any]:
    return {
        "type": "article",
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published,
        "place": article.place,
        "language": article.language,
        "text": article.text,
        "removed": list(article.removed),
        "duplicate_of": article.duplicate_of,
        "published_partial": article.published_partial,
        "author": article.author,
        "dateline": article.dateline,
        "agency": article.agency,
    }


def _quote_fields(quote: Quote, article_id: int | None, text: str, cue: str | None, speaker_text: str | None) -> dict[str, Any]:
    return {
        "type": "quote",
        "id": quote.id,
        "article": article_id,
        "start": quote.start,
        "end": quote.end,
        "text": text,
        "kind": quote.kind,
        "cue": cue,
        "speaker": quote.speaker,
        "speaker_name": quote.speaker_name,
        "speaker_text": speaker_text,
        "speaker_start": quote.speaker_start,
        "speaker_end": quote.speaker_end,
        "medium": quote.medium,
        # extensions beyond the DESIGN.md record
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
    }


def quote_record(quote: Quote, article_id: int | None, article_text: str) -> dict[str, Any]:
    """The DESIGN.md quote record; ``article_text`` is the text the offsets point into."""
    return _quote_fields(
        quote, article_id, quote.text_in(article_text), quote.cue_in(article_text), quote.speaker_text_in(article_text)
    )


def quote_listing(row: dict[str, Any]) -> dict[str, Any]:
    """A quote record as lists show it: the record plus its article's title, outlet and date."""
    record = _quote_fields(row["quote"], row["article"], row["text"], row["cue"], row["speaker_text"])
    record.update(title=row["title"], outlet=row["outlet"], published=row["published"])
    return record


SUMMARY_FIELDS = ("id", "title", "outlet", "published", "published_partial", "place", "language", "source", "url",
                  "duplicate_of")


def article_summary(article: Article) -> dict[str, Any]:
    """An article record without its text: what lists and search hits show."""
    record = article_record(article)
    return {key: record[key] for key in SUMMARY_FIELDS}


def write_export(articles: Iterable[Article], out: IO[str], fmt: str = "jsonl") -> int:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        # each article is followed by its quote records
        for article in articles:
            out.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
            count += 1
            for quote in article.quotes:
                out.write(json.dumps(quote_record(quote, article.id, article.text), ensure_ascii=False) + "\n")
                count += 1
        return count
    writer = csv.DictWriter(out, fieldnames=ARTICLE_FIELDS, lineterminator="\n")
    writer.writeheader()
    for article in articles:
        record = article_record(article)
        record["removed"] = json.dumps(record["removed"], ensure_ascii=False)
        writer.writerow(record)
        count += 1
    return count
