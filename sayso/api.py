"""The JSON HTTP API: thin routes over the library's services, in the export records' field names.

Every error answers with one envelope: ``{"error": {"status", "code", "message"}}``.
"""
from __future__ import annotations

import hmac
from typing import Any

from fastapi import APIRouter, Body, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

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
    items = library.articles(outlet=outlet, since=since, until=until, limit=limit, offset=offset)
    total = library.count_articles(outlet=outlet, since=since, until=until)
    return {"items": [article_summary(a) for a in items], "total": total, "limit": limit, "offset": offset,
            "has_more": offset + len(items) < total}


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
def get_article(article_id: int, library: Library = Depends(get_library)) -> JSONResponse:
    return JSONResponse(article_record(library.article(article_id)))


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


@router.post("/ingest", summary="Ingest URLs (off unless the server has an ingest token; send it as a Bearer token).",
             response_model=None)
def ingest(
    request: Request,
    body: IngestRequest = Body(...),
    authorization: str | None = Header(None),
) -> dict[str, Any]:
    token = request.app.state.settings.ingest_token
    if not token:
        raise HTTPProblem(403, "ingest_disabled", "ingesting over HTTP is off: start the server with an ingest_token")
    sent = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(sent.encode(), token.encode()):
        raise HTTPProblem(401, "unauthorized", "send the ingest token as 'Authorization: Bearer TOKEN'")
    bad = [u for u in body.urls if not u.startswith(("http://", "https://"))]
    if bad:
        # Remote callers name pages on the web, never files on the server.
        raise ConfigError(f"only http(s) URLs can be ingested over HTTP, not {bad[0][:80]!r}")
    with request.app.state.open_writer() as library:
        summary = library.ingest(body.urls, outlet=body.outlet, published=body.published)
    return summary.as_dict()
