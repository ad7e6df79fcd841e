"""Export records (DESIGN.md): JSON Lines and CSV. Field names are a contract: extend, never rename."""
from __future__ import annotations

import csv
import json
from typing import IO, Any, Iterable

from .errors import ConfigError
from .model import Article, Entity, Mention, Quote, split_highlights
from .resolve.names import role_country

__all__ = ["article_record", "article_summary", "quote_record", "quote_listing", "entity_record", "entity_summary",
           "role_records",
           "entity_profile_record", "mention_record", "write_export", "FORMATS", "ARTICLE_FIELDS"]

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
    if "highlighted" in row:  # a search: the quote's words with the matches marked
        record["text_parts"] = highlight_parts(row["highlighted"], row["text"])
    return record


def highlight_parts(marked: str, text: str) -> list[dict[str, Any]]:
    """Text between SearchHit's HIGHLIGHT marks as [{"text", "match"}] pieces that join up to ``text``.

    Should the text itself hold a mark character, the pieces would not add up: then it is one unmarked piece.
    """
    parts = [{"text": piece, "match": match} for piece, match in split_highlights(marked)]
    if "".join(p["text"] for p in parts) != text:
        return [{"text": text, "match": False}] if text else []
    return parts


def entity_summary(entity: Entity) -> dict[str, Any]:
    """An entity as lists show it: the record without its mentions, with counts and each alias's reason."""
    return {
        "type": "entity",
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": [alias for alias, _ in entity.aliases if alias != entity.name],
        # extensions beyond the DESIGN.md record
        "alias_reasons": {alias: reason for alias, reason in entity.aliases if alias != entity.name},
        "mention_count": entity.mentions,
        "quote_count": entity.quotes,
        "article_count": entity.articles,
        "external_ids": list(entity.external_ids),
    }


def entity_record(entity: Entity, mentions: Iterable[Any], roles: Iterable[tuple[str, int, str | None]]) -> dict[str, Any]:
    """The DESIGN.md entity record: ``mentions`` rows carry article_id, start, end, text; roles are facts."""
    record = entity_summary(entity)
    record["roles"] = role_records(roles)
    record["mentions"] = [{"article": m["article_id"], "start": m["start"], "end": m["end"], "text": m["text"]}
                          for m in mentions]
    return record


def role_records(roles: Iterable[tuple[str, int, str | None]]) -> list[dict[str, Any]]:
    """Role facts (oldest first) as records: each office once, with the country and where and when first given."""
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for role, article, published in roles:
        if role.lower() not in seen:
            seen.add(role.lower())
            records.append({"role": role, "country": role_country(role), "article": article, "published": published})
    return records


def entity_profile_record(profile: dict[str, Any]) -> dict[str, Any]:
    """An entity profile (``Library.entity_profile``) as JSON: `sayso entity --json` and the API give this shape."""
    e = profile["entity"]
    return {
        **entity_summary(e),
        "roles": role_records(profile["roles"]),
        "outlets": [{"outlet": o, "articles": n, "quotes": q} for o, n, q in profile["outlets"]],
        "co_mentions": [{"id": other.id, "name": other.name, "kind": other.kind, "articles": n}
                        for other, n in profile["co_mentions"]],
        "quotes": profile["quotes"],
        "kept_apart": [{"id": other.id, "name": other.name, "why": reason} for other, reason in profile["kept_apart"]],
        "others": [{"id": other.id, "name": other.name, "kind": other.kind} for other in profile["others"]],
    }


def mention_record(mention: Mention, article_text: str) -> dict[str, Any]:
    """A named mention in an article: offsets into its text, the words there, and the entity it resolved to."""
    return {"start": mention.start, "end": mention.end, "text": mention.text_in(article_text), "kind": mention.kind,
            "entity": mention.entity}


SUMMARY_FIELDS = ("id", "title", "outlet", "published", "published_partial", "place", "language", "source", "url",
                  "duplicate_of")


def article_summary(article: Article) -> dict[str, Any]:
    """An article record without its text: what lists and search hits show."""
    record = article_record(article)
    return {key: record[key] for key in SUMMARY_FIELDS}


def write_export(articles: Iterable[Article], out: IO[str], fmt: str = "jsonl",
                 entities: Iterable[dict[str, Any]] = ()) -> int:
    """Write the records; in JSONL each article is followed by its quotes, and the entity records come last."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    count = 0
    if fmt == "jsonl":
        for article in articles:
            out.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
            count += 1
            for quote in article.quotes:
                out.write(json.dumps(quote_record(quote, article.id, article.text), ensure_ascii=False) + "\n")
                count += 1
        for record in entities:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
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
