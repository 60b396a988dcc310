"""Reading articles from files, folders, JSONL and stdin.

Offsets elsewhere refer to ``Article.text`` as returned here (line endings
normalised to ``\\n``).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from briefing.errors import InputError
from briefing.ingest.fetch import HttpClient, UrllibClient, is_url
from briefing.ingest.language import looks_english
from briefing.models import Article

TEXT_SUFFIXES = {".txt", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
SUPPORTED = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def load_articles(
    inputs: Sequence[str],
    stdin: BinaryIO | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skipped: list[InputError] | None = None,
    client: HttpClient | None = None,
) -> list[Article]:
    """Read every input (a file, a folder, a URL or ``-`` for stdin) into English articles.

    A URL may be a feed, an OPML list of feeds, or an article page; ``client`` fetches
    it (default: ``UrllibClient``). With a ``skipped`` list, a bad item inside a folder,
    a feed or a JSONL file, a source that cannot be fetched, or an article that is not
    English, is recorded there and left out instead of raising; a bad local input
    named directly always raises.
    """
    if not inputs:
        raise InputError("no input given")
    articles: list[Article] = []
    for name in inputs:
        if is_url(name) or Path(name).suffix.lower() == ".opml":
            client = client or UrllibClient(max_bytes=max_bytes)
            try:
                articles.extend(read_remote(name, client, skipped, max_bytes))
            except InputError as error:
                _skip(error, skipped)  # one source down does not sink the brief
        elif name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            _check_size(len(data), max_bytes, "<stdin>")
            articles.extend(parse_bytes(data, "<stdin>", kind=None, skipped=skipped))
        else:
            articles.extend(read_path(Path(name), max_bytes, skipped))
    articles = [a for a in articles if _is_english(a, skipped)]
    if not articles:
        if skipped and len(skipped) == 1:
            raise skipped[0]
        first = f"; the first: {skipped[0]}" if skipped else ""
        raise InputError(f"no usable articles{first}", ", ".join(inputs))
    articles = [replace(a, outlet=a.outlet or urlsplit(a.url).hostname or "") for a in articles]
    return _unique_ids(articles)


def _skip(error: InputError, skipped: list[InputError] | None) -> None:
    """Record a bad item and go on, or, with no ``skipped`` list, raise it."""
    if skipped is None:
        raise error
    skipped.append(error)


def _check_size(size: int, max_bytes: int, name: str) -> None:
    if size > max_bytes:
        raise InputError(f"larger than the --max-bytes limit of {max_bytes:,} bytes", name)


def _is_english(article: Article, skipped: list[InputError] | None) -> bool:
    if looks_english(article.text):
        return True
    _skip(
        InputError("does not look like English; not summarised", article.path or article.id),
        skipped,
    )
    return False


def read_path(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, skipped: list[InputError] | None = None
) -> list[Article]:
    if not path.exists():
        raise InputError("no such file or folder", str(path))
    if path.is_dir():
        return read_folder(path, max_bytes, skipped)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(f"unsupported file type {suffix!r}", str(path))
    return parse_bytes(_read_file(path, max_bytes), str(path), kind=_kind(suffix), skipped=skipped)


def _read_file(path: Path, max_bytes: int) -> bytes:
    try:
        _check_size(path.stat().st_size, max_bytes, str(path))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from exc


def read_folder(
    folder: Path, max_bytes: int = DEFAULT_MAX_BYTES, skipped: list[InputError] | None = None
) -> list[Article]:
    files = sorted(
        p
        for p in folder.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.suffix.lower() in SUPPORTED
    )
    if not files:
        raise InputError("no articles (.txt, .md, .html, .jsonl) in folder", str(folder))
    articles = []
    for path in files:
        try:
            articles += read_path(path, max_bytes, skipped)
        except InputError as error:
            _skip(error, skipped)  # one bad file does not sink the rest of the folder
    return articles


def parse_bytes(
    data: bytes, name: str, kind: str | None, skipped: list[InputError] | None = None
) -> list[Article]:
    """Decode ``data`` and read it as ``kind`` (text, markdown, html, jsonl; None guesses)."""
    text = decode(data, name)
    if not text.strip():
        raise InputError("empty input: no text", name)
    kind = kind or _guess_kind(text)
    stem = Path(name).stem if name != "<stdin>" else "stdin"
    if kind == "jsonl":
        return list(parse_jsonl(text, name, skipped))
    if kind == "feed":
        return from_feed(data, name, skipped)
    if kind == "html":
        return [from_html(text, name, stem)]
    if kind == "markdown":
        return [from_markdown(text, name, stem)]
    return [from_text(text, name, stem)]


def decode(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (or UTF-16 with a BOM), else cp1252, else Latin-1."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:8192] or _mostly_control(data[:8192]):
            raise InputError("binary file, not text", name)
        for encoding in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _mostly_control(sample: bytes) -> bool:
    if not sample:
        return False
    return sum(b in _CONTROL for b in sample) / len(sample) > 0.05


def _kind(suffix: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "text"


def _guess_kind(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<?xml", "<rss", "<feed", "<rdf")):
        return "html" if "<html" in head else "feed"  # XHTML opens with <?xml too
    if head.startswith(("<!doctype html", "<html", "<head", "<body", "<article")):
        return "html"
    return "text"


def from_text(text: str, name: str, article_id: str) -> Article:
    title, body = _split_title(text)
    return _article(article_id, body, name, title=title)


_MD_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")


def from_markdown(text: str, name: str, article_id: str) -> Article:
    lines = text.strip().split("\n")
    title = ""
    match = _MD_HEADING.match(lines[0])
    if match:
        title, lines = match.group(1), lines[1:]
    return _article(article_id, markdown_to_text("\n".join(lines)), name, title=title)


def markdown_to_text(text: str) -> str:
    """The words of a Markdown document, one paragraph per block, without markup."""
    import markdown

    return html_fragment_to_text(markdown.markdown(text))


def html_fragment_to_text(fragment: str) -> str:
    """The words of an HTML fragment, one paragraph per top-level block."""
    from lxml import html as lxml_html

    if not fragment.strip():
        return ""
    root = lxml_html.fromstring(f"<div>{fragment}</div>")
    blocks = [root.text or ""] + [el.text_content() for el in root]
    return "\n\n".join(" ".join(b.split()) for b in blocks if b.strip())


def from_feed(data: bytes, name: str, skipped: list[InputError] | None) -> list[Article]:
    """Each entry of an RSS or Atom feed, its content or summary as the text."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f": {feed.bozo_exception}" if feed.bozo else " (no entries)"
        raise InputError(f"not a valid RSS or Atom feed{reason}", name)
    if feed.bozo:
        _skip(
            InputError(f"feed is malformed, read up to there: {feed.bozo_exception}", name), skipped
        )
    stem = Path(name).stem if name != "<stdin>" else "feed"
    outlet = feed.feed.get("title", "")
    articles = []
    for n, entry in enumerate(feed.entries, start=1):
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        text = html_fragment_to_text(body)
        if not text.strip():
            _skip(InputError(f"entry {n} has no text", name), skipped)
            continue
        articles.append(
            Article(
                id=_slug(str(entry.get("id") or entry.get("link") or "")) or f"{stem}-{n}",
                text=text,
                title=entry.get("title", ""),
                url=entry.get("link", ""),
                published=entry.get("published") or entry.get("updated", ""),
                path=name,
                outlet=outlet,
            )
        )
    if not articles:
        raise InputError("no entries with text in feed", name)
    return articles


