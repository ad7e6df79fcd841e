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
    EntityId,
    QuoteQuery,
    article_payload,
    articles_payload,
    empty_search,
    entities_payload,
    entity_payload,
    get_library,
    parse_id,
    quotes_payload,
    search_payload,
    speakers_payload,
    stats_payload,
)
from ..export import article_summary
from ..model import ENTITY_KINDS, QUOTE_KINDS
from ..services import Library
from .charts import bar_chart, outlet_timeline_chart, timeline_chart
from .highlight import marked_paragraphs

__all__ = ["router", "templates", "wants_html", "render_error"]

PER_PAGE = 20
QUOTES_ON_SEARCH = 5  # the search page shows the first few quotes and links to the explorer for the rest
ENTITY_QUOTES = 20  # the latest quotes an entity page lists; the explorer has the rest
SPEAKER_LOOKUP = 200  # the most quoted entities searched for the home page's speakers' pages
SPEAKER_SUGGESTIONS = 50  # the most quoted names, offered while typing a speaker (a datalist: no script needed)

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


def quotes_link(**filters: str | None) -> str:
    """The quote explorer with these filters, e.g. every quote of one speaker."""
    return "/quotes?" + urlencode({key: value for key, value in filters.items() if value})


templates.env.globals["quotes_link"] = quotes_link


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
async def home(request: Request, library: Library = Depends(get_library)):
    stats = stats_payload(library)
    latest = library.summaries(limit=10)
    outlets = list(stats["outlets"].items())
    if stats["without_outlet"]:
        outlets.append(("(no outlet known)", stats["without_outlet"]))
    speakers = speakers_payload(library, 12)["items"]
    if speakers:  # each name's entity, where one by that name is among the most quoted
        ids: dict[str, int] = {}
        for e in library.entities(limit=SPEAKER_LOOKUP):
            ids.setdefault(e.name.lower(), e.id)
        speakers = [{**s, "entity": ids.get(s["name"].lower())} for s in speakers]
    payload = {"stats": stats, "latest": latest, "speakers": speakers, "latest_quotes": library.quotes(limit=6)}
    return respond(
        request, "home.html", payload,
        outlet_chart=bar_chart(outlets[:12], title="Articles per outlet"),
        timeline=timeline_chart([(d["date"], d["articles"]) for d in stats["by_date"]], title="Articles over time"),
    )


@router.get("/search", response_class=HTMLResponse)
async def search_page(
    request: Request, q: str | None = _text(), outlet: str | None = _text(), since: str | None = _text(),
    until: str | None = _text(), page: int = _page(), library: Library = Depends(get_library),
):
    outlets = list(library.outlet_counts())
    form = {"q": q or "", "outlet": outlet or "", "since": since or "", "until": until or ""}
    if not (q and q.strip()):
        payload = {**empty_search("", PER_PAGE, 0), "quotes": {"items": [], "total": 0}}
        return respond(request, "search.html", payload, form=form, outlets=outlets, pager=_pager(request, 1, False))
    payload = search_payload(library, q, outlet or None, since or None, until or None, PER_PAGE, (page - 1) * PER_PAGE)
    # The same words over the quotes: the first few here, all of them in the explorer.
    quotes = quotes_payload(library, QuoteQuery(outlet=outlet, since=since, until=until, search=q), QUOTES_ON_SEARCH, 0)
    payload["quotes"] = {"items": quotes["items"], "total": quotes["total"]}
    return respond(request, "search.html", payload, form=form, outlets=outlets,
                   pager=_pager(request, page, payload["has_more"]),
                   all_quotes=quotes_link(q=q, outlet=outlet, since=since, until=until))


@router.get("/articles", response_class=HTMLResponse)
async def articles_page(
    request: Request, outlet: str | None = _text(), since: str | None = _text(), until: str | None = _text(),
    page: int = _page(), library: Library = Depends(get_library),
):
    payload = articles_payload(library, outlet or None, since or None, until or None, PER_PAGE, (page - 1) * PER_PAGE)
    form = {"outlet": outlet or "", "since": since or "", "until": until or ""}
    return respond(request, "articles.html", payload, form=form, outlets=list(library.outlet_counts()),
                   pager=_pager(request, page, payload["has_more"]))


@router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article_page(request: Request, article_id: str = ArticleId(), library: Library = Depends(get_library)):
    article = library.article(parse_id(article_id))
    record = article_payload(article)
    original = article_summary(library.article(article.duplicate_of)) if article.duplicate_of else None
    return respond(request, "article.html", {"article": record, "duplicate_of_article": original},
                   paragraphs=marked_paragraphs(article.text, record["quotes"]))


@router.get("/quotes", response_class=HTMLResponse)
async def quotes_page(
    request: Request, speaker: str | None = _text(), q: str | None = _text(), outlet: str | None = _text(),
    since: str | None = _text(), until: str | None = _text(), kind: str | None = _text(), page: int = _page(),
    speaker_entity: int | None = Query(None, ge=1, le=2**63 - 1), library: Library = Depends(get_library),
):
    query = QuoteQuery(speaker=speaker, speaker_entity=speaker_entity, outlet=outlet, since=since, until=until,
                       search=q, kind=kind)
    payload = quotes_payload(library, query, PER_PAGE, (page - 1) * PER_PAGE)
    form = {"speaker": speaker or "", "q": q or "", "outlet": outlet or "", "since": since or "",
            "until": until or "", "kind": kind or "", "speaker_entity": speaker_entity or ""}
    entity = library.entity(speaker_entity) if speaker_entity else None  # unknown id: 404
    suggestions = [s["name"] for s in speakers_payload(library, SPEAKER_SUGGESTIONS)["items"]]
    return respond(request, "quotes.html", payload, form=form, outlets=list(library.outlet_counts()),
                   speakers=suggestions, kinds=QUOTE_KINDS, pager=_pager(request, page, payload["has_more"]),
                   entity=entity)


@router.get("/entities", response_class=HTMLResponse)
async def entities_page(
    request: Request, kind: str | None = Query(None, max_length=20), q: str | None = Query(None, max_length=200),
    page: int = _page(), library: Library = Depends(get_library),
):
    payload = entities_payload(library, kind or None, q or None, PER_PAGE, (page - 1) * PER_PAGE)
    form = {"kind": (kind or "").upper(), "q": q or ""}
    return respond(request, "entities.html", payload, form=form, kinds=ENTITY_KINDS,
                   pager=_pager(request, page, payload["has_more"]))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
async def entity_page(request: Request, entity_id: str = EntityId(), library: Library = Depends(get_library)):
    record = entity_payload(library, parse_id(entity_id, "entity_id"), quotes=ENTITY_QUOTES)
    points = [(t["date"], t["outlet"], t["quotes"]) for t in record["timeline"]]
    outlets = [(o["outlet"] or "(no outlet known)", o["quotes"]) for o in record["outlets"] if o["quotes"]]
    return respond(
        request, "entity.html", {"entity": record},
        timeline=outlet_timeline_chart(points, title=f"Statements by {record['name']} over time, by outlet"),
        outlet_chart=bar_chart(outlets[:12], title="Outlets that quote them most"),
    )
