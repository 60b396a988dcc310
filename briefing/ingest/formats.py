"""Text from each input format: plain text, Markdown, HTML pages, RSS/Atom feeds, JSONL.

Offsets elsewhere refer to ``Article.text`` as made here (line endings normalised to ``\\n``).
"""

from __future__ import annotations

import html as html_module
import json
import re
import warnings
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from briefing.errors import InputError
from briefing.ingest import fragment, headlines, page_meta
from briefing.ingest.credit import credited_outlet
from briefing.ingest.fetch import is_url
from briefing.ingest.text_date import published_in_text
from briefing.models import Article
from briefing.nlp.lexicon import PUNCTUATION_RUN


def from_text(text: str, name: str, article_id: str) -> Article:
    title, body = _split_title(text)
    body = body.strip()
    return _article(
        article_id,
        body,
        name,
        title=title,
        headings=plain_headings(body),
        published=published_in_text(body),
        outlet=credited_outlet(body),
    )


SUBHEAD_WORDS = 20  # as long as a headline; a longer line is a paragraph, full stop or not
_SENTENCE_END = ".!?:;…"
_CLOSING_MARKS = "\"”’')"
_PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")


def plain_headings(text: str) -> tuple[tuple[int, int], ...]:
    """Sub-headlines of plain text: a paragraph of one short line with no closing mark."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group().strip()
        # a closing quote ends a sentence only after its full stop: "... 'poll tax'" does not
        if "\n" in line or not line or line.rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_END:
            continue
        if len(line.split()) <= SUBHEAD_WORDS:
            start = match.start() + match.group().index(line)
            spans.append((start, start + len(line)))
    return tuple(spans)


def all_headings(parts: fragment.Structured) -> tuple[tuple[int, int], ...]:
    """The markup's headings, and the short lines with no closing mark that it set as
    paragraphs: an inline related link ("Files reveal Thatcher warned against introducing
    'poll tax'"), a label. A block quote is quoted words, not a heading."""
    lines = [
        span
        for span in plain_headings(parts.text)
        if not any(a < span[1] and span[0] < b for a, b in parts.block_quotes)
    ]
    return tuple(sorted(set(parts.headings) | set(lines)))


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_INNER_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# UTF-8 once read as cp1252 ("Â£5m", "itâ€™s", common in scraped datasets): a lead byte's
# letter and the continuation bytes' characters it needs, which encode back to UTF-8
# (or as Latin-1, whose C1 controls stand for the bytes cp1252 reads as "€" or leaves
# unread: "â\x80\x9clegacyâ€\x9d")
_TRAIL = re.escape(
    "".join(bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0))
    + "".join(chr(b) for b in range(0x80, 0xA0))
)
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df][{_TRAIL}]|[\u00e0-\u00ef][{_TRAIL}]{{2}}|[\u00f0-\u00f4][{_TRAIL}]{{3}}"
)
# an HTML character reference left in text ("&#163;1.8m", "caf&#233;"); "&#191;" (¿)
# between letters is an apostrophe an old export mangled ("Blair&#191;s")
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")
_MANGLED_APOSTROPHE = re.compile(r"(?<=\w)¿(?=\w)")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_MD_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$")


def from_markdown(text: str, name: str, article_id: str) -> Article:
    lines = text.strip().split("\n")
    title = ""
    match = _MD_HEADING.match(lines[0])
    if match:
        title, lines = match.group(1), lines[1:]
    body = fragment.structured(_markdown_to_html("\n".join(lines)))
    return _article(
        article_id,
        body.text,
        name,
        title=title,
        headings=body.headings,
        block_quotes=body.block_quotes,
        outlet=credited_outlet(body.text),
    )


def markdown_to_text(text: str) -> str:
    """The words of a Markdown document, one paragraph per block, without markup."""
    return fragment.structured(_markdown_to_html(text)).text


def _markdown_to_html(text: str) -> str:
    import markdown

    # A long run of one mark ("[[[[...", "__________") is quadratic in Python-Markdown;
    # three keep what it means (a rule, a heading underline).
    text = PUNCTUATION_RUN.sub(lambda m: m.group(1) * 3, text)
    return markdown.markdown(text)


