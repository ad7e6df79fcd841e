"""The JSON HTTP API: thin routes over the library's services, in the export records' field names.

Every error answers with one envelope: ``{"error": {"status", "code", "message"}}``.
"""
from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.concurrency import run_in_threadpool

from .errors import ConfigError, SaysoError
from .export import article_record, article_summary
from .model import SearchHit
from .services import Library

__all__ = ["router", "MAX_PAGE", "search_payload", "articles_payload", "stats_payload", "hit_record"]

MAX_PAGE = 200  # the largest page any list answers


class HTTPProblem(SaysoError):
    """An error with its HTTP status, raised by routes and rendered as the error envelope."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code = status, code


MAX_ID = 2**63 - 1


def ArticleId() -> Any:  # noqa: N802 - reads as a type in signatures
    # A string checked by pattern: "+1", " 1" or "1_000" are not ids, and none may overflow SQLite.
    return Path(..., pattern=r"^[1-9][0-9]{0,18}$", description="An article id.")


def parse_id(value: str) -> int:
    number = int(value)
    if number > MAX_ID:
        raise HTTPProblem(400, "bad_request", "article_id: too large")
    return number


def get_library(request: Request) -> Library:
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
    return {**stats, "by_date": [{"date": d, "articles": n} for d, n in library.date_counts()]}


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


class ArticleRecord(ArticleSummary):
    type: str = "article"
    text: str
    removed: list[str] = Field(description="Lines removed as page furniture")
    author: str | None
    dateline: str | None
    agency: str | None


class SnippetPart(BaseModel):
    text: str
    match: bool


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



@router.get("/health", summary="Is the server up and the library readable?", response_model=None)
def health(library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(library.health())


@router.get("/stats", summary="What is in the library: articles per outlet and per day, date range.",
            response_model=None)
def stats(library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(stats_payload(library))


@router.get("/articles", summary="Articles, newest first; with q, search hits (the /api/search shape).",
            **_doc(ArticleList))
def list_articles(
    outlet: str | None = Outlet(), since: str | None = Since(), until: str | None = Until(),
    q: str | None = Query(None, max_length=500, description="Full-text search words."),
    limit: int = Limit(), offset: int = Offset(), library: Library = Depends(get_library),
) -> JSONResponse:
    if q is not None and q.strip():
        return JSONResponse(search_payload(library, q, outlet, since, until, limit, offset))
    return JSONResponse(articles_payload(library, outlet, since, until, limit, offset))


@router.get("/articles/{article_id}", summary="One article: the export record with its text and removed lines.",
            **_doc(ArticleRecord))
def get_article(article_id: str = ArticleId(), library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(article_record(library.article(parse_id(article_id))))


@router.get("/search", summary="Full-text search over titles and texts, with highlighted snippets.",
            **_doc(SearchResult))
def search(
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
