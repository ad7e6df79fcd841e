"""The web UI: server-rendered pages (Jinja2, autoescaped) that also answer as JSON.

Each page builds the same payload the JSON API gives and renders it, so
``?format=json`` (or an ``Accept: application/json`` header) returns exactly
what the page shows.
"""
from __future__ import annotations

from importlib import resources
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates

from ..api import (
    MAX_PAGE,
    ArticleId,
    articles_payload,
    empty_search,
    get_library,
    parse_id,
    search_payload,
    stats_payload,
)
from ..export import article_record, article_summary
from ..services import Library
from .charts import bar_chart, timeline_chart

__all__ = ["router", "templates", "wants_html", "render_error"]

PER_PAGE = 20

templates = Jinja2Templates(directory=str(resources.files("sayso.web").joinpath("templates")))


def safe_href(url: object) -> str | None:
    """A URL fit for an href: http(s) only, so javascript: and data: links never become links."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def date_label(record: dict[str, Any]) -> str:
    if record.get("published"):
        return record["published"]
    partial = record.get("published_partial")
    if partial:  # "--03-10": month and day, the year unproven
        month, day = int(partial[2:4]), int(partial[5:7])
        return f"{day} {_MONTH_NAMES[month - 1]} (year unknown)"
    return "undated"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")


templates.env.filters["safe_href"] = safe_href
templates.env.globals["date_label"] = date_label


def _accept_weights(header: str) -> dict[str, float]:
    weights: dict[str, float] = {}
    for item in header.split(","):
        kind, *params = [part.strip() for part in item.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if kind:
            weights[kind.lower()] = max(q, weights.get(kind.lower(), 0.0))
    return weights


def wants_html(request: Request) -> bool:
    """HTML unless the path is the API, ?format=json, or Accept prefers JSON to HTML."""
    if request.url.path.startswith("/api/") or request.query_params.get("format", "").lower() == "json":
        return False
    weights = _accept_weights(request.headers.get("accept", ""))
    json_q = weights.get("application/json", 0.0)
    html_q = max(weights.get("text/html", 0.0), weights.get("*/*", 0.0) if "application/json" not in weights else 0.0)
    return not json_q > html_q


def json_link(request: Request) -> str:
    """This page as JSON: a relative link that keeps the query (never an absolute or off-site URL)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    return "?" + urlencode([*params, ("format", "json")])


templates.env.globals["json_link"] = json_link


def respond(request: Request, template: str, payload: dict[str, Any], **view: Any):
    if not wants_html(request):
        response = JSONResponse(payload)
    else:
        response = templates.TemplateResponse(request, template, {**payload, **view})
    response.headers["Vary"] = "Accept"
    return response


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message}, status_code=status)


def _page_link(request: Request, page: int) -> str:
    params = {k: v for k, v in request.query_params.items() if k != "page" and v}
    params["page"] = str(page)
    return f"{request.url.path}?{urlencode(params)}"


def _pager(request: Request, page: int, has_more: bool) -> dict[str, str | None]:
    return {
        "previous": _page_link(request, page - 1) if page > 1 else None,
        "next": _page_link(request, page + 1) if has_more else None,
    }


router = APIRouter(include_in_schema=False)


def _page() -> Any:
    return Query(1, ge=1, le=MAX_PAGE * 100)


def _text() -> Any:
    # A new Query per parameter: FastAPI must not share one between parameters.
    return Query(None, max_length=500)



@router.get("/", response_class=HTMLResponse)
def home(request: Request, library: Library = Depends(get_library)):
    stats = stats_payload(library)
    latest = library.summaries(limit=10)
    outlets = list(stats["outlets"].items())
    if stats["without_outlet"]:
        outlets.append(("(no outlet known)", stats["without_outlet"]))
    return respond(
        request, "home.html", {"stats": stats, "latest": latest},
        outlet_chart=bar_chart(outlets[:12], title="Articles per outlet"),
        timeline=timeline_chart([(d["date"], d["articles"]) for d in stats["by_date"]], title="Articles over time"),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, q: str | None = _text(), outlet: str | None = _text(), since: str | None = _text(),
    until: str | None = _text(), page: int = _page(), library: Library = Depends(get_library),
):
    outlets = list(library.outlet_counts())
    form = {"q": q or "", "outlet": outlet or "", "since": since or "", "until": until or ""}
    if not (q and q.strip()):
        return respond(request, "search.html", empty_search("", PER_PAGE, 0),
                       form=form, outlets=outlets, pager=_pager(request, 1, False))
    payload = search_payload(library, q, outlet or None, since or None, until or None, PER_PAGE, (page - 1) * PER_PAGE)
    return respond(request, "search.html", payload, form=form, outlets=outlets,
                   pager=_pager(request, page, payload["has_more"]))


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request, outlet: str | None = _text(), since: str | None = _text(), until: str | None = _text(),
    page: int = _page(), library: Library = Depends(get_library),
):
    payload = articles_payload(library, outlet or None, since or None, until or None, PER_PAGE, (page - 1) * PER_PAGE)
    form = {"outlet": outlet or "", "since": since or "", "until": until or ""}
    return respond(request, "articles.html", payload, form=form, outlets=list(library.outlet_counts()),
                   pager=_pager(request, page, payload["has_more"]))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str = ArticleId(), library: Library = Depends(get_library)):
    article = library.article(parse_id(article_id))
    record = article_record(article)
    original = article_summary(library.article(article.duplicate_of)) if article.duplicate_of else None
    return respond(request, "article.html", {"article": record, "duplicate_of_article": original},
                   paragraphs=[p for p in article.text.split("\n\n") if p.strip()])
