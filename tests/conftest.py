"""Shared fixtures: the sample corpus, fresh library files, and a real local HTTP server."""
from __future__ import annotations

import http.server
import socketserver
import threading
import time
from pathlib import Path

import pytest

import sayso

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sayso" / "samples"
SHARED_DATA = ROOT.parent / "shared" / "data"

ARTICLE_HTML = """<!doctype html>
<html lang="en"><head><title>Envoy hails progress in Geneva - Test Wire</title>
<meta property="og:site_name" content="Test Wire">
<meta property="article:published_time" content="2026-03-04T10:20:00+03:00">
<link rel="canonical" href="{base}/news/envoy-progress"></head>
<body><nav><a href="/">Home</a> <a href="/latest">Latest</a></nav>
<article><h1>Envoy hails progress in Geneva</h1>
<p>GENEVA (Test Wire) - The special envoy said on Wednesday that the talks had made real progress,
adding that both delegations had agreed to meet again next week in the Swiss city.</p>
<p>"We are closer than we were on Monday," she told reporters outside the conference hall, where
delegations from four countries had spent the day discussing a monitoring mechanism for the truce.</p>
<p>Diplomats said the next round would focus on prisoner exchanges and humanitarian corridors.</p>
</article><footer>© 2026 Test Wire</footer></body></html>"""

FEED_XML = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>{base}/</link><description>t</description>
<item><title>Feed headline for the envoy story</title><link>{base}/article</link><author>desk@example.org (Feed Desk)</author>
<pubDate>Wed, 04 Mar 2026 10:20:00 +0300</pubDate><description>Short summary.</description></item>
<item><title>A page that is gone</title><link>/missing</link>
<pubDate>Thu, 05 Mar 2026 09:00:00 +0300</pubDate><description>Gone.</description></item>
</channel></rss>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict = {}

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        base = f"http://{self.headers['Host']}"
        route = self.routes.get(self.path.split("?")[0])
        if route is None:
            self.send_error(404, "Not Found")
            return
        route(self, base)


def _send(handler, body: bytes | str, content_type: str = "text/html; charset=utf-8", status: int = 200) -> None:
    data = body.encode("utf-8") if isinstance(body, str) else body
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


def _redirect(target: str):
    def route(handler, base):
        handler.send_response(302)
        handler.send_header("Location", target if "://" in target else base + target)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return route


def _slow(handler, base):
    time.sleep(3)
    _send(handler, ARTICLE_HTML.format(base=base))


def _huge(handler, base):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    chunk = b"<p>" + b"x" * 65536 + b"</p>"
    for _ in range(40):  # about 2.6 MB, past the tests' 1 MB cap
        handler.wfile.write(chunk)


def _broken(handler, base):
    # Promise more bytes than we send, then hang up.
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b"<html><body><p>cut short")
    handler.wfile.flush()
    handler.connection.shutdown(2)


ROUTES = {
    "/article": lambda h, b: _send(h, ARTICLE_HTML.format(base=b)),
    "/latin1": lambda h, b: _send(
        h, ARTICLE_HTML.format(base=b).replace("special envoy", "special envoy Inés").encode("latin-1"),
        "text/html; charset=iso-8859-1",
    ),
    "/feed.xml": lambda h, b: _send(h, FEED_XML.format(base=b), "application/rss+xml"),
    "/bad-feed.xml": lambda h, b: _send(h, "<?xml version='1.0'?><rss><channel><item><title>x", "application/rss+xml"),
    # (no site name, and no outlet in the dateline either: the outlet can come only from the host)
    "/nosite": lambda h, b: _send(h, ARTICLE_HTML.format(base=b).replace('<meta property="og:site_name" content="Test Wire">', "")
                                  .replace("GENEVA (Test Wire) -", "GENEVA -")),
    "/redirect": _redirect("/article"),
    "/loop": _redirect("/loop"),
    "/to-metadata": _redirect("http://169.254.169.254/latest/meta-data/"),
    "/slow": _slow,
    "/huge": _huge,
    "/broken": _broken,
    "/image.png": lambda h, b: _send(h, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png"),
    "/empty": lambda h, b: _send(h, "", "text/html"),
}


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:
        pass  # clients that hang up on purpose (size caps, timeouts) are expected here


@pytest.fixture(scope="session")
def http_server():
    """A real threaded HTTP server on 127.0.0.1 serving ROUTES; yields its base URL."""
    handler = type("Handler", (_Handler,), {"routes": ROUTES})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _no_quote_stage(monkeypatch):
    """Ingest skips the (slow) quote stage in tests unless a test or fixture turns it on with quotes=True."""
    monkeypatch.setenv("SAYSO_QUOTES", "0")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def library(db_path):
    with sayso.open(str(db_path), outlets_file=str(SAMPLES / "outlets.csv")) as lib:
        yield lib


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory) -> Path:
    """A library built once from the bundled sample corpus, quotes included (read-only for tests)."""
    path = tmp_path_factory.mktemp("samples") / "samples.db"
    with sayso.open(str(path), outlets_file=str(SAMPLES / "outlets.csv"), quotes=True) as lib:
        summary = lib.ingest([str(SAMPLES / "articles")])
    assert summary.failed == 0, summary.problems
    return path
