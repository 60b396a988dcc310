"""What a news page says about itself in its metadata: the original publication date, the
publisher, and whether it is an article or a section front (a list of teasers), from
JSON-LD (schema.org), Open Graph / article meta tags and its links.

These are the publisher's own statements about the article, so they win over dates and
names found by searching the page's text (where a sidebar or a "last updated" line can
win)."""

from __future__ import annotations

import datetime as dt
import html as html_module
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

_LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.I | re.S
)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>|^\s*<!--|-->\s*$")
_ANCHOR = re.compile(r"<a\b[^>]{0,2000}>(.{0,600}?)</a>", re.I | re.S)  # bounded: linear
_TAG = re.compile(r"<[^>]+>")
_LINKED_HEADING = re.compile(
    r"<h[1-6]\b[^>]{0,500}>\s*(?:<[^a/][^>]{0,300}>\s*){0,3}<a\b[^>]{0,2000}>(.{0,600}?)</a>",
    re.I | re.S,
)
_NON_WORD = re.compile(r"[\W_]+")
_META = re.compile(r"<meta\s[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_UTC = re.compile(r"(?:Z|[+-]00:?00)\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")

# schema.org types an article page describes itself with
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "blogposting",
    "liveblogposting",
    "report",
    "webpage",
}
# types of a page that lists other pages
LIST_TYPES = {"collectionpage", "itemlist", "searchresultspage", "website"}
# a block of the extracted text that is the whole text of a link of this many words or more
# is a teaser headline; real articles have almost none (at most 4 of 66 on the dev pages)
TEASER_LINK_WORDS = 4
TEASER_SHARE = 0.5
MIN_TEASERS = 5
# headings that are links to other pages: related stories give an article up to about 23
MIN_LINKED_HEADINGS = 8
LIST_SHARE = 0.6  # extracted blocks that are list items, on a front of teasers
BLURB_WORDS = 20  # mean words of a block, when blurbs are as many as the linked headings
# blurbs of other stories cut off mid-sentence ("...a career as a writer, producer and"):
# a paragraph this long that ends without a stop; two of them end the article
CUT_BLURB_WORDS = 20
MIN_CUT_BLURBS = 2
_ENDS_SENTENCE = re.compile(r"""[.!?:;…"'”’)\]]\s*$""")
# the meta tags that carry the original publication time, best first
DATE_META = ("article:published_time", "datepublished", "og:published_time", "pubdate")
ONE_DAY = dt.timedelta(days=1)
SCAN_CHARS = 400_000  # metadata sits in the head or near the top: no need to read further
LINK_SCAN_CHARS = 2_000_000  # links to count, in a page up to this size
LD_MAX_CHARS = 200_000  # one JSON-LD block larger than this is not metadata


@dataclass(frozen=True)
class PageMeta:
    """A page's JSON-LD items and meta tags, read once."""

    items: tuple[dict, ...]
    metas: dict[str, str]


def read(page: str) -> PageMeta:
    return PageMeta(tuple(_ld_items(page)), _metas(page))


def published_date(meta: PageMeta, found: str = "") -> str:
    """The page's own publication date, as YYYY-MM-DD, or "" when it states none.

    ``found`` is a date found elsewhere on the page (trafilatura's): when the metadata's time
    is in UTC and ``found`` is the day before, ``found`` is the publisher's local date (an
    evening story in the Americas is the next day in UTC)."""
    stated = [item.get("datePublished") for item in meta.items if _types(item) & ARTICLE_TYPES]
    stated += [meta.metas.get(name) for name in DATE_META]
    for value in stated:
        if day := _day(value):
            if found and _UTC.search(str(value)) and _day_before(found, day):
                return found
            return day
    return ""


def _day_before(earlier: str, later: str) -> bool:
    try:
        return dt.date.fromisoformat(later) - dt.date.fromisoformat(earlier[:10]) == ONE_DAY
    except ValueError:
        return False


def publisher_name(meta: PageMeta) -> str:
    """The publisher the page names: JSON-LD ``publisher.name`` or ``og:site_name``."""
    for item in meta.items:
        publisher = item.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return " ".join(publisher["name"].split())
    return " ".join(meta.metas.get("og:site_name", "").split())


def _ld_items(page: str) -> Iterator[dict]:
    for match in _LD_SCRIPT.finditer(page[:SCAN_CHARS]):
        raw = _CDATA.sub("", match.group(1)).strip()
        if len(raw) > LD_MAX_CHARS:
            continue
        try:
            data = json.loads(html_module.unescape(raw) if "&quot;" in raw else raw)
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the page is still read
        yield from _walk(data, depth=0)


def _walk(data, depth: int) -> Iterator[dict]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if isinstance(data.get("@graph"), list):
            yield from _walk(data["@graph"], depth + 1)
        if isinstance(data.get("mainEntity"), dict | list):
            yield from _walk(data["mainEntity"], depth + 1)


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _day(value) -> str:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return ""
    match = _ISO_DATE.match(value)
    if not match:
        return ""
    year, month, day = (int(g) for g in match.groups())
    if not (1990 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}"


def _metas(page: str) -> dict[str, str]:
    """Meta tags by property, name or itemprop (lower case); the first of each wins."""
    found: dict[str, str] = {}
    for tag in _META.finditer(page[:SCAN_CHARS]):
        attrs = {
            m.group(1).lower(): html_module.unescape(m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTR.finditer(tag.group(0))
        }
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            found.setdefault(key, attrs["content"])
    return found


def is_section_front(page: str, meta: PageMeta, blocks: list[str]) -> bool:
    """A section front or a list of teasers rather than one article. Any of: most extracted
    blocks are link texts; many headings are links and the text is a list of short blurbs;
    the page calls itself a list (and not an article) and its headings are links."""
    scanned = page[:LINK_SCAN_CHARS]
    links = {_words(_text(a)) for a in _ANCHOR.findall(scanned)}
    teasers = sum(1 for b in blocks if len(b.split()) >= TEASER_LINK_WORDS and _words(b) in links)
    if teasers >= MIN_TEASERS and teasers >= TEASER_SHARE * len(blocks):
        return True
    headings = sum(1 for h in _LINKED_HEADING.findall(scanned) if len(_text(h).split()) >= 4)
    if headings < MIN_LINKED_HEADINGS or not blocks:
        return False
    items = sum(1 for b in blocks if b.startswith(("- ", "* ", "• ")))
    words = sum(len(b.split()) for b in blocks) / len(blocks)
    if items >= LIST_SHARE * len(blocks) or (headings >= len(blocks) and words < BLURB_WORDS):
        return True
    kinds = {k for item in meta.items for k in _types(item)}
    og_type = meta.metas.get("og:type", "").lower()
    if og_type == "article" or kinds & (ARTICLE_TYPES - {"webpage"}):
        return False
    return bool(kinds & LIST_TYPES) or og_type == "website"


def before_cut_blurbs(blocks: list[str]) -> int:
    """How many blocks are the article: it ends before a run of other stories' blurbs, each
    cut off mid-sentence, that a page lists after it. Every block when there are fewer."""
    cut = [
        i
        for i, b in enumerate(blocks)
        if len(b.split()) >= CUT_BLURB_WORDS and not _ENDS_SENTENCE.search(b)
    ]
    return cut[0] if len(cut) >= MIN_CUT_BLURBS and cut[0] > 0 else len(blocks)


def _text(fragment: str) -> str:
    return html_module.unescape(_TAG.sub(" ", fragment))


def _words(text: str) -> str:
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())