def from_html(text: str, name: str, article_id: str) -> Article:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            text, include_comments=False, include_tables=False, with_metadata=True
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(f"cannot extract article text from HTML: {exc}", name) from exc
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = getattr(doc, "title", None) or ""
    # trafilatura puts one block per line; blocks are paragraphs here.
    blocks = [line.strip() for line in body.split("\n") if line.strip()]
    if blocks and title and blocks[0] == title.strip():
        blocks = blocks[1:]
    if not blocks:
        raise InputError("no article text found in HTML page", name)
    return _article(
        article_id,
        "\n\n".join(blocks),
        name,
        title=title,
        url=getattr(doc, "url", None) or "",
        published=getattr(doc, "date", None) or "",
        outlet=_sitename(doc, title),
    )


def _sitename(doc, title: str) -> str:
    # trafilatura falls back to the page title when a page names no site
    name = getattr(doc, "sitename", None) or ""
    return "" if name.strip() == title.strip() else name


def parse_jsonl(text: str, name: str, skipped: list[InputError] | None = None) -> Iterable[Article]:
    stem = Path(name).stem
    found = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = _jsonl_item(line, f"{name}:{lineno}")
        except InputError as error:
            _skip(error, skipped)
            continue
        body = item["text"]
        found = True
        yield _article(
            str(item.get("id") or f"{stem}-{lineno}"),
            body.replace("\r\n", "\n"),
            name,
            title=str(item.get("title") or ""),
            url=str(item.get("url") or ""),
            published=str(item.get("published") or ""),
            outlet=str(item.get("source") or item.get("outlet") or ""),
        )
    if not found:
        if skipped:
            raise skipped.pop()  # every line was bad: report the last one as the error
        raise InputError("no articles in JSONL file", name)


