"""Fetching feeds, OPML lists and article pages over HTTP.

The client is injectable (anything with ``get(url) -> Response``), so tests use a
local server or a fake, and nothing here reaches the network unless asked to.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import urlsplit

from briefing._version import __version__
from briefing.errors import InputError

USER_AGENT = f"briefing/{__version__} (+https://github.com/briefing/briefing)"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 5 * 1024 * 1024
READ_CHUNK = 64 * 1024


@dataclass
class Response:
    url: str  # after redirects
    body: bytes
    content_type: str = ""


class HttpClient(Protocol):
    def get(self, url: str) -> Response: ...


class UrllibClient:
    """A plain HTTP client with a timeout, a User-Agent and a size cap."""

    def __init__(
        self,
        timeout: float = TIMEOUT_SECONDS,
        max_bytes: int = MAX_BYTES,
        user_agent: str = USER_AGENT,
        allow_private: bool = False,
    ):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self._opener = urllib.request.build_opener(_Redirects(allow_private))

    def get(self, url: str) -> Response:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        deadline = time.monotonic() + self.timeout  # for the whole fetch, not each read
        try:
            with self._opener.open(request, timeout=self.timeout) as reply:
                body = _read_until(reply, self.max_bytes + 1, deadline, self.timeout, url)
                final, content_type = reply.geturl(), reply.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            raise InputError(f"HTTP {exc.code} {exc.reason}", url) from None
        except urllib.error.URLError as exc:
            raise InputError(f"cannot fetch: {_reason(exc.reason)}", url) from None
        except TimeoutError:
            raise InputError(f"no answer within {self.timeout:g} seconds", url) from None
        except OSError as exc:
            raise InputError(f"cannot fetch: {exc.strerror or exc}", url) from None
        if len(body) > self.max_bytes:
            raise InputError(f"larger than the limit of {self.max_bytes:,} bytes", url)
        return Response(final, body, content_type)


def _read_until(reply, limit: int, deadline: float, timeout: float, url: str) -> bytes:
    """Up to ``limit`` bytes, in pieces, giving up at ``deadline``: a server that drips a
    byte at a time cannot hold a fetch open."""
    chunks, size = [], 0
    while size < limit:
        if time.monotonic() > deadline:
            raise InputError(f"took longer than {timeout:g} seconds", url)
        chunk = reply.read1(min(READ_CHUNK, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return "timed out"
    return getattr(reason, "strerror", None) or str(reason)


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Redirects go to web addresses only, and not from elsewhere into a private network."""

    def __init__(self, allow_private: bool):
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        check_found(newurl, req.full_url, self.allow_private, "redirect")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def check_found(url: str, found_in: str, allow_private: bool, what: str = "link") -> None:
    """A link found in a document (a feed's teaser link, an OPML entry, a redirect) may be
    followed only to a web address, and to a loopback, private or link-local one only on
    the document's own origin, unless the user allowed it (``fetch_private``)."""
    if not is_url(url):
        raise InputError(f"{what} is not a web (http or https) address: {url[:80]}", found_in)
    if allow_private or _origin(url) == _origin(found_in) or not is_private(url):
        return
    raise InputError(
        f"{what} to a private or local address refused: {url[:80]} (fetch_private = true "
        "allows it)",
        found_in,
    )


def is_private(url: str) -> bool:
    """Whether the URL's host is, or resolves to, a loopback, private, link-local or
    otherwise non-public address."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = [ipaddress.ip_address(host)]
    except ValueError:
        try:
            infos = socket.getaddrinfo(host, None)
        except (OSError, UnicodeError):
            return False  # it cannot be reached at all; fetching it fails with a reason
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    return any(not a.is_global for a in addresses)


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    return parts.scheme.lower(), (parts.hostname or "").lower(), port