def from_feed(data: bytes, name: str, skipped: list[InputError] | None) -> list[Article]:
    """Each entry of an RSS or Atom feed, its content or summary as the text."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        reason = f": {feed.bozo_exception}" if feed.bozo else " (no entries)"
        raise InputError(f"not a valid RSS or Atom feed{reason}", name)
    if feed.bozo:
        skip_or_raise(
            InputError(f"feed is malformed, read up to there: {feed.bozo_exception}", name), skipped
        )
    stem = Path(name).stem if name != "<stdin>" else "feed"
    outlet = headlines.outlet_name(feed.feed.get("title", ""))
    articles = []
    for n, entry in enumerate(feed.entries, start=1):
        content = entry.get("content") or []
        body = content[0].get("value", "") if content else entry.get("summary", "")
        parts = fragment.structured(body)
        text = parts.text
        tags = entry.get("tags") or []
        if not text.strip():
            skip_or_raise(InputError(f"entry {n} has no text", name), skipped)
            continue
        articles.append(
            Article(
                id=slug(str(entry.get("id") or entry.get("link") or "")) or f"{stem}-{n}",
                text=text,
                headings=parts.headings,
                block_quotes=parts.block_quotes,
                title=" ".join(str(entry.get("title", "")).split()),
                url=entry.get("link", "").strip(),
                published=entry.get("published") or entry.get("updated", ""),
                tags=tuple(" ".join(str(t.get("term") or "").split()) for t in tags),
                feed_position=n,
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
        with warnings.catch_warnings():  # dateutil warns on stderr about odd time zones
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(
                text,
                include_comments=False,
                include_tables=False,
                with_metadata=True,
                include_formatting=True,  # headings and bold labels are marked
            )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(f"cannot extract article text from HTML: {exc}", name) from exc
    body = (getattr(doc, "text", None) or "") if doc is not None else ""
    found = getattr(doc, "date", None) or ""  # htmldate's: metadata first, then the text
    extracted = getattr(doc, "title", None) or ""
    meta = page_meta.read(text)
    site = getattr(doc, "sitename", None) or ""
    site = ("" if site == extracted else site) or page_meta.publisher_name(meta)
    title = headlines.choose(extracted, _page_title(text), site)  # "... - Yahoo": its publisher
    # trafilatura puts one block per line (a list item too); blocks are paragraphs here.
    quoted, items = _quotes_and_items(getattr(doc, "body", None))
    marked = [_unmark(line, items) for line in body.split("\n") if line.strip()]
    marked = [(block, heading) for block, heading in marked if block]
    if marked and _letters(marked[0][0]) in (_letters(title), _letters(extracted)):
        marked = marked[1:]  # the headline again, perhaps with other quote marks
    marked = marked[: page_meta.before_cut_blurbs([block for block, _ in marked])]
    blocks = [block for block, _ in marked]
    if not blocks:
        raise InputError("no article text found in HTML page", name)
    if page_meta.is_section_front(text, meta, blocks):
        raise InputError("a section front or a list of teasers, not an article", name)
    parts = fragment.joined(
        [
            fragment.Block(b, "heading" if h else "quote" if _in_quote(b, quoted) else "paragraph")
            for b, h in marked
        ]
    )
    return _article(
        article_id,
        parts.text,
        name,
        headings=all_headings(parts),
        block_quotes=parts.block_quotes,
        title=title,
        url=getattr(doc, "url", None) or "",
        published=page_meta.published_date(meta, found) or found,
        outlet=_sitename(doc, extracted)
        or headlines.outlet_name(page_meta.publisher_name(meta))
        or credited_outlet(parts.text),
    )


_HEADING_MARK = re.compile(r"^#{1,6}\s+")
_BOLD_BLOCK = re.compile(r"^\*\*(.+?)\*\*[:.]?$")
_EMPHASIS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
# inline formatting trafilatura writes out as tags, having no Markdown for it
_INLINE_TAG = re.compile(r"</?(?:u|sub|sup|del|ins|mark|small|s)>")
LABEL_WORDS = 25  # a bold block longer than this is a bold paragraph, not a label


_LIST_MARK = re.compile(r"^(?:[-*•]|\d{1,3}[.)])\s+")
QUOTE_LETTERS = 20  # a shorter block is not taken for a block quote's words


def _quotes_and_items(body) -> tuple[list[str], frozenset[str]]:
    """The letters of each block quote and of each list item in trafilatura's tree."""
    if body is None:
        return [], frozenset()
    quoted = [_letters("".join(q.itertext())) for q in body.iter("quote")]
    items = frozenset(_letters("".join(i.itertext())) for i in body.iter("item"))
    return [q for q in quoted if q], items


def _in_quote(block: str, quoted: list[str]) -> bool:
    letters = _letters(block)
    return len(letters) >= QUOTE_LETTERS and any(letters in q for q in quoted)


