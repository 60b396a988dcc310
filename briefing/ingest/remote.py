"""Inputs behind URLs: feeds, OPML lists of feeds, and article pages, through an HttpClient."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from briefing.errors import InputError
from briefing.ingest.fetch import HttpClient, check_found, is_url
from briefing.ingest.files import decode, guess_kind, parse_bytes, read_file
from briefing.ingest.formats import from_feed, from_html, skip_or_raise, slug
from briefing.models import Article
from briefing.settings import DEFAULT_MAX_BYTES

TEASER_WORDS = 120
TEASER_FETCHES = 4  # teaser pages fetched at once
MAX_OPML_DEPTH = 3


def read_remote(
    name: str,
    client: HttpClient,
    skipped: list[InputError] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_private: bool = False,
    seen: set[str] | None = None,
    depth: int = 0,
    parallel: int = TEASER_FETCHES,
) -> list[Article]:
    """A feed, an OPML list of feeds (a URL or a local .opml file), or an article page.

    A feed entry that carries only a teaser is replaced by its linked page's text when
    that page can be fetched (``parallel`` pages at once). Links found in documents are
    checked (``check_found``), and an OPML list is read once however often it is listed,
    and no more than three lists deep."""
    seen = set() if seen is None else seen
    seen.add(name)
    if is_url(name):
        response = client.get(name)
        body, where = response.body, response.url or name
    else:
        body, where = read_file(Path(name), max_bytes), name
    head = decode(body[:1000], where)
    if "<opml" in head.lower():
        if depth >= MAX_OPML_DEPTH:
            raise InputError(f"OPML lists nested more than {MAX_OPML_DEPTH} deep", where)
        return _read_opml(
            body, where, client, skipped, max_bytes, allow_private, seen, depth, parallel
        )
    if not is_url(name):
        raise InputError("not an OPML file", name)
    if guess_kind(head) == "feed":
        entries = from_feed(body, where, skipped)
        with ThreadPoolExecutor(max_workers=parallel) as pool:  # hanging pages overlap
            return list(pool.map(lambda a: _full_text(a, client, where, allow_private), entries))
    return [
        replace(a, id=slug(where) or a.id, url=a.url or where)
        for a in parse_bytes(body, where, kind=None, skipped=skipped)
    ]


def _full_text(article: Article, client: HttpClient, feed: str, allow_private: bool) -> Article:
    if len(article.text.split()) >= TEASER_WORDS or not is_url(article.url):
        return article
    try:
        check_found(article.url, feed, allow_private)
        page = from_html(decode(client.get(article.url).body, article.url), article.url, "")
    except InputError:
        return article  # the teaser is still the publisher's own words
    return replace(article, text=page.text) if len(page.text) > len(article.text) else article


def _read_opml(
    body: bytes,
    name: str,
    client: HttpClient,
    skipped: list[InputError] | None,
    max_bytes: int,
    allow_private: bool,
    seen: set[str],
    depth: int,
    parallel: int,
) -> list[Article]:
    from xml.etree import ElementTree

    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as exc:
        raise InputError(f"not a valid OPML file: {exc}", name) from None
    feeds = [o.get("xmlUrl", "") for o in root.iter("outline") if o.get("xmlUrl")]
    if not feeds:
        raise InputError("no feeds (outline xmlUrl) in OPML file", name)
    articles = []
    for url in feeds:
        try:
            check_found(url, name, allow_private, "OPML entry")  # never a local path
            if url in seen:
                raise InputError("listed again; read once", url)
            articles += read_remote(
                url, client, skipped, max_bytes, allow_private, seen, depth + 1, parallel
            )
        except InputError as error:
            skip_or_raise(error, skipped)
    return articles
