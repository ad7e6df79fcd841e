"""The FastAPI application: routes, per-thread read-only libraries, one error envelope, safe headers."""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from importlib import resources
from typing import Iterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
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
    """One read-only library connection per worker thread: SQLite connections are not shared.

    Each request checks that the file is still the one opened (a `mv` of a
    rebuilt library over it, or its removal, must not leave threads answering
    from different files).
    """

    def __init__(self, settings: Settings):
        self.settings = settings
        self._local = threading.local()

    def _identity(self) -> tuple[int, int]:
        try:
            info = os.stat(self.settings.db)
        except OSError:
            raise StoreError("the library file is gone: the server cannot answer until it is back") from None
        return info.st_dev, info.st_ino

    def get(self) -> Library:
        identity = self._identity()
        library = getattr(self._local, "library", None)
        if library is not None and self._local.identity != identity:
            library.close()
            library = None
        if library is None:
            try:
                library = open_library(settings=self.settings, read_only=True)
            except NotFoundError:
                raise StoreError("the library file is gone: the server cannot answer until it is back") from None
            self._local.library, self._local.identity = library, identity
        return library


class _SecurityHeaders:
    """Pure ASGI middleware: every response gets the headers, errors and 500s included."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        return await self.app(scope, receive, send_with_headers)


class _HeadAsGet:
    """HEAD is answered like GET, without the body (every route here is a GET)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def send_headers_only(message):
            if message["type"] == "http.response.body":
                message = {**message, "body": b"", "more_body": False} if not message.get("more_body") else None
            if message is not None:
                await send(message)

        return await self.app({**scope, "method": "GET"}, receive, send_headers_only)


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

    app.router.redirect_slashes = False  # its redirects would echo the Host header
    app.add_middleware(_HeadAsGet)
    app.add_middleware(_SecurityHeaders)

    def error_response(request: Request, status: int, code: str, message: str, headers: dict | None = None):
        if pages.wants_html(request):
            response = pages.render_error(request, status, message)
        else:
            response = JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)
        response.headers.update(headers or {})
        return response

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
        return error_response(request, exc.status_code, code, message, dict(exc.headers or {}))

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