def _unmark(line: str, items: frozenset[str] = frozenset()) -> tuple[str, bool]:
    """A block of trafilatura's formatted text as plain text, and whether the markup made it
    a heading: "## A city upended", or a block all in bold ("**Keywords**", a bold
    standfirst above the article). A list item loses its bullet or number."""
    line = line.strip()
    bullet = _LIST_MARK.match(line)
    if bullet and _letters(_EMPHASIS.sub(r"\1\2", line[bullet.end() :])) in items:
        line = line[bullet.end() :]
    heading = bool(_HEADING_MARK.match(line))
    line = _HEADING_MARK.sub("", line)
    bold = _BOLD_BLOCK.match(line)
    if bold and len(bold.group(1).split()) <= LABEL_WORDS and "**" not in bold.group(1):
        heading = True
    line = _INLINE_TAG.sub("", line)  # "<u>The Israeli assault</u>": underline, as a tag
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line).strip(), heading


def _letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _page_title(page: str) -> str:
    """The text of the page's <title> element."""
    match = _TITLE.search(page[:200_000])
    return html_module.unescape(match.group(1)) if match else ""


def _sitename(doc, title: str) -> str:
    # trafilatura falls back to the page title when a page names no site
    name = getattr(doc, "sitename", None) or ""
    return "" if name.strip() == title.strip() else headlines.outlet_name(name)


def parse_jsonl(text: str, name: str, skipped: list[InputError] | None = None) -> Iterable[Article]:
    stem = Path(name).stem
    found = False
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = _jsonl_item(line, f"{name}:{lineno}")
        except InputError as error:
            skip_or_raise(error, skipped)
            continue
        body = item["text"].replace("\r\n", "\n").strip()
        found = True
        yield _article(
            str(item.get("id") or f"{stem}-{lineno}"),
            body,
            name,
            headings=plain_headings(body),
            title=str(item.get("title") or ""),
            url=str(item.get("url") or ""),
            published=str(item.get("published") or "") or published_in_text(body),
            outlet=str(item.get("source") or item.get("outlet") or "") or credited_outlet(body),
            section=str(item.get("section") or item.get("category") or ""),
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
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", where) from None
    if not isinstance(item, dict):
        raise InputError("expected a JSON object", where)
    return {k: plain_text(v) if isinstance(v, str) else v for k, v in item.items()}


def _jsonl_item(line: str, where: str) -> dict:
    item = json_object(line, where)
    body = item.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError('missing or empty "text"', where)
    return item


def _article(article_id: str, text: str, name: str, **meta) -> Article:
    text = text.strip()
    if not text:
        raise InputError("empty article: no text", name)
    return Article(id=article_id, text=text, path=name, **meta)


def _split_title(text: str) -> tuple[str, str]:
    """A short first line followed by a blank line is the title; a kicker line above it
    ("Breaking News", "UPDATE") is left out."""
    parts = text.strip().split("\n", 2)
    if len(parts) >= 2 and not parts[1].strip():
        first = parts[0].strip()
        if len(first.split()) <= 20 and not first.endswith((".", '"', "”")):
            rest = parts[2] if len(parts) > 2 else ""
            if not headlines.clean(first) and rest.strip():
                return _split_title(rest)  # a kicker: the headline is the next line
            return headlines.clean(first) or first, rest
    return "", text


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """A short id from a URL's last path segment ("/world/geneva-talks" -> "geneva-talks")."""
    if is_url(name):
        name = urlsplit(name).path.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return _NOT_SLUG.sub("-", name.lower()).strip("-")[:60]


def skip_or_raise(error: InputError, skipped: list[InputError] | None) -> None:
    """Record a bad item and go on, or, with no ``skipped`` list, raise it."""
    if skipped is None:
        raise error
    skipped.append(error)


def plain_text(value: str) -> str:
    """Text fit to write anywhere: control characters (ESC, BEL, NUL) left out, and a lone
    surrogate ("\\ud83d", common in scraped text), which UTF-8 cannot hold, replaced. A run
    of spaces between words is one space: the tagger reads "First Minister  Nicola
    Sturgeon" (a scraper's double space) as no name at all. UTF-8 once read as cp1252
    ("Â£5m") is read again as UTF-8 ("£5m"), and a character reference left in the text
    ("&#163;1.8m") is the character it names."""
    value = _MOJIBAKE.sub(_unmangled, value)
    if "&" in value:
        value = _CHARACTER_REFERENCE.sub(lambda m: html_module.unescape(m.group()), value)
    value = _MANGLED_APOSTROPHE.sub("’", value)
    return _INNER_SPACES.sub(" ", _CONTROL_CHARS.sub("", _LONE_SURROGATE.sub("\ufffd", value)))


def _unmangled(match: re.Match) -> str:
    try:
        raw = b"".join(
            bytes([ord(c)]) if 0x80 <= ord(c) < 0xA0 else c.encode("cp1252") for c in match.group()
        )
        return raw.decode("utf-8")
    except UnicodeError:
        return match.group()  # "Ãgua" and the like: a letter, as written
