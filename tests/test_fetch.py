"""URL fetching against a real local HTTP server: limits, redirects, and the private-address guard."""
import pytest

from sayso.config import Settings
from sayso.errors import BlockedURLError, FetchError, TooLargeError
from sayso.ingest.fetch import Fetcher, vet_url

LOCAL = Settings(allow_private=True, fetch_timeout=1.0, max_fetch_bytes=1_000_000, max_redirects=3)


def fetch(url, settings=LOCAL):
    with Fetcher(settings) as fetcher:
        return fetcher.fetch(url)


def test_fetches_a_page(http_server):
    page = fetch(http_server + "/article")
    assert page.content_type == "text/html"
    assert b"Envoy hails progress" in page.content


def test_follows_redirects_and_reports_the_final_url(http_server):
    page = fetch(http_server + "/redirect")
    assert page.url.endswith("/article")


def test_redirect_loop_is_capped(http_server):
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(http_server + "/loop")


@pytest.mark.parametrize(
    "path, error, message",
    [
        ("/slow", FetchError, "timed out"),
        ("/huge", TooLargeError, "too large"),
        ("/image.png", FetchError, "image/png"),
        ("/nowhere", FetchError, "HTTP 404"),
        ("/broken", FetchError, "broken response|unreachable"),
    ],
)
def test_bad_responses_fail_clearly(http_server, path, error, message):
    with pytest.raises(error, match=message):
        fetch(http_server + path)


def test_private_addresses_are_refused_by_default(http_server):
    with pytest.raises(BlockedURLError, match="private, loopback or link-local"):
        fetch(http_server + "/article", Settings())


def test_redirect_to_a_private_address_is_refused_even_from_allowed_host(http_server):
    # The local server is allowed here, but its redirect points at a link-local metadata address:
    # every hop is vetted, and without allow_private even the first hop fails.
    with pytest.raises(BlockedURLError):
        fetch(http_server + "/to-metadata", Settings())


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/x", "gopher://example.org/", "javascript:alert(1)"],
)
def test_only_http_schemes(url):
    with pytest.raises(FetchError):
        vet_url(url, allow_private=True)


@pytest.mark.parametrize("host", ["127.0.0.1", "10.0.0.8", "192.168.1.1", "169.254.169.254", "[::1]", "0.0.0.0",
                                  "[::ffff:127.0.0.1]", "100.64.0.1", "[::127.0.0.1]", "[64:ff9b::7f00:1]",
                                  "[64:ff9b::a9fe:a9fe]", "[2002:7f00:1::]", "[fec0::1]", "2130706433", "127.1"])
def test_private_ranges_blocked(host):
    with pytest.raises(BlockedURLError):
        vet_url(f"http://{host}/x")
