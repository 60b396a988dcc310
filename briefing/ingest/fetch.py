"""Fetching feeds, OPML lists and article pages over HTTP.

The client is injectable (anything with ``get(url) -> Response``), so tests use a
local server or a fake, and nothing here reaches the network unless asked to.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol

from briefing._version import __version__
from briefing.errors import InputError

USER_AGENT = f"briefing/{__version__} (+https://github.com/briefing/briefing)"
TIMEOUT_SECONDS = 20.0
MAX_BYTES = 5 * 1024 * 1024


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
    ):
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent

    def get(self, url: str) -> Response:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as reply:
                body = reply.read(self.max_bytes + 1)
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


def _reason(reason: object) -> str:
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return "timed out"
    return getattr(reason, "strerror", None) or str(reason)


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))
