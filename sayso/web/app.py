"""The FastAPI application: routes, per-thread read-only libraries, one error envelope, safe headers."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from importlib import resources
from typing import Iterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..api import HTTPProblem
from ..api import router as api_router
from ..config import Settings
from ..errors import ConfigError, NotFoundError, SaysoError, StoreError
from ..services import Library, open_library
from . import pages

__all__ = ["create_app"]

# Scraped text is hostile: even if something slipped past escaping, no inline
# script, no foreign origin and no plugin could run.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
        " form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class _Libraries:
    """One read-only library connection per worker thread: SQLite connections are not shared."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._local = threading.local()

    def get(self) -> Library:
        library = getattr(self._local, "library", None)
        if library is None:
            library = open_library(settings=self.settings, read_only=True)
            self._local.library = library
        return library


def _status_of(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, HTTPProblem):
        return exc.status, exc.code
    if isinstance(exc, NotFoundError):
        return 404, "not_found"
    if isinstance(exc, ConfigError):
        return 400, "bad_request"
    if isinstance(exc, StoreError):
        return 503, "library_unavailable"
    return 400, "bad_input"


def create_app(settings: Settings) -> FastAPI:
    """The app for the library named by ``settings.db`` (which must exist)."""
    open_library(settings=settings, read_only=True).close()  # fail now, not on the first request
    app = FastAPI(
        title="sayso",
        version=__version__,
        description="Who said what, about whom, when — and who reported it. Read-only JSON API over a sayso library.",
        docs_url=None,  # served from vendored assets below: no CDN at run time
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.libraries = _Libraries(settings)

    @contextmanager
    def open_writer() -> Iterator[Library]:
        # Pages named by remote callers are fetched with the private-address guard on, always.
        with open_library(settings=settings.replace(allow_private=False), create=False) as library:
            yield library

    app.state.open_writer = open_writer

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def error_response(request: Request, status: int, code: str, message: str):
        if pages.wants_html(request):
            return pages.render_error(request, status, message)
        return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)

    @app.exception_handler(SaysoError)
    async def sayso_error(request: Request, exc: SaysoError):
        status, code = _status_of(exc)
        return error_response(request, status, code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "body", "path"))
            problems.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
        return error_response(request, 400, "bad_request", "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return error_response(request, exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        return error_response(request, 500, "internal_error", "internal error: please report it")

    app.include_router(api_router)
    app.include_router(pages.router)
    static = resources.files("sayso.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request):
        return pages.templates.TemplateResponse(request, "docs.html", {})

    return app
