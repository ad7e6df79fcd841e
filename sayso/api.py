"""The JSON HTTP API: thin routes over the library's services, in the export records' field names.

Every error answers with one envelope: ``{"error": {"status", "code", "message"}}``.
"""
from __future__ import annotations

import hmac
from dataclasses import asdict, dataclass
from typing import Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from .errors import ConfigError, NotFoundError, SaysoError
from .export import (
    article_record,
    article_summary,
    entity_profile_record,
    entity_summary,
    mention_record,
    quote_record,
)
from .model import ENTITY_KINDS, QUOTE_KINDS, Article, SearchHit
from .services import Library

__all__ = ["MAX_PAGE", "QuoteQuery", "article_payload", "articles_payload", "entities_payload", "entity_payload",
           "hit_record", "quotes_payload", "router", "search_payload", "speakers_payload", "stats_payload"]

MAX_PAGE = 200  # the largest page any list answers
QuoteKind = Literal[QUOTE_KINDS]  # the model's own tuple, so /docs lists exactly the kinds stored


class HTTPProblem(SaysoError):
    """An error with its HTTP status, raised by routes and rendered as the error envelope."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code = status, code


MAX_ID = 2**63 - 1


def ArticleId() -> Any:  # noqa: N802 - reads as a type in signatures
    # A string checked by pattern: "+1", " 1" or "1_000" are not ids, and none may overflow SQLite.
    return Path(..., pattern=r"^[1-9][0-9]{0,18}$", description="An article id.")


def EntityId() -> Any:  # noqa: N802 - reads as a type in signatures
    return Path(..., pattern=r"^[1-9][0-9]{0,18}$", description="An entity id.")


def parse_id(value: str, name: str = "article_id") -> int:
    number = int(value)
    if number > MAX_ID:
        raise HTTPProblem(400, "bad_request", f"{name}: too large")
    return number


async def get_library(request: Request) -> Library:
    # Routes are `async def` on purpose: a read is a few milliseconds of SQLite, and handing each request to a
    # worker thread cost more than it gave (p95 of /api/articles under 20 clients: 100 ms in threads, 37 ms here).
    # Every read runs on the event loop's thread, with that thread's one read-only connection.
    return request.app.state.libraries.get()


def hit_record(hit: SearchHit) -> dict[str, Any]:
    parts = hit.snippet_parts()
    return {
        **article_summary(hit.article),
        "snippet": "".join(text for text, _ in parts),
        "snippet_parts": [{"text": text, "match": marked} for text, marked in parts],
        "rank": hit.rank,
    }


def search_payload(library: Library, q: str, outlet: str | None, since: str | None, until: str | None,
                   limit: int, offset: int) -> dict[str, Any]:
    hits = library.search(q, outlet=outlet, since=since, until=until, limit=limit + 1, offset=offset)
    return {
        "query": q,
        "items": [hit_record(h) for h in hits[:limit]],
        "limit": limit,
        "offset": offset,
        "has_more": len(hits) > limit,
    }


def articles_payload(library: Library, outlet: str | None, since: str | None, until: str | None,
                     limit: int, offset: int) -> dict[str, Any]:
    items = library.summaries(outlet=outlet, since=since, until=until, limit=limit, offset=offset)
    total = library.count_articles(outlet=outlet, since=since, until=until)
    return {"items": items, "total": total, "limit": limit, "offset": offset, "has_more": offset + len(items) < total}


def empty_search(q: str, limit: int, offset: int) -> dict[str, Any]:
    return {"query": q, "items": [], "limit": limit, "offset": offset, "has_more": False}


def stats_payload(library: Library) -> dict[str, Any]:
    stats = library.stats()
    return {**stats, "quotes": library.count_quotes(),
            "by_date": [{"date": d, "articles": n} for d, n in library.date_counts()]}


def article_payload(article: Article) -> dict[str, Any]:
    """The export record of one article with its quote records and its named mentions."""
    return {**article_record(article), "quotes": [quote_record(q, article.id, article.text) for q in article.quotes],
            "mentions": [mention_record(m, article.text) for m in article.mentions]}


@dataclass(frozen=True)
class QuoteQuery:
    """The filters of a quote list, named as ``Library.quotes`` takes them; empty strings mean no filter."""

    speaker: str | None = None
    speaker_entity: int | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    search: str | None = None
    kind: str | None = None
    article: int | None = None

    def filters(self) -> dict[str, Any]:
        return {key: value or None for key, value in asdict(self).items()}


def quotes_payload(library: Library, query: QuoteQuery, limit: int, offset: int) -> dict[str, Any]:
    filters = query.filters()
    items = library.quotes(**filters, limit=limit, offset=offset)
    total = library.count_quotes(**filters)
    return {"items": items, "total": total, "limit": limit, "offset": offset, "has_more": offset + len(items) < total}


def speakers_payload(library: Library, limit: int) -> dict[str, Any]:
    return {"items": [{"name": name, "quotes": n} for name, n in library.top_speakers(limit)]}


def entities_payload(library: Library, kind: str | None, search: str | None, limit: int,
                     offset: int) -> dict[str, Any]:
    kind, search = kind or None, search or None
    items = [entity_summary(e) for e in library.entities(kind=kind, search=search, limit=limit, offset=offset)]
    total = library.count_entities(kind=kind, search=search)
    return {"items": items, "total": total, "limit": limit, "offset": offset, "has_more": offset + len(items) < total}


def entity_payload(library: Library, entity_id: int, quotes: int = 20) -> dict[str, Any]:
    """The entity profile (`sayso entity --json`), its quote count and its statements per day and outlet."""
    try:
        record = entity_profile_record(library.entity_profile(entity_id, quotes=quotes))
    except NotFoundError:
        record = None
    if record is None or record["id"] != entity_id:  # a digit string is an id to the library, but be sure
        raise HTTPProblem(404, "not_found", f"no entity with id {entity_id}")
    timeline = library.entity_profile(entity_id, quotes=quotes)["timeline"]
    record["quote_total"] = sum(n for _, _, n in timeline)
    record["timeline"] = [{"date": d, "outlet": o or "(no outlet known)", "quotes": n} for d, o, n in timeline if d]
    record["undated_quotes"] = sum(n for d, _, n in timeline if not d)
    return record


# -- documented shapes --------------------------------------------------------------
# Routes return JSONResponse directly (validating every record on the way out costs
# more than the query); these models document the shapes in /docs and /openapi.json.
class ArticleSummary(BaseModel):
    id: int
    title: str | None
    outlet: str | None
    published: str | None = Field(description="YYYY-MM-DD, or null")
    published_partial: str | None = Field(description="--MM-DD when the year is not proven")
    place: str | None
    language: str | None
    source: str = Field(description="The path or URL exactly as given to `sayso ingest`")
    url: str | None
    duplicate_of: int | None = Field(description="The first copy of a near-duplicate")


class QuoteRecord(BaseModel):
    type: str = "quote"
    id: int
    article: int = Field(description="The id of the article the offsets point into")
    start: int = Field(description="Character offset of the quote in the article's text")
    end: int
    text: str
    kind: str = Field(description=" | ".join(QUOTE_KINDS))
    cue: str | None = Field(description='The reporting words, e.g. "said", "according to"')
    speaker: int | None = Field(description="The speaker's entity id, once entities are resolved; else null")
    speaker_name: str | None = Field(description='The resolved name, e.g. "Sergey Lavrov" where the text says "he"')
    speaker_text: str | None = Field(description="The speaker's words in the text")
    speaker_start: int | None
    speaker_end: int | None
    medium: str | None = Field(description='The outlet the statement was given to, e.g. "Interfax"')
    cue_start: int | None
    cue_end: int | None


class SnippetPart(BaseModel):
    text: str
    match: bool = Field(description="Whether this piece matches the search words")


class QuoteListing(QuoteRecord):
    title: str | None = Field(description="The article's title")
    outlet: str | None = Field(description="The article's outlet")
    published: str | None = Field(description="The article's date, YYYY-MM-DD, or null")
    text_parts: list[SnippetPart] | None = Field(
        None, description="Only when searching (q): `text` in pieces that join up to it, the words that match"
                          " the search marked `match`; absent otherwise")


class QuoteList(BaseModel):
    items: list[QuoteListing] = Field(description="Newest articles first; in text order inside an article")
    total: int
    limit: int
    offset: int
    has_more: bool


class SpeakerCount(BaseModel):
    name: str = Field(description="The resolved speaker name")
    quotes: int


class SpeakerList(BaseModel):
    items: list[SpeakerCount] = Field(description="Most quoted first")


class MentionRecord(BaseModel):
    start: int = Field(description="Character offset of the name in the article's text")
    end: int
    text: str = Field(description="The words in the text")
    kind: str = Field(description=" | ".join(ENTITY_KINDS))
    entity: int | None = Field(description="The entity the mention resolved to; null before resolution")


class ArticleRecord(ArticleSummary):
    type: str = "article"
    text: str
    removed: list[str] = Field(description="Lines removed as page furniture")
    author: str | None
    dateline: str | None
    agency: str | None
    quotes: list[QuoteRecord] = Field(description="The article's quotes, in text order")
    mentions: list[MentionRecord] = Field(description="The named mentions (people, organisations, places)")


class EntitySummary(BaseModel):
    type: str = "entity"
    id: int
    name: str = Field(description="The canonical name")
    kind: str = Field(description=" | ".join(ENTITY_KINDS))
    aliases: list[str] = Field(description="Other ways the name is written")
    alias_reasons: dict[str, str] = Field(description="For each alias, why it was merged into this entity")
    mention_count: int
    quote_count: int
    article_count: int
    external_ids: list[str] = Field(description='e.g. "wikidata:Q123"')


class EntityList(BaseModel):
    items: list[EntitySummary] = Field(description="Most quoted first, then most mentioned")
    total: int
    limit: int
    offset: int
    has_more: bool


class RoleRecord(BaseModel):
    role: str = Field(description='The office an article gives them, e.g. "Russian envoy"')
    country: str | None = Field(None, description='The country the office belongs to, e.g. "Russia"')
    article: int = Field(description="The article that says so")
    published: str | None


class OutletQuotes(BaseModel):
    outlet: str | None = Field(description="null where the outlet is not known")
    articles: int = Field(description="Articles of this outlet that mention them")
    quotes: int = Field(description="Their quotes in this outlet")


class EntityRef(BaseModel):
    id: int
    name: str
    kind: str


class CoMention(EntityRef):
    articles: int = Field(description="Articles mentioning both")


class KeptApart(BaseModel):
    id: int
    name: str
    why: str = Field(description="Why this look-alike was not merged")


class TimelinePoint(BaseModel):
    date: str
    outlet: str
    quotes: int


class EntityProfile(EntitySummary):
    roles: list[RoleRecord] = Field(description="Offices over time, as the articles give them")
    outlets: list[OutletQuotes] = Field(description="The outlets that quote them most first")
    co_mentions: list[CoMention] = Field(description="Entities mentioned in the same articles, most shared first")
    quotes: list[QuoteListing] = Field(description="Their latest quotes (see /api/quotes?speaker_entity=ID for all)")
    kept_apart: list[KeptApart] = Field(description="Look-alike entities deliberately not merged")
    others: list[EntityRef] = Field(description="Other entities the same name could mean")
    quote_total: int = Field(description="All their quotes")
    timeline: list[TimelinePoint] = Field(description="Their dated quotes per day and outlet")
    undated_quotes: int


class SearchHitRecord(ArticleSummary):
    snippet: str
    snippet_parts: list[SnippetPart]
    rank: float


class ArticleList(BaseModel):
    items: list[ArticleSummary]
    total: int
    limit: int
    offset: int
    has_more: bool


class SearchResult(BaseModel):
    query: str
    items: list[SearchHitRecord]
    limit: int
    offset: int
    has_more: bool


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def _doc(model: type[BaseModel]) -> dict:
    return {"response_model": None, "responses": {200: {"model": model}, 400: {"model": ErrorEnvelope},
                                                   404: {"model": ErrorEnvelope}}}


router = APIRouter(prefix="/api", tags=["library"])


# Factories, not shared objects: FastAPI must get a new Query for every parameter.
def Limit() -> Any:  # noqa: N802 - reads as a type in signatures
    return Query(50, ge=1, le=MAX_PAGE, description=f"Items per page (at most {MAX_PAGE}).")


def Offset() -> Any:  # noqa: N802
    return Query(0, ge=0, le=10_000_000, description="Items to skip.")


def Since() -> Any:  # noqa: N802
    return Query(None, description="Published on or after (YYYY-MM-DD).", max_length=40)


def Until() -> Any:  # noqa: N802
    return Query(None, description="Published on or before (YYYY-MM-DD).", max_length=40)


def Outlet() -> Any:  # noqa: N802
    return Query(None, description="Only this outlet (case-insensitive).", max_length=200)


def EntityKind() -> Any:  # noqa: N802
    return Query(None, max_length=20, description=f"Only this kind: {', '.join(ENTITY_KINDS)} (case-insensitive).")


def SpeakerEntity() -> Any:  # noqa: N802
    return Query(None, ge=1, le=MAX_ID, description="Only the quotes of this entity (its id, as in `speaker`).")



@router.get("/health", summary="Is the server up and the library readable?", response_model=None)
async def health(library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(library.health())


@router.get("/stats", summary="What is in the library: articles per outlet and per day, date range, quotes.",
            response_model=None)
async def stats(library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(stats_payload(library))


@router.get("/speakers", summary="The most quoted speakers (by resolved name), most first.", **_doc(SpeakerList))
async def speakers(
    limit: int = Query(20, ge=1, le=MAX_PAGE, description=f"How many (at most {MAX_PAGE})."),
    library: Library = Depends(get_library),
) -> JSONResponse:
    return JSONResponse(speakers_payload(library, limit))


@router.get("/articles", summary="Articles, newest first; with q, search hits (the /api/search shape).",
            **_doc(ArticleList))
async def list_articles(
    outlet: str | None = Outlet(), since: str | None = Since(), until: str | None = Until(),
    q: str | None = Query(None, max_length=500, description="Full-text search words."),
    limit: int = Limit(), offset: int = Offset(), library: Library = Depends(get_library),
) -> JSONResponse:
    if q is not None and q.strip():
        return JSONResponse(search_payload(library, q, outlet, since, until, limit, offset))
    return JSONResponse(articles_payload(library, outlet, since, until, limit, offset))


@router.get("/articles/{article_id}",
            summary="One article: the export record with its text, removed lines and quote records.",
            **_doc(ArticleRecord))
async def get_article(article_id: str = ArticleId(), library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(article_payload(library.article(parse_id(article_id))))


@router.get("/quotes", summary="Quotes with their article's title, outlet and date; newest articles first;"
                               " with q, each quote's text_parts mark the matching words.",
            **_doc(QuoteList))
async def list_quotes(
    speaker: str | None = Query(
        None, max_length=200, description='Part of the resolved speaker name or of the words in the text ("Lavrov").'),
    speaker_entity: int | None = SpeakerEntity(),
    outlet: str | None = Outlet(), since: str | None = Since(), until: str | None = Until(),
    q: str | None = Query(None, max_length=500, description="Full-text search over the quotes' words and speakers."),
    kind: QuoteKind | None = Query(None, description="Only this kind of quote."),
    article: int | None = Query(None, ge=1, le=MAX_ID, description="Only the quotes of this article."),
    limit: int = Limit(), offset: int = Offset(), library: Library = Depends(get_library),
) -> JSONResponse:
    query = QuoteQuery(speaker=speaker, speaker_entity=speaker_entity, outlet=outlet, since=since, until=until,
                       search=q, kind=kind, article=article)
    return JSONResponse(quotes_payload(library, query, limit, offset))


@router.get("/entities", summary="People, organisations and places, most quoted first.", **_doc(EntityList))
async def list_entities(
    kind: str | None = EntityKind(),
    q: str | None = Query(None, max_length=200, description="Part of the name or of an alias."),
    limit: int = Limit(), offset: int = Offset(), library: Library = Depends(get_library),
) -> JSONResponse:
    return JSONResponse(entities_payload(library, kind, q, limit, offset))


@router.get("/entities/{entity_id}",
            summary="One entity: aliases with merge reasons, roles, quotes, outlets, co-mentions, look-alikes kept apart.",
            **_doc(EntityProfile))
async def get_entity(entity_id: str = EntityId(), library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(entity_payload(library, parse_id(entity_id, "entity_id")))


@router.get("/search", summary="Full-text search over titles and texts, with highlighted snippets.",
            **_doc(SearchResult))
async def search(
    q: str = Query(..., min_length=1, max_length=500, description='Words; "phrases", OR, NOT and prefix* work.'),
    outlet: str | None = Outlet(), since: str | None = Since(), until: str | None = Until(),
    limit: int = Limit(), offset: int = Offset(), library: Library = Depends(get_library),
) -> JSONResponse:
    return JSONResponse(search_payload(library, q, outlet, since, until, limit, offset))


class IngestRequest(BaseModel):
    urls: list[str] = Field(..., min_length=1, max_length=100, description="http(s) URLs of pages or feeds.")
    outlet: str | None = None
    published: str | None = None


def _check_token(request: Request, authorization: str | None) -> None:
    token = request.app.state.settings.ingest_token
    if not token:
        raise HTTPProblem(403, "ingest_disabled", "ingesting over HTTP is off: start the server with an ingest_token")
    scheme, _, sent = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(sent.strip().encode(), token.encode()):
        raise HTTPProblem(401, "unauthorized", "send the ingest token as 'Authorization: Bearer TOKEN'")


@router.post(
    "/ingest",
    summary="Ingest URLs (off unless the server has an ingest token; send it as a Bearer token).",
    response_model=None,
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
        "schema": IngestRequest.model_json_schema()}}}},
)
async def ingest(request: Request, authorization: str | None = Header(None)) -> JSONResponse:
    _check_token(request, authorization)  # before the body is even read
    try:
        body = IngestRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors())
        raise HTTPProblem(400, "bad_request", problems) from None
    bad = [u for u in body.urls if not u.startswith(("http://", "https://"))]
    if bad:
        # Remote callers name pages on the web, never files on the server.
        raise ConfigError(f"only http(s) URLs can be ingested over HTTP, not {bad[0][:80]!r}")

    def run() -> dict[str, Any]:
        with request.app.state.open_writer() as library:
            return library.ingest(body.urls, outlet=body.outlet, published=body.published).as_dict()

    return JSONResponse(await run_in_threadpool(run))
