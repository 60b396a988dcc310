"""Reading every input of a brief into English articles with unique ids."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from briefing.errors import InputError
from briefing.ingest.fetch import TIMEOUT_SECONDS, HttpClient, UrllibClient, is_url
from briefing.ingest.files import check_size, parse_bytes, read_path
from briefing.ingest.formats import skip_or_raise
from briefing.ingest.furniture import is_furniture_page
from briefing.ingest.language import looks_english
from briefing.ingest.remote import TEASER_FETCHES, read_remote
from briefing.models import Article
from briefing.settings import DEFAULT_MAX_BYTES


def load_articles(
    inputs: Sequence[str],
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skipped: list[InputError] | None = None,
    client: HttpClient | None = None,
    allow_private: bool = False,
    timeout: float = TIMEOUT_SECONDS,
    parallel: int = TEASER_FETCHES,
) -> list[Article]:
    """Read every input (a file, a folder, a URL or ``-`` for stdin) into English articles.

    A URL may be a feed, an OPML list of feeds, or an article page; ``client`` fetches it
    (default: ``UrllibClient``, ``timeout`` seconds a fetch, ``parallel`` teaser pages at
    once). With a ``skipped`` list, a bad item inside a folder, a feed or a JSONL file, a
    source that cannot be fetched, an article that is not English or a page of nothing but
    furniture, is recorded there and left out instead of raising; a bad local input named
    directly always raises. Links found in documents never lead to a private or local
    address off the document's own site unless ``allow_private``.
    """
    if not inputs:
        raise InputError("no input given")
    articles: list[Article] = []
    for name in inputs:
        if is_url(name) or Path(name).suffix.lower() == ".opml":
            client = client or UrllibClient(timeout, max_bytes, allow_private=allow_private)
            try:
                found = read_remote(
                    name, client, skipped, max_bytes, allow_private, parallel=parallel
                )
                articles.extend(found)
            except InputError as error:
                skip_or_raise(error, skipped)  # one source down does not sink the brief
        elif name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            check_size(len(data), max_bytes, "<stdin>")
            articles.extend(parse_bytes(data, "<stdin>", kind=None, skipped=skipped))
        else:
            articles.extend(read_path(Path(name), max_bytes, skipped))
    articles = [a for a in articles if _is_english(a, skipped) and _is_article(a, skipped)]
    if not articles:
        if skipped and len(skipped) == 1:
            raise skipped[0]
        first = f"; the first: {skipped[0]}" if skipped else ""
        raise InputError(f"no usable articles{first}", ", ".join(inputs))
    articles = [_web_address(a) for a in articles]
    return _unique_ids(articles)


def _is_english(article: Article, skipped: list[InputError] | None) -> bool:
    if looks_english(article.text):
        return True
    skip_or_raise(
        InputError("does not look like English; not summarised", _where(article)), skipped
    )
    return False


def _is_article(article: Article, skipped: list[InputError] | None) -> bool:
    if not is_furniture_page(article.text):
        return True
    message = (
        "only page furniture (a share, location or reprint notice, a time stamp), no article text"
    )
    skip_or_raise(InputError(message, _where(article)), skipped)
    return False


def _where(article: Article) -> str:
    """The file, and the article's id when the file holds several (a JSONL row, a feed item)."""
    if not article.path:
        return article.id
    if article.id and article.id != Path(article.path).stem:
        return f"{article.path} ({article.id})"
    return article.path


def _unique_ids(articles: list[Article]) -> list[Article]:
    seen: dict[str, int] = {}
    out = []
    for article in articles:
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        out.append(replace(article, id=f"{article.id}-{count + 1}") if count else article)
    return out


def _web_address(article: Article) -> Article:
    """Only http(s) links are kept ("javascript:", "data:" are dropped); the outlet defaults
    to the link's host."""
    url = article.url.strip()
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        url = ""
    return replace(article, url=url, outlet=article.outlet or urlsplit(url).hostname or "")


def shorten(article: Article, limit: int) -> Article:
    """The article cut to at most ``limit`` characters, at the last paragraph or sentence
    break before it (a new record; the article itself is left as it is)."""
    if len(article.text) <= limit:
        return article
    window = article.text[:limit]
    cut = max(window.rfind("\n\n"), window.rfind(". ") + 1)
    return replace(article, text=article.text[: cut if cut > limit // 2 else limit].rstrip())
