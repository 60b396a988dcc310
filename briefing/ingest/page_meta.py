"""What a news page says about itself in its metadata: the original publication date and the
publisher, from JSON-LD (schema.org) and Open Graph / article meta tags.

These are the publisher's own statements about the article, so they win over dates and
names found by searching the page's text (where a sidebar or a "last updated" line can
win)."""

from __future__ import annotations

import datetime as dt
import html as html_module
import json
import re
from collections.abc import Iterator

_LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.I | re.S
)
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>|^\s*<!--|-->\s*$")
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
# the meta tags that carry the original publication time, best first
DATE_META = ("article:published_time", "datepublished", "og:published_time", "pubdate")
ONE_DAY = dt.timedelta(days=1)
SCAN_CHARS = 400_000  # metadata sits in the head or near the top: no need to read further
LD_MAX_CHARS = 200_000  # one JSON-LD block larger than this is not metadata


def published_date(page: str, found: str = "") -> str:
    """The page's own publication date, as YYYY-MM-DD, or "" when it states none.

    ``found`` is a date found elsewhere on the page (trafilatura's): when the metadata's time
    is in UTC and ``found`` is the day before, ``found`` is the publisher's local date (an
    evening story in the Americas is the next day in UTC)."""
    stated = [item.get("datePublished") for item in _ld_items(page) if _types(item) & ARTICLE_TYPES]
    metas = _metas(page)
    stated += [metas.get(name) for name in DATE_META]
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


def publisher_name(page: str) -> str:
    """The publisher the page names: JSON-LD ``publisher.name`` or ``og:site_name``."""
    for item in _ld_items(page):
        publisher = item.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return " ".join(publisher["name"].split())
    return " ".join(_metas(page).get("og:site_name", "").split())


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