def json_object(line: str, where: str) -> dict:
    """One JSONL line as a dict, or an error naming ``file:line``."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", where) from exc
    if not isinstance(item, dict):
        raise InputError("expected a JSON object", where)
    return item


def _jsonl_item(line: str, where: str) -> dict:
    item = json_object(line, where)
    body = item.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError('missing or empty "text"', where)
    return item


def _article(article_id: str, text: str, name: str, **meta: str) -> Article:
    text = text.strip()
    if not text:
        raise InputError("empty article: no text", name)
    return Article(id=article_id, text=text, path=name, **meta)


def _split_title(text: str) -> tuple[str, str]:
    """A short first line followed by a blank line is the title."""
    parts = text.strip().split("\n", 2)
    if len(parts) >= 2 and not parts[1].strip():
        first = parts[0].strip()
        if len(first.split()) <= 20 and not first.endswith((".", '"', "”")):
            return first, parts[2] if len(parts) > 2 else ""
    return "", text


def read_remote(
    name: str,
    client: HttpClient,
    skipped: list[InputError] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Article]:
    """A feed, an OPML list of feeds (a URL or a local .opml file), or an article page.

    A feed entry that carries only a teaser is replaced by its linked page's text when
    that page can be fetched."""
    if is_url(name):
        response = client.get(name)
        body, where = response.body, response.url or name
    else:
        body, where = _read_file(Path(name), max_bytes), name
    head = decode(body[:1000], where)
    if "<opml" in head.lower():
        return _read_opml(body, where, client, skipped, max_bytes)
    if not is_url(name):
        raise InputError("not an OPML file", name)
    if _guess_kind(head) == "feed":
        return [_full_text(a, client) for a in from_feed(body, where, skipped)]
    articles = parse_bytes(body, where, kind=None, skipped=skipped)
    for article in articles:
        article.id = _slug(where) or article.id
        article.url = article.url or where
    return articles


TEASER_WORDS = 120


def _full_text(article: Article, client: HttpClient) -> Article:
    if len(article.text.split()) >= TEASER_WORDS or not is_url(article.url):
        return article
    try:
        page = from_html(decode(client.get(article.url).body, article.url), article.url, "")
    except InputError:
        return article  # the teaser is still the publisher's own words
    if len(page.text) > len(article.text):
        article.text = page.text
    return article


def _read_opml(
    body: bytes,
    name: str,
    client: HttpClient,
    skipped: list[InputError] | None,
    max_bytes: int = DEFAULT_MAX_BYTES,
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
            articles += read_remote(url, client, skipped, max_bytes)
        except InputError as error:
            _skip(error, skipped)
    return articles


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    """A short id from a URL's last path segment ("/world/geneva-talks" -> "geneva-talks")."""
    if is_url(name):
        name = urlsplit(name).path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _NOT_SLUG.sub("-", name.lower()).strip("-")[:60]


def _unique_ids(articles: list[Article]) -> list[Article]:
    seen: dict[str, int] = {}
    out = []
    for article in articles:
        count = seen.get(article.id, 0)
        seen[article.id] = count + 1
        out.append(replace(article, id=f"{article.id}-{count + 1}") if count else article)
    return out
