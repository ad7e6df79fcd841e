"""Fetching URLs with httpx, safely: the fetcher must never become a way into a private network.

Every hop of a redirect chain is vetted: http(s) only, and the host's
addresses must all be public unless ``allow_private`` is set. The request then
connects to the address that was vetted (the Host header and TLS server name
keep the original host), so a DNS answer that changes between the check and
the connection cannot slip a private address in.
"""
from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from ..config import Settings
from ..errors import BlockedURLError, FetchError, TooLargeError

__all__ = ["Fetcher", "FetchedPage", "vet_url"]

ACCEPTED_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the final URL, after redirects
    content: bytes
    content_type: str
    charset: str | None

    @property
    def is_feed_type(self) -> bool:
        return self.content_type in FEED_TYPES


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """IPv4 addresses an IPv6 address carries: mapped, compatible, NAT64, 6to4, Teredo."""
    found = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip in _IPV4_COMPATIBLE or ip in _NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    return found


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded:
            return all(_is_public(inner) for inner in embedded)
        if ip.is_site_local:
            return False
    return ip.is_global and not ip.is_multicast


def vet_url(url: str, allow_private: bool = False) -> tuple[httpx.URL, str]:
    """Check one URL; return it parsed with the address to connect to."""
    try:
        parsed = httpx.URL(url)
    except Exception:
        raise FetchError("not a valid URL") from None
    if parsed.scheme not in ("http", "https"):
        raise BlockedURLError(f"refused: only http and https URLs are fetched, not {parsed.scheme or 'no'} scheme")
    host = parsed.host
    if not host:
        raise FetchError("the URL has no host")
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"unreachable: cannot resolve host {host} ({getattr(exc, 'strerror', exc)})") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not allow_private:
        private = [a for a in addresses if not _is_public(a)]
        if private:
            raise BlockedURLError(
                f"refused: {host} resolves to a private, loopback or link-local address ({private[0]})"
            )
    return parsed, str(addresses[0])


class Fetcher:
    """Fetches pages and feeds under the limits in :class:`Settings`. Use as a context manager."""

    def __init__(self, settings: Settings):
        self.settings = settings
        timeout = httpx.Timeout(settings.fetch_timeout, connect=min(settings.fetch_timeout, 10.0))
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=False,  # each hop is vetted by hand
            headers={"User-Agent": settings.user_agent, "Accept": ", ".join(ACCEPTED_TYPES) + ";q=0.9, */*;q=0.1"},
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str) -> FetchedPage:
        current = url
        for _ in range(self.settings.max_redirects + 1):
            parsed, address = vet_url(current, self.settings.allow_private)
            response = self._get(parsed, address)
            if isinstance(response, str):  # a redirect: vet the next hop
                current = response
                continue
            return response
        raise FetchError(f"too many redirects (more than {self.settings.max_redirects})")

    def _get(self, parsed: httpx.URL, address: str) -> FetchedPage | str:
        pinned = parsed.copy_with(host=address)
        headers = {"Host": parsed.netloc.decode("ascii")}
        extensions = {"sni_hostname": parsed.host} if parsed.scheme == "https" else {}
        deadline = time.monotonic() + self.settings.fetch_timeout * 2
        try:
            request = self._client.build_request("GET", pinned, headers=headers, extensions=extensions)
            response = self._client.send(request, stream=True)
        except httpx.TimeoutException:
            raise FetchError(f"unreachable: timed out after {self.settings.fetch_timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"unreachable: {type(exc).__name__}: {exc}") from None
        try:
            if response.is_redirect:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {response.status_code} redirect without a Location")
                return urljoin(str(parsed), location)
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type and not content_type.startswith(ACCEPTED_TYPES):
                raise FetchError(f"not an article or feed: the server sent {content_type}")
            declared = response.headers.get("content-length")
            cap = self.settings.max_fetch_bytes
            if declared and declared.isdigit() and int(declared) > cap:
                raise TooLargeError(f"too large: {int(declared):,} bytes (the cap is {cap:,})")
            chunks, size = [], 0
            try:
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise TooLargeError(f"too large: over {cap:,} bytes")
                    if time.monotonic() > deadline:
                        raise FetchError("unreachable: the server sends too slowly")
                    chunks.append(chunk)
            except httpx.TimeoutException:
                raise FetchError(f"unreachable: timed out after {self.settings.fetch_timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise FetchError(f"broken response: {type(exc).__name__}") from None
            return FetchedPage(
                url=str(parsed),
                content=b"".join(chunks),
                content_type=content_type,
                charset=response.charset_encoding,
            )
        finally:
            response.close()
